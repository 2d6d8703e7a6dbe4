"""Query results -> the W3C formats and a readable table."""
from __future__ import annotations

import pyoxigraph as ox

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


def term_text(term: object) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


def as_table(solutions: ox.QuerySolutions, width: int = 60) -> str:
    names = [v.value for v in solutions.variables]
    rows = [[term_text(s[n])[:width] for n in names] for s in solutions]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
