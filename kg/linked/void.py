"""A VoID description of the dataset at /.well-known/void (RFC 5785; VoID §7.2): size, entities, classes (with
counts), the linkset to Wikidata, the SPARQL endpoint, the dumps and the URI space. Turtle by default."""
from __future__ import annotations

import flask
import pyoxigraph as ox

from kg.export import curie
from kg.iris import slugify
from kg.linked import negotiation
from kg.linked.blueprint import blueprint, current
from kg.store import Store
from kg.vocab import FOAF, GAF, KG_NS, NIF, ORG, OWL_SAMEAS, PREFIXES, PROV, RDF_TYPE, SCHEMA, SEM, WD, XSD

VOID = "http://rdfs.org/ns/void#"
DCTERMS = "http://purl.org/dc/terms/"
OFFERED = negotiation.RDF
PREFIXES_USED = {"void": VOID, "dcterms": DCTERMS}

TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DISTINCT = {
    "distinctSubjects": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }",
    "distinctObjects": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }",
    "properties": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }",
}
# Entities: the typed resources kg minted (officials, posts, events, articles, ...), not the mentions (hash IRIs
# of articles) nor the ontology and its terms (hash IRIs too).
ENTITIES = f"""
SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  ?s <{RDF_TYPE}> ?class FILTER(isIRI(?s) && !CONTAINS(STR(?s), "#"))
  FILTER NOT EXISTS {{ ?s <{RDF_TYPE}> <http://www.w3.org/2002/07/owl#Ontology> }}
}}
"""
CLASSES = f"SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{RDF_TYPE}> ?class }} GROUP BY ?class ORDER BY ?class"
LINKS = f"""
SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{OWL_SAMEAS}> ?o FILTER(isIRI(?o) && STRSTARTS(STR(?o), "{WD}")) }}
"""
EXAMPLES = f"""
SELECT ?class (MIN(STR(?s)) AS ?example) WHERE {{
  ?s <{RDF_TYPE}> ?class FILTER(?class IN (<{KG_NS}Official>, <{KG_NS}Call>, <{KG_NS}AidPackage>))
}} GROUP BY ?class
"""


def _count(rows: list[dict]) -> int:
    return int(rows[0]["n"].value) if rows and "n" in rows[0] else 0


def description(store: Store, base: str) -> list[ox.Triple]:
    document = ox.NamedNode(f"{base}.well-known/void")
    dataset = ox.NamedNode(f"{base}.well-known/void#dataset")
    wikidata = ox.NamedNode(f"{base}.well-known/void#wikidata")
    linkset = ox.NamedNode(f"{base}.well-known/void#wikidata-links")

    def n(iri: str) -> ox.NamedNode:
        return ox.NamedNode(iri)

    def integer(value: int) -> ox.Literal:
        return ox.Literal(str(value), datatype=n(XSD + "integer"))

    def t(s, p: str, o) -> ox.Triple:
        return ox.Triple(s, n(p), o)

    out = [
        t(document, RDF_TYPE, n(VOID + "DatasetDescription")),
        t(document, DCTERMS + "title", ox.Literal("VoID description of kg's dataset", language="en")),
        t(document, FOAF + "primaryTopic", dataset),
        t(dataset, RDF_TYPE, n(VOID + "Dataset")),
        t(dataset, DCTERMS + "title", ox.Literal("kg: defense officials, their calls and military aid", language="en")),
        t(dataset, DCTERMS + "description", ox.Literal(
            "Officials, the calls between them and military aid packages, extracted from news articles; every "
            "fact keeps the sentences it came from. One named graph per article (its reports), and one resolution "
            "graph of the officials, calls and packages they are reports of. void:triples counts the distinct "
            "triples in the union of all graphs (what a query's default graph holds), not the quads in all graphs; "
            "each class partition's void:entities counts its distinct instances.", language="en")),
        t(dataset, VOID + "sparqlEndpoint", n(f"{base}sparql")),
        t(dataset, VOID + "dataDump", n(f"{base}dump.nq.gz")),
        t(dataset, VOID + "dataDump", n(f"{base}dump.trig")),
        t(dataset, VOID + "uriSpace", ox.Literal(base)),
        t(dataset, VOID + "feature", n("http://www.w3.org/ns/formats/N-Quads")),
        t(dataset, VOID + "feature", n("http://www.w3.org/ns/formats/TriG")),
        t(dataset, VOID + "feature", n("http://www.w3.org/ns/formats/Turtle")),
        t(dataset, VOID + "feature", n("http://www.w3.org/ns/formats/JSON-LD")),
        t(dataset, VOID + "triples", integer(_count(store.select(TRIPLES)))),
        t(dataset, VOID + "entities", integer(_count(store.select(ENTITIES)))),
    ]
    out += [t(dataset, VOID + name, integer(_count(store.select(query)))) for name, query in DISTINCT.items()]
    for namespace in (KG_NS, SCHEMA, ORG, SEM, PROV, GAF, NIF):
        out.append(t(dataset, VOID + "vocabulary", n(namespace)))
    for row in store.select(EXAMPLES):
        out.append(t(dataset, VOID + "exampleResource", n(row["example"].value)))

    classes = store.select(CLASSES)
    out.append(t(dataset, VOID + "classes", integer(len(classes))))
    for row in classes:
        partition = ox.NamedNode(f"{base}.well-known/void#class-{slugify(curie(row['class'].value))}")
        out += [t(dataset, VOID + "classPartition", partition), t(partition, VOID + "class", row["class"]),
                t(partition, VOID + "entities", integer(int(row["n"].value)))]

    out += [
        t(wikidata, RDF_TYPE, n(VOID + "Dataset")),
        t(wikidata, DCTERMS + "title", ox.Literal("Wikidata", language="en")),
        t(wikidata, FOAF + "homepage", n("https://www.wikidata.org/")),
        t(wikidata, VOID + "uriSpace", ox.Literal(WD)),
        t(wikidata, VOID + "sparqlEndpoint", n("https://query.wikidata.org/sparql")),
        t(linkset, RDF_TYPE, n(VOID + "Linkset")),
        t(linkset, VOID + "linkPredicate", n(OWL_SAMEAS)),
        t(linkset, VOID + "subjectsTarget", dataset),
        t(linkset, VOID + "objectsTarget", wikidata),
        t(linkset, VOID + "triples", integer(_count(store.select(LINKS)))),
        t(dataset, VOID + "subset", linkset),
    ]
    return out


@blueprint.get("/.well-known/void")
def void() -> flask.Response:
    chosen = negotiation.negotiate(OFFERED)
    linked = current()
    triples = description(linked.store, linked.base)
    if chosen.rdf is ox.RdfFormat.TURTLE:
        body = ox.serialize(triples, format=chosen.rdf, prefixes={**PREFIXES, **PREFIXES_USED})
    else:
        body = negotiation.serialize(triples, chosen)
    response = negotiation.respond(body, chosen)
    self_url = flask.request.script_root + flask.request.path
    response.headers["Link"] = negotiation.link_header(self_url, OFFERED)
    return response
