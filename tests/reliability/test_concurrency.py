"""Readers (threads and processes) against `kg serve` while a writer loads graphs through it: no errors, no
read ever sees part of a graph or part of a write in the union, and no write is lost."""
from __future__ import annotations

import multiprocessing
import threading
import time

import requests

from .articles import K, article, check_once, graph_iri, process_reader, read_until
from .conftest import AUTH, DISTINCT_IN_GRAPHS

GRAPHS = 30
THREADS = 3
PROCESSES = 2


def test_readers_never_see_half_a_write_and_no_write_is_lost(make_server):
    server = make_server()
    baseline = server.count()
    assert baseline == server.count(DISTINCT_IN_GRAPHS)
    assert not check_once(server.url, requests.Session(), baseline, {})

    stop_threads = threading.Event()
    thread_results: list[dict] = []
    threads = [threading.Thread(target=lambda: thread_results.append(read_until(server.url, baseline, stop_threads, 120)))
               for _ in range(THREADS)]
    context = multiprocessing.get_context("spawn")
    stop_processes = context.Event()
    queue = context.Queue()
    processes = [context.Process(target=process_reader, args=(server.url, baseline, stop_processes, 120, queue))
                 for _ in range(PROCESSES)]
    for worker in (*threads, *processes):
        worker.start()

    written: dict[str, int] = {}
    write_errors = []
    with requests.Session() as session:
        time.sleep(1.0)  # the reader processes start up (imports) meanwhile
        for i in range(GRAPHS):
            names = [f"g{i}"] + ([f"g{i - 1}"] if i % 3 == 2 else [])  # every third write also replaces one
            for name in names:
                version = written.get(name, 0) + 1
                response = session.put(server.url + "/store", params={"graph": graph_iri(name)},
                                       data=article(name, version).encode(), timeout=60,
                                       headers={**AUTH, "Content-Type": "application/n-triples"})
                if response.status_code not in (201, 204):
                    write_errors.append(f"{name}: {response.status_code} {response.text[:200]}")
                written[name] = version
    stop_threads.set()
    stop_processes.set()
    for thread in threads:
        thread.join(120)
    process_results = [queue.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(30)

    assert not write_errors
    results = thread_results + process_results
    assert len(results) == THREADS + PROCESSES
    assert all(result["rounds"] > 0 for result in results), results
    assert [error for result in results for error in result["errors"]] == []

    # nothing lost: every graph is there, whole, in its last version, and the union is the sum of the parts
    per_graph = server.per_graph()
    for name, version in written.items():
        assert per_graph.get(graph_iri(name)) == K, (name, per_graph.get(graph_iri(name)))
        marker = server.select(f"SELECT ?v WHERE {{ GRAPH <{graph_iri(name)}> {{ <{graph_iri(name)}> ?p ?v }} }}")
        assert [row["v"]["value"] for row in marker] == [f"{name} v{version}"]
    assert server.count() == baseline + K * len(written)
    assert server.count(DISTINCT_IN_GRAPHS) == server.count()
    assert requests.get(server.url + "/health", timeout=10).json()["graphs"] == len(per_graph)
