"""The VoID description at /.well-known/void: size, entities, class partitions, the Wikidata linkset, the
endpoint, the dumps and the URI space, all matching the store."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, Namespace, URIRef

from kg.vocab import OWL_SAMEAS, WD

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
VOID = Namespace("http://rdfs.org/ns/void#")
BASE = "http://kg.test/"
DATASET = URIRef(BASE + ".well-known/void#dataset")


@pytest.fixture(scope="module")
def void(linked_app) -> Graph:
    response = linked_app.test_client().get("/.well-known/void")
    assert response.status_code == 200
    assert response.mimetype == "text/turtle"
    return Graph().parse(data=response.data, format="turtle")


def number(graph: Graph, subject, predicate) -> int:
    return int(graph.value(subject, predicate))


def test_dataset_size_matches_the_store(void, linked_store):
    assert number(void, DATASET, VOID.triples) == linked_store.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert number(void, DATASET, VOID.distinctSubjects) == linked_store.count(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")
    entities = number(void, DATASET, VOID.entities)
    officials = linked_store.count(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://w3id.org/kg-defense/ontology#Official> }")
    assert officials < entities < number(void, DATASET, VOID.distinctSubjects)


def test_class_partitions_count_each_class(void, linked_store):
    partitions = {void.value(p, VOID["class"]): number(void, p, VOID.entities)
                  for p in void.objects(DATASET, VOID.classPartition)}
    expected = {URIRef(r["class"].value): int(r["n"].value) for r in linked_store.select(
        "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class")}
    assert partitions == expected
    assert partitions[URIRef("https://w3id.org/kg-defense/ontology#Official")] > 0
    assert number(void, DATASET, VOID.classes) == len(expected)


def test_linkset_to_wikidata(void, linked_store):
    (linkset,) = void.subjects(VOID.linkPredicate, URIRef(OWL_SAMEAS))
    assert (DATASET, VOID.subset, linkset) in void
    assert void.value(linkset, VOID.subjectsTarget) == DATASET
    target = void.value(linkset, VOID.objectsTarget)
    assert void.value(target, VOID.uriSpace) == Literal(WD)
    links = linked_store.count(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{OWL_SAMEAS}> ?o FILTER(STRSTARTS(STR(?o), '{WD}')) }}")
    assert links > 0 and number(void, linkset, VOID.triples) == links


def test_access_points_and_uri_space(void, client):
    assert void.value(DATASET, VOID.sparqlEndpoint) == URIRef(BASE + "sparql")
    assert set(void.objects(DATASET, VOID.dataDump)) == {URIRef(BASE + "dump.nq.gz"), URIRef(BASE + "dump.trig")}
    assert void.value(DATASET, VOID.uriSpace) == Literal(BASE)
    for dump in void.objects(DATASET, VOID.dataDump):
        assert client.get(str(dump)[len(BASE) - 1:]).status_code == 200
    assert URIRef("https://w3id.org/kg-defense/ontology#") in set(void.objects(DATASET, VOID.vocabulary))


@pytest.mark.parametrize("accept,syntax", [("application/ld+json", "json-ld"), ("application/n-triples", "nt"),
                                           ("application/rdf+xml", "xml")])
def test_content_negotiation(client, void, accept, syntax):
    response = client.get("/.well-known/void", headers={"Accept": accept})
    assert response.mimetype == accept
    graph = Graph().parse(data=response.data, format=syntax)
    assert len(graph) == len(void)
    assert client.get("/.well-known/void", headers={"Accept": "image/png"}).status_code == 406
