"""SPARQL Update cost against store size: a one-triple INSERT DATA through kg's store (which keeps the union graph
exact in the same transaction) next to the same update on a bare Oxigraph store of the same size, and a pattern
update (INSERT ... WHERE, which repairs the union by a scan) for contrast.

    python -m bench.updates                        # 100,000 and 1,000,000 triples
    python -m bench.updates --sizes 100000 --repeat 9

Nothing asserts on time: each row prints medians and kg's ratio to the bare store measured in the same run.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.store import Store

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


def insert_data(n: int, tag: str) -> str:
    return f'INSERT DATA {{ GRAPH <{EX}g0> {{ <{EX}new-{tag}-{n}> <{EX}p> "x" }} }}'


def pattern_insert(n: int) -> str:
    return f'INSERT {{ GRAPH <{EX}g0> {{ <{EX}pat-{n}> <{EX}p> "x" }} }} WHERE {{}}'


def measure(size: int, repeat: int, folder: Path) -> dict[str, float]:
    per_graph = size // GRAPHS
    kg_store = Store(folder / "kg")
    bare = ox.Store(str(folder / "bare"))
    for g in range(GRAPHS):
        data = ntriples(per_graph, g)
        kg_store.replace_graph(f"{EX}g{g}", data)
        bare.bulk_load(data.encode(), ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(f"{EX}g{g}"))
    kg_store.flush()
    bare.flush()
    return {
        "kg INSERT DATA": median_seconds(lambda n: kg_store.update(insert_data(n, "kg")), repeat),
        "bare INSERT DATA": median_seconds(lambda n: bare.update(insert_data(n, "bare")), repeat),
        "kg pattern INSERT": median_seconds(lambda n: kg_store.update(pattern_insert(n)), max(1, repeat // 3)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.updates", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="store sizes in triples (default 100000,1000000)")
    parser.add_argument("--repeat", type=int, default=5, help="updates per measure (default 5)")
    args = parser.parse_args(argv)
    print("| triples | kg INSERT DATA ms | bare Oxigraph ms | kg / bare | kg pattern INSERT ms |")
    print("|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="kg-bench-updates-") as folder:
            row = measure(size, args.repeat, Path(folder))
        ratio = row["kg INSERT DATA"] / row["bare INSERT DATA"] if row["bare INSERT DATA"] else float("nan")
        print(f"| {size:,} | {1000 * row['kg INSERT DATA']:.2f} | {1000 * row['bare INSERT DATA']:.2f} | {ratio:.1f}x "
              f"| {1000 * row['kg pattern INSERT']:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
