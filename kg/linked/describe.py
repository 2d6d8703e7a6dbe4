"""What the store says about one IRI: its description (a CBD-like set of triples) and the model of its page.

Every IRI goes into the queries as a bound variable (`store.select(..., iri=NamedNode)`), never as text.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.export import NODE_CLASSES, curie, local_name
from kg.linked import titles as titling
from kg.store import Store
from kg.vocab import GAF, KG_NS, NIF, ORG, PROV, RDF_TYPE, RDFS_LABEL, SCHEMA, SKOS

ARTICLE_BODY = SCHEMA + "articleBody"
LABELS = (RDFS_LABEL, SCHEMA + "name", SCHEMA + "headline", SKOS + "prefLabel")
HIDDEN_ON_PAGE = {RDF_TYPE, ARTICLE_BODY, GAF + "denotedBy"}
HIDDEN_INCOMING = {KG_NS + "reportOf"}  # the reports of a thing are shown as its sources
NEIGHBOURS_ON_GRAPH = 60
SENTENCES_SHOWN = 2  # evidence sentences shown per source; the others are folded away
SOURCES_SHOWN = 4  # sources shown; the others are folded away
FACTS_SHOWN = 12  # values of one fact in the summary (the rest are under "All statements")

# The kind of thing a page is about, most specific first, for its heading.
KINDS = (KG_NS + "PhoneCall", KG_NS + "VideoCall", KG_NS + "Call", KG_NS + "AidPackage", KG_NS + "Official",
         KG_NS + "Country", KG_NS + "Organization", KG_NS + "WeaponSystem", KG_NS + "AidItem", ORG + "Post",
         SCHEMA + "NewsArticle", SCHEMA + "Organization", KG_NS + "Report")
# The summary at the top of a page, per class: (heading, property, direction: "out" for its values, "in" for the
# things that point at it). Dates are written as people write them; calls and packages by their titles.
SUMMARIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    KG_NS + "Call": (("Date", KG_NS + "date", "out"), ("Participants", KG_NS + "participant", "out"),
                     ("Placed by", KG_NS + "initiator", "out"), ("Mode", KG_NS + "mode", "out"),
                     ("Status", KG_NS + "status", "out"), ("Minutes", KG_NS + "durationMinutes", "out"),
                     ("Topics", KG_NS + "topic", "out")),
    KG_NS + "AidPackage": (("Donor", KG_NS + "donor", "out"), ("Recipient", KG_NS + "recipient", "out"),
                           ("Amount", KG_NS + "amount", "out"), ("Date", KG_NS + "date", "out"),
                           ("Status", KG_NS + "aidStatus", "out"), ("Funding", KG_NS + "fundingMechanism", "out"),
                           ("Items", KG_NS + "item", "out")),
    KG_NS + "Official": (("Name", SCHEMA + "name", "out"), ("Also written", SKOS + "altLabel", "out"),
                         ("Posts", ORG + "holds", "out"), ("Nationality", SCHEMA + "nationality", "out"),
                         ("Calls", KG_NS + "participant", "in")),
    KG_NS + "Country": (("Officials", SCHEMA + "nationality", "in"), ("Aid given", KG_NS + "donor", "in"),
                        ("Aid received", KG_NS + "recipient", "in")),
    KG_NS + "AidItem": (("Package", KG_NS + "item", "in"), ("Weapon system", KG_NS + "weaponSystem", "out"),
                        ("Quantity", KG_NS + "quantity", "out")),
    ORG + "Post": (("Title", KG_NS + "title", "out"), ("Held by", ORG + "heldBy", "out"),
                   ("Country", KG_NS + "country", "out")),
    SCHEMA + "NewsArticle": (("Published", SCHEMA + "datePublished", "out"), ("Outlet", SCHEMA + "publisher", "out"),
                             ("Original", SCHEMA + "url", "out"), ("What it reports", PROV + "wasDerivedFrom", "in")),
}
DATES = {KG_NS + "date", SCHEMA + "datePublished"}
KIND_NAMES = {SCHEMA + "NewsArticle": "News article", ORG + "Post": "Post", SCHEMA + "Organization": "Outlet"}

# The queries bind ?iri (store.select(..., iri=NamedNode)), and use it only in triple patterns and the
# projection, never in FILTER or BIND: so they mean the same whether a store binds it before evaluation
# (Oxigraph's substitutions) or joins a trailing VALUES clause (kg.remote.RemoteStore).
EXISTS = """
SELECT ?iri WHERE { { ?iri ?p ?o } UNION { ?s ?p ?iri } } LIMIT 1
"""

# Outgoing triples (?s unbound), incoming ones (?o unbound), and those of the parts of the IRI (both bound):
# the mentions `article#char=1,2` of an article, since dereferencing a hash IRI fetches the document of the
# part before the hash.
DESCRIPTION = f"""
SELECT ?iri ?s ?p ?o WHERE {{
  {{ ?iri ?p ?o }} UNION {{ ?s ?p ?iri }} UNION {{ ?s <{SCHEMA}isPartOf> ?iri ; ?p ?o }}
}}
"""

# Labels and types of every IRI next to this one.
NEIGHBOURS = f"""
SELECT ?iri ?n ?label ?type WHERE {{
  {{ ?iri ?p ?n }} UNION {{ ?n ?p ?iri }}
  FILTER(isIRI(?n))
  OPTIONAL {{ ?n <{RDFS_LABEL}>|<{SCHEMA}name>|<{SCHEMA}headline> ?label }}
  OPTIONAL {{ ?n a ?type }}
}}
"""

SOURCES = f"""
SELECT ?iri ?article ?title ?date ?url ?publisher WHERE {{
  ?iri <{PROV}wasDerivedFrom> ?article .
  OPTIONAL {{ ?article <{SCHEMA}headline> ?title }}
  OPTIONAL {{ ?article <{SCHEMA}datePublished> ?date }}
  OPTIONAL {{ ?article <{SCHEMA}url> ?url }}
  OPTIONAL {{ ?article <{SCHEMA}publisher>/<{SCHEMA}name> ?publisher }}
}} ORDER BY ?date ?article
"""

# The sentences behind a thing: the mentions of each of its reports, with the report's confidence.
EVIDENCE = f"""
SELECT ?iri ?article ?mention ?start ?end ?text ?confidence WHERE {{
  ?report <{KG_NS}reportOf> ?iri ; <{GAF}denotedBy> ?mention .
  ?mention <{SCHEMA}isPartOf> ?article ; <{NIF}beginIndex> ?start ; <{NIF}endIndex> ?end ; <{NIF}anchorOf> ?text .
  OPTIONAL {{ ?report <{KG_NS}confidence> ?confidence }}
}} ORDER BY ?article ?start ?end
"""


def exists(store: Store, iri: str) -> bool:
    return bool(store.select(EXISTS, iri=ox.NamedNode(iri)))


def description(store: Store, iri: str) -> list[ox.Triple]:
    """The triples that describe `iri`: outgoing, incoming, and those of its fragments (mentions)."""
    node = ox.NamedNode(iri)
    triples = {}
    for row in store.select(DESCRIPTION, iri=node):
        s, o = row.get("s"), row.get("o")
        if s is None:
            triple = ox.Triple(node, row["p"], o)
        elif o is None:
            triple = ox.Triple(s, row["p"], node)
        elif isinstance(s, ox.NamedNode) and s.value.startswith(iri + "#"):
            triple = ox.Triple(s, row["p"], o)
        else:
            continue
        triples[triple] = None
    return sorted(triples, key=lambda t: (t.subject.value, t.predicate.value, str(t.object)))

GRAPH = """SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"""


def graph_triples(store: Store, graph: str) -> list[ox.Triple]:
    """The triples of one named graph."""
    rows = store.select(GRAPH, g=ox.NamedNode(graph))
    return sorted({ox.Triple(r["s"], r["p"], r["o"]) for r in rows},
                  key=lambda t: (t.subject.value, t.predicate.value, str(t.object)))


def term(value) -> Value:
    return _value(value, {})


# -- the page --------------------------------------------------------------------------------------------
@dataclass
class Value:
    """An object or subject shown on a page: an IRI (with its label) or a literal (with its datatype)."""
    text: str
    iri: str | None = None
    datatype: str | None = None
    language: str | None = None


@dataclass
class PropertyValues:
    iri: str
    curie: str
    values: list[Value]


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    confidence: str
    mention: str  # the mention's IRI: article#char=start,end


@dataclass
class Source:
    article: str
    title: str
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Segment:
    """A stretch of an article's text: `mentions` cover it, `anchors` start at it."""
    text: str
    mentions: list[str]
    anchors: list[str]


@dataclass
class Fact:
    """One line of a page's summary: a heading and its values (`more`: how many were left out)."""
    heading: str
    values: list[Value]
    more: int = 0


@dataclass
class Page:
    iri: str
    label: str  # the page's title: a name, or a call's or package's human title
    types: list[Value]
    properties: list[PropertyValues]
    incoming: list[PropertyValues]
    sources: list[Source]
    graph: dict
    body: list[Segment] | None = None
    kind: str = ""  # "Phone call", "Military aid package", "Official", ...
    facts: list[Fact] = field(default_factory=list)

    @property
    def is_article(self) -> bool:
        return self.body is not None

    @property
    def sentences(self) -> int:
        return sum(len(source.sentences) for source in self.sources)


def _value(term, labels: dict[str, str]) -> Value:
    if isinstance(term, ox.NamedNode):
        return Value(labels.get(term.value) or curie(term.value), iri=term.value)
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype else None
        if datatype and datatype.endswith(("#string", "#langString")):
            datatype = None
        return Value(term.value, datatype=curie(datatype) if datatype else None, language=term.language)
    return Value(str(term))


def _grouped(pairs: list[tuple[str, Value]]) -> list[PropertyValues]:
    groups: dict[str, list[Value]] = defaultdict(list)
    for predicate, value in pairs:
        if value not in groups[predicate]:
            groups[predicate].append(value)
    ordered = sorted(groups, key=lambda p: (p != RDFS_LABEL, curie(p)))
    return [PropertyValues(p, curie(p), sorted(groups[p], key=lambda v: (v.text.lower(), v.iri or "")))
            for p in ordered]


def page(store: Store, iri: str) -> Page:
    node = ox.NamedNode(iri)
    triples = description(store, iri)
    labels: dict[str, str] = {}
    types: dict[str, set[str]] = defaultdict(set)
    for row in store.select(NEIGHBOURS, iri=node):
        name = row["n"].value
        if "label" in row:
            labels[name] = min(labels.get(name, row["label"].value), row["label"].value)
        if "type" in row:
            types[name].add(row["type"].value)

    own = [t for t in triples if t.subject == node]
    named = titling.around(store, iri)
    labels.update(named.short)  # calls and packages by their titles ("Austin – Umerov, 20 June 2024")
    for t in own:
        if t.predicate.value == KG_NS + "amount" and iri in named.amounts:
            labels[t.object.value] = named.amounts[iri]  # "€650,000,000", not the amount's IRI
    label = named.full.get(iri) or next((t.object.value for p in LABELS for t in own
                                         if t.predicate.value == p and isinstance(t.object, ox.Literal)),
                                        local_name(iri))
    own_types = [_value(t.object, labels) for t in own if t.predicate.value == RDF_TYPE]
    properties = _grouped([(t.predicate.value, _value(t.object, labels)) for t in own
                           if t.predicate.value not in HIDDEN_ON_PAGE])
    incoming_triples = [t for t in triples if t.object == node and t.subject != node]
    incoming = _grouped([(t.predicate.value, _value(t.subject, labels)) for t in incoming_triples
                         if not t.subject.value.startswith(iri + "#") and t.predicate.value not in HIDDEN_INCOMING])
    body_text = next((t.object.value for t in own if t.predicate.value == ARTICLE_BODY), None)
    is_article = SCHEMA + "NewsArticle" in {t.object.value for t in own if t.predicate.value == RDF_TYPE}
    classes = {v.iri for v in own_types if v.iri}
    kind = next((KIND_NAMES.get(c, v.text) for c in KINDS for v in own_types if v.iri == c), "")
    return Page(
        iri=iri, label=label, types=sorted(own_types, key=lambda v: v.text), properties=properties,
        incoming=incoming, sources=[] if is_article else sources(store, iri),
        graph=neighbourhood(iri, titling.two_lines(named.short[iri]) if iri in named.short else label, own_types,
                            triples, {**labels, **{k: titling.two_lines(v) for k, v in named.short.items()}}, types),
        body=segments(body_text or "", _mentions(triples, iri)) if is_article else None,
        kind=kind, facts=summary(node, classes, triples, labels, named.dates),
    )


def summary(node: ox.NamedNode, classes: set[str], triples: list[ox.Triple], labels: dict[str, str],
            dates: dict[str, str]) -> list[Fact]:
    """The facts a person reads first (SUMMARIES), for the first of the page's classes that has any. Calls and
    packages are listed newest first; other values by name."""
    wanted = next((SUMMARIES[c] for c in SUMMARIES if c in classes), ())
    facts = []
    for heading, predicate, direction in wanted:
        if direction == "out":
            terms = [t.object for t in triples if t.subject == node and t.predicate.value == predicate]
        else:
            terms = [t.subject for t in triples if t.object == node and t.predicate.value == predicate
                     and not t.subject.value.startswith(node.value + "#")]
        values = list({(v.text, v.iri): v for v in (_value(term, labels) for term in terms)}.values())
        if predicate in DATES:
            values = [Value(titling.human_date(v.text) or v.text) for v in values]
        values.sort(key=lambda v: (v.iri is None, v.text.lower()))
        if any(v.iri in dates for v in values):
            values.sort(key=lambda v: dates.get(v.iri or "", ""), reverse=True)
        if values:
            facts.append(Fact(heading, values[:FACTS_SHOWN], max(0, len(values) - FACTS_SHOWN)))
    return facts


def sources(store: Store, iri: str) -> list[Source]:
    """The articles a fact or entity came from, with the sentences (mentions) of each."""
    found: dict[str, Source] = {}
    for row in store.select(SOURCES, iri=ox.NamedNode(iri)):
        article = row["article"].value
        if article not in found:
            found[article] = Source(
                article, row["title"].value if "title" in row else local_name(article),
                row["date"].value if "date" in row else None, row["url"].value if "url" in row else None,
                row["publisher"].value if "publisher" in row else None)
    for row in store.select(EVIDENCE, iri=ox.NamedNode(iri)):
        article = row["article"].value
        source = found.setdefault(article, Source(article, local_name(article)))
        sentence = Sentence(int(row["start"].value), int(row["end"].value), row["text"].value,
                            row["confidence"].value if "confidence" in row else "?", row["mention"].value)
        if sentence not in source.sentences:
            source.sentences.append(sentence)
    return list(found.values())


def _mentions(triples: list[ox.Triple], article: str) -> list[tuple[int, int, str]]:
    """(start, end, fragment) of every mention that is part of the article."""
    begin: dict[str, int] = {}
    end: dict[str, int] = {}
    for t in triples:
        s = t.subject.value
        if not s.startswith(article + "#"):
            continue
        try:
            if t.predicate.value == NIF + "beginIndex":
                begin[s] = int(t.object.value)
            elif t.predicate.value == NIF + "endIndex":
                end[s] = int(t.object.value)
        except ValueError:
            continue
    return sorted((begin[m], end[m], m[len(article) + 1:]) for m in begin if m in end and begin[m] < end[m])


def segments(text: str, mentions: list[tuple[int, int, str]]) -> list[Segment]:
    """The text cut at every mention boundary, so overlapping mentions need no nested markup; each mention's
    fragment (`char=s,e`) anchors where it starts."""
    mentions = [(s, e, f) for s, e, f in mentions if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in mentions), *(e for _, e, _ in mentions)})
    out = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        covering = [f for s, e, f in mentions if s <= left and right <= e]
        anchors = [f for s, _, f in mentions if s == left]
        out.append(Segment(text[left:right], covering, anchors))
    return out


def neighbourhood(iri: str, label: str, own_types: list[Value], triples: list[ox.Triple],
                  labels: dict[str, str], types: dict[str, set[str]]) -> dict:
    """A small Cytoscape.js graph: this node and the entities linked to it (not mentions, not literals)."""

    def category(classes: set[str]) -> str | None:
        return next((curie(c) for c in NODE_CLASSES if c in classes), None)

    center_type = category({v.iri for v in own_types if v.iri}) or "other"
    nodes = {iri: {"id": iri, "label": label, "type": center_type, "center": True}}
    edges = []
    for t in triples:
        if t.subject.value != iri and t.object != ox.NamedNode(iri):
            continue
        other = t.object if t.subject.value == iri else t.subject
        if not isinstance(other, ox.NamedNode) or t.predicate.value == RDF_TYPE or other.value == iri:
            continue
        kind = category(types.get(other.value, set()))
        if kind is None:
            continue
        if other.value not in nodes:
            if len(nodes) > NEIGHBOURS_ON_GRAPH:
                continue
            nodes[other.value] = {"id": other.value, "label": labels.get(other.value) or local_name(other.value),
                                  "type": kind}
        edges.append({"id": f"e{len(edges)}", "source": t.subject.value, "target": t.object.value,
                      "label": local_name(t.predicate.value)})
    return {"nodes": [{"data": n} for n in nodes.values()], "edges": [{"data": e} for e in edges]}
