"""The SPARQL 1.1 Protocol at /sparql (and /update), through Flask's test client."""
from __future__ import annotations

import pytest

from .conftest import AUTH, EX, GRAPH_A, GRAPH_B

NAMES = "SELECT ?name WHERE { ?who <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name"


def names(response) -> list[str]:
    assert response.status_code == 200, response.get_data(as_text=True)
    return [row["name"]["value"] for row in response.get_json()["results"]["bindings"]]


def test_get_query_sees_the_union_of_all_graphs(client):
    assert names(client.get("/sparql", query_string={"query": NAMES})) == ["Alice", "Bob"]


def test_post_form_and_post_direct_give_the_same_answer(client):
    form = client.post("/sparql", data={"query": NAMES})
    direct = client.post("/sparql", data=NAMES, content_type="application/sparql-query")
    assert names(form) == names(direct) == ["Alice", "Bob"]


def test_default_graph_uri_selects_the_default_graph(client):
    response = client.get("/sparql", query_string={"query": NAMES, "default-graph-uri": GRAPH_B})
    assert names(response) == ["Bob"]


def test_named_graph_uri_limits_graph_patterns(client):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = client.get("/sparql", query_string={"query": query, "named-graph-uri": GRAPH_A})
    assert [r["g"]["value"] for r in response.get_json()["results"]["bindings"]] == [GRAPH_A]


def test_from_in_the_query_is_its_dataset(client):
    query = f"SELECT ?name FROM <{GRAPH_A}> WHERE {{ ?who <http://xmlns.com/foaf/0.1/name> ?name }}"
    assert names(client.get("/sparql", query_string={"query": query})) == ["Alice"]


def test_union_graph_is_not_listed_among_named_graphs(client):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    rows = client.get("/sparql", query_string={"query": query}).get_json()["results"]["bindings"]
    assert [r["g"]["value"] for r in rows] == [GRAPH_A, GRAPH_B]


def test_relative_iris_resolve_against_the_endpoint(client):
    response = client.get("/sparql", query_string={"query": "SELECT (<thing> AS ?x) {}"})
    assert response.get_json()["results"]["bindings"][0]["x"]["value"] == "http://localhost/thing"


@pytest.mark.parametrize("request_kwargs, status, fragment", [
    ({"method": "GET", "query_string": {"query": "SELECT * WHERE {"}}, 400, "malformed query"),
    ({"method": "GET", "query_string": [("query", "ASK {}"), ("query", "ASK {}")]}, 400, "one `query`"),
    ({"method": "GET", "query_string": {"update": "CLEAR ALL"}}, 400, "POST"),
    ({"method": "POST", "data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400, "not both"),
    ({"method": "POST", "data": "ASK {}", "content_type": "text/plain"}, 415, "content type"),
    ({"method": "POST", "data": b"query=ASK%20%7B%7D"}, 415, "content type"),
    ({"method": "POST", "data": "ASK {}".encode("utf-16"), "content_type": "application/sparql-query; charset=UTF-16"},
     415, "UTF-8"),
    ({"method": "POST", "data": b"ASK { \xff }", "content_type": "application/sparql-query"}, 400, "UTF-8"),
    ({"method": "PUT", "query_string": {"query": "ASK {}"}}, 405, "not allowed"),
    ({"method": "POST", "data": {"format": "json"}}, 400, "no `query`"),
])
def test_bad_requests_are_refused_with_a_reason(client, request_kwargs, status, fragment):
    response = client.open("/sparql", **request_kwargs)
    assert response.status_code == status
    assert fragment in response.get_json()["error"]["message"]


def test_405_says_which_methods_are_allowed(client):
    allowed = client.put("/sparql").headers["Allow"]
    assert "GET" in allowed and "POST" in allowed


# -- updates --------------------------------------------------------------------------------------------------
INSERT = f"INSERT DATA {{ GRAPH <{EX}graph/c> {{ <{EX}carol> <http://xmlns.com/foaf/0.1/name> \"Carol\" }} }}"


@pytest.mark.parametrize("how", ["direct", "form", "update-route"])
def test_update_with_the_token_changes_what_queries_see(client, how):
    if how == "direct":
        response = client.post("/sparql", data=INSERT, content_type="application/sparql-update", headers=AUTH)
    elif how == "form":
        response = client.post("/sparql", data={"update": INSERT}, headers=AUTH)
    else:
        response = client.post("/update", data={"update": INSERT}, headers=AUTH)
    assert response.status_code == 204
    assert names(client.get("/sparql", query_string={"query": NAMES})) == ["Alice", "Bob", "Carol"]


@pytest.mark.parametrize("headers, status", [({}, 401), ({"Authorization": "Bearer wrong"}, 403),
                                             ({"Authorization": "Basic dGVzdDp0ZXN0"}, 401)])
def test_update_without_the_right_token_is_refused(client, headers, status):
    response = client.post("/sparql", data=INSERT, content_type="application/sparql-update", headers=headers)
    assert response.status_code == status
    assert names(client.get("/sparql", query_string={"query": NAMES})) == ["Alice", "Bob"]
    if status == 401:
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_updates_are_off_without_a_configured_token(make_client):
    client = make_client(update_token="")
    response = client.post("/sparql", data=INSERT, content_type="application/sparql-update", headers=AUTH)
    assert response.status_code == 403
    assert "KG_UPDATE_TOKEN" in response.get_json()["error"]["message"]


def test_malformed_update_is_a_400(client):
    response = client.post("/sparql", data={"update": "CLEAR XYZ"}, headers=AUTH)
    assert response.status_code == 400
    assert "malformed update" in response.get_json()["error"]["message"]


def test_using_graph_uri_is_the_where_clause_dataset(client):
    update = f"INSERT {{ GRAPH <{EX}graph/copy> {{ ?s ?p ?o }} }} WHERE {{ ?s ?p ?o }}"
    response = client.post(f"/sparql?using-graph-uri={GRAPH_B}", data=update,
                           content_type="application/sparql-update", headers=AUTH)
    assert response.status_code == 204
    query = f"SELECT ?name {{ GRAPH <{EX}graph/copy> {{ ?s <http://xmlns.com/foaf/0.1/name> ?name }} }}"
    assert names(client.get("/sparql", query_string={"query": query})) == ["Bob"]


def test_using_graph_uri_conflicts_with_using_in_the_update(client):
    update = f"INSERT {{ GRAPH <{EX}x> {{ ?s ?p ?o }} }} USING <{GRAPH_A}> WHERE {{ ?s ?p ?o }}"
    response = client.post(f"/sparql?using-graph-uri={GRAPH_B}", data=update,
                           content_type="application/sparql-update", headers=AUTH)
    assert response.status_code == 400
