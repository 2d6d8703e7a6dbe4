"""One JSON shape for every error the app answers:

    {"error": {"status": 400, "title": "Bad Request", "message": "what went wrong and how to fix it"}}

Views raise `ApiError` (or any Werkzeug HTTPException: 404, 405, 413 ...); the handler registered by
`init_app` renders them all, keeping the headers they carry (Allow, WWW-Authenticate, Retry-After).
"""
from __future__ import annotations

from typing import NoReturn

import flask
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.http import HTTP_STATUS_CODES

from kg.errors import StoreBusyError


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


def render(error: HTTPException) -> flask.Response:
    status = error.code or 500
    if isinstance(error, InternalServerError):
        message = "internal server error: the server logged the details"
    else:
        message = error.description or HTTP_STATUS_CODES.get(status, "Error")
    response = flask.jsonify(body(status, message, **getattr(error, "details", {})))
    response.status_code = status
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
