"""The ontology, published: GET /ontology is ontology/kg.ttl as Turtle (or JSON-LD, N-Triples, RDF/XML), or an
HTML page documenting every class, property and individual, generated from the file, with an anchor per term
(`/ontology#Call`) so that https://w3id.org/kg-defense/ontology#Call lands on it."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import flask
import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from kg.export import curie
from kg.linked import negotiation
from kg.linked.blueprint import blueprint
from kg.loader import ONTOLOGY_DIR
from kg.vocab import KG_NS

ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
OFFERED = (negotiation.TURTLE, negotiation.HTML, negotiation.JSONLD, negotiation.NTRIPLES, negotiation.RDFXML)
CAMEO = URIRef(KG_NS + "cameoCode")
PLOVER = URIRef(KG_NS + "ploverCode")
DOMAIN_INCLUDES = URIRef("https://schema.org/domainIncludes")  # properties used on things and on their reports
RANGE_INCLUDES = URIRef("https://schema.org/rangeIncludes")
DCTERMS_LICENSE = URIRef("http://purl.org/dc/terms/license")

SECTIONS = (  # (anchor, heading, rdf:type)
    ("classes", "Classes", OWL.Class),
    ("object-properties", "Object properties", OWL.ObjectProperty),
    ("datatype-properties", "Datatype properties", OWL.DatatypeProperty),
    ("annotation-properties", "Annotation properties", OWL.AnnotationProperty),
    ("individuals", "Individuals", OWL.NamedIndividual),
)


@dataclass
class Term:
    iri: str
    name: str  # the local name: the page's anchor
    label: str
    comment: str
    facts: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)  # (what, [(text, iri)])


@dataclass
class Section:
    anchor: str
    heading: str
    terms: list[Term]


@dataclass
class OntologyDoc:
    iri: str
    label: str
    comment: str
    version: str
    license: str | None
    sections: list[Section]


def _text(graph: Graph, subject, predicate) -> str:
    values = list(graph.objects(subject, predicate))
    english = [v for v in values if isinstance(v, Literal) and v.language in (None, "en")]
    return str((english or values or [""])[0])


def _links(nodes) -> list[tuple[str, str]]:
    return sorted((curie(str(n)), str(n)) for n in nodes if isinstance(n, URIRef))


def _term(graph: Graph, node: URIRef) -> Term:
    facts = []
    for what, values in (
        ("type", [t for t in graph.objects(node, RDF.type) if t != OWL.NamedIndividual]),
        ("subclass of", graph.objects(node, RDFS.subClassOf)),
        ("subclasses", graph.subjects(RDFS.subClassOf, node)),
        ("subproperty of", graph.objects(node, RDFS.subPropertyOf)),
        ("subproperties", graph.subjects(RDFS.subPropertyOf, node)),
        ("domain", graph.objects(node, RDFS.domain)),
        ("domain includes", graph.objects(node, DOMAIN_INCLUDES)),
        ("range", graph.objects(node, RDFS.range)),
        ("range includes", graph.objects(node, RANGE_INCLUDES)),
        ("properties", [*graph.subjects(RDFS.domain, node), *graph.subjects(DOMAIN_INCLUDES, node)]),
    ):
        links = _links(values)
        if links:
            facts.append((what, links))
    for what, predicate in (("CAMEO code", CAMEO), ("PLOVER code", PLOVER)):
        codes = sorted(str(v) for v in graph.objects(node, predicate))
        if codes:
            facts.append((what, [(code, "") for code in codes]))
    name = str(node)[len(KG_NS):]
    return Term(str(node), name, _text(graph, node, RDFS.label) or name, _text(graph, node, RDFS.comment), facts)


@functools.lru_cache(maxsize=4)
def _document(path: Path, mtime: float) -> OntologyDoc:  # mtime: a changed file is read again
    graph = Graph().parse(path, format="turtle")
    ontology = next(graph.subjects(RDF.type, OWL.Ontology))
    sections = []
    seen: set[URIRef] = set()
    for anchor, heading, kind in SECTIONS:
        nodes = sorted((n for n in graph.subjects(RDF.type, kind)
                        if isinstance(n, URIRef) and str(n).startswith(KG_NS) and n not in seen), key=str)
        seen.update(nodes)
        sections.append(Section(anchor, heading, [_term(graph, n) for n in nodes]))
    license_ = graph.value(ontology, DCTERMS_LICENSE)
    return OntologyDoc(str(ontology), _text(graph, ontology, RDFS.label), _text(graph, ontology, RDFS.comment),
                       _text(graph, ontology, OWL.versionInfo), str(license_) if license_ else None, sections)


def document() -> OntologyDoc:
    return _document(ONTOLOGY_FILE, ONTOLOGY_FILE.stat().st_mtime)


@blueprint.get("/ontology")
def ontology() -> flask.Response:
    chosen = negotiation.negotiate(OFFERED)
    self_url = flask.request.script_root + flask.request.path
    if chosen is negotiation.HTML:
        body = flask.render_template("linked/ontology.html", doc=document(),
                                     alternates=negotiation.alternates(self_url, OFFERED))
    elif chosen is negotiation.TURTLE:
        body = ONTOLOGY_FILE.read_bytes()
    else:
        triples = (q.triple for q in ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE))
        body = negotiation.serialize(triples, chosen)
    response = negotiation.respond(body, chosen)
    response.headers["Link"] = negotiation.link_header(self_url, OFFERED)
    return response
