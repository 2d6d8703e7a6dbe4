"""Store loading: kg's write path (`Store.replace_graphs` on batches of article graphs, as the loader does, and
`Store.replace_graph` one graph at a time, as a Graph Store Protocol PUT) against `pyoxigraph.Store.bulk_load`
of the same N-Quads.

The article graphs come from `kg load` of a generated corpus, exported with `kg export --format nquads`
(ontology and resolution graphs left out, so every contender writes exactly the same quads). Two diagnostic
rows separate the causes of the gap: Oxigraph's bulk loader on the same batches without the union graph kg keeps
(what the set union costs), and `pyoxigraph.Store.extend` per graph (native quads, one transaction per graph).
"""
from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable

from bench import common

TARGET = 0.8


def _graphs(dump) -> tuple[list[tuple[str, str]], bytes, int]:
    import pyoxigraph as ox

    by_graph: dict[str, list] = {}
    for quad in ox.parse(path=str(dump), format=ox.RdfFormat.N_QUADS):
        name = quad.graph_name.value
        if "/graph/" in name:  # the ontology and resolution graphs, not articles
            continue
        by_graph.setdefault(name, []).append(quad)
    graphs = [(name, ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES).decode())
              for name, quads in by_graph.items()]
    nquads = ox.serialize((q for quads in by_graph.values() for q in quads), format=ox.RdfFormat.N_QUADS)
    return graphs, nquads, sum(len(q) for q in by_graph.values())


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def run(articles: int, seed: int) -> str:
    import pyoxigraph as ox

    from kg.settings import Settings
    from kg.store import Store

    write_batch = Settings.from_env().write_batch
    _, dump = common.loaded_store(articles, seed)
    graphs, nquads, triples = _graphs(dump)
    quads_by_graph = [(g, list(ox.parse(nt.encode(), format=ox.RdfFormat.N_TRIPLES))) for g, nt in graphs]
    tmp = tempfile.mkdtemp(prefix="kg-bench-store-")

    def disk(name: str) -> str:
        return f"{tmp}/{name}"

    results: dict[str, tuple[float, str]] = {}
    early_late: dict[str, tuple[float, float]] = {}

    def kg_per_graph(store: Store, key: str) -> None:
        tenth = max(1, len(graphs) // 10)
        marks = []
        for i, (g, nt) in enumerate(graphs):
            if i in (0, tenth, len(graphs) - tenth):
                marks.append(time.perf_counter())
            store.replace_graph(g, nt)
        marks.append(time.perf_counter())
        per_graph = lambda a, b, n: n / (b - a)  # noqa: E731
        early_late[key] = (per_graph(marks[0], marks[1], tenth), per_graph(marks[2], marks[3], tenth))

    def kg_batches(store: Store, size: int) -> None:
        for i in range(0, len(graphs), size):
            store.replace_graphs(dict(graphs[i:i + size]))
            store.flush()

    def bulk_batches_without_union(store, size: int) -> None:
        loader = store.bulk_load if where == "disk" else store.load
        for i in range(0, len(graphs), size):
            text = "".join(nt.replace(" .\n", f" <{g}> .\n") for g, nt in graphs[i:i + size])
            loader(text.encode(), format=ox.RdfFormat.N_QUADS)
            store.flush()

    def extend(store) -> None:
        for g, triples in quads_by_graph:
            node = ox.NamedNode(g)
            store.extend(ox.Quad(t.subject, t.predicate, t.object, node) for t in triples)

    try:
        for where in ("memory", "disk"):
            def fresh_ox(name: str) -> ox.Store:
                return ox.Store() if where == "memory" else ox.Store(disk(f"{name}-{where}"))

            def fresh_kg(name: str) -> Store:
                return Store(None) if where == "memory" else Store(disk(f"{name}-{where}"))

            common.log(f"  {where}: bulk_load, load, kg replace_graphs, replace_graph, diagnostics")
            # every store is created (and, on disk, opened) before its clock starts
            store = fresh_ox("bulk")
            results[f"{where}: pyoxigraph bulk_load (baseline)"] = (
                _timed(lambda: store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)), "baseline")
            store = fresh_ox("load")
            results[f"{where}: pyoxigraph load (one transaction)"] = (
                _timed(lambda: store.load(nquads, format=ox.RdfFormat.N_QUADS)), "reference")
            kg_store = fresh_kg("kgbatch")
            results[f"{where}: kg replace_graphs, batches of {write_batch} (as the loader)"] = (
                _timed(lambda: kg_batches(kg_store, write_batch)), "kg")
            kg_store = fresh_kg("kg1")
            results[f"{where}: kg replace_graph per article (as a GSP PUT)"] = (
                _timed(lambda: kg_per_graph(kg_store, where)), "kg")
            store = fresh_ox("nounion")
            results[f"{where}: diag: same batches, no union graph"] = (
                _timed(lambda: bulk_batches_without_union(store, write_batch)), "diagnostic")
            store = fresh_ox("extend")
            results[f"{where}: diag: pyoxigraph extend per graph"] = (_timed(lambda: extend(store)), "diagnostic")
            del store, kg_store
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    rows = []
    for label, (seconds, kind) in results.items():
        base = results[f"{label.split(':')[0]}: pyoxigraph bulk_load (baseline)"][0]
        r = base / seconds
        rows.append([label, triples / seconds, f"{r:.2f}x",
                     common.verdict(r, TARGET) if kind == "kg" else ""])
    out = ["## 2. Store loading", "",
           f"{len(graphs)} article graphs, {triples:,} triples (from `kg load` of {articles} generated articles, seed {seed}); "
           "each contender starts from an empty store.", "",
           common.table(["write path", "triples/s", "vs bulk_load", f"target {TARGET}x"], rows), ""]
    for where, (early, late) in early_late.items():
        out.append(f"{where}: kg replace_graph per article: {early:.0f} graphs/s over the first 10% of graphs, "
                   f"{late:.0f} graphs/s over the last 10% ({late / early:.2f}x).")
    return "\n".join(out)
