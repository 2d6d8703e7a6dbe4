"""Extraction throughput: the whole load pipeline (`kg.loader.load_paths` into an in-memory store: reading
files, clutter removal, spaCy, extraction, mapping, store writes, resolution) against the bare spaCy model
(`nlp.pipe` over the same article texts, same batch size). Both models are loaded and warmed up before timing.

When kg is below the target (0.85x) a cProfile of the pipeline shows where the time goes, by stage and by function.
"""
from __future__ import annotations

import cProfile
import io
import pstats
import time
from pathlib import Path

from bench import common

TARGET = 0.85
STAGES = [  # (label, file suffix, function name)
    ("read files + front matter (kg/sources.py read_paths)", "kg/sources.py", "read_paths"),
    ("clutter removal (kg/clean.py body_spans, jusText)", "kg/clean.py", "body_spans"),
    ("spaCy model (Language.pipe, minus clutter removal fed through it)", "spacy/language.py", "pipe"),
    ("extraction (kg/extract extract_article)", "kg/extract/__init__.py", "extract_article"),
    ("mapping to triples (kg/mapping.py article_graph)", "kg/mapping.py", "article_graph"),
    ("N-Triples text (kg/mapping.py to_ntriples)", "kg/mapping.py", "to_ntriples"),
    ("store writes (kg/store.py replace_graph)", "kg/store.py", "replace_graph"),
    ("resolution (kg/resolve.py rebuild)", "kg/resolve.py", "rebuild"),
]


def _texts(folder) -> list[str]:
    from kg.sources import read_paths

    return [a.text for a in read_paths([folder]) if hasattr(a, "text")]


def _bare(nlp, texts: list[str], batch_size: int) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def _kg(folder, settings) -> tuple[float, object]:
    from kg.loader import load_paths
    from kg.store import Store

    store = Store(None)
    started = time.perf_counter()
    report = load_paths(store, [folder], settings)
    return time.perf_counter() - started, report


def profile(folder, settings, top: int = 25) -> str:
    from kg.loader import load_paths
    from kg.store import Store

    profiler = cProfile.Profile()
    store = Store(None)
    profiler.enable()
    load_paths(store, [folder], settings)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = max(v[3] for v in stats.stats.values())  # cumulative time of the outermost call

    def cumulative(suffix: str, name: str) -> float:
        return sum(v[3] for (file, _, func), v in stats.stats.items() if file.endswith(suffix) and func == name)

    rows, clean = [], cumulative("kg/clean.py", "body_spans")
    for label, suffix, name in STAGES:
        seconds = cumulative(suffix, name)
        if name == "pipe":
            seconds -= clean
        rows.append([label, seconds, f"{100 * seconds / total:.0f}%"])
    out = io.StringIO()
    stats.stream = out
    stats.sort_stats("tottime").print_stats(top)
    body = "\n".join(line for line in out.getvalue().splitlines() if line.strip())
    body = body[body.find("ncalls"):] if "ncalls" in body else body
    return "\n".join([f"cProfile of `load_paths` (total {total:.1f} s under the profiler), by stage (cumulative):", "",
                      common.table(["stage", "s", "share"], rows), "",
                      f"Top {top} functions by own time:", "", "```", body, "```"])


def run(articles: int, seed: int, batch_size: int = 32, profile_mode: str = "auto", corpus: Path | None = None) -> str:
    """`corpus`: a folder of real articles to time instead of the generated ones."""
    import spacy

    import kg.loader
    from kg.nlp import load_pipeline
    from kg.settings import Settings

    settings = Settings(store=":memory:", base_iri=common.BASE_IRI)
    kg.loader.BATCH_SIZE = batch_size
    folder = corpus or common.corpus_dir(articles, seed)
    texts = _texts(folder)
    words = sum(len(t.split()) for t in texts)
    common.log(f"  loading models ({settings.spacy_model}) and warming up")
    bare = spacy.load(settings.spacy_model)
    pipeline = load_pipeline(settings.spacy_model)
    _bare(bare, texts[:64], batch_size)
    _bare(pipeline, texts[:64], batch_size)
    warm = common.corpus_dir(40, seed + 1000)
    _kg(warm, settings)
    # alternate, best of two each, so that neither side gets a cold cache or a noisy neighbour alone
    bare_times, kg_times, report = [], [], None
    for _ in range(2):
        common.log("  bare spaCy nlp.pipe ...")
        bare_times.append(_bare(bare, texts, batch_size))
        common.log("  kg load_paths ...")
        seconds, report = _kg(folder, settings)
        kg_times.append(seconds)
    t_bare, t_kg = min(bare_times), min(kg_times)
    ratio = t_bare / t_kg
    rows = [["bare spaCy nlp.pipe (baseline)", len(texts), len(texts) / t_bare, words / t_bare, "1.00x"],
            ["kg load_paths (whole pipeline)", len(report.loaded), len(texts) / t_kg, words / t_kg, f"{ratio:.2f}x"]]
    out = ["## 1. Extraction throughput", "",
           (f"{len(texts)} articles from {corpus} (" if corpus else f"{len(texts)} generated articles (seed {seed}, ") + f"{words:,} words, {words / len(texts):.0f} words/article), "
           f"model {settings.spacy_model}, batch size {batch_size}, in-memory store; best of 2 alternating runs.", "",
           common.table(["pipeline", "articles", "articles/s", "words/s", "vs bare model"], rows), "",
           f"kg / bare model = **{ratio:.2f}x** (target >= {TARGET}x: {common.verdict(ratio, TARGET)}); "
           f"{report.triples:,} triples, {len(report.failed)} failed."]
    if profile_mode == "always" or (profile_mode == "auto" and ratio < TARGET):
        common.log("  profiling kg load_paths ...")
        small = common.corpus_dir(min(articles, 150), seed)
        out += ["", profile(small, settings)]
    return "\n".join(out)
