"""The Oxigraph baseline of the large-store latency benchmark, run as subprocesses so that a query can be
timed out: `load` bulk-loads N-Quads into a plain on-disk pyoxigraph store (as kg's, but without kg's union
graph); `query` times one query on it with Oxigraph's union default graph and prints JSON {"rows": n, "ms": [...]}.

    python -m bench._oxquery load DUMP.nq STORE_DIR
    python -m bench._oxquery query STORE_DIR QUERY_NAME REPEAT

QUERY_NAME is a query of `queries/`, `aggregate`, or `point:IRI` (SELECT ?p ?o WHERE { <IRI> ?p ?o }).
"""
from __future__ import annotations

import json
import sys
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


def load(dump: str, folder: str) -> None:
    store = ox.Store(folder)
    store.bulk_load(path=dump, format=ox.RdfFormat.N_QUADS)
    store.optimize()


def query(folder: str, name: str, repeat: int) -> None:
    store = ox.Store.read_only(folder)
    text = query_text(name)
    rows = sum(1 for _ in store.query(text, use_default_graph_as_union=True))  # also the warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        sum(1 for _ in store.query(text, use_default_graph_as_union=True))
        times.append((time.perf_counter() - started) * 1000)
    print(json.dumps({"rows": rows, "ms": times}))


def main() -> None:
    command, *args = sys.argv[1:]
    if command == "load":
        load(*args)
    else:
        query(args[0], args[1], int(args[2]))


if __name__ == "__main__":
    main()
