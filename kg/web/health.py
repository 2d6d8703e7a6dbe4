"""GET /health: is the server up, and how much does it hold (the distinct triples in the union of all graphs, what
a query's default graph holds, and the number of named graphs)."""
from __future__ import annotations

import flask

from kg.web import cors
from kg.web.context import current

blueprint = flask.Blueprint("health", __name__)


@blueprint.get("/health")
def health() -> flask.Response:
    cors.allow_read()
    store = current().store
    parked = current().runner.overdue
    return flask.jsonify({
        "status": "ok" if parked == 0 else "degraded",
        "distinct_triples_in_union": store.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        "graphs": len(store.named_graphs()),
        "parked_queries": parked,
        "base_iri": current().settings.base_iri,
    })
