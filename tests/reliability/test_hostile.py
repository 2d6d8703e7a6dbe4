"""Hostile requests against `kg serve` (waitress, on-disk store, KG_QUERY_TIMEOUT=2): each gets a clean 4xx (or
the deadline's 503), changes nothing, leaks nothing, and the server keeps serving. What tests/web already
checks in-process (auth codes, SERVICE allow-list, hostile /id paths) is checked here only end to end."""
from __future__ import annotations

import http.client
import threading
import urllib.parse

import pytest
import requests

from tests.conftest import health_during

from .conftest import AUTH, DISTINCT_IN_GRAPHS, KgServer

SPARQL_QUERY = {"Content-Type": "application/sparql-query"}


def raw(server: KgServer, method: str, target: str, body: bytes | None = None,
        headers: dict[str, str] | None = None) -> tuple[int, list[tuple[str, str]], bytes]:
    """A request sent as written (no client-side normalisation of the path)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.putrequest(method, target, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        if body is not None:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


def assert_serving(server: KgServer) -> None:
    assert server.alive(), server.log.read_text()[-2000:]
    assert requests.get(server.url + "/health", timeout=10).status_code == 200


def json_error(response: requests.Response, status: int) -> None:
    assert response.status_code == status, (response.status_code, response.text[:300])
    assert response.json()["error"]["status"] == status


def state(server: KgServer) -> tuple[int, int, dict[str, int]]:
    return server.count(), server.count(DISTINCT_IN_GRAPHS), server.per_graph()


# -- bodies -------------------------------------------------------------------------------------------------
def send_body(server: KgServer, size: int) -> tuple[int, str | None, bytes]:
    """POST `size` bytes of query text; the server may stop reading early."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    connection.putrequest("POST", "/sparql")
    connection.putheader("Content-Type", "application/sparql-query")
    connection.putheader("Content-Length", str(size))
    connection.endheaders()
    chunk = b"#" * 1_000_000
    try:
        for _ in range(size // len(chunk)):
            connection.sock.sendall(chunk)
    except OSError:
        pass  # refused before the end: the answer is waiting
    response = connection.getresponse()
    answer = response.status, response.getheader("Content-Type"), response.read()
    connection.close()
    return answer


def test_body_over_the_limit_is_413_json_and_the_server_serves_on(server):
    status, content_type, body = send_body(server, 15_000_000)  # KG_MAX_REQUEST_BYTES is 10 MB
    assert status == 413 and content_type == "application/json"
    assert b'"status":413' in body
    assert_serving(server)


def test_100_mb_body_is_413_in_the_json_error_shape(server):
    """On granian (kg serve's default) the app answers every body over the limit. (`kg serve --server waitress`
    refuses bodies over 2 x KG_MAX_REQUEST_BYTES itself, with a text/plain 413.)"""
    status, content_type, body = send_body(server, 100_000_000)
    assert status == 413
    assert_serving(server)
    assert content_type == "application/json", body[:200]


# -- deep and long queries (Oxigraph's parser overflowed its stack: SIGSEGV, the whole server gone) -------------
DEEP = {
    "nested-groups": "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000,
    "nested-optionals": "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o " * 5000 + "}" * 5001,
    "nested-parentheses": "SELECT * WHERE { BIND(" + "(" * 5000 + "1" + ")" * 5000 + " AS ?x) }",
    "long-sum": "SELECT * WHERE { BIND(" + "+".join(["1"] * 20000) + " AS ?x) }",
    "long-union": "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 8000) + " }",
    "long-minus": "SELECT * WHERE { ?s ?p ?o " + "MINUS { ?s ?p 1 } " * 5000 + "}",
    "long-negation": "ASK { FILTER(" + "!" * 20000 + "true) }",
    "long-path": "ASK { ?s " + "/".join(["<http://example.org/p>"] * 8000) + " ?o }",
    "long-text": "SELECT * WHERE { " + "?s ?p ?o . " * 20_000 + "}",
}
HUGE = {  # over KG_MAX_QUERY_BYTES (256 KB by default): refused before they are read
    "huge-text": "SELECT * WHERE { " + "?s ?p ?o . " * 800_000 + "}",
    "huge-string": 'ASK { FILTER("' + "x" * 9_000_000 + '") }',
}


@pytest.mark.parametrize("name", DEEP)
def test_deep_or_huge_queries_are_refused_cleanly(server, name):
    response = requests.post(server.url + "/sparql", data=DEEP[name].encode(), headers=SPARQL_QUERY, timeout=60)
    json_error(response, 400)
    assert_serving(server)


@pytest.mark.parametrize("name", HUGE)
def test_9_mb_queries_are_413_at_once_while_health_stays_fast(server, name):
    response, seconds, latencies = health_during(server.url, lambda: requests.post(
        server.url + "/sparql", data=HUGE[name].encode(), headers=SPARQL_QUERY, timeout=60))
    json_error(response, 413)
    assert "KG_MAX_QUERY_BYTES" in response.json()["error"]["message"]
    assert seconds < 2.0 and max(latencies) < 1.0
    assert_serving(server)


def test_deep_updates_and_payloads_are_refused_cleanly(server):
    before = state(server)
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> " + "[ <http://example.org/p> " * 100_000 \
        + "1" + " ]" * 100_000 + " }"
    response = requests.post(server.url + "/update", data=update.encode(), timeout=60,
                             headers={**AUTH, "Content-Type": "application/sparql-update"})
    json_error(response, 400)
    assert_serving(server)
    term = "<http://example.org/a> <http://example.org/b> <http://example.org/c>"
    for _ in range(30_000):
        term = f"<http://example.org/a> <http://example.org/b> <<( {term} )>>"
    response = requests.put(server.url + "/store", params={"graph": "http://example.org/deep"},
                            data=(term + " .").encode(), timeout=60,
                            headers={**AUTH, "Content-Type": "application/n-triples"})
    json_error(response, 400)
    assert_serving(server)
    assert state(server) == before


def test_cartesian_query_hits_the_deadline_while_health_stays_fast(server):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~10^9 solutions
    answer = {}
    asking = threading.Thread(target=lambda: answer.setdefault(
        "response", requests.get(server.url + "/sparql", params={"query": query}, timeout=60)))
    asking.start()
    checks = 0
    while asking.is_alive():
        assert requests.get(server.url + "/health", timeout=2).status_code == 200  # generous: answers in ms
        checks += 1
        asking.join(0.2)
    response = answer["response"]
    json_error(response, 503)
    assert response.headers["Retry-After"] and "KG_QUERY_TIMEOUT" in response.json()["error"]["message"]
    assert checks > 0
    assert_serving(server)


# -- injection ----------------------------------------------------------------------------------------------
def test_no_header_splitting_and_no_markup_from_paths_and_parameters(server):
    official = server.select("SELECT ?o WHERE { ?o a <https://w3id.org/kg-defense/ontology#Official> } LIMIT 1")
    page = urllib.parse.urlsplit(official[0]["o"]["value"]).path
    targets = [
        "/id/person/x%0d%0aSet-Cookie:%20evil=1",
        "/id/person/%3Cscript%3Ealert(1)%3C/script%3E",
        "/article/%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
        page + "?format=html%0d%0aSet-Cookie:%20evil=1",
        page + "?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&format=html",
        page + "%0d%0aSet-Cookie:%20evil=1",
        "/export?format=%0d%0aSet-Cookie:%20evil=1",
        "/ontology?format=%0d%0aSet-Cookie:%20evil=1",
        "/.well-known/void?format=%22%3E%3Cscript%3E",
        "/graph?%0d%0aSet-Cookie:%20evil=1",
    ]
    for target in targets:
        status, headers, body = raw(server, "GET", target, headers={"Accept": "text/html"})
        assert status < 500, (target, status)
        names = [name.lower() for name, _ in headers]
        assert "set-cookie" not in names, (target, headers)
        assert all("\r" not in v and "\n" not in v and "evil" not in v for _, v in headers), (target, headers)
        content_type = dict((n.lower(), v) for n, v in headers).get("content-type", "")
        if not content_type.startswith("application/json"):  # a JSON error may quote the path; markup may not
            assert b"<script>alert" not in body, (target, content_type)
    assert_serving(server)


SPARQL_INJECTIONS = [
    "/export?format=graphml%22%20%7D%20DROP%20ALL%20%23",
    "/id/person/x%3E%20%7D%20%3B%20DROP%20ALL%20%3B%20%23",
    "/id/person/x%3E%20?p%20?o%20%7D%20UNION%20%7B%20?s%20?p%20?o",
    "/id/person/%22%20%7D%20CLEAR%20ALL%20%23",
    "/article/x%3E%7D%7D%20INSERT%20DATA%20%7B%3Ca%3E%3Cb%3E%3Cc%3E%7D%23",
    "/graph/x%3E%20%7D%20%7D%20%3B%20DROP%20ALL%20%23",
    "/store?graph=http://example.org/x%3E%20%7D%20%7D%20%3B%20DROP%20ALL%20%23",
    "/sparql?query=ASK%7B%7D&default-graph-uri=http://x%3E%20%7D%20%3B%20DROP%20ALL%20%23",
    "/sparql?query=ASK%7B%7D&named-graph-uri=%3E%7D%22",
    "/.well-known/void?format=turtle%22%7D",
    "/ontology?format=%3E%7D",
]


def test_sparql_injection_through_parameters_changes_nothing(server):
    before = state(server)
    for target in SPARQL_INJECTIONS:
        status, _, _ = raw(server, "GET", target)
        assert 400 <= status < 500, (target, status)
    assert state(server) == before
    assert_serving(server)


@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer"}, {"Authorization": "Bearer "}, {"Authorization": "Bearer wrong"},
    {"Authorization": "Basic " + "cmVsaWFiaWxpdHktdG9rZW4="}, {"Authorization": "Bearer reliability-token-x"},
    {"Authorization": "Bearer reliability"}, {"Authorization": "Token reliability-token"},
    {"X-Update-Token": "reliability-token"},
], ids=lambda h: repr(h)[:40])
def test_writes_without_the_token_are_refused_and_change_nothing(server, headers):
    before = state(server)
    graph = server.per_graph()
    some_graph = sorted(graph)[0]
    attempts = [
        ("POST", "/update", {"data": b"DROP ALL", "headers": {"Content-Type": "application/sparql-update"}}),
        ("POST", "/sparql", {"data": {"update": "CLEAR ALL"}}),
        ("PUT", "/store", {"params": {"graph": some_graph}, "data": b"<http://a> <http://b> <http://c> .",
                           "headers": {"Content-Type": "application/n-triples"}}),
        ("POST", "/store", {"params": {"default": ""}, "data": b"<http://a> <http://b> <http://c> .",
                            "headers": {"Content-Type": "application/n-triples"}}),
        ("DELETE", "/store", {"params": {"graph": some_graph}}),
    ]
    for method, path, kwargs in attempts:
        kwargs = {**kwargs, "headers": {**kwargs.get("headers", {}), **headers}}
        response = requests.request(method, server.url + path, timeout=30, **kwargs)
        assert response.status_code in (401, 403), (method, path, headers, response.status_code)
        assert response.json()["error"]["status"] == response.status_code
    assert state(server) == before


TRAVERSALS = [
    "/export?format=..%2f..%2f..%2fetc%2fpasswd", "/export?format=/etc/passwd",
    "/dump.nq.gz/..%2f..%2f..%2fetc%2fpasswd", "/dump.trig/../../../etc/passwd", "/dump.trig%2f..%2f..%2fetc%2fpasswd",
    "/linked/static/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "/linked/static/../../../../../etc/passwd",
    "/linked/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/linked/static/..%5c..%5c..%5cetc%5cpasswd",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd", "/static/../../../../etc/passwd",
    "/linked/static//etc/passwd", "/linked/static/....//....//....//etc/passwd",
    "/linked/static/../blueprint.py", "/linked/static/..%2fblueprint.py", "/static/..%2f__init__.py",
    "/graph/..%2f..%2f..%2fetc%2fpasswd", "/id/..%2f..%2f..%2fetc%2fpasswd", "/ontology/..%2f..%2fkg.ttl",
]


@pytest.mark.parametrize("target", TRAVERSALS)
def test_path_traversal_never_reads_files(server, target):
    status, headers, body = raw(server, "GET", target)
    if status in (301, 308):  # Werkzeug merges slashes: it may redirect, within this server, to a clean path
        location = urllib.parse.urlsplit({name.lower(): value for name, value in headers}["location"])  # any case
        assert location.netloc in ("", f"127.0.0.1:{server.port}") and ".." not in location.path
        status, headers, body = raw(server, "GET", location.path)
    assert status in (400, 404), (target, status, body[:200])
    assert b"root:" not in body and b"import flask" not in body and b"from __future__" not in body

