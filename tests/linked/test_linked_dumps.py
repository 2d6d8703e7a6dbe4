"""Dumps: /dump.nq.gz and /dump.trig stream every article graph (never the internal union graph) and parse back
to the same quads."""
from __future__ import annotations

import gzip
import zlib

import pyoxigraph as ox

from kg.linked import dumps
from kg.store import UNION_GRAPH


def stored_quads(store) -> set[ox.Quad]:
    out = set()
    for graph in store.named_graphs():
        out.update(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
    return out


def test_nquads_dump_is_gzip_and_parses_back_to_the_same_quads(client, linked_store):
    response = client.get("/dump.nq.gz")
    assert response.status_code == 200
    assert response.is_streamed
    assert response.mimetype == "application/gzip"
    assert response.headers["Content-Disposition"] == 'attachment; filename="kg.nq.gz"'
    quads = set(ox.parse(gzip.decompress(response.data), format=ox.RdfFormat.N_QUADS))
    assert quads == stored_quads(linked_store)
    graphs = {q.graph_name.value for q in quads}
    assert UNION_GRAPH not in graphs
    assert "http://kg.test/article/hostile-article" in graphs and len(graphs) == len(linked_store.named_graphs())


def test_trig_dump_parses_back_to_the_same_quads(client, linked_store):
    response = client.get("/dump.trig")
    assert response.status_code == 200 and response.is_streamed
    assert response.mimetype == "application/trig"
    assert set(ox.parse(response.data, format=ox.RdfFormat.TRIG)) == stored_quads(linked_store)


def test_dumps_are_made_batch_by_batch(linked_store):
    """Small batches: many chunks, each a complete document, whose concatenation is the whole dataset."""
    for fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        chunks = list(dumps.serialized(linked_store, fmt, batch=50))
        assert len(chunks) > 10
        assert set(ox.parse(b"".join(chunks), format=fmt)) == stored_quads(linked_store)
    compressed = list(dumps.gzipped(iter([b"a" * 100_000, b"b" * 100_000]), level=1))
    assert zlib.decompress(b"".join(compressed), wbits=31) == b"a" * 100_000 + b"b" * 100_000


def test_default_graph_triples_are_dumped_too():
    from kg.store import Store

    store = Store()
    store.replace_graph("http://x.test/g", "<http://x.test/s> <http://x.test/p> <http://x.test/o> .")
    store.update("INSERT DATA { <http://x.test/d> <http://x.test/p> 1 }")
    quads = set(ox.parse(b"".join(dumps.serialized(store, ox.RdfFormat.N_QUADS)), format=ox.RdfFormat.N_QUADS))
    assert {q.graph_name for q in quads} == {ox.NamedNode("http://x.test/g"), ox.DefaultGraph()}
