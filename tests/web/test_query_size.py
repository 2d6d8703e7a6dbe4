"""KG_MAX_QUERY_BYTES: a query text over the limit is a 413 in the JSON error shape, answered before its text is
scanned (a direct POST: before its body is read), so a huge query cannot hold the server; updates keep the larger
KG_MAX_REQUEST_BYTES. Over real HTTP (a server in a thread of this process)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from tests.conftest import health_during

from .conftest import AUTH, EX, Live, sample_store, serve

LIMIT = 20_000
SPARQL_QUERY = {"Content-Type": "application/sparql-query"}


@pytest.fixture(scope="module")
def small() -> Iterator[Live]:
    live, stop = serve(sample_store(), max_query_bytes=LIMIT, max_request_bytes=20_000_000)
    yield live
    stop()


def assert_too_long(response: requests.Response) -> None:
    assert response.status_code == 413, (response.status_code, response.text[:300])
    error = response.json()["error"]
    assert error["status"] == 413 and error["max_query_bytes"] == LIMIT
    assert "KG_MAX_QUERY_BYTES" in error["message"]


def values_query(size: int) -> str:
    """A valid SELECT of about `size` bytes: a long VALUES list."""
    iris = " ".join(f"<{EX}e{i}>" for i in range(size // 26))
    return f"SELECT ?x WHERE {{ VALUES ?x {{ {iris} }} ?x ?p ?o }}"


@pytest.mark.parametrize("how", ["direct", "form", "get"])
def test_a_query_over_the_limit_is_413_json(small, how):
    query = values_query(LIMIT + 1000)
    if how == "direct":
        response = requests.post(small.sparql, data=query.encode(), headers=SPARQL_QUERY, timeout=10)
    elif how == "form":
        response = requests.post(small.sparql, data={"query": query}, timeout=10)
    else:
        response = requests.get(small.sparql, params={"query": query}, timeout=10)
    assert_too_long(response)


def test_a_query_under_the_limit_runs(small):
    query = values_query(LIMIT - 2000)
    assert len(query.encode()) < LIMIT
    response = requests.post(small.sparql, data=query.encode(), timeout=10,
                             headers={**SPARQL_QUERY, "Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text[:300]


def test_an_update_over_the_query_limit_is_accepted(small):
    triples = "\n".join(f"<{EX}u{i}> <{EX}p> {i} ." for i in range(LIMIT // 20))
    response = requests.post(small.url + "/update", data=f"INSERT DATA {{ {triples} }}".encode(), timeout=30,
                             headers={**AUTH, "Content-Type": "application/sparql-update"})
    assert response.status_code == 204, response.text[:300]


HUGE = {
    "one-string": 'ASK { FILTER("' + "x" * 9_000_000 + '") }',
    "triple-patterns": "SELECT * WHERE { " + "?s ?p ?o . " * 800_000 + "}",
}


@pytest.mark.parametrize("name", HUGE)
def test_a_9_mb_query_is_refused_at_once_and_health_stays_fast(small, name):
    response, seconds, latencies = health_during(small.url, lambda: requests.post(
        small.sparql, data=HUGE[name].encode(), headers=SPARQL_QUERY, timeout=30))
    assert_too_long(response)
    assert seconds < 2.0  # sending 9 MB over loopback, nothing more
    assert max(latencies) < 1.0
