"""Deadlines, row caps and body limits, over real HTTP (a server in a thread of this process)."""
from __future__ import annotations

import resource
import threading
import time

import pyoxigraph as ox
import pytest
import requests

from kg.web import limits, negotiation

from .conftest import EX, HEAVY, heavy_store, serve

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
    assert document["distinct_triples_in_union"] == 300 and document["graphs"] == 1
    assert document["status"] in ("ok", "degraded") and "parked_queries" in document


POINT_LOOKUP = f"SELECT ?p ?o WHERE {{ <{EX}alice> ?p ?o }}"


def test_index_scans_run_in_the_request_thread_and_answer_as_any_query(make_client, monkeypatch):
    handed_over = []
    submit = limits._workers.submit
    monkeypatch.setattr(limits._workers, "submit", lambda task: (handed_over.append(task), submit(task)))
    client = make_client()
    filtered = POINT_LOOKUP.replace("?o }", "?o FILTER(true) }")  # the same solutions, through a query thread
    for fmt in negotiation.OFFERS["solutions"]:
        scanned = client.get("/sparql", query_string={"query": POINT_LOOKUP, "format": fmt.name})
        assert not handed_over
        probed = client.get("/sparql", query_string={"query": filtered, "format": fmt.name})
        assert len(handed_over) == 1
        handed_over.clear()
        assert scanned.status_code == probed.status_code == 200
        assert scanned.headers["Content-Type"] == probed.headers["Content-Type"] == fmt.content_type
        assert rows(scanned.data, fmt) == rows(probed.data, fmt) and len(rows(scanned.data, fmt)) == 3


def rows(body: bytes, fmt: negotiation.Format) -> set[str]:
    if fmt.results == ox.QueryResultsFormat.CSV:  # lossy, so pyoxigraph does not read it: compared as lines
        return set(body.decode().splitlines()[1:])
    parsed = ox.parse_query_results(body, fmt.results)
    return {str(sorted((v.value, str(solution[v])) for v in parsed.variables)) for solution in parsed}


@pytest.mark.parametrize("query, max_rows, status, count", [
    ("SELECT * WHERE { ?s ?p ?o }", 100_000, 200, 2500),  # past SMALL_RESULT: read again, row by row
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 1500", 100_000, 200, 1500),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 10", 100_000, 200, 10),
    ("SELECT * WHERE { ?s ?p ?o }", 2000, 400, None),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 2000", 2000, 200, 2000),
    (f"SELECT ?s WHERE {{ ?s <{EX}p3> ?o }}", 300, 400, None),
    (f"SELECT ?s WHERE {{ ?s <{EX}p3> ?o }}", 400, 200, 357),
])
def test_index_scans_keep_the_row_cap(make_client, query, max_rows, status, count):
    assert limits.SMALL_RESULT < 1500
    response = make_client(heavy_store(2500), max_rows=max_rows).get("/sparql", query_string={"query": query})
    assert response.status_code == status, response.get_data(as_text=True)
    if count is None:
        assert "KG_MAX_ROWS" in response.get_json()["error"]["message"]
    else:
        assert len(response.get_json()["results"]["bindings"]) == count


@pytest.mark.parametrize("query", [POINT_LOOKUP, "SELECT * WHERE { ?s ?p ?o }"])
def test_index_scans_keep_the_deadline(make_client, query):
    response = make_client(heavy_store(2500), query_timeout=1e-9).get("/sparql", query_string={"query": query})
    assert response.status_code == 503 and response.headers["Retry-After"] == "60"
    assert "KG_QUERY_TIMEOUT" in response.get_json()["error"]["message"]
