#!/usr/bin/env python3
"""Merge the gold parts of a corpus (PARTS/*.gold.json, written per range of articles) into one gold file in the
shared scorer's format. One real thing is one gold item: officials merge by person, calls with the same people and
the same (non-null) date merge, aid packages with the same donor, recipient and amount from different parts merge
when their dates are at most a week apart, or one is unknown and the other falls within the year before the undated
one's articles were published (one part's two entries stay two packages); sources are joined.

    merge_gold.py tests/corpus/real/dev     ->  tests/corpus/real/dev/dev.gold.json
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z ]+", " ", "".join(c for c in text if not unicodedata.combining(c)).lower()).strip()


def person(name: str) -> str:
    words = fold(name).split()
    return f"{words[0][:3]} {words[-1]}" if words else ""


def _same_announcement(one: dict, other: dict, published: dict[str, str]) -> bool:
    """Two entries' dates of one package: at most a week apart (outlets date one announcement differently); when one
    is unknown, the other in the year up to when the undated entry's articles came out (not a package of years before)."""
    if one.get("date") and other.get("date"):
        return abs((dt.date.fromisoformat(one["date"]) - dt.date.fromisoformat(other["date"])).days) <= 7
    dated, undated = (one, other) if one.get("date") else (other, one)
    if not dated.get("date"):
        return True
    days = [dt.date.fromisoformat(published[s]) for s in undated.get("sources", []) if published.get(s)]
    return not days or any(0 <= (day - dt.date.fromisoformat(dated["date"])).days <= 365 for day in days)


def published_dates(articles: Path) -> dict[str, str]:
    """Each article's number and the date in its front matter."""
    out = {}
    for path in articles.glob("*.txt"):
        found = re.search(r"^date:\s*(\d{4}-\d{2}-\d{2})", path.read_text(encoding="utf-8")[:2000], re.MULTILINE)
        if found:
            out[path.name.split("_")[0]] = found.group(1)
    return out


def merge(parts: list[dict], corpus: str, published: dict[str, str] | None = None) -> dict:
    published = published or {}
    out = {"corpus": corpus, "note": " ".join(p.get("note", "") for p in parts).strip(),
           "officials": [], "not_officials": [], "calls": [], "calls_ignore": [], "aid": [], "aid_ignore": []}
    officials: dict[str, dict] = {}
    for part in parts:
        for o in part.get("officials", []):
            seen = officials.get(person(o["name"]))
            if seen is None:
                officials[person(o["name"])] = {**o, "roles": list(o.get("roles", [])), "sources": list(o.get("sources", []))}
            else:
                seen["roles"] += [r for r in o.get("roles", []) if r not in seen["roles"]]
                seen["sources"] += [s for s in o.get("sources", []) if s not in seen["sources"]]
        out["not_officials"] += [n for n in part.get("not_officials", []) if n not in out["not_officials"]]
        out["calls_ignore"] += part.get("calls_ignore", [])
        out["aid_ignore"] += part.get("aid_ignore", [])
    out["officials"] = list(officials.values())
    calls: dict[tuple, dict] = {}
    for part in parts:
        for c in part.get("calls", []):
            key = (tuple(sorted(person(p) for p in c["participants"])), c.get("date")) if c.get("date") else (c["id"], len(calls))
            if key in calls:
                seen = calls[key]
                seen["sources"] += [s for s in c.get("sources", []) if s not in seen["sources"]]
                seen["initiator"] = seen.get("initiator") or c.get("initiator")
                if c.get("difficulty") == "core":
                    seen["difficulty"] = "core"
            else:
                calls[key] = {**c, "sources": list(c.get("sources", []))}
    out["calls"] = list(calls.values())
    packages: dict[tuple, dict] = {}
    part_of: dict[tuple, int] = {}
    for number, part in enumerate(parts):
        for a in part.get("aid", []):
            key = (a["id"], len(packages))
            if a.get("amount"):  # the same sum announced again on another day is another package
                key = next((k for k, seen in packages.items() if k[:3] == (a.get("donor"), a.get("recipient"), a["amount"])
                            and _same_announcement(seen, a, published)),
                           (a.get("donor"), a.get("recipient"), a["amount"], a.get("date") or len(packages)))
            if key in packages and part_of[key] == number:
                key = (a["id"], len(packages))  # one annotator's two entries are two packages (of different days)
            part_of.setdefault(key, number)
            if key in packages:
                seen = packages[key]
                seen["sources"] += [s for s in a.get("sources", []) if s not in seen["sources"]]
                seen["items"] += [i for i in a.get("items", []) if i not in seen["items"]]
            else:
                packages[key] = {**a, "items": list(a.get("items", [])), "sources": list(a.get("sources", []))}
    out["aid"] = list(packages.values())
    # the scorer drops every prediction an ignore entry matches: an undated (or amount-less) ignore entry would hide
    # a real call of the same people (a package of the same donor and recipient) reported by another article
    # (and one of the same people and day is that real call told vaguely by another article)
    def people(call: dict) -> tuple[str, ...]:
        return tuple(sorted(person(p) for p in call["participants"]))
    pairs = {people(c) for c in out["calls"]}
    dated = {(people(c), c.get("date")) for c in out["calls"]}
    out["calls_ignore"] = [c for c in out["calls_ignore"]
                           if (c.get("date") or people(c) not in pairs) and (people(c), c.get("date")) not in dated]
    flows = {(a.get("donor"), a.get("recipient")) for a in out["aid"]}
    out["aid_ignore"] = [a for a in out["aid_ignore"]
                         if a.get("amount") is not None or a.get("amounts") or (a.get("donor"), a.get("recipient")) not in flows]
    return out


def main() -> int:
    corpus = Path(sys.argv[1])
    parts = [json.loads(p.read_text()) for p in sorted((corpus / "parts").glob("*.gold.json"))]
    merged = merge(parts, corpus.name, published_dates(corpus / "articles"))
    target = corpus / f"{corpus.name}.gold.json"
    target.write_text(json.dumps(merged, indent=1, ensure_ascii=False) + "\n")
    print(f"{target}: {len(merged['officials'])} officials, {len(merged['calls'])} calls, {len(merged['aid'])} aid "
          f"from {len(parts)} part(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
