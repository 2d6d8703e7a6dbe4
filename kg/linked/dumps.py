"""Dumps of the whole dataset, streamed: /dump.nq.gz (gzip-compressed N-Quads) and /dump.trig.

Every named graph (one per article, the ontology, the resolution links) and the default graph, never the
store's internal union graph; quads are read graph by graph, serialized a batch at a time and, for the
N-Quads dump, compressed as they go (zlib with gzip framing), so memory use does not grow with the store."""
from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

import flask
import pyoxigraph as ox

from kg.linked.blueprint import blueprint, current
from kg.store import Store

BATCH = 5000


def quads(store: Store) -> Iterator[ox.Quad]:
    """Every quad of every named graph (not the union graph), then those of the default graph."""
    oxigraph = getattr(store, "oxigraph", None)
    if oxigraph is None:  # a remote store (kg.remote.RemoteStore): one graph at a time over the protocol
        yield from _remote_quads(store)
        return
    for graph in store.named_graphs():
        yield from oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    yield from oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())


def _remote_quads(store) -> Iterator[ox.Quad]:
    for graph in store.named_graphs():
        name = ox.NamedNode(graph)  # a graph name the store itself listed, written by pyoxigraph
        for triple in store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}", union=False):
            yield ox.Quad(triple.subject, triple.predicate, triple.object, name)


def serialized(store: Store, fmt: ox.RdfFormat, batch: int = BATCH) -> Iterator[bytes]:
    """The dataset in N-Quads or TriG, one serialized batch of quads at a time (each batch a complete
    document, so their concatenation is one document: no prefixes are declared)."""
    pending: list[ox.Quad] = []
    for quad in quads(store):
        pending.append(quad)
        if len(pending) >= batch:
            yield ox.serialize(pending, format=fmt)
            pending = []
    if pending:
        yield ox.serialize(pending, format=fmt)


def gzipped(chunks: Iterable[bytes], level: int = 6) -> Iterator[bytes]:
    compressor = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip header and trailer
    for chunk in chunks:
        compressed = compressor.compress(chunk)
        if compressed:
            yield compressed
    yield compressor.flush()


def _attachment(body: Iterator[bytes], mimetype: str, filename: str) -> flask.Response:
    response = flask.Response(flask.stream_with_context(body), mimetype=mimetype, direct_passthrough=True)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@blueprint.get("/dump.nq.gz")
def dump_nquads() -> flask.Response:
    return _attachment(gzipped(serialized(current().store, ox.RdfFormat.N_QUADS)), "application/gzip", "kg.nq.gz")


@blueprint.get("/dump.trig")
def dump_trig() -> flask.Response:
    response = _attachment(serialized(current().store, ox.RdfFormat.TRIG), "application/trig", "kg.trig")
    response.headers["Content-Type"] = "application/trig; charset=utf-8"
    return response
