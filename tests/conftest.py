"""Shared fixtures: settings with an in-memory store, the shared seeds and scorer, a loaded store."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KG = [sys.executable, "-m", "kg.cli"]


@pytest.fixture
def settings() -> Settings:
    return Settings(store=":memory:", base_iri="http://kg.test/")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"{SHARED} is not beside the project (CI puts ../shared there)")
    return SHARED


def run_kg(*args: str, check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess:
    result = subprocess.run([*KG, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if check and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
    return result


def score(gold: Path, store: Path, tmp: Path, *bars: str) -> tuple[subprocess.CompletedProcess, dict]:
    """Run the shared scorer on the contract queries' JSON results from `store`."""
    for name in ("officials", "calls", "aid"):
        out = run_kg("query", name, "--store", str(store), "--format", "json").stdout
        (tmp / f"{name}.json").write_text(out)
        json.loads(out)
    scorer = SHARED / "eval" / "score.py"
    table = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--results", str(tmp), *bars],
                           capture_output=True, text=True)
    details = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--results", str(tmp), "--json"],
                             capture_output=True, text=True)
    return table, json.loads(details.stdout.rsplit("\nsummary:", 1)[0])
