"""GET /health: is the server up, and how much does it hold (the distinct triples in the union of all graphs, what
a query's default graph holds, and the number of named graphs); how many queries are parked past their deadline,
and the server's resident memory against its budget (KG_MEMORY_BUDGET_MB). "degraded" when a query is parked or the
memory is over the budget (long queries then get 503); how many times `kg serve` replaced its worker to give back
what parked queries held (kg.web.recycle)."""
from __future__ import annotations

import flask

from kg.web import cors, recycle
from kg.web.context import current
from kg.web.memory import resident_bytes

blueprint = flask.Blueprint("health", __name__)


@blueprint.get("/health")
def health() -> flask.Response:
    cors.allow_read()
    store = current().store
    runner = current().runner
    parked = runner.overdue
    resident = resident_bytes()
    over = runner.memory.over() is not None
    return flask.jsonify({
        "status": "ok" if parked == 0 and not over else "degraded",
        "distinct_triples_in_union": store.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        "graphs": len(store.named_graphs()),
        "parked_queries": parked,
        "memory_mb": None if resident is None else round(resident / 2**20),
        "memory_budget_mb": runner.memory.budget_mb or None,
        "over_memory_budget": over,
        "recycles": recycle.recycles(),
        "base_iri": current().settings.base_iri,
    })
