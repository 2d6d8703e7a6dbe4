"""Content negotiation: every query form against Accept headers (q-values, wildcards, parameters) and
?format=, and the bytes sent really are in the announced format."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from werkzeug.datastructures import MultiDict

from kg.web import negotiation, serialize

SELECT = "SELECT ?s ?o WHERE { ?s <http://xmlns.com/foaf/0.1/knows> ?o }"
ASK = "ASK { ?s ?p ?o }"
CONSTRUCT = "CONSTRUCT { ?s <http://example.org/knows> ?o } WHERE { ?s <http://xmlns.com/foaf/0.1/knows> ?o }"
DESCRIBE = "DESCRIBE <http://example.org/alice>"
SPARQL_JSON, SPARQL_XML = "application/sparql-results+json", "application/sparql-results+xml"

CASES = [  # (query, Accept header or None, expected media type)
    (SELECT, None, SPARQL_JSON),
    (SELECT, "*/*", SPARQL_JSON),
    (SELECT, "application/json", SPARQL_JSON),
    (SELECT, SPARQL_XML, SPARQL_XML),
    (SELECT, "text/csv", "text/csv"),
    (SELECT, "text/csv; charset=utf-8", "text/csv"),
    (SELECT, "text/tab-separated-values", "text/tab-separated-values"),
    (SELECT, f"{SPARQL_JSON};q=0.5, {SPARQL_XML};q=0.9", SPARQL_XML),
    (SELECT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", SPARQL_JSON),
    (SELECT, "text/turtle", None),
    (ASK, None, SPARQL_JSON),
    (ASK, SPARQL_XML, SPARQL_XML),
    (ASK, "text/csv", None),
    (CONSTRUCT, None, "text/turtle"),
    (CONSTRUCT, "*/*", "text/turtle"),
    (CONSTRUCT, "application/n-triples", "application/n-triples"),
    (CONSTRUCT, "application/rdf+xml", "application/rdf+xml"),
    (CONSTRUCT, "application/ld+json", "application/ld+json"),
    (CONSTRUCT, "application/n-quads", "application/n-quads"),
    (CONSTRUCT, "application/trig", "application/trig"),
    (CONSTRUCT, "text/turtle; charset=utf-8", "text/turtle"),
    (CONSTRUCT, "application/rdf+xml;q=0.3, text/turtle;q=0.2", "application/rdf+xml"),
    (CONSTRUCT, SPARQL_JSON, None),
    (DESCRIBE, None, "text/turtle"),
    (DESCRIBE, "application/n-triples", "application/n-triples"),
    (DESCRIBE, SPARQL_JSON, None),
]


def _parses(media_type: str, body: bytes) -> None:
    results = ox.QueryResultsFormat.from_media_type(media_type)
    if results is not None and media_type != "text/csv":
        ox.parse_query_results(body, results)
    elif media_type == "text/csv":
        assert body.splitlines()[0] == b"s,o"
    else:
        assert list(ox.parse(body, ox.RdfFormat.from_media_type(media_type)))


@pytest.mark.parametrize("query, accept, expected", CASES)
def test_accept_header_chooses_the_format(client, query, accept, expected):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", query_string={"query": query}, headers=headers)
    if expected is None:
        assert response.status_code == 406
        offered = {f.name for formats in negotiation.OFFERS.values() for f in formats}
        assert set(response.get_json()["error"]["formats"]) <= offered
        return
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.headers["Content-Type"] == f"{expected}; charset=utf-8"
    assert "Accept" in response.headers["Vary"]
    _parses(expected, response.data)


@pytest.mark.parametrize("kind", sorted(negotiation.OFFERS))
def test_format_parameter_overrides_accept(client, kind):
    query = {"solutions": SELECT, "boolean": ASK, "graph": CONSTRUCT}[kind]
    for fmt in negotiation.OFFERS[kind]:
        response = client.get("/sparql", query_string={"query": query, "format": fmt.name},
                              headers={"Accept": "text/html"})
        assert response.status_code == 200
        assert response.mimetype == fmt.media_type


ALIASES = [  # (query, format values as a client sends them, expected media type)
    (SELECT, ["xml"], SPARQL_XML), (SELECT, ["json"], SPARQL_JSON), (SELECT, ["csv"], "text/csv"),
    (SELECT, ["tsv", "text/tab-separated-values"], "text/tab-separated-values"),
    (SELECT, ["application/sparql-results+json"], SPARQL_JSON), (SELECT, ["", "XML"], SPARQL_XML),
    (ASK, ["xml"], SPARQL_XML), (ASK, ["json"], SPARQL_JSON),
    (CONSTRUCT, ["xml"], "application/rdf+xml"), (CONSTRUCT, ["rdf+xml", "application/rdf+xml"], "application/rdf+xml"),
    (CONSTRUCT, ["json-ld", "application/ld+json"], "application/ld+json"), (CONSTRUCT, ["json"], "application/ld+json"),
    (CONSTRUCT, ["n3"], "text/turtle"), (CONSTRUCT, ["ttl"], "text/turtle"), (CONSTRUCT, ["nt"], "application/n-triples"),
    (DESCRIBE, ["xml"], "application/rdf+xml"), (DESCRIBE, ["json-ld"], "application/ld+json"),
    (DESCRIBE, ["turtle"], "text/turtle"),
]


@pytest.mark.parametrize("query, values, expected", ALIASES)
def test_format_parameter_takes_the_names_clients_send_per_query_form(client, query, values, expected):
    response = client.get("/sparql", query_string=[("query", query)] + [("format", v) for v in values],
                          headers={"Accept": "*/*"})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == expected
    _parses(expected, response.data)
    form = client.post("/sparql", data=MultiDict([("query", query)] + [("format", v) for v in values]))
    assert form.status_code == 200 and form.mimetype == expected


def test_format_parameter_that_does_not_fit_the_query_is_406(client):
    for query, name in ((SELECT, "turtle"), (SELECT, "json-ld"), (ASK, "csv"), (CONSTRUCT, "csv"), (SELECT, "png")):
        response = client.get("/sparql", query_string={"query": query, "format": name})
        assert response.status_code == 406, (query, name)
        assert f"format={name} is not available" in response.get_json()["error"]["message"]


def test_csv_and_tsv_carry_the_rows(client):
    csv = client.get("/sparql", query_string={"query": SELECT, "format": "csv"}).data.decode()
    assert csv.splitlines()[0] == "s,o" and "http://example.org/alice" in csv
    tsv = client.get("/sparql", query_string={"query": SELECT, "format": "tsv"}).data.decode()
    assert tsv.splitlines()[0] == "?s\t?o" and "<http://example.org/alice>" in tsv


def test_json_terms_match_what_pyoxigraph_writes(store, client):
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    ours = client.get("/sparql", query_string={"query": query}).get_json()
    expected = store.query(query).serialize(format=ox.QueryResultsFormat.JSON)
    assert ours == json.loads(expected)


def test_json_of_every_kind_of_term_matches_what_pyoxigraph_writes():
    store = ox.Store()
    terms = [ox.NamedNode("http://example.org/caf\u00e9%22"), ox.BlankNode("b1"),
             ox.Literal('said "hi"\n\t\\ \u0001 \u00e9 \U0001F600 \u2028'), ox.Literal("x", language="en-GB"),
             ox.Literal("42", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), ox.Literal("plain"),
             ox.Triple(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("o"))]
    for number, term in enumerate(terms):
        store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode(f"http://example.org/p{number}"), term))
    query = "SELECT ?o ?p ?unbound WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?unbound } }"
    solutions = store.query(query)
    ours = serialize.solutions_json([v.value for v in solutions.variables], list(solutions))
    assert json.loads(ours) == json.loads(store.query(query).serialize(format=ox.QueryResultsFormat.JSON))
    reordered = serialize.solutions_json(["p", "o"], list(store.query(query)), positions=[1, 0])
    assert json.loads(reordered)["results"]["bindings"][0].keys() == {"p", "o"}


def test_the_choice_is_kept_per_accept_header_and_offer(client):
    def ask(query: str, accept: str):
        return client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})

    for _ in range(2):  # the second round answers from the cache
        assert ask(SELECT, "text/csv").mimetype == "text/csv"
        assert ask(CONSTRUCT, "text/csv").status_code == 406
        assert ask(ASK, SPARQL_XML).mimetype == SPARQL_XML
    long_accept = ", ".join(f"application/x-kg-{n}" for n in range(100)) + ", text/csv"
    assert len(long_accept) > negotiation.CACHED_ACCEPT
    assert ask(SELECT, long_accept).mimetype == "text/csv"
    assert negotiation.best_match("", negotiation.OFFERS["graph"]) is negotiation.TURTLE
    assert negotiation.best_match("text/csv", negotiation.OFFERS["graph"]) is None


def test_turtle_output_uses_the_query_prefixes(client):
    query = ("PREFIX ex: <http://example.org/> "
             "CONSTRUCT { ?s ex:knows ?o } WHERE { ?s <http://xmlns.com/foaf/0.1/knows> ?o }")
    body = client.get("/sparql", query_string={"query": query}).data.decode()
    assert "@prefix ex: <http://example.org/>" in body and "ex:alice ex:knows ex:bob" in body


@pytest.mark.parametrize("accept, expected", [
    ("text/turtle", "text/turtle"), ("application/rdf+xml", "application/rdf+xml"),
    ("application/ld+json", "application/ld+json"), ("*/*", "text/turtle"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"),
])
def test_sparql_without_query_is_a_description_or_the_page(client, accept, expected):
    response = client.get("/sparql", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.mimetype == expected
