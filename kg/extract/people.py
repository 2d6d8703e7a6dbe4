"""People in a Doc: name mentions, the titles around them, and one Official per real person in the article.

Titles come from pre-modifiers ("Russian Defense Minister Sergei Shoigu"), appositions after the name
("Kyrylo Budanov, head of ...") or before it ("The head of the US Joint Chiefs of Staff, General Mark Milley"),
and possessives ("Finland's Ambassador to NATO Klaus Korhonen").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from kg import reference
from kg.extract.dates import WEEKDAYS
from kg.extract.known import (FAMILY_FIRST, GIVEN_NAME_USED, canonical_key, holder_by_family_name, holder_by_name_word,
                              known_name_spans, middle_names_differ, reference_name, spelling_variant_of_holder, term_on)
from kg.extract.doccache import doc_text, sentence_index, token_at, sentences, span_text, token_texts, tokens, tokens_text
from kg.extract.titles import (ABBREVIATED_TITLES, CONNECTORS, FLAG_RANKS, HEADS, TERM_MODIFIERS, RANK_WORDS, RANKS, SERVICE_WORDS, country_in_title, display, is_title_word,
                               names_post, normalize_role)
from kg.facts import Official, Span
from kg.names import (ABBREVIATED_GIVEN_NAMES, ARABIC_STYLES, FAMILY_FIRST_SURNAMES, HONORIFICS, STYLED_HONORIFICS, STYLED_SECOND,
                      STYLES_BEFORE_A_NAME, capitalized_family_first, honorific_length, name_tokens, person_key, surname)
from kg.reference import country_code, first_name_variants, fold

ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$")
REPORTING_VERBS = {"say", "tell", "announce", "confirm", "add", "note", "state", "write", "report", "insist",
                   "acknowledge", "explain", "indicate", "stress", "emphasize", "advance", "declare", "claim"}
GROUP_CUE = re.compile(r"\b([A-Z][A-Za-z.]+)\s+(?:officials?|delegation|leaders?)\s*,?\s+(?:such as|including|like|among them)\b")


@dataclass
class Mention:
    start: int            # token index
    end: int
    text: str
    key: str = ""
    title: str | None = None
    role: str | None = None
    country: str | None = None
    sentence: int = 0
    speaker: bool = False

    def char_span(self, doc: Doc) -> tuple[int, int]:
        columns = tokens(doc)
        return columns.start[self.start], columns.start[self.end - 1] + len(columns.text[self.end - 1])


@dataclass
class People:
    mentions: list[Mention] = field(default_factory=list)
    officials: dict[str, Official] = field(default_factory=dict)
    _by_sentence: dict[int, list[Mention]] | None = field(default=None, init=False, repr=False, compare=False)

    def in_sentence(self, index: int) -> list[Mention]:
        """The mentions of officials in sentence `index` (indexed on first use: mentions and officials are final)."""
        if self._by_sentence is None:
            self._by_sentence = {}
            for m in self.mentions:
                if m.key in self.officials:
                    self._by_sentence.setdefault(m.sentence, []).append(m)
        return list(self._by_sentence.get(index, ()))

    def by_country(self, country: str) -> list[Official]:
        return [o for o in self.officials.values() if o.country == country]


STATE_FORMS = {"kingdom", "republic", "federation", "emirates", "sultanate", "confederation", "commonwealth", "emirate"}
STYLE_OF_ADDRESS = {"his", "her", "excellency", "majesty", "highness", "royal"}
NOT_NAME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
# words of regions of the world, which end no person's name ("South Asia", "the Indo-Pacific")
REGION_WORDS = {"asia", "europe", "africa", "america", "americas", "pacific", "indo-pacific", "atlantic", "arctic",
                "caribbean", "balkans", "caucasus", "sahel", "oceania", "levant", "maghreb"}
MAX_NAME_TOKENS = 6
# title words the NER sometimes folds into a PERSON entity ("Raksha Mantri Shri Rajnath Singh")
LEADING_TITLE_WORDS = (HEADS - {"general", "major", "king"}) | {"prime", "defense", "defence", "foreign", "raksha",
                                                                "federal", "deputy", "vice", "majesty", "highness"} \
    | ARABIC_STYLES | STYLES_BEFORE_A_NAME


def _clean_name_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    if end - start >= 2 and _table_name(doc[start:end].text):
        return start, end  # "Gen Nakatani": a known name a rank word starts
    while start < end and (doc[start].text.lower().rstrip(".") in RANKS or doc[start].text in {"the", "The"}
                           or (end - start > 2 and fold(doc[start].text) in LEADING_TITLE_WORDS)
                           or end - start >= 2 and doc[start].pos_ in {"SCONJ", "ADP", "CCONJ", "ADV", "DET"}
                           and doc[start].is_stop  # "Besides Biden", "After Austin": not part of the name
                           or end - start >= 2 and fold(doc[start].text) in DAY_WORDS  # "Today Milley had ..."
                           or end - start >= 2 and doc[start].tag_ == "VBG" and doc[start].lower_.endswith("ing")
                           # ("Describing Blinken's call": a participle before the name)
                           or end - start >= 2 and doc[start].text.isupper() and len(doc[start].text) <= 4
                           and is_title_word(doc[start].text)):  # "PM Wong", "FM Wang": a post's initials
        start += 1
    start += honorific_length([fold(t.text) for t in doc[start:end]])  # "Datuk Seri Anwar Ibrahim"
    if end - start > 2 and fold(doc[start].text) in STYLED_SECOND and start >= 2 and (
            fold(doc[start - 1].text) in STYLED_HONORIFICS
            or doc[start - 1].text in {"'", "’"} and fold(doc[start - 2].text) in STYLED_HONORIFICS):
        start += 1  # "Dato' Seri Anwar Ibrahim", the name found from "Seri" on
    while end - start > 2 and country_code(doc[start].text) and doc[start].text[:1].isupper():
        start += 1  # "US ambassador to [India Eric Garcetti]": the place the title names, not a first name
    if end - start > 4 and doc[start].text[:1].isupper() and country_code(doc[start:start + 2].text) \
            and doc[start + 2].text.isupper() and doc[start + 2].text in ABBREVIATED_TITLES:
        start += 3  # "[Sri Lankan FM G L Peiris]": the country and the post's initials
    while end > start and (doc[end - 1].text in {"’s", "'s", "'", "’", ".", ","} or doc[end - 1].is_punct
                           or doc[end - 1].text in ABBREVIATED_TITLES):  # "Rings EAM": a post's initials end no name
        end -= 1
    while end - start > 2 and _is_post_nominal(doc[end - 1].text) and not _regnal(doc, start, end):
        end -= 1  # "Richard Marles MP", "Angus Campbell AO DSC"; not "King Abdullah II"
    return start, end


DAY_WORDS = set(WEEKDAYS) | {"today", "yesterday", "tonight", "tomorrow"}
REGNAL_NUMERAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")
LANGUAGE_WORDS = {"english", "french", "spanish", "german", "arabic", "russian", "chinese", "portuguese", "italian",
                  "japanese", "korean", "turkish", "hindi", "urdu", "persian", "farsi", "hebrew", "dutch", "polish"}
def _style_only(role: str) -> bool:
    """"H.H. Sheikh", "H.E.": a style of address, no post."""
    bare = INITIALLED_STYLE.sub(" ", role)
    words = bare.split()
    return all(fold(w) in STYLES_BEFORE_A_NAME | STYLE_OF_ADDRESS for w in words) or bare != role and all(
        fold(w) in COURTESY_TITLES for w in words)  # ("Crown Prince" alone is a post)


INITIALLED_STYLE = re.compile(r"\bH\.(?:E|H|M|R\.H)\.", re.IGNORECASE)  # "H.E." (His Excellency), "H.H." (His Highness)
COURTESY_TITLES = {"sheikh", "sheikha", "shaikh", "prince", "princess", "crown", "ayatollah", "mr", "mrs", "ms"}
ROYAL_TITLES = {"king", "queen", "sultan", "emir", "amir", "emperor", "empress", "shah"}


def _regnal(doc: Doc, start: int, end: int) -> bool:
    """A regnal name: one given name and its numeral ("Abdullah II", "King Mohammed VI")."""
    words = [t for t in doc[start:end - 1] if fold(t.text) not in ROYAL_TITLES]
    return bool(REGNAL_NUMERAL.fullmatch(doc[end - 1].text)) and len(words) == 1


def _is_post_nominal(word: str) -> bool:
    return word.isupper() and word.isalpha() and 2 <= len(word) <= 4


def _name_part(token: Token) -> bool:
    """A capitalized word that may continue a name the NER cut short."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.isalpha() and token.ent_type_ in {"", "PERSON"} \
        and not is_title_word(token.text) and not country_code(token.text) and token.lower_ not in NOT_NAME_WORDS \
        and not _is_post_nominal(token.text)


def _extend_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a name span over the parts the NER left out: a hyphenated second part ("Kosiniak-Kamysz", "Won-sik"),
    a further capitalized word ("Espen Barth Eide") or a first name before it ("Wladyslaw Kosiniak-Kamysz")."""
    while end - start < MAX_NAME_TOKENS:
        if end + 1 < len(doc) and _joins_a_name(doc[end]) and doc[end + 1].text.isalpha():
            end += 2
        elif end < len(doc) and doc[end - 1].whitespace_ and _name_part(doc[end]) \
                and not doc[end - 1].is_punct:
            end += 1
        elif end + 1 < len(doc) and doc[end - 1].whitespace_ and doc[end].lower_ in {"bin", "ibn", "bint"} \
                and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha and not country_code(doc[end + 1].text):
            end += 2  # "Mohammed bin Abdulrahman [bin Jassim]": a father's name the NER left out
        elif end + 2 < len(doc) and doc[end - 1].whitespace_ and doc[end].lower_ in NAME_PARTICLES \
                and doc[end + 1].text in {"-", "‐"} and _name_part(doc[end + 2]):
            end += 3  # "Abdel Fattah el-Sissi", "Mohammed Shia al-Sudani"
        else:
            break
    while start > 0 and end - start < MAX_NAME_TOKENS:
        if _hyphenated_start(doc, start) < start:
            start -= 2  # "Kassym-Jomart Tokayev": the first part of a hyphenated given name
        elif _name_part(doc[start - 1]) and doc[start - 1].ent_type_ == "" and (
                not doc[start - 1].is_sent_start or doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end
                and doc[start - 1].tag_ == "NNP" and end - start <= 2):  # "Rustem [Umierov], ...", "Imran [Ahmed
            # Siddiqui], ...": a sentence's first word
            start -= 1
        else:
            break
    return start, end


def _styled_before(doc: Doc, start: int, end: int) -> int:
    """How many words right before the name are a styled honorific ("Datuk Seri" before "Anwar Ibrahim")."""
    for size in (2, 1):
        if start >= size and honorific_length([fold(t.text) for t in doc[start - size:end]]) == size:
            return size
    return 0


def _joins_a_name(token: Token) -> bool:
    """A hyphen inside a name ("Kassym-Jomart"), written without spaces."""
    return token.text in {"-", "‐"} and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _hyphens(span: SpacySpan) -> int:
    return 2 * sum(_joins_a_name(t) for t in span)


def _hyphenated_start(doc: Doc, start: int) -> int:
    """Where a name starting at `start` starts with the first part of a hyphenated given name before it."""
    if start > 1 and _joins_a_name(doc[start - 1]) and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha:
        return start - 2
    return start


# verbs a Title Case headline capitalizes after a name ("Pentagon Chief Esper Speaks With ...")
CALL_NOUNS = {"phone", "call", "calls", "talks", "telephone", "conversation"}  # no word of a name
HEADLINE_VERBS = {"speaks", "talks", "calls", "phones", "says", "meets", "holds", "warns", "urges", "vows", "agrees",
                  "discusses", "climb", "climbs", "soar", "soars", "rise", "rises", "tells", "asks", "rejects", "seeks",
                  "hails", "slams", "backs", "pledges", "announces", "confirms", "denies", "sends", "receives",
                  "speak", "talk", "hold", "discuss", "meet", "agree", "exchange", "exchanges", "trade", "trades"}


def _is_name(text: str) -> bool:
    if not text or not text[0].isupper() or any(ch.isdigit() for ch in text):
        return False
    folded = fold(text)
    if folded in reference.weapon_aliases() or country_code(text) or folded in {"pentagon", "kremlin", "nato"}:
        return False
    if all(is_title_word(w) or fold(w) in LEADING_TITLE_WORDS for w in text.split()):
        return False
    if fold(text.split()[-1]) in STATE_FORMS | REGION_WORDS:
        return False  # "the Hashemite Kingdom", "the Arab Republic": a state
    if len(text.split()) >= 2 and (fold(text.split()[-1]) in HEADLINE_VERBS
                                   or any(fold(w) in HEADLINE_VERBS | CALL_NOUNS for w in text.split()[1:])):
        return False  # a Title Case headline's "Esper Speaks", "Tensions Climb", "Zelenskyy Hold Phone": a verb, not a name
    return all(w[:1].isupper() or w in {"de", "van", "von", "der", "al", "bin"} or w.split("-")[0] in NAME_PARTICLES
               for w in text.split())


def candidate_spans(doc: Doc) -> list[tuple[int, int]]:
    spans = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            start, end = _clean_name_tokens(doc, *_extend_name(doc, ent.start, ent.end))
            if end > start and _is_name(doc[start:end].text):
                spans.add((start, end))
    # a name the NER swallowed into the organization of a title ("Secretary of [Defense Lloyd Austin]ORG")
    swallowed = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 3:
            continue
        j = ent.end
        while j > ent.start and ent.end - j < 2 and _bare_name_word(doc[j - 1]):
            j -= 1
        if ent.end - j == 2 and _hyphenated_start(doc, j) >= ent.start:
            j = _hyphenated_start(doc, j)
        title_start = _scan_title_back(doc, j, ent.sent.start)
        if ent.end - j in (2, 4) and title_start < j and (names_post(doc[title_start:j].text) or _flag_rank_phrase(doc[title_start:j].text)) \
                and _is_name(doc[j:ent.end].text) and not any(s < ent.end and j < e for s, e in spans):
            spans.add((j, ent.end))
            swallowed.append((ent, j))
    if swallowed:  # give the name back to the people, so no title runs through it
        ents = [e for e in doc.ents if all(e != ent for ent, _ in swallowed)]
        for ent, j in swallowed:
            ents += [SpacySpan(doc, ent.start, j, label="ORG")] * (j > ent.start) + [SpacySpan(doc, j, ent.end, label="PERSON")]
        doc.ents = sorted(ents, key=lambda e: e.start)
    # a name the NER labelled a place or an organization, with a post right after it ("Ayman Safadi, Jordan's
    # foreign minister") or right before it ("Foreign Minister Ayman Safadi")
    for ent in doc.ents:
        if ent.label_ in MISLABELS and len(ent) >= 3 and doc[ent.start].text.lower().rstrip(".") in RANKS:
            ent = SpacySpan(doc, ent.start + 1, ent.end, label=ent.label_)  # "[General Zubair Mahmood Hayat]ORG"
        if ent.label_ in MISLABELS and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].ent_type_ == "" \
                and _bare_name_word(doc[ent.start - 1]) and not doc[ent.start - 1].is_stop:
            ent = SpacySpan(doc, ent.start - 1, ent.end, label=ent.label_)  # "Taras [Kachka]GPE, Ukraine's Deputy PM"
        if ent.label_ in MISLABELS and 2 <= len(ent) <= 3 + _hyphens(ent) + _initials(ent) \
                and all(_bare_name_word(t) or _joins_a_name(t) or _initial(t) for t in ent) \
                and _is_name(ent.text) and not any(s < ent.end and ent.start < e for s, e in spans) \
                and (_post_apposition(doc, ent.end, ent.sent) or ent.start > 0 and is_title_word(doc[ent.start - 1].text)
                     or ent.start > 1 and doc[ent.start - 1].text == "," and is_title_word(doc[ent.start - 2].text)
                     and ent.end < len(doc) and doc[ent.end].text == ","  # "Colombia's president, Gustavo Petro,"
                     or _after_post_of_a_country(doc, ent)):
            spans.add((ent.start, ent.end))
    # proper nouns right after a title ("Defense Minister Belousov") that the statistical NER missed
    columns = tokens(doc)
    text, pos = columns.text, columns.pos
    for i in range(1, len(doc)):
        if is_title_word(text[i - 1]) and pos[i] == "PROPN" and text[i][:1].isupper() \
                and not is_title_word(text[i]) and not any(s <= i < e for s, e in spans) \
                and not country_code(tokens_text(doc, i - 1, i + 1)):  # "the United Kingdom": a place
            end = i + 1
            while end < len(doc) and end - i < 3 and pos[end] == "PROPN" and text[end][:1].isupper() \
                    and not is_title_word(text[end]) and text[end] not in ABBREVIATED_TITLES:  # ("Rings EAM")
                end += 1
            start, end = _clean_name_tokens(doc, *_extend_name(doc, i, end))
            start = max(start, i)
            later = [(s, e) for s, e in spans if start < s < end < e]
            if later and end > start and _is_name(doc[start:later[0][1]].text):  # "Sheikh Salem [Abdullah Al-Jaber
                spans -= set(later)  # Al-Sabah]PERSON": the given name before the entity is the name's too
                spans.add((start, max(e for _, e in later)))
                continue
            if end > start and _is_name(doc[start:end].text) and not doc[start].ent_type_ in {"GPE", "ORG", "NORP", "DATE", "MONEY"}:
                spans.add((start, end))
    # two or three capitalized proper nouns with no entity label: a name the NER missed ("Kyrylo Budanov")
    bare = [pos[i] == "PROPN" and _bare_propn_text(text[i]) and doc[i].ent_type_ == "" and not doc[i].is_stop
            for i in range(len(doc))]  # ("Besides Biden" at a paragraph's start: a stop word the tagger took for a name)
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 3 and bare[end]:
            end += 1
        if end - i >= 2 and not any(s < end and i < e for s, e in spans) and _is_name(tokens_text(doc, i, end)):
            spans.add((i, end))
        i = max(end, i + 1)
    return sorted(spans)


NAME_PARTICLES = {"al", "el", "ad", "ash", "as", "bin", "ibn", "abu"}
COUNTERPART_APPOSITION = re.compile(r"\s*(?:his|her|their)\s+(?:[A-Z][\w-]+\s+)?counterpart(?:\s+(?:from|of|in)\s+(?:the\s+)?"
                                    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?(?=\s*[,.;)]|\s+(?:and|who)\b)")
# entity labels the small model gives some people's names
MISLABELS = {"ORG", "FAC", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT", "LAW"}
# words that end organizations' names, not people's ("the Russian Direct Investment Fund", "Central News Agency")
ORG_WORDS = {"fund", "agency", "news", "investment", "council", "committee", "ministry", "office", "department", "service",
             "services", "forces", "force", "command", "corporation", "company", "bank", "group", "institute", "university",
             "center", "centre", "foundation", "association", "party", "press", "media", "authority", "administration",
             "organization", "organisation", "commission", "staff", "guard", "army", "navy", "industries", "systems"}


def _after_post_of_a_country(doc: Doc, ent: SpacySpan) -> bool:
    """"the President of Seychelles, Wavel Ramkalawan.": a name set off after a post of a country, ending its clause."""
    return ent.start > 3 and doc[ent.start - 1].text == "," and bool(country_code(doc[ent.start - 2].text)) \
        and doc[ent.start - 3].lower_ == "of" and is_title_word(doc[ent.start - 4].text) \
        and (ent.end == len(doc) or doc[ent.end].text in {",", ".", ";", ")"})


def _initial(token: Token) -> bool:
    """A given name's initial: "A K Abdul Momen", "S. Jaishankar"."""
    if len(token.text) == 2 and token.text.isupper() and token.text.isalpha() and token.text not in PLACE_INITIALS \
            and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN" \
            and not is_title_word(token.doc[token.i + 1].text):
        return True  # "General MM Naravane", "Captain JD Dorsey": two initials
    return (len(token.text.rstrip(".")) == 1 or token.text.rstrip(".").lower() in ABBREVIATED_GIVEN_NAMES) \
        and token.text[:1].isupper() \
        and token.i + 1 < len(token.doc)


PLACE_INITIALS = {"US", "UK", "EU", "UN", "DC"}  # two capitals before a name that are a place, not initials


def _initials(ent: SpacySpan) -> int:
    return sum(_initial(t) for t in ent[:-1])


def _bare_name_word(token: Token) -> bool:
    if _initial(token):
        return True
    return token.lower_ not in ORG_WORDS and token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.isalpha() and not is_title_word(token.text) \
        and not country_code(token.text) and token.lower_ not in NOT_NAME_WORDS and not _is_post_nominal(token.text)


def _bare_propn_text(text: str) -> bool:
    """The text of a proper noun that may be part of a name the NER missed."""
    return text[:1].isupper() and text.isalpha() and not is_title_word(text) and not country_code(text)


SERVING_POSTS = {"adviser", "advisor", "aide", "assistant", "envoy", "spokesman", "spokeswoman", "spokesperson"}


def _scan_title_back(doc: Doc, end: int, floor: int) -> int:
    """Leftmost token of a title phrase ending just before token `end` (== end when there is none)."""
    i = end - 1
    start = end
    while i >= floor:
        token = doc[i]
        word = token.text
        if word.lower() == "to" and i > floor and doc[i - 1].lower_ in SERVING_POSTS:
            break  # "X, the national security adviser to Prime Minister Y": the adviser's post is X's, not Y's
        if is_title_word(word) or word in {"-", "–"} or (word.lower() in CONNECTORS and (i > floor or word.lower() == "the")) \
                or word.lower() in TERM_MODIFIERS and start == i + 1 \
                or word in {"’s", "'s"} or (word in {"(", ")"} and _parenthesized_acronym(doc, i, floor, end)) \
                or (token.is_space and "\n" not in word and i > floor) or (word[:1].isupper() and (country_code(word) or (word.isupper() and word.replace(".", "").isalpha() and not ROMAN.match(word)))) \
                or (word[:1].isupper() and token.pos_ == "PROPN" and i + 1 < end and doc[i + 1].text in {"’s", "'s"}):
            start = i
            i -= 1
            continue
        if word[:1].isupper() and token.ent_type_ in {"ORG", "NORP", "GPE"} and token.ent_type_ != "PERSON":
            start = i
            i -= 1
            continue
        break
    while start < end and doc[start].text.lower() in CONNECTORS - {"the"} | {"-", "–"}:
        start += 1
    # a place the title does not begin with: "the planned visit to Japan of Minister of National Defense SHIN Won-sik"
    while start + 1 < end and country_code(doc[start].text) and doc[start + 1].text.lower() in CONNECTORS:
        start += 2
        while start < end and doc[start].text.lower() in CONNECTORS - {"the"} | {"-", "–"}:
            start += 1
    return start


def _parenthesized_acronym(doc: Doc, i: int, floor: int, end: int) -> bool:
    """A bracket of "(CENTCOM)", "(Centcom)" inside a title phrase."""
    if doc[i].text == ")":
        return i - 2 >= floor and doc[i - 2].text == "(" and _short_name_word(doc[i - 1].text)
    return i + 2 < end and doc[i + 2].text == ")" and _short_name_word(doc[i + 1].text)


def _short_name_word(word: str) -> bool:
    """"CENTCOM", "Centcom", "NSC": a body's short name in brackets."""
    return word.isalpha() and (word.isupper() or word[:1].isupper() and len(word) <= 8)


def _scan_title_forward(doc: Doc, start: int, ceiling: int) -> int:
    i = start
    while i < ceiling and doc[i].lower_ in STYLE_OF_ADDRESS:
        i += 1  # "His Excellency the President of ...": the style before the post
    while i < ceiling:
        token = doc[i]
        word = token.text
        if is_title_word(word) or word in {"-", "–"} or word.lower() in CONNECTORS | {"a", "an"} or word in {"’s", "'s"} \
                or (word[:1].isupper() and token.pos_ in {"PROPN", "ADJ", "NOUN"}
                    and (token.ent_type_ != "PERSON" or country_code(word))):  # ("Nepal" tagged as a person)
            i += 1
            continue
        break
    while i > start and doc[i - 1].text.lower() in CONNECTORS | {"a", "an", "-", "–"}:
        i -= 1
    return i


def title_for(doc: Doc, start: int, end: int, sentence: SpacySpan) -> str | None:
    """The title phrase attached to the name at tokens [start, end)."""
    while end < sentence.end - 1 and _is_post_nominal(doc[end].text):
        end += 1  # "Richard Marles MP, Deputy Prime Minister"
    lead = _ranks_start(doc, start, sentence.start, RANKS)
    before = _scan_title_back(doc, lead, sentence.start)
    if before == sentence.start < lead and sentence.start > 0 and not doc[sentence.start - 1].is_space \
            and doc[sentence.start - 1].text not in {".", "!", "?", ":", ";", "\"", "”"}:
        # the parser broke the sentence inside a long title ("High Representative of the Union for ... Security | Policy X")
        before = _scan_title_back(doc, lead, doc[sentence.start - 1].sent.start)
    if lead > sentence.start and doc[lead - 1].lower_ in CONNECTORS - {"the"}:
        before = lead  # "a spokesman for Milley": the name completes the title of someone else
    styled = before < lead and all(fold(t.text) in COURTESY_TITLES | ROYAL_TITLES for t in doc[before:lead])
    if before < lead and names_post(doc[before:lead].text) and not (styled and _comma_before(doc, before, sentence)):
        after = _post_apposition(doc, end, sentence) if _rank_only(doc[before:lead].text) else None
        return after or doc[before:lead].text  # "Senior Colonel Zhang Xiaogang, spokesperson for the ministry"
    style = doc[before:lead].text if styled else None
    if styled:
        lead = before  # "Brunei's ruler, Sultan Hassanal Bolkiah": the post told before the style
    # pre-apposition: "The head of the US Joint Chiefs of Staff, General Mark Milley"
    if lead - 1 > sentence.start and doc[lead - 1].text == ",":
        phrase_start = _scan_title_back(doc, lead - 1, sentence.start)
        boundary = phrase_start == sentence.start or doc[phrase_start - 1].is_space or doc[phrase_start - 1].is_punct \
            or doc[phrase_start - 1].text[-1:] in {"-", "—", "–", ":"} or \
            doc[phrase_start - 1].text in {",", "as", "including", "—", "–", ":", ".", "with", "to", "by", "and", "between",
                                            "his", "her", "their", "its", "from"}  # ("a call from the Minister of X, Y")
        # "Minister Blair called Latvia's Minister of Defence, Andris Spruds": the title is the verb's object
        boundary = boundary or (doc[phrase_start - 1].pos_ == "VERB" and doc[phrase_start].text[:1].isupper()) \
            or doc[phrase_start].lower_ == "the" and doc[phrase_start - 1].ent_type_ in {"DATE", "TIME"}
        # ("This afternoon the Minister for Defence, Dr Ng Eng Hen, ...": a time told before the title)
        named_before = phrase_start - 2 >= sentence.start and doc[phrase_start - 1].text == "," \
            and _bare_name_word(doc[phrase_start - 2]) and not _titled_before(doc, phrase_start - 2, sentence.start)
        # "with A, Nepal's Foreign Minister, B said": A's title (not in "Minister A, Deputy Chief B, and C")
        if phrase_start < lead - 1 and boundary and not named_before and names_post(doc[phrase_start:lead - 1].text):
            return doc[phrase_start:lead - 1].text
    return _post_apposition(doc, end, sentence) or style


def _comma_before(doc: Doc, at: int, sentence: SpacySpan) -> bool:
    return at - 1 > sentence.start and doc[at - 1].text == ","


def _rank_only(phrase: str) -> bool:
    role = normalize_role(phrase)
    return bool(role) and all(w.rstrip(".") in RANK_WORDS | SERVICE_WORDS for w in role.split())


COUNTERPARTS_LISTED = re.compile(r"\b(?P<owner>his|her|their)\s+(?:[A-Z][\w-]+\s+)?counterparts\s*(?::|\s+including|\s+such\s+as|"
                                 r"\s+among\s+them)[^.;:]*$")
COUNTRY_AFTER = re.compile(r"\s*(?:of|from)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*(?:[,.;]|and\b|$))")
SERVES_COUNTRY_AS = re.compile(r"^\s*,?\s*who\s+(?:also\s+)?(?:serves|served)\s+(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                               r"\s+as\s+(?:its\s+|the\s+)?")
RELATIVE_POST = re.compile(r"^\s*,?\s*(?:who|now)\s+(?:(?:has|have|had)\s+(?:just\s+|recently\s+|newly\s+)?(?:been\s+"
                           r"(?:named|appointed|made)|become)|was\s+(?:just\s+|recently\s+|newly\s+)?(?:named|appointed)|"
                           r"is|was|also|currently|now|has\s+been|had\s+been|serves|served|"
                           r"became|becomes|took\s+over|is\s+also|was\s+also|serves\s+as|served\s+as|"
                           r"holds\s+the\s+(?:title|post|office|position)\s+of|held\s+the\s+(?:title|post|office|position)\s+of)"
                           r"(?:\s+as|\s+also)?"
                           r"(?:\s+(?:the|a|an|both))?\s+")


CHAIRING = re.compile(r"^\s*,?\s*who\s+(chairs|heads|leads|commands|speaks\s+for)\s+(?:the\s+)?", re.IGNORECASE)
CHAIRING_POSTS = {"chairs": "Chairman of the", "heads": "Head of the", "leads": "Leader of the",
                  "commands": "Commander of the", "speaks for": "Spokesperson for the"}


def _principal_before(doc: Doc, start: int, ceiling: int) -> tuple[int, str] | None:
    """A known official's name and "'s" at `start` ("Donald Trump's vice president"): where the post after it starts,
    and that official's country."""
    end = start
    while end < ceiling and end - start < MAX_NAME_TOKENS and doc[end].ent_type_ == "PERSON" and doc[end].text not in {"'s", "’s"}:
        end += 1
    if end == start or end + 1 >= ceiling or doc[end].text not in {"'s", "’s"}:
        return None
    known = reference.people_by_key().get(reference.person_key_of(doc[start:end].text))
    return (end + 1, known[1]) if known and known[1] in reference.countries() else None


def _post_apposition(doc: Doc, end: int, sentence: SpacySpan) -> str | None:
    """"Vladimir Chizhov, Russian Ambassador to the European Union, insisted"; "X, who serves as China's defence
    minister"."""
    if end < sentence.end - 1:
        rest_start = doc[end].idx
        rest = doc_text(doc)[rest_start:sentence.end_char]
        listed = COUNTERPARTS_LISTED.search(doc_text(doc)[max(0, sentence.start_char - 200):doc[end - 1].idx])
        # (from before the sentence: the parser may end one at the colon)
        of_country = COUNTRY_AFTER.match(rest) if listed else None
        if of_country and country_code(of_country.group(1)):  # "his counterparts: A of Qatar, B of Portugal and C
            return f"{listed.group('owner')} counterpart from {of_country.group(1)}"  # of Greece": each one's
        serving = SERVES_COUNTRY_AS.match(rest)
        if serving and country_code(serving.group("country")):  # "Ayman Safadi, who serves Jordan as Deputy Prime
            at = token_at(doc, rest_start + serving.end())         # Minister": Jordan's
            if at is not None and at < sentence.end:
                phrase_end = _scan_title_forward(doc, at, sentence.end)
                phrase = f"{serving.group('country')} {doc[at:phrase_end].text}"
                if phrase_end > at and names_post(phrase):
                    return phrase
        relative = RELATIVE_POST.match(rest) or CHAIRING.match(rest)
        if relative:  # "X, who serves as ...", "Akylbek Japarov, who chairs the Kyrgyz Republic's Cabinet of Ministers"
            at = token_at(doc, rest_start + relative.end())
            if at is not None and at < sentence.end:
                phrase_end = _scan_title_forward(doc, at, sentence.end)
                post = CHAIRING_POSTS.get(" ".join(relative.group(1).lower().split())) if relative.re is CHAIRING else None
                phrase = f"{post} {doc[at:phrase_end].text}" if post else doc[at:phrase_end].text
                if phrase_end > at and names_post(phrase):
                    return phrase
    if end < sentence.end - 1 and doc[end].text == ",":
        counterpart = COUNTERPART_APPOSITION.match(doc_text(doc)[doc[end].idx + 1:sentence.end_char])
        if counterpart:
            return counterpart.group(0).strip()  # "Phan Van Giang, his counterpart from Vietnam,"
        principal = _principal_before(doc, end + 1, sentence.end)
        if principal is not None:  # "Mike Pence, Donald Trump's vice president,": the principal's country's post
            start, country = principal
            phrase_end = _scan_title_forward(doc, start, sentence.end)
            phrase = doc[start:phrase_end].text
            if phrase_end > start and phrase_end < sentence.end and doc[phrase_end].text == "," and names_post(phrase):
                return f"{reference.countries()[country].name} {phrase}"
        phrase_end = _scan_title_forward(doc, end + 1, sentence.end)
        phrase = doc[end + 1:phrase_end].text
        followed_by_name = phrase_end + 1 < sentence.end and doc[phrase_end].text == "," and \
            doc[phrase_end + 1].ent_type_ == "PERSON" and not _object_of_preposition(doc[end - 1])
        # ("On his call with A, Nepal's Foreign Minister, B talked ...": A's title)
        name_end = phrase_end
        while name_end < sentence.end and doc[name_end].ent_type_ == "PERSON":
            name_end += 1
        titles_next = phrase_end < sentence.end and doc[phrase_end].ent_type_ == "PERSON" \
            and doc[phrase_end].text[:1].isupper() and not (name_end < sentence.end and doc[name_end].text in {"'s", "’s"}) \
            and not any(t.lower_ in SERVING_POSTS and t.i + 1 < phrase_end and doc[t.i + 1].lower_ == "to"
                        for t in doc[end + 1:phrase_end])  # (not "X, Diplomatic Advisor to President Y")
        # ("the opening day of X, President Y told ...": Y's title; not "X, President Y's adviser")
        if phrase_end > end + 1 and not followed_by_name and not titles_next and names_post(phrase):
            return phrase
    rest = doc_text(doc)[doc[end - 1].idx + len(doc[end - 1]):sentence.end_char]
    appointed = APPOINTED_SINCE.search(rest)
    if appointed and not any(t.ent_type_ == "PERSON" for t in doc[end:sentence.end]
                             if t.idx < doc[end - 1].idx + len(doc[end - 1]) + appointed.start()):
        at = token_at(doc, doc[end - 1].idx + len(doc[end - 1]) + appointed.end())
        if at is not None and at < sentence.end:  # "... reached X after he was appointed Minister of Foreign Affairs"
            phrase_end = _scan_title_forward(doc, at, sentence.end)
            if phrase_end > at and names_post(doc[at:phrase_end].text):
                return doc[at:phrase_end].text
    return None


# the post a name's own clause says he or she was just given: "... X, after he was appointed Minister of Defence"
APPOINTED_SINCE = re.compile(r"\b(?:after|since|when|once|as)\s+(?:he|she)\s+(?:was|had\s+been|has\s+been)\s+"
                             r"(?:just\s+|recently\s+|newly\s+)?(?:appointed|named|elected|confirmed|sworn\s+in)"
                             r"(?:\s+as)?\s+(?:the\s+)?")


def _titled_before(doc: Doc, last: int, floor: int) -> bool:
    """The name ending at token `last` has a title right before it ("Defense Minister Oleksii Reznikov")."""
    i = last
    while i > floor and (_bare_name_word(doc[i - 1]) or _initial(doc[i - 1])):
        i -= 1
    return i > floor and is_title_word(doc[i - 1].text)


def _object_of_preposition(token: Token) -> bool:
    """The name hangs from a preposition ("with A", "to A"), within its own compound."""
    node = token
    while node.dep_ == "compound" and node.head is not node:
        node = node.head
    return node.dep_ == "pobj"


def _is_speaker(doc: Doc, start: int, end: int) -> bool:
    for token in doc[start:end]:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in REPORTING_VERBS \
                and not _subject_misparsed(token):
            return True
        if token.dep_ in {"compound", "appos"} and token.head.dep_ == "nsubj" and token.head.head.lemma_.lower() in REPORTING_VERBS \
                and not (token.dep_ == "appos" and ":" in doc[token.head.i:token.i].text) \
                and not _subject_misparsed(token.head):
            return True  # (not "X told of calls with three counterparts: A, ...", the parser hanging A on X)
        if token.dep_ == "conj" and token.head.dep_ == "nsubj" and token.head.head.lemma_.lower() in REPORTING_VERBS \
                and getattr(_teller_after_comma(token.head), "i", None) == token.i:
            return True
    return False


def _subject_misparsed(name: Token) -> bool:
    return _talked_with_misparsed(name) or _teller_after_comma(name) is not None


def _talked_with_misparsed(name: Token) -> bool:
    """"held talks with Prime Minister X, China's television reported": the parser makes "with" the mark of the
    reporting verb and X one of its two subjects; X is the one talked with, not the source."""
    verb = name.head
    return any(c.dep_ == "mark" and c.lower_ == "with" and c.i < name.i for c in verb.children) \
        and sum(c.dep_ == "nsubj" for c in verb.children) > 1


def _teller_after_comma(name: Token) -> Token | None:
    """"... that also included Prime Minister X, Y wrote on Twitter": the parser joins X and Y as the reporting
    verb's subjects; Y, right before the verb after a comma and with no "and", is the one who tells."""
    verb = name.head
    if any(c.dep_ == "cc" for c in name.children):
        return None
    return next((c for c in name.children if c.dep_ == "conj" and c.i > name.i and c.right_edge.i + 1 == verb.i
                 and name.doc[c.left_edge.i - 1].text == ","), None)


DATELINE = re.compile(r"^\s*([A-Z][A-Za-z.'\- ]{1,30}?)(?:/[A-Z][A-Za-z.\- ]+)?\s*(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?\.?|,\s*\d[\d.]+)?"
                      r"\s*(?:\([^)\n]{1,40}\)|/[^/\n]{1,40}/\.?)?\s*(?:—|–|--|-|\.|:|$)", re.MULTILINE)
# country-code top-level domains that are used as generic ones
GENERIC_TLDS = {"io", "co", "tv", "me", "ai", "ly", "fm", "am", "to", "cc", "ws", "gg", "is", "it", "in", "ag", "id"}
# posts that belong to no country
INTERNATIONAL_POST = re.compile(r"secretary general|secretary-general|high representative|nato|european|united nations|"
                                r"\bun\b|\beu\b", re.IGNORECASE)


def home_country(doc: Doc, body: list[tuple[int, int]] | None, article=None) -> str | None:
    """The country an article is written from, for titles that name no country ("Defence Minister Bill Blair" in an
    Ottawa story): the dateline ("OTTAWA —", "TOKYO, March 3 (Reuters) -"), else a country the outlet's name gives
    ("Government Offices of Sweden", "Canadian Press"), else the country of its web domain, else the country the
    first sentence is about ("Estonia will send Ukraine ...")."""
    text = getattr(article, "text", None) or doc_text(doc)  # the dateline may stand on a line of its own, masked in doc
    first = min((s for s, _ in body), default=0) if body else 0
    head_end = next((e for s, e in sorted(body or []) if s >= first), len(text))
    head = text[:min(head_end, first + 400)]
    for line in head.splitlines()[-6:]:
        match = DATELINE.match(line)
        if match and (match.group(1).isupper() or match.end() < len(line.rstrip())):
            code = country_code(match.group(1).strip().title()) or country_code(match.group(1).strip())
            if code:
                return code
    source = getattr(article, "source", None) or ""
    words = re.findall(r"[\w’'.]+", source)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            if phrase[:1].isupper() and country_code(phrase):
                return country_code(phrase)
    url = getattr(article, "url", None) or ""
    host = re.match(r"^[a-z]+://([^/:]+)", url)
    if host:
        tld = host.group(1).rsplit(".", 1)[-1].lower()
        if tld not in GENERIC_TLDS and tld.upper() in reference.countries():
            return tld.upper()
        if tld == "uk":
            return "GB"
    if body:
        for sentence in doc.sents:
            if not in_body(sentence, body):
                continue
            root = sentence.root
            subjects = [t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}]
            for subject in subjects:
                for token in subject.subtree:
                    if token.ent_type_ in {"GPE", "NORP"} and country_code(token.text):
                        return country_code(token.text)
            break
    return None


def _country_after(doc: Doc, end: int) -> str | None:
    """The country in "of <country>" right after a name."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    start = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    for width in (3, 2, 1):
        if start + width <= len(doc):
            code = country_code(doc[start:start + width].text)
            if code:
                return code
    return None


def find_people(doc: Doc, body: list[tuple[int, int]] | None = None, article=None) -> People:
    all_sentences = sentences(doc)
    sentence_of = {}
    for index, sentence in enumerate(all_sentences):
        for i in range(sentence.start, sentence.end):
            sentence_of[i] = index
    mentions: list[Mention] = []
    candidates = candidate_spans(doc)
    # a known name the model's person span continues ("Mohammed bin Abdulrahman" of "... Abdulrahman Al-Thani"): the whole
    # or starts before it with more given names ("Matamela Cyril Ramaphosa")
    known = [(min([ks] + [s for s, e in candidates if s < ks < ke <= e and all(t.pos_ == "PROPN" for t in doc[s:ks])]),
              max([ke] + [e for s, e in candidates if s <= ks < ke < e]), key) for ks, ke, key in known_name_spans(doc)]
    spans = [(s, e) for s, e in candidates if not any(ks < e and s < ke for ks, ke, _ in known)]
    for start, end in sorted(spans + [(s, e) for s, e, _ in known]):
        if start and doc[start - 1].text in {"By", "by"} and doc[start - 1].is_sent_start:
            continue  # a byline
        if end - start == 1 and _month_of_a_date(doc, start):
            continue  # "New Delhi, May 26": a month, not Theresa May
        sentence = all_sentences[sentence_of[start]]
        written = " ".join(doc[start:end].text.split())
        if written.endswith(".") and len(doc[end - 1].text) > 2 and (end == len(doc) or doc[end - 1].is_sent_end):
            written = written[:-1]  # "... Prime Minister Samdech Techo Hun Sen.": the sentence's stop, no part of "Sen"
        mention = Mention(start, end, capitalized_family_first(written), sentence=sentence_of[start])
        mention.title = title_for(doc, start - _styled_before(doc, start, end), end, sentence)
        if not mention.title and fold(doc[start].text) in ROYAL_TITLES | {"sheikh", "prince", "crown"}:
            mention.title = title_for(doc, start + 1, end, sentence) or doc[start].text  # "Morocco's King Mohammed VI"
        if not mention.title:
            mention.title = _flag_rank(doc, start, sentence)  # "Lieutenant General Charalampos Lalousis"
        if mention.title and _held_before(doc, sentence, mention.title, start):
            mention.title = None  # "former US Secretary of State Henry Kissinger": no longer holds the post
        if mention.title:
            mention.role = normalize_role(mention.title)
            mention.country = country_in_title(mention.title)
        if not mention.country and mention.title:
            mention.country = _country_after(doc, end)  # "King Abdullah II of Jordan"
        royal = (mention.title or "").split()[-1:] if mention.title else []
        if _regnal(doc, start, end) and royal and fold(royal[0]) in ROYAL_TITLES and len(name_tokens(mention.text)) == 2 \
                and fold(doc[start].text) not in ROYAL_TITLES:
            mention.text = f"{royal[0].title()} {mention.text}"  # a monarch goes by title and regnal name
        if not mention.country:
            cue = GROUP_CUE.search(doc_text(doc)[sentence.start_char:doc[start].idx])
            mention.country = country_code(cue.group(1)) if cue else None
        mention.speaker = _is_speaker(doc, start, end)
        mentions.append(mention)
    _share_coordinated_titles(doc, mentions)
    _post_told_before_the_name(doc, mentions)
    day = getattr(article, "date", None)
    officials = _officials(doc, mentions, lambda: home_country(doc, body, article), day)
    _counterparts_take_the_post(mentions, officials)
    return People(mentions=mentions, officials=officials)


def _ranks_start(doc: Doc, start: int, floor: int, words: set[str]) -> int:
    """Where the rank words written right before token `start` begin ("Maj. Gen.", the tokenizer sometimes splitting
    "Maj" from its full stop)."""
    lead = start
    while lead > floor and (doc[lead - 1].text.lower().rstrip(".") in words or (
            doc[lead - 1].text == "." and lead - 2 >= floor and doc[lead - 2].text.lower() in words)):
        lead -= 1
    return lead


def _flag_rank(doc: Doc, start: int, sentence: SpacySpan) -> str | None:
    """The rank of a general or flag officer written right before a name ("Lt. Gen.", "Rear Admiral")."""
    lead = _ranks_start(doc, start, sentence.start, FLAG_OFFICER_WORDS)
    return doc[lead:start].text if _flag_rank_phrase(doc[lead:start].text) else None


FLAG_OFFICER_WORDS = RANK_WORDS | SERVICE_WORDS | FLAG_RANKS


def _flag_rank_phrase(phrase: str) -> bool:
    words = [w.rstrip(".") for w in fold(phrase).split() if w != "."]
    return any(w in FLAG_RANKS for w in words) and all(w in FLAG_OFFICER_WORDS for w in words)


FORMER = re.compile(r"\b(?:former|ex|late|retired|erstwhile|onetime|one-time)[\s-]*$", re.IGNORECASE)


def _held_before(doc: Doc, sentence: SpacySpan, title: str, start: int) -> bool:
    """The title comes with "former", "ex-" or "late": a post the person no longer holds."""
    text = doc_text(doc)[sentence.start_char:sentence.end_char]
    name_at = doc[start].idx - sentence.start_char
    at = text.rfind(title, 0, name_at + 1)
    if at < 0:
        at = text.find(title, name_at)
    return at >= 0 and bool(FORMER.search(text[max(0, at - 14):at]))


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}


def _month_of_a_date(doc: Doc, i: int) -> bool:
    """The word is a month with a day beside it ("May 26", "26 May")."""
    if doc[i].lower_ not in MONTHS:
        return False
    if i > 0 and doc[i - 1].lower_ in MONTH_LEADS or i + 1 < len(doc) and re.fullmatch(r"(?:19|20)\d\d", doc[i + 1].text):
        return True  # "Back in May, ...", "since May", "May 2019": the month
    return any(0 <= j < len(doc) and doc[j].like_num and doc[j].text.isdigit() and 1 <= int(doc[j].text) <= 31
               for j in (i - 1, i + 1))


MONTH_LEADS = {"in", "since", "by", "until", "till", "of", "early", "late", "mid", "last", "next", "this", "during",
               "from", "through", "before", "after"}


def _possessive_country(doc: Doc, start: int) -> str | None:
    """The country written as a possessive right before the name ("Jordan's Abdullah")."""
    if start >= 2 and doc[start - 1].text in {"'s", "’s"}:
        return country_code(doc[start - 2].text)
    return None


def _post_told_before_the_name(doc: Doc, mentions: list[Mention]) -> None:
    """"Wang rang the foreign minister of the Palestinian Authority ... In his conversation with Riyad al-Maliki of
    the Palestinian Authority": a name of no post, set beside a government that the article gave one post holder of
    before, holds that post."""
    text = doc_text(doc)
    for m in mentions:
        if m.title or m.end >= len(doc) or doc[m.end].lower_ != "of" \
                or not all(t.ent_type_ == "PERSON" for t in doc[m.start:m.end]):
            continue  # (not "the Quad Summit Meeting of Japan, ...")
        after = re.match(r"of\s+(?:the\s+)?((?:[A-Z][\w'-]+\s*){1,3})", text[doc[m.end].idx:])
        place = after.group(1).strip() if after else ""
        code = country_code(place) if place else None
        if code is None:
            continue
        posts = {normalize_role(found.group(1)): found.group(1) for found in re.finditer(
            r"\bthe\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+of\s+(?:the\s+)?" + re.escape(place) + r"\b",
            text[:doc[m.start].idx]) if is_title_word(found.group(1).split()[-1]) and normalize_role(found.group(1))}
        if len(posts) == 1:
            m.title = next(iter(posts.values()))
            m.role, m.country = normalize_role(m.title), code


def _counterparts_take_the_post(mentions: list[Mention], officials: dict[str, Official]) -> None:
    """"Nobuo Kishi, Japan's defence minister, and Phan Van Giang, his counterpart from Vietnam": a counterpart named
    with no post of their own holds the post of the official named before them in the sentence."""
    for m in mentions:
        official = officials.get(m.key)
        if official is None or not m.title or "counterpart" not in m.title.lower() \
                or any("counterpart" not in role.lower() for role in official.roles):
            continue
        owners = [o for o in mentions if o.sentence == m.sentence and o.start < m.start and o.key != m.key
                  and officials.get(o.key) is not None and officials[o.key].roles]
        if owners:
            officials[m.key] = replace(official, roles=officials[owners[-1].key].roles[:1])


@cache
def _known_by_surname() -> dict[str, dict[str, str]]:
    """Surname as the person key spells it -> {well-known official's key: name}; a name with a patronymic also by
    its given name ("Prince Faisal" for Faisal bin Farhan)."""
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for alias, entry in reference.known_officials().items():
        table[alias.split("-")[0 if entry.extra in FAMILY_FIRST else -1]][entry.key] = entry.name  # "Pak" of Pak Thae-song
        if ARABIC_NASAB.search(entry.name) or REGNAL_NUMERAL.fullmatch(entry.name.split()[-1]):
            table[alias.split("-")[0]][entry.key] = entry.name  # "Prince Faisal", "King Abdullah"
    return dict(table)


def _table_name(text: str) -> bool:
    """The mention is a known official's name as the tables write it, even one a rank word starts ("Gen Nakatani")."""
    words = text.split()
    return len(words) >= 2 and fold(words[0]) not in ROYAL_TITLES | COURTESY_TITLES and fold(text.strip()) in _table_names()


@cache
def _table_names() -> frozenset[str]:
    return frozenset(fold(name) for name in reference.known_official_names())


def _known_tail(text: str) -> str | None:
    """"Muhammad Shehbaz Sharif": the known official whom the name without its first given names names (never
    just a family name), when the name as written has no middle name the table's names contradict."""
    words = text.split()
    for cut in range(1, len(words) - 1):
        if any(fold(w).strip(".,'’") in NAME_PARTICLES | {"bint"} for w in words[cut - 1:cut + 1]):
            continue  # (not "bin Salman ... Al Saud" of "Mohammed bin Salman ...")
        tail = " ".join(words[cut:])
        key = canonical_key(person_key(tail), tail)
        if reference_name(key) is not None and not middle_names_differ(tail, key):
            return key
    return None


def _shorter_nasab(text: str) -> str | None:
    """"Mohammed bin Salman bin Abdulaziz": the known official the name without its last "bin ..." names."""
    words = text.split()
    cuts = [i for i, w in enumerate(words) if fold(w) in {"bin", "ibn", "bint"}]
    for cut in reversed(cuts[1:]):
        key = canonical_key(person_key(" ".join(words[:cut])), " ".join(words[:cut]))
        if reference_name(key) is not None:
            return key
    return None


def _in_office(known: dict[str, str], day, country: str | None = None, role: str | None = None) -> dict[str, str]:
    """Of several known officials going by one name, the one in office on the day (of the country the title
    names, if it names one, in a post the title fits), if only one is."""
    if len(known) <= 1 or day is None:
        return known
    serving = {key: name for key, name in known.items() if (term := term_on(key, day)) is not None and term.covers(day)
               and (country is None or term.country == country)}
    if len(serving) > 1 and role:
        serving = {key: name for key, name in serving.items() if _holds_post_titled(key, role, day)} or serving
    return serving if len(serving) == 1 else known


# the posts a head-of-state or -government title names ("President Sheikh Mohamed" is no prime minister)
TITLE_POSTS = {"president": {"head_of_state"}, "prime minister": {"head_of_government"}, "premier": {"head_of_government"},
               "chancellor": {"head_of_government"}, "king": {"head_of_state"}, "emir": {"head_of_state"}}


def _holds_post_titled(key: str, role: str, day) -> bool:
    """The person holds on `day` a post the title names (any post, for a title this table does not tie to one)."""
    posts = TITLE_POSTS.get(role.lower())
    if posts is None or day is None:
        return True
    name = (reference_name(key) or "").split()
    if role.lower() == "president" and name and (fold(name[0]) in ROYAL_TITLES or REGNAL_NUMERAL.fullmatch(name[-1])):
        return False  # a monarch is no president
    return any(t.post in posts and t.covers(day) for t in reference.terms_by_person().get(key, ()))


# a name with a patronymic ("Mohammed bin Salman", "Tamim bin Hamad Al Thani"): known by the given name with a title
ARABIC_NASAB = re.compile(r"\b(?:bin|bint|ibn)\b", re.IGNORECASE)


def _officials(doc: Doc, mentions: list[Mention], home=lambda: None, day=None) -> dict[str, Official]:
    full = [m for m in mentions if len(name_tokens(m.text)) >= 2 or _table_name(m.text)]
    by_surname: dict[str, set[str]] = defaultdict(set)
    names: dict[str, Counter] = defaultdict(Counter)
    fuller = _fuller_spellings(full)  # "Abiy Ahmed" after "Abiy Ahmed Ali": the same person, by the fuller name
    keyed_by = {m.text: fuller.get(m.text, m.text) for m in full}
    named = {canonical_key(person_key(spelling), spelling) for spelling in keyed_by.values()}
    for m in full:
        m.key = canonical_key(person_key(keyed_by[m.text]), keyed_by[m.text])
        if reference_name(m.key) is None:  # "Sergeiy Shoigu": the minister in office
            m.key = _known_tail(m.text) or spelling_variant_of_holder(m.text, day, named) or _shorter_nasab(m.text) \
                or m.key
        by_surname[surname(m.text)].add(m.key)
        known = reference.people_by_key().get(m.key)
        for spelling in known[3] if known and known[1] not in FAMILY_FIRST else ():  # "Mr Zelenskiy" after
            if name_tokens(spelling)[:1] == name_tokens(known[0])[:1] and len(name_tokens(spelling)) >= 2:  # "Volodymyr
                by_surname[surname(spelling)].add(m.key)  # Zelensky": the surname as the tables' other spellings write it
        term = term_on(m.key, day)
        if term is not None and term.country in FAMILY_FIRST:
            by_surname[name_tokens(term.name)[0]].add(m.key)  # "Xi" after "Xi Jinping"
        elif term is None and (m.country or (home() if len(name_tokens(m.text)) == 2 else None)) in FAMILY_FIRST \
                and name_tokens(m.text)[0] in FAMILY_FIRST_SURNAMES:
            by_surname[name_tokens(m.text)[0]].add(m.key)  # "Minister Song" after "Song Young-moo", in no table;
            # "Wu" after "Wu Qian, who speaks for the ministry" in a Beijing story
        if (term.country if term is not None else m.country) in GIVEN_NAME_USED:
            by_surname[name_tokens(m.text)[0]].add(m.key)  # "Anwar" after "Anwar Ibrahim"
        if ARABIC_NASAB.search(m.text):  # "Prince Mohammed" after "Mohammad bin Salman"
            given = name_tokens(m.text)[0]
            by_surname[first_name_variants().get(given, given)].add(m.key)
        names[m.key][m.text] += 1
    _merge_initials(full, by_surname, names)
    key_countries = {m.key: m.country for m in full if m.country}
    by_given_name: dict[str, set[str]] = defaultdict(set)
    by_inner_name: dict[str, set[str]] = defaultdict(set)  # "Lula" of "Luiz Inácio Lula da Silva"
    for m in full:
        by_given_name[name_tokens(m.text)[0]].add(m.key)
        words = [w.strip(".,'’") for w in fold(m.text).split()]
        for before, word in zip(words, words[1:-1]):
            if before not in NAME_PARTICLES and word not in NAME_PARTICLES and len(word) > 2:
                by_inner_name[word].add(m.key)  # (not a father's name after "bin")
    known_by_surname = _known_by_surname()
    for m in mentions:  # "President Trump" never named in full: the known official of that name
        last = surname(m.text)
        variant = first_name_variants().get(last, last)  # "Sheikh Mohamed": also those the tables key "mohammed"
        known = _in_office({**known_by_surname.get(last, {}), **known_by_surname.get(variant, {})}, day, m.country, m.role)
        if not m.key and m.title and len(name_tokens(m.text)) == 1 and not by_surname.get(last) and len(known) == 1 \
                and not by_given_name.get(last) and not by_surname.get(variant):
            full = next(iter(known.values()))
            if name_tokens(full)[0] == last or SequenceMatcher(None, last, name_tokens(full)[-1]).ratio() \
                    < SURNAME_SPELLING_SIMILARITY:  # "Sheikh Tamim": known by the given name; "President Lula": by
                name = full                         # another name the table lists for them
            else:
                name = " ".join([*full.split()[:-1], m.text.strip()])  # the article's spelling of the surname
            key = canonical_key(person_key(name))
            by_surname[last].add(key)
            names[key][name] += 1
        elif not m.key and len(name_tokens(m.text)) == 1 and not by_surname.get(last) \
                and not (m.title and by_given_name.get(last)):
            term = holder_by_family_name(m.text, day) if fold(m.title or "") not in COURTESY_TITLES else None
            # ("Shoigu" alone: the one holder of a post by that name; "Sheikh Mohamed" is a given name)
            owner = _possessive_country(doc, m.start)
            if owner is not None and (term is None or term.country != owner):
                term = holder_by_name_word(m.text, day, owner)  # "Jordan's Abdullah": Jordan's one of that name
            if term is not None and (not m.role or _holds_post_titled(canonical_key(term.key), m.role, day)):
                key = canonical_key(term.key)
                by_surname[last].add(key)
                names[key][reference_name(key) or term.name] += 1
    for m in mentions:
        if not m.key:
            last = surname(m.text)
            keys = by_surname.get(last) or by_surname.get(first_name_variants().get(last, last), set())
            if not keys and m.title and len(name_tokens(m.text)) == 1:
                keys = by_given_name.get(last, set())  # "PM Shehbaz" after "Shehbaz Sharif": a post and the given name
            if not keys and len(name_tokens(m.text)) == 1:
                keys = by_inner_name.get(last, set())
            if len(keys) > 1 and m.country:  # "Sheikh Mohammad of the UAE", an article naming two Mohammeds in full
                keys = {k for k in keys if key_countries.get(k) == m.country}
            if len(keys) == 1:
                m.key = next(iter(keys))
    # surnames the NER labelled as places or organizations ("Secretary Austin" tagged GPE)
    known = {s: next(iter(k)) for s, k in by_surname.items() if len(k) == 1}
    for word, keys in by_inner_name.items():  # "between Lula and Trump", the NER missing "Lula" of "Luiz Inácio Lula
        if len(keys) == 1 and word not in known and not by_surname.get(word) \
                and not is_title_word(word) and word not in HONORIFICS:  # da Silva" (not "Prince" of "Crown Prince X")
            known[word] = next(iter(keys))
    taken = {i for m in mentions for i in range(m.start, m.end)}
    texts = token_texts(doc)
    for i, text in enumerate(texts):
        if i in taken or not text[:1].isupper() or doc[i].ent_type_ == "PERSON" and fold(text) not in known \
                or _month_of_a_date(doc, i):
            continue
        key = known.get(fold(text))
        if key is None:
            term = holder_by_family_name(text, day) if _lone_name_word(doc, i) else None
            if term is None:
                continue
            key = canonical_key(term.key)
            names[key][reference_name(key) or term.name] += 1
            known[fold(text)] = key
        token = doc[i]
        sentence = token.sent
        start = token.i  # the first name the NER left outside ("Secretary of Defense Lloyd [Austin]")
        if start > sentence.start and fold(doc[start - 1].text) == key.split("-")[0] and start - 1 not in taken:
            start -= 1
        mention = Mention(start, token.i + 1, doc[start:token.i + 1].text, key=key,
                          sentence=sentence_index(doc, sentence))
        mention.title = title_for(doc, start, token.i + 1, sentence)
        if mention.title:
            mention.role = normalize_role(mention.title)
            mention.country = country_in_title(mention.title)
        mention.speaker = _is_speaker(doc, start, token.i + 1)
        mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.key:
            grouped[m.key].append(m)
    officials = {}
    group_posts = _group_posts(doc)
    for key, group in grouped.items():
        if group_posts and not any(m.title for m in group):
            _title_from_group(doc, group, group_posts)
        titled = [m for m in group if m.title]
        term = term_on(key, day)
        known_entry = reference.known_officials().get(key)
        if not titled and term is None and known_entry is None:
            continue
        roles = _specific(dict.fromkeys(display(m.role) for m in group if m.role and not _style_only(m.role)))
        if roles and all(fold(r) in COURTESY_TITLES for r in roles) and term is not None:
            roles = ()  # "Sheikh Mohammed bin Zayed": a style of address; the post held that day says more
        if not roles and term is not None:  # a known official named without a title: the post held that day
            roles = (reference.post_label(term.post, term.country),)
        countries = Counter(m.country for m in group if m.country)
        country = countries.most_common(1)[0][0] if countries else None
        if term is not None and day is not None and term.covers(day):
            country = term.country  # in office that day: the table's country ("X spoke with Y, President of the US")
        if not country and term is not None:
            country = term.country
        if not country and known_entry and known_entry.extra:
            country = known_entry.extra
        if not country and roles and not any(INTERNATIONAL_POST.search(r) for r in roles) \
                and not all(fold(r) in COURTESY_TITLES for r in roles) \
                and not any(m.title and "counterpart" in m.title.lower() for m in group):
            country = home()  # a domestic post with no country named: the country the article is written from
        # the article's own spelling (its fullest, then most used): what the readers and the sources call the person;
        # the reference table's name joins the aliases (one preferred name across articles is chosen from them all)
        canonical = reference_name(key)
        spelled = {n: c for n, c in names[key].items() if _is_name(n)} or names[key]
        text_of_doc = doc_text(doc)
        family_uses = Counter(surname(m.text) for m in group)  # "Zelensky" alone counts too
        folded_spellings = {fold(n) for n in spelled}
        name = max(spelled.items(), key=lambda kv: (not is_title_word(kv[0].split()[0]), len(name_tokens(kv[0])),
                                                    kv[0].split()[-1] in text_of_doc,
                                                    any(fold(kv[0]).startswith(other + " ") for other in folded_spellings),
                                                    # ("Ismail Sabri Yaakob" over the "Ismail Sabri" it extends)
                                                    family_uses[surname(kv[0])],
                                                    kv[1], len(kv[0].split()),
                                                    bool(canonical) and fold(kv[0]) == fold(canonical), len(kv[0])))[0]
        while len(name.split()) > 2 and (fold(name.split()[0]) in STYLES_BEFORE_A_NAME
                                     or INITIALLED_STYLE.fullmatch(name.split()[0])):
            name = name.split(" ", 1)[1]  # "Madam Sun Baohong", "Lord David Cameron"
        # "Mohammed bin Salman", not "Crown Prince ..."; a family name the article writes before one it does not
        if canonical and fold(name).endswith(" " + fold(canonical)):
            name = next((n for n in spelled if fold(n) == fold(canonical)), name)  # "Muhammad Shehbaz Sharif" and
            # "Prime Minister Shehbaz Sharif" in one article: the name the table and the article share
        listed = {fold(a) for a in reference.people_by_key().get(key, ("", "", None, ()))[3]}
        if canonical and (len(name_tokens(name)) < 2 or not _is_name(name) or canonical_key(person_key(name)) != key
                          and name_tokens(name)[-1] != name_tokens(canonical)[-1]) \
                and fold(name) not in listed and not _fuller(name, canonical) \
                and _shorter_nasab(name) != key:  # "Lula da Silva", a name the
            # table lists, or "Matamela Cyril Ramaphosa", the table's name with more given names: the article's spelling
            families = Counter()
            for spelling, uses in names[key].items():
                if _is_name(spelling):
                    families[spelling.split()[-1]] += uses
            usual = max(families.items(), key=lambda kv: (kv[1], kv[0] == canonical.split()[-1]))[0] if families else ""
            name = _with_surname_as_written(canonical, usual)  # the family name as the article mostly writes it
            # only a surname, or a surname the table spells otherwise: the table's name (with the article's spelling
            # of the surname: "Zelensky" alone makes "Volodymyr Zelensky"); a given name the article writes otherwise
            # ("Nikos" of the table's "Nikolaos", "Sergeiy") stays as written, the table's name among the aliases
        if canonical and len(name_tokens(name)) == 2 and name_tokens(name) == name_tokens(canonical)[::-1]:
            name = canonical  # "Suga Yoshihide" (family name first): named as English news and the table do
        spans = tuple(Span(start, end, doc_text(doc)[start:end]) for start, end in (m.char_span(doc) for m in group))
        aliases = tuple(sorted((set(names[key]) | ({canonical} if canonical else set())) - {name}))
        confidence = 0.9 if roles and country else 0.7 if roles else 0.5
        officials[key] = Official(key=key, name=name, roles=roles, country=country, aliases=aliases,
                                  mentions=spans, confidence=confidence)
    return officials


def _fuller_spellings(full: list[Mention]) -> dict[str, str]:
    """Names of two or more words that open a longer name of the article ("Abiy Ahmed" of "Abiy Ahmed Ali") -> that
    longer name, when it is the only one they open."""
    words = {m.text: tuple(fold(m.text).split()) for m in full}
    titled = {m.text for m in full if m.title}  # (a longer name is a name when a post comes with it: not "Wang Yi Talks")
    out = {}
    for text, tokens_ in words.items():
        longer = {t for t, other in words.items() if len(tokens_) >= 2 and len(other) > len(tokens_)
                  and other[:len(tokens_)] == tokens_
                  and (t in titled or set(other[len(tokens_):]) & NAME_PARTICLES)}  # "Khaled bin Mohamed bin Zayed"
        if not longer and len(tokens_) == 2:  # "Lacalle Pou" of "Luis Lacalle Pou": a double family name
            longer = {t for t, other in words.items() if len(other) == 3 and other[1:] == tokens_ and t in titled}
        if len(longer) == 1:
            out[text] = longer.pop()
    return out


def _with_surname_as_written(canonical: str, written: str) -> str:
    """The table's name with the family name spelled as the article writes it, when that is a transliteration of
    it ("Volodymyr Zelenskyy", "Zelensky" -> "Volodymyr Zelensky"); else the table's name."""
    words, family = canonical.split(), written.strip().split()[-1] if written.strip() else ""
    if len(words) < 2 or not family[:1].isupper() or fold(family) == fold(words[-1]) \
            or SequenceMatcher(None, fold(family), fold(words[-1])).ratio() < SURNAME_SPELLING_SIMILARITY:
        return canonical
    return " ".join([*words[:-1], family])


SURNAME_SPELLING_SIMILARITY = 0.8


def _fuller(name: str, canonical: str) -> bool:
    """`name` is `canonical` with more given names before it ("Matamela Cyril Ramaphosa" of "Cyril Ramaphosa")."""
    words, short = name_tokens(name), name_tokens(canonical)
    return len(words) > len(short) >= 2 and words[-len(short):] == short and not is_title_word(name.split()[0])


# "The defence ministers of Estonia, Latvia and Lithuania": a post shared by the officials of the countries listed
GROUP_POST = re.compile(r"\b((?:[Dd]efen[cs]e|[Ff]oreign|[Ff]inance|[Pp]rime)\s+[Mm]inisters|[Dd]efen[cs]e\s+[Cc]hiefs|"
                        r"[Aa]rmy\s+[Cc]hiefs)\s+of\s+((?:(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?"
                        r"(?:\s*,\s*|,?\s+and\s+))+(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)")


def _share_coordinated_titles(doc: Doc, mentions: list[Mention]) -> None:
    """"Presidents Joe Biden and Xi Jinping": a plural title before a list of names belongs to each of them."""
    previous = None
    for m in mentions:
        if previous is not None and not m.title and previous.title and previous.sentence == m.sentence:
            between = doc_text(doc)[doc[previous.end - 1].idx + len(doc[previous.end - 1].text):doc[m.start].idx].strip()
            words = previous.title.split()
            if between in {"and", ",", ", and", "&"} and words and fold(words[-1]).endswith("s") \
                    and normalize_role(words[-1]) is not None:
                m.title, m.role, m.country = previous.title, previous.role, None
                continue
        previous = m


def _merge_initials(full: list[Mention], by_surname: dict[str, set[str]], names: dict[str, Counter]) -> None:
    """"A.B. Novak" beside "Anton Novak": the one person of that family name whose first name the initial
    begins."""
    for m in full:
        words = m.text.rstrip(".").split()
        if len(words) >= 2 and len(words[-1]) == 1 and words[-1].isupper():  # "Charles Q", the sentence cut at the
            fuller = {o.key for o in full if o.key != m.key and o.text.startswith(m.text.rstrip(".") + ".")}  # initial
            if len(fuller) == 1:  # of "Charles Q. Brown Jr.": that person
                target = fuller.pop()
                names[target].update(names.pop(m.key, {}))
                for other in full:
                    if other.key == m.key:
                        other.key = target
                continue
        first = name_tokens(m.text)[0]
        if len(first) != 1:
            continue
        last = surname(m.text)
        fuller = [k for k in by_surname.get(last, ()) if k != m.key and len(k.split("-")[0]) > 1 and k[0] == first]
        if len(fuller) == 1:
            by_surname[last].discard(m.key)
            names[fuller[0]].update(names.pop(m.key, {}))
            for other in full:
                if other.key == m.key:
                    other.key = fuller[0]


def _lone_name_word(doc: Doc, i: int) -> bool:
    """A capitalized proper noun standing alone, not part of a longer name ("Austin" in "Lloyd Austin" or in
    "Austin, Texas" is no lone family name; "Secretary Austin" is)."""
    token = doc[i]
    if token.pos_ not in {"PROPN", "NOUN", "ADJ"} and token.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN" and not is_title_word(doc[j].text) \
                and not (j == i + 1 and doc[j].text in {"'s", "’s"}):
            return False
    if i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].ent_type_ == "GPE" and not doc[i + 2].text[:1].islower():
        return not country_code(doc[i + 2].text) is None  # "Austin, Texas": a place; "Austin, U.S. ..." fine
    if i > 0 and doc[i - 1].text in {"-", "–"} and not doc[i - 1].whitespace_:
        return False  # "Indo-Pak tensions": part of a compound word
    if fold(token.text) in LANGUAGE_WORDS and i > 0 and doc[i - 1].lower_ in {"in", "into", "from", "speak", "spoke",
                                                                              "speaks", "speaking"}:
        return False  # "They spoke in English": the language, not Bill English
    after = next((t for t in doc[i + 1:i + 3] if t.text not in QUOTE_MARKS), None)
    if after is not None and after.lemma_.lower() in EPONYM_NOUNS:
        return False  # "the 'Steinmeier formula'": a plan named after someone, not the person
    return True


QUOTE_MARKS = {'"', "'", "”", "’", "“", "‘"}
EPONYM_NOUNS = {"formula", "doctrine", "plan", "initiative", "era", "model", "agenda", "line", "corollary"}


def _group_posts(doc: Doc) -> dict[str, str]:
    """Country code -> the post a plural title gives the officials of the countries it lists."""
    posts: dict[str, str] = {}
    text = doc_text(doc)
    if "inisters" not in text and "hiefs" not in text:
        return posts  # every plural post the pattern knows ends so
    for match in GROUP_POST.finditer(text):
        post = re.sub(r"s$", "", match.group(1))  # "defence ministers" -> "defence minister"
        for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group(2)):
            code = country_code(re.sub(r"^the\s+", "", part.strip(" .")))
            if code:
                posts.setdefault(code, post.title())
    return posts


def _title_from_group(doc: Doc, group: list[Mention], posts: dict[str, str]) -> None:
    """"Norway's Bjorn Arild Gram" in an article on "the defence ministers of Norway and Sweden": that post."""
    for m in group:
        if m.start >= 2 and doc[m.start - 1].text in {"'s", "’s"}:
            code = country_code(doc[m.start - 2].text)
            if code in posts:
                m.title, m.role, m.country = posts[code], normalize_role(posts[code]), code
                return


def _specific(roles: dict[str, None]) -> tuple[str, ...]:
    """Drop a role that a more specific one of the same person contains ("Secretary" beside "Secretary of Defense")."""
    return tuple(r for r in roles if not any(r != other and r.lower() in other.lower() for other in roles))


def in_body(sentence: SpacySpan, body: list[tuple[int, int]]) -> bool:
    """The sentence's text (leading and trailing blanks aside) overlaps the article body."""
    text = span_text(sentence)
    start = sentence.start_char + len(text) - len(text.lstrip())
    end = sentence.start_char + len(text.rstrip())
    before_end = bisect_left(body, (end,))  # body spans are sorted and do not overlap: only the last one
    return before_end > 0 and body[before_end - 1][1] > start  # starting before `end` can reach past `start`
