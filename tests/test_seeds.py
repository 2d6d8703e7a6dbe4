"""The whole path on the five real seed articles: kg load -> store -> contract queries -> the shared scorer."""
from __future__ import annotations

import pytest

from tests.conftest import SHARED, run_kg, score


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, shared):
    store = tmp_path_factory.mktemp("seeds") / "store"
    result = run_kg("load", str(shared / "seeds"), "--store", str(store), "--quiet")
    assert "5 article(s) loaded, 0 failed" in result.stderr
    return store


def test_seed_scores_meet_the_bar(seed_store, tmp_path):
    table, scores = score(SHARED / "eval" / "seeds.gold.json", seed_store, tmp_path,
                          "--min-officials-f1", "0.95", "--min-calls-f1", "1.0", "--min-aid-f1", "0.9")
    print(table.stdout)
    assert table.returncode == 0, table.stdout
    officials, calls, aid = scores["officials"], scores["calls"], scores["aid"]
    assert officials["country_acc"] >= 0.95 and officials["role_acc"] >= 0.95
    assert calls["date_acc"] == 1.0 and calls["initiator_acc"] == 1.0 and not calls["duplicates"]
    assert not officials["banned"], "site clutter, bylines or weapons became officials"


def test_loading_again_changes_nothing(seed_store, shared):
    before = run_kg("stats", "--store", str(seed_store)).stdout
    run_kg("load", str(shared / "seeds"), "--store", str(seed_store), "--quiet")
    assert run_kg("stats", "--store", str(seed_store)).stdout == before


def test_same_call_from_three_outlets_is_one_node_with_three_sources(seed_store):
    out = run_kg("query", "timeline", "--store", str(seed_store), "--format", "csv").stdout
    rows = [line.split(",") for line in out.splitlines()[1:]]
    may_13 = [r for r in rows if r[0] == "2022-05-13"]
    assert len(may_13) == 1
    assert may_13[0][4] == "3"
