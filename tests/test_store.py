"""The store: one named graph per article, replaced atomically; queries see the union as a set.
The same tests run against the embedded store and against Oxigraph's server used as a remote store."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.store import Store

A = "<http://x.test/s> <http://x.test/p> <http://x.test/o> .\n"
B = "<http://x.test/s> <http://x.test/p> <http://x.test/other> .\n"


def count(store, pattern: str = "?s ?p ?o") -> int:
    return store.count(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")


def test_a_triple_in_two_articles_is_seen_once_in_the_union(any_store):
    any_store.replace_graph("http://x.test/a1", A)
    any_store.replace_graph("http://x.test/a2", A + B)
    assert count(any_store) == 2
    assert count(any_store, "GRAPH ?g { ?s ?p ?o }") == 3
    assert any_store.named_graphs() == ["http://x.test/a1", "http://x.test/a2"]


def test_replacing_and_dropping_keep_the_union_exact(any_store):
    any_store.replace_graph("http://x.test/a1", A + B)
    any_store.replace_graph("http://x.test/a2", A)
    any_store.replace_graph("http://x.test/a1", A)
    assert count(any_store) == 1
    assert any_store.drop_graph("http://x.test/a2")
    assert count(any_store) == 1
    assert any_store.drop_graph("http://x.test/a1")
    assert count(any_store) == 0
    assert any_store.named_graphs() == []
    assert not any_store.drop_graph("http://x.test/a1")


def test_a_failed_replacement_leaves_the_old_graph(any_store):
    any_store.replace_graph("http://x.test/a1", A)
    with pytest.raises((SyntaxError, QueryError)):
        any_store.replace_graph("http://x.test/a1", "<http://x.test/s> <broken")
    assert count(any_store, "GRAPH <http://x.test/a1> { ?s ?p ?o }") == 1
    assert count(any_store) == 1


def test_user_updates_keep_the_union_in_step(any_store):
    any_store.update("INSERT DATA { GRAPH <http://x.test/g> { <http://x.test/s> <http://x.test/p> 1 } }")
    assert count(any_store) == 1
    any_store.update("DROP GRAPH <http://x.test/g>")
    assert count(any_store) == 0


def test_malformed_query_is_a_query_error(any_store):
    with pytest.raises(QueryError, match="malformed"):
        any_store.query("SELEC ?x WHERE {")


def test_bound_values_are_never_pasted_into_the_query(any_store):
    any_store.replace_graph("http://x.test/a1", '<http://x.test/s> <http://x.test/p> "x" .\n')
    hostile = ox.Literal('x" } ; DROP ALL ; SELECT * WHERE { "')
    assert any_store.select("SELECT ?s ?v WHERE { ?s ?p ?v }", v=hostile) == []
    assert [r["s"].value for r in any_store.select("SELECT ?s ?v WHERE { ?s ?p ?v }", v=ox.Literal("x"))] == ["http://x.test/s"]
    assert count(any_store) == 1


def test_rdf_documents_load_into_their_own_graph(any_store):
    any_store.load_rdf(b"@prefix ex: <http://x.test/> . ex:a ex:b ex:c , ex:d .", ox.RdfFormat.TURTLE, "http://x.test/import")
    assert count(any_store, "GRAPH <http://x.test/import> { ?s ?p ?o }") == 2


def test_on_disk_store_persists(tmp_path):
    store = Store(tmp_path / "s")
    store.replace_graph("http://x.test/a1", A)
    store.close()
    assert count(Store(tmp_path / "s")) == 1


def test_blank_nodes_load_and_stay_in_the_union(any_store):
    any_store.replace_graph("http://x.test/b", '_:b1 <http://x.test/p> "v" .\n<http://x.test/s> <http://x.test/q> _:b1 .\n')
    assert count(any_store) == 2
    assert count(any_store, "<http://x.test/s> <http://x.test/q> ?b . ?b <http://x.test/p> ?v") == 1


def test_a_one_line_query_with_from_keeps_its_dataset(any_store):
    any_store.replace_graph("http://x.test/a1", A)
    any_store.replace_graph("http://x.test/a2", B)
    assert count(any_store, "GRAPH ?g { ?s ?p ?o }") == 2
    rows = any_store.select("SELECT ?o FROM <http://x.test/a2> WHERE { ?s ?p ?o }")
    assert [r["o"].value for r in rows] == ["http://x.test/other"]


def test_new_and_replaced_graphs_in_one_batch_keep_the_union_exact(any_store):
    shared = "<http://x.test/s> <http://x.test/p> <http://x.test/shared> .\n"
    any_store.replace_graphs({f"http://x.test/n{i}": shared + f"<http://x.test/s> <http://x.test/p> \"{i}\" .\n"
                              for i in range(5)})
    assert count(any_store) == 6
    assert count(any_store, "GRAPH ?g { ?s ?p ?o }") == 10
    # n0 is replaced (no longer shares), n5 is new, in the same call
    any_store.replace_graphs({"http://x.test/n0": "<http://x.test/s> <http://x.test/p> \"0\" .\n",
                              "http://x.test/n5": shared + "<http://x.test/s> <http://x.test/p> \"5\" .\n"})
    assert count(any_store) == 7
    for i in range(1, 6):
        any_store.drop_graph(f"http://x.test/n{i}")
    assert count(any_store) == 1
    assert count(any_store, "?s ?p <http://x.test/shared>") == 0


def test_a_malformed_graph_in_a_batch_of_new_graphs_writes_none_of_them(any_store):
    with pytest.raises((SyntaxError, QueryError)):
        any_store.replace_graphs({"http://x.test/good": A, "http://x.test/bad": "<http://x.test/s> <broken .\n"})
    assert count(any_store) == 0
    assert count(any_store, "GRAPH ?g { ?s ?p ?o }") == 0


def test_n_triples_with_comments_and_no_final_newline_load(any_store):
    any_store.replace_graph("http://x.test/c", "# a comment\n\n<http://x.test/s> <http://x.test/p> \"a . b\".\n"
                                                "<http://x.test/s> <http://x.test/p> <http://x.test/o> .")
    assert count(any_store, "GRAPH <http://x.test/c> { ?s ?p ?o }") == 2
    assert count(any_store, '?s ?p "a . b"') == 1


@pytest.mark.parametrize("atomic", [True, False])
def test_rebuilding_the_union_adds_missing_and_removes_stale_triples(tmp_path, atomic):
    store = Store(tmp_path / "s")
    store.replace_graphs({"http://x.test/a1": A, "http://x.test/a2": A + B,
                          "http://x.test/b": '_:x <http://x.test/p> "v" .\n<http://x.test/s> <http://x.test/q> _:x .\n'})
    union = ox.NamedNode("urn:x-kg:graph:union")
    expected = sorted(str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, union))
    store.oxigraph.remove(next(iter(store.oxigraph.quads_for_pattern(None, None, None, union))))
    store.oxigraph.add(ox.Quad(ox.NamedNode("http://x.test/stale"), ox.NamedNode("http://x.test/p"), ox.Literal("1"), union))
    store.rebuild_union(atomic=atomic)
    assert sorted(str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, union)) == expected
    assert count(store) == 4


def test_user_updates_repair_only_what_they_change_in_the_union(any_store):
    any_store.replace_graph("http://x.test/a1", A)
    any_store.replace_graph("http://x.test/a2", A + B)
    any_store.update("DELETE DATA { GRAPH <http://x.test/a2> { <http://x.test/s> <http://x.test/p> <http://x.test/o> } } ;")
    assert count(any_store) == 2  # a1 still holds it
    any_store.update("DROP GRAPH <http://x.test/a1> # the last holder\n")
    assert count(any_store) == 1
    any_store.update("INSERT DATA { <http://x.test/d> <http://x.test/p> <http://x.test/o> }")
    assert count(any_store, "<http://x.test/d> ?p ?o") == 1


def test_turtle_style_abbreviations_in_a_new_graph_still_load(any_store):
    any_store.replace_graph("http://x.test/t", '<http://x.test/s> <http://x.test/p> "a" ;\n  <http://x.test/q> "b" , "c" .\n')
    assert count(any_store, "GRAPH <http://x.test/t> { ?s ?p ?o }") == 3
    assert count(any_store) == 3
