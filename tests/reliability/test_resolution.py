"""The resolution graph (the things the articles' reports are of) stays exact when articles go: `kg drop` killed
just after its drop leaves no stale thing, a re-run of `kg drop` on a store left stale repairs it, and the Graph
Store Protocol's DELETE / PUT / POST of an article graph keep it up to date."""
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
from kg.vocab import KG, PROV, RDF_TYPE, XSD
from kg.web import create_app

from .conftest import AUTH, KG as KG_COMMAND, ROOT, TOKEN

BASE = "http://127.0.0.1:5000/"  # KG_BASE_IRI's default, so that `kg drop` run here mints the same IRIs
MINTER = Minter(BASE)
RESOLUTION = MINTER.graph("resolution")
DATED = f"{BASE}id/call/2022-05-13/lloyd-austin--sergei-shoigu"
OWN = f"{BASE}id/call/d/1/john-healey--lloyd-austin"


def article(key: str, people: tuple[str, ...], date: str = "", month_day: str = "") -> str:
    """N-Triples of an article graph: a report of each official and one call report between them."""
    graph = MINTER.article(key)
    lines = [f"<{graph}> <{RDF_TYPE}> <https://schema.org/NewsArticle> ."]
    call = MINTER.report(key, "call", 1)
    lines += [f"<{call}> <{RDF_TYPE}> <{KG.CallReport}> .", f"<{call}> <{PROV}wasDerivedFrom> <{graph}> .",
              f'<{call}> <{KG.resolutionKey}> "{" ".join(sorted(people))}" .']
    for number, person in enumerate(people, start=1):
        report = MINTER.report(key, "person", number)
        name = person.replace("-", " ").title()
        lines += [f"<{report}> <{RDF_TYPE}> <{KG.OfficialReport}> .", f"<{report}> <{PROV}wasDerivedFrom> <{graph}> .",
                  f'<{report}> <{KG.resolutionKey}> "{person}" .', f'<{report}> <https://schema.org/name> "{name}" .',
                  f"<{call}> <{KG.participant}> <{report}> ."]
    if date:
        lines.append(f'<{call}> <{KG.date}> "{date}"^^<{XSD}date> .')
    if month_day:
        lines.append(f'<{call}> <{KG.monthDay}> "{month_day}"^^<{XSD}gMonthDay> .')
    return "\n".join(lines) + "\n"


def articles() -> dict[str, str]:
    """Two reports of the dated call, an undated report of it ("on 13 May"), and an unrelated undated call."""
    austin_shoigu = ("lloyd-austin", "sergei-shoigu")
    return {
        MINTER.article("a"): article("a", austin_shoigu, date="2022-05-13"),
        MINTER.article("b"): article("b", austin_shoigu, date="2022-05-13"),
        MINTER.article("c"): article("c", austin_shoigu, month_day="--05-13"),
        MINTER.article("d"): article("d", ("lloyd-austin", "john-healey"), month_day="--06-01"),
    }


def calls(store: Store) -> dict[str, set[str]]:
    """Call -> the articles of its reports, as the store holds them."""
    found: dict[str, set[str]] = {}
    for row in store.select(f"SELECT ?call ?a WHERE {{ ?call a <{KG.Call}> . ?r <{KG.reportOf}> ?call ; "
                            f"<{PROV}wasDerivedFrom> ?a }}"):
        found.setdefault(row["call"].value, set()).add(row["a"].value.rsplit("/", 1)[-1])
    return found


def fill(store: Store) -> None:
    store.replace_graphs(articles())
    resolve.rebuild(store, MINTER, articles())


def assert_exact(store: Store) -> None:
    """The resolution graph holds what a rebuild from scratch would, and the union holds exactly its parts."""
    assert not resolve.changes(store, MINTER, None)
    union = store.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    parts = store.count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    assert union == parts


def test_the_things_of_the_example_store():
    store = Store(None)
    fill(store)
    assert calls(store) == {DATED: {"a", "b", "c"}, OWN: {"d"}}
    assert store.count(f"SELECT (COUNT(?p) AS ?n) WHERE {{ ?p a <{KG.Official}> }}") == 3
    assert_exact(store)


@pytest.mark.parametrize("key", "abcd")
def test_a_drop_writes_the_things_of_the_store_without_the_article(key):
    store = Store(None)
    fill(store)
    assert store.drop_graph(MINTER.article(key))
    assert_exact(store)
    assert all(key not in articles for articles in calls(store).values())


def test_dropping_every_report_of_a_call_removes_the_call():
    store = Store(None)
    fill(store)
    store.drop_graph(MINTER.article("a"))
    assert calls(store)[DATED] == {"b", "c"}
    store.drop_graph(MINTER.article("b"))  # the undated report is a call of its own again
    assert DATED not in calls(store) and calls(store)[f"{BASE}id/call/c/1/lloyd-austin--sergei-shoigu"] == {"c"}
    store.drop_graph(MINTER.article("d"))
    assert store.count(f"SELECT (COUNT(?p) AS ?n) WHERE {{ ?p a <{KG.Official}> }}") == 2  # Healey is gone
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
from kg import loader
from kg.settings import Settings
from kg.store import Store

drop = Store.drop_graph
def drop_and_die(self, graph):
    drop(self, graph)
    os.kill(os.getpid(), signal.SIGKILL)  # nothing after the drop's own transaction runs
Store.drop_graph = drop_and_die
loader.drop_article(Store(sys.argv[1]), sys.argv[2], Settings(base_iri=sys.argv[3]))
"""


@pytest.mark.parametrize("key", ["a", "b", "c"])
def test_a_drop_killed_right_after_it_leaves_no_stale_thing(disk_store, key):
    process = subprocess.run([sys.executable, "-c", KILLED_DROP, disk_store, key, BASE], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert process.returncode == -signal.SIGKILL, process.stderr
    store = Store(disk_store)
    assert not store.has_graph(MINTER.article(key))
    assert_exact(store)


def test_a_rerun_of_drop_repairs_things_left_stale_by_an_interrupted_drop(disk_store):
    store = Store(disk_store)
    store._write(" ;\n".join(_removal(ox.NamedNode(MINTER.article("a")))))  # the graph, without its things
    store._write(" ;\n".join(_removal(ox.NamedNode(MINTER.article("b")))))
    assert resolve.changes(store, MINTER, None)  # stale: the dated call is still there
    store.close()

    result = subprocess.run([str(KG_COMMAND), "drop", MINTER.article("b"), "--store", disk_store], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "no article" in result.stderr
    assert "stale" in result.stderr and "repaired" in result.stderr
    assert "Traceback" not in result.stderr
    store = Store(disk_store)
    assert DATED not in calls(store)
    store.drop_graph(MINTER.article("a"))  # and the other one
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


def test_graph_store_protocol_writes_and_deletes_keep_the_things(live):
    url, store = live
    headers = {**AUTH, "Content-Type": "application/n-triples"}
    for graph, ntriples in articles().items():
        response = requests.put(url + "/store", params={"graph": graph}, data=ntriples.encode(), headers=headers,
                                timeout=30)
        assert response.status_code == 201, response.text
    assert calls(store) == {DATED: {"a", "b", "c"}, OWN: {"d"}}

    for key in "ab":
        response = requests.delete(url + "/store", params={"graph": MINTER.article(key)}, headers=AUTH, timeout=30)
        assert response.status_code == 204, response.text
        assert_exact(store)
    assert DATED not in calls(store)

    response = requests.post(url + "/store", params={"graph": MINTER.article("a")}, headers=headers,
                             data=articles()[MINTER.article("a")].encode(), timeout=30)
    assert response.status_code == 201, response.text
    assert calls(store)[DATED] == {"a", "c"}
    assert_exact(store)


def test_a_known_officials_name_is_the_spelling_most_reports_give():
    from collections import Counter
    from kg.things import known_name
    assert known_name("Volodymyr Zelenskyy", Counter({"Volodymyr Zelensky": 3, "Volodymyr Zelenskyy": 1})) == "Volodymyr Zelensky"
    assert known_name("Volodymyr Zelenskyy", Counter({"Volodymyr Zelensky": 2, "Volodymyr Zelenskyy": 2})) == "Volodymyr Zelenskyy"
    assert known_name("Lloyd Austin", Counter({"Austin": 4})) == "Lloyd Austin"  # no report names him in full
    assert known_name("Lloyd Austin", Counter({"Lloyd J. Austin III": 5, "Lloyd Austin": 1})) == "Lloyd Austin"
