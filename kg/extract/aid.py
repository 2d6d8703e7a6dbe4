"""Military aid packages: donor, recipient, amount and currency, items with quantities, status, mechanism.

Running totals ("has committed $62 billion since ...") and currency conversions ("€1.3 billion ($1.4 billion)")
are not packages of their own.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan, Token

from kg import reference
from kg.extract.amounts import Money, find_money
from kg.extract.dates import find_dates
from kg.extract.people import People, in_body
from kg.facts import AidItem, AidPackage, Span
from kg.reference import country_code, fold

AID_CUE = re.compile(r"\b(aid|assistance|package|packages|weapons|arms|military support|support|provid\w*|deliver\w*|send\w*|sent|"
                     r"suppl\w+|donat\w+|pledg\w+|transfer\w*|equip\w*|ammunition|drawdown|tranche|gift\w*)\b", re.IGNORECASE)
PROVIDE_LEMMAS = {"provide", "deliver", "send", "supply", "give", "donate", "pledge", "approve", "announce", "reveal",
                  "unveil", "transfer", "commit", "allocate", "offer", "grant", "gift", "ship", "earmark", "authorize",
                  "include", "promise", "thank", "dispatch", "hand", "receive", "finance", "fund"}
TOTAL_CUE = re.compile(r"\b(since|so far|to date|in total|totals?|totaling|totalling|overall|in all|cumulative|altogether|"
                       r"combined|worth of aid in)\b", re.IGNORECASE)
GROUP_DONOR = re.compile(r"\b(many|several|other|some|\d+|dozens of|numerous|allied|partner|western)\s+(countries|nations|allies|partners|donors|states)\b", re.IGNORECASE)
ITEM_CUE = re.compile(r"\b(including|includes|include|included|which includes|such as|consisting of|comprising|with|providing|provide|deliver|send|supply|:)\b", re.IGNORECASE)
ITEM_HEADS = {
    "system", "missile", "rocket", "round", "shell", "ammunition", "munition", "artillery", "tank", "vehicle", "car",
    "carrier", "helicopter", "aircraft", "jet", "fighter", "drone", "launcher", "howitzer", "gun", "rifle", "weapon",
    "equipment", "radar", "battery", "grenade", "mine", "boat", "ship", "vessel", "interceptor", "armor", "armour",
    "vest", "helmet", "kit", "truck", "mortar", "harpoon", "munitions", "weaponry", "ammo", "projectile", "satellite",
    "defense", "defence", "uav", "uas", "minehunter", "frigate", "submarine", "arm", "bomb", "sniper", "goggle",
    "generator", "ambulance", "supply", "fuel", "body armor", "air-defense", "bridge", "trailer", "jammer",
}
STATUS = [
    ("proposed", re.compile(r"\b(poised to|set to|expected to|plans? to|will (?:ask|seek|request)|proposed|proposal|request(?:ed|ing)? (?:that )?congress|asked congress|seeking|would provide|considering|to approve)\b", re.IGNORECASE)),
    ("approved", re.compile(r"\b(approved|passed|signed|authori[sz]ed|cleared)\b", re.IGNORECASE)),
    ("delivered", re.compile(r"\b(delivered|arrived|shipped|handed over|received)\b", re.IGNORECASE)),
    ("announced", re.compile(r"\b(announced|unveiled|revealed|pledged|committed|will provide|will send|will deliver)\b", re.IGNORECASE)),
]
MECHANISMS = [
    ("Presidential Drawdown Authority", re.compile(r"\b(presidential drawdown|drawdown authority|drawdown)\b", re.IGNORECASE)),
    ("Ukraine Security Assistance Initiative", re.compile(r"\b(Ukraine Security Assistance Initiative|USAI)\b")),
    ("European Peace Facility", re.compile(r"\bEuropean Peace Facility\b", re.IGNORECASE)),
    ("Foreign Military Financing", re.compile(r"\b(Foreign Military Financing|FMF)\b")),
    ("Lend-Lease", re.compile(r"\blend[- ]lease\b", re.IGNORECASE)),
]
QUANTITY_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10, "dozen": 12, "a dozen": 12, "twelve": 12, "hundreds": None}
DROP_WORDS = {"a", "an", "the", "another", "additional", "more", "new", "further", "extra", "its", "their", "his",
              "her", "our", "some", "of", "all", "kinds", "other", "several", "many", "various", "and", "billions",
              "millions", "tens", "thousands", "dozens", "hundreds"}


@dataclass
class CountryMention:
    start: int           # char offset
    end: int
    code: str
    token: Token


def countries_in(span: SpacySpan) -> list[CountryMention]:
    found: list[CountryMention] = []
    i = span.start
    doc = span.doc
    while i < span.end:
        matched = None
        for size in (3, 2, 1):
            if i + size > span.end:
                continue
            words = doc[i:i + size]
            if not words.text[:1].isalpha() or any(t.is_punct or t.is_space for t in words):
                continue
            code = country_code(words.text)
            if code and (words.text[:1].isupper() or fold(words.text) in {"kyiv", "kiev"}):
                if size == 1 and words[0].ent_type_ == "PERSON" and fold(words.text) not in {"kyiv", "kiev"}:
                    continue
                matched = CountryMention(words.start_char, words.end_char, code, doc[i + size - 1])
                i += size
                break
        if matched:
            found.append(matched)
        else:
            i += 1
    return found


@dataclass
class Draft:
    donor: str | None
    group: bool = False
    start: int = 0
    end: int = 0
    recipient: str | None = None
    money: Money | None = None
    items: list[AidItem] = field(default_factory=list)


class AidExtractor:
    def __init__(self, doc: Doc, people: People, anchor: dt.date | None, body: list[tuple[int, int]]) -> None:
        self.doc, self.people, self.anchor, self.body = doc, people, anchor, body

    def run(self) -> list[AidPackage]:
        packages: list[AidPackage] = []
        sentences = list(self.doc.sents)
        for index, sentence in enumerate(sentences):
            if not in_body(sentence, self.body):
                continue
            if not AID_CUE.search(sentence.text):
                continue
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            packages += self.sentence(sentence, following)
        recipients = Counter(p.recipient for p in packages if p.recipient)
        default = recipients.most_common(1)[0][0] if recipients else None
        out = []
        for ordinal, p in enumerate(packages, start=1):
            recipient = p.recipient or default or self._article_recipient()
            if recipient and recipient != p.donor:
                out.append(AidPackage(**{**p.__dict__, "recipient": recipient, "ordinal": ordinal}))
        return out

    def _article_recipient(self) -> str | None:
        counts = Counter()
        for match in re.finditer(r"\b(?:to|for)\s+([A-Z][a-z]+)", self.doc.text):
            code = country_code(match.group(1))
            if code:
                counts[code] += 1
        return counts.most_common(1)[0][0] if counts else None

    def sentence(self, sentence: SpacySpan, following: SpacySpan | None) -> list[AidPackage]:
        text, base = sentence.text, sentence.start_char
        money = [m for m in find_money(text) if not self._is_total(text, m) and not _is_conversion(text, m)]
        countries = countries_in(sentence)
        recipients = {c.code for c in countries if self._is_recipient(c)}
        donors = self._donors(sentence, countries, recipients)
        group = GROUP_DONOR.search(text)
        if not donors and not group:
            return []
        drafts = [Draft(donor=c, start=pos) for pos, c in donors]
        if group and self._group_is_subject(sentence, group):
            drafts.append(Draft(donor=None, group=True, start=base + group.start()))
        drafts.sort(key=lambda d: d.start)
        for i, draft in enumerate(drafts):
            draft.end = drafts[i + 1].start if i + 1 < len(drafts) else sentence.end_char
        item_region = sentence
        if following is not None and self._continues(following):
            item_region = self.doc[sentence.start:following.end]
            recipients |= {c.code for c in countries_in(following)[:1]}
        for draft in drafts:
            segment_money = [m for m in money if draft.start <= base + m.start < draft.end]
            if not segment_money and len(drafts) == 1:
                segment_money = money
            draft.money = segment_money[0] if segment_money else None
            region_end = draft.end if item_region is sentence else max(draft.end, item_region.end_char)
            draft.items = self._items(item_region, draft.start, region_end)
            candidates = [r for r in recipients if r != draft.donor]
            draft.recipient = candidates[0] if len(candidates) == 1 else (
                "UA" if "UA" in candidates else (candidates[0] if candidates else None))
        status = next((name for name, pattern in STATUS if pattern.search(text)), "announced")
        mechanism = next((name for name, pattern in MECHANISMS if pattern.search(text)), None)
        dates = [d.date for d in find_dates(text, self.anchor) if d.date]
        span = Span(base + len(text) - len(text.lstrip()), base + len(text.rstrip()), text.strip())
        out = []
        for draft in drafts:
            if draft.money is None and not draft.items:
                continue
            if draft.money is None and not re.search(r"\b(provid|deliver|send|sent|suppl|donat|support|pledg|aid|assistance|gift|transfer)", text, re.IGNORECASE):
                continue
            out.append(AidPackage(
                donor=draft.donor, recipient=draft.recipient or "", amount=draft.money.amount if draft.money else None,
                currency=draft.money.currency if draft.money else None, items=tuple(draft.items),
                date=dates[0] if dates else self.anchor, status=status, mechanism=mechanism, evidence=(span,),
                confidence=0.8 if draft.money and draft.items else 0.6))
        return [p for p in out]

    # -- parts ---------------------------------------------------------------------------------------------
    def _is_total(self, text: str, money: Money) -> bool:
        clause_start = max(text.rfind(",", 0, money.start), text.rfind(";", 0, money.start), 0)
        window = text[clause_start:money.end + 40]
        return bool(TOTAL_CUE.search(window)) and not re.search(r"\bpackage\b", text[money.end:money.end + 30], re.IGNORECASE)

    def _is_recipient(self, country: CountryMention) -> bool:
        token = country.token
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in {"to", "for", "into"}:
            return True
        if token.dep_ in {"dative", "dobj"} and head.lemma_.lower() in {"provide", "give", "send", "supply", "equip", "arm", "help"}:
            return any(c.lower_ == "with" for c in head.children) or token.dep_ == "dative"
        if token.dep_ == "compound" and head.dep_ == "pobj" and head.head.lower_ in {"to", "for"}:
            return True
        return fold(token.text) in {"kyiv", "kiev"} or (token.dep_ == "poss" and head.lemma_.lower() in {"defense", "defence", "military", "army", "armed", "force", "forces"})

    def _donors(self, sentence: SpacySpan, countries: list[CountryMention], recipients: set[str]) -> list[tuple[int, str]]:
        donors = []
        for c in countries:
            if c.code in recipients or c.code in {"NATO", "EU"} and False:
                continue
            if self._is_donor(c.token):
                donors.append((c.start, c.code))
        for m in self.people.in_sentence(self._index(sentence)):
            official = self.people.officials[m.key]
            token = self.doc[m.end - 1]
            if official.country and official.country not in recipients and token.dep_ in {"nsubj", "nsubjpass"} \
                    and token.head.lemma_.lower() in PROVIDE_LEMMAS - {"thank"}:
                donors.append((token.idx, official.country))
        seen, unique = set(), []
        for pos, code in sorted(donors):
            if code not in seen:
                seen.add(code)
                unique.append((pos, code))
        return unique

    def _is_donor(self, token: Token) -> bool:
        after = token.doc[token.i + 1:token.i + 3]
        if len(after) == 2 and after[0].lower_ == "for" and after[1].lower_ in {"its", "their", "providing", "supplying", "sending", "delivering", "donating", "the"}:
            return True  # "thanked Denmark for providing ...", "... and the Czech Republic for its support"
        node = token
        while node.dep_ in {"compound", "amod", "poss", "det", "conj", "appos"} and node.head is not node:
            if node.dep_ == "poss" and node.head.lemma_.lower() in {"package", "aid", "support", "assistance", "contribution", "donation"}:
                return True
            node = node.head
        if node.dep_ in {"nsubj", "nsubjpass"}:
            verb = node.head
            chain = [verb, *verb.ancestors]
            related = chain[:3] + [c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "dobj"}]
            related += [g for c in related[:] for g in c.children if c.dep_ in {"xcomp", "dobj"}]
            return any(v.lemma_.lower() in PROVIDE_LEMMAS or v.lemma_.lower() in {"package", "aid", "assistance"} for v in related)
        if node.dep_ in {"dobj", "pobj", "conj"}:
            head = node.head
            while head.dep_ == "conj":
                head = head.head
            if head.lemma_.lower() == "thank":
                return True
            if node.dep_ == "pobj" and head.lower_ == "from":
                return True
        return False

    def _group_is_subject(self, sentence: SpacySpan, match: re.Match) -> bool:
        return any(t.dep_ in {"nsubj", "nsubjpass"} or t.lower_ in {"they"} for t in sentence
                   if sentence.start_char + match.start() <= t.idx < sentence.start_char + match.end() + 2) or \
            bool(re.search(r"\bthey\s+(will\s+)?(deliver|provide|send|supply)", sentence.text, re.IGNORECASE))

    def _continues(self, following: SpacySpan) -> bool:
        first = following[0]
        return bool(country_code(first.text)) and len(following) > 1 and following[1].text == "," or first.lower_ in {"including"}

    def _index(self, sentence: SpacySpan) -> int:
        return [s.start for s in self.doc.sents].index(sentence.start)

    def _items(self, region: SpacySpan, start: int, end: int) -> list[AidItem]:
        items: list[AidItem] = []
        for chunk in region.noun_chunks:
            if chunk.start_char < start or chunk.end_char > end:
                continue
            item = self._item(chunk)
            if item and item.name not in {i.name for i in items}:
                items.append(item)
        return items

    def _item(self, chunk: SpacySpan) -> AidItem | None:
        folded = fold(chunk.text)
        system = next((key for alias, key in reference.weapon_aliases().items()
                       if re.search(rf"\b{re.escape(alias)}\b", folded)), None)
        head = chunk.root.lemma_.lower()
        if not system and head not in ITEM_HEADS and chunk.root.lower_ not in ITEM_HEADS:
            return None
        quantity = None
        words = []
        for token in chunk:
            if token.like_num and quantity is None and token.ent_type_ != "MONEY" and not token.text.endswith("mm"):
                try:
                    quantity = int(token.text.replace(",", ""))
                except ValueError:
                    quantity = QUANTITY_WORDS.get(token.lower_)
                continue
            if token.lower_ in DROP_WORDS or token.ent_type_ in {"MONEY", "GPE", "NORP"} or token.is_punct and token.text not in {"-"}:
                continue
            words.append(token.text_with_ws)
        name = "".join(words).strip(" -")
        if not name or fold(name) in {"support", "aid", "assistance", "package"}:
            return None
        return AidItem(name=name.lower() if not system else name, quantity=quantity, system=system)


def extract_aid(doc: Doc, people: People, anchor: dt.date | None, body: list[tuple[int, int]]) -> list[AidPackage]:
    return AidExtractor(doc, people, anchor, body).run()


def _is_conversion(text: str, money: Money) -> bool:
    """An amount in parentheses right after another amount: "€1.3 billion ($1.4 billion)"."""
    before = text[:money.start].rstrip()
    return before.endswith("(") and bool(re.search(r"\d\s*(?:thousand|million|billion|trillion|bn|m|[a-z]+)?\s*\($", before, re.IGNORECASE))
