"""Query results as a readable table, sized to the terminal."""
from __future__ import annotations

import pyoxigraph as ox

GAP = "  "  # between two columns
ELLIPSIS = "…"
MIN_COLUMN = 8  # characters a cut column keeps (fewer when its name and values are shorter)


def term_text(term: object) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


def as_table(solutions: ox.QuerySolutions, width: int | None = None) -> str:
    """The solutions as an aligned text table. `width`: the terminal's width, which the widest columns are cut to fit
    (a cut value is marked "…": an IRI keeps its end, other text its start); None (output to a file or a pipe): no
    value is cut."""
    names = [v.value for v in solutions.variables]
    rows = [[(term_text(s[n]).replace("\n", " "), isinstance(s[n], ox.NamedNode)) for n in names] for s in solutions]
    natural = [max([len(n)] + [len(r[i][0]) for r in rows]) for i, n in enumerate(names)]
    widths = natural if width is None else fit(natural, width - len(GAP) * (len(names) - 1))
    line = lambda cells: GAP.join(cut(c, w, iri).ljust(w) for (c, iri), w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line([(n, False) for n in names]), line([("-" * w, False) for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def fit(natural: list[int], room: int) -> list[int]:
    """Column widths that fit in `room` characters: the widest columns are narrowed to one cap, the largest that fits
    (never below MIN_COLUMN, so that many columns may still overflow a narrow terminal)."""
    if sum(natural) <= room:
        return natural
    low, high = 0, max(natural)
    while low < high:  # the largest cap whose capped widths fit
        cap = (low + high + 1) // 2
        if sum(min(w, cap) for w in natural) <= room:
            low = cap
        else:
            high = cap - 1
    return [min(w, max(low, MIN_COLUMN)) for w in natural]


def cut(text: str, width: int, iri: bool = False) -> str:
    """`text` in `width` characters: an IRI keeps its end (where IRIs differ), other text its start."""
    if len(text) <= width:
        return text
    if iri:
        return ELLIPSIS + text[len(text) - max(0, width - 1):]
    return text[:max(0, width - 1)] + ELLIPSIS
