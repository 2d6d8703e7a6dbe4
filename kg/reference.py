"""Reference tables kept as data in kg/data: countries, organizations, weapon systems, well-known officials,
first-name transliterations. They hold beyond any one article."""
from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


@dataclass(frozen=True)
class Entry:
    key: str
    name: str
    wikidata: str | None
    extra: str = ""


def _rows(filename: str, width: int = 4) -> list[list[str]]:
    """The table's rows after its header, each padded (or cut) to `width` columns."""
    text = resources.files("kg.data").joinpath(filename).read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines(), delimiter="\t"))
    return [(row + [""] * width)[:width] for row in rows[1:] if row and row[0].strip()]


@lru_cache(maxsize=1)
def materiel_words() -> frozenset[str]:
    """Head nouns (singular) that name materiel given as aid: kg/data/materiel.tsv."""
    return frozenset(word.strip().lower() for word, *_ in _rows("materiel.tsv", 2))


@lru_cache(maxsize=1)
def materiel_kinds() -> dict[str, str]:
    """Head noun (singular) -> the kind of materiel it names ("boat" -> "vessel"): kg/data/materiel.tsv."""
    return {word.strip().lower(): kind.strip() for word, kind in _rows("materiel.tsv", 2)}


# letters NFKD leaves whole: "Støre", "Władysław", "Đukanović", "Bærum"
UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae",
                              "œ": "oe", "Œ": "Oe", "ß": "ss", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@cache
def countries() -> dict[str, Entry]:
    return {code: Entry(code, name, wd or None) for code, name, wd, _ in _rows("countries.tsv")}


@cache
def country_aliases() -> dict[str, str]:
    """Alias (folded; all-caps abbreviations kept exact) -> ISO code."""
    table: dict[str, str] = {}
    for code, name, _, aliases in _rows("countries.tsv"):
        for alias in [name, *aliases.split(";")]:
            alias = alias.strip()
            if alias:
                table[alias if _is_abbreviation(alias) else fold(alias)] = code
    return table


def _is_abbreviation(alias: str) -> bool:
    return bool(re.fullmatch(r"[A-Z.\-]+", alias)) and len(alias.replace(".", "")) <= 4


@lru_cache(maxsize=65536)
def country_code(text: str) -> str | None:
    """ISO code for a country name, adjective, abbreviation or capital ("Russian", "U.S.", "Kyiv")."""
    table = country_aliases()
    if text.strip() in table:
        return table[text.strip()]
    text = text.strip().strip(",;:’'").removesuffix("’s").removesuffix("'s").strip()
    return table.get(text) or table.get(text.rstrip(".")) or table.get(text.replace(" ", "")) or table.get(fold(text)) or table.get(fold(text).removeprefix("the "))


@dataclass(frozen=True)
class OrganizationRow:
    key: str
    name: str
    wikidata: str | None
    aliases: tuple[str, ...]
    country: str | None   # the state a national body belongs to; None for an international organization
    body: str | None      # the kind of national body (kg/data/government_bodies.tsv), e.g. "MOD"


@cache
def organization_rows() -> dict[str, OrganizationRow]:
    return {key: OrganizationRow(key, name, wd or None, tuple(a.strip() for a in aliases.split(";") if a.strip()),
                                 country or None, body or None)
            for key, name, wd, aliases, country, body in _rows("organizations.tsv", 6)}


@cache
def organizations() -> dict[str, Entry]:
    return {key: Entry(key, row.name, row.wikidata, ";".join(row.aliases)) for key, row in organization_rows().items()}


@cache
def organization_aliases() -> dict[str, str]:
    """Folded name or alias -> organization key."""
    return {fold(alias): key for key, row in organization_rows().items() for alias in [row.name, key, *row.aliases]}


def organization_in(text: str) -> str | None:
    """Key of the organization `text` names exactly (any case), if any."""
    return organization_aliases().get(fold(text.strip()))


@cache
def government_bodies() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Kind of national body ("MOD") -> (its generic name, the phrases that name it)."""
    return {body: (name, tuple(p.strip() for p in phrases.split(";") if p.strip()))
            for body, name, phrases in _rows("government_bodies.tsv", 3)}


@cache
def weapons() -> dict[str, Entry]:
    return {key: Entry(key, name, None, category) for key, name, category, _ in _rows("weapons.tsv")}


@cache
def weapon_aliases() -> dict[str, str]:
    table = {}
    for key, name, _, aliases in _rows("weapons.tsv"):
        for alias in [name, *aliases.split(";")]:
            if alias.strip():
                table[fold(alias.strip())] = key
    return table


@cache
def weapon_pattern() -> re.Pattern:
    """One regex for every weapon alias (folded), longest first, as whole words."""
    aliases = sorted(weapon_aliases(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(a) for a in aliases) + r")\b")


@cache
def weapon_label(key: str) -> str:
    """The short name a weapon system goes by: its first alias ("HIMARS" for the M142 HIMARS)."""
    for row_key, name, _, aliases in _rows("weapons.tsv"):
        if row_key == key:
            return next((a.strip() for a in aliases.split(";") if a.strip()), name)
    return key


@lru_cache(maxsize=4096)
def weapon_in(folded: str) -> str | None:
    """Key of the weapon system whose alias (longest first) the folded text names, if any."""
    match = weapon_pattern().search(folded)
    return weapon_aliases()[match.group(1)] if match else None


@cache
def first_name_variants() -> dict[str, str]:
    table = {}
    for canonical, variants in (row[:2] for row in _rows("name_variants.tsv")):
        table[canonical] = canonical
        for variant in variants.split(";"):
            table[variant.strip()] = canonical
    return table


@cache
def known_officials() -> dict[str, Entry]:
    """Person key of every name and alias -> entry (the person's key, name, wikidata, country in `extra`), for the
    well-known officials (officials.tsv) and everyone with a term of office (office_holders.tsv)."""
    table: dict[str, Entry] = {}
    entries = [(Entry(key, name, wikidata, country), name, aliases)
               for key, (name, country, wikidata, aliases) in _people().items()]
    for entry, name, _ in entries:  # a person's own name before anyone's alias that spells it the same way
        for spelling in (name, *_given_name_hyphenation(name), *_family_name_hyphenation(name),
                         *_family_name_first(name, entry.extra)):
            table.setdefault(person_key_of(spelling), entry)
    for entry, _, aliases in entries:
        for alias in aliases:
            for spelling in (alias, *_given_name_hyphenation(alias), *_family_name_hyphenation(alias)):
                table.setdefault(person_key_of(spelling), entry)
    return table


def _family_name_first(name: str, country: str | None) -> list[str]:
    """A name the table writes given name first, family name first as the country's own sources may write it:
    "Suga Yoshihide", "Orbán Viktor", "Putin Vladimir"."""
    words = name.split()
    return [f"{words[1]} {words[0]}"] if country in FAMILY_NAME_FIRST_SOURCES and len(words) == 2 else []


FAMILY_NAME_FIRST_SOURCES = {"JP", "HU", "RU", "BY", "KZ", "UZ"}


def _given_name_hyphenation(name: str) -> list[str]:
    """The same name with two given names joined by a hyphen or parted ("Abdel Fattah el-Sisi" and "Abdel-Fattah
    el-Sisi", "Kassym-Jomart Tokayev" and "Kassym Jomart Tokayev"): sources write both."""
    words = name.split()
    if len(words) >= 2 and re.fullmatch(r"[^\W\d_]+-[^\W\d_]+", words[0]) and words[0].split("-")[1][:1].isupper():
        return [" ".join(words[0].split("-") + words[1:])]
    if len(words) >= 3 and all(w[:1].isupper() and w.isalpha() for w in words[:2]):
        return ["-".join(words[:2]) + " " + " ".join(words[2:])]
    return []


def _family_name_hyphenation(name: str) -> list[str]:
    """The same name with a two-part family name parted ("Meir Ben-Shabbat" as "Meir Ben Shabbat"); not an
    article's hyphen ("el-Sisi", "Al-Thani")."""
    words = name.split()
    parts = words[-1].split("-") if len(words) >= 2 else []
    if len(parts) == 2 and all(p[:1].isupper() and p.isalpha() for p in parts) and fold(parts[0]) not in FAMILY_ARTICLES:
        return [" ".join(words[:-1] + parts)]
    return []


FAMILY_ARTICLES = {"al", "el", "ad", "an", "as", "ash", "at", "az", "bin", "abu", "ibn", "ould"}


def people_by_key() -> dict[str, tuple[str, str, str | None, tuple[str, ...]]]:
    """Person key -> (name, country, wikidata, aliases) of every known official."""
    return _people()


@cache
def known_official_names() -> tuple[str, ...]:
    """Every name and alias of the known officials, as the tables write them."""
    return tuple(alias for name, _, _, aliases in _people().values() for alias in (name, *aliases))


@cache
def _people() -> dict[str, tuple[str, str, str | None, tuple[str, ...]]]:
    """Person key -> (name, country, wikidata, aliases) merged over both tables; officials.tsv's name comes first."""
    people: dict[str, tuple[str, str, str | None, tuple[str, ...]]] = {}
    rows = [(name, country, wd, tuple(a.strip() for a in aliases.split(";") if a.strip()))
            for name, country, wd, aliases in _rows("officials.tsv")]
    rows += [(t.name, t.country, t.wikidata, t.aliases) for t in office_terms()]
    by_alias: dict[str, str] = {}
    for name, country, wikidata, aliases in rows:
        # one person across rows and tables, never across countries ("Hamad bin Isa Al Khalifa" of Bahrain is not
        # Qatar's "Hamad bin Khalifa"; "Crown Prince Salman" of Bahrain is not Saudi Arabia's "King Salman")
        key = next((by_alias[k] for k in map(person_key_of, (name, *aliases))
                    if k in by_alias and _same_person(people[by_alias[k]], name, country)), person_key_of(name))
        if key in people and not _same_person(people[key], name, country):
            key = f"{key}-{country.lower()}"
        old_name, old_country, old_wikidata, old_aliases = people.get(key, (name, country, None, ()))
        people[key] = (old_name, old_country or country, old_wikidata or wikidata or None,
                       tuple(dict.fromkeys((*old_aliases, *aliases, name) if name != old_name else (*old_aliases, *aliases))))
        for alias in (name, *aliases):
            by_alias.setdefault(person_key_of(alias), key)
    return people


def _same_person(known: tuple[str, str, str | None, tuple[str, ...]], name: str, country: str) -> bool:
    """A row is of a person already read when the countries agree, or when it gives one of that person's names in
    full (Mark Rutte of the Netherlands and of NATO; Elizabeth II of each realm)."""
    old_name, old_country, _, old_aliases = known
    return old_country in {country, ""} or fold(name) in {fold(n) for n in (old_name, *old_aliases)}


def person_key_of(name: str) -> str:
    from kg.names import person_key

    return person_key(name)


@dataclass(frozen=True)
class Term:
    """One person's term in one post (kg/data/office_holders.tsv)."""
    key: str
    name: str
    country: str
    post: str                      # head_of_state, head_of_government, defence_minister, ...
    start: dt.date | None
    end: dt.date | None            # None: still in office
    wikidata: str | None
    aliases: tuple[str, ...] = ()

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _partial_date(text: str, last: bool) -> dt.date | None:
    """"2019", "2019-07" or "2019-07-24": the first (or `last`) day it can mean."""
    parts = [int(p) for p in text.strip().split("-") if p.strip().isdigit()]
    if not parts:
        return None
    year, month, day = (parts + [0, 0])[:3]
    if not month:
        return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
    if not day:
        if last:
            return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        return dt.date(year, month, 1)
    return dt.date(year, month, day)


@cache
def office_terms() -> tuple[Term, ...]:
    """Terms of office of heads of state and government, defence and foreign ministers, national security advisers
    and chiefs of defence (see kg/data/SOURCES.md)."""
    from kg.names import person_key

    try:
        rows = _rows("office_holders.tsv", 8)
    except FileNotFoundError:
        return ()
    terms = []
    for name, country, post, start, end, wikidata, aliases, _source in rows:
        if not name.strip() or not post.strip():
            continue
        terms.append(Term(person_key(name), name.strip(), country.strip(), post.strip(), _partial_date(start, False),
                          _partial_date(end, True), wikidata.strip() or None,
                          tuple(a.strip() for a in aliases.split(";") if a.strip())))
    return tuple(terms)


@cache
def terms_by_person() -> dict[str, tuple[Term, ...]]:
    """Person key (of the name, of every alias and of the person's key in `known_officials`) -> that person's terms."""
    table: dict[str, list[Term]] = {}
    known = known_officials()
    for term in office_terms():
        keys = {person_key_of(alias) for alias in (term.name, *term.aliases)}
        keys |= {known[k].key for k in keys if k in known}
        for key in keys:
            table.setdefault(key, []).append(term)
    return {key: tuple(terms) for key, terms in table.items()}


def holders(country: str, post: str, day: dt.date) -> list[Term]:
    """Who held `post` in `country` on `day` (usually one; two on the day of a handover)."""
    return [t for t in _terms_by_post().get((country, post), ()) if t.covers(day)]


@cache
def _terms_by_post() -> dict[tuple[str, str], tuple[Term, ...]]:
    table: dict[tuple[str, str], list[Term]] = {}
    for term in office_terms():
        table.setdefault((term.country, term.post), []).append(term)
    return {k: tuple(v) for k, v in table.items()}


@dataclass(frozen=True)
class Post:
    post: str
    country: str           # "*" for the default
    label: str


@cache
def posts() -> tuple[Post, ...]:
    return tuple(Post(post, country, label) for post, country, label in _rows("posts.tsv", 3))


def post_titled(title: str, country: str) -> str | None:
    """The post of `country` whose usual title `title` is ("the Prime Minister", "Defence Secretary"), if one."""
    def words(text: str) -> frozenset[str]:
        return frozenset(re.findall(r"[a-z]+", fold(text.replace("’", "'")).replace("'s", ""))) - {"the", "of"}
    wanted = words(title)
    found = {p.post for p in posts() if words(post_label(p.post, country)) == wanted}
    return found.pop() if len(found) == 1 else None


def post_label(post: str, country: str | None) -> str:
    """The usual English title of `post` in `country` ("Secretary of Defense" in the US, "Chancellor" in Germany)."""
    rows = [p for p in posts() if p.post == post]
    own = [p for p in rows if p.country == country]
    return (own or [p for p in rows if p.country == "*"] or rows)[0].label
