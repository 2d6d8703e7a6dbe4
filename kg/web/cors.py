"""CORS: any site may read (queries, the service description, Graph Store GET, /health); writes are not
opened cross-origin (no Access-Control-Allow-Origin on them, and preflights never allow Authorization).
A view that serves a read calls `allow_read()`; its answer, an error too, then carries the header."""
from __future__ import annotations

import flask

READ_PATHS = ("/sparql", "/store", "/health")
PREFLIGHT = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Max-Age": "86400",
}


def allow_read() -> None:
    flask.g.kg_cross_origin_read = True


def _read_path(path: str) -> bool:
    return path in READ_PATHS or path.startswith("/store/")


def preflight() -> flask.Response | None:
    """Answers an OPTIONS preflight on a read path (before routing, so no view runs)."""
    request = flask.request
    if request.method != "OPTIONS" or not _read_path(request.path):
        return None
    response = flask.Response(status=204)
    response.headers.update(PREFLIGHT)
    methods = "GET, POST, OPTIONS" if request.path == "/sparql" else "GET, HEAD, OPTIONS"
    response.headers["Access-Control-Allow-Methods"] = methods
    response.headers["Allow"] = methods
    return response


def add_header(response: flask.Response) -> flask.Response:
    if flask.g.get("kg_cross_origin_read"):
        response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def init_app(app: flask.Flask) -> None:
    app.before_request(preflight)
    app.after_request(add_header)
