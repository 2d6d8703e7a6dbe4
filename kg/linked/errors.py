"""Errors in the shape every kg route answers with (kg.web.errors): JSON,
{"error": {"status": 404, "title": "Not Found", "message": "..."}}, or an HTML page for a browser."""
from __future__ import annotations

import flask

from kg.web.errors import respond


def error(status: int, message: str, **details) -> flask.Response:
    return respond(status, message, **details)
