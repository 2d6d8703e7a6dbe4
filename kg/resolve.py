"""Cross-article identity of events.

Dated calls already share one IRI across articles (participants + date). A call whose date the text does
not give is linked with `owl:sameAs` to the dated call it must be, when that is unambiguous: same
participants, a compatible month and day, and not a call its own article already tells apart from it.
The links live in their own named graph, rebuilt from the article graphs after every load, and written in the
same transaction as the drop of an article graph (`after_drop`, called by Store.drop_graph).
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from kg.iris import Minter
from kg.store import GraphStore, Store
from kg.vocab import KG_NS, OWL_SAMEAS

log = logging.getLogger(__name__)
ARTICLE_GRAPH = re.compile(r"(?P<base>.+/)article/[^/?#]+")  # Minter.article: the key is quoted, no "/" in it

# Over the union graph, not GRAPH ?article (12x faster at 1M triples): an undated call's IRI is its article's
# own, so its month-day and earlier flag are that article's; a dated call's IRI fixes its participants and date.
CALLS = f"""
PREFIX kg: <{KG_NS}>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
SELECT ?call ?article ?date ?monthDay ?earlier (MIN(STR(?published)) AS ?articleDate)
       (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?participants)
WHERE {{
  ?call a kg:Call ; prov:wasDerivedFrom ?article ; kg:participant ?p .
  OPTIONAL {{ ?call kg:date ?date }} OPTIONAL {{ ?call kg:monthDay ?monthDay }}
  OPTIONAL {{ ?call kg:earlierCall ?earlier }}
  OPTIONAL {{ ?article schema:datePublished ?published }}
}} GROUP BY ?call ?article ?date ?monthDay ?earlier
"""
# an undated call reported as news happened at most this many days before the article; one told by month and day
# within the year before it
NEWS_DAYS = 14
MONTH_DAY_DAYS = 366


@dataclass(frozen=True)
class CallRow:
    iri: str
    article: str
    participants: frozenset[str]
    date: str | None
    month_day: str | None
    earlier: bool
    article_date: str | None = None


def calls(store: Store) -> list[CallRow]:
    rows = []
    for row in store.select(CALLS):
        rows.append(CallRow(
            iri=row["call"].value, article=row["article"].value,
            participants=frozenset(row["participants"].value.split()),
            date=row["date"].value if "date" in row else None,
            month_day=row["monthDay"].value if "monthDay" in row else None,
            earlier=("earlier" in row and row["earlier"].value == "true"),
            article_date=row["articleDate"].value[:10] if "articleDate" in row else None))
    return rows


def links(rows: list[CallRow]) -> dict[str, str]:
    """Undated call IRI -> the dated call IRI it is the same event as."""
    dated_by_pair: dict[frozenset[str], set[str]] = defaultdict(set)
    date_of: dict[str, str] = {}
    for row in rows:
        if row.date:
            dated_by_pair[row.participants].add(row.iri)
            date_of[row.iri] = row.date
    by_article: dict[str, list[CallRow]] = defaultdict(list)
    for row in rows:
        by_article[row.article].append(row)
    result: dict[str, str] = {}
    for article_rows in by_article.values():
        taken = {row.iri for row in article_rows if row.date}
        # month-day first: they are the least ambiguous, and they rule candidates out for the undated ones
        for row in sorted((r for r in article_rows if not r.date), key=lambda r: r.month_day is None):
            candidates = dated_by_pair.get(row.participants, set()) - taken
            if row.month_day:
                candidates = {c for c in candidates if date_of[c][4:] == row.month_day[1:]
                              and _within(date_of[c], row.article_date, MONTH_DAY_DAYS)}
            elif row.earlier:
                continue  # an earlier call with no date at all: nothing to tell which one it was
            else:  # a call the article reports as news: days before it, not a call of the pair years earlier
                candidates = {c for c in candidates if _within(date_of[c], row.article_date, NEWS_DAYS)}
            if len(candidates) == 1:
                target = candidates.pop()
                result[row.iri] = target
                taken.add(target)
    return result


def _within(day: str, article_date: str | None, days: int) -> bool:
    """`day` falls in the `days` before the article's date (or the article has no date to tell)."""
    if not article_date:
        return True
    try:
        call, published = dt.date.fromisoformat(day[:10]), dt.date.fromisoformat(article_date[:10])
    except ValueError:
        return True
    return published - dt.timedelta(days=days) <= call <= published + dt.timedelta(days=1)


def rebuild(store: Store, minter: Minter) -> int:
    """Recompute the resolution graph (written only if it changes); returns the number of links."""
    graph = minter.graph("resolution")
    mapping = links(calls(store))
    if mapping != stored_links(store, graph):
        store.replace_graph(graph, to_ntriples(mapping))
    return len(mapping)


def after_drop(store: GraphStore, graph: str) -> dict[str, str]:
    """{resolution graph: its N-Triples once the article graph `graph` is gone}, or {} when `graph` is no article
    graph or the resolution graph needs no change. An undated call's IRI is its own article's, and a dated call's
    IRI fixes its participants and date, so leaving out the dropped article's rows gives the links of the store
    without it. Read before the drop, so that the drop and the new links are one write."""
    match = ARTICLE_GRAPH.fullmatch(graph)
    if match is None:
        return {}
    resolution = Minter(match["base"]).graph("resolution")
    mapping = links([row for row in calls(store) if row.article != graph])
    if mapping == stored_links(store, resolution):
        return {}
    if not store.has_graph(graph):
        log.warning("the resolution graph <%s> was stale (an interrupted drop?): repaired", resolution)
    return {resolution: to_ntriples(mapping)}


def after_write(store: Store, graph: str) -> None:
    """Bring the resolution graph up to date after an article graph was written (by the Graph Store Protocol)."""
    match = ARTICLE_GRAPH.fullmatch(graph)
    if match is not None:
        rebuild(store, Minter(match["base"]))


def stored_links(store: GraphStore, graph: str) -> dict[str, str]:
    rows = store.select(f"SELECT ?a ?b WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?a <{OWL_SAMEAS}> ?b }} }}")
    return {row["a"].value: row["b"].value for row in rows}


def to_ntriples(mapping: dict[str, str]) -> str:
    triples = [ox.Triple(ox.NamedNode(a), ox.NamedNode(OWL_SAMEAS), ox.NamedNode(b)) for a, b in sorted(mapping.items())]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()
