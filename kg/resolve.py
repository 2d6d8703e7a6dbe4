"""The things (kg:Official, kg:Call, kg:AidPackage) that the articles' reports are of, kept exact.

Each article graph holds reports: what the article says about an official, a call or a package. The graph
<KG_BASE_IRI>graph/resolution holds one node per real thing, made by kg.things from the tally of every report of
it (the reports sharing a resolution key) and mapped by kg.mapping.Things, with `prov:wasDerivedFrom` each article
that reports it. The links between a report and its thing (`kg:reportOf`, and the thing's `gaf:denotedBy` the
report's mentions) are written into the report's own article graph, so they go with the article.

`rebuild(store, minter, articles)` brings the things up to date with articles written (or dropped) since: it makes
again only the groups their reports belong to, now or before (found through the things' `prov:wasDerivedFrom`),
from tallies the store counts, and relinks only the reports whose thing changed; then it writes the difference.
Things first, kind by kind, then the links, article by article: in one transaction for a few articles (a Graph
Store write), in bounded parts for a load. Dropping an article graph writes the difference in the same transaction
as the drop (`after_drop`, called by Store.drop_graph). `rebuild(store, minter)` makes everything again (`kg
rebuild`). Either way the result is a function of the reports alone, whatever order they were loaded in.
"""
from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import things
from kg.iris import Minter
from kg.mapping import Things
from kg.store import UNION_GRAPH, GraphStore, diff_operations
from kg.vocab import GAF, KG, ORG, PROV, RDFS_LABEL, SCHEMA, SKOS_ALTLABEL

log = logging.getLogger(__name__)
ARTICLE_GRAPH = re.compile(r"(?P<base>.+/)article/[^/?#]+")  # Minter.article: the key is quoted, no "/" in it
KINDS = ("person", "call", "aid")
THING_CLASS = {"person": KG.Official, "call": KG.Call, "aid": KG.AidPackage}
REPORT_CLASS = {"person": KG.OfficialReport, "call": KG.CallReport, "aid": KG.AidReport}
KIND_OF = {cls: kind for kind, cls in REPORT_CLASS.items()}
_REPORT_CLASSES = ", ".join(f"<{c}>" for c in REPORT_CLASS.values())  # for FILTER(?class IN (...)): Oxigraph joins
_THING_CLASSES = ", ".join(f"<{c}>" for c in THING_CLASS.values())    # a second VALUES block, and a FILTER inside
#                                                                       GRAPH, far more slowly than a FILTER outside
CHUNK = 400            # keys or IRIs per query
PART_KEYS = 2_000      # groups made again per part of a large rebuild
PART_ARTICLES = 1_000  # articles relinked per part
ATOMIC_ARTICLES = 50   # a rebuild of at most this many articles is one transaction
WRITE_CHUNK = 20_000   # triples per update when a rebuild is written in parts
FLUSH_TRIPLES = 40_000   # as often as the loader flushes its batches
KEY, DERIVED, DENOTED = KG.resolutionKey, PROV + "wasDerivedFrom", GAF + "denotedBy"


@dataclass
class Change:
    """What a rebuild writes ({graph: (removed, added)}), and how many things it made again."""
    graphs: dict[str, tuple[set[ox.Triple], set[ox.Triple]]] = field(default_factory=dict)
    officials: int = 0
    calls: int = 0
    packages: int = 0

    def __bool__(self) -> bool:
        return any(removed or added for removed, added in self.graphs.values())

    def add(self, graph: str, removed: Iterable[ox.Triple], added: Iterable[ox.Triple]) -> None:
        old_removed, old_added = self.graphs.setdefault(graph, (set(), set()))
        old_removed.update(removed)
        old_added.update(added)


class _Sink:
    """Where a rebuild's changes go: kept for one transaction (`store` None), or written part by part at each
    `flush`, keeping only their number."""

    def __init__(self, store: GraphStore | None) -> None:
        self.store = store
        self.change = Change()
        self.pending = Change()
        self.written = 0   # triples removed or added, in parts
        self.flushed = 0

    def add(self, graph: str, removed: Iterable[ox.Triple], added: Iterable[ox.Triple]) -> None:
        (self.pending if self.store else self.change).add(graph, removed, added)

    def flush(self) -> None:
        if self.store is not None and self.pending:
            for part in _parts(self.pending.graphs, WRITE_CHUNK):
                self.store.change_graphs(part)
                self.written += sum(len(removed) + len(added) for removed, added in part.values())
            if self.written - self.flushed >= FLUSH_TRIPLES:  # RocksDB keeps unflushed writes in memory
                self.store.flush()
                self.flushed = self.written
        self.pending = Change()


def rebuild(store: GraphStore, minter: Minter, articles: Iterable[str] | None = None) -> Change:
    """Bring the things up to date with the article graphs `articles` (IRIs; written or dropped since they were
    last made), or with the whole store when `articles` is None. Writes only the difference: in one transaction
    for a few articles, else in parts (a load; `kg rebuild`)."""
    articles = None if articles is None else set(articles)
    with store.exclusive():  # nothing may change between reading the reports and writing the things
        if articles is not None and len(articles) <= ATOMIC_ARTICLES:
            change = changes(store, minter, articles)
            if change:
                store.change_graphs(change.graphs)
            return change
        sink = _Sink(store)
        counts = _resolve(store, minter, articles, None, sink)
        sink.flush()
    sink.change.officials, sink.change.calls, sink.change.packages = counts
    return sink.change  # its numbers: what was written in parts is not kept


def changes(store: GraphStore, minter: Minter, articles: set[str] | None, excluded: str | None = None) -> Change:
    """The difference between the store and the things its reports give, for the groups of the reports of
    `articles` now and before (every group when None), leaving out the reports of the article graph `excluded`;
    nothing is written."""
    sink = _Sink(None)
    sink.change.officials, sink.change.calls, sink.change.packages = _resolve(store, minter, articles, excluded, sink)
    return sink.change


def after_drop(store: GraphStore, graph: str) -> list[str]:
    """The update operations that bring the things to the store without the article graph `graph`, to run in the
    same transaction as its drop; [] when `graph` is no article graph or nothing changes. Read before the drop,
    leaving the dropped article's reports out."""
    match = ARTICLE_GRAPH.fullmatch(graph)
    if match is None:
        return []
    minter = Minter(match["base"])
    change = changes(store, minter, {graph}, excluded=graph)
    if not change:
        return []
    if not store.has_graph(graph):
        log.warning("the resolution graph <%s> was stale (an interrupted drop?): repaired", minter.graph("resolution"))
    return diff_operations(change.graphs)


def after_write(store: GraphStore, graph: str) -> None:
    """Bring the things up to date after an article graph was written (by the Graph Store Protocol)."""
    match = ARTICLE_GRAPH.fullmatch(graph)
    if match is not None:
        rebuild(store, Minter(match["base"]), [graph])


def mark_pending(store: GraphStore, minter: Minter, articles: Iterable[str]) -> None:
    """Note in the resolution graph that the things of these articles are to be made (before they are written, so
    that a load killed before it makes them leaves the note for the next one)."""
    resolution = minter.graph("resolution")
    store.change_graphs({resolution: ((), [_pending(resolution, a) for a in articles])})


def pending_articles(store: GraphStore, minter: Minter) -> set[str]:
    """The articles noted by `mark_pending` whose things are not made yet."""
    graph = ox.NamedNode(minter.graph("resolution"))
    return {row["a"].value for row in _rows(store, f"SELECT ?a WHERE {{ GRAPH {graph} {{ {graph} <{KG.pendingArticle}> ?a }} }}",
                                            union=False)}


def _pending(resolution: str, article: str) -> ox.Triple:
    return ox.Triple(ox.NamedNode(resolution), ox.NamedNode(KG.pendingArticle), ox.NamedNode(article))


# -- what changes --------------------------------------------------------------------------------------

def _resolve(store: GraphStore, minter: Minter, articles: set[str] | None, excluded: str | None,
             sink: _Sink) -> tuple[int, int, int]:
    """Make the things of the groups touched by `articles` (all when None) again, then relink every report of
    those groups whose link is not to the thing it is now, sending the difference to `sink`; the numbers of
    officials, calls and packages made."""
    resolution = minter.graph("resolution")
    mapper = Things(minter)
    read = _Reader(store, resolution, excluded)
    whole = articles is None
    if whole:
        articles = read.all_articles()
        keys = read.all_keys()
        sink.add(resolution, read.strays(), ())
    else:
        keys = read.touched_keys(articles)
    counts = [0, 0, 0]

    # officials; the calls naming one whose IRI or name changes are made again too
    people: dict[str, tuple[str, str, str]] = {}   # key -> (IRI, slug, name), as made now
    renamed = set()
    for part in _parts_of(keys["person"], PART_KEYS):
        persons = {key: things.person(group) for key, group in read.person_groups(part).items()}
        stored = read.stored_people(part)
        own = {t for p in persons.values() for t in mapper.person(p)}
        old = set(read.owned("person", part))
        sink.add(resolution, old - own, own - old)
        sink.flush()
        renamed |= {stored[key][0] for key in part if key in stored and
                    stored[key] != ((mapper.person_iri(persons[key]), persons[key].name) if key in persons else None)}
        people.update({key: (mapper.person_iri(p), p.slug, p.name) for key, p in persons.items()})
        counts[0] += len(persons)
    keys["call"] |= read.calls_naming(renamed)

    # calls, and the call each undated report is
    call_of: dict[str, str] = {}
    for part in _parts_of(keys["call"], PART_KEYS):
        groups = read.call_groups(part)
        named = {p for group in groups.values() for p in group.participants} - set(people)
        people.update({key: (iri, iri.rsplit("/", 1)[-1], name) for key, (iri, name) in read.stored_people(named).items()})
        missing = named - set(people)
        if missing:  # a participant with no official yet (a store left stale): made now
            made = {key: things.person(group) for key, group in read.person_groups(missing).items()}
            sink.add(resolution, (), {t for p in made.values() for t in mapper.person(p)})
            people.update({key: (mapper.person_iri(p), p.slug, p.name) for key, p in made.items()})
        own = set()
        for key, group in groups.items():
            if not all(p in people for p in group.participants):
                continue
            slugs = {p: people[p][1] for p in group.participants}
            events, of_undated = things.calls(group)
            for event in events:
                own.update(mapper.call(event, people))
            call_of.update({report: mapper.call_iri(event, slugs) for report, event in of_undated.items()})
            counts[1] += len(events)
        old = set(read.owned("call", part))
        sink.add(resolution, old - own, own - old)
        sink.flush()

    # aid packages
    aid_of: dict[str, str] = {}
    for part in _parts_of(keys["aid"], PART_KEYS):
        packages = []
        for key, reports in read.aid_reports(part).items():
            made, of_report = things.packages(key, reports)
            packages += made
            aid_of.update({report: mapper.package_iri(package) for report, package in of_report.items()})
        own = {t for p in packages for t in mapper.package(p)}
        old = set(read.owned("aid", part))
        sink.add(resolution, old - own, own - old)
        sink.flush()
        counts[2] += len(packages)

    # the reports to relink: those of the articles, and any report of the groups made again whose link is not to
    # the thing it is now (its thing keyed anew, gone, or another call)
    relink = set(articles)
    if not whole:
        for kind in KINDS:
            for report, link in read.links_of_groups(kind, keys[kind]):
                if link is None or link != _thing_of(report, people, call_of, aid_of, minter):
                    relink.add(report.article)
    relink.discard(excluded)
    if excluded:
        sink.add(resolution, read.derived({excluded}), ())
    pending = read.pending()
    for part in _parts_of(relink, PART_ARTICLES):
        reports = read.reports_in(part)
        wanted = {p for r in reports for p in (r.key.split(" ") if r.kind == "call" else [r.key] if r.kind == "person"
                                                else [])} - set(people)
        people.update({key: (iri, iri.rsplit("/", 1)[-1], name) for key, (iri, name) in read.stored_people(wanted).items()})
        # a call or package not made again: its reports stay linked as they are
        kept = read.links_of([r.iri for r in reports if r.kind in ("call", "aid") and r.key not in keys[r.kind]])
        links: dict[str, set[ox.Triple]] = defaultdict(set)
        derived = set()
        for report in reports:
            thing = kept.get(report.iri) if report.kind in ("call", "aid") and report.key not in keys[report.kind] \
                else _thing_of(report, people, call_of, aid_of, minter)
            if thing:
                links[report.article].update(mapper.links(report.iri, thing, report.mentions))
                derived.add(mapper.derived(thing, report.article))
        old_derived = read.derived(part)
        sink.add(resolution, old_derived - derived, derived - old_derived)
        old_links = read.links_in(part)
        for article in set(old_links) | set(links):
            old, now = old_links.get(article, set()), links.get(article, set())
            if old != now:
                sink.add(article, old - now, now - old)
        sink.flush()
    sink.add(resolution, {_pending(resolution, a) for a in pending if whole or a in articles}, ())  # made: noted no more
    sink.flush()
    return counts[0], counts[1], counts[2]


@dataclass(frozen=True)
class _Report:
    iri: str
    article: str
    kind: str
    key: str
    date: str | None
    mentions: tuple[str, ...]


def _thing_of(report: _Report, people: dict[str, tuple[str, str, str]], call_of: dict[str, str],
              aid_of: dict[str, str], minter: Minter) -> str | None:
    """The IRI of the thing a report of a group made again is of."""
    if report.kind == "person":
        return people[report.key][0] if report.key in people else None
    if report.kind == "aid":
        return aid_of.get(report.iri)
    if not report.date:
        return call_of.get(report.iri)
    participants = report.key.split(" ")
    if all(p in people for p in participants):
        return minter.call((people[p][1] for p in participants), report.date)
    return None


def _article(report: str) -> str:
    return report.split("#", 1)[0]


def _parts_of(values: set[str], size: int) -> Iterator[set[str]]:
    ordered = sorted(values)
    for at in range(0, len(ordered), size):
        yield set(ordered[at:at + size])


def _parts(graphs: dict[str, tuple[set, set]], size: int) -> Iterator[dict[str, tuple[list, list]]]:
    """The changes in parts of about `size` triples."""
    part: dict[str, tuple[list, list]] = {}
    count = 0
    for graph, (removed, added) in graphs.items():
        removed, added = sorted(removed, key=str), sorted(added, key=str)
        for at in range(0, max(len(removed), len(added), 1), size):
            chunk = (removed[at:at + size], added[at:at + size])
            if not chunk[0] and not chunk[1]:
                continue
            part[graph] = chunk
            count += len(chunk[0]) + len(chunk[1])
            if count >= size:
                yield part
                part, count = {}, 0
    if part:
        yield part


# -- reading the store ---------------------------------------------------------------------------------

class _Reader:
    """The queries of a rebuild: reports and their tallies from the union graph (leaving out an article being
    dropped), things from the resolution graph, links from the article graphs."""

    def __init__(self, store: GraphStore, resolution: str, excluded: str | None) -> None:
        self.store, self.resolution, self.excluded = store, ox.NamedNode(resolution), excluded
        self.skip = f"FILTER(?a != {ox.NamedNode(excluded)})" if excluded else ""

    def _chunked(self, variable: str, values: Iterable[str] | None, body, union: bool = True) -> Iterator[dict]:
        """Rows of `body(values_clause)` for every chunk of values (once with no clause when `values` is None)."""
        if values is None:
            yield from _rows(self.store, body(""), union)
            return
        values = sorted(values)
        for at in range(0, len(values), CHUNK):
            yield from _rows(self.store, body(_values(variable, values[at:at + CHUNK])), union)

    def _groups(self, kind: str, keys: set[str] | None, select: str, pattern: str, group: str = "") -> Iterator[dict]:
        """Rows over the reports of `kind` with those keys, or all of them when `keys` is None (?r, its key ?key,
        its article ?a)."""
        return self._chunked("key", keys, lambda values: f"""SELECT {select} WHERE {{ {values}
            ?r <{KEY}> ?key ; a <{REPORT_CLASS[kind]}> ; <{DERIVED}> ?a . {self.skip} {pattern} }} {group}""")

    # -- which groups ----------------------------------------------------------------------------------
    def touched_keys(self, articles: set[str]) -> dict[str, set[str]]:
        """The keys of the reports of `articles` now, and of the things derived from any of them before."""
        keys: dict[str, set[str]] = {kind: set() for kind in KINDS}
        present = articles - {self.excluded}
        for row in self._chunked("a", present, lambda values: f"""SELECT DISTINCT ?class ?key WHERE {{ {values}
                ?r <{DERIVED}> ?a ; a ?class ; <{KEY}> ?key FILTER(?class IN ({_REPORT_CLASSES})) }}"""):
            keys[KIND_OF[row["class"].value]].add(row["key"].value)
        kind_of = {cls: kind for kind, cls in THING_CLASS.items()}
        for row in self._chunked("a", articles, lambda values: f"""SELECT DISTINCT ?class ?key WHERE {{ {values}
                GRAPH {self.resolution} {{ ?t <{DERIVED}> ?a ; a ?class ; <{KEY}> ?key }}
                FILTER(?class IN ({_THING_CLASSES})) }}""", union=False):
            keys[kind_of[row["class"].value]].add(row["key"].value)
        return keys

    def all_keys(self) -> dict[str, set[str]]:
        keys = {kind: {row["key"].value for row in _rows(self.store, f"SELECT DISTINCT ?key WHERE {{ ?r a "
                                                                    f"<{REPORT_CLASS[kind]}> ; <{KEY}> ?key }}")}
                for kind in KINDS}
        for kind in KINDS:
            keys[kind] |= {row["key"].value for row in _rows(self.store, f"""SELECT DISTINCT ?key WHERE {{
                GRAPH {self.resolution} {{ ?t a <{THING_CLASS[kind]}> ; <{KEY}> ?key }} }}""", union=False)}
        return keys

    def all_articles(self) -> set[str]:
        """Every article with a report, with things derived from it, or with links in its graph."""
        found = {row["a"].value for row in _rows(self.store, f"""SELECT DISTINCT ?a WHERE {{
            ?r a ?class ; <{DERIVED}> ?a FILTER(?class IN ({_REPORT_CLASSES})) }}""")}
        found |= {row["a"].value for row in _rows(self.store, f"""SELECT DISTINCT ?a WHERE {{
            GRAPH {self.resolution} {{ ?t <{DERIVED}> ?a }} }}""", union=False)}
        found |= {row["g"].value for row in _rows(self.store, f"""SELECT DISTINCT ?g WHERE {{
            GRAPH ?g {{ ?r <{KG.reportOf}> ?t }} }}""", union=False)}
        return {a for a in found if a != UNION_GRAPH}

    # -- tallies ---------------------------------------------------------------------------------------
    def person_groups(self, keys: set[str] | None) -> dict[str, things.PersonGroup]:
        groups: dict[str, things.PersonGroup] = {}

        def group(row) -> things.PersonGroup:
            key = row["key"].value
            return groups.setdefault(key, things.PersonGroup(key))

        for row in self._groups("person", keys, "DISTINCT ?key", ""):
            group(row)
        for row in self._groups("person", keys, "?key ?v (COUNT(?r) AS ?n)", f"?r <{SCHEMA}name> ?v", "GROUP BY ?key ?v"):
            group(row).names[row["v"].value] += int(row["n"].value)
        for row in self._chunked("key", keys, lambda values: f"""SELECT ?key ?v (SUM(IF(?k > 0, ?k, 1)) AS ?n) WHERE {{
                {{ SELECT ?key ?v ?r (COUNT(?m) AS ?k) WHERE {{ {values} ?r <{KEY}> ?key ; a <{KG.OfficialReport}> ;
                   <{DERIVED}> ?a ; <{SCHEMA}name> ?v . {self.skip} OPTIONAL {{ ?r <{DENOTED}> ?m }} }} GROUP BY ?key ?v ?r }}
                }} GROUP BY ?key ?v"""):  # mentions of the reports giving each name, a report at least once
            group(row).uses[row["v"].value] += int(row["n"].value)
        for row in self._groups("person", keys, "DISTINCT ?key ?v", f"?r <{SKOS_ALTLABEL}> ?v"):
            group(row).aliases.add(row["v"].value)
        for row in self._groups("person", keys, "?key ?v (COUNT(?r) AS ?n)", f"?r <{SCHEMA}nationality> ?v",
                                "GROUP BY ?key ?v"):
            group(row).countries[_code(row["v"].value)] += int(row["n"].value)
        for row in self._groups("person", keys, "DISTINCT ?key ?v ?c",
                                f"?r <{KG.title}> ?v OPTIONAL {{ ?r <{SCHEMA}nationality> ?c }}"):
            group(row).posts.add((row["v"].value, _code(row["c"].value) if "c" in row else None))
        for row in self._groups("person", keys, "DISTINCT ?key ?v", f"?r <{ORG}memberOf> ?v"):
            group(row).organizations.add(row["v"].value)
        return groups

    def call_groups(self, keys: set[str] | None) -> dict[str, things.CallGroup]:
        groups: dict[str, things.CallGroup] = {}
        initiator = f"OPTIONAL {{ ?r <{KG.initiator}> ?i . ?i <{KEY}> ?init }}"
        for row in self._groups(
                "call", keys, "?key ?date ?init ?mode (COUNT(?r) AS ?n) (MAX(?conf) AS ?c) (MAX(?dur) AS ?d)",
                f"?r <{KG.date}> ?date OPTIONAL {{ ?r <{KG.mode}> ?mode }} {initiator} OPTIONAL {{ ?r <{KG.confidence}> ?conf }} "
                f"OPTIONAL {{ ?r <{KG.durationMinutes}> ?dur }}", "GROUP BY ?key ?date ?init ?mode"):
            group = groups.setdefault(row["key"].value, things.CallGroup(row["key"].value))
            tally = things.Tally(modes=Counter({_mode(_value(row, "mode") or ""): int(row["n"].value)}),
                                 duration=int(row["d"].value) if "d" in row else None)
            if "init" in row:
                tally.initiators[row["init"].value] = (int(row["n"].value), float(row["c"].value) if "c" in row else 0.0)
            group.dated.setdefault(row["date"].value, things.Tally()).add(tally)
        for row in self._groups("call", keys, "DISTINCT ?key ?date ?topic", f"?r <{KG.date}> ?date ; <{KG.topic}> ?topic"):
            groups[row["key"].value].dated[row["date"].value].topics.add(row["topic"].value)
        undated = f"FILTER NOT EXISTS {{ ?r <{KG.date}> ?x }}"
        topics: dict[str, list[str]] = defaultdict(list)
        for row in self._groups("call", keys, "?r ?topic", f"{undated} ?r <{KG.topic}> ?topic"):
            topics[row["r"].value].append(row["topic"].value)
        articles = set()
        for row in self._groups("call", keys, "?key ?r ?a ?md ?earlier ?mode ?init ?conf ?dur ?pub", f"""{undated}
                OPTIONAL {{ ?r <{KG.monthDay}> ?md }} OPTIONAL {{ ?r <{KG.earlierCall}> ?earlier }}
                OPTIONAL {{ ?r <{KG.mode}> ?mode }} {initiator} OPTIONAL {{ ?r <{KG.confidence}> ?conf }}
                OPTIONAL {{ ?r <{KG.durationMinutes}> ?dur }} OPTIONAL {{ ?a <{SCHEMA}datePublished> ?pub }}"""):
            key, iri, article = row["key"].value, row["r"].value, row["a"].value
            group = groups.setdefault(key, things.CallGroup(key))
            group.undated.append(things.CallReport(
                iri=iri, article=article, participants=group.participants, number=_number(iri),
                initiator=row["init"].value if "init" in row else None, month_day=_value(row, "md"),
                earlier=_value(row, "earlier") == "true", mode=_mode(_value(row, "mode") or ""),
                duration=int(row["dur"].value) if "dur" in row else None, topics=tuple(sorted(topics[iri])),
                confidence=float(row["conf"].value) if "conf" in row else 0.0,
                article_date=(_value(row, "pub") or "")[:10] or None))
            articles.add(article)
        for row in self._chunked("a", articles, lambda values: f"""SELECT DISTINCT ?key ?a ?date WHERE {{ {values}
                ?r <{DERIVED}> ?a ; a <{KG.CallReport}> ; <{KEY}> ?key ; <{KG.date}> ?date }}"""):
            if row["key"].value in groups:
                groups[row["key"].value].taken.setdefault(row["a"].value, set()).add(row["date"].value)
        for group in groups.values():
            group.undated.sort(key=lambda r: r.iri)
        return groups

    def aid_reports(self, keys: set[str] | None) -> dict[str, list[things.AidReport]]:
        """Key -> its reports, each with its values, items and its article's publication date."""
        items: dict[str, list[things.ItemReport]] = defaultdict(list)
        for row in self._groups("aid", keys, "?r ?v ?q ?s", f"""?r <{KG.item}> ?i . ?i <{RDFS_LABEL}> ?v
                OPTIONAL {{ ?i <{KG.quantity}> ?q }} OPTIONAL {{ ?i <{KG.weaponSystem}> ?s }}"""):
            items[row["r"].value].append(things.ItemReport(row["v"].value, int(row["q"].value) if "q" in row else None,
                                                           _value(row, "s")))
        reports: dict[str, list[things.AidReport]] = defaultdict(list)
        seen: set[str] = set()
        for row in self._groups("aid", keys, "?key ?r ?rec ?don ?val ?cur ?date ?status ?mech ?pub", f"""
                ?r <{KG.recipient}> ?rec OPTIONAL {{ ?r <{KG.donor}> ?don }}
                OPTIONAL {{ ?r <{KG.amount}> ?m . ?m <{SCHEMA}value> ?val ; <{SCHEMA}currency> ?cur }}
                OPTIONAL {{ ?r <{KG.date}> ?date }} OPTIONAL {{ ?r <{KG.aidStatus}> ?status }}
                OPTIONAL {{ ?r <{KG.fundingMechanism}> ?mech }} OPTIONAL {{ ?a <{SCHEMA}datePublished> ?pub }}"""):
            iri = row["r"].value
            if iri in seen:
                continue
            seen.add(iri)
            status = _value(row, "status")
            reports[row["key"].value].append(things.AidReport(
                recipient=_code(row["rec"].value), donor=_code(_value(row, "don")), amount=_value(row, "val"),
                currency=_value(row, "cur"), items=tuple(sorted(items[iri], key=repr)), date=_value(row, "date"),
                status=status.rsplit("#", 1)[-1].lower() if status else "announced", mechanism=_value(row, "mech"),
                iri=iri, article_date=(_value(row, "pub") or "")[:10] or None))
        return reports

    # -- things, reports and links ---------------------------------------------------------------------
    def stored_people(self, keys: set[str]) -> dict[str, tuple[str, str]]:
        """Person key -> (IRI, name) of the officials the resolution graph holds for those keys."""
        return {row["key"].value: (row["p"].value, row["name"].value) for row in self._chunked(
            "key", keys, lambda values: f"""SELECT ?key ?p ?name WHERE {{ {values} GRAPH {self.resolution} {{
                ?p <{KEY}> ?key ; a <{KG.Official}> ; <{SCHEMA}name> ?name }} }}""", union=False)}

    def calls_naming(self, people: set[str]) -> set[str]:
        return {row["key"].value for row in self._chunked("t", people, lambda values: f"""SELECT DISTINCT ?key WHERE {{
            {values} GRAPH {self.resolution} {{ ?c <{KG.participant}> ?t ; <{KEY}> ?key }} }}""", union=False)}

    def links_of_groups(self, kind: str, keys: set[str]) -> Iterator[tuple[_Report, str | None]]:
        """Every report of those groups, with the thing the store links it to (None: none)."""
        date = f"OPTIONAL {{ ?r <{KG.date}> ?date }}" if kind == "call" else ""
        for row in self._groups(kind, keys, "?r ?a ?key ?date ?t", f"{date} OPTIONAL {{ ?r <{KG.reportOf}> ?t }}"):
            yield (_Report(row["r"].value, row["a"].value, kind, row["key"].value, _value(row, "date"), ()),
                   _value(row, "t"))

    def pending(self) -> set[str]:
        return {row["a"].value for row in _rows(self.store, f"""SELECT ?a WHERE {{ GRAPH {self.resolution} {{
            {self.resolution} <{KG.pendingArticle}> ?a }} }}""", union=False)}

    def links_of(self, reports: list[str]) -> dict[str, str]:
        """Report -> the thing the store links it to."""
        return {row["r"].value: row["t"].value for row in self._chunked(
            "r", reports, lambda values: f"SELECT ?r ?t WHERE {{ {values} ?r <{KG.reportOf}> ?t }}")}

    def owned(self, kind: str, keys: set[str]) -> Iterator[ox.Triple]:
        """The triples of the things of those keys in the resolution graph (but prov:wasDerivedFrom): their own,
        their posts', amounts' and items'."""
        cls = THING_CLASS[kind]
        yield from _triples(self._chunked("key", keys, lambda values: f"""SELECT (?t AS ?s) ?p ?o WHERE {{ {values}
            GRAPH {self.resolution} {{ ?t <{KEY}> ?key ; a <{cls}> ; ?p ?o }} FILTER(?p != <{DERIVED}>) }}""",
                                            union=False))
        yield from _triples(self._chunked("key", keys, lambda values: f"""SELECT ?s ?p ?o WHERE {{ {values}
            GRAPH {self.resolution} {{ ?t <{KEY}> ?key ; a <{cls}> ; <{ORG}holds>|<{KG.amount}>|<{KG.item}> ?s .
            ?s ?p ?o }} }}""", union=False))

    def strays(self) -> set[ox.Triple]:
        """Triples of the resolution graph that belong to no thing (left by an older kg, or by hand)."""
        graph = self.resolution
        return set(_triples(_rows(self.store, f"""SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }}
            MINUS {{ GRAPH {graph} {{ ?s <{KEY}> ?key }} }}
            MINUS {{ GRAPH {graph} {{ ?t <{KEY}> ?k ; <{ORG}holds>|<{KG.amount}>|<{KG.item}> ?s }} }}
            MINUS {{ GRAPH {graph} {{ ?s <{KG.pendingArticle}> ?a }} }} }}""", union=False)))

    def derived(self, articles: set[str]) -> set[ox.Triple]:
        """The things' prov:wasDerivedFrom those articles."""
        rows = self._chunked("a", articles, lambda values: f"""SELECT ?t ?a WHERE {{ {values}
            GRAPH {self.resolution} {{ ?t <{DERIVED}> ?a }} }}""", union=False)
        return {ox.Triple(row["t"], ox.NamedNode(DERIVED), row["a"]) for row in rows}

    def links_in(self, articles: set[str]) -> dict[str, set[ox.Triple]]:
        """Article -> the links between its reports and their things that its graph holds (organizations' reports
        aside: their things are the same in every article and are written with them)."""
        out: dict[str, set[ox.Triple]] = defaultdict(set)
        for row in self._chunked("g", articles, lambda values: f"""SELECT ?g ?r ?t WHERE {{ {values}
                GRAPH ?g {{ ?r <{KG.reportOf}> ?t ; a ?class FILTER(?class IN ({_REPORT_CLASSES})) }} }}""", union=False):
            out[row["g"].value].add(ox.Triple(row["r"], ox.NamedNode(KG.reportOf), row["t"]))
        for row in self._chunked("g", articles, lambda values: f"""SELECT DISTINCT ?g ?t ?m WHERE {{ {values}
                GRAPH ?g {{ ?r <{KG.reportOf}> ?t ; a ?class . ?t <{DENOTED}> ?m
                            FILTER(?class IN ({_REPORT_CLASSES})) }} }}""", union=False):
            out[row["g"].value].add(ox.Triple(row["t"], ox.NamedNode(DENOTED), row["m"]))
        return out

    def reports_in(self, articles: set[str]) -> list[_Report]:
        """Every report of those articles, with its key, its own date (calls) and its mentions."""
        found: dict[str, dict] = {}
        for row in self._chunked("a", articles, lambda values: f"""SELECT ?a ?r ?class ?key ?date ?m WHERE {{ {values}
                ?r <{DERIVED}> ?a ; a ?class ; <{KEY}> ?key FILTER(?class IN ({_REPORT_CLASSES}))
                OPTIONAL {{ ?r <{KG.date}> ?date }} OPTIONAL {{ ?r <{DENOTED}> ?m }} }}"""):
            report = found.setdefault(row["r"].value, {"article": row["a"].value, "kind": KIND_OF[row["class"].value],
                                                       "key": row["key"].value, "date": _value(row, "date"),
                                                       "mentions": set()})
            if "m" in row:
                report["mentions"].add(row["m"].value)
        return [_Report(iri, r["article"], r["kind"], r["key"], r["date"], tuple(sorted(r["mentions"])))
                for iri, r in sorted(found.items())]


# -- helpers -------------------------------------------------------------------------------------------

def _rows(store: GraphStore, sparql: str, union: bool = True) -> list[dict]:
    solutions = store.query(sparql, union=union)
    names = [v.value for v in solutions.variables]
    return [{n: s[n] for n in names if s[n] is not None} for s in solutions]


def _triples(rows: Iterable[dict]) -> Iterator[ox.Triple]:
    for row in rows:
        yield ox.Triple(row["s"], row["p"], row["o"])


def _values(variable: str, values: list[str]) -> str:
    """A VALUES clause of plain literals (keys) or IRIs (anything else), each written by pyoxigraph."""
    make = ox.Literal if variable == "key" else ox.NamedNode
    return f"VALUES ?{variable} {{ {' '.join(str(make(v)) for v in values)} }}"


def _value(row: dict, name: str) -> str | None:
    return row[name].value if name in row else None


def _code(iri: str | None) -> str | None:
    """The code of a country or organization IRI (Minter.country): "UA", or "EU" for <…/id/org/eu>."""
    if not iri:
        return None
    tail = iri.rsplit("/", 1)[-1]
    return tail.upper() if "/id/org/" in iri else tail


def _mode(iri: str) -> str:
    return "video" if iri == KG.Video else "phone"


def _number(report: str) -> int:
    tail = report.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0
