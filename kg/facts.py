"""Plain frozen dataclasses passed between stages: sources -> extract -> resolve -> mapping."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Article:
    key: str                      # stable identity: front-matter/JSON id, else a hash of the URL, else the file stem
    text: str                     # the text facts are extracted from; evidence offsets point into it
    title: str | None = None
    url: str | None = None
    date: dt.date | None = None   # publication date, anchors relative dates ("on Friday")
    source: str | None = None     # outlet name
    origin: str = ""              # where it was read from (path, path:line)


@dataclass(frozen=True)
class Span:
    """Evidence: a character range of the article text, usually the sentence a fact came from."""
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Official:
    key: str                      # normalized person key, e.g. "lloyd-austin"
    name: str                     # best full name seen in the article
    roles: tuple[str, ...] = ()   # normalized titles, e.g. "Secretary of Defense"
    country: str | None = None    # ISO 3166-1 alpha-2, or "NATO"/"EU"
    organization: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    confidence: float = 0.8


@dataclass(frozen=True)
class Call:
    participants: tuple[str, ...]         # official keys, sorted
    date: dt.date | None = None
    month_day: tuple[int, int] | None = None   # a date whose year the text does not give
    initiator: str | None = None          # official key
    mode: str = "phone"                   # phone | video
    duration_minutes: int | None = None
    topics: tuple[str, ...] = ()
    status: str = "held"                  # held (reported as having happened)
    earlier: bool = False                 # a previous call the article refers back to
    ordinal: int = 0                      # order of first mention in the article
    evidence: tuple[Span, ...] = ()
    confidence: float = 0.7


@dataclass(frozen=True)
class AidItem:
    name: str
    quantity: int | None = None
    system: str | None = None             # key of a known weapon system, e.g. "patriot"

    def __post_init__(self) -> None:  # words of one item split over lines ("mine clearing\n\nequipment"): one space
        object.__setattr__(self, "name", " ".join(self.name.split()))


@dataclass(frozen=True)
class AidPackage:
    donor: str | None                     # ISO code, None when several unnamed countries
    recipient: str
    amount: Decimal | None = None
    currency: str | None = None           # ISO 4217
    items: tuple[AidItem, ...] = ()
    date: dt.date | None = None           # the announcement's, when the article states it
    status: str = "announced"             # announced | approved | proposed | delivered
    mechanism: str | None = None
    ordinal: int = 0
    evidence: tuple[Span, ...] = ()
    confidence: float = 0.7


@dataclass(frozen=True)
class Organization:
    """An organization the article names as an actor: one that says, announces, gives or does something."""
    key: str                              # reference key ("NATO", "US-DOD") or country and kind of body ("RU-MOD")
    name: str                             # the canonical name, the same in every article
    country: str | None = None            # the state a national body belongs to
    wikidata: str | None = None
    mentions: tuple[Span, ...] = ()       # the sentences it acts in


@dataclass(frozen=True)
class ArticleFacts:
    article: Article
    officials: tuple[Official, ...] = ()
    calls: tuple[Call, ...] = ()
    aid: tuple[AidPackage, ...] = ()
    organizations: tuple[Organization, ...] = ()
    body: tuple[Span, ...] = field(default=())   # the spans judged to be article text (not site clutter)
