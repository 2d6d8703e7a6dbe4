"""The triple store: an embedded Oxigraph store (on disk, or in memory for tests).

Every read and write runs natively in Oxigraph: queries are plain strings with the union of all
graphs as the default graph, an article's graph is replaced in one transactional update.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import QueryError, StoreLockedError

RDF_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


class Store:
    """A kg store. `Store(None)` is in memory; `Store(path)` opens or creates an on-disk store."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else None
        self.write_lock = threading.Lock()
        try:
            self.oxigraph = ox.Store(str(self.path)) if self.path else ox.Store()
        except OSError as error:
            if "lock" in str(error).lower():
                raise StoreLockedError(
                    f"the store {self.path} is in use by another process (a running `kg serve`?). "
                    "Stop it, or send the articles through the server with `kg load --server URL`."
                ) from None
            raise

    # -- reading -----------------------------------------------------------------------------------
    def query(self, sparql: str, *, union: bool = True, **options) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query in Oxigraph; the default graph is the union of all graphs unless `union=False`."""
        if union and "default_graph" not in options:
            options["use_default_graph_as_union"] = True
        try:
            return self.oxigraph.query(sparql, **options)
        except SyntaxError as error:
            raise QueryError(f"malformed query: {error}") from None

    def select(self, sparql: str, **bindings: ox.NamedNode | ox.Literal) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]:
        """Rows of a SELECT as dicts; keyword arguments are bound to variables (never pasted into the text)."""
        substitutions = {ox.Variable(name): value for name, value in bindings.items()}
        solutions = self.query(sparql, substitutions=substitutions)
        names = [v.value for v in solutions.variables]
        return [{n: s[n] for n in names if s[n] is not None} for s in solutions]

    def count(self, sparql: str) -> int:
        rows = self.select(sparql)
        return int(next(iter(rows[0].values())).value) if rows and rows[0] else 0

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self.oxigraph.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return self.oxigraph.contains_named_graph(ox.NamedNode(graph))

    # -- writing -----------------------------------------------------------------------------------
    def replace_graph(self, graph: str, ntriples: str) -> None:
        """Replace a named graph by the given N-Triples in one transaction: readers see the old or the new graph."""
        target = ox.NamedNode(graph)
        with self.write_lock:
            self.oxigraph.update(f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{ntriples}\n}} }}")

    def replace_graphs(self, graphs: dict[str, str]) -> None:
        """Replace several named graphs in one transaction."""
        parts = []
        for graph, ntriples in graphs.items():
            target = ox.NamedNode(graph)
            parts.append(f"DROP SILENT GRAPH {target}")
            if ntriples.strip():
                parts.append(f"INSERT DATA {{ GRAPH {target} {{\n{ntriples}\n}} }}")
        if parts:
            with self.write_lock:
                self.oxigraph.update(" ;\n".join(parts))

    def drop_graph(self, graph: str) -> bool:
        target = ox.NamedNode(graph)
        if not self.oxigraph.contains_named_graph(target):
            return False
        with self.write_lock:
            self.oxigraph.update(f"DROP SILENT GRAPH {target}")
        return True

    def update(self, sparql: str) -> None:
        try:
            with self.write_lock:
                self.oxigraph.update(sparql)
        except SyntaxError as error:
            raise QueryError(f"malformed update: {error}") from None

    def load_rdf(self, data: bytes | str | IO[bytes], fmt: ox.RdfFormat, graph: str | None = None) -> None:
        with self.write_lock:
            self.oxigraph.load(data, fmt, to_graph=ox.NamedNode(graph) if graph else ox.DefaultGraph())

    # -- export ------------------------------------------------------------------------------------
    def dump(self, output: IO[bytes], fmt: str = "nquads") -> None:
        """Serialize the store; graph formats (Turtle, N-Triples, ...) get the union of all graphs."""
        rdf_format = RDF_FORMATS[fmt]
        if rdf_format.supports_datasets:
            self.oxigraph.dump(output, rdf_format)
        else:
            triples = self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
            ox.serialize(triples, output, rdf_format, prefixes=PREFIXES_FOR_DUMPS)

    def dataset(self) -> Dataset:
        """The same store as an rdflib Dataset (via oxrdflib), its default graph the union of all graphs."""
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self.oxigraph), default_union=True)

    def flush(self) -> None:
        if self.path:
            self.oxigraph.flush()

    def close(self) -> None:
        self.flush()
        del self.oxigraph


PREFIXES_FOR_DUMPS: dict[str, str] = {}


def open_store(path: str | Path | None) -> Store:
    return Store(path or None)


def chunks(items: Iterable[str], size: int) -> Iterable[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
