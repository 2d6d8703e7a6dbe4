"""Our own development corpus (tests/corpus/dev): 41 articles in many outlets' styles, scored like the seeds."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import SHARED, run_kg, score

DEV = Path(__file__).parent / "corpus" / "dev"
# Floors below the scores measured when they were last raised: a drop below them is a regression.
FLOORS = {"officials": 0.88, "calls": 0.82, "aid": 0.78}


def test_dev_corpus_scores_do_not_regress(tmp_path, shared):
    store = tmp_path / "store"
    result = run_kg("load", str(DEV / "articles"), "--store", str(store), "--quiet")
    assert " 0 failed" in result.stderr
    table, scores = score(DEV / "dev.gold.json", store, tmp_path / ".")
    print(table.stdout)
    for name, floor in FLOORS.items():
        assert scores[name]["f1"] >= floor, f"{name} F1 {scores[name]['f1']:.2f} fell below {floor}"
