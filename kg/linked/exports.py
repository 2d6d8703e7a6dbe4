"""GET /export?format=graphml|gexf|cytoscape|jsonld|dot: the entity graph for visualizers (kg.export),
streamed as an attachment. The format is only looked up in kg.export.FORMATS."""
from __future__ import annotations

import flask

from kg import export
from kg.linked.blueprint import blueprint, current
from kg.linked.errors import error


@blueprint.get("/export")
def export_graph() -> flask.Response:
    name = flask.request.args.get("format", "")
    fmt = export.FORMATS.get(name)
    if fmt is None:
        return error(400, f"unknown export format {name!r}; use format= one of {', '.join(export.FORMATS)}",
                     formats={f.name: f.media_type for f in export.FORMATS.values()})
    body = export.chunks(current().store, fmt.name)
    response = flask.Response(flask.stream_with_context(body), mimetype=fmt.media_type)
    if fmt.media_type.startswith("text/") or fmt.media_type.endswith(("json", "xml")):
        response.headers["Content-Type"] = f"{fmt.media_type}; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="kg.{fmt.extension}"'
    return response
