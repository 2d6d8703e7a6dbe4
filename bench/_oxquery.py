"""Time one named query on a plain in-memory pyoxigraph store bulk-loaded from N-Quads, with Oxigraph's union
default graph; prints JSON {"rows": n, "ms": [...]}. Run as a subprocess so that the caller can time it out.

    python -m bench._oxquery DUMP.nq QUERY_NAME REPEAT
"""
from __future__ import annotations

import json
import sys
import time

import pyoxigraph as ox

from kg import queries


def main() -> None:
    dump, name, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = ox.Store()
    store.bulk_load(path=dump, format=ox.RdfFormat.N_QUADS)
    text = queries.resolve(name)
    rows = sum(1 for _ in store.query(text, use_default_graph_as_union=True))  # also the warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        sum(1 for _ in store.query(text, use_default_graph_as_union=True))
        times.append((time.perf_counter() - started) * 1000)
    print(json.dumps({"rows": rows, "ms": times}))


if __name__ == "__main__":
    main()
