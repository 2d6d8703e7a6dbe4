"""Human titles for the things kg serves: an official by name, a call as "Austin – Shoigu, 13 May 2022", an aid
package as "Germany → Ukraine, €650,000,000", an amount with its currency, a date as people write it.

The formatting functions are pure (values in, text out). The readers below them gather what a title needs from
the store, for one thing and what links to it (a page), or for all (the graph view); every IRI is bound as a term.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from kg.store import Store
from kg.vocab import KG_NS, RDFS_LABEL, SCHEMA

# -- formatting (pure) -----------------------------------------------------------------------------------
CURRENCY_SYMBOLS = {  # the symbol written before the amount; other currencies are written "DKK 2,200,000,000"
    "EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "UAH": "₴", "INR": "₹", "KRW": "₩", "ILS": "₪", "RUB": "₽",
    "TRY": "₺", "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "CNY": "CN¥",
}
FAMILY_NAME_FIRST = {"CN", "TW", "HK", "MO", "KP", "KR", "VN", "KH", "MN"}  # "Dong Jun" is Minister Dong
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "di", "del", "della", "van", "von", "der", "den", "du",
             "dos", "das", "le", "la", "ter", "ten", "zu"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
DASH = " – "
ARROW = " → "


def human_date(value: str | None) -> str:
    """"2022-05-13" -> "13 May 2022"; "2022-05" -> "May 2022"; "--05-13" -> "13 May"; anything else as it is."""
    if not value:
        return ""
    text = value.strip()
    try:
        if text.startswith("--") and len(text) == 7:
            return f"{int(text[5:7])} {MONTHS[int(text[2:4]) - 1]}"
        if len(text) == 7 and text[4] == "-":
            return f"{MONTHS[int(text[5:7]) - 1]} {int(text[:4])}"
        day = dt.date.fromisoformat(text[:10])
    except (ValueError, IndexError):
        return text
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _decimal(value: str | int | float | Decimal) -> Decimal | None:
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def money(value: str | int | float | Decimal | None, currency: str | None = None) -> str:
    """650000000, "EUR" -> "€650,000,000"; 2200000000, "DKK" -> "DKK 2,200,000,000"; cents kept when there are any."""
    if value is None or value == "":
        return ""
    number = _decimal(value)
    if number is None:
        return f"{value} {currency or ''}".strip()
    digits = f"{number:,.2f}" if number != number.to_integral_value() else f"{number.to_integral_value():,}"
    code = (currency or "").strip().upper()
    if code in CURRENCY_SYMBOLS:
        return f"{CURRENCY_SYMBOLS[code]}{digits}"
    return f"{code}\u00a0{digits}" if code else digits


def short_money(value: str | int | float | Decimal | None, currency: str | None = None) -> str:
    """The amount for a small label: "€650M", "DKK 2.2B", "$50K"."""
    number = _decimal(value) if value not in (None, "") else None
    if number is None:
        return money(value, currency)
    for size, unit in ((Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "K")):
        if abs(number) >= size:
            scaled = (number / size).quantize(Decimal("0.1")).normalize()
            text = f"{scaled:f}{unit}"
            break
    else:
        text = f"{number.normalize():f}"
    code = (currency or "").strip().upper()
    if code in CURRENCY_SYMBOLS:
        return f"{CURRENCY_SYMBOLS[code]}{text}"
    return f"{code}\u00a0{text}" if code else text


def short_name(name: str, country: str | None = None) -> str:
    """The name a headline would use: the family name ("Lloyd J. Austin III" -> "Austin", "Ursula von der Leyen" ->
    "von der Leyen", "Dong Jun" of China -> "Dong")."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1].lower().rstrip(",") in SUFFIXES:
        tokens.pop()
    if len(tokens) <= 1:
        return " ".join(tokens) or name
    if (country or "").upper() in FAMILY_NAME_FIRST:
        return tokens[0]
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(tokens[start:])


def two_lines(title: str) -> str:
    """A title as a graph label: what it is above, its date or amount below, months in short
    ("Austin – Kim\\n20 Nov 2024")."""
    head, sep, tail = title.rpartition(", ")
    if not sep:
        return title
    for month in MONTHS:
        if len(month) > 4:
            tail = tail.replace(month, month[:3])
    return f"{head}\n{tail}"


@dataclass
class Person:
    name: str
    country: str | None = None

    @property
    def short(self) -> str:
        return short_name(self.name, self.country)


def call_title(people: list[Person], date: str | None, short: bool = True) -> str:
    """"Austin – Shoigu, 13 May 2022" (short) or "Lloyd Austin – Sergei Shoigu, 13 May 2022"; more than three
    people: "Austin, Blinken, Kuleba and 2 others, ..."; no date: "..., date unknown"."""
    names = sorted({p.name: p for p in people}.values(), key=lambda p: (p.short.lower(), p.name))
    shown = [p.short for p in names] if short else [p.name for p in names]
    if short and len(set(shown)) < len(shown):  # two people of one family name: their full names
        shown = [p.name for p in names]
    if not shown:
        who = "Call"
    elif len(shown) <= 3:
        who = DASH.join(shown)
    else:
        who = f"{', '.join(shown[:3])} and {len(shown) - 3} others"
    return f"{who}, {human_date(date) or 'date unknown'}"


def package_title(donor: str | None, recipient: str | None, value: str | None = None, currency: str | None = None,
                  short: bool = False) -> str:
    """"Germany → Ukraine, €650,000,000" (or "€650M" when short); a side not known is "?"."""
    sides = f"{donor or '?'}{ARROW}{recipient or '?'}"
    amount = (short_money if short else money)(value, currency) if value not in (None, "") else ""
    return f"{sides}, {amount}" if amount else sides


# -- reading the store -------------------------------------------------------------------------------------
KG = KG_NS
_PERSON = f"""OPTIONAL {{ ?call <{KG}participant> ?person .
    OPTIONAL {{ ?person <{SCHEMA}name> ?name }} OPTIONAL {{ ?person <{SCHEMA}nationality>/<{KG}isoCode> ?country }} }}
  OPTIONAL {{ ?call <{KG}date> ?date }}"""
_PACKAGE = f"""OPTIONAL {{ ?package <{KG}date> ?date }}
  OPTIONAL {{ ?package <{KG}donor>/(<{RDFS_LABEL}>|<{SCHEMA}name>) ?donor }}
  OPTIONAL {{ ?package <{KG}recipient>/(<{RDFS_LABEL}>|<{SCHEMA}name>) ?recipient }}
  OPTIONAL {{ ?package <{KG}amount> ?amount . ?amount <{SCHEMA}value> ?value .
             OPTIONAL {{ ?amount <{SCHEMA}currency> ?currency }} }}"""
# Bound variables (?iri, ?call, ?package) are set by the store, never pasted into the text, and used only in
# triple patterns and the projection (see kg.linked.describe).
CALLS = f"SELECT ?call ?date ?person ?name ?country WHERE {{ ?call a <{KG}Call> . {_PERSON} }}"
PACKAGES = f"SELECT ?package ?date ?donor ?recipient ?value ?currency WHERE {{ ?package a <{KG}AidPackage> . " \
           f"{_PACKAGE} }}"
CALLS_NEAR = f"SELECT ?iri ?call ?date ?person ?name ?country WHERE {{ {{ ?iri ?p ?call }} UNION {{ ?call ?p ?iri }} " \
             f"?call a <{KG}Call> . {_PERSON} }}"
PACKAGES_NEAR = f"SELECT ?iri ?package ?date ?donor ?recipient ?value ?currency WHERE {{ " \
                f"{{ ?iri ?p ?package }} UNION {{ ?package ?p ?iri }} ?package a <{KG}AidPackage> . {_PACKAGE} }}"


@dataclass
class Titles:
    """Titles by IRI: `short` for graph labels and lists, `full` for a page's heading; the facts behind them."""
    short: dict[str, str] = field(default_factory=dict)
    full: dict[str, str] = field(default_factory=dict)
    dates: dict[str, str] = field(default_factory=dict)
    amounts: dict[str, str] = field(default_factory=dict)  # package IRI -> "€650,000,000"

    def update(self, other: Titles) -> None:
        for name in ("short", "full", "dates", "amounts"):
            getattr(self, name).update(getattr(other, name))


def _value(row: dict, name: str) -> str | None:
    term = row.get(name)
    return term.value if term is not None else None


def from_rows(call_rows, package_rows) -> Titles:
    """Titles from rows of the queries above (?call ?date ?person ?name ?country; ?package ?date ?donor
    ?recipient ?value ?currency). Where a thing has several values, the least one wins (a stable choice)."""
    titles = Titles()
    people: dict[str, dict[str, Person]] = defaultdict(dict)
    dates: dict[str, str] = {}
    for row in call_rows:
        call = row["call"].value
        people.setdefault(call, {})
        date = _value(row, "date")
        if date and (call not in dates or date < dates[call]):
            dates[call] = date
        person, name = _value(row, "person"), _value(row, "name")
        if person and name:
            known = people[call].get(person)
            if known is None or name < known.name:
                people[call][person] = Person(name, _value(row, "country"))
    for call, found in people.items():
        titles.short[call] = call_title(list(found.values()), dates.get(call))
        titles.full[call] = call_title(list(found.values()), dates.get(call), short=False)
        if call in dates:
            titles.dates[call] = dates[call]
    packages: dict[str, dict[str, str]] = defaultdict(dict)
    for row in package_rows:
        facts = packages[row["package"].value]
        for name in ("date", "donor", "recipient", "value", "currency"):
            value = _value(row, name)
            if value is not None and (name not in facts or value < facts[name]):
                facts[name] = value
    for package, facts in packages.items():
        titles.short[package] = package_title(facts.get("donor"), facts.get("recipient"), facts.get("value"),
                                              facts.get("currency"), short=True)
        titles.full[package] = package_title(facts.get("donor"), facts.get("recipient"), facts.get("value"),
                                             facts.get("currency"))
        if "value" in facts:
            titles.amounts[package] = money(facts["value"], facts.get("currency"))
        if "date" in facts:
            titles.dates[package] = facts["date"]
    return titles


def around(store: Store, iri: str) -> Titles:
    """The titles of a thing and of the calls and packages next to it (one hop either way), for its page."""
    node = ox.NamedNode(iri)
    return from_rows([*store.select(CALLS_NEAR, iri=node), *store.select(CALLS, call=node)],
                     [*store.select(PACKAGES_NEAR, iri=node), *store.select(PACKAGES, package=node)])


def everything(store: Store) -> Titles:
    """The titles of every call and package, for the graph view."""
    return from_rows(store.select(CALLS), store.select(PACKAGES))
