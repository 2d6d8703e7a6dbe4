"""Reference tables kept as data in kg/data: countries, organizations, weapon systems, well-known officials,
first-name transliterations. They hold beyond any one article."""
from __future__ import annotations

import csv
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


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("kg.data").joinpath(filename).read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines(), delimiter="\t"))
    return [row + [""] * (4 - len(row)) for row in rows[1:] if row and row[0].strip()]


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
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


@cache
def organizations() -> dict[str, Entry]:
    return {key: Entry(key, name, wd or None, aliases) for key, name, wd, aliases in _rows("organizations.tsv")}


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
    """Person key -> entry (name, wikidata, country in `extra`)."""
    from kg.names import person_key

    table = {}
    for name, country, wd, aliases in _rows("officials.tsv"):
        entry = Entry(person_key(name), name, wd or None, country)
        for alias in [name, *aliases.split(";")]:
            if alias.strip():
                table[person_key(alias)] = entry
    return table
