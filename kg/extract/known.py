"""Officials the reference tables know: full names and spellings found in the text beside the statistical NER
(which mislabels or misses many), and family names alone resolved to the one holder of a post on the article's
date ("Shoigu", "Erdogan", "Xi")."""
from __future__ import annotations

import datetime as dt
import re
from difflib import SequenceMatcher
from functools import cache

from spacy.tokens import Doc

from kg import reference
from kg.extract.doccache import token_texts, tokens_text
from kg.extract.titles import is_title_word
from kg.names import name_tokens, person_key, swapped_letters
from kg.reference import Term, fold

MAX_NAME_TOKENS = 7
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "von", "van", "de", "der", "da", "di", "du", "del", "la", "le", "dos"}
FAMILY_NAME_SIMILARITY = 0.85
REGNAL = re.compile(r"[IVXL]+")
NAME_PART = re.compile(r"[^\W\d_][\w'’]*\.?|-|‐")
GIVEN_NAME_SIMILARITY = 0.7
# family names come first in these countries' names in English ("Xi Jinping", "Yoon Suk Yeol")
FAMILY_FIRST = {"CN", "KR", "KP", "TW", "VN", "HK", "MO", "SG", "KH", "HU"}
# in these countries' news a person goes by the given name ("Anwar" for Anwar Ibrahim, "Prabowo", "Prayut")
GIVEN_NAME_USED = {"MY", "ID", "BN", "TH", "IS"}


def known_name_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, person key) of every full name or alias of a known official in the Doc, longest first at each
    position."""
    texts = token_texts(doc)
    known = reference.known_officials()
    found = []
    i = 0
    first_words = _first_words()
    while i < len(texts):
        if not texts[i][:1].isupper() or _first(texts[i]) not in first_words:
            i += 1
            continue
        match = None
        for n in range(min(MAX_NAME_TOKENS, len(texts) - i), 1, -1):
            if not texts[i + n - 1][:1].isalpha() or not texts[i + n - 1][:1].isupper() and texts[i + n - 1] not in NAME_PARTICLES:
                continue
            if not all(NAME_PART.fullmatch(t) and (t[:1].isupper() or t in NAME_PARTICLES or not t[:1].isalpha())
                       for t in texts[i:i + n]) or any(is_title_word(t) for t in texts[i + 1:i + n]):
                continue  # a name is capitalized words and particles, no title: not "Vladimir Putin because President Z"
            text = tokens_text(doc, i, i + n)
            words = name_tokens(text)
            if "\n" in text or len(words) < 2 or _first(words[0]) != _first(texts[i]):
                continue  # a rank before the name ("Gen. Mark Milley"): the name starts at the next word
            key = person_key(text)
            if key in known and not middle_names_differ(text, known[key].key):
                match = (i, i + n, known[key].key)
                break
        if match:
            found.append(match)
            i = match[1]
        else:
            i += 1
    return found


def _middle_words(name: str) -> list[str]:
    words = [w for w in re.split(r"[\s\-‐]+", fold(name).replace(".", " "))
             if w and w not in NAME_PARTICLES | {"ibn"} and not is_title_word(w)]
    return words[1:-1]


def middle_names_differ(text: str, key: str) -> bool:
    """The name as written has middle names, the table's names of the person have others, and none is shared
    ("Sabah Al-Khaled Al-Sabah" is not "Sabah Al-Ahmad Al-Jaber Al-Sabah"); an initial agrees with any word of its
    letter."""
    own = _middle_words(text)
    if not own:
        return False
    name, _, _, aliases = reference.people_by_key().get(key, ("", "", None, ()))
    theirs = [words for n in (name, *aliases) for words in [_middle_words(n)] if words]
    if not theirs:
        return False
    return not any(w == t or (len(w) == 1 or len(t) == 1) and w[0] == t[0] for words in theirs for t in words for w in own)


def _first(word: str) -> str:
    folded = fold(word).strip(".")
    return reference.first_name_variants().get(folded, folded)


@cache
def _first_words() -> frozenset[str]:
    """The first word (folded, transliterations as one) of every known official's name and alias."""
    return frozenset(_first(n.split()[0]) for n in reference.known_official_names() if n.split())


def canonical_key(key: str, text: str | None = None) -> str:
    """The key of the reference table's own name for the person an alias names; with the name as written, not when
    its patronymic says it is someone else ("Hamad bin Isa Al-Khalifa" is not "Hamad bin Khalifa")."""
    entry = reference.known_officials().get(key)
    if entry is None:
        return key
    if text is not None and (_patronymic_differs(text, entry.key) or middle_names_differ(text, entry.key)):
        return "-".join(_full_tokens(text))
    return entry.key


PATRONYMIC = re.compile(r"\b(?:bin|bint|ibn)\s+([\w'-]+)", re.IGNORECASE)


def _patronymic_differs(text: str, key: str) -> bool:
    own = {fold(m) for m in PATRONYMIC.findall(text)}
    if not own:
        return False
    name, _, _, aliases = reference.people_by_key().get(key, ("", "", None, ()))
    theirs = [{fold(m) for m in PATRONYMIC.findall(alias)} for alias in (name, *aliases)]
    theirs = [t for t in theirs if t]
    return bool(theirs) and not any(own & t for t in theirs)


def _full_tokens(text: str) -> list[str]:
    return [t for t in re.sub(r"[^a-z'\- ]+", " ", fold(text)).split() if t not in {"king", "sheikh", "prince", "emir"}]


STYLE_WORDS = {"sultan", "al-sultan", "king", "queen", "emir", "amir", "sheikh", "shaikh", "prince", "princess", "crown",
               "emperor", "shah", "tunku", "raja"}  # a style before a given name


@cache
def _family_names() -> dict[str, tuple[Term, ...]]:
    """Folded family name -> the terms of people of that family name."""
    table: dict[str, list[Term]] = {}
    for term in reference.office_terms():
        for name in {term.name, *term.aliases}:
            words = name_tokens(name)
            if len(words) < 2 or REGNAL.fullmatch(name.split()[-1]) or any(w in {"bin", "bint", "ibn", "al"} for w in words) \
                    or re.search(r"\bof\s+\S+$", name) or fold(name.split()[0]).strip("-") in STYLE_WORDS:
                continue  # "Frederik X", "Salman bin Abdulaziz", "Philippe of Belgium", "Sultan Abdullah": no family
                # name to go by
            family = words[0] if term.country in FAMILY_FIRST else words[-1]
            if len(family) >= 2:
                table.setdefault(family, []).append(term)
    return {k: tuple(v) for k, v in table.items()}


def holder_by_family_name(word: str, day: dt.date | None) -> Term | None:
    """The one official of that family name in office on `day` (any post), if exactly one."""
    if day is None:
        return None
    terms = [t for t in _family_names().get(fold(word).strip(".'’"), ()) if t.covers(day)]
    keys = {t.key for t in terms}
    return terms[0] if len(keys) == 1 else None


def holder_by_name_word(word: str, day: dt.date | None, country: str) -> Term | None:
    """The one official of `country` in office on `day` with this word in their name ("Jordan's Abdullah")."""
    if day is None:
        return None
    folded = fold(word).strip(".'’")
    terms = [t for t in reference.office_terms() if t.country == country and t.covers(day)
             and any(folded in name_tokens(n) for n in (t.name, *t.aliases))]
    return terms[0] if len({t.key for t in terms}) == 1 else None


def _holder_by_close_family_name(word: str, day: dt.date | None, among: set[str]) -> Term | None:
    """The one official among `among` (keys) in office on `day` whose family name this misspells by a letter or two
    ("Lavrova")."""
    word = fold(word)
    if day is None or len(word) < 5:
        return None
    terms = [t for key in among for t in reference.terms_by_person().get(key, ()) if t.covers(day)
             and any(abs(len(family) - len(word)) <= 2 and SequenceMatcher(None, family, word).ratio() >= FAMILY_NAME_SIMILARITY
                     for family in {name_tokens(n)[-1] for n in (t.name, *t.aliases) if name_tokens(n)})]
    return terms[0] if len({t.key for t in terms}) == 1 else None


@cache
def _terms_by_given_name() -> dict[str, tuple[Term, ...]]:
    table: dict[str, list[Term]] = {}
    for term in reference.office_terms():
        for name in {term.name, *term.aliases}:
            words = name_tokens(name)
            if len(words) >= 2:
                table.setdefault(_first(words[0]), []).append(term)
    return {given: tuple(dict.fromkeys(terms)) for given, terms in table.items()}


def _holder_by_slip(words: list[str], day: dt.date | None) -> Term | None:
    """The one holder in office on `day` with this given name whose family name this misspells by two letters swapped
    (a letter changed, added or dropped may be another way of writing it: "Umierov", "Umerov")."""
    family = fold(words[-1])
    if day is None:
        return None
    terms = [t for t in _terms_by_given_name().get(_first(words[0]), ()) if t.covers(day)
             and any(swapped_letters(family, fold(name_tokens(n)[-1])) for n in (t.name, *t.aliases) if len(name_tokens(n)) >= 2)]
    return terms[0] if len({t.key for t in terms}) == 1 else None


def spelling_variant_of_holder(name: str, day: dt.date | None, close_to: set[str] | None = None) -> str | None:
    """The key of the one holder in office on `day` whose family name this is and whose given name this spells
    another way ("Sergeiy" for "Sergei", "Valerij" for "Valerii"); or whose family name it misspells by a letter,
    when that holder is among `close_to` (named in the same article)."""
    words = name_tokens(name)
    if len(words) < 2:
        return None
    term = holder_by_family_name(words[-1], day)
    if term is None and close_to:  # a family name misspelt beside the right spelling ("Lavrova" ... "Lavrov")
        term = _holder_by_close_family_name(words[-1], day, close_to)
    if term is None:  # "Volodymyr Zelenksyy": two letters swapped in the name of the one holder of that given name
        term = _holder_by_slip(words, day)
    if term is None or term.country in FAMILY_FIRST:
        return None
    given = name_tokens(term.name)[0]
    similar = words[0][0] == given[0] and SequenceMatcher(None, _first(words[0]), _first(given)).ratio() >= GIVEN_NAME_SIMILARITY
    return canonical_key(term.key) if similar else None


def term_on(key: str, day: dt.date | None) -> Term | None:
    """The person's term in office on `day` (the most senior post if several), else their latest term."""
    terms = reference.terms_by_person().get(key, ())
    if not terms:
        return None
    current = [t for t in terms if day and t.covers(day)]
    latest = max((t.start or dt.date.min for t in terms), default=dt.date.min)
    pool = current or [t for t in terms if (t.start or dt.date.min) == latest]  # (a president's two posts of one term)
    order = ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "national_security_adviser",
             "chief_of_defence"]
    return min(pool, key=lambda t: order.index(t.post) if t.post in order else len(order))


def reference_name(key: str) -> str | None:
    """The reference table's spelling of the person's name, if the person is in a table."""
    entry = reference.known_officials().get(key)
    return entry.name if entry else None
