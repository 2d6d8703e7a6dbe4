"""SPARQL Update cost against store size: one-triple updates through kg's store (which keeps the union graph exact in
the same transaction) next to the same updates on a bare Oxigraph store of the same size.

    python -m bench.updates                        # 100,000 and 1,000,000 triples
    python -m bench.updates --sizes 100000 --repeat 9
    python -m bench.updates --full-repair          # also the old full repair of a pattern update, for contrast

Rows: a one-triple INSERT DATA; a one-triple pattern update (INSERT ... WHERE); a one-triple DELETE WHERE; the
replacement of one article-sized graph (100 triples) as `kg load --server` sends it (DROP + INSERT DATA + the union
bookkeeping of a generic store). Nothing asserts on time: each row prints medians and kg's ratio to the bare store
measured in the same run.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.store import _UNION_REPAIR, Store, _insertion, _removal

GRAPHS = 100
EX = "http://example.org/bench/"


def ntriples(count: int, graph_index: int) -> str:
    return "".join(f"<{EX}s{graph_index}-{i}> <{EX}p{i % 20}> \"value {i}\" .\n" for i in range(count))


def median_seconds(action: Callable[[int], None], repeat: int) -> float:
    times = []
    for n in range(repeat):
        started = time.perf_counter()
        action(n)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def insert_data(n: int) -> str:
    return f'INSERT DATA {{ GRAPH <{EX}g0> {{ <{EX}new-{n}> <{EX}p> "x" }} }}'


def pattern_insert(n: int) -> str:
    return f'INSERT {{ GRAPH <{EX}g0> {{ <{EX}pat-{n}> <{EX}p> ?o }} }} WHERE {{ BIND("x" AS ?o) }}'


def delete_where(n: int) -> str:
    return f'DELETE WHERE {{ GRAPH <{EX}g1> {{ <{EX}s1-{n}> ?p ?o }} }}'


def server_batch(n: int) -> str:
    """What `kg load --server` sends to replace one article graph of 100 triples (kg.store.GraphStore.replace_graphs
    over a remote store): the union bookkeeping of a generic store, which a kg server repairs once more."""
    graph = ox.NamedNode(f"{EX}article-{n % 3}")
    return " ;\n".join(_removal(graph) + _insertion(graph, ntriples(100, 1000 + n)))


CASES = {
    "INSERT DATA": insert_data,
    "pattern INSERT": pattern_insert,
    "DELETE WHERE": delete_where,
    "article replace (--server)": server_batch,
}


def measure(size: int, repeat: int, folder: Path, full_repair: bool) -> dict[str, tuple[float, float]]:
    per_graph = size // GRAPHS
    kg_store = Store(folder / "kg")
    bare = ox.Store(str(folder / "bare"))
    for g in range(GRAPHS):
        data = ntriples(per_graph, g)
        kg_store.replace_graph(f"{EX}g{g}", data)
        bare.bulk_load(data.encode(), ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(f"{EX}g{g}"))
    kg_store.flush()
    bare.flush()
    rows = {}
    for name, make in CASES.items():
        rows[name] = (median_seconds(lambda n: kg_store.update(make(n)), repeat),
                      median_seconds(lambda n: bare.update(make(n)), repeat))
    if full_repair:  # what a pattern update cost before kg.update_repair: the update, then a scan of the store
        rows["pattern INSERT, full repair (before)"] = (
            median_seconds(lambda n: kg_store._write(f"{pattern_insert(n + 1000)} ;\n{_UNION_REPAIR}"),
                           max(1, repeat // 3)),
            median_seconds(lambda n: bare.update(pattern_insert(n + 1000)), max(1, repeat // 3)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.updates", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="store sizes in triples (default 100000,1000000)")
    parser.add_argument("--repeat", type=int, default=5, help="updates per measure (default 5)")
    parser.add_argument("--full-repair", action="store_true", help="also time the old full repair (slow: a scan)")
    args = parser.parse_args(argv)
    print("| triples | update | kg ms | bare Oxigraph ms | kg / bare |")
    print("|---:|---|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="kg-bench-updates-") as folder:
            rows = measure(size, args.repeat, Path(folder), args.full_repair)
        for name, (kg_seconds, bare_seconds) in rows.items():
            ratio = kg_seconds / bare_seconds if bare_seconds else float("nan")
            print(f"| {size:,} | {name} | {1000 * kg_seconds:.2f} | {1000 * bare_seconds:.2f} | {ratio:.1f}x |",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
