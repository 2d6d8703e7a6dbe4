"""A load killed with SIGKILL loses nothing that was committed: every article is whole or absent, the store
opens, the union graph matches its parts, and loading again completes it without duplicates."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.store import UNION_GRAPH, Store
from tests.conftest import ROOT, run_kg

EXAMPLES = ROOT / "examples"
COPIES = 80
WRITE_BATCH = 5  # articles per store write, so the load commits many times before it ends
KILL_AFTER_BATCHES = 2


def make_corpus(folder: Path, copies: int) -> None:
    """Many distinct articles: the example texts under new ids."""
    sources = sorted(p for p in EXAMPLES.glob("*.txt"))
    folder.mkdir()
    for i in range(copies):
        for source in sources:
            text = source.read_text().replace("---\n", f"---\nid: copy-{i}-{source.stem}\n", 1)
            (folder / f"{i:04d}-{source.name}").write_text(text)


def _stored_lines(process: subprocess.Popen):
    """The loader's "stored ..." lines, as it writes them; ends when the process closes stderr."""
    for line in process.stderr:
        if line.startswith("stored "):
            yield line


def union_matches_parts(store: Store) -> bool:
    union = {str(q.triple) for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(UNION_GRAPH))}
    parts = {str(q.triple) for g in store.named_graphs()
             for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(g))}
    return union == parts


def test_sigkill_during_a_load_leaves_whole_articles_and_reload_completes(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, copies=COPIES)
    store_dir = tmp_path / "store"
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "load", str(corpus), "--store", str(store_dir),
                                "--quiet", "--verbose"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "KG_WRITE_BATCH": str(WRITE_BATCH)})
    batches = [line for line, _ in zip(_stored_lines(process), range(KILL_AFTER_BATCHES))]
    assert len(batches) == KILL_AFTER_BATCHES, "the load ended before it had written two batches"
    assert process.poll() is None, "the load ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    store = Store(store_dir)
    articles = [g for g in store.named_graphs() if "/article/" in g]
    for graph in articles:  # whole: the article node, its body and at least one fact are there together
        quads = list(store.oxigraph.quads_for_pattern(ox.NamedNode(graph), None, None, ox.NamedNode(graph)))
        assert any(q.predicate.value == "https://schema.org/articleBody" for q in quads), graph
    assert union_matches_parts(store)
    store.close()
    assert WRITE_BATCH * KILL_AFTER_BATCHES <= len(articles) < COPIES * 2, "the load was not interrupted mid-way"

    run_kg("load", str(corpus), "--store", str(store_dir), "--quiet")
    reloaded = run_kg("stats", "--store", str(store_dir)).stdout
    fresh = tmp_path / "fresh"
    run_kg("load", str(corpus), "--store", str(fresh), "--quiet")
    assert reloaded == run_kg("stats", "--store", str(fresh)).stdout
