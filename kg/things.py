"""Reports -> things: which reports are one real official, call or aid package, and what that thing is.

An article's graph holds its *reports*: what it says about an official, a call or a package (the names it
writes, its own date, its sentences, its confidence). The resolution graph holds the *things*: one node per
real official, call and package (NewsReader's split of instances from mentions). Reports that share a
resolution key are one group: an official's normalized name, a call's participants, a package's donor,
recipient and amount. A group of an official gives one thing; a call group gives one call per date its reports
give, plus a call of its own for each undated report that no dated call of the pair explains; an aid group gives
one package per announcement (by the reports' dates and their articles').

A thing is made from a *tally* of its group (how many reports give each name, title, initiator, item...), which
the store counts (kg.resolve) however many articles name a well-known official; `*_group(reports)` make the same
tally from report values. Pure, and a function of the reports alone, never of their order: the same store gives
the same things whatever order its articles were loaded in.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from kg import reference
from kg.iris import slugify
from kg.names import HONORIFICS, NAME_PREFIXES, SUFFIXES, first_name_variants, name_tokens, person_key, swapped_letters
from kg.reference import fold

# an undated call reported as news happened at most this many days before the article; one told by month and day
# within the year before it
NEWS_DAYS = 14
MONTH_DAY_DAYS = 366
# reports of one package: dated at most this many days apart (outlets date one announcement differently), and an
# undated one in an article at most this many days after the announcement
SAME_PACKAGE_DAYS = 7
LATER_REPORT_DAYS = 60
STATUS_ORDER = ("delivered", "approved", "announced", "proposed")  # the tie-break between reported statuses


def identity(key: str) -> str:
    """The resolution key of an official's key: the reference table's own key for anyone it knows by any name."""
    entry = reference.known_officials().get(key)
    return entry.key if entry else key


# -- officials -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonReport:
    """One article's report of an official."""
    key: str
    name: str | None = None
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    country: str | None = None
    organizations: tuple[str, ...] = ()
    mentions: int = 1


@dataclass
class PersonGroup:
    """The tally of the reports of one official."""
    key: str
    names: Counter = field(default_factory=Counter)          # name -> reports giving it as their name
    uses: Counter = field(default_factory=Counter)           # name -> mentions of the reports giving it (at least 1)
    aliases: set[str] = field(default_factory=set)
    posts: set[tuple[str, str | None]] = field(default_factory=set)   # (title, the report's country)
    countries: Counter = field(default_factory=Counter)
    organizations: set[str] = field(default_factory=set)


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


def person_group(key: str, reports: Iterable[PersonReport]) -> PersonGroup:
    group = PersonGroup(key)
    for r in reports:
        if r.name:
            group.names[r.name] += 1
            group.uses[r.name] += max(1, r.mentions)
        group.aliases.update(r.aliases)
        group.posts.update((title, r.country) for title in r.titles)
        if r.country:
            group.countries[r.country] += 1
        group.organizations.update(r.organizations)
    return group


def person(group: PersonGroup) -> Person:
    """The official a group of reports names. A known official is keyed by the reference table's name for them and
    named by it unless the reports mostly spell the name another way (`known_name`); anyone else is named by the
    fullest name the reports give (ties: the spelling most reports use, then the alphabet) and keyed by that
    spelling, never by another member of its transliteration group. Every other spelling is an alternative label."""
    key = group.key
    spellings = set(group.names) | group.aliases
    entry = reference.known_officials().get(key)
    if entry is not None:
        weight = {n: REPORT_WEIGHT * group.names[n] + group.uses[n] for n in group.names}  # reports, then mentions
        name, slug = known_name(entry.name, weight), slugify(entry.name)
        spellings.add(entry.name)
    else:
        name = preferred_name(key, group.names, spellings)
        slug = unknown_slug(key, name)
    posts = {(t, c) for t, c in group.posts if c is not None or not any(t2 == t and c2 for t2, c2 in group.posts)}
    return Person(key=key, slug=slug, name=name, alt_labels=tuple(sorted(spellings - {name})),
                  wikidata=entry.wikidata if entry else None,
                  country=_most_common(group.countries, prefer=entry.extra if entry else None),
                  posts=tuple(sorted(posts, key=lambda p: (p[0], p[1] or ""))),
                  organizations=tuple(sorted(group.organizations)))


REPORT_WEIGHT = 10_000  # one more report that spells a name so outweighs any number of mentions


def known_name(table_name: str, names: Mapping[str, int]) -> str:
    """A known official's preferred name: the table's, unless the reports mostly spell the name another way
    (`names`: spelling -> uses). Spellings that differ only in middle initials, suffixes, accents or case ("Lloyd J.
    Austin III", "Lloyd Austin") are one way of spelling it; "Zelensky" and "Zelenskyy" are two. A shortening of a
    fuller way a report writes ("Mohamed bin Zayed" of "Mohamed bin Zayed Al Nahyan") counts for it; when the table's way wins with a
    given name that no report writes ("Mohamed" where the reports write "Mohammed"), the reports' spelling names it. The
    table's name without its first given names ("Lula da Silva", "Tayyip Erdogan") is the same name cut short, so it
    counts for the table's name, never as a spelling of it."""
    ways: Counter = Counter()
    spelled: dict[tuple[str, ...], Counter] = {}
    table_way = _way(table_name)
    table_words = _folded_words(table_name)
    fuller = [_folded_words(n) for n in names]
    for name, uses in names.items():
        own = _way(name)
        if len(own) < 2:
            continue
        words = _folded_words(name)
        if len(words) > len(table_words) >= 2 and words[-len(table_words):] == table_words:
            own = table_way  # "Muhammad Shehbaz Sharif": the table's name with more given names before it
        elif len(own) == len(table_way) == 2 and own[0] == table_way[0] and swapped_letters(own[1], table_way[1]):
            own = table_way  # "Volodymyr Zelenksyy": a slip of the pen, not another way of spelling the name
        elif len(table_words) > len(words) >= 2 and table_words[-len(words):] == words:
            ways[table_way] += uses  # "Lula da Silva": the table's name without its first given names
            continue
        longer = {_way_of_words(w) for w in fuller if len(w) > len(words) >= 2 and w[:len(words)] == words}
        ways[longer.pop() if len(longer) == 1 else own] += uses
        spelled.setdefault(own, Counter())[name] += uses
    if not ways or ways.get(table_way, 0) == max(ways.values()):
        table_given = name_tokens(table_name)[:1]
        writers = spelled.get(table_way, Counter())
        usual = min(writers, key=lambda n: (-writers[n], -len(_name_words(n)), n)) if writers else None
        if writers and not any(name_tokens(n)[:1] == table_given for n in writers):
            return usual
        if usual and fold(usual.split()[0]) in NAME_PREFIXES and fold(table_name.split()[0]) not in NAME_PREFIXES:
            return usual  # "Seyed Abbas Araghchi", the formal name the reports write, of the table's "Abbas Araghchi"
        accented = [n for n in writers if n != table_name and fold(n) == fold(table_name)]  # "Støre" where the table
        if accented and not any(n == table_name for n in writers):                          # writes "Store"
            return max(accented, key=lambda n: (writers[n], n))
        return table_name
    top = max(ways.values())
    way = min((w for w, n in ways.items() if n == top), key=lambda w: (-len(w), w))
    if way not in spelled:
        return table_name
    return min(spelled[way], key=lambda n: (-spelled[way][n], -len(_name_words(n)), n))


def _way(name: str) -> tuple[str, ...]:
    """A name's way of spelling: its given and family name, the given name folded to its transliteration group."""
    return _way_of_words(tuple(name_tokens(name)))


def _way_of_words(words: tuple[str, ...]) -> tuple[str, ...]:
    if len(words) > 2:
        words = (words[0], words[-1])
    return (first_name_variants().get(words[0], words[0]), *words[1:]) if words else ()


def _folded_words(name: str) -> tuple[str, ...]:
    words = _name_words(name)
    return (first_name_variants().get(words[0], words[0]), *words[1:]) if words else ()


def preferred_name(key: str, names: Mapping[str, int], spellings: set[str]) -> str:
    """The fullest spelling whose key is `key` (more name words, then the spelling most reports give as their
    name, then the longer, then the first in the alphabet)."""
    pool = [n for n in spellings if person_key(n) == key] or sorted(spellings)
    if not pool:
        return " ".join(word.capitalize() for word in key.split("-"))
    return min(pool, key=lambda n: (-len(name_tokens(n)), -len(_name_words(n)), -names.get(n, 0), -len(n), n))


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

@dataclass
class Tally:
    """What the reports of one call say about it."""
    initiators: dict[str, tuple[int, float]] = field(default_factory=dict)   # key -> (reports, best confidence)
    modes: Counter = field(default_factory=Counter)
    duration: int | None = None
    topics: set[str] = field(default_factory=set)

    def add(self, other: Tally) -> None:
        for key, (count, confidence) in other.initiators.items():
            old_count, old_confidence = self.initiators.get(key, (0, 0.0))
            self.initiators[key] = (old_count + count, max(old_confidence, confidence))
        self.modes.update(other.modes)
        if other.duration:
            self.duration = max(self.duration or 0, other.duration)
        self.topics |= other.topics


@dataclass(frozen=True)
class CallReport:
    """One article's report of a call."""
    iri: str
    article: str
    participants: tuple[str, ...]          # person keys, sorted
    number: int = 0                        # its number in the article (the fragment #call-N)
    initiator: str | None = None
    date: str | None = None                # YYYY-MM-DD
    month_day: str | None = None           # --MM-DD: a date whose year the article does not give
    earlier: bool = False                  # a previous call the article refers back to
    mode: str = "phone"
    duration: int | None = None
    topics: tuple[str, ...] = ()
    confidence: float = 0.0
    article_date: str | None = None

    def tally(self) -> Tally:
        return Tally({self.initiator: (1, self.confidence)} if self.initiator else {}, Counter([self.mode]),
                     self.duration, set(self.topics))


@dataclass
class CallGroup:
    """The tally of the dated reports of one group of participants per date; its undated reports one by one, with
    the dates their own articles give calls of the group."""
    key: str
    dated: dict[str, Tally] = field(default_factory=dict)
    undated: list[CallReport] = field(default_factory=list)
    taken: dict[str, set[str]] = field(default_factory=dict)   # article -> dates it gives calls of the group

    @property
    def participants(self) -> tuple[str, ...]:
        return tuple(self.key.split(" "))


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


def call_group(key: str, reports: Iterable[CallReport]) -> CallGroup:
    group = CallGroup(key)
    for r in reports:
        if r.date:
            group.dated.setdefault(r.date, Tally()).add(r.tally())
            group.taken.setdefault(r.article, set()).add(r.date)
        else:
            group.undated.append(r)
    return group


def calls(group: CallGroup) -> tuple[list[CallEvent], dict[str, CallEvent]]:
    """The calls of one group of participants, and the call each undated report is (see `dates_of`)."""
    tallies = {date: Tally() for date in group.dated}
    for date, tally in group.dated.items():
        tallies[date].add(tally)
    own = []
    told = dates_of(group)
    for r in group.undated:
        if told[r.iri]:
            tallies[told[r.iri]].add(r.tally())
        else:
            own.append(r)
    events = {date: _event(group, tally, date=date) for date, tally in sorted(tallies.items())}
    of_report = {}
    for r in sorted(own, key=lambda r: r.iri):
        event = _event(group, r.tally(), own=f"{r.article.rsplit('/article/', 1)[-1]}/{r.number}", month_day=r.month_day)
        events[r.iri] = event
        of_report[r.iri] = event
    of_report.update({r.iri: events[told[r.iri]] for r in group.undated if told[r.iri]})
    return list(events.values()), of_report


def dates_of(group: CallGroup) -> dict[str, str | None]:
    """Undated report -> the date of the one dated call of the pair it must be: a compatible month and day within
    the year before the article, or, for a call reported as news, in the 14 days before the article; never a
    call its own article tells apart from it; None when no single call fits."""
    known = sorted(group.dated)
    by_article: dict[str, list[CallReport]] = defaultdict(list)
    for r in group.undated:
        by_article[r.article].append(r)
    result: dict[str, str | None] = {}
    for article in sorted(by_article):
        taken = set(group.taken.get(article, ()))
        # month-day first: they are the least ambiguous, and they rule candidates out for the undated ones
        for r in sorted(by_article[article], key=lambda r: (r.month_day is None, r.number, r.iri)):
            candidates = [d for d in known if d not in taken]
            if r.month_day:
                candidates = [d for d in candidates if d[4:] == r.month_day[1:] and _within(d, r.article_date, MONTH_DAY_DAYS)]
            elif r.earlier:
                candidates = []  # an earlier call with no date at all: nothing tells which one it was
            else:
                candidates = [d for d in candidates if _within(d, r.article_date, NEWS_DAYS)]
            result[r.iri] = candidates[0] if len(candidates) == 1 else None
            if result[r.iri]:
                taken.add(result[r.iri])
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


def _event(group: CallGroup, tally: Tally, date: str | None = None, own: str | None = None,
           month_day: str | None = None) -> CallEvent:
    """One call from the tally of its reports: the initiator most of them name (ties: the one named with more
    confidence, then the alphabet), video if as many say video as phone, the longest duration, every topic."""
    initiators = tally.initiators
    initiator = min(initiators, key=lambda k: (-initiators[k][0], -initiators[k][1], k)) if initiators else None
    modes = tally.modes
    return CallEvent(key=group.key, participants=group.participants, date=date, own=own, month_day=month_day,
                     initiator=initiator, mode="video" if modes["video"] and modes["video"] >= modes["phone"] else "phone",
                     duration=tally.duration, topics=tuple(sorted(tally.topics)))


# -- aid -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ItemReport:
    name: str
    quantity: int | None = None
    system: str | None = None              # IRI of a weapon system


@dataclass(frozen=True)
class AidReport:
    """One article's report of an aid package."""
    recipient: str
    donor: str | None = None
    amount: str | None = None              # decimal, in currency units
    currency: str | None = None
    items: tuple[ItemReport, ...] = ()
    date: str | None = None                # YYYY-MM-DD: the announcement, when the article states it
    status: str = "announced"
    mechanism: str | None = None
    iri: str = ""
    article_date: str | None = None        # its article's publication date


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
    day: str | None = None                 # the announcement it is, in its IRI: its date, else its first article's


def packages(key: str, reports: Sequence[AidReport]) -> tuple[list[Package], dict[str, Package]]:
    """The packages of one group (a donor, recipient, amount and currency), one per announcement, and the package
    each report is of. Dated reports whose dates follow each other within SAME_PACKAGE_DAYS tell one announcement;
    an undated report tells the latest announcement in the LATER_REPORT_DAYS before its article, else, with the
    undated reports of articles up to SAME_PACKAGE_DAYS apart, one announcement dated by none; a report of an article
    with no date is the group's one announcement, if it has one. A package of an article's own (no amount) is one
    report."""
    if "/" in key:
        package = _package(key, list(reports), own=True)
        return [package], {r.iri: package for r in reports}
    announced: list[list[AidReport]] = []
    for r in sorted((r for r in reports if r.date), key=lambda r: (r.date, r.iri)):
        if announced and _days_between(announced[-1][-1].date, r.date) <= SAME_PACKAGE_DAYS:
            announced[-1].append(r)
        else:
            announced.append([r])
    firsts = [cluster[0].date for cluster in announced]
    loose: list[list[AidReport]] = []
    for r in sorted((r for r in reports if not r.date and r.article_date), key=lambda r: (r.article_date, r.iri)):
        fits = [c for c, first in zip(announced, firsts) if -1 <= _days_between(first, r.article_date) <= LATER_REPORT_DAYS]
        if fits:
            fits[-1].append(r)
        elif loose and abs(_days_between(loose[-1][-1].article_date, r.article_date)) <= SAME_PACKAGE_DAYS:
            loose[-1].append(r)
        else:
            loose.append([r])
    timeless = sorted((r for r in reports if not r.date and not r.article_date), key=lambda r: r.iri)
    if timeless:  # nothing tells when: the one announcement there is, else one of their own
        told = announced + loose
        if len(told) == 1:
            told[0].extend(timeless)
        else:
            loose.insert(0, timeless)
    made, of_report = [], {}
    for cluster in announced + loose:
        package = _package(key, cluster)
        made.append(package)
        of_report.update({r.iri: package for r in cluster})
    return made, of_report


def _days_between(earlier: str, later: str) -> int:
    """Days from one date to another (negative when `later` is before); a malformed date is far from every day."""
    try:
        return (dt.date.fromisoformat(later[:10]) - dt.date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 10 ** 6


def _package(key: str, reports: list[AidReport], own: bool = False) -> Package:
    """The package its reports tell: the recipient, donor and amount the first of them (in order of value) give,
    the date most of them state (ties: the latest; none stated: its first article's), the status most of them give (ties: the furthest along), every
    item (by name; the quantity most of them give, ties: the larger)."""
    first = min(reports, key=lambda r: (r.recipient, r.donor or "", r.amount or "", r.currency or ""))
    told: dict[str, list[tuple[tuple[str, int | None, str | None], int]]] = defaultdict(list)
    for item, count in Counter((i.name, i.quantity, i.system) for r in reports for i in r.items).items():
        told[slugify(item[0])].append((item, count))
    items = []
    for slug, versions in sorted(told.items()):
        names, quantities, systems = Counter(), Counter(), Counter()
        for (name, quantity, system), count in versions:
            names[name] += count
            if quantity is not None:
                quantities[quantity] += count
            if system:
                systems[system] += count
        items.append(Item(slug, _most_common(names), max(quantities, key=lambda q: (quantities[q], q)) if quantities else None,
                          _most_common(systems)))
    statuses = Counter(r.status for r in reports)
    dates = Counter(r.date for r in reports if r.date)
    date = max(dates, key=lambda d: (dates[d], d)) if dates else None
    published = sorted(r.article_date[:10] for r in reports if r.article_date)
    date = date or (published[0] if published else None)
    return Package(key=key, recipient=first.recipient, donor=first.donor, amount=first.amount, currency=first.currency,
                   items=tuple(items), date=date,
                   status=min(statuses, key=lambda s: (-statuses[s], STATUS_ORDER.index(s) if s in STATUS_ORDER else 9, s)),
                   mechanism=_most_common(Counter(r.mechanism for r in reports if r.mechanism)),
                   day=None if own else date)


def _most_common(counts: Mapping, prefer: str | None = None) -> str | None:
    """The most common value; ties go to `prefer`, then to the first in the alphabet."""
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v != prefer, v))
