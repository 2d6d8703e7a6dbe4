"""The benchmark corpus generator: deterministic, and kg extracts facts from what it writes (real model)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import corpus  # noqa: E402


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("fmt", ["txt", "jsonl"])
def test_same_seed_gives_byte_identical_files(tmp_path, fmt):
    first, second, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    corpus.write(first, 60, seed=7, fmt=fmt)
    corpus.write(second, 60, seed=7, fmt=fmt)
    corpus.write(other, 60, seed=8, fmt=fmt)
    assert _files(first) == _files(second)
    assert _files(first) != _files(other)
    assert len(_files(first)) == (60 if fmt == "txt" else 1)


def test_a_larger_corpus_starts_with_the_smaller_one():
    small = list(corpus.generate(10, seed=3))
    large = list(corpus.generate(25, seed=3))
    assert large[:10] == small
    assert len({a["id"] for a in large}) == 25


def test_articles_vary():
    articles = list(corpus.generate(200, seed=1))
    texts = [a["text"] for a in articles]
    assert len(set(texts)) == 200
    joined = "\n".join(texts)
    for phrase in ("by phone", "video", "at the request of", "million", "billion", "Subscribe"):
        assert phrase in joined, phrase
    assert len({a["date"] for a in articles}) > 100
    assert len({a["source"] for a in articles}) > 5


@pytest.mark.slow
def test_kg_extracts_officials_calls_and_aid(tmp_path):
    from kg.loader import load_paths
    from kg.settings import Settings
    from kg.stats import collect
    from kg.store import Store

    corpus.write(tmp_path, 12, seed=1, fmt="txt")
    store = Store()
    report = load_paths(store, [tmp_path], Settings(store=":memory:", base_iri="http://kg.test/"))
    assert not report.failed, report.failed
    assert len(report.loaded) == 12
    stats = collect(store)
    assert stats["officials"] >= 12
    assert stats["calls"] >= 4
    assert stats["packages"] >= 2
