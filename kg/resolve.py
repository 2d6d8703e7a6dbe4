"""The resolution graph: the things (kg:Official, kg:Call, kg:AidPackage) that the articles' reports are of.

Each article graph holds reports: what the article says about an official, a call or a package. The graph
<KG_BASE_IRI>graph/resolution holds one node per real thing, made by kg.things from every report of it (the
reports that share a resolution key) and mapped to triples by kg.mapping.Things; each report is linked to its
thing with kg:reportOf, and the thing has prov:wasDerivedFrom every article and gaf:denotedBy every mention of it.

It is kept exact incrementally: after articles are written, `rebuild(store, minter, articles)` makes again only
the groups that their reports belong to, now or before, and writes the difference. Dropping an article graph
writes the difference in the same transaction as the drop (`after_drop`, called by Store.drop_graph), so no thing
outlives its last report. `rebuild(store, minter)` makes every group again (`kg rebuild`). Either way the
resolution graph is a function of the reports alone, whatever order they were loaded in.
"""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import things
from kg.iris import Minter
from kg.mapping import Things
from kg.store import GraphStore, diff_operations
from kg.vocab import GAF, KG, ORG, PROV, RDFS_LABEL, SCHEMA, SKOS_ALTLABEL

log = logging.getLogger(__name__)
ARTICLE_GRAPH = re.compile(r"(?P<base>.+/)article/[^/?#]+")  # Minter.article: the key is quoted, no "/" in it
KINDS = ("person", "call", "aid")
THING_CLASS = {"person": KG.Official, "call": KG.Call, "aid": KG.AidPackage}
REPORT_CLASS = {"person": KG.OfficialReport, "call": KG.CallReport, "aid": KG.AidReport}
CHUNK = 400            # keys or articles per query
WRITE_CHUNK = 20_000   # triples per update when a whole rebuild may be written in parts
KEY, DERIVED, DENOTED = KG.resolutionKey, PROV + "wasDerivedFrom", GAF + "denotedBy"


@dataclass
class Change:
    """What a rebuild writes to the resolution graph, and how many things it made again."""
    removed: set[ox.Triple] = field(default_factory=set)
    added: set[ox.Triple] = field(default_factory=set)
    officials: int = 0
    calls: int = 0
    packages: int = 0

    def __bool__(self) -> bool:
        return bool(self.removed or self.added)


def rebuild(store: GraphStore, minter: Minter, articles: Iterable[str] | None = None) -> Change:
    """Bring the resolution graph up to date with the article graphs `articles` (IRIs; written or dropped since
    it was last made), or with the whole store when `articles` is None. Writes only the difference."""
    resolution = minter.graph("resolution")
    with store.exclusive():  # nothing may change between reading the reports and writing the things
        change = changes(store, minter, None if articles is None else set(articles))
        if not change:
            return change
        if articles is None and not store.has_graph(resolution):
            store.replace_graph(resolution, _ntriples(change.added))  # new: the store's bulk path
        elif articles is None:  # a whole rebuild (offline, `kg rebuild`) may be written in parts
            removed, added = sorted(change.removed, key=str), sorted(change.added, key=str)
            for at in range(0, max(len(removed), len(added)), WRITE_CHUNK):
                store.change_graph(resolution, removed[at:at + WRITE_CHUNK], added[at:at + WRITE_CHUNK])
        else:
            store.change_graph(resolution, change.removed, change.added)
    return change


def after_drop(store: GraphStore, graph: str) -> list[str]:
    """The update operations that bring the resolution graph to the store without the article graph `graph`, to
    run in the same transaction as its drop; [] when `graph` is no article graph or nothing changes. Read before
    the drop, leaving the dropped article's reports out."""
    match = ARTICLE_GRAPH.fullmatch(graph)
    if match is None:
        return []
    minter = Minter(match["base"])
    change = changes(store, minter, {graph}, excluded=graph)
    if not change:
        return []
    if not store.has_graph(graph):
        log.warning("the resolution graph <%s> was stale (an interrupted drop?): repaired", minter.graph("resolution"))
    return diff_operations(minter.graph("resolution"), change.removed, change.added)


def after_write(store: GraphStore, graph: str) -> None:
    """Bring the resolution graph up to date after an article graph was written (by the Graph Store Protocol)."""
    match = ARTICLE_GRAPH.fullmatch(graph)
    if match is not None:
        rebuild(store, Minter(match["base"]), [graph])


def unresolved_articles(store: GraphStore) -> set[str]:
    """Articles with a report that is of no thing: left so by a load killed between its writes (repaired by
    `rebuild` of them)."""
    rows = _rows(store, f"""SELECT DISTINCT ?article WHERE {{
        ?report <{KEY}> ?key ; <{DERIVED}> ?article FILTER NOT EXISTS {{ ?report <{KG.reportOf}> ?thing }} }}""")
    return {row["article"].value for row in rows}


# -- what changes --------------------------------------------------------------------------------------

def changes(store: GraphStore, minter: Minter, articles: set[str] | None, excluded: str | None = None) -> Change:
    """The difference between the resolution graph and the things the reports give, for the groups of the
    reports of `articles` (all groups when None), leaving out the reports of the article graph `excluded`."""
    resolution = minter.graph("resolution")
    mapper = Things(minter)
    if articles is None:
        keys = {kind: set(_all_keys(store, kind)) for kind in KINDS}
    else:
        keys = _touched_keys(store, resolution, articles - {excluded} if excluded else articles, articles)
    reader = _Reports(store, excluded)
    persons = reader.persons(keys["person"])
    stored: dict[str, tuple[str, str]] = {}
    if articles is not None:  # a person named or keyed anew: the calls that name them are written again
        stored = _stored_people(store, resolution, set(persons))
        renamed = [iri for key, (iri, name) in stored.items()
                   if key not in persons or (mapper.person_iri(persons[key]), persons[key].name) != (iri, name)]
        keys["call"] |= _calls_naming(store, resolution, renamed)
    events = reader.calls(keys["call"])
    named = {p for event in events for p in event.participants}
    if articles is not None:
        stored.update(_stored_people(store, resolution, named - set(persons) - set(stored)))
    missing = named - set(persons) - set(stored)
    if missing:  # a participant with no thing yet (a store left stale): made now
        persons.update(reader.persons(missing))
        keys["person"] |= missing
    packages = reader.packages(keys["aid"])

    people = {key: (iri, iri.rsplit("/", 1)[-1], name) for key, (iri, name) in stored.items()}
    people.update({key: (mapper.person_iri(p), p.slug, p.name) for key, p in persons.items()})
    new: set[ox.Triple] = set()
    for person in persons.values():
        new.update(mapper.person(person))
    for event in events:
        if all(p in people for p in event.participants):
            new.update(mapper.call(event, people))
    for package in packages:
        new.update(mapper.package(package))
    if articles is None:
        old = set(_triples(_rows(store, f"SELECT ?s ?p ?o WHERE {{ GRAPH {ox.NamedNode(resolution)} {{ ?s ?p ?o }} }}",
                                 union=False)))
    else:
        old = set()
        for kind in KINDS:
            old.update(_owned(store, resolution, kind, keys[kind]))
    return Change(removed=old - new, added=new - old, officials=len(persons), calls=len(events), packages=len(packages))


def _touched_keys(store: GraphStore, resolution: str, present: set[str], articles: set[str]) -> dict[str, set[str]]:
    """The resolution keys of the reports of the `present` articles now, and of the things the resolution graph
    derives from any of `articles`."""
    keys: dict[str, set[str]] = {kind: set() for kind in KINDS}
    kind_of = {cls: kind for kind, cls in REPORT_CLASS.items()}
    for chunk in _chunks(sorted(present)):
        for row in _rows(store, f"""SELECT DISTINCT ?class ?key WHERE {{ {_values("article", chunk)}
                ?report <{DERIVED}> ?article ; <{KEY}> ?key ; a ?class }}"""):
            if row["class"].value in kind_of:
                keys[kind_of[row["class"].value]].add(row["key"].value)
    kind_of = {cls: kind for kind, cls in THING_CLASS.items()}
    for chunk in _chunks(sorted(articles)):
        for row in _rows(store, f"""SELECT DISTINCT ?class ?key WHERE {{ {_values("article", chunk)}
                GRAPH {ox.NamedNode(resolution)} {{ ?thing <{DERIVED}> ?article ; <{KEY}> ?key ; a ?class }} }}""",
                         union=False):
            if row["class"].value in kind_of:
                keys[kind_of[row["class"].value]].add(row["key"].value)
    return keys


def _all_keys(store: GraphStore, kind: str) -> Iterator[str]:
    for row in _rows(store, f"SELECT DISTINCT ?key WHERE {{ ?report <{KEY}> ?key ; a <{REPORT_CLASS[kind]}> }}"):
        yield row["key"].value


def _stored_people(store: GraphStore, resolution: str, keys: set[str]) -> dict[str, tuple[str, str]]:
    """Person key -> (IRI, name) of the officials the resolution graph holds for those keys."""
    found = {}
    for chunk in _chunks(sorted(keys)):
        for row in _rows(store, f"""SELECT ?key ?person ?name WHERE {{ {_values("key", chunk)}
                GRAPH {ox.NamedNode(resolution)} {{ ?person <{KEY}> ?key ; a <{KG.Official}> ; <{SCHEMA}name> ?name }} }}""",
                         union=False):
            found[row["key"].value] = (row["person"].value, row["name"].value)
    return found


def _calls_naming(store: GraphStore, resolution: str, people: list[str]) -> set[str]:
    keys = set()
    for chunk in _chunks(sorted(people)):
        terms = [ox.NamedNode(p) for p in chunk]
        for row in _rows(store, f"""SELECT DISTINCT ?key WHERE {{ VALUES ?person {{ {' '.join(map(str, terms))} }}
                GRAPH {ox.NamedNode(resolution)} {{ ?call <{KG.participant}> ?person ; <{KEY}> ?key }} }}""",
                         union=False):
            keys.add(row["key"].value)
    return keys


def _owned(store: GraphStore, resolution: str, kind: str, keys: set[str]) -> Iterator[ox.Triple]:
    """The triples of the resolution graph that the things of those keys own: their own, their parts' (posts,
    amount, items), and their reports' links to them."""
    graph, cls = ox.NamedNode(resolution), THING_CLASS[kind]
    for chunk in _chunks(sorted(keys)):
        values = _values("key", chunk)
        yield from _triples(_rows(store, f"""SELECT (?thing AS ?s) ?p ?o WHERE {{ {values}
            GRAPH {graph} {{ ?thing <{KEY}> ?key ; a <{cls}> ; ?p ?o }} }}""", union=False))
        yield from _triples(_rows(store, f"""SELECT ?s ?p ?o WHERE {{ {values}
            GRAPH {graph} {{ ?thing <{KEY}> ?key ; a <{cls}> ; <{ORG}holds>|<{KG.amount}>|<{KG.item}> ?s . ?s ?p ?o }} }}""",
                                    union=False))
        yield from _triples(_rows(store, f"""SELECT ?s (<{KG.reportOf}> AS ?p) (?thing AS ?o) WHERE {{ {values}
            GRAPH {graph} {{ ?thing <{KEY}> ?key ; a <{cls}> . ?s <{KG.reportOf}> ?thing }} }}""", union=False))


# -- reading reports -----------------------------------------------------------------------------------

class _Reports:
    """Reads the reports of groups of keys from the union graph, leaving out an article being dropped."""

    def __init__(self, store: GraphStore, excluded: str | None) -> None:
        self.store, self.excluded = store, excluded

    def _described(self, kind: str, keys: set[str], extra: str = "") -> dict[str, dict[str, list]]:
        """Report IRI -> predicate -> objects, for the reports of `kind` with those keys."""
        out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for chunk in _chunks(sorted(keys)):
            for row in _rows(self.store, f"""SELECT ?report ?p ?o WHERE {{ {_values("key", chunk)}
                    ?report <{KEY}> ?key ; a <{REPORT_CLASS[kind]}> {extra} }}"""):
                out[row["report"].value][row["p"].value].append(row["o"])
        if self.excluded:
            for report in [r for r, props in out.items() if any(a.value == self.excluded for a in props[DERIVED])]:
                del out[report]
        return out

    def persons(self, keys: set[str]) -> dict[str, things.Person]:
        groups: dict[str, list[things.PersonReport]] = defaultdict(list)
        for iri, props in self._described("person", keys, "; ?p ?o").items():
            key = _one(props[KEY])
            groups[key].append(things.PersonReport(
                iri=iri, article=_one(props[DERIVED]), key=key, name=_one(props[SCHEMA + "name"]),
                aliases=tuple(sorted(a.value for a in props[SKOS_ALTLABEL])),
                titles=tuple(sorted(t.value for t in props[KG.title])),
                country=_code(_one(props[SCHEMA + "nationality"])),
                organizations=tuple(sorted(o.value for o in props[ORG + "memberOf"])),
                mentions=tuple(sorted(m.value for m in props[DENOTED]))))
        return {key: things.person(key, reports) for key, reports in groups.items()}

    def calls(self, keys: set[str]) -> list[things.CallEvent]:
        described = self._described("call", keys, "; ?p ?o")
        # the participants' keys and the articles' dates, by plain joins
        person_of = {row["r"].value: row["k"].value for row in self._join(
            "call", keys, f"?report <{KG.participant}>|<{KG.initiator}> ?x . ?x <{KEY}> ?k BIND(?x AS ?r)")}
        published = {row["r"].value: row["k"].value for row in self._join(
            "call", keys, f"?report <{DERIVED}> ?x . ?x <{SCHEMA}datePublished> ?k BIND(?x AS ?r)")}
        groups: dict[str, list[things.CallReport]] = defaultdict(list)
        for iri, props in described.items():
            key, article = _one(props[KEY]), _one(props[DERIVED])
            participants = tuple(sorted({person_of[p.value] for p in props[KG.participant] if p.value in person_of}))
            initiator = _one(props[KG.initiator])
            groups[key].append(things.CallReport(
                iri=iri, article=article, key=key, participants=participants, number=_number(iri),
                initiator=person_of.get(initiator) if initiator else None, date=_one(props[KG.date]),
                month_day=_one(props[KG.monthDay]), earlier=_one(props[KG.earlierCall]) == "true",
                mode="video" if _one(props[KG.mode]) == KG.Video else "phone",
                duration=int(_one(props[KG.durationMinutes]) or 0) or None,
                topics=tuple(t.value for t in sorted(props[KG.topic], key=lambda t: t.value)),
                mentions=tuple(sorted(m.value for m in props[DENOTED])),
                confidence=float(_one(props[KG.confidence]) or 0), article_date=published.get(article, "")[:10] or None))
        return [event for key, reports in sorted(groups.items()) for event in things.calls(key, reports)]

    def packages(self, keys: set[str]) -> list[things.Package]:
        described = self._described("aid", keys, "; ?p ?o")
        parts: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for row in self._join("aid", keys, f"?report <{KG.amount}>|<{KG.item}> ?r . ?r ?x ?k"):
            parts[row["r"].value][row["x"].value].append(row["k"])
        groups: dict[str, list[things.AidReport]] = defaultdict(list)
        for iri, props in described.items():
            key = _one(props[KEY])
            amount = parts.get(_one(props[KG.amount]) or "", {})
            items = []
            for node in sorted(i.value for i in props[KG.item]):
                item = parts.get(node, {})
                quantity = _one(item.get(KG.quantity, []))
                items.append(things.ItemReport(_one(item.get(RDFS_LABEL, [])) or node.rsplit("-item-", 1)[-1],
                                               int(quantity) if quantity else None, _one(item.get(KG.weaponSystem, []))))
            groups[key].append(things.AidReport(
                iri=iri, article=_one(props[DERIVED]), key=key, recipient=_code(_one(props[KG.recipient])) or "",
                donor=_code(_one(props[KG.donor])), amount=_one(amount.get(SCHEMA + "value", [])),
                currency=_one(amount.get(SCHEMA + "currency", [])), items=tuple(items), date=_one(props[KG.date]),
                status=(_one(props[KG.aidStatus]) or KG.Announced).rsplit("#", 1)[-1].lower(),
                mechanism=_one(props[KG.fundingMechanism]), mentions=tuple(sorted(m.value for m in props[DENOTED]))))
        return [things.package(key, reports) for key, reports in sorted(groups.items())]

    def _join(self, kind: str, keys: set[str], pattern: str) -> Iterator[dict]:
        """Rows (?r ?x ?k) of `pattern` joined to the reports of `kind` with those keys (an excluded article's
        rows are harmless: they are looked up only from the reports kept)."""
        for chunk in _chunks(sorted(keys)):
            yield from _rows(self.store, f"""SELECT ?r ?x ?k WHERE {{ {_values("key", chunk)}
                ?report <{KEY}> ?key ; a <{REPORT_CLASS[kind]}> . {pattern} }}""")



# -- helpers -------------------------------------------------------------------------------------------

def _rows(store: GraphStore, sparql: str, union: bool = True) -> list[dict]:
    solutions = store.query(sparql, union=union)
    names = [v.value for v in solutions.variables]
    return [{n: s[n] for n in names if s[n] is not None} for s in solutions]


def _triples(rows: list[dict]) -> Iterator[ox.Triple]:
    for row in rows:
        yield ox.Triple(row["s"], row["p"], row["o"])


def _values(variable: str, values: list[str]) -> str:
    """A VALUES clause of IRIs (for "article") or plain literals, each written by pyoxigraph."""
    make = ox.NamedNode if variable == "article" else ox.Literal
    return f"VALUES ?{variable} {{ {' '.join(str(make(v)) for v in values)} }}"


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for at in range(0, len(values), CHUNK):
        yield values[at:at + CHUNK]


def _one(terms: list) -> str | None:
    """The least of the values (one in a well-formed report), as text."""
    return min((t.value for t in terms), default=None)


def _code(iri: str | None) -> str | None:
    """The ISO code of a country IRI (Minter.country)."""
    return iri.rsplit("/", 1)[-1] if iri else None


def _number(report: str) -> int:
    tail = report.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _ntriples(triples: Iterable[ox.Triple]) -> str:
    return ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES).decode()

