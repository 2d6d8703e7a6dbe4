"""The evidence behind one fact: the mentions of each source article it was extracted from.

A fact is named by a full IRI (`http://…/id/person/lloyd-austin`, optionally in <>), a prefixed name
(`person:lloyd-austin`, `call:2022-05-13/lloyd-austin--sergei-shoigu`, or any prefix of kg.vocab), or a bare key
(`lloyd-austin`, `2022-05-13/lloyd-austin--sergei-shoigu`, `us-ua-225000000-usd`, `person/lloyd-austin`).
A fact is a thing of the resolution graph (kg:Official, kg:Call, kg:AidPackage) or an organization (kg:Organization); what each article said about it
is a report (`<article#call-1>`, linked to it with kg:reportOf). Explaining the thing, or any of its reports,
shows every report of it across articles, each with its mentions.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import KGError
from kg.store import GraphStore
from kg.vocab import GAF, KG_NS, NIF, PREFIXES, RDFS_LABEL, SCHEMA

ENTITY_KINDS = ("person", "call", "aid", "org")  # the order a bare key is tried in; kg.iris.Minter mints "id/<kind>/<key>"
ANNOUNCED = re.compile(r"^\d{4}-\d{2}-\d{2}/")
ENTITY_IRI = re.compile(r"/id/(?P<kind>person|call|aid|country|org|weapon|outlet|post)/(?P<key>.+)$")

_PREFIXES = f"""
PREFIX gaf: <{GAF}>
PREFIX nif: <{NIF}>
PREFIX schema: <{SCHEMA}>
PREFIX kg: <{KG_NS}>
"""
FACTS = _PREFIXES + "SELECT DISTINCT ?fact WHERE { ?fact kg:resolutionKey ?key }"  # things and their reports
EXISTS = "ASK { { ?node ?p ?o } UNION { ?s ?p ?node } }"
# a report -> the thing it is a report of
THING = _PREFIXES + "SELECT DISTINCT ?node ?thing WHERE { ?node kg:reportOf ?thing } ORDER BY ?thing"
REPORTS = _PREFIXES + "SELECT DISTINCT ?node ?report WHERE { ?report kg:reportOf ?node } ORDER BY ?report"
LABEL = f"SELECT ?node ?label WHERE {{ ?node <{RDFS_LABEL}> ?label }} ORDER BY ?label LIMIT 1"
MENTIONS = _PREFIXES + """
SELECT ?node ?article ?start ?end ?text ?confidence ?title ?url WHERE {
  ?node gaf:denotedBy ?mention .
  ?mention schema:isPartOf ?article ; nif:beginIndex ?start ; nif:endIndex ?end ; nif:anchorOf ?text .
  OPTIONAL { ?node kg:confidence ?confidence }
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:url ?url }
}
"""


class UnknownFact(KGError):
    """The argument of `kg explain` names no fact with evidence in the store."""


@dataclass(frozen=True, order=True)
class Mention:
    start: int
    end: int
    text: str
    confidence: str


@dataclass
class Source:
    """One source article and, per report of the fact in it, the mentions of that report."""
    article: str
    title: str | None
    url: str | None
    reports: dict[str, list[Mention]] = field(default_factory=dict)


@dataclass
class Explanation:
    fact: str
    kind: str | None
    label: str | None
    reports: list[str]  # every report of the fact, across articles
    sources: list[Source]


# -- naming a fact -------------------------------------------------------------------------------------

def fact_key(iri: str) -> tuple[str, str] | None:
    """(kind, key) of an IRI minted by kg.iris.Minter, e.g. ("person", "lloyd-austin")."""
    match = ENTITY_IRI.search(iri)
    return (match["kind"], match["key"]) if match else None


def known_facts(store: GraphStore) -> list[str]:
    return sorted(row["fact"].value for row in store.select(FACTS) if isinstance(row["fact"], ox.NamedNode))


def resolve_fact(store: GraphStore, name: str, base_iri: str) -> str:
    """The IRI of the fact `name` names, or UnknownFact saying so (with the closest keys, if any)."""
    name = name.strip()
    facts = known_facts(store)
    candidates = _candidates(name, base_iri)
    known = set(facts)
    matches = [iri for iri in candidates if iri in known] or _by_key(name, facts)
    if len(matches) > 1:
        raise UnknownFact(f"{name} is ambiguous: it names {' and '.join(matches)}; give the full IRI")
    if matches:
        return matches[0]
    raise UnknownFact(_unknown_message(store, name, candidates, facts))


def _candidates(name: str, base_iri: str) -> list[str]:
    """The IRIs a name may stand for: one for an IRI or a prefixed name, one per kind of fact for a bare key
    (keys are slugs: a colon makes a prefixed name or an IRI)."""
    base = base_iri if base_iri.endswith("/") else base_iri + "/"
    if name.startswith("<") and name.endswith(">"):
        return [name[1:-1]]
    prefix, colon, local = name.partition(":")
    if colon and prefix in ENTITY_KINDS:
        return [f"{base}id/{prefix}/{local}"]
    if colon and prefix in PREFIXES:
        return [PREFIXES[prefix] + local]
    if colon:
        return [name]
    return [f"{base}id/{kind}/{name.removeprefix(kind + '/')}" for kind in ENTITY_KINDS]


def _by_key(name: str, facts: list[str]) -> list[str]:
    """Facts whose key is `name` or `kind/name` under any base (a store loaded with another KG_BASE_IRI)."""
    name = name.removeprefix("<").removesuffix(">")
    found = []
    for iri in facts:
        kind_key = fact_key(iri)
        if not kind_key:
            continue
        keys = {kind_key}
        if kind_key[0] == "aid" and ANNOUNCED.match(kind_key[1]):  # a package is also named without its day
            keys.add(("aid", ANNOUNCED.sub("", kind_key[1])))
        if any(name in (key, f"{kind}/{key}", f"{kind}:{key}") for kind, key in keys):
            found.append(iri)
    return found


def _unknown_message(store: GraphStore, name: str, candidates: list[str], facts: list[str]) -> str:
    present = next((iri for iri in candidates if _exists(store, iri)), None)
    if present:
        return (f"no evidence is recorded for {present}: only officials, calls, aid packages and organizations are explained "
                "(see `kg query officials`, `kg query calls`, `kg query aid`)")
    if not name:
        return "name a fact to explain: an IRI, a prefixed name or a key such as lloyd-austin"
    message = f"no fact {name} in the store"
    close = _close_names(name, candidates, facts)
    return message + (f"; did you mean {' or '.join(close)}?" if close else
                      " (see `kg query officials`, `kg query calls`, `kg query aid`)")


def _exists(store: GraphStore, iri: str) -> bool:
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        return False
    return bool(store.query(EXISTS, substitutions={ox.Variable("node"): node}))


def _close_names(name: str, candidates: list[str], facts: list[str]) -> list[str]:
    """The closest keys (or IRIs, when an IRI was given) to a name that matches none."""
    pairs = [pair for pair in map(fact_key, facts) if pair]
    if ":" in name and name.partition(":")[0] not in ENTITY_KINDS:
        given = fact_key(candidates[0])
        if given is None:
            return difflib.get_close_matches(candidates[0], facts, n=2, cutoff=0.9)
        same_kind = {key: iri for iri in facts if (pair := fact_key(iri)) and pair[0] == given[0] for key in [pair[1]]}
        return [same_kind[key] for key in difflib.get_close_matches(given[1], list(same_kind), n=2, cutoff=0.75)]
    keys = {key: key for _, key in pairs} | {f"{kind}/{key}": key for kind, key in pairs}
    tail = name.partition(":")[2] if ":" in name else name
    close = difflib.get_close_matches(tail, list(keys), n=4, cutoff=0.75)
    return list(dict.fromkeys(keys[c] for c in close))[:2]


# -- its evidence --------------------------------------------------------------------------------------

def explain(store: GraphStore, name: str, base_iri: str) -> Explanation:
    """The evidence behind the fact `name` names, per source article (UnknownFact if there is none)."""
    fact = canonical(store, resolve_fact(store, name, base_iri))
    reports = _values(store, REPORTS, fact, "report")
    sources: dict[str, Source] = {}
    for report in reports:
        for row in store.select(MENTIONS, node=ox.NamedNode(report)):
            _add_mention(sources, report, row)
    for source in sources.values():
        for mentions in source.reports.values():
            mentions.sort()
    labels = _values(store, LABEL, fact, "label")
    kind = fact_key(fact)
    return Explanation(fact=fact, kind=kind[0] if kind else None, label=labels[0] if labels else None,
                       reports=reports, sources=sorted(sources.values(), key=lambda s: s.article))


def canonical(store: GraphStore, fact: str) -> str:
    """The thing a report is a report of (the fact itself when it is no report)."""
    thing = _values(store, THING, fact, "thing")
    return thing[0] if len(thing) == 1 else fact


def _values(store: GraphStore, sparql: str, node: str, variable: str) -> list[str]:
    return [row[variable].value for row in store.select(sparql, node=ox.NamedNode(node)) if variable in row]


def _add_mention(sources: dict[str, Source], report: str, row: dict) -> None:
    article = row["article"].value
    source = sources.setdefault(article, Source(article, _optional(row, "title"), _optional(row, "url")))
    mention = Mention(int(row["start"].value), int(row["end"].value), row["text"].value,
                      _optional(row, "confidence") or "?")
    mentions = source.reports.setdefault(report, [])
    same_span = next((m for m in mentions if (m.start, m.end) == (mention.start, mention.end)), None)
    if same_span is None:
        mentions.append(mention)
    elif mention.confidence not in same_span.confidence.split("/"):  # one span given by two reports
        mentions[mentions.index(same_span)] = Mention(mention.start, mention.end, mention.text,
                                                      "/".join(sorted({same_span.confidence, mention.confidence})))


def _optional(row: dict, name: str) -> str | None:
    return row[name].value if name in row else None


def evidence(store: GraphStore, fact: str) -> list[tuple[str, str | None, list[tuple[int, int, str, str]]]]:
    """(article, title, [(start, end, text, confidence)]) for each source of the fact IRI `fact`."""
    explained = explain(store, f"<{fact}>", "")
    return [(s.article, s.title, [(m.start, m.end, m.text, m.confidence)
                                  for mentions in s.reports.values() for m in mentions]) for s in explained.sources]


# -- as text -------------------------------------------------------------------------------------------

def render(explained: Explanation) -> list[str]:
    """The lines `kg explain` prints: the fact, then per source article its IRI, url and title, then each
    mention as `[start-end] confidence "text"` (offsets into the article's stored text, the text JSON-quoted)."""
    mentions = sum(len(ms) for s in explained.sources for ms in s.reports.values())
    head = [f"{explained.kind or 'fact'} <{explained.fact}>"]
    if explained.label:
        head.append(f"  label: {explained.label}")
    head.append(f"  {mentions} mention(s) in {len(explained.reports)} report(s) from {len(explained.sources)} "
                "source article(s)")
    body = [line for source in explained.sources for line in _source_lines(source)]
    return head + body


def _source_lines(source: Source) -> list[str]:
    out = ["", f"article <{source.article}>"]
    if source.url:
        out.append(f"  url:   {source.url}")
    if source.title:
        out.append(f"  title: {source.title}")
    for report, mentions in source.reports.items():
        out.append(f"  report <{report}>")
        out += [f"    [{m.start}-{m.end}] {m.confidence} {json.dumps(m.text, ensure_ascii=False)}" for m in mentions]
    return out
