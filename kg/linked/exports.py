"""GET /export?format=NAME: what `kg export --format NAME` writes, streamed as an attachment: the RDF data (nquads,
trig, turtle, ntriples, jsonld) or the entity graph for visualizers (graphml, gexf, cytoscape, dot, jsonld-compact).
The format is only looked up in kg.export.FORMATS."""
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
    response.headers["Content-Type"] = f"{fmt.media_type}; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{fmt.filename}"'
    return response
