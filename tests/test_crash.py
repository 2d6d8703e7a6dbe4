"""A load killed with SIGKILL loses nothing that was committed: every article is whole or absent, the store
opens, the union graph matches its parts, and loading again completes it without duplicates."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from kg.store import UNION_GRAPH, Store
from tests.conftest import ROOT, run_kg

EXAMPLES = ROOT / "examples"
COPIES = 80
KILL_AFTER_SECONDS = 5


def make_corpus(folder: Path, copies: int) -> None:
    """Many distinct articles: the example texts under new ids."""
    sources = sorted(p for p in EXAMPLES.glob("*.txt"))
    folder.mkdir()
    for i in range(copies):
        for source in sources:
            text = source.read_text().replace("---\n", f"---\nid: copy-{i}-{source.stem}\n", 1)
            (folder / f"{i:04d}-{source.name}").write_text(text)


def union_matches_parts(store: Store) -> bool:
    union = {str(q.triple) for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(UNION_GRAPH))}
    parts = {str(q.triple) for g in store.named_graphs()
             for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(g))}
    return union == parts


def test_sigkill_during_a_load_leaves_whole_articles_and_reload_completes(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, copies=COPIES)
    store_dir = tmp_path / "store"
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "load", str(corpus), "--store", str(store_dir), "--quiet"],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(KILL_AFTER_SECONDS)  # the model loads in ~2 s; articles then commit one by one
    killed = process.poll() is None
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    store = Store(store_dir)
    articles = [g for g in store.named_graphs() if "/article/" in g]
    for graph in articles:  # whole: the article node, its body and at least one fact are there together
        quads = list(store.oxigraph.quads_for_pattern(ox.NamedNode(graph), None, None, ox.NamedNode(graph)))
        assert any(q.predicate.value == "https://schema.org/articleBody" for q in quads), graph
    assert union_matches_parts(store)
    store.close()
    if killed:
        assert len(articles) < COPIES * 2, "the load was expected to be interrupted"

    run_kg("load", str(corpus), "--store", str(store_dir), "--quiet")
    reloaded = run_kg("stats", "--store", str(store_dir)).stdout
    fresh = tmp_path / "fresh"
    run_kg("load", str(corpus), "--store", str(fresh), "--quiet")
    assert reloaded == run_kg("stats", "--store", str(fresh)).stdout
