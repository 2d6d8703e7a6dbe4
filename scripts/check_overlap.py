#!/usr/bin/env python3
"""Check that a rewritten corpus article copies no run of N words (default 8) from its source text.

    check_overlap.py ARTICLE SOURCE [SOURCE...]       one article against its source(s)
    check_overlap.py --dir ARTICLES --sources DIR     every ARTICLES/NNN_*.txt against DIR/NNN*.txt

Words are compared case-folded with punctuation removed; front matter (between the first two '---' lines) is
skipped, since it holds the source's URL and title on purpose. Exit 1 when any run is shared, listing them.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path


def body(text: str) -> str:
    if text.startswith("---"):
        parts = text.split("\n---", 1)
        if len(parts) == 2:
            return parts[1]
    return text


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'").replace("'", ""))


def shared_runs(article: str, sources: list[str], n: int) -> list[str]:
    source_grams = set()
    for source in sources:
        w = words(source)
        source_grams.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    w = words(body(article))
    return [" ".join(w[i:i + n]) for i in range(len(w) - n + 1) if tuple(w[i:i + n]) in source_grams]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--dir")
    parser.add_argument("--sources")
    parser.add_argument("-n", type=int, default=8)
    args = parser.parse_args(argv)
    pairs: list[tuple[Path, list[Path]]] = []
    if args.dir:
        for article in sorted(Path(args.dir).glob("*.txt")):
            number = article.name.split("_")[0]
            sources = sorted(Path(args.sources).glob(f"{number}*"))
            if not sources:
                print(f"{article}: no source text in {args.sources}", file=sys.stderr)
                pairs.append((article, []))
                continue
            pairs.append((article, sources))
    elif len(args.paths) >= 2:
        pairs.append((Path(args.paths[0]), [Path(p) for p in args.paths[1:]]))
    else:
        parser.error("give ARTICLE SOURCE... or --dir and --sources")
    bad = 0
    for article, sources in pairs:
        if not sources:
            bad += 1
            continue
        runs = shared_runs(article.read_text(), [s.read_text() for s in sources], args.n)
        if runs:
            bad += 1
            print(f"{article}: {len(runs)} copied {args.n}-word run(s):")
            for run in runs[:20]:
                print(f"    {run}")
    print(f"checked {len(pairs)} article(s): {bad} with copied runs or no source")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
