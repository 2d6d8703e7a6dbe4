"""The query page for browsers (GET /sparql without a query, Accept: text/html): YASGUI (@zazuko/yasgui: the
YASQE editor and YASR results, served from static/vendor/, installed by scripts/assets.sh, nothing from a CDN)
against this endpoint. The named queries of queries/*.rq are a sidebar (a click opens one in its own tab and
runs it; the contract queries are the tabs of a first visit); YASGUI's share button gives permalinks
(`/sparql#query=...`: in the fragment, so they never reach the protocol); prefixes, classes and properties
complete from kg's vocabulary (ontology/kg.ttl and ontology/shapes.ttl), never from the network. Without the
vendor files the page is a plain form that still runs queries."""
from __future__ import annotations

import functools
from pathlib import Path

import flask
import pyoxigraph as ox

from kg import queries
from kg.vocab import OWL, PREFIXES, RDF, RDF_TYPE, RDFS
from kg.web.context import current

VENDOR = Path(__file__).resolve().parent / "static" / "vendor"
ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"
FIRST_TABS = ("calls", "aid", "officials")  # the contract queries: the tabs a first visit opens
SH = "http://www.w3.org/ns/shacl#"
DEFAULT_QUERY = """PREFIX kg: <https://w3id.org/kg-defense/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?official ?name WHERE {
  ?official a kg:Official ; schema:name ?name .
} ORDER BY ?name LIMIT 25
"""
# YASGUI needs `'unsafe-inline'` in style-src, and only there: YASR's results table (DataTables) sizes its columns
# with style attributes in the markup it writes (`<col style="width: ...">`), and YASQE places its popups the same
# way; a strict style-src leaves the table without its layout. Scripts stay 'self' only (no inline script, no eval),
# nothing is fetched from another origin (connect-src 'self': the endpoint is this server, and the LOV and
# prefix.cc look-ups YASQE would make are replaced by kg's own terms), and no other site may frame the page.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'self'")


def named_queries() -> list[dict[str, str]]:
    return [{"name": name, "description": queries.description(name), "text": queries.text(name)}
            for name in queries.names()]


def first_tabs(named: list[dict[str, str]]) -> list[str]:
    names = [q["name"] for q in named]
    return [name for name in FIRST_TABS if name in names] or names[:1]


@functools.cache
def terms() -> dict[str, list[str]]:
    """Classes and properties of kg's vocabulary for YASQE's completion: those the ontology declares, and those
    its shapes name (the standard terms kg writes: schema:name, org:holds, prov:wasDerivedFrom, ...)."""
    classes: set[str] = set()
    properties: set[str] = set()
    class_types = {OWL + "Class", RDFS + "Class"}
    property_types = {OWL + "ObjectProperty", OWL + "DatatypeProperty", OWL + "AnnotationProperty", RDF + "Property"}
    for name in ("kg.ttl", "shapes.ttl"):
        path = ONTOLOGY / name
        if not path.is_file():
            continue
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            s, p, o = triple.subject, triple.predicate.value, triple.object
            if p == RDF_TYPE and isinstance(s, ox.NamedNode) and o.value in class_types:
                classes.add(s.value)
            elif p == RDF_TYPE and isinstance(s, ox.NamedNode) and o.value in property_types:
                properties.add(s.value)
            elif p in (SH + "targetClass", SH + "class") and isinstance(o, ox.NamedNode):
                classes.add(o.value)
            elif p in (SH + "path", SH + "inversePath") and isinstance(o, ox.NamedNode):
                properties.add(o.value)
    return {"classes": sorted(classes), "properties": sorted(properties)}


def respond() -> flask.Response:
    named = named_queries()
    config = {
        "endpoint": flask.url_for("sparql.endpoint", _external=True),
        "defaultQuery": DEFAULT_QUERY,
        "firstTabs": first_tabs(named),
        "prefixes": PREFIXES,
        **terms(),
    }
    html = flask.render_template(
        "query.html", named=named, config=config, yasgui=(VENDOR / "yasgui.min.js").is_file(),
        default_query=DEFAULT_QUERY, max_rows=current().settings.max_rows)
    response = flask.Response(html, content_type="text/html; charset=utf-8")
    response.vary.add("Accept")
    response.headers["Link"] = '</sparql?format=turtle>; rel="alternate"; type="text/turtle"'
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
