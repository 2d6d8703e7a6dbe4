"""Named queries in queries/*.rq: the contract queries and examples for users."""
from __future__ import annotations

import re
from pathlib import Path

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"


def names() -> list[str]:
    return sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


def text(name: str) -> str:
    return (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")


def description(name: str) -> str:
    """The leading comment of a named query: what it answers."""
    lines = []
    for line in text(name).splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").strip())
    return " ".join(lines).strip()


def resolve(spec: str) -> str:
    """A query name (`calls`), a file path, or the query text itself."""
    if re.fullmatch(r"[A-Za-z0-9_-]+", spec) and (QUERIES_DIR / f"{spec}.rq").exists():
        return text(spec)
    path = Path(spec)
    if len(spec) < 4096 and "\n" not in spec and path.suffix in (".rq", ".sparql") :
        return path.read_text(encoding="utf-8")
    return spec
