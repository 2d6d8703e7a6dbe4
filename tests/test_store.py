"""The store: one named graph per article, replaced atomically; queries see the union as a set."""
from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.store import Store

A = "<http://x.test/s> <http://x.test/p> <http://x.test/o> .\n"
B = "<http://x.test/s> <http://x.test/p> <http://x.test/other> .\n"


def count(store: Store, pattern: str = "?s ?p ?o") -> int:
    return store.count(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")


def test_a_triple_in_two_articles_is_seen_once_in_the_union():
    store = Store()
    store.replace_graph("http://x.test/a1", A)
    store.replace_graph("http://x.test/a2", A + B)
    assert count(store) == 2
    assert count(store, "GRAPH ?g { ?s ?p ?o }") == 3


def test_replacing_and_dropping_keep_the_union_exact():
    store = Store()
    store.replace_graph("http://x.test/a1", A + B)
    store.replace_graph("http://x.test/a2", A)
    store.replace_graph("http://x.test/a1", A)
    assert count(store) == 1
    store.drop_graph("http://x.test/a2")
    assert count(store) == 1
    store.drop_graph("http://x.test/a1")
    assert count(store) == 0
    assert store.named_graphs() == []


def test_a_failed_replacement_leaves_the_old_graph():
    store = Store()
    store.replace_graph("http://x.test/a1", A)
    with pytest.raises(SyntaxError):
        store.replace_graph("http://x.test/a1", "<http://x.test/s> <broken")
    assert count(store, "GRAPH <http://x.test/a1> { ?s ?p ?o }") == 1
    assert count(store) == 1


def test_user_updates_keep_the_union_in_step():
    store = Store()
    store.update("INSERT DATA { GRAPH <http://x.test/g> { <http://x.test/s> <http://x.test/p> 1 } }")
    assert count(store) == 1
    store.update("DROP GRAPH <http://x.test/g>")
    assert count(store) == 0


def test_malformed_query_is_a_query_error():
    with pytest.raises(QueryError, match="malformed query"):
        Store().query("SELEC ?x WHERE {")


def test_on_disk_store_persists(tmp_path):
    store = Store(tmp_path / "s")
    store.replace_graph("http://x.test/a1", A)
    store.close()
    assert count(Store(tmp_path / "s")) == 1


def test_bound_values_are_never_pasted_into_the_query():
    store = Store()
    store.replace_graph("http://x.test/a1", '<http://x.test/s> <http://x.test/p> "x" .\n')
    import pyoxigraph as ox

    hostile = ox.Literal('x" } ; DROP ALL ; SELECT * WHERE { "')
    assert store.select('SELECT ?s ?v WHERE { ?s ?p ?v }', v=hostile) == []
    assert count(store) == 1
