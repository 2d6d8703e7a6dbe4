#!/usr/bin/env python3
"""Load corpus folders into a fresh in-memory store and score them with the shared scorer.

    score_corpus.py ARTICLES_DIR GOLD [--json] [--save DIR]

Prints the scorer's table (with --json: everything, including what was missed and what was wrong); --save keeps the
three query results (officials.json, calls.json, aid.json) in DIR.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kg  # noqa: E402
from kg.settings import Settings  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("articles")
    parser.add_argument("gold")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--save", help="folder to keep the three query results in")
    args = parser.parse_args()
    store = kg.open_store()
    report = kg.load(store, [args.articles], Settings(store=":memory:"))
    for failure in report.failed:
        print("FAILED", failure, file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("officials", "calls", "aid"):
            rows = kg.query(store, name)
            variables = {"officials": ["person", "name", "role", "country"],
                         "calls": ["call", "date", "participants", "initiator"],
                         "aid": ["package", "donor", "recipient", "amount", "currency", "items", "date"]}[name]
            doc = {"head": {"vars": variables},
                   "results": {"bindings": [{k: {"type": "literal", "value": v} for k, v in r.items()} for r in rows]}}
            Path(tmp, f"{name}.json").write_text(json.dumps(doc))
            if args.save:
                Path(args.save).mkdir(parents=True, exist_ok=True)
                Path(args.save, f"{name}.json").write_text(json.dumps(doc))
        scorer = ROOT.parent / "shared" / "eval" / "score.py"
        cmd = [sys.executable, str(scorer), "--gold", args.gold, "--results", tmp] + (["--json"] if args.json else [])
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
