"""Facts -> RDF: one named graph per article, every term from kg.vocab. Pure: values in, triples out."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from kg import reference
from kg.facts import AidPackage, ArticleFacts, Call, Official, Span
from kg.iris import Minter, slugify
from kg.vocab import GAF, KG, NIF, ORG, OWL_SAMEAS, PROV, RDF_TYPE, RDFS_LABEL, SCHEMA, SEM, SKOS_ALTLABEL, WD, XSD

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
    def __init__(self, minter: Minter) -> None:
        self.iri = minter

    def article_graph(self, facts: ArticleFacts) -> tuple[str, list[Triple]]:
        """The article's graph name and its triples."""
        article = facts.article
        graph = self.iri.article(article.key)
        triples = list(self._article(facts, graph))
        people = {o.key: self.iri.person(o.key) for o in facts.officials}
        for official in facts.officials:
            triples += self._official(official, graph, article.key)
        for call in facts.calls:
            triples += self._call(call, people, graph, article.key)
        for package in facts.aid:
            triples += self._aid(package, graph, article.key)
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

    def _evidence(self, subject: str, spans: tuple[Span, ...], article_key: str, confidence: float) -> Iterator[Triple]:
        article = self.iri.article(article_key)
        yield self._t(subject, PROV + "wasDerivedFrom", article)
        for span in spans:
            mention = self.iri.mention(article_key, span.start, span.end)
            yield self._t(subject, GAF + "denotedBy", mention)
            yield self._t(mention, RDF_TYPE, KG.Mention)
            yield self._t(mention, NIF + "beginIndex", _lit(span.start))
            yield self._t(mention, NIF + "endIndex", _lit(span.end))
            yield self._t(mention, NIF + "anchorOf", _lit(span.text))
            yield self._t(mention, SCHEMA + "isPartOf", article)
            yield self._t(mention, KG.confidence, _lit(round(confidence, 3)))

    def country(self, code: str) -> Iterator[Triple]:
        entry = reference.countries().get(code) or reference.organizations().get(code)
        node = self.iri.country(code)
        yield self._t(node, RDF_TYPE, KG.Country if code in reference.countries() else KG.Organization)
        yield self._t(node, RDF_TYPE, SCHEMA + ("Country" if code in reference.countries() else "Organization"))
        yield self._t(node, KG.isoCode, _lit(code))
        if entry:
            yield self._t(node, RDFS_LABEL, _lit(entry.name))
            yield self._t(node, SCHEMA + "name", _lit(entry.name))
            if entry.wikidata:
                yield self._t(node, OWL_SAMEAS, WD + entry.wikidata)
                yield self._t(node, SCHEMA + "sameAs", WD + entry.wikidata)

    def _official(self, official: Official, graph: str, article_key: str) -> list[Triple]:
        t = self._t
        person = self.iri.person(official.key)
        out = [t(person, RDF_TYPE, KG.Official), t(person, RDF_TYPE, SCHEMA + "Person"),
               t(person, RDF_TYPE, SEM + "Actor"), t(person, SCHEMA + "name", _lit(official.name)),
               t(person, RDFS_LABEL, _lit(official.name))]
        out += [t(person, SKOS_ALTLABEL, _lit(alias)) for alias in official.aliases if alias != official.name]
        known = reference.known_officials().get(official.key)
        if known and known.wikidata:
            out += [t(person, OWL_SAMEAS, WD + known.wikidata), t(person, SCHEMA + "sameAs", WD + known.wikidata)]
        if official.country:
            out.append(t(person, SCHEMA + "nationality", self.iri.country(official.country)))
            out += self.country(official.country)
        for role in official.roles:
            post = self.iri.post(official.key, role, official.country)
            out += [t(person, ORG + "holds", post), t(post, RDF_TYPE, ORG + "Post"),
                    t(post, KG.title, _lit(role)), t(post, RDFS_LABEL, _lit(f"{role}" + (f" ({official.country})" if official.country else ""))),
                    t(post, ORG + "heldBy", person)]
            if official.country:
                out.append(t(post, KG.country, self.iri.country(official.country)))
            if official.organization:
                organization = self.iri.organization(official.organization)
                out += [t(post, ORG + "postIn", organization), t(organization, RDF_TYPE, KG.Organization),
                        t(organization, RDF_TYPE, ORG + "Organization"), t(organization, RDFS_LABEL, _lit(official.organization))]
        out += self._evidence(person, official.mentions, article_key, official.confidence)
        return out

    def call_iri(self, call: Call, article_key: str) -> str:
        return self.iri.call(call.participants, call.date.isoformat() if call.date else None, article_key, call.ordinal)

    def _call(self, call: Call, people: dict[str, str], graph: str, article_key: str) -> list[Triple]:
        t = self._t
        node = self.call_iri(call, article_key)
        mode_class = KG.VideoCall if call.mode == "video" else KG.PhoneCall
        out = [t(node, RDF_TYPE, mode_class), t(node, RDF_TYPE, KG.Call), t(node, RDF_TYPE, SEM + "Event"),
               t(node, RDF_TYPE, SCHEMA + "Event"), t(node, KG.mode, KG.Video if call.mode == "video" else KG.Phone),
               t(node, KG.status, KG.Held), t(node, KG.earlierCall, _lit(call.earlier))]
        names = []
        for key in call.participants:
            out.append(t(node, KG.participant, people.get(key, self.iri.person(key))))
            names.append(key)
        out.append(t(node, RDFS_LABEL, _lit(f"{'call' if call.mode != 'video' else 'video call'} " + " – ".join(names)
                                            + (f" ({call.date.isoformat()})" if call.date else ""))))
        if call.initiator:
            out.append(t(node, KG.initiator, people.get(call.initiator, self.iri.person(call.initiator))))
        if call.date:
            out.append(t(node, KG.date, _lit(call.date)))
        elif call.month_day:
            month, day = call.month_day
            out.append(t(node, KG.monthDay, ox.Literal(f"--{month:02d}-{day:02d}", datatype=_n(XSD + "gMonthDay"))))
        if call.duration_minutes:
            out.append(t(node, KG.durationMinutes, _lit(call.duration_minutes)))
        out += [t(node, KG.topic, _lit(topic)) for topic in call.topics]
        out += self._evidence(node, call.evidence, article_key, call.confidence)
        return out

    def aid_iri(self, package: AidPackage, article_key: str) -> str:
        return self.iri.aid(package.donor, package.recipient, package.amount, package.currency, article_key, package.ordinal)

    def _aid(self, package: AidPackage, graph: str, article_key: str) -> list[Triple]:
        t = self._t
        node = self.aid_iri(package, article_key)
        out = [t(node, RDF_TYPE, KG.AidPackage), t(node, RDF_TYPE, SEM + "Event"), t(node, RDF_TYPE, SCHEMA + "Event"),
               t(node, KG.recipient, self.iri.country(package.recipient)),
               t(node, KG.aidStatus, getattr(KG, package.status.capitalize()))]
        out += self.country(package.recipient)
        label = f"aid {package.donor or 'several countries'} → {package.recipient}"
        if package.donor:
            out.append(t(node, KG.donor, self.iri.country(package.donor)))
            out += self.country(package.donor)
        if package.amount is not None:
            amount = node + "/amount"
            out += [t(node, KG.amount, amount), t(amount, RDF_TYPE, SCHEMA + "MonetaryAmount"),
                    t(amount, SCHEMA + "value", _lit(package.amount)), t(amount, SCHEMA + "currency", _lit(package.currency or "XXX"))]
            label += f" {package.amount.normalize():f} {package.currency}"
        out.append(t(node, RDFS_LABEL, _lit(label)))
        if package.date:
            out.append(t(node, KG.date, _lit(package.date)))
        if package.mechanism:
            out.append(t(node, KG.fundingMechanism, _lit(package.mechanism)))
        for item in package.items:
            item_node = f"{node}/item/{slugify(item.name)}"
            out += [t(node, KG.item, item_node), t(item_node, RDF_TYPE, KG.AidItem), t(item_node, RDFS_LABEL, _lit(item.name))]
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
        out += self._evidence(node, package.evidence, article_key, package.confidence)
        return out


def to_ntriples(triples: list[Triple]) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
