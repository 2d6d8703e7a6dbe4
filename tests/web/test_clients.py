"""Real SPARQL clients against a real server: SPARQLWrapper and rdflib's SPARQLStore / SPARQLUpdateStore."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

from .conftest import EX, TOKEN

NAMES = "SELECT ?name WHERE { ?who <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name"


def wrapper(url: str, query: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method:
        client.setMethod(method)
    return client


@pytest.mark.parametrize("method", [None, POST])
def test_sparqlwrapper_json(live_module, method):
    result = wrapper(live_module.sparql, NAMES, JSON, method).queryAndConvert()
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == ["Alice", "Bob"]


def test_sparqlwrapper_xml(live_module):
    document = wrapper(live_module.sparql, NAMES, XML).queryAndConvert()
    assert [n.firstChild.data for n in document.getElementsByTagName("literal")] == ["Alice", "Bob"]


def test_sparqlwrapper_csv(live_module):
    text = wrapper(live_module.sparql, NAMES, CSV).queryAndConvert().decode()
    assert text.splitlines() == ["name", "Alice", "Bob"]


def test_sparqlwrapper_ask(live_module):
    assert wrapper(live_module.sparql, "ASK { ?s ?p \"Alice\" }", JSON).queryAndConvert()["boolean"] is True


def test_sparqlwrapper_construct(live_module):
    query = "CONSTRUCT { ?a <http://example.org/friend> ?b } WHERE { ?a <http://xmlns.com/foaf/0.1/knows> ?b }"
    graph = wrapper(live_module.sparql, query, TURTLE).queryAndConvert()
    if isinstance(graph, bytes):
        graph = Graph().parse(data=graph, format="turtle")
    assert (URIRef(EX + "alice"), URIRef(EX + "friend"), URIRef(EX + "bob")) in graph
    assert len(graph) == 2


def test_rdflib_sparqlstore_reads(live_module):
    graph = Graph(store=SPARQLStore(live_module.sparql))
    names = sorted(str(row.name) for row in graph.query(NAMES))
    assert names == ["Alice", "Bob"]
    assert (URIRef(EX + "alice"), URIRef("http://xmlns.com/foaf/0.1/name"), Literal("Alice")) in graph


def test_rdflib_sparqlupdatestore_writes(live):
    store = SPARQLUpdateStore(live.sparql, live.sparql, auth=None, headers={"Authorization": f"Bearer {TOKEN}"})
    graph = Graph(store=store, identifier=URIRef(EX + "graph/rdflib"))
    graph.add((URIRef(EX + "erin"), URIRef("http://xmlns.com/foaf/0.1/name"), Literal("Erin")))
    store.commit()
    names = sorted(str(row.name) for row in Graph(store=SPARQLStore(live.sparql)).query(NAMES))
    assert names == ["Alice", "Bob", "Erin"]
    assert live.store.has_graph(EX + "graph/rdflib")
