"""Deadlines, row caps and body limits, over real HTTP (a server in a thread of this process)."""
from __future__ import annotations

import resource
import threading
import time

import pytest
import requests

from kg.web import limits

from .conftest import HEAVY, heavy_store, serve

FILTERED_SORT = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?c + ?f + ?i = -1) } ORDER BY ?a"
STREAM = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def slow():
    live, stop = serve(heavy_store(), query_timeout=1.0, max_rows=10**9, max_request_bytes=10_000)
    yield live
    stop()


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_while_idle(seconds: float = 1.0) -> float:
    before = cpu_seconds()
    time.sleep(seconds)
    return cpu_seconds() - before


@pytest.mark.parametrize("query, parks", [(HEAVY, True), (FILTERED_SORT, True), (STREAM, False)],
                         ids=["aggregate", "filtered-order-by", "streaming"])
def test_deadline_answers_503_serves_others_and_stops_the_work(slow, query, parks):
    parked_before = limits.parked()
    answer = {}

    def ask():
        started = time.monotonic()
        answer["response"] = requests.get(slow.sparql, params={"query": query}, timeout=30)
        answer["seconds"] = time.monotonic() - started

    asking = threading.Thread(target=ask)
    asking.start()
    time.sleep(0.2)
    health_latencies = []
    while asking.is_alive():
        started = time.monotonic()
        assert requests.get(slow.url + "/health", timeout=5).status_code == 200
        health_latencies.append(time.monotonic() - started)
        time.sleep(0.1)
    asking.join()

    assert answer["response"].status_code == 503
    assert "KG_QUERY_TIMEOUT" in answer["response"].json()["error"]["message"]
    assert 0.9 < answer["seconds"] < 3.0
    assert health_latencies and max(health_latencies) < 1.0  # other requests were served meanwhile
    assert cpu_while_idle() < 0.3  # nothing runs on: the query was stopped or parked
    assert (limits.parked() > parked_before) == parks


def test_row_cap(make_client):
    client = make_client(max_rows=3)
    query = "SELECT * WHERE { ?s ?p ?o }"
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 400
    assert "KG_MAX_ROWS" in response.get_json()["error"]["message"]
    assert response.get_json()["error"]["max_rows"] == 3
    assert client.get("/sparql", query_string={"query": query + " LIMIT 3"}).status_code == 200
    construct = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert construct.status_code == 400


def test_oversized_body_is_413_json(slow):
    response = requests.post(slow.sparql, data="ASK {} #" + "x" * 15_000,
                             headers={"Content-Type": "application/sparql-query"}, timeout=10)
    assert response.status_code == 413
    assert response.json()["error"]["status"] == 413


def test_health(slow):
    document = requests.get(slow.url + "/health", timeout=5).json()
    assert document["triples"] == 300 and document["graphs"] == 1
    assert document["status"] in ("ok", "degraded") and "parked_queries" in document
