"""Facts -> RDF: one named graph per article (its reports), and things -> the triples of the resolution graph;
every term from kg.vocab. Pure: values in, triples out."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox

from kg import reference, things
from kg.facts import AidPackage, ArticleFacts, Call, Official, Organization, Span
from kg.iris import Minter, slugify
from kg.things import identity
from kg.vocab import (GAF, KG, NIF, ORG, OWL_SAMEAS, PROV, RDF_TYPE, RDFS_LABEL, SCHEMA, SEM, SKOS_ALTLABEL,
                      SKOS_PREFLABEL, WD, XSD)

Triple = ox.Triple


@lru_cache(maxsize=4096)  # the same classes, predicates and entities recur in every article's triples
def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _lit(value: object) -> ox.Literal:
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=_n(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_n(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(f"{value:.3f}", datatype=_n(XSD + "decimal"))
    if isinstance(value, Decimal):
        return ox.Literal(f"{value.normalize():f}", datatype=_n(XSD + "decimal"))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=_n(XSD + "date"))
    return ox.Literal(str(value))


class Mapper:
    """Facts -> the article's graph: the article, and its *reports* (`<article#person-1>`, `#call-1`, `#aid-1`):
    what it says about each official, call and package, with its evidence and confidence. The things they are
    reports of (kg:Official, kg:Call, kg:AidPackage) are made from every article's reports by kg.resolve and
    mapped by `Things`."""

    def __init__(self, minter: Minter) -> None:
        self.iri = minter
        self._article_text: str | None = None

    def article_graph(self, facts: ArticleFacts) -> tuple[str, list[Triple]]:
        """The article's graph name and its triples."""
        article = facts.article
        self._article_text = article.text  # the anchors of its mentions: the article's own characters
        graph = self.iri.article(article.key)
        triples = list(self._article(facts, graph))
        people: dict[str, str] = {}
        for number, official in enumerate(facts.officials, start=1):
            report = self.iri.report(article.key, "person", number)
            people.setdefault(official.key, report)
            triples += self._official(official, report, graph, article.key)
        named = [k for call in facts.calls for k in (*call.participants, call.initiator) if k]
        bare = [k for k in dict.fromkeys(named) if k not in people]
        for number, key in enumerate(bare, start=len(facts.officials) + 1):  # named by a call only: a bare report
            people[key] = self.iri.report(article.key, "person", number)
            triples += self._bare_official(key, people[key], graph)
        for call in facts.calls:
            triples += self._call(call, people, graph, article.key)
        for number, package in enumerate(facts.aid, start=1):
            triples += self._aid(package, self.iri.report(article.key, "aid", number), graph, article.key)
        for number, organization in enumerate(facts.organizations, start=1):
            triples += self._organization(organization, self.iri.report(article.key, "org", number), article.key)
        return graph, triples

    def _t(self, s: str, p: str, o: ox.NamedNode | ox.Literal | str) -> Triple:
        return Triple(_n(s), _n(p), _n(o) if isinstance(o, str) else o)

    def _article(self, facts: ArticleFacts, graph: str) -> Iterator[Triple]:
        a = facts.article
        t = self._t
        yield t(graph, RDF_TYPE, SCHEMA + "NewsArticle")
        yield t(graph, RDF_TYPE, PROV + "Entity")
        yield t(graph, SCHEMA + "identifier", _lit(a.key))
        yield t(graph, RDFS_LABEL, _lit(a.title or a.key))
        if a.title:
            yield t(graph, SCHEMA + "headline", _lit(a.title))
        if a.url:
            yield t(graph, SCHEMA + "url", _lit(a.url))
        if a.date:
            yield t(graph, SCHEMA + "datePublished", _lit(a.date))
        if a.source:
            outlet = self.iri.outlet(a.source)
            yield t(graph, SCHEMA + "publisher", outlet)
            yield t(outlet, RDF_TYPE, SCHEMA + "Organization")
            yield t(outlet, SCHEMA + "name", _lit(a.source))
        yield t(graph, SCHEMA + "articleBody", _lit(a.text))

    def _evidence(self, report: str, spans: tuple[Span, ...], article_key: str, confidence: float) -> Iterator[Triple]:
        """The report's provenance: its article, the mentions <article#char=start,end> of its evidence, and the
        extractor's confidence in it."""
        article = self.iri.article(article_key)
        yield self._t(report, PROV + "wasDerivedFrom", article)
        yield self._t(report, KG.confidence, _lit(round(confidence, 3)))
        for span in spans:
            mention = self.iri.mention(article_key, span.start, span.end)
            yield self._t(report, GAF + "denotedBy", mention)
            yield self._t(mention, RDF_TYPE, KG.Mention)
            yield self._t(mention, NIF + "beginIndex", _lit(span.start))
            yield self._t(mention, NIF + "endIndex", _lit(span.end))
            text = self._article_text  # (the extractor reads a line broken inside a sentence as running on)
            yield self._t(mention, NIF + "anchorOf", _lit(text[span.start:span.end] if text else span.text))
            yield self._t(mention, SCHEMA + "isPartOf", article)

    def country(self, code: str) -> Iterator[Triple]:
        """The node of a country, or of an organization that stands where a country may (the EU as a donor)."""
        if code in reference.organizations():
            yield from self.organization(code)
            return
        entry = reference.countries().get(code)
        node = self.iri.country(code)
        yield self._t(node, RDF_TYPE, KG.Country)
        yield self._t(node, RDF_TYPE, SCHEMA + "Country")
        yield self._t(node, KG.isoCode, _lit(code))
        if entry:
            yield self._t(node, RDFS_LABEL, _lit(entry.name))
            yield self._t(node, SCHEMA + "name", _lit(entry.name))
            if entry.wikidata:
                yield self._t(node, OWL_SAMEAS, WD + entry.wikidata)
                yield self._t(node, SCHEMA + "sameAs", WD + entry.wikidata)

    def organization(self, key: str, name: str | None = None, country: str | None = None,
                     wikidata: str | None = None) -> Iterator[Triple]:
        """An organization's node: the same triples in every article that names it (one name, from the table,
        or made of the kind of body and its country)."""
        row = reference.organization_rows().get(key)
        if row:
            name, country, wikidata = row.name, row.country, row.wikidata
        node = self.iri.country(key)
        yield self._t(node, RDF_TYPE, KG.Organization)
        yield self._t(node, RDF_TYPE, ORG + "Organization")
        yield self._t(node, RDF_TYPE, SCHEMA + "Organization")
        yield self._t(node, KG.resolutionKey, _lit(key))
        if country:
            yield self._t(node, KG.country, self.iri.country(country))
            yield from self.country(country)
        else:  # international: it stands where a country code may (a donor), under its own code
            yield self._t(node, KG.isoCode, _lit(key))
        if name:
            for predicate in (SCHEMA + "name", SKOS_PREFLABEL, RDFS_LABEL):
                yield self._t(node, predicate, _lit(name))
        if wikidata:
            yield self._t(node, OWL_SAMEAS, WD + wikidata)
            yield self._t(node, SCHEMA + "sameAs", WD + wikidata)

    def _organization(self, organization: Organization, report: str, article_key: str) -> list[Triple]:
        t = self._t
        node = self.iri.country(organization.key)
        out = [t(report, RDF_TYPE, KG.OrganizationReport), t(report, KG.resolutionKey, _lit(organization.key)),
               t(report, KG.reportOf, node), t(report, SCHEMA + "name", _lit(organization.name))]
        out += self.organization(organization.key, organization.name, organization.country, organization.wikidata)
        out += self._evidence(report, organization.mentions, article_key, 0.8)
        out += [t(node, GAF + "denotedBy", self.iri.mention(article_key, span.start, span.end))
                for span in organization.mentions]
        return out

    def _official(self, official: Official, report: str, graph: str, article_key: str) -> list[Triple]:
        t = self._t
        out = [t(report, RDF_TYPE, KG.OfficialReport), t(report, KG.resolutionKey, _lit(identity(official.key))),
               t(report, SCHEMA + "name", _lit(official.name))]
        out += [t(report, SKOS_ALTLABEL, _lit(alias)) for alias in official.aliases if alias != official.name]
        out += [t(report, KG.title, _lit(role)) for role in official.roles]
        if official.country:
            out.append(t(report, SCHEMA + "nationality", self.iri.country(official.country)))
            out += self.country(official.country)
        if official.organization:
            out += [t(report, ORG + "memberOf", self.iri.country(official.organization)),
                    *self.organization(official.organization)]
        out += self._evidence(report, official.mentions, article_key, official.confidence)
        return out

    def _bare_official(self, key: str, report: str, graph: str) -> list[Triple]:
        return [self._t(report, RDF_TYPE, KG.OfficialReport), self._t(report, KG.resolutionKey, _lit(identity(key))),
                self._t(report, PROV + "wasDerivedFrom", graph)]

    def _call(self, call: Call, people: dict[str, str], graph: str, article_key: str) -> list[Triple]:
        t = self._t
        report = self.iri.report(article_key, "call", call.ordinal)
        key = " ".join(sorted({identity(k) for k in call.participants}))
        out = [t(report, RDF_TYPE, KG.CallReport), t(report, KG.resolutionKey, _lit(key)),
               t(report, KG.mode, KG.Video if call.mode == "video" else KG.Phone),
               t(report, KG.earlierCall, _lit(call.earlier))]
        out += [t(report, KG.participant, people[k]) for k in call.participants]
        if call.initiator:
            out.append(t(report, KG.initiator, people[call.initiator]))
        if call.date:
            out.append(t(report, KG.date, _lit(call.date)))
        elif call.month_day:
            month, day = call.month_day
            out.append(t(report, KG.monthDay, ox.Literal(f"--{month:02d}-{day:02d}", datatype=_n(XSD + "gMonthDay"))))
        if call.duration_minutes:
            out.append(t(report, KG.durationMinutes, _lit(call.duration_minutes)))
        out += [t(report, KG.topic, _lit(topic)) for topic in call.topics]
        out += self._evidence(report, call.evidence, article_key, call.confidence)
        return out

    def _aid(self, package: AidPackage, report: str, graph: str, article_key: str) -> list[Triple]:
        t = self._t
        out = [t(report, RDF_TYPE, KG.AidReport), t(report, KG.resolutionKey, _lit(aid_key(package, article_key))),
               t(report, KG.recipient, self.iri.country(package.recipient)),
               t(report, KG.aidStatus, getattr(KG, package.status.capitalize()))]
        out += self.country(package.recipient)
        if package.donor:
            out.append(t(report, KG.donor, self.iri.country(package.donor)))
            out += self.country(package.donor)
        if package.amount is not None:
            amount = report + "-amount"
            out += [t(report, KG.amount, amount), t(amount, RDF_TYPE, SCHEMA + "MonetaryAmount"),
                    t(amount, SCHEMA + "value", _lit(package.amount)), t(amount, SCHEMA + "currency", _lit(package.currency or "XXX"))]
        if package.date:
            out.append(t(report, KG.date, _lit(package.date)))
        if package.mechanism:
            out.append(t(report, KG.fundingMechanism, _lit(package.mechanism)))
        for item in package.items:
            item_node = f"{report}-item-{slugify(item.name)}"
            out += [t(report, KG.item, item_node), t(item_node, RDFS_LABEL, _lit(item.name))]
            if item.quantity is not None:
                out.append(t(item_node, KG.quantity, _lit(item.quantity)))
            if item.system:
                system = self.iri.weapon(item.system)
                entry = reference.weapons().get(item.system)
                out += [t(item_node, KG.weaponSystem, system), t(system, RDF_TYPE, KG.WeaponSystem)]
                if entry:
                    out.append(t(system, RDFS_LABEL, _lit(entry.name)))
                    if entry.wikidata:
                        out.append(t(system, OWL_SAMEAS, WD + entry.wikidata))
        out += self._evidence(report, package.evidence, article_key, package.confidence)
        return out


def aid_key(package: AidPackage, article_key: str) -> str:
    """A package's resolution key: donor, recipient, amount and currency when it has them all (the announcements of
    that sum, told by several articles; kg.things.packages tells them apart by date), else the article's own package
    (its number and recipient)."""
    if package.amount is not None and package.donor:
        return f"{package.donor}-{package.recipient}-{package.amount.normalize():f}-{package.currency or 'XXX'}".lower()
    return f"{quote(article_key, safe='')}/{package.ordinal}/{(package.donor or 'various').lower()}-{package.recipient.lower()}"


class Things:
    """Things -> triples. A thing's own triples go to the resolution graph: its types, key, names, values, and those
    of its posts, amount and items (IRIs under its own), nothing shared with another thing. Its links to each
    report (`links`) go to the report's own article graph (`<report> kg:reportOf <thing>`, `<thing> gaf:denotedBy`
    the report's mentions), so they go with the article, except `<thing> prov:wasDerivedFrom <article>`, kept in
    the resolution graph, where it tells which things an article gave once the article is replaced or dropped."""

    def __init__(self, minter: Minter) -> None:
        self.iri = minter

    def _t(self, s: str, p: str, o: ox.NamedNode | ox.Literal | str) -> Triple:
        return Triple(_n(s), _n(p), _n(o) if isinstance(o, str) else o)

    def person_iri(self, person: things.Person) -> str:
        return self.iri.person(person.slug)

    def links(self, report: str, thing: str, mentions: Iterable[str]) -> list[Triple]:
        """The links between a report and its thing, for the report's article graph."""
        return [self._t(report, KG.reportOf, thing)] + [self._t(thing, GAF + "denotedBy", m) for m in mentions]

    def derived(self, thing: str, article: str) -> Triple:
        return self._t(thing, PROV + "wasDerivedFrom", article)

    def person(self, person: things.Person) -> list[Triple]:
        t = self._t
        node = self.person_iri(person)
        out = [t(node, RDF_TYPE, KG.Official), t(node, RDF_TYPE, SCHEMA + "Person"), t(node, RDF_TYPE, SEM + "Actor"),
               t(node, KG.resolutionKey, _lit(person.key)), t(node, SCHEMA + "name", _lit(person.name)),
               t(node, SKOS_PREFLABEL, _lit(person.name)), t(node, RDFS_LABEL, _lit(person.name))]
        out += [t(node, SKOS_ALTLABEL, _lit(alias)) for alias in person.alt_labels]
        if person.wikidata:
            out += [t(node, OWL_SAMEAS, WD + person.wikidata), t(node, SCHEMA + "sameAs", WD + person.wikidata)]
        if person.country:
            out.append(t(node, SCHEMA + "nationality", self.iri.country(person.country)))
        for role, country in person.posts:
            post = self.iri.post(person.slug, role, country)
            out += [t(node, ORG + "holds", post), t(post, RDF_TYPE, ORG + "Post"), t(post, KG.title, _lit(role)),
                    t(post, RDFS_LABEL, _lit(role + (f" ({country})" if country else ""))), t(post, ORG + "heldBy", node)]
            if country:
                out.append(t(post, KG.country, self.iri.country(country)))
            out += [t(post, ORG + "postIn", organization) for organization in person.organizations]
        return out

    def call_iri(self, call: things.CallEvent, slugs: dict[str, str]) -> str:
        return self.iri.call((slugs[k] for k in call.participants), call.date, call.own)

    def call(self, call: things.CallEvent, people: dict[str, tuple[str, str, str]]) -> list[Triple]:
        """`people`: person key -> (IRI, slug, name) of every participant."""
        t = self._t
        node = self.call_iri(call, {k: v[1] for k, v in people.items()})
        video = call.mode == "video"
        out = [t(node, RDF_TYPE, KG.Call), t(node, RDF_TYPE, KG.VideoCall if video else KG.PhoneCall),
               t(node, RDF_TYPE, SEM + "Event"), t(node, RDF_TYPE, SCHEMA + "Event"),
               t(node, KG.resolutionKey, _lit(call.key)), t(node, KG.mode, KG.Video if video else KG.Phone),
               t(node, KG.status, KG.Held)]
        out += [t(node, KG.participant, people[k][0]) for k in call.participants]
        names = sorted(people[k][2] for k in call.participants)
        label = f"{'video call' if video else 'call'} " + " – ".join(names)
        if call.date:
            out.append(t(node, KG.date, ox.Literal(call.date, datatype=_n(XSD + "date"))))
            label += f" ({call.date})"
        elif call.month_day:
            out.append(t(node, KG.monthDay, ox.Literal(call.month_day, datatype=_n(XSD + "gMonthDay"))))
        out.append(t(node, RDFS_LABEL, _lit(label)))
        if call.initiator:
            out.append(t(node, KG.initiator, people[call.initiator][0]))
        if call.duration:
            out.append(t(node, KG.durationMinutes, _lit(call.duration)))
        out += [t(node, KG.topic, _lit(topic)) for topic in call.topics]
        return out

    def package_iri(self, package: things.Package) -> str:
        return self.iri.aid(package.key, package.day)

    def package(self, package: things.Package) -> list[Triple]:
        t = self._t
        node = self.package_iri(package)
        out = [t(node, RDF_TYPE, KG.AidPackage), t(node, RDF_TYPE, SEM + "Event"), t(node, RDF_TYPE, SCHEMA + "Event"),
               t(node, KG.resolutionKey, _lit(package.key)), t(node, KG.recipient, self.iri.country(package.recipient)),
               t(node, KG.aidStatus, getattr(KG, package.status.capitalize()))]
        label = f"aid {package.donor or 'several countries'} → {package.recipient}"
        if package.donor:
            out.append(t(node, KG.donor, self.iri.country(package.donor)))
        if package.amount is not None:
            amount = node + "/amount"
            out += [t(node, KG.amount, amount), t(amount, RDF_TYPE, SCHEMA + "MonetaryAmount"),
                    t(amount, SCHEMA + "value", ox.Literal(package.amount, datatype=_n(XSD + "decimal"))),
                    t(amount, SCHEMA + "currency", _lit(package.currency or "XXX"))]
            label += f" {package.amount} {package.currency}"
        out.append(t(node, RDFS_LABEL, _lit(label)))
        if package.date:
            out.append(t(node, KG.date, ox.Literal(package.date, datatype=_n(XSD + "date"))))
        if package.mechanism:
            out.append(t(node, KG.fundingMechanism, _lit(package.mechanism)))
        for item in package.items:
            item_node = f"{node}/item/{item.slug}"
            out += [t(node, KG.item, item_node), t(item_node, RDF_TYPE, KG.AidItem), t(item_node, RDFS_LABEL, _lit(item.name))]
            if item.quantity is not None:
                out.append(t(item_node, KG.quantity, _lit(item.quantity)))
            if item.system:
                out.append(t(item_node, KG.weaponSystem, item.system))
        return out


def to_ntriples(triples: list[Triple]) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
