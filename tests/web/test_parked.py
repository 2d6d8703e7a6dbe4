"""Bounded query resources, over real HTTP (a server in a thread of this process): at most KG_MAX_PARKED queries
past their deadline may still hold a thread, at most a share of KG_THREADS queries are waited for at once, and
past either limit a query is a 503 with Retry-After while /health and point lookups answer at once. Property
path closures over a negated property set between two variables are refused."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from kg.store import Store
from kg.web import limits, memory

from .conftest import EX, HEAVY, Live, heavy_store, sample_store, serve

POINT_LOOKUP = f"SELECT ?p ?o WHERE {{ <{EX}n1> ?p ?o }}"


def ask_in_background(live: Live, query: str, answers: list) -> threading.Thread:
    thread = threading.Thread(target=lambda: answers.append(
        requests.get(live.sparql, params={"query": query}, timeout=30)))
    thread.start()
    return thread


def assert_overloaded(response: requests.Response, words: str) -> None:
    assert response.status_code == 503, (response.status_code, response.text[:300])
    assert int(response.headers["Retry-After"]) >= 1
    error = response.json()["error"]
    assert error["status"] == 503 and words in error["message"]


def assert_cheap_requests_answer(live: Live) -> None:
    for path, params in (("/health", None), ("/sparql", {"query": POINT_LOOKUP})):
        started = time.monotonic()
        response = requests.get(live.url + path, params=params, timeout=5)
        assert response.status_code == 200, (path, response.text[:300])
        assert time.monotonic() - started < 1.0


@pytest.fixture
def capped() -> Iterator[Live]:
    live, stop = serve(heavy_store(), query_timeout=1.0, max_parked=1, max_rows=10**9)
    yield live
    stop()


def test_past_kg_max_parked_queries_get_503_until_restart_and_cheap_requests_answer(capped):
    answers: list[requests.Response] = []
    heavy = [ask_in_background(capped, HEAVY, answers) for _ in range(2)]
    time.sleep(0.3)
    assert_cheap_requests_answer(capped)  # while both run
    for thread in heavy:
        thread.join(10)
    assert [a.status_code for a in answers] == [503, 503]
    assert all("KG_QUERY_TIMEOUT" in a.json()["error"]["message"] for a in answers)

    health = requests.get(capped.url + "/health", timeout=5).json()
    assert health["parked_queries"] == 2 and health["status"] == "degraded"
    started = time.monotonic()
    third = requests.get(capped.sparql, params={"query": "ASK { ?s ?p ?o FILTER(?o > 1) }"}, timeout=10)
    assert time.monotonic() - started < 0.5  # refused, not run
    assert_overloaded(third, "KG_MAX_PARKED=1")
    assert third.json()["error"]["max_parked"] == 1
    assert_cheap_requests_answer(capped)


def test_a_query_that_ends_after_its_deadline_frees_its_place():
    runner = limits.Runner(sample_store(), timeout=0.2, max_rows=100, max_parked=1)
    release = threading.Event()
    original = runner._evaluate
    runner._evaluate = lambda *args: (release.wait(5), original(*args))[1]  # an operator that runs on, then ends
    with pytest.raises(limits.QueryTimeout):
        runner.run("ASK { ?s ?p ?o }")
    assert runner.overdue == 1
    with pytest.raises(limits.Overloaded):
        runner.run("ASK { ?s ?p ?o }")
    release.set()
    deadline = time.monotonic() + 5
    while runner.overdue and time.monotonic() < deadline:
        time.sleep(0.01)
    assert runner.overdue == 0
    runner._evaluate = original
    assert bool(runner.run("ASK { ?s ?p ?o }").boolean)


@pytest.fixture
def two_threads() -> Iterator[Live]:
    live, stop = serve(heavy_store(), query_timeout=2.0, threads=2, max_rows=10**9)  # one query slot
    yield live
    stop()


def test_when_every_query_slot_is_busy_a_query_gets_503_at_once(two_threads):
    assert limits.query_slots(2) == 1 and limits.query_slots(8) == 6
    answers: list[requests.Response] = []
    heavy = ask_in_background(two_threads, HEAVY, answers)
    time.sleep(0.3)
    started = time.monotonic()
    second = requests.get(two_threads.sparql, params={"query": HEAVY}, timeout=10)
    assert time.monotonic() - started < 0.5
    assert_overloaded(second, "query slot")
    assert_cheap_requests_answer(two_threads)
    heavy.join(10)
    assert answers[0].status_code == 503  # its own deadline


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s (<http://example.org/p>|!<http://example.org/p>)* ?o }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s !<http://example.org/p>+ ?o }",
    "ASK { ?s !(<http://example.org/p>|^<http://example.org/q>)* _:o }",
])
def test_closures_over_negated_property_sets_between_two_variables_are_refused(live, query):
    response = requests.get(live.sparql, params={"query": query}, timeout=10)
    assert response.status_code == 400
    assert "closure" in response.json()["error"]["message"]


@pytest.mark.parametrize("query", [
    f"SELECT * WHERE {{ <{EX}alice> (<http://xmlns.com/foaf/0.1/knows>|!<http://xmlns.com/foaf/0.1/knows>)* ?o }}",
    "SELECT * WHERE { ?s (<http://xmlns.com/foaf/0.1/knows>|^<http://xmlns.com/foaf/0.1/knows>)* ?o }",
    "SELECT * WHERE { ?s !<http://xmlns.com/foaf/0.1/knows> ?o }",
])
def test_bounded_paths_still_run(live, query):
    response = requests.get(live.sparql, params={"query": query}, timeout=10,
                            headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text[:300]
    assert response.json()["results"]["bindings"]


SORTED_HEAVY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 3"  # gathers 300³ rows


def on_disk_heavy_store(folder) -> Store:
    store = Store(folder / "store")  # the memory budget is for on-disk stores
    store.replace_graph(EX + "graph/numbers", "\n".join(
        f"<{EX}n{i}> <{EX}p{i % 7}> \"{i}\"^^<http://www.w3.org/2001/XMLSchema#integer> ." for i in range(300)))
    return store


def test_past_the_memory_budget_a_running_query_is_stopped(tmp_path):
    # this process's memory and 60 MB for the query, at the high-water mark
    budget = round((memory.resident_bytes() / 2**20 + 60) / memory.HIGH_WATER)
    live, stop = serve(on_disk_heavy_store(tmp_path), query_timeout=120.0, max_rows=10**9, memory_budget_mb=budget,
                       max_parked=8)
    try:
        answer = requests.get(live.sparql, params={"query": SORTED_HEAVY}, timeout=150)
        # stopped by the budget, long before its deadline (a deadline stop would name KG_QUERY_TIMEOUT)
        assert_overloaded(answer, f"KG_MEMORY_BUDGET_MB={budget}")
        assert answer.json()["error"]["memory_budget_mb"] == budget
        assert_cheap_requests_answer(live)
    finally:
        stop()


def test_over_the_memory_budget_no_long_query_starts_and_cheap_requests_answer(tmp_path):
    live, stop = serve(on_disk_heavy_store(tmp_path), memory_budget_mb=1)  # this process is over it already
    try:
        health = requests.get(live.url + "/health", timeout=5).json()
        assert health["over_memory_budget"] is True and health["status"] == "degraded"
        assert health["memory_budget_mb"] == 1 and health["memory_mb"] > 1
        refused = requests.get(live.sparql, params={"query": "ASK { ?s ?p ?o FILTER(?o > 1) }"}, timeout=10)
        assert_overloaded(refused, "KG_MEMORY_BUDGET_MB=1")
        assert refused.json()["error"]["memory_budget_mb"] == 1
        assert_cheap_requests_answer(live)
    finally:
        stop()


def test_under_the_memory_budget_queries_run_and_health_says_so(tmp_path):
    live, stop = serve(on_disk_heavy_store(tmp_path), memory_budget_mb=100_000)
    try:
        answer = requests.get(live.sparql, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}, timeout=10)
        assert answer.status_code == 200 and answer.json()["results"]["bindings"][0]["n"]["value"] == "300"
        health = requests.get(live.url + "/health", timeout=5).json()
        assert health["over_memory_budget"] is False and health["memory_budget_mb"] == 100_000
        assert 0 < health["memory_mb"] < 100_000
    finally:
        stop()


def test_an_in_memory_store_has_no_memory_budget(live):
    health = requests.get(live.url + "/health", timeout=5).json()
    assert health["memory_budget_mb"] is None and health["over_memory_budget"] is False


def test_at_most_two_large_bodies_are_read_at_once(live):
    """A third request with a body over a megabyte, while two others are being read, gets 503 before its body is read;
    once they end, large bodies are read again (and a query that long is then refused for its length)."""
    length = 2 * memory.LARGE_BODY
    slow = []
    for _ in range(memory.LARGE_BODIES):
        sock = socket.create_connection(("127.0.0.1", int(live.url.rsplit(":", 1)[1])))
        sock.sendall(f"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     f"Content-Length: {length}\r\n\r\nquery=".encode())
        slow.append(sock)
    time.sleep(0.5)
    body = {"query": "#" * length}
    try:
        third = requests.post(live.sparql, data=body, timeout=30)
        assert_overloaded(third, "bodies over")
        assert_cheap_requests_answer(live)
    finally:
        for sock in slow:
            sock.close()
    time.sleep(0.5)
    later = requests.post(live.sparql, data=body, timeout=30)
    assert later.status_code == 413, later.text[:300]
