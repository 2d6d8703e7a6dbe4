"""GET /: what this server is. For a browser, a page: what kg holds (counts from the store), the latest calls and
aid packages and the officials with the most calls by their titles, and links to the query page, the graph, the
ontology, VoID, the dumps and the exports. For everyone else the same as JSON: the counts and the links."""
from __future__ import annotations

import flask

from kg import export, queries
from kg.linked import titles
from kg.vocab import KG_NS, SCHEMA
from kg.web import cors
from kg.web.context import current
from kg.web.negotiation import prefers_html

blueprint = flask.Blueprint("home", __name__)

LISTED = 6  # calls, packages and officials listed on the page
COUNTS = {  # name -> (what the number counts, query)
    "articles": ("articles", f"SELECT (COUNT(?a) AS ?n) WHERE {{ ?a a <{SCHEMA}NewsArticle> }}"),
    "officials": ("officials", f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a <{KG_NS}Official> }}"),
    "calls": ("calls", f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a <{KG_NS}Call> }}"),
    "packages": ("aid packages", f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a <{KG_NS}AidPackage> }}"),
}
LATEST = {
    "calls": f"SELECT ?x ?date WHERE {{ ?x a <{KG_NS}Call> ; <{KG_NS}date> ?date }} ORDER BY DESC(?date) ?x LIMIT {LISTED}",
    "packages": f"SELECT ?x ?date WHERE {{ ?x a <{KG_NS}AidPackage> ; <{KG_NS}date> ?date }} "
                f"ORDER BY DESC(?date) ?x LIMIT {LISTED}",
}
BUSIEST = f"""
SELECT ?x (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?call) AS ?calls) WHERE {{
  ?call a <{KG_NS}Call> ; <{KG_NS}participant> ?x . ?x <{SCHEMA}name> ?name
}} GROUP BY ?x ORDER BY DESC(?calls) ?x LIMIT {LISTED}
"""


def counts(store) -> dict[str, int]:
    return {name: store.count(query) for name, (_, query) in COUNTS.items()}


def latest(store, kind: str) -> list[dict[str, str]]:
    """The newest calls or packages, each with its IRI and title."""
    out = []
    for row in store.select(LATEST[kind]):
        node = row["x"]
        if kind == "calls":
            found = titles.from_rows(store.select(titles.CALLS, call=node), [])
        else:
            found = titles.from_rows([], store.select(titles.PACKAGES, package=node))
        out.append({"iri": node.value, "title": found.short.get(node.value, node.value)})
    return out


def busiest(store) -> list[dict[str, str]]:
    return [{"iri": row["x"].value, "title": f"{row['label'].value}", "calls": int(row["calls"].value)}
            for row in store.select(BUSIEST) if "label" in row]


def links() -> dict:
    url = flask.url_for
    return {
        "sparql": url("sparql.endpoint", _external=True),
        "graph": url("linked.graph_view", _external=True),
        "ontology": url("linked.ontology", _external=True),
        "void": url("linked.void", _external=True),
        "openapi": url("openapi.openapi", _external=True),
        "health": url("health.health", _external=True),
        "dumps": {"nquads": url("linked.dump_nquads", _external=True), "trig": url("linked.dump_trig", _external=True)},
        "exports": {name: url("linked.export_graph", format=name, _external=True) for name in export.FORMATS},
    }


@blueprint.get("/")
def home() -> flask.Response:
    cors.allow_read()
    store = current().store
    numbers = counts(store)
    if flask.request.args.get("format") == "json" or not prefers_html():
        response = flask.jsonify({
            "name": "kg", "description": "A knowledge graph of defense officials, their calls and military aid, "
                                         "extracted from news articles; query it with SPARQL 1.1.",
            "counts": numbers, "links": links()})
        response.vary.add("Accept")
        return response
    html = flask.render_template(
        "home.html", counts=[(COUNTS[name][0], value) for name, value in numbers.items()], links=links(),
        calls=latest(store, "calls"), packages=latest(store, "packages"), officials=busiest(store),
        named=queries.names(), exports=export.FORMATS.values())
    response = flask.Response(html, content_type="text/html; charset=utf-8")
    response.vary.add("Accept")
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        "base-uri 'none'; frame-ancestors 'self'")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Link"] = '</?format=json>; rel="alternate"; type="application/json"'
    return response
