"""The resolution graph (owl:sameAs between an undated call and the dated call it is) stays exact when articles
go: `kg drop` killed just after its drop leaves no stale link, a re-run of `kg drop` on a store left stale by an
older kg repairs it, and the Graph Store Protocol's DELETE / PUT of an article graph keep it up to date."""
from __future__ import annotations

import signal
import subprocess
import sys
import threading
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
import requests

from werkzeug.serving import make_server

from kg import resolve
from kg.iris import Minter
from kg.settings import Settings
from kg.store import Store, _removal
from kg.vocab import KG_NS
from kg.web import create_app

from .conftest import AUTH, KG, ROOT, TOKEN

BASE = "http://127.0.0.1:5000/"  # KG_BASE_IRI's default, so that `kg drop` run here mints the same IRIs
MINTER = Minter(BASE)
RESOLUTION = MINTER.graph("resolution")
AUSTIN, SHOIGU, HEALEY = (f"{BASE}id/person/{name}" for name in ("lloyd-austin", "sergei-shoigu", "john-healey"))
DATED = f"{BASE}id/call/2022-05-13/lloyd-austin"


def call(article: str, iri: str, participants: tuple[str, ...], date: str = "", month_day: str = "") -> str:
    lines = [f"<{iri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG_NS}Call> .",
             f"<{iri}> <http://www.w3.org/ns/prov#wasDerivedFrom> <{article}> ."]
    lines += [f"<{iri}> <{KG_NS}participant> <{p}> ." for p in participants]
    if date:
        lines.append(f'<{iri}> <{KG_NS}date> "{date}"^^<http://www.w3.org/2001/XMLSchema#date> .')
    if month_day:
        lines.append(f'<{iri}> <{KG_NS}monthDay> "{month_day}"^^<http://www.w3.org/2001/XMLSchema#gMonthDay> .')
    return "\n".join(lines) + "\n"


def articles() -> dict[str, str]:
    """Two reports of the dated call, an undated report of it ("on 13 May"), and an unrelated undated call."""
    a, b, c, d = (MINTER.article(key) for key in "abcd")
    return {
        a: call(a, DATED, (AUSTIN, SHOIGU), date="2022-05-13"),
        b: call(b, DATED, (AUSTIN, SHOIGU), date="2022-05-13"),
        c: call(c, c + "#call-1", (AUSTIN, SHOIGU), month_day="--05-13"),
        d: call(d, d + "#call-1", (AUSTIN, HEALEY), month_day="--06-01"),
    }


def fill(store: Store) -> None:
    store.replace_graphs(articles())
    resolve.rebuild(store, MINTER)


def assert_exact(store: Store) -> None:
    """The resolution graph holds the links of the store as it is, and the union holds exactly its parts."""
    assert resolve.stored_links(store, RESOLUTION) == resolve.links(resolve.calls(store))
    union = store.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    parts = store.count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    assert union == parts


def test_the_links_of_the_example_store():
    store = Store(None)
    fill(store)
    assert resolve.stored_links(store, RESOLUTION) == {MINTER.article("c") + "#call-1": DATED}


@pytest.mark.parametrize("key", "abcd")
def test_a_drop_writes_the_links_of_the_store_without_the_article(key):
    store = Store(None)
    fill(store)
    assert store.drop_graph(MINTER.article(key))
    assert_exact(store)


def test_dropping_both_reports_of_the_dated_call_removes_the_link():
    store = Store(None)
    fill(store)
    store.drop_graph(MINTER.article("a"))
    assert resolve.stored_links(store, RESOLUTION)  # b still reports the dated call
    store.drop_graph(MINTER.article("b"))
    assert resolve.stored_links(store, RESOLUTION) == {}
    assert_exact(store)


@pytest.fixture
def disk_store(tmp_path) -> Iterator[str]:
    path = tmp_path / "store"
    store = Store(path)
    fill(store)
    store.close()
    yield str(path)


KILLED_DROP = """
import os, signal, sys
from kg import loader, resolve
from kg.settings import Settings
from kg.store import Store

resolve.rebuild = lambda *_: os.kill(os.getpid(), signal.SIGKILL)  # killed where the old drop rebuilt the links
loader.drop_article(Store(sys.argv[1]), sys.argv[2], Settings(base_iri=sys.argv[3]))
"""


@pytest.mark.parametrize("key", ["a", "b", "c"])
def test_a_drop_killed_before_its_rebuild_leaves_no_stale_link(disk_store, key):
    process = subprocess.run([sys.executable, "-c", KILLED_DROP, disk_store, key, BASE], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert process.returncode == -signal.SIGKILL, process.stderr
    store = Store(disk_store)
    assert not store.has_graph(MINTER.article(key))
    assert_exact(store)


def test_a_rerun_of_drop_repairs_links_left_stale_by_an_interrupted_drop(disk_store):
    store = Store(disk_store)
    store._write(" ;\n".join(_removal(ox.NamedNode(MINTER.article("a")))))  # the graph, without the links
    store._write(" ;\n".join(_removal(ox.NamedNode(MINTER.article("b")))))
    assert resolve.stored_links(store, RESOLUTION)  # stale: the dated call is gone
    store.close()

    result = subprocess.run([str(KG), "drop", MINTER.article("b"), "--store", disk_store], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "no article" in result.stderr
    assert "stale" in result.stderr and "repaired" in result.stderr
    assert "Traceback" not in result.stderr
    store = Store(disk_store)
    assert resolve.stored_links(store, RESOLUTION) == {}
    assert_exact(store)


@pytest.fixture
def live() -> Iterator[tuple[str, Store]]:
    """(URL, store): the app over an in-memory store on a real HTTP server."""
    store = Store(None)
    server = make_server("127.0.0.1", 0, create_app(Settings(update_token=TOKEN), store), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", store
    server.shutdown()
    thread.join(10)
    server.server_close()


def test_graph_store_protocol_writes_and_deletes_keep_the_links(live):
    url, store = live
    if True:
        headers = {**AUTH, "Content-Type": "application/n-triples"}
        for graph, ntriples in articles().items():
            response = requests.put(url + "/store", params={"graph": graph}, data=ntriples.encode(),
                                    headers=headers, timeout=30)
            assert response.status_code == 201, response.text
        assert resolve.stored_links(store, RESOLUTION) == {MINTER.article("c") + "#call-1": DATED}

        for key in "ab":
            response = requests.delete(url + "/store", params={"graph": MINTER.article(key)}, headers=AUTH,
                                       timeout=30)
            assert response.status_code == 204, response.text
            assert_exact(store)
        assert resolve.stored_links(store, RESOLUTION) == {}

        response = requests.post(url + "/store", params={"graph": MINTER.article("a")}, headers=headers,
                                 data=articles()[MINTER.article("a")].encode(), timeout=30)
        assert response.status_code == 201, response.text
        assert resolve.stored_links(store, RESOLUTION) == {MINTER.article("c") + "#call-1": DATED}
        assert_exact(store)
