"""A soak (issue 15): `kg serve` over the seeds and examples, KG_QUERY_TIMEOUT=3 and the default memory budget, under
a hostile mix (cartesian products, sorted ones, property path closures, bodies of megabytes, deeply nested queries)
beside normal readers (point lookups, the contract queries of queries/) and a writer (pattern and data updates), for
about 40 s on loopback. Throughout, the resident memory stays under KG_MEMORY_BUDGET_MB and /health keeps answering
and never waits out a query's deadline (on two shared cores a probe may take about a second under this load, never
the 3 s a query may hold a thread); every reader's answer is the right one (or, for a long query, a 503 with
Retry-After), and the union graph is exact afterwards."""
from __future__ import annotations

import itertools
import threading
import time
from collections import Counter
from pathlib import Path

import requests

import pyoxigraph as ox

from kg.store import UNION_GRAPH, Store

from .conftest import AUTH, ROOT, KgServer
from .test_parked import HealthWatch, status

SOAK_SECONDS = 40
QUERY_TIMEOUT = 3
BUDGET_MB = 512  # KG_MEMORY_BUDGET_MB's default
HOSTILE = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 10",
    "SELECT DISTINCT ?a ?d ?g WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "SELECT * WHERE { ?s (<http://www.w3.org/2002/07/owl#sameAs>|^<http://www.w3.org/2002/07/owl#sameAs>|"
    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>|^<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>)* ?o } "
    "ORDER BY ?s ?o",
    "SELECT * WHERE { ?s (<urn:p>|!<urn:p>)* ?o }",  # refused: a closure no deadline can stop
    "SELECT * WHERE " + "{ " * 150 + "?s ?p ?o " + "} " * 150,  # refused: too deep
]
CONTRACT = ["calls", "aid", "officials"]
POINT = "SELECT ?p ?o WHERE { <http://127.0.0.1:5000/id/person/lloyd-austin> ?p ?o }"
SCRATCH = "http://example.org/soak/graph"


def rows(response: requests.Response) -> list:
    return sorted(map(repr, response.json()["results"]["bindings"]))


def contract(name: str) -> str:
    return (ROOT / "queries" / f"{name}.rq").read_text()


class Mix:
    """Threads that run until `stop` is set, each counting its outcomes; `problems` lists anything wrong."""

    def __init__(self, server: KgServer) -> None:
        self.server = server
        self.stop = threading.Event()
        self.outcomes: Counter = Counter()
        self.problems: list[str] = []
        self.threads: list[threading.Thread] = []
        self.rss: list[int] = []
        self.peaks: list[int] = []

    def run(self, name: str, body) -> None:
        def loop() -> None:
            with requests.Session() as session:
                for n in itertools.count():
                    if self.stop.is_set():
                        return
                    try:
                        body(session, n)
                    except requests.RequestException as error:
                        self.problems.append(f"{name}: {error.__class__.__name__}: {error}")
                        return
        thread = threading.Thread(target=loop, name=name)
        self.threads.append(thread)
        thread.start()

    def note(self, what: str, ok: bool, detail: str = "") -> None:
        self.outcomes[what] += 1
        if not ok:
            self.problems.append(f"{what}: {detail}"[:400])

    def join(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(120)


def test_soak_hostile_mix_beside_readers_and_a_writer(make_seeds_server):
    server = make_seeds_server(KG_QUERY_TIMEOUT=str(QUERY_TIMEOUT))
    url = server.url + "/sparql"
    point_expected = rows(requests.get(url, params={"query": POINT}, timeout=30))
    expected = {name: rows(requests.post(url, data={"query": contract(name)}, timeout=30)) for name in CONTRACT}
    assert point_expected and all(expected.values())
    mix = Mix(server)

    def point(session: requests.Session, _n: int) -> None:
        response = session.get(url, params={"query": POINT}, timeout=30)
        mix.note("point 200", response.status_code == 200 and rows(response) == point_expected,
                 f"{response.status_code} {response.text[:200]}")
        time.sleep(0.02)

    def reader(session: requests.Session, n: int) -> None:
        name = CONTRACT[n % len(CONTRACT)]
        response = session.post(url, data={"query": contract(name)}, timeout=30)
        if response.status_code == 503:  # a long query may be refused (slots, parked queries, memory): cleanly
            mix.note("contract 503", int(response.headers.get("Retry-After", 0)) >= 1
                     and response.json()["error"]["status"] == 503, response.text[:200])
            time.sleep(0.2)
        else:
            mix.note("contract 200", response.status_code == 200 and rows(response) == expected[name],
                     f"{name}: {response.status_code} {response.text[:200]}")

    def hostile(session: requests.Session, n: int) -> None:
        query = HOSTILE[n % len(HOSTILE)]
        response = session.post(url, data={"query": query}, timeout=60)
        mix.note(f"hostile {response.status_code}", response.status_code in (400, 503)
                 and response.json()["error"]["status"] == response.status_code, response.text[:200])

    def big_body(session: requests.Session, n: int) -> None:
        body = ("SELECT * WHERE { ?s ?p \"" + "x" * 9_000_000 + "\" }").encode()
        if n % 2:
            response = session.post(url, data=body, headers={"Content-Type": "application/sparql-query"}, timeout=60)
        else:
            response = session.post(url, data={"query": body}, timeout=60)
        mix.note(f"big body {response.status_code}", response.status_code == 413, response.text[:200])

    def writer(session: requests.Session, n: int) -> None:
        updates = [f"INSERT DATA {{ GRAPH <{SCRATCH}> {{ <{SCRATCH}/s{n}> <{SCRATCH}/p> {n} }} }}",
                   f"DELETE {{ GRAPH <{SCRATCH}> {{ ?s ?p ?o }} }} INSERT {{ GRAPH <{SCRATCH}2> {{ ?s ?p ?o }} }} "
                   f"WHERE {{ GRAPH <{SCRATCH}> {{ ?s ?p ?o FILTER(?o < {n}) }} }}",
                   f"DELETE WHERE {{ GRAPH <{SCRATCH}2> {{ <{SCRATCH}/s{n - 5}> ?p ?o }} }}",
                   f"COPY <{SCRATCH}2> TO <{SCRATCH}3>"]
        response = session.post(server.url + "/update", data={"update": updates[n % len(updates)]}, headers=AUTH,
                                timeout=60)
        mix.note("update 204", response.status_code == 204, f"{response.status_code} {response.text[:200]}")
        time.sleep(0.05)

    def memory(_session: requests.Session, _n: int) -> None:
        mix.rss.append(status(server, "VmRSS"))
        mix.peaks.append(status(server, "VmHWM"))  # a worker replaced (kg.web.recycle) takes its own peak with it
        time.sleep(0.05)

    with HealthWatch(server) as health:
        mix.run("memory", memory)
        for n in range(2):
            mix.run(f"point{n}", point)
        for n in range(2):
            mix.run(f"reader{n}", reader)
        mix.run("writer", writer)
        time.sleep(2)  # readers alone first
        for n in range(12):
            mix.run(f"hostile{n}", hostile)
        mix.run("big-body", big_body)
        time.sleep(SOAK_SECONDS)
        mix.join()

    assert server.alive(), server.log.read_text()[-2000:]
    assert not mix.problems, mix.problems[:10]
    assert mix.outcomes["point 200"] > 100 and mix.outcomes["contract 200"] >= 3 and mix.outcomes["update 204"] > 20
    assert mix.outcomes["hostile 503"] > 10 and mix.outcomes["hostile 400"] > 5 and mix.outcomes["big body 413"] >= 2
    peak = max(mix.peaks + [health.peak, status(server, "VmHWM")])
    assert peak < BUDGET_MB * 1024, (peak, max(mix.rss))  # kB
    assert len(health.latencies) > 100 and health.worst < QUERY_TIMEOUT and not health.errors, (health.worst, health.errors[:5])
    server.stop()
    store = Store(Path(server.store), read_only=True)
    union = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(UNION_GRAPH))}
    assert union == {q.triple for q in store.oxigraph if q.graph_name != ox.NamedNode(UNION_GRAPH)}
    assert any(q.graph_name == ox.NamedNode(SCRATCH + "3") for q in store.oxigraph)  # the writer's updates landed
