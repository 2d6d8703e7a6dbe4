"""The Python API for notebooks and scripts: open a store, load articles, run a query."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg import queries
from kg.loader import LoadReport, load_paths
from kg.settings import Settings
from kg.store import Store


def open_store(path: str | Path | None = None) -> Store:
    """An on-disk store at `path`, or an in-memory one; `store.dataset()` gives it as an rdflib Dataset."""
    return Store(path)


def load(store: Store, paths: Iterable[str | Path], settings: Settings | None = None) -> LoadReport:
    """Load article files or folders; each article loads or fails on its own (see `report.failed`)."""
    return load_paths(store, paths, settings or Settings.from_env())


def query(store: Store, query: str) -> list[dict[str, str]] | bool | list[tuple[str, str, str]]:
    """Run a named query (`"calls"`), a .rq file or SPARQL text. SELECT gives rows of plain strings,
    ASK a bool, CONSTRUCT/DESCRIBE (subject, predicate, object) tuples."""
    result = store.query(queries.resolve(query))
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return [{n: s[n].value for n in names if s[n] is not None} for s in result]
    return [(t.subject.value, t.predicate.value, t.object.value) for t in result]
