"""The query page for browsers (GET /sparql without a query, Accept: text/html): an editor, the example
queries of queries/*.rq one click away, results as a table, CSV / JSON downloads. Its scripts and styles
come from static/ (CodeMirror from static/vendor/, installed by scripts/assets.sh); it works offline, and
falls back to a plain text area when the vendor files are missing."""
from __future__ import annotations

from pathlib import Path

import flask

from kg import queries
from kg.web.context import current

VENDOR = Path(__file__).resolve().parent / "static" / "vendor"
DEFAULT_QUERY = "SELECT ?s ?p ?o WHERE {\n  ?s ?p ?o\n} LIMIT 25\n"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'self'")


def examples() -> list[dict[str, str]]:
    return [{"name": name, "description": queries.description(name), "text": queries.text(name)}
            for name in queries.names()]


def respond() -> flask.Response:
    html = flask.render_template(
        "query.html", examples=examples(), default_query=DEFAULT_QUERY,
        editor=(VENDOR / "codemirror.js").is_file(), max_rows=current().settings.max_rows)
    response = flask.Response(html, content_type="text/html; charset=utf-8")
    response.vary.add("Accept")
    response.headers["Link"] = '</sparql?format=turtle>; rel="alternate"; type="text/turtle"'
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
