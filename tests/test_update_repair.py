"""SPARQL Updates made only of INSERT DATA / DELETE DATA repair the union graph through the triples they name (not
a scan of the store), and the union stays exactly the set of the triples of all graphs."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import update_repair
from kg.store import _UNION_REPAIR, UNION_GRAPH, Store, _data_repair

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
    f"INSERT DATA {{ <{EX}a> {P} 1 }} ; CLEAR NAMED",
])
def test_updates_of_every_graph_take_the_full_repair_and_keep_the_union_exact(update):
    """CLEAR ALL / NAMED empty the union with every named graph: what is left (the default graph) is scanned."""
    assert _data_repair(update) is None and _UNION_REPAIR in update_repair.rewrite(update, UNION_GRAPH)
    store = fresh()
    store.update(update)
    assert union_is_exact(store)


G1, G2, G3, G4 = (f"<{EX}g{n}>" for n in range(1, 5))
PATTERN_UPDATES = [
    f"INSERT {{ GRAPH {G3} {{ <{EX}new> {P} 2 }} }} WHERE {{}}",
    f"INSERT {{ <{EX}a> {P} ?o }} WHERE {{ GRAPH ?g {{ ?s {P} ?o }} }}",
    f"DELETE WHERE {{ GRAPH {G1} {{ ?s ?p ?o }} }}",  # the shared triple stays: g2 holds it
    f"DELETE {{ GRAPH ?g {{ ?s {P} 1 }} }} WHERE {{ GRAPH ?g {{ ?s {P} 1 }} }}",  # the shared triple leaves
    f"WITH {G1} DELETE {{ ?s ?p ?o }} INSERT {{ ?s ?p \"changed\" }} WHERE {{ ?s ?p ?o }}",
    f"INSERT {{ GRAPH {G3} {{ ?s {P} [ {P} ?o ] }} }} WHERE {{ GRAPH {G1} {{ ?s {P} ?o }} }}",  # unlabelled blank node
    f"INSERT {{ GRAPH {G3} {{ _:x {P} ?o . ?s {P} _:x }} GRAPH {G4} {{ _:x a <{EX}C> }} }} "
    f"WHERE {{ GRAPH {G1} {{ ?s {P} ?o }} }}",
    f"INSERT {{ GRAPH {G3} {{ ?s {P} ?o }} }} WHERE {{ GRAPH {G1} {{ ?s {P} ?o }} }} ; DELETE WHERE {{ GRAPH {G3} {{ ?s {P} 1 }} }}",
    f"CLEAR GRAPH {G1} ; DROP GRAPH {G2}",  # the shared triple leaves
    f"DROP GRAPH {G1}",  # the shared triple stays
    f"INSERT DATA {{ <{EX}d> {P} 7 }} ; CLEAR DEFAULT",
    f"INSERT DATA {{ <{EX}d> {P} 7 . <{EX}a> {P} \"a\" }} ; DROP SILENT DEFAULT ; CLEAR SILENT GRAPH <{EX}absent>",
    f"ADD {G1} TO {G3} ; COPY {G2} TO {G1} ; MOVE GRAPH {G1} TO {G4}",
    f"COPY {G1} TO DEFAULT ; MOVE DEFAULT TO {G3} ; ADD {G2} TO DEFAULT",
    f"INSERT DATA {{ GRAPH {G3} {{ <{EX}l> {P} (1 2) }} }} ; DELETE DATA {{ GRAPH {G1} {{ {SHARED} }} }} ; "
    f"DELETE {{ GRAPH {G2} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {G2} {{ ?s ?p ?o }} }}",
    f"PREFIX e: <{EX}> BASE <{EX}> INSERT DATA {{ GRAPH e:g3 {{ e:x e:p _:b . _:b e:p 1 }} }} ; "
    f"DELETE {{ GRAPH <g1> {{ ?s e:p ?o }} }} USING <g1> WHERE {{ ?s e:p ?o FILTER(?o < 2 && STR(?o) != \"}}\") }}",
    f"CREATE GRAPH <{EX}g9> ; INSERT DATA {{ GRAPH <{EX}g9> {{ <{EX}a> {P} \"a\" }} }} ; DROP GRAPH {G1} ;",
]


def graphs_of(store: Store | ox.Store) -> dict[str, tuple[int, set]]:
    """Each graph but the union: how many triples, and those without blank nodes (blank node ids differ)."""
    oxigraph = store.oxigraph if isinstance(store, Store) else store
    graphs: dict[str, tuple[int, set]] = {}
    for quad in oxigraph:
        if quad.graph_name == ox.NamedNode(UNION_GRAPH):
            continue
        count, ground = graphs.get(str(quad.graph_name), (0, set()))
        if not isinstance(quad.subject, ox.BlankNode) and not isinstance(quad.object, ox.BlankNode):
            ground.add(quad.triple)
        graphs[str(quad.graph_name)] = (count + 1, ground)
    return graphs


@pytest.mark.parametrize("update", PATTERN_UPDATES)
def test_pattern_updates_keep_the_union_exact_and_their_own_meaning(update):
    store = fresh()
    bare = ox.Store()
    bare.extend(q for q in store.oxigraph)
    store.update(update)
    bare.update(update)
    assert union_is_exact(store)
    assert graphs_of(store) == graphs_of(bare)  # the rewrite changes nothing but the union
    assert not any(update_repair.SCRATCH in str(q) for q in store.oxigraph)


@pytest.mark.parametrize("update", PATTERN_UPDATES)
def test_pattern_updates_repair_only_what_they_touched(update):
    """A triple planted in the union that no graph holds stays there after an update that does not touch it: the
    repair did not scan the store (a full repair would remove it)."""
    store = fresh()
    planted = ox.Quad(ox.NamedNode(EX + "planted"), ox.NamedNode(EX + "p"), ox.Literal("x"), ox.NamedNode(UNION_GRAPH))
    store.oxigraph.add(planted)
    store.update(update)
    assert planted in store.oxigraph
    store.oxigraph.remove(planted)
    assert union_is_exact(store)


def test_a_pattern_update_does_not_see_the_scratch_graph():
    store = fresh()
    store.update(f"INSERT DATA {{ GRAPH {G3} {{ <{EX}x> {P} 5 }} }} ; "
                 f"INSERT {{ GRAPH {G4} {{ ?g {P} 0 }} }} WHERE {{ GRAPH ?g {{ ?s {P} 5 }} }}")
    seen = {q.subject.value for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(EX + "g4"))}
    assert seen == {EX + "g3", UNION_GRAPH}  # the union held the triple already: it was repaired before the WHERE
    assert union_is_exact(store)


def test_a_malformed_update_is_a_clean_error_and_changes_nothing():
    from kg.errors import QueryError

    store = fresh()
    before = set(store.oxigraph)
    with pytest.raises(QueryError, match="malformed update"):
        store.update(f"INSERT {{ GRAPH {G3} {{ ?s ?p }} }} WHERE {{ ?s ?p ?o }}")
    assert set(store.oxigraph) == before
