"""The triple store: an embedded Oxigraph store (on disk, or in memory for tests).

Every read and write runs natively in Oxigraph. Queries see, as their default graph, the union of all
graphs. Oxigraph's own union mode keeps a triple once per graph that holds it (a bag, so joins over
entities named by many articles multiply), so the union is kept as a set in a graph of its own
(UNION_GRAPH), updated in the same transaction as every write.
"""
from __future__ import annotations

import contextlib
import re
import threading
from pathlib import Path
from collections.abc import Iterable, Iterator
from typing import IO

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from kg.errors import KGError, NoStoreError, QueryError, StoreBusyError, StoreLockedError
from kg.vocab import PREFIXES

UNION_GRAPH = "urn:x-kg:graph:union"
_UNION = ox.NamedNode(UNION_GRAPH)
GRAPH_KEYWORD = re.compile(r"\bGRAPH\b", re.IGNORECASE)
BULK_LOAD_MIN_TRIPLES = 5_000
DEFAULT_WRITE_TIMEOUT = 60.0  # seconds (KG_WRITE_TIMEOUT)
DATASET_CLAUSE = re.compile(r"\bFROM\s+(NAMED\s+)?<", re.IGNORECASE)

RDF_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


class GraphStore:
    """What the embedded and the remote store share: writes expressed as SPARQL Updates that keep the union
    graph exact, and reads through `query`. Subclasses provide `query`, `has_graph` and `_write`."""

    def select(self, sparql: str, **bindings: ox.NamedNode | ox.Literal) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]:
        """Rows of a SELECT as dicts; keyword arguments are bound to variables (never pasted into the text)."""
        substitutions = {ox.Variable(name): value for name, value in bindings.items()}
        solutions = self.query(sparql, substitutions=substitutions)
        names = [v.value for v in solutions.variables]
        return [{n: s[n] for n in names if s[n] is not None} for s in solutions]

    def count(self, sparql: str) -> int:
        rows = self.select(sparql)
        return int(next(iter(rows[0].values())).value) if rows and rows[0] else 0

    def replace_graph(self, graph: str, ntriples: str) -> None:
        """Replace a named graph by the given N-Triples in one transaction: readers see the old or the new graph."""
        self.replace_graphs({graph: ntriples})

    def replace_graphs(self, graphs: dict[str, str]) -> None:
        """Replace several named graphs (and their share of the union). Each graph is replaced atomically:
        readers see it old or new. Graphs new to the store are written together in one atomic step, without
        the union bookkeeping a replacement needs."""
        existing = self.existing_graphs(graphs)
        new = {g: nt for g, nt in graphs.items() if g not in existing and nt.strip() and "_:" not in nt}
        parts = []
        for graph, ntriples in graphs.items():
            if graph in new:
                continue
            if graph in existing:
                parts += _removal(ox.NamedNode(graph))
            if ntriples.strip():
                parts += _insertion(ox.NamedNode(graph), ntriples)
        if parts:
            self._write(" ;\n".join(parts))
        if new:
            self._insert_new(new)

    def existing_graphs(self, graphs: Iterable[str]) -> set[str]:
        return {g for g in graphs if self.has_graph(g)}

    def _insert_new(self, graphs: dict[str, str]) -> None:
        """Write graphs that the store does not hold yet, and copy them into the union, in one request."""
        self._write(" ;\n".join(op for graph, ntriples in graphs.items()
                                 for op in _insertion(ox.NamedNode(graph), ntriples)))

    def add_to_graph(self, graph: str, ntriples: str) -> None:
        """Add triples to a named graph (and the union) in one transaction."""
        if ntriples.strip():
            self._write(" ;\n".join(_insertion(ox.NamedNode(graph), ntriples)))

    def drop_graph(self, graph: str) -> bool:
        """Drop a named graph and its share of the union; False if the store has no such graph. Dropping an
        article graph changes the things of the resolution graph (kg.resolve) in the same transaction, so no thing
        and no report link of the dropped article outlives it; dropping an absent article graph still repairs a
        stale resolution graph."""
        from kg import resolve  # resolve reads the store: imported here, not at the top

        with self.exclusive():  # nothing may change between reading the reports and writing the things
            present = self.has_graph(graph)
            parts = _removal(ox.NamedNode(graph)) if present else []
            parts += resolve.after_drop(self, graph)
            if parts:
                self._write(" ;\n".join(parts))
        return present

    def change_graphs(self, changes: dict[str, tuple[Iterable[ox.Triple], Iterable[ox.Triple]]]) -> None:
        """Take triples out of named graphs and put others in ({graph: (removed, added)}), and keep the union exact,
        in one transaction."""
        parts = diff_operations(changes)
        if parts:
            self._write(" ;\n".join(parts))

    def exclusive(self) -> contextlib.AbstractContextManager:
        """Held around a read-then-write that no other write of this process may interleave with."""
        return contextlib.nullcontext()

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update from a user and repair the union graph, in one request (one transaction), through what
        the update touched: an update made only of INSERT DATA / DELETE DATA repairs just the triples it names; any
        other, the triples each of its operations may have written or removed (kg.update_repair). Only an update
        that update_repair cannot read (CLEAR ALL / NAMED, ...) repairs the union by a scan of the store."""
        from kg import update_repair

        operations = sparql.rstrip().rstrip(";").rstrip()
        if not operations:
            return
        repair = _data_repair(operations)
        if repair:
            self._write(f"{operations}\n;\n{repair}")
            return
        rewritten = update_repair.rewrite(operations, UNION_GRAPH)
        if rewritten is not None:
            try:
                self._write(rewritten)
                return
            except QueryError:  # nothing ran; the text as sent gives the error, pointing into the user's own text
                pass
        self._write(f"{operations}\n;\n{_UNION_REPAIR}")

    def rebuild_union(self, *, atomic: bool = True) -> None:
        """Recompute the union graph from every other graph. `atomic=False` allows a faster rebuild that
        readers may see half done (for `kg rebuild`, offline)."""
        self._write(_UNION_REPAIR)

    def load_rdf(self, data: bytes | str | IO[bytes], fmt: ox.RdfFormat, graph: str) -> None:
        """Add an RDF document to a named graph (replacing it)."""
        triples = (q.triple if isinstance(q, ox.Quad) else q for q in ox.parse(data, fmt))
        self.replace_graph(graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode())

    def query(self, sparql: str, *, union: bool = True, **options):
        raise NotImplementedError

    def has_graph(self, graph: str) -> bool:
        raise NotImplementedError

    def _write(self, update: str) -> None:
        raise NotImplementedError


class Store(GraphStore):
    """A kg store. `Store(None)` is in memory; `Store(path)` opens or creates an on-disk store."""

    def __init__(self, path: str | Path | None = None, write_timeout: float = DEFAULT_WRITE_TIMEOUT, *,
                 read_only: bool = False) -> None:
        """`read_only`: open an existing on-disk store for reading only (NoStoreError when `path` holds none). It takes
        no lock, so it works beside a process that holds the store (a running `kg serve`), and sees the store as it
        was when it was opened."""
        self.path = Path(path) if path else None
        self.read_only = read_only and self.path is not None
        self.write_lock = threading.RLock()
        self.write_timeout = write_timeout
        self._graphs: list[ox.NamedNode] | None = None
        self._generation = 0
        try:
            if self.read_only:
                self.oxigraph = ox.Store.read_only(str(self.path))
            else:
                self.oxigraph = ox.Store(str(self.path)) if self.path else ox.Store()
        except OSError as error:
            if "permission denied" in str(error).lower():
                raise KGError(f"cannot open the store {self.path}: {error} (are the folder and its files writable "
                              "by this user?)") from None
            if "lock" in str(error).lower():
                raise StoreLockedError(f"the store {self.path} is in use by another process (a running `kg serve`?)",
                                       str(self.path)) from None
            if self.read_only and isinstance(error, FileNotFoundError):
                if not self.path.exists():
                    raise NoStoreError(f"there is no store at {self.path}: load articles into it first "
                                       f"(kg load PATH --store {self.path}), or give the folder of an existing one "
                                       "with --store DIR") from None
                raise NoStoreError(f"{self.path} holds no kg store (no Oxigraph database in it); give the folder "
                                   "of an existing one with --store DIR") from None
            raise

    # -- reading -----------------------------------------------------------------------------------
    def query(self, sparql: str, *, union: bool = True, **options) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query in Oxigraph. The default graph is the union of all graphs (as a set) unless the
        query names its own dataset (FROM / FROM NAMED), the caller passes one, or `union=False`."""
        explicit = "default_graph" in options or "named_graphs" in options or DATASET_CLAUSE.search(sparql)
        if union and not explicit:
            options["default_graph"] = _UNION
            if GRAPH_KEYWORD.search(sparql):  # listing every graph costs per query: only when GRAPH can see them
                options["named_graphs"] = self._visible_graphs()
        try:
            return self.oxigraph.query(sparql, **options)
        except SyntaxError as error:
            raise QueryError(f"malformed query: {error}") from None

    def _visible_graphs(self) -> list[ox.NamedNode]:
        graphs, generation = self._graphs, self._generation
        if graphs is None:
            graphs = [g for g in self.oxigraph.named_graphs() if g != _UNION]
            if generation == self._generation:  # no write since the list was read: it may be kept
                self._graphs = graphs
        return graphs

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._visible_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return self.oxigraph.contains_named_graph(ox.NamedNode(graph))

    def exclusive(self) -> contextlib.AbstractContextManager:
        return self._locked()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """The write lock, or StoreBusyError once another write has held it for `write_timeout` seconds."""
        if not self.write_lock.acquire(timeout=self.write_timeout):
            raise StoreBusyError(f"the store has been busy with another write for {self.write_timeout:g} s "
                                 "(KG_WRITE_TIMEOUT); retry when it is done")
        try:
            yield
        finally:
            self.write_lock.release()

    def _write(self, update: str) -> None:
        with self._locked():
            try:
                self.oxigraph.update(update)
            except SyntaxError as error:
                raise QueryError(f"malformed update: {error}") from None
            finally:
                self._generation += 1
                self._graphs = None

    def _insert_new(self, graphs: dict[str, str]) -> None:
        """As N-Quads through Oxigraph's loaders. Large batches on disk take its bulk loader, which writes
        sorted files and adds them to the database all at once (about 3x faster than a transaction); small
        writes and in-memory stores take one transaction, so that small writes do not pile up tiny files."""
        union = f" {_UNION} .\n"
        chunks, union_lines = [], {}
        for graph, lines in _statements(graphs):
            suffix = f" {ox.NamedNode(graph)} .\n"
            chunks.append(suffix.join(lines) + suffix if lines else "")
            union_lines.update(dict.fromkeys(lines))
        chunks.append(union.join(union_lines) + union if union_lines else "")
        data = "".join(chunks).encode("utf-8")
        with self._locked():
            try:
                if self.path and len(union_lines) >= BULK_LOAD_MIN_TRIPLES:
                    self.oxigraph.bulk_load(data, format=ox.RdfFormat.N_QUADS)
                else:
                    self.oxigraph.load(data, format=ox.RdfFormat.N_QUADS)
            except SyntaxError:
                failed = True
            else:
                failed = False
            finally:
                self._generation += 1
                self._graphs = None
        if failed:  # not line-based N-Triples (Turtle-style abbreviations, say): the SPARQL path parses it or says why
            super()._insert_new(graphs)

    def rebuild_union(self, *, atomic: bool = True) -> None:
        if atomic or not self.path:
            super().rebuild_union()
            return
        # missing triples streamed through the bulk loader: one SPARQL Update over millions of triples holds
        # them all in memory
        with self._locked():
            try:
                was_empty = next(self.oxigraph.quads_for_pattern(None, None, None, _UNION), None) is None
                self.oxigraph.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, _UNION)
                                          for q in self.oxigraph if q.graph_name != _UNION)
            finally:
                self._generation += 1
                self._graphs = None
        if not was_empty:  # e.g. after shards were bulk-loaded into an empty store, nothing can be stale
            self._write(_UNION_STALE_DELETE)

    # -- export ------------------------------------------------------------------------------------
    def dump(self, output: IO[bytes], fmt: str = "nquads") -> None:
        """Serialize the store; graph formats (Turtle, N-Triples, ...) get the union of all graphs."""
        rdf_format = RDF_FORMATS[fmt]
        if rdf_format.supports_datasets:
            quads = (q for g in self._visible_graphs() for q in self.oxigraph.quads_for_pattern(None, None, None, g))
            ox.serialize(quads, output, rdf_format)
        else:
            triples = self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
            ox.serialize(triples, output, rdf_format, prefixes=PREFIXES if rdf_format == ox.RdfFormat.TURTLE else None)

    def dataset(self) -> Dataset:
        """The same store as an rdflib Dataset (via oxrdflib): one named graph per article."""
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self.oxigraph))

    def graph(self) -> Graph:
        """The union of all graphs (each triple once) as an rdflib Graph; its queries run in Oxigraph."""
        from oxrdflib import OxigraphStore

        return Graph(store=OxigraphStore(store=self.oxigraph), identifier=URIRef(UNION_GRAPH))

    def flush(self) -> None:
        if self.path and not self.read_only:
            self.oxigraph.flush()

    def close(self) -> None:
        self.flush()
        del self.oxigraph


# only the difference is written: a full rebuild rewrites every triple (minutes and GBs at 1M triples)
_UNION_STALE_DELETE = (
    f"DELETE {{ GRAPH {_UNION} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {_UNION} {{ ?s ?p ?o }}"
    f" FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {_UNION}) }} FILTER NOT EXISTS {{ ?s ?p ?o }} }}")
_UNION_MISSING_INSERT = (
    f"INSERT {{ GRAPH {_UNION} {{ ?s ?p ?o }} }} WHERE {{ {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {_UNION}) }}"
    f" UNION {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH {_UNION} {{ ?s ?p ?o }} }} }}")
_UNION_REPAIR = f"{_UNION_STALE_DELETE} ;\n{_UNION_MISSING_INSERT}"


def _data_repair(update: str) -> str | None:
    """The union repair of an update made only of INSERT DATA / DELETE DATA operations: for each triple they name,
    in the union if and only if some graph holds it. None for any other update, or data with blank nodes (each
    INSERT DATA makes them new, so the union's copy could not name them) or that does not read as TriG."""
    data = _data_blocks(update)
    if not data:
        return None
    try:
        quads = list(ox.parse(data, format=ox.RdfFormat.TRIG))
    except (SyntaxError, ValueError):
        return None
    terms = [(q.subject, q.predicate, q.object) for q in quads]
    if not terms or any(isinstance(t, (ox.BlankNode, ox.Triple)) for triple in terms for t in triple):
        return None
    return " ;\n".join(_union_repair(terms))


def _union_repair(terms: Iterable[tuple]) -> list[str]:
    """Update operations that put each (s, p, o) into the union if and only if some graph holds it."""
    values = "VALUES (?s ?p ?o) { " + " ".join(f"({s} {p} {o})" for s, p, o in dict.fromkeys(terms)) + " }"
    return [f"DELETE {{ GRAPH {_UNION} {{ ?s ?p ?o }} }} WHERE {{ {values} GRAPH {_UNION} {{ ?s ?p ?o }}"
            f" FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {_UNION}) }} FILTER NOT EXISTS {{ ?s ?p ?o }} }}",
            f"INSERT {{ GRAPH {_UNION} {{ ?s ?p ?o }} }} WHERE {{ {values}"
            f" {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {_UNION}) }} UNION {{ ?s ?p ?o }} }}"]


def diff_operations(changes: dict[str, tuple[Iterable[ox.Triple], Iterable[ox.Triple]]]) -> list[str]:
    """Update operations that take triples out of named graphs and put others in ({graph: (removed, added)}), and
    keep the union exact for just those triples (no blank nodes): an added triple goes into it, a removed one
    leaves it unless another graph still holds it. Empty when there is nothing to change."""
    parts, removed_all, added_all = [], [], []
    for graph, (removed, added) in changes.items():
        removed, added = list(dict.fromkeys(removed)), list(dict.fromkeys(added))
        node = ox.NamedNode(graph)
        if removed:
            parts.append(f"DELETE DATA {{ GRAPH {node} {{\n{_ntriples(removed)}\n}} }}")
        if added:
            parts.append(f"INSERT DATA {{ GRAPH {node} {{\n{_ntriples(added)}\n}} }}")
        removed_all += removed
        added_all += added
    if added_all:
        parts.append(f"INSERT DATA {{ GRAPH {_UNION} {{\n{_ntriples(list(dict.fromkeys(added_all)))}\n}} }}")
    if removed_all:
        parts.append(_union_repair((t.subject, t.predicate, t.object) for t in removed_all)[0])
    return parts


def _ntriples(triples: list[ox.Triple]) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _data_blocks(update: str) -> str | None:
    """The prologue and the data of every INSERT DATA / DELETE DATA of `update` as one TriG text; None when the
    update holds any other operation."""
    from kg.web.scan import tokens  # the SPARQL lexer of the endpoint (strings and IRIs as whole tokens)

    toks = tokens(update)
    parts: list[str] = []
    at = 0
    while at < len(toks):
        keyword = toks[at].keyword
        if keyword in ("PREFIX", "BASE"):
            width = 3 if keyword == "PREFIX" else 2
            parts.append(update[toks[at].start:toks[min(at + width, len(toks)) - 1].end])
            at += width
            continue
        if keyword not in ("INSERT", "DELETE") or at + 2 >= len(toks) or toks[at + 1].keyword != "DATA" \
                or toks[at + 2].text != "{":
            return None
        depth, end = 0, at + 2
        for end in range(at + 2, len(toks)):
            depth += {"{": 1, "}": -1}.get(toks[end].text, 0)
            if depth == 0:
                break
        if depth:
            return None
        closed = toks[end - 1].text in ("{", "}", ".")  # TriG, unlike SPARQL, ends a last triple with a dot
        parts.append(update[toks[at + 2].end:toks[end].start] + ("" if closed else " ."))
        at = end + 1 + (end + 1 < len(toks) and toks[end + 1].text == ";")
    return "\n".join(parts)


def _statements(graphs: dict[str, str]) -> Iterator[tuple[str, list[str]]]:
    """Each graph's N-Triples statements without their final dot (comments and blank lines left out)."""
    for graph, ntriples in graphs.items():
        lines = []
        for line in ntriples.splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                lines.append(line[:-1].rstrip() if line.endswith(".") else line)
        yield graph, lines


def _removal(graph: ox.NamedNode) -> list[str]:
    """Update operations that drop a graph and the triples of the union that no other graph holds."""
    return [
        f"DELETE {{ GRAPH {_UNION} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }}"
        f" FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph} && ?other != {_UNION}) }}"
        f" FILTER NOT EXISTS {{ ?s ?p ?o }} }}",
        f"DROP SILENT GRAPH {graph}",
    ]


def _insertion(graph: ox.NamedNode, ntriples: str) -> list[str]:
    """Update operations that fill a graph and copy it into the union (blank nodes included)."""
    return [
        f"INSERT DATA {{ GRAPH {graph} {{\n{ntriples}\n}} }}",
        f"INSERT {{ GRAPH {_UNION} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}",
    ]


def open_store(path: str | Path | None) -> Store:
    return Store(path or None)
