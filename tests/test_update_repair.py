"""SPARQL Updates made only of INSERT DATA / DELETE DATA repair the union graph through the triples they name (not
a scan of the store), and the union stays exactly the set of the triples of all graphs."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.store import UNION_GRAPH, Store, _data_repair

EX = "http://example.org/"
P = f"<{EX}p>"
SHARED = f"<{EX}s> {P} 1 ."


def fresh() -> Store:
    store = Store(None)
    store.replace_graph(EX + "g1", f"{SHARED}\n<{EX}a> {P} \"a\" .")
    store.replace_graph(EX + "g2", SHARED)
    return store


def union_is_exact(store: Store) -> bool:
    union = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(UNION_GRAPH))}
    parts = {q.triple for q in store.oxigraph if q.graph_name != ox.NamedNode(UNION_GRAPH)}
    return union == parts


UPDATES = [
    f"INSERT DATA {{ GRAPH <{EX}g3> {{ <{EX}new> {P} 2 }} }}",
    f"INSERT DATA {{ <{EX}in-default> {P} 3 }}",
    f"DELETE DATA {{ GRAPH <{EX}g1> {{ {SHARED} }} }}",  # g2 still holds it: it stays in the union
    f"DELETE DATA {{ GRAPH <{EX}g1> {{ {SHARED} }} }} ; DELETE DATA {{ GRAPH <{EX}g2> {{ {SHARED} }} }}",
    f"DELETE DATA {{ GRAPH <{EX}g1> {{ <{EX}a> {P} \"a\" }} }}",
    f"INSERT DATA {{ GRAPH <{EX}g3> {{ <{EX}t> {P} 4 }} }} ; DELETE DATA {{ GRAPH <{EX}g3> {{ <{EX}t> {P} 4 }} }}",
    f"PREFIX e: <{EX}> BASE <{EX}base/> INSERT DATA {{ e:x e:p \"}} ;\" . GRAPH <rel> {{ <y> a e:C ; e:p (1) }} }}",
    f"INSERT DATA {{ GRAPH <{EX}g1> {{ <{EX}a> {P} \"a\" }} GRAPH <{EX}g2> {{ <{EX}a> {P} \"a\" }} }}",
]


@pytest.mark.parametrize("update", UPDATES)
def test_data_updates_keep_the_union_exact(update):
    store = fresh()
    store.update(update)
    assert union_is_exact(store)


@pytest.mark.parametrize("update", [u for u in UPDATES if "(1)" not in u])  # a list makes blank nodes
def test_data_updates_repair_only_the_triples_they_name(update):
    assert _data_repair(update) is not None


@pytest.mark.parametrize("update", [
    "CLEAR ALL",
    f"INSERT {{ <{EX}a> {P} ?o }} WHERE {{ ?s {P} ?o }}",
    f"INSERT DATA {{ _:b {P} 1 }}",
    f"INSERT DATA {{ <{EX}a> {P} 1 }} ; CLEAR GRAPH <{EX}g1>",
])
def test_other_updates_take_the_full_repair_and_keep_the_union_exact(update):
    assert _data_repair(update) is None
    store = fresh()
    store.update(update)
    assert union_is_exact(store)
