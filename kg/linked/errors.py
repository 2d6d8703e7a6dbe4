"""Errors as JSON, in the shape every kg route answers with (kg.web.errors):
{"error": {"status": 404, "title": "Not Found", "message": "..."}}."""
from __future__ import annotations

import flask

from kg.web.errors import body


def error(status: int, message: str, **details) -> flask.Response:
    response = flask.jsonify(body(status, message, **details))
    response.status_code = status
    return response
