"""The SPARQL 1.1 Service Description at GET /sparql."""
from __future__ import annotations

import pyoxigraph as ox

from .conftest import GRAPH_A, GRAPH_B

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID_TRIPLES = "http://rdfs.org/ns/void#triples"


def description(client, **kwargs) -> ox.Store:
    response = client.get("/sparql", headers={"Accept": "text/turtle"}, **kwargs)
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    graph = ox.Store()
    graph.load(response.data, ox.RdfFormat.TURTLE)
    return graph


def ask(graph: ox.Store, pattern: str) -> bool:
    return bool(graph.query(f"PREFIX sd: <{SD}> PREFIX void: <http://rdfs.org/ns/void#> ASK {{ {pattern} }}"))


def test_describes_the_endpoint_its_languages_and_formats(client):
    graph = description(client)
    assert ask(graph, "<http://localhost/sparql> a sd:Service ; sd:endpoint <http://localhost/sparql>")
    assert ask(graph, "?s sd:supportedLanguage sd:SPARQL11Query, sd:SPARQL11Update")
    assert ask(graph, "?s sd:feature sd:UnionDefaultGraph FILTER NOT EXISTS { ?s sd:feature sd:BasicFederatedQuery }")
    for iri in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle",
                "N-Triples", "RDF_XML", "JSON-LD", "N-Quads", "TriG"):
        assert ask(graph, f"?s sd:resultFormat <http://www.w3.org/ns/formats/{iri}>")
    formats = graph.query(f"PREFIX sd: <{SD}> SELECT ?f {{ ?s sd:resultFormat ?f }}")
    assert all(row["f"].value.startswith("http://www.w3.org/ns/formats/") for row in formats)  # no .../data/JSON-LD


def test_counts_triples_of_the_default_dataset_and_each_named_graph(client):
    graph = description(client)
    assert ask(graph, "?s sd:defaultDataset/sd:defaultGraph/void:triples 5")
    assert ask(graph, f"?d sd:namedGraph [ sd:name <{GRAPH_A}> ; sd:graph/void:triples 3 ]")
    assert ask(graph, f"?d sd:namedGraph [ sd:name <{GRAPH_B}> ; sd:graph/void:triples 2 ]")
    names = graph.query(f"PREFIX sd: <{SD}> SELECT ?g {{ ?n sd:name ?g }}")
    assert sorted(row["g"].value for row in names) == [GRAPH_A, GRAPH_B]  # the union graph is not one of them


def test_update_is_announced_only_when_enabled(make_client):
    graph = description(make_client(update_token=""))
    assert not ask(graph, "?s sd:supportedLanguage sd:SPARQL11Update")


def test_other_rdf_formats(client):
    for media_type in ("application/ld+json", "application/n-triples"):
        response = client.get("/sparql", headers={"Accept": media_type})
        assert response.mimetype == media_type and b"sparql-service-description" in response.data
