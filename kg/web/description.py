"""The SPARQL 1.1 Service Description of the endpoint (GET /sparql without a query, for RDF clients)."""
from __future__ import annotations

import flask
import pyoxigraph as ox

from kg.web import negotiation, serialize
from kg.web.context import Context, current

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PREFIXES = {"sd": SD, "void": VOID, "formats": "http://www.w3.org/ns/formats/"}
OFFERED = tuple(f for f in negotiation.OFFERS["graph"] if not f.rdf.supports_datasets) + (negotiation.JSONLD,)

TRIPLES_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def sd(term: str) -> ox.NamedNode:
    return ox.NamedNode(SD + term)


def triples(context: Context, endpoint: str) -> list[ox.Triple]:
    service = ox.NamedNode(endpoint)
    out = [ox.Triple(service, RDF_TYPE, sd("Service")), ox.Triple(service, sd("endpoint"), service)]
    languages = ["SPARQL11Query"] + (["SPARQL11Update"] if context.updates_enabled else [])
    out += [ox.Triple(service, sd("supportedLanguage"), sd(language)) for language in languages]
    features = ["UnionDefaultGraph"] + (["BasicFederatedQuery"] if context.service_allowlist else [])
    out += [ox.Triple(service, sd("feature"), sd(feature)) for feature in features]
    formats = {f.iri for kind in ("solutions", "graph") for f in negotiation.OFFERS[kind]}
    out += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(iri)) for iri in sorted(formats)]

    dataset, default_graph = ox.BlankNode(), ox.BlankNode()
    out += [ox.Triple(service, sd("defaultDataset"), dataset), ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
            ox.Triple(dataset, sd("defaultGraph"), default_graph), ox.Triple(default_graph, RDF_TYPE, sd("Graph")),
            ox.Triple(default_graph, ox.NamedNode(VOID + "triples"), ox.Literal(context.store.count(TRIPLES)))]
    visible = [ox.NamedNode(g) for g in context.store.named_graphs()]
    rows = context.store.query(TRIPLES_PER_GRAPH, default_graph=[], named_graphs=visible) if visible else []
    counts = {row["g"].value: int(row["n"].value) for row in rows}
    for name in context.store.named_graphs():
        named, graph = ox.BlankNode(), ox.BlankNode()
        out += [ox.Triple(dataset, sd("namedGraph"), named), ox.Triple(named, RDF_TYPE, sd("NamedGraph")),
                ox.Triple(named, sd("name"), ox.NamedNode(name)), ox.Triple(named, sd("graph"), graph),
                ox.Triple(graph, RDF_TYPE, sd("Graph")),
                ox.Triple(graph, ox.NamedNode(VOID + "triples"), ox.Literal(counts.get(name, 0)))]
    return out


def respond() -> flask.Response:
    fmt = negotiation.choose(OFFERED)
    body = serialize.graph(triples(current(), flask.request.base_url), fmt, PREFIXES)
    response = flask.Response(body, content_type=fmt.content_type)
    response.vary.add("Accept")
    return response
