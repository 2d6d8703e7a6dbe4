"""Dates of publication: parse a date string, or find the date an article was published in its text."""
from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateparser

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
FULL_DATE = re.compile(
    rf"(?<![0-9])(?:\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}[\s-]{MONTH}[\s-]\d{{4}}"
    rf")",
    re.IGNORECASE,
)
# a wire's dateline at the head of the story, often without a year: "WASHINGTON, March 3 (Reuters) -", "KYIV, Sept 19 —",
# "Bogotá, Jan 7 (EFE).-", "Tokyo, Aug. 13 (Jiji Press)--", "Washington (US), February 4:" (not a caption's "Thursday,
# April 28, 2022:")
DATELINE = re.compile(rf"^\s*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w.'’ -]{{1,40}}?(?:/[A-Z][\w .-]+)?(?:\s*\([\w .]{{1,20}}\))?(?:,\s*[A-Z][\w .]{{1,30}})?,\s*({MONTH})\s+(\d{{1,2}})"
                      rf"(?:,?\s+(\d{{4}}))?\s*(?:\([^)]{{1,40}}\))?\s*\.?\s*(?:[-—–:]|--)", re.MULTILINE)
YEAR = re.compile(r"(?<![\d$€£.,])(?:19[89]\d|20[0-4]\d)(?![\d%])")
BYLINE = re.compile(r"By\s|\b(?:Published|Updated|Posted)\b")
HEAD_CHARS = 4000


def parse_date(value: str | None) -> dt.date | None:
    """A date from a string in any common format, or None."""
    if not value:
        return None
    try:
        return dateparser.parse(str(value), default=dt.datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError, TypeError):
        return None


def find_publication_date(text: str) -> dt.date | None:
    """The publication date of a text-only article: a dated byline first, else the first full date near the top."""
    head = text[:HEAD_CHARS]
    first: dt.date | None = None
    for line in head.splitlines():
        for match in FULL_DATE.finditer(line):
            date = parse_date(match.group(0).replace("-", " ") if not match.group(0)[:4].isdigit() else match.group(0))
            if date is None:
                continue
            if BYLINE.search(line):
                return date
            first = first or date
    dateline = DATELINE.search(head)
    if dateline:
        year = dateline.group(3) or _likely_year(text, first)
        date = parse_date(f"{dateline.group(1).rstrip('.')} {dateline.group(2)} {year}") if year else None
        if date is not None:
            return date
    return first


def _likely_year(text: str, first: dt.date | None) -> str | None:
    """The year of a dateline that gives none: that of the first full date, else the latest year the text names."""
    years = [int(m.group(0)) for m in YEAR.finditer(text)
             if not re.search(r"\b(?:by|until|till|through|to|before|in|from)\s+(?:the\s+end\s+of\s+)?$", text[max(0, m.start() - 25):m.start()], re.IGNORECASE)]
    years += [first.year] if first is not None else []
    return str(max(years)) if years else None


DATELINE_LAG = 3  # days a story may be republished after the day of its dateline
DATELINE_LEAD = 1  # a dateline may be a day ahead of the page's date


def story_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day a story tells as "today": its dateline's, when the page came out up to three days later (a wire
    story republished the next morning) or is dated a day before it (a time zone behind), else the day of
    publication."""
    if published is None:
        return None
    match = DATELINE.search(text[:HEAD_CHARS])
    if not match:
        return published
    year = int(match.group(3)) if match.group(3) else published.year
    day = parse_date(f"{match.group(1).rstrip('.')} {match.group(2)} {year}")
    if day is not None and (day - published).days == DATELINE_LEAD:
        return day  # a page stamped in a time zone behind the dateline's city
    if day is not None and not match.group(3) and day > published:
        day = parse_date(f"{match.group(1).rstrip('.')} {match.group(2)} {year - 1}")
    if day is None or not 0 < (published - day).days <= DATELINE_LAG:
        return published
    return day

