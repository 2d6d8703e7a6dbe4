"""Real SPARQL clients against a real server: SPARQLWrapper and rdflib's SPARQLStore / SPARQLUpdateStore."""
from __future__ import annotations

import warnings
from xml.dom.minidom import Document

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

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


FRIENDS = "CONSTRUCT { ?a <http://example.org/friend> ?b } WHERE { ?a <http://xmlns.com/foaf/0.1/knows> ?b }"
DESCRIBE = "DESCRIBE <http://example.org/alice>"
FRIEND = (URIRef(EX + "alice"), URIRef(EX + "friend"), URIRef(EX + "bob"))
ALICE_KNOWS_BOB = (URIRef(EX + "alice"), URIRef("http://xmlns.com/foaf/0.1/knows"), URIRef(EX + "bob"))


def as_graph(result, syntax: str = "turtle") -> Graph:
    return Graph().parse(data=result, format=syntax) if isinstance(result, bytes) else result


@pytest.mark.parametrize("method", [None, POST])
def test_sparqlwrapper_defaults_for_every_query_form(live_module, method):
    """No return format set: SPARQLWrapper sends `format=xml` (and Accept for XML) for every query form; each gets
    the XML of its kind (SPARQL XML results, RDF/XML graphs), which SPARQLWrapper converts without a warning."""
    def run(query: str):
        client = SPARQLWrapper(live_module.sparql)
        client.setQuery(query)
        if method:
            client.setMethod(method)
        with warnings.catch_warnings():
            warnings.simplefilter("error", RuntimeWarning)  # SPARQLWrapper's "Format requested was ..., but ..."
            warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's, about SPARQLWrapper's ConjunctiveGraph
            return client.queryAndConvert()

    names = run(NAMES)
    assert isinstance(names, Document)
    assert [n.firstChild.data for n in names.getElementsByTagName("literal")] == ["Alice", "Bob"]
    assert run("ASK { ?s ?p \"Alice\" }").getElementsByTagName("boolean")[0].firstChild.data == "true"
    friends = run(FRIENDS)
    assert FRIEND in friends and len(friends) == 2
    assert ALICE_KNOWS_BOB in run(DESCRIBE)


GRAPH_FORMATS = [(RDFXML, None), (XML, None), (JSONLD, None), (JSON, None), (TURTLE, "turtle"), (N3, "turtle")]


@pytest.mark.parametrize("method", [None, POST])
@pytest.mark.parametrize("fmt, syntax", GRAPH_FORMATS)
def test_sparqlwrapper_graph_formats(live_module, method, fmt, syntax):
    """Every return format SPARQLWrapper offers for CONSTRUCT and DESCRIBE, GET and POST (`format=` in the body)."""
    for query, triple in ((FRIENDS, FRIEND), (DESCRIBE, ALICE_KNOWS_BOB)):
        client = wrapper(live_module.sparql, query, fmt, method)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SPARQLWrapper's "Sending Accept header '*/*'" for JSON; rdflib's
            response = client.query()
        with warnings.catch_warnings():
            warnings.simplefilter("error", RuntimeWarning)  # "Format requested was ..., but ... has been returned"
            warnings.simplefilter("ignore", DeprecationWarning)
            result = response.convert()
        assert triple in as_graph(result, syntax or "json-ld"), (fmt, response.info()["content-type"])


@pytest.mark.parametrize("method", [None, POST])
@pytest.mark.parametrize("fmt", [XML, JSON, CSV, TSV])
def test_sparqlwrapper_result_formats(live_module, method, fmt):
    """Every return format SPARQLWrapper offers for SELECT (TSV is sent as `format=tsv&format=text/tab-...`)."""
    result = wrapper(live_module.sparql, NAMES, fmt, method).queryAndConvert()
    if fmt == JSON:
        assert [b["name"]["value"] for b in result["results"]["bindings"]] == ["Alice", "Bob"]
    elif fmt == XML:
        assert [n.firstChild.data for n in result.getElementsByTagName("literal")] == ["Alice", "Bob"]
    else:
        lines = result.decode().splitlines()
        assert lines[1:] == (["Alice", "Bob"] if fmt == CSV else ['"Alice"', '"Bob"@en'])


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
