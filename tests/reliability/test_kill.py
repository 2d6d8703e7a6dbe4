"""`kg serve` killed with SIGKILL in the middle of a stream of Graph Store PUTs: restarted on the same store it
opens, every graph is whole (one version, K triples) or absent, every acknowledged write is there, the union
matches its parts, and writing works again."""
from __future__ import annotations

import threading
import time

import requests

from .articles import EX, K, VERSIONS, article, graph_iri
from .conftest import AUTH, DISTINCT_IN_GRAPHS, KgServer

NAMES = 12  # graphs written over and over, so the kill may land in a replacement as well as a creation


def test_sigkill_during_writes_leaves_whole_graphs_and_the_store_works(make_server):
    server = make_server()
    baseline = server.count()
    acknowledged: dict[str, int] = {}  # graph -> the last version the server confirmed
    sent: dict[str, int] = {}
    stop = threading.Event()

    def write() -> None:
        session = requests.Session()
        version = 0
        while not stop.is_set():
            version += 1
            for i in range(NAMES):
                name = f"k{i}"
                sent[name] = version
                try:
                    response = session.put(server.url + "/store", params={"graph": graph_iri(name)},
                                           data=article(name, version).encode(), timeout=30,
                                           headers={**AUTH, "Content-Type": "application/n-triples"})
                except requests.RequestException:
                    return  # the server is gone
                if response.status_code in (201, 204):
                    acknowledged[name] = version

    writer = threading.Thread(target=write)
    writer.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < NAMES or min(acknowledged.values()) < 2:  # creations and replacements done
        assert time.monotonic() < deadline and writer.is_alive()
        time.sleep(0.05)
    server.kill()
    stop.set()
    writer.join(60)

    restarted = KgServer(server.store, server.log).start()
    try:
        rows = restarted.select(VERSIONS)
        for row in rows:
            assert int(row["n"]["value"]) == K and int(row["versions"]["value"]) == 1, row
        present = {row["g"]["value"] for row in rows}
        for name, version in acknowledged.items():
            assert graph_iri(name) in present, f"acknowledged write of {name} lost"
            marker = restarted.select(f"SELECT ?v WHERE {{ GRAPH <{graph_iri(name)}> {{ ?s <{EX}marker> ?v }} }}")
            found = int(marker[0]["v"]["value"].rsplit("v", 1)[1])
            assert version <= found <= sent[name], (name, version, found, sent[name])
        total = restarted.count()
        assert total == baseline + K * len(present)
        assert total == restarted.count(DISTINCT_IN_GRAPHS)

        response = requests.put(restarted.url + "/store", params={"graph": graph_iri("after-restart")},
                                data=article("after-restart", 1).encode(), timeout=30,
                                headers={**AUTH, "Content-Type": "application/n-triples"})
        assert response.status_code == 201
        assert restarted.count() == total + K
        assert restarted.per_graph()[graph_iri("after-restart")] == K
    finally:
        restarted.stop()


def replacement(name: str, version: int) -> str:
    """A SPARQL Update that replaces a graph through patterns (so the union is repaired through what it touched,
    kg.update_repair): alternately DROP and a DELETE ... WHERE, then the new version's data."""
    graph = f"<{graph_iri(name)}>"
    removal = (f"DROP SILENT GRAPH {graph}" if version % 2 else
               f"DELETE {{ GRAPH {graph} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
    return f"{removal} ;\nINSERT DATA {{ GRAPH {graph} {{\n{article(name, version)}}} }}"


def test_sigkill_during_pattern_updates_leaves_whole_graphs_and_an_exact_union(make_server):
    server = make_server()
    baseline = server.count()
    acknowledged: dict[str, int] = {}
    stop = threading.Event()

    def write() -> None:
        session = requests.Session()
        version = 0
        while not stop.is_set():
            version += 1
            for i in range(NAMES):
                try:
                    response = session.post(server.url + "/update", data={"update": replacement(f"u{i}", version)},
                                            headers=AUTH, timeout=30)
                except requests.RequestException:
                    return
                if response.status_code == 204:
                    acknowledged[f"u{i}"] = version

    writer = threading.Thread(target=write)
    writer.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < NAMES or min(acknowledged.values()) < 3:  # both kinds of replacement done
        assert time.monotonic() < deadline and writer.is_alive()
        time.sleep(0.05)
    server.kill()
    stop.set()
    writer.join(60)

    restarted = KgServer(server.store, server.log).start()
    try:
        rows = restarted.select(VERSIONS)
        for row in rows:
            assert int(row["n"]["value"]) == K and int(row["versions"]["value"]) == 1, row
        present = {row["g"]["value"] for row in rows}
        assert {graph_iri(name) for name in acknowledged} <= present
        total = restarted.count()
        assert total == baseline + K * len(present) == restarted.count(DISTINCT_IN_GRAPHS)
    finally:
        restarted.stop()
