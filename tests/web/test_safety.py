"""No outbound request unless allow-listed: SERVICE, LOAD and FROM against a local listener socket."""
from __future__ import annotations

import json
import time

import pytest

from .conftest import AUTH, Listener

SD_FEATURE = "http://www.w3.org/ns/sparql-service-description#BasicFederatedQuery"


def evasions(url: str) -> list[str]:
    host = url.rstrip("/")
    return [
        f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX r: <{host}/> SELECT * {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
        f"BASE <{host}/> SELECT * {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
        f"select * {{ service <{url.replace('/', chr(92) + 'u002F', 1)}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * {{ VALUES ?x {{ <{url}> }} FILTER(?x<?x)SERVICE?x#>\n{{ ?s ?p ?o }} }}",
    ]


def settle(listener: Listener) -> list[bytes]:
    time.sleep(0.3)
    return listener.requests


def test_service_is_refused_and_nothing_connects(client, listener):
    for query in evasions(listener.url):
        response = client.get("/sparql", query_string={"query": query})
        assert response.status_code == 403, query
        message = response.get_json()["error"]["message"]
        assert "KG_SERVICE_ALLOWLIST" in message or "allow-list" in message
    assert settle(listener) == []


def test_a_query_seen_before_is_checked_again(make_client, listener):
    """Scans are cached per text: the checks that use them still run on every request, with each app's settings."""
    refusing, allowing = make_client(), make_client(service_allowlist=listener.url)
    query = f"SELECT * {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    silent = f"SELECT * {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
    deep = "SELECT * WHERE { " + "{ " * 120 + "?s ?p ?o " + "} " * 120 + "}"
    for _ in range(2):
        assert refusing.get("/sparql", query_string={"query": query}).status_code == 403
        assert refusing.get("/sparql", query_string={"query": silent}).status_code == 200
        assert refusing.get("/sparql", query_string={"query": deep}).status_code == 400
    assert allowing.get("/sparql", query_string={"query": silent}).status_code == 200
    assert len(settle(listener)) == 1


def silent_services(url: str) -> list[str]:
    host = url.rstrip("/")
    return [
        f"SELECT * {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX r: <{host}/> SELECT * {{ SERVICE SILENT r:sparql {{ ?s ?p ?o }} }}",
        f"BASE <{host}/> SELECT * {{ SERVICE SILENT <sparql> {{ ?s ?p ?o }} }}",
        f"select * {{ service silent <{url.replace('/', chr(92) + 'u002F', 1)}> {{ ?s ?p ?o }} }}",
        f"SELECT ?s ?p ?o {{ BIND(<{url}> AS ?e) SERVICE SILENT ?e {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE SILENT <{url}> {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * {{SERVICE SILENT<{url}>{{?s ?p ?o FILTER(?o<3)}}}}",
    ]


def test_a_silent_service_that_may_not_run_gives_one_empty_solution_and_nothing_connects(client, listener):
    """SPARQL 1.1 Federated Query 4.1: a SERVICE SILENT that fails gives one solution with no bindings."""
    for query in silent_services(listener.url):
        response = client.get("/sparql", query_string={"query": query})
        assert response.status_code == 200, (query, response.get_data(as_text=True))
        assert response.get_json()["results"]["bindings"] == [{}], query
    joined = f"SELECT ?name {{ ?s <http://xmlns.com/foaf/0.1/name> ?name SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
    rows = client.get("/sparql", query_string={"query": joined}).get_json()["results"]["bindings"]
    assert sorted(row["name"]["value"] for row in rows) == ["Alice", "Bob"]  # joined with the empty solution
    ask = client.get("/sparql", query_string={"query": f"ASK {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"})
    assert ask.get_json()["boolean"] is True
    update = f"INSERT {{ <http://x/s> <http://x/p> 1 }} WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
    assert client.post("/sparql", data={"update": update}, headers=AUTH).status_code == 204
    assert client.get("/sparql", query_string={"query": "ASK { <http://x/s> <http://x/p> 1 }"}).get_json()["boolean"]
    assert settle(listener) == []


def test_a_service_that_is_not_silent_is_still_refused_beside_a_silent_one(client, listener):
    query = (f"SELECT * {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} "
             f"SERVICE <{listener.url}> {{ ?s ?p ?o }} }}")
    assert client.get("/sparql", query_string={"query": query}).status_code == 403
    assert settle(listener) == []


def test_service_in_an_update_and_load_are_refused(client, listener):
    for update in (f"LOAD <{listener.url}data.ttl>", f"LOAD SILENT <{listener.url}data.ttl> INTO GRAPH <http://g/>",
                   f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"):
        response = client.post("/sparql", data={"update": update}, headers=AUTH)
        assert response.status_code == 403, update
    assert settle(listener) == []


def test_from_selects_stored_graphs_only(client, listener):
    query = f"SELECT * FROM <{listener.url}data.ttl> FROM NAMED <{listener.url}other> WHERE {{ ?s ?p ?o }}"
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 200 and response.get_json()["results"]["bindings"] == []
    assert settle(listener) == []


def test_an_allow_listed_service_is_called(make_client):
    remote_row = {"x": {"type": "literal", "value": "remote"}}
    results = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [remote_row]}})
    reply = (f"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: {len(results)}\r\n"
             f"Connection: close\r\n\r\n{results}").encode()
    remote = Listener(reply=reply)
    try:
        client = make_client(service_allowlist=f"http://example.invalid/ {remote.url}")
        query = f"SELECT ?x {{ SERVICE <{remote.url}sparql> {{ ?x ?y ?z }} }}"
        response = client.get("/sparql", query_string={"query": query})
        assert response.status_code == 200, response.get_data(as_text=True)
        assert response.get_json()["results"]["bindings"] == [remote_row]
        assert remote.requests and remote.requests[0].startswith((b"POST", b"GET"))
        description = client.get("/sparql", headers={"Accept": "application/n-triples"}).data.decode()
        assert SD_FEATURE in description
    finally:
        remote.close()


def test_federation_is_not_announced_without_an_allow_list(client):
    assert SD_FEATURE not in client.get("/sparql", headers={"Accept": "application/n-triples"}).data.decode()


@pytest.mark.parametrize("path", ["/sparql", "/store", "/health"])
def test_cors_preflight_allows_reads_only(client, path):
    response = client.options(path, headers={"Origin": "https://else.where", "Access-Control-Request-Method": "GET"})
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Authorization" not in response.headers["Access-Control-Allow-Headers"]
    assert "PUT" not in response.headers["Access-Control-Allow-Methods"]


def test_cors_header_on_reads_not_on_writes(client):
    origin = {"Origin": "https://else.where"}
    for read in (client.get("/sparql", query_string={"query": "ASK {}"}, headers=origin),
                 client.post("/sparql", data={"query": "ASK {}"}, headers=origin),
                 client.get("/sparql", query_string={"query": "ASK {"}, headers=origin),  # its error too
                 client.get("/health", headers=origin)):
        assert read.headers["Access-Control-Allow-Origin"] == "*"
    write = client.post("/sparql", data={"update": "CLEAR DEFAULT"}, headers={**origin, **AUTH})
    assert write.status_code == 204 and "Access-Control-Allow-Origin" not in write.headers
    put = client.put("/store?default", data="", content_type="text/turtle", headers={**origin, **AUTH})
    assert "Access-Control-Allow-Origin" not in put.headers
