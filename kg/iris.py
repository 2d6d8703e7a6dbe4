"""Deterministic IRIs from normalized keys: loading twice, or the same fact from two articles, gives one node."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import quote

from kg import reference


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "x"


class Minter:
    """Mints every IRI under one base (`KG_BASE_IRI`)."""

    def __init__(self, base: str) -> None:
        self.base = base if base.endswith("/") else base + "/"

    def article(self, key: str) -> str:
        return f"{self.base}article/{quote(key, safe='')}"

    def mention(self, article_key: str, start: int, end: int) -> str:
        return f"{self.article(article_key)}#char={start},{end}"

    def person(self, key: str) -> str:
        return f"{self.base}id/person/{key}"

    def post(self, person_key: str, role: str, country: str | None) -> str:
        return f"{self.base}id/post/{person_key}/{slugify(role)}" + (f"-{country.lower()}" if country else "")

    def country(self, code: str) -> str:
        """A country by its ISO code; an organization's code ("EU", "NATO", "RU-MOD") is the organization."""
        if code not in reference.countries() and ("-" in code or code in reference.organizations()):
            return self.organization(code)
        return f"{self.base}id/country/{code}"

    def organization(self, name: str) -> str:
        return f"{self.base}id/org/{slugify(name)}"

    def weapon(self, key: str) -> str:
        return f"{self.base}id/weapon/{slugify(key)}"

    def outlet(self, name: str) -> str:
        return f"{self.base}id/outlet/{slugify(name)}"

    def report(self, article_key: str, kind: str, number: int) -> str:
        """What one article says about one official, call or package (`kind`: person, call, aid)."""
        return f"{self.article(article_key)}#{kind}-{number}"

    def call(self, slugs: Iterable[str], date: str | None = None, own: str | None = None) -> str:
        """A call: its date and participants; an undated call of its own, its article key and number (`own`)."""
        pair = "--".join(sorted(slugs))
        return f"{self.base}id/call/{date or own}/{pair}"

    def aid(self, key: str, day: str | None = None) -> str:
        """An aid package: the day of its announcement and its resolution key (kg.mapping.aid_key)."""
        return f"{self.base}id/aid/{day}/{key}" if day else f"{self.base}id/aid/{key}"

    def graph(self, name: str) -> str:
        return f"{self.base}graph/{name}"
