"""Named queries in queries/*.rq: the contract queries and examples for users."""
from __future__ import annotations

import difflib
import re
from pathlib import Path

from kg.errors import UsageError

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
NAME = re.compile(r"[A-Za-z0-9_-]+")
QUERY_FILE_SUFFIXES = (".rq", ".sparql")


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
    """A query name (`calls`), a file path, or the query text itself. A word that names no query and no file, or a
    .rq / .sparql path that names no file, is a UsageError that says what there is."""
    if NAME.fullmatch(spec) and (QUERIES_DIR / f"{spec}.rq").is_file():
        return text(spec)
    path = Path(spec)
    if len(spec) < 4096 and "\n" not in spec and (path.suffix in QUERY_FILE_SUFFIXES or NAME.fullmatch(spec)
                                                   or _is_file(path)):
        if NAME.fullmatch(spec) and not _is_file(path):
            raise UsageError(unknown_name(spec))
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise UsageError(f"no such file: {spec} (a query is a name from queries/, a .rq file or SPARQL text)") from None
        except UnicodeDecodeError:
            raise UsageError(f"{spec} is not UTF-8 text") from None
        except OSError as error:
            raise UsageError(f"cannot read {spec}: {error.strerror or error}") from None
    return spec


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a name too long, or with a NUL: SPARQL text, not a path
        return False


def unknown_name(name: str) -> str:
    """The message for a word that names no query: the closest names, then every name."""
    close = difflib.get_close_matches(name, names(), n=3, cutoff=0.6)
    hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return (f"no named query {name!r}.{hint}\nNamed queries: {', '.join(names())} "
            "(or give a .rq file or SPARQL text)")
