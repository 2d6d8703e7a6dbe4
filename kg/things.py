"""Reports -> things: which reports are one real official, call or aid package, and what that thing is.

An article's graph holds its *reports*: what it says about an official, a call or a package (the names it
writes, its own date, its sentences, its confidence). The resolution graph holds the *things*: one node per
real official, call and package, each with every report of it (NewsReader's split of instances from mentions).
Reports that share a resolution key are one group: an official's normalized name, a call's participants, a
package's donor, recipient and amount. A group gives one thing, except a call group, which gives one call per
date its reports give, plus a call of its own for each undated report that no dated call of the pair explains.

Pure: report values in, thing values out. kg.resolve reads the reports from the store and writes the things;
kg.mapping turns both into triples. Everything here is a function of the reports alone, never of their order,
so the same store gives the same things whatever order its articles were loaded in.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from kg import reference
from kg.iris import slugify
from kg.names import HONORIFICS, SUFFIXES, name_tokens, person_key
from kg.reference import fold

# an undated call reported as news happened at most this many days before the article; one told by month and day
# within the year before it
NEWS_DAYS = 14
MONTH_DAY_DAYS = 366
STATUS_ORDER = ("delivered", "approved", "announced", "proposed")  # the tie-break between reported statuses


# -- reports, as the store holds them --------------------------------------------------------------------

@dataclass(frozen=True)
class PersonReport:
    iri: str
    article: str
    key: str                               # the official's resolution key (kg:resolutionKey)
    name: str | None = None                # the fullest name the article gives
    aliases: tuple[str, ...] = ()          # the article's other spellings
    titles: tuple[str, ...] = ()
    country: str | None = None             # ISO code (or NATO / EU)
    organizations: tuple[str, ...] = ()    # IRIs
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True)
class CallReport:
    iri: str
    article: str
    key: str                               # the participants' keys, sorted, joined by a space
    participants: tuple[str, ...]          # person keys, sorted
    number: int = 0                        # its number in the article (the fragment #call-N)
    initiator: str | None = None
    date: str | None = None                # YYYY-MM-DD
    month_day: str | None = None           # --MM-DD: a date whose year the article does not give
    earlier: bool = False                  # a previous call the article refers back to
    mode: str = "phone"
    duration: int | None = None
    topics: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    confidence: float = 0.0
    article_date: str | None = None


@dataclass(frozen=True)
class ItemReport:
    name: str
    quantity: int | None = None
    system: str | None = None              # IRI of a weapon system


@dataclass(frozen=True)
class AidReport:
    iri: str
    article: str
    key: str                               # donor-recipient-amount-currency, or the article's own package
    recipient: str
    donor: str | None = None
    amount: str | None = None              # decimal, in currency units
    currency: str | None = None
    items: tuple[ItemReport, ...] = ()
    date: str | None = None
    status: str = "announced"
    mechanism: str | None = None
    mentions: tuple[str, ...] = ()


# -- things ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Provenance:
    reports: tuple[str, ...]
    articles: tuple[str, ...]
    mentions: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    key: str
    slug: str                              # the last segment of its IRI
    name: str                              # the one preferred name (schema:name, skos:prefLabel)
    alt_labels: tuple[str, ...]
    wikidata: str | None
    country: str | None
    posts: tuple[tuple[str, str | None], ...]   # (title, country)
    organizations: tuple[str, ...]
    provenance: Provenance


@dataclass(frozen=True)
class CallEvent:
    key: str
    participants: tuple[str, ...]          # person keys
    date: str | None
    own: str | None                        # an undated call of its own: "<article key>/<number>"
    month_day: str | None = None
    initiator: str | None = None
    mode: str = "phone"
    duration: int | None = None
    topics: tuple[str, ...] = ()
    provenance: Provenance = Provenance((), (), ())


@dataclass(frozen=True)
class Item:
    slug: str
    name: str
    quantity: int | None
    system: str | None


@dataclass(frozen=True)
class Package:
    key: str
    recipient: str
    donor: str | None
    amount: str | None
    currency: str | None
    items: tuple[Item, ...]
    date: str | None
    status: str
    mechanism: str | None
    provenance: Provenance


def provenance(reports: Iterable[PersonReport | CallReport | AidReport]) -> Provenance:
    reports = list(reports)
    return Provenance(tuple(sorted({r.iri for r in reports})), tuple(sorted({r.article for r in reports})),
                      tuple(sorted({m for r in reports for m in r.mentions})))


# -- officials -------------------------------------------------------------------------------------------

def identity(key: str) -> str:
    """The resolution key of an official's key: the reference table's own key for anyone it knows by any name."""
    entry = reference.known_officials().get(key)
    return entry.key if entry else key


def person(key: str, reports: Sequence[PersonReport]) -> Person:
    """The official the reports of `key` name. A known official is named and keyed as the reference table names
    them; anyone else by the fullest name the reports give (ties: the spelling most reports use, then the
    alphabet), keyed by that spelling, never by another member of its transliteration group."""
    reports = sorted(reports, key=lambda r: r.iri)
    names = Counter(r.name for r in reports if r.name)
    spellings = set(names) | {a for r in reports for a in r.aliases}
    entry = reference.known_officials().get(key)
    if entry is not None:  # the spelling the reports use most (ties: the table's, then the fullest); the table's key
        used = Counter()
        for r in reports:
            if r.name:
                used[r.name] += max(1, len(r.mentions))  # an article naming them eight times counts eight
        name, slug = known_name(entry.name, used), slugify(entry.name)
    else:
        name = preferred_name(key, names, spellings)
        slug = unknown_slug(key, name)
    countries = Counter(r.country for r in reports if r.country)
    country = _most_common(countries, prefer=entry.extra if entry else None)
    posts = {(title, r.country) for r in reports for title in r.titles}
    posts = {(t, c) for t, c in posts if c is not None or not any(t2 == t and c2 for t2, c2 in posts)}
    return Person(key=key, slug=slug, name=name, alt_labels=tuple(sorted(spellings - {name})),
                  wikidata=entry.wikidata if entry else None, country=country,
                  posts=tuple(sorted(posts, key=lambda p: (p[0], p[1] or ""))),
                  organizations=tuple(sorted({o for r in reports for o in r.organizations})),
                  provenance=provenance(reports))


def known_name(table_name: str, names: Counter) -> str:
    """A known official's preferred name: the table's, unless the reports mostly spell the name another way
    (`names`: spelling -> uses). Spellings that differ only in middle initials, suffixes, accents or case ("Lloyd J.
    Austin III", "Lloyd Austin") are one way of spelling it; "Zelensky" and "Zelenskyy" are two."""
    ways: Counter = Counter()
    spelled: dict[tuple[str, ...], Counter] = {}
    for name, uses in names.items():
        words = tuple(name_tokens(name))
        if len(words) >= 2:
            ways[words] += uses
            spelled.setdefault(words, Counter())[name] += uses
    table_way = tuple(name_tokens(table_name))
    if not ways or ways.get(table_way, 0) == max(ways.values()):
        return table_name
    top = max(ways.values())
    way = min((w for w, n in ways.items() if n == top), key=lambda w: (-len(w), w))
    return min(spelled[way], key=lambda n: (-spelled[way][n], -len(_name_words(n)), n))


def preferred_name(key: str, names: Counter, spellings: set[str]) -> str:
    """The fullest spelling whose key is `key` (more name words, then the spelling most reports give as their
    name, then the longer, then the first in the alphabet)."""
    pool = [n for n in spellings if person_key(n) == key] or sorted(spellings)
    if not pool:
        return " ".join(word.capitalize() for word in key.split("-"))
    return min(pool, key=lambda n: (-len(name_tokens(n)), -len(_name_words(n)), -names[n], -len(n), n))


def _name_words(name: str) -> list[str]:
    """The words of a name without honorifics and suffixes, middle names kept ("lloyd j austin")."""
    words = [w.strip("'-") for w in re.sub(r"[^a-z'\- ]+", " ", fold(name).replace(".", " ")).split()]
    return [w for w in words if w and w not in HONORIFICS and w not in SUFFIXES]


def unknown_slug(key: str, name: str) -> str:
    """The IRI segment of someone the reference table does not know: their name as the preferred name spells it
    (given and family name; "serhiy-cherevatyi", not the group's "sergei"). Two keys never give one segment:
    a name's key is its words with the given name folded to its group, so the words give back the key."""
    words = name_tokens(name) if person_key(name) == key else key.split("-")
    slug = slugify(" ".join(words))
    return slug if slug not in _known_slugs() else f"{slug}-{slugify(key)}"


@cache
def _known_slugs() -> frozenset[str]:
    return frozenset(slugify(entry.name) for entry in reference.known_officials().values())


# -- calls -----------------------------------------------------------------------------------------------

def calls(key: str, reports: Sequence[CallReport]) -> list[CallEvent]:
    """The calls of one group of participants: one per date the reports give; an undated report is the dated
    call it must be, else a call of its own (see `dates_of`)."""
    reports = sorted(reports, key=lambda r: r.iri)
    dated: dict[str, list[CallReport]] = defaultdict(list)
    own = []
    for report, date in dates_of(reports).items():
        if date:
            dated[date].append(report)
        else:
            own.append(report)
    events = [_event(key, rs, date=date) for date, rs in sorted(dated.items())]
    events += [_event(key, [r], own=f"{r.article.rsplit('/article/', 1)[-1]}/{r.number}") for r in own]
    return events


def dates_of(reports: Sequence[CallReport]) -> dict[CallReport, str | None]:
    """The date of the call each report tells: its own, else the one dated call of the pair it must be (a
    compatible month and day within the year before the article; a call reported as news, in the 14 days before
    the article), never a call its own article tells apart from it; else None."""
    known = sorted({r.date for r in reports if r.date})
    by_article: dict[str, list[CallReport]] = defaultdict(list)
    for r in reports:
        by_article[r.article].append(r)
    result: dict[CallReport, str | None] = {}
    for article in sorted(by_article):
        rows = by_article[article]
        taken = {r.date for r in rows if r.date}
        for r in rows:
            if r.date:
                result[r] = r.date
        # month-day first: they are the least ambiguous, and they rule candidates out for the undated ones
        for r in sorted((r for r in rows if not r.date), key=lambda r: (r.month_day is None, r.number, r.iri)):
            candidates = [d for d in known if d not in taken]
            if r.month_day:
                candidates = [d for d in candidates if d[4:] == r.month_day[1:] and _within(d, r.article_date, MONTH_DAY_DAYS)]
            elif r.earlier:
                candidates = []  # an earlier call with no date at all: nothing tells which one it was
            else:
                candidates = [d for d in candidates if _within(d, r.article_date, NEWS_DAYS)]
            result[r] = candidates[0] if len(candidates) == 1 else None
            if result[r]:
                taken.add(result[r])
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


def _event(key: str, reports: list[CallReport], date: str | None = None, own: str | None = None) -> CallEvent:
    """One call from its reports: the initiator most of them name (ties: the one named with more confidence, then
    the alphabet), video if as many say video as phone, the longest duration, every topic."""
    initiators: dict[str, list[float]] = defaultdict(list)
    for r in reports:
        if r.initiator:
            initiators[r.initiator].append(r.confidence)
    initiator = min(initiators, key=lambda k: (-len(initiators[k]), -max(initiators[k]), k)) if initiators else None
    modes = Counter(r.mode for r in reports)
    durations = [r.duration for r in reports if r.duration]
    return CallEvent(
        key=key, participants=reports[0].participants, date=date, own=own,
        month_day=reports[0].month_day if own else None, initiator=initiator,
        mode="video" if modes["video"] >= modes["phone"] and modes["video"] else "phone",
        duration=max(durations) if durations else None,
        topics=tuple(dict.fromkeys(t for r in reports for t in r.topics)), provenance=provenance(reports))


# -- aid -------------------------------------------------------------------------------------------------

def package(key: str, reports: Sequence[AidReport]) -> Package:
    """The package the reports of `key` tell: its latest date, the status most of them give (ties: the furthest
    along), every item (by name; the quantity most of them give, ties: the larger)."""
    reports = sorted(reports, key=lambda r: r.iri)
    first = reports[0]
    items: dict[str, list[ItemReport]] = defaultdict(list)
    for r in reports:
        for item in r.items:
            items[slugify(item.name)].append(item)
    merged = []
    for slug, told in sorted(items.items()):
        quantities = Counter(i.quantity for i in told if i.quantity is not None)
        systems = Counter(i.system for i in told if i.system)
        merged.append(Item(slug, _most_common(Counter(i.name for i in told)),
                           max(quantities, key=lambda q: (quantities[q], q)) if quantities else None,
                           _most_common(systems)))
    statuses = Counter(r.status for r in reports)
    dates = [r.date for r in reports if r.date]
    return Package(key=key, recipient=first.recipient, donor=first.donor, amount=first.amount, currency=first.currency,
                   items=tuple(merged), date=max(dates) if dates else None,
                   status=min(statuses, key=lambda s: (-statuses[s], STATUS_ORDER.index(s) if s in STATUS_ORDER else 9, s)),
                   mechanism=_most_common(Counter(r.mechanism for r in reports if r.mechanism)),
                   provenance=provenance(reports))


def _most_common(counts: Counter, prefer: str | None = None) -> str | None:
    """The most common value; ties go to `prefer`, then to the first in the alphabet."""
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v != prefer, v))
