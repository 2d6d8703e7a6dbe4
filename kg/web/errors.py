"""One JSON shape for every error the app answers:

    {"error": {"status": 400, "title": "Bad Request", "message": "what went wrong and how to fix it"}}

Views raise `ApiError` (or any Werkzeug HTTPException: 404, 405, 413 ...); the handler registered by
`init_app` renders them all, keeping the headers they carry (Allow, WWW-Authenticate, Retry-After). A browser
(its Accept header names text/html first: `negotiation.prefers_html`) gets the same status, title and message as
an HTML page with the site's links instead; everyone else, JSON.
"""
from __future__ import annotations

from typing import NoReturn

import flask
import jinja2
from markupsafe import escape
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.http import HTTP_STATUS_CODES

from kg.errors import StoreBusyError

# The error page runs no script and loads nothing from elsewhere, like every other page.
HTML_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            "base-uri 'none'; frame-ancestors 'self'")


class ApiError(HTTPException):
    """An HTTP error with a message for the client, optional extra fields and headers."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None, **details) -> None:
        super().__init__(message)
        self.code = status
        self.details = details
        self.extra_headers = headers or {}


def fail(status: int, message: str, headers: dict[str, str] | None = None, **details) -> NoReturn:
    raise ApiError(status, message, headers, **details)


def body(status: int, message: str, **details) -> dict:
    return {"error": {"status": status, "title": HTTP_STATUS_CODES.get(status, "Error"), "message": message, **details}}


def respond(status: int, message: str, **details) -> flask.Response:
    """The error as kg's JSON shape, or for a browser as an HTML page saying the same."""
    from kg.web.negotiation import prefers_html

    if not prefers_html():
        response = flask.jsonify(body(status, message, **details))
        response.status_code = status
        response.vary.add("Accept")
        return response
    title = HTTP_STATUS_CODES.get(status, "Error")
    try:
        html = flask.render_template("linked/error.html", status=status, title=title, message=message,
                                     details=details)
    except jinja2.TemplateNotFound:  # kg.web without kg.linked's templates: a bare page
        html = (f"<!doctype html><html lang=en><meta charset=utf-8><title>{status} {escape(title)}</title>"
                f"<h1>{status} {escape(title)}</h1><p>{escape(message)}</p></html>")
    response = flask.Response(html, status=status, content_type="text/html; charset=utf-8")
    response.vary.add("Accept")
    response.headers["Content-Security-Policy"] = HTML_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def render(error: HTTPException) -> flask.Response:
    status = error.code or 500
    if isinstance(error, InternalServerError):
        message = "internal server error: the server logged the details"
    else:
        message = error.description or HTTP_STATUS_CODES.get(status, "Error")
    response = respond(status, message, **getattr(error, "details", {}))
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    for name, value in getattr(error, "extra_headers", {}).items():
        response.headers[name] = value
    return response


def busy(error: StoreBusyError) -> flask.Response:
    return render(ApiError(503, str(error), {"Retry-After": "5"}))


def init_app(app: flask.Flask) -> None:
    app.register_error_handler(HTTPException, render)
    app.register_error_handler(StoreBusyError, busy)
