"""Organizations an article names as actors: NATO, the EU, the Pentagon, "Russia's Defence Ministry".

An organization counts where it acts in a sentence: the subject of a verb ("NATO said", "the Kremlin and the
White House confirmed"), the agent of a passive ("was announced by the Pentagon"), the source of a report
("according to the Foreign Ministry") or the body behind a statement ("a Kremlin statement said"). A name used
as a modifier ("NATO Secretary General", "Pentagon officials") is not an actor: the people are.

Names come from two tables in kg/data: organizations.tsv (international organizations and named national
bodies, with their aliases) and government_bodies.tsv (kinds of ministry, named with a country: "the Russian
Defence Ministry", "Ministry of Foreign Affairs of Ukraine"). A ministry whose country the sentence does not give
is left out: it names no one organization.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from kg import reference
from kg.extract.doccache import sentences, span_text
from kg.extract.people import in_body
from kg.facts import Organization, Span

# nouns of what an organization issues: "a Pentagon statement said" makes the Pentagon the one speaking
STATEMENT_NOUNS = {"statement", "readout", "announcement", "release", "communique", "communiqué", "declaration"}
ACTOR_DEPS = {"nsubj", "csubj"}
LOOK_BEHIND = 3  # tokens a country name before a ministry may span ("the South Korean Defense Ministry")


@dataclass(frozen=True)
class _Name:
    key: str | None        # an organization of the table, or None for a kind of body
    body: str | None       # kind of body ("MOD") when the name needs a country
    weak: bool = False     # a common noun ("the alliance") that names it only where the article names it otherwise


@cache
def _names() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, _Name]]:
    """(case-sensitive pattern of abbreviations, case-insensitive pattern of names, folded name -> what it names)."""
    names: dict[str, _Name] = {}
    written: set[str] = set()
    for key, row in reference.organization_rows().items():
        for alias in (row.name, *row.aliases):
            plain = alias.removeprefix("the ")
            names[reference.fold(plain)] = _Name(key, None, weak=plain.islower())
            written.add(plain)
    for body, (_, phrases) in reference.government_bodies().items():
        for phrase in phrases:
            names.setdefault(reference.fold(phrase), _Name(None, body))
            written.add(phrase)
    exact = sorted((a for a in written if _abbreviation(a)), key=len, reverse=True)
    spelled = sorted((a for a in written if not _abbreviation(a)), key=len, reverse=True)
    return (re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, exact)) + r")(?![\w-])"),
            re.compile(r"\b(?:" + "|".join(map(re.escape, spelled)) + r")\b", re.IGNORECASE), names)


def _abbreviation(alias: str) -> bool:
    """Short capitals ("EU", "U.N.", "DoD", "G7") match in their own case only ("un", "eu" are other words)."""
    return len(alias) <= 5 and alias[:1].isupper() and not alias[1:].islower()


def find_organizations(doc: Doc, body: list[tuple[int, int]]) -> tuple[Organization, ...]:
    exact, spelled, names = _names()
    found: dict[str, Organization] = {}
    evidence_of: dict[str, dict[Span, None]] = {}  # the sentences each acts in, in order
    named: set[str] = set()  # named by more than a common noun ("the alliance")
    for sentence in sentences(doc):
        if not in_body(sentence, body):
            continue
        text = span_text(sentence)
        evidence = Span(sentence.start_char, sentence.end_char, text)
        for pattern in (exact, spelled):
            for match in pattern.finditer(text):
                name = names.get(reference.fold(match.group()))
                span = doc.char_span(sentence.start_char + match.start(), sentence.start_char + match.end(),
                                     alignment_mode="expand")
                if name is None or span is None or not _acts(span):
                    continue
                organization = _organization(name, span)
                if organization is None:
                    continue
                found.setdefault(organization.key, organization)
                evidence_of.setdefault(organization.key, {})[evidence] = None
                if not name.weak:
                    named.add(organization.key)
    return tuple(replace(o, mentions=tuple(evidence_of[key])) for key, o in found.items() if key in named)


def _organization(name: _Name, span: SpacySpan) -> Organization | None:
    rows = reference.organization_rows()
    if name.key is not None:
        row = rows[name.key]
        return Organization(row.key, row.name, row.country, row.wikidata)
    country = _country_of(span)
    if country is None:
        return None
    for row in rows.values():  # a national body the table names ("the Pentagon" for the US defence ministry)
        if row.country == country and row.body == name.body:
            return Organization(row.key, row.name, row.country, row.wikidata)
    generic, _ = reference.government_bodies()[name.body]
    state = reference.countries().get(country)
    return Organization(f"{country}-{name.body}", f"{generic} ({state.name if state else country})", country)


def _country_of(span: SpacySpan) -> str | None:
    """The country a ministry's name gives: before it ("Ukraine's", "the Russian") or after it ("of Ukraine")."""
    doc = span.doc
    last = span.start - 1
    if last >= 0 and doc[last].tag_ == "POS":
        last -= 1
    for size in range(LOOK_BEHIND, 0, -1):
        first = last - size + 1
        if first < 0 or first < span.sent.start:
            continue
        words = doc[first:last + 1]
        if all(t.text[:1].isupper() for t in words) and (code := reference.country_code(words.text)):
            return code if code in reference.countries() else None
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        start = span.end + 1 + (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "the")
        for size in range(4, 0, -1):
            words = doc[start:min(start + size, span.sent.end)]
            if len(words) == size and words[-1].text[:1].isupper() and (code := reference.country_code(words.text)):
                return code if code in reference.countries() else None
    return None


def _acts(span: SpacySpan) -> bool:
    """The organization the span names does something in its sentence (see the module's docstring)."""
    head = _first_conjunct(span.root)
    if head.dep_ in ACTOR_DEPS:
        return True
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True
    return head.dep_ in ("compound", "poss", "amod", "nmod") and head.head.lemma_.lower() in STATEMENT_NOUNS \
        and _first_conjunct(head.head).dep_ in ACTOR_DEPS | {"pobj"}


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token
