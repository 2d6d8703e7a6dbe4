"""Errors as JSON, in the shape every kg route answers with (kg.web.errors):
{"error": {"status": 404, "title": "Not Found", "message": "..."}}."""
from __future__ import annotations

import flask
from werkzeug.http import HTTP_STATUS_CODES


def _body(status: int, message: str, **details) -> dict:
    return {"error": {"status": status, "title": HTTP_STATUS_CODES.get(status, "Error"), "message": message, **details}}


def error(status: int, message: str, **details) -> flask.Response:
    try:  # imported here: kg.web's app factory imports kg.linked
        from kg.web.errors import body
    except ImportError:
        body = _body
    response = flask.jsonify(body(status, message, **details))
    response.status_code = status
    return response
