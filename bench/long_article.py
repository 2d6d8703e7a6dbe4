"""Long articles: seconds per stage (cleaning, the model in parts, extraction, RDF) and peak RSS for one article of
growing length, each size in a fresh process. The article is the generated corpus's texts one after another, as
paragraphs (a transcript of many reports).

    python -m bench.long_article                          # 250,000, 500,000 and 1,000,000 characters
    python -m bench.long_article --sizes 1000000,2000000

Nothing asserts on time; the ratios between sizes show how each stage grows with length (2.0 per doubling is linear).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import time

from bench import corpus
from bench.common import ROOT

STAGES = ("clean", "model", "extract", "rdf")


def article(chars: int) -> str:
    texts, seed = [], 0
    while sum(map(len, texts)) < chars:
        texts += [str(a["text"]) for a in corpus.generate(200, seed=seed + 1)]
        seed += 1
    return "\n\n".join(texts)[:chars]


def measure(chars: int) -> dict[str, float]:
    """Seconds per stage and peak RSS (MB) of this process for one article of `chars` characters."""
    from kg.clean import body_spans, masked
    from kg.facts import Article
    from kg.extract import extract_article
    from kg.iris import Minter
    from kg.loader import BATCH_CHARS, BATCH_SIZE
    from kg.mapping import Mapper
    from kg.nlp import load_pipeline, parts
    from kg.settings import Settings

    nlp = load_pipeline(Settings().spacy_model)
    text = article(chars)
    item = Article(key="long", text=text, date=dt.date(2024, 6, 20), origin="long.txt")
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds, started = {}, time.perf_counter()
    body = body_spans(text)
    model_text = masked(text, body)
    seconds["clean"], started = time.perf_counter() - started, time.perf_counter()
    [doc] = parts.annotate(nlp, [model_text], BATCH_SIZE, BATCH_CHARS)
    seconds["model"], started = time.perf_counter() - started, time.perf_counter()
    facts = extract_article(doc, item, body)
    seconds["extract"], started = time.perf_counter() - started, time.perf_counter()
    Mapper(Minter("http://127.0.0.1:5000/")).article_graph(facts)
    seconds["rdf"] = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {**seconds, "rss_mb": peak, "model_loaded_rss_mb": baseline}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.long_article", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="250000,500000,1000000", help="article lengths in characters")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process: measure one size
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one)))
        return 0
    print("| characters | " + " | ".join(f"{s} s" for s in STAGES) + " | total s | peak RSS MB (model loaded) |")
    print("|---:|" + "---:|" * (len(STAGES) + 2))
    for size in map(int, args.sizes.split(",")):
        out = subprocess.run([sys.executable, "-m", "bench.long_article", "--one", str(size)], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout
        row = json.loads(out.splitlines()[-1])
        print(f"| {size:,} | " + " | ".join(f"{row[s]:.1f}" for s in STAGES)
              + f" | {sum(row[s] for s in STAGES):.1f} | {row['rss_mb']:.0f} ({row['model_loaded_rss_mb']:.0f}) |",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
