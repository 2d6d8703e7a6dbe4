"""Memory: peak RSS of `kg load` (a subprocess) for growing corpora, and latency of the contract queries
on the largest store loaded (10k articles is about 1M triples).

Peak RSS comes from wait4()'s rusage of the `kg load` child (ru_maxrss: its largest process); the RSS of the
whole process tree (`--jobs` workers included) is also sampled from /proc every 0.25 s (1 s on large runs) to show whether it grows with the number of articles read (it should stay flat if loading streams).
The query part runs each contract query in process on the kg store (`Store.query`, union graph as a set) and,
as the baseline, on a plain on-disk pyoxigraph store bulk-loaded with the same N-Quads, queried with Oxigraph's
union default graph.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import json
import time
from pathlib import Path

from bench import common

CONTRACT = ("officials", "calls", "aid")


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    try:
        children = [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
                    for c in (task / "children").read_text().split()]
    except OSError:
        return []
    return children + [d for c in children for d in _descendants(c)]


def _tree_rss_kib(pid: int) -> int:
    """RSS of a process and its descendants (the `--jobs` workers), summed."""
    return sum(_rss_kib(p) for p in [pid, *_descendants(pid)])


def measure_load(articles: int, seed: int, jobs: int = 1) -> dict:
    """Run `kg load` on the corpus into the cached store folder; peak RSS, RSS samples, time. Also exports the dump."""
    source = common.corpus_dir(articles, seed)
    store = common.CACHE / f"store-{articles}-s{seed}"
    dump = common.CACHE / f"dump-{articles}-s{seed}.nq"
    shutil.rmtree(store, ignore_errors=True)
    (common.CACHE / f"store-{articles}-s{seed}.complete").unlink(missing_ok=True)
    (common.CACHE / f"oxigraph-{articles}-s{seed}.complete").unlink(missing_ok=True)
    common.log(f"  kg load {articles} articles (subprocess, --jobs {jobs}) into {store}")
    started = time.perf_counter()
    process = subprocess.Popen([*common.KG, "load", str(source), "--store", str(store), "--quiet", "--jobs", str(jobs)],
                               env=common.kg_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples: list[tuple[float, int]] = []
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        samples.append((time.perf_counter() - started, _rss_kib(process.pid), _tree_rss_kib(process.pid)))
        time.sleep(0.25 if articles < 20_000 else 1.0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode not in (0, 1):
        raise RuntimeError(f"kg load failed ({process.returncode}): {stderr[-2000:]}")
    subprocess.run([*common.KG, "export", "--store", str(store), "--format", "nquads", "-o", str(dump)], check=True,
                   env=common.kg_env())
    (common.CACHE / f"store-{articles}-s{seed}.complete").touch()
    with open(dump, "rb") as handle:
        quads = sum(1 for _ in handle)
    samples = [s for s in samples if s[1]]
    quarter = [max((tree for t, _, tree in samples if t <= seconds * q), default=0) for q in (0.25, 0.5, 0.75, 1.0)]
    tree_peak = max((tree for _, _, tree in samples), default=0)
    return {"articles": articles, "jobs": jobs, "peak_mib": usage.ru_maxrss / 1024, "tree_peak_mib": tree_peak / 1024,
            "quarters_mib": [q / 1024 for q in quarter],
            "seconds": seconds, "quads": quads, "summary": stderr.strip().splitlines()[-1] if stderr.strip() else ""}


def _time_query(run, repeat: int) -> list[float]:
    run()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _latency_queries(dump: Path, seed: int) -> dict[str, str]:
    from bench._oxquery import query_text
    from bench.endpoint import _entities

    names = {name: query_text(name) for name in CONTRACT + ("aggregate",)}
    for i, iri in enumerate(_entities(dump, seed, count=3)):
        names[f"point:{iri}"] = query_text(f"point:{iri}")
    return names


def query_latency(articles: int, seed: int, repeat: int, timeout: float) -> list[list[object]]:
    from kg.store import Store

    store_dir = common.CACHE / f"store-{articles}-s{seed}"
    dump = common.CACHE / f"dump-{articles}-s{seed}.nq"
    kg_store = Store(store_dir)
    baseline_dir = common.CACHE / f"oxigraph-{articles}-s{seed}"
    if not (common.CACHE / f"oxigraph-{articles}-s{seed}.complete").exists():
        shutil.rmtree(baseline_dir, ignore_errors=True)
        common.log(f"  oxigraph baseline: bulk-loading {dump} into {baseline_dir}")
        subprocess.run([sys.executable, "-m", "bench._oxquery", "load", str(dump), str(baseline_dir)], check=True,
                       cwd=common.ROOT)
        (common.CACHE / f"oxigraph-{articles}-s{seed}.complete").touch()
    rows = []
    for name, text in _latency_queries(dump, seed).items():
        label = "point lookup" if name.startswith("point:") else name
        n_kg = sum(1 for _ in kg_store.query(text))
        kg_times = _time_query(lambda: sum(1 for _ in kg_store.query(text)), repeat)
        kg_p50 = statistics.median(kg_times)
        common.log(f"  {label}: kg p50 {kg_p50:.1f} ms; oxigraph baseline (timeout {timeout:.0f} s) ...")
        try:
            done = subprocess.run([sys.executable, "-m", "bench._oxquery", "query", str(baseline_dir), name, str(repeat)],
                                  capture_output=True, text=True, timeout=timeout, check=True, cwd=common.ROOT)
            baseline = json.loads(done.stdout)
            ox_p50 = statistics.median(baseline["ms"])
            rows.append([label, n_kg, kg_p50, max(kg_times), baseline["rows"], ox_p50, common.ratio(ox_p50, kg_p50)])
        except subprocess.TimeoutExpired:
            rows.append([label, n_kg, kg_p50, max(kg_times), "-", f"> {timeout:.0f} s (timed out)",
                         f"> {timeout * 1000 / kg_p50:.0f}x"])
    kg_store.close()
    return rows


def run(sizes: list[int], seed: int, repeat: int = 5, timeout: float = 60, jobs: int = 1) -> str:
    out = ["## 4. Memory and large-store query latency", ""]
    results = []
    for n in sizes:
        results.append(measure_load(n, seed, jobs))
        common.log(f"  {results[-1]}")
    out.append(common.table(
        ["articles", "--jobs", "quads (export)", "kg load s", "articles/s", "peak RSS MiB (largest process)",
         "peak RSS MiB (all processes)", "RSS of all processes at 25/50/75/100% of the run (MiB)"],
        [[r["articles"], r["jobs"], r["quads"], r["seconds"], r["articles"] / r["seconds"], r["peak_mib"], r["tree_peak_mib"],
          " / ".join(f"{q:.0f}" for q in r["quarters_mib"])] for r in results]))
    if len(results) >= 2:
        first, last = results[0], results[-1]
        per_k = (last["tree_peak_mib"] - first["tree_peak_mib"]) / ((last["articles"] - first["articles"]) / 1000)
        out += ["", f"Peak RSS grows {per_k:.1f} MiB per 1000 articles between {first['articles']} and "
                    f"{last['articles']} articles ({last['tree_peak_mib'] / first['tree_peak_mib']:.2f}x for "
                    f"{last['articles'] / first['articles']:.0f}x the articles)."]
        out.append("Growth between small corpora is mostly cache warm-up (bounded caches fill over the first ~10k "
                   "articles); measure at 10k and 100k (--memory-sizes) before extrapolating.")
        out.append("")
    largest = max(sizes)
    out += [f"Contract queries on the {largest}-article store ({results[-1]['quads']:,} quads in article graphs), "
            f"in process, median of {repeat} runs after a warm-up; baseline: plain on-disk pyoxigraph store bulk-loaded with "
            "the same N-Quads, union default graph (a bag: rows may differ), in a subprocess with a timeout.", ""]
    out.append(common.table(["query", "kg rows", "kg p50 ms", "kg max ms", "oxigraph rows", "oxigraph p50 ms",
                             "kg speed vs oxigraph"], query_latency(largest, seed, repeat, timeout)))
    return "\n".join(out)
