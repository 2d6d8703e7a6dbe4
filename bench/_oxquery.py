"""Time one named query on a plain on-disk pyoxigraph store (as kg's) bulk-loaded from N-Quads, with Oxigraph's
union default graph; prints JSON {"rows": n, "ms": [...]}. Run as a subprocess so that the caller can time it out.

    python -m bench._oxquery DUMP.nq QUERY_NAME REPEAT

QUERY_NAME is a query of `queries/`, `aggregate`, or `point:IRI` (SELECT ?p ?o WHERE { <IRI> ?p ?o }).
"""
from __future__ import annotations

import json
import sys
import tempfile
import time

import pyoxigraph as ox

from kg import queries


def query_text(name: str) -> str:
    from bench.endpoint import AGGREGATE

    if name == "aggregate":
        return AGGREGATE
    if name.startswith("point:"):
        return f"SELECT ?p ?o WHERE {{ <{name[len('point:'):]}> ?p ?o }}"
    return queries.resolve(name)


def main() -> None:
    dump, name, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with tempfile.TemporaryDirectory(prefix="kg-bench-oxquery-") as folder:
        store = ox.Store(folder)
        store.bulk_load(path=dump, format=ox.RdfFormat.N_QUADS)
        run(store, name, repeat)
        del store


def run(store: ox.Store, name: str, repeat: int) -> None:
    text = query_text(name)
    rows = sum(1 for _ in store.query(text, use_default_graph_as_union=True))  # also the warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        sum(1 for _ in store.query(text, use_default_graph_as_union=True))
        times.append((time.perf_counter() - started) * 1000)
    print(json.dumps({"rows": rows, "ms": times}))


if __name__ == "__main__":
    main()
