"""Date expressions -> absolute dates, anchored on the article's publication date.

"on Friday" is the last Friday on or before publication; "Feb. 18" takes its year from the publication
date (the previous year when the day would fall after it); with no anchor the year stays unknown.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.pubdate import DATELINE

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
MONTH_DAY = re.compile(rf"\b{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE)
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE)
# the day of the month alone, as Korean and Japanese wires write it ("on the 9th"): the month of the publication date,
# the month before when the day is still to come
ORDINAL_DAY = re.compile(r"\b(?:on|since|from)\s+the\s+(?:(?:early\s+|late\s+)?(?:night|evening|morning|afternoon)\s+of\s+the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:century|anniversary|floor|day))",
                         re.IGNORECASE)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
WEEKDAY = re.compile(r"\b(last\s+|this\s+|on\s+|earlier\s+on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
TODAY = re.compile(r"\b(today|this morning|this afternoon|this evening|tonight|earlier today|a moment ago|moments ago)\b",
                   re.IGNORECASE)
# ("overnight" may be either day; "the previous night" of a report written "today")
YESTERDAY = re.compile(r"\b(yesterday|last night|the (?:previous|preceding) (?:night|evening)|the night before)\b", re.IGNORECASE)
DIGIT = re.compile(r"\d")
STAMP_BEFORE = re.compile(r"^\W*(?:(?:date|dated|published|updated|posted|modified|last\s+updated)\b\W*)?$", re.IGNORECASE)
# every word that WEEKDAY, TODAY and YESTERDAY can match on: none of them matches a text without one
DAY_WORD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|this morning|this afternoon|"
                      r"this evening|tonight|yesterday|last night|overnight|moments? ago|previous night|preceding night|previous evening|preceding evening|night before)\b",
                      re.IGNORECASE)


@dataclass(frozen=True)
class DateExpr:
    start: int                  # character offsets in the text given to `find_dates`
    end: int
    date: dt.date | None
    month_day: tuple[int, int] | None = None
    relative: bool = False      # "today", "yesterday": reckoned from the publication date, which may be a day off


def _year_for(month: int, day: int, anchor: dt.date | None) -> dt.date | None:
    if anchor is None:
        return None
    try:
        candidate = dt.date(anchor.year, month, day)
    except ValueError:
        return None
    if candidate > anchor + dt.timedelta(days=2):
        try:
            candidate = dt.date(anchor.year - 1, month, day)
        except ValueError:
            return None
    return candidate


def _absolute(month: int, day: int, year: str | None, anchor: dt.date | None) -> DateExpr | None:
    if year:
        try:
            return DateExpr(0, 0, dt.date(int(year), month, day))
        except ValueError:
            return None
    if not 1 <= day <= 31:
        return None
    return DateExpr(0, 0, _year_for(month, day, anchor), (month, day))


def _day_of_month(day: int, anchor: dt.date | None) -> DateExpr | None:
    if anchor is None or not 1 <= day <= 31:
        return None
    month, year = (anchor.month, anchor.year) if day <= anchor.day + 2 else \
        ((anchor.month - 2) % 12 + 1, anchor.year - (anchor.month == 1))
    try:
        return DateExpr(0, 0, dt.date(year, month, day), (month, day))
    except ValueError:
        return None


def find_dates(text: str, anchor: dt.date | None, skip_to: int = 0) -> list[DateExpr]:
    """Every date expression in `text` with its absolute date (or its month and day when no year is known), from
    offset `skip_to` on."""
    found: list[DateExpr] = []

    def add(match: re.Match, expr: DateExpr | None) -> None:
        if match.start() < skip_to:
            return
        if expr and not any(f.start <= match.start() < f.end for f in found):
            found.append(DateExpr(match.start(), match.end(), expr.date, expr.month_day, expr.relative))

    if DIGIT.search(text):  # the patterns with a day number
        for m in ISO.finditer(text):
            if STAMP_BEFORE.search(text[max(0, text.rfind("\n", 0, m.start()) + 1):m.start()]):
                continue  # "date 2022-05-14 ...", a page's time stamp left in the text: not the day of an event
            try:
                add(m, DateExpr(0, 0, dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
            except ValueError:
                pass
        for m in MONTH_DAY.finditer(text):
            add(m, _absolute(MONTHS[m.group(1)[:3].lower()], int(m.group(2)), m.group(3), anchor))
        for m in DAY_MONTH.finditer(text):
            add(m, _absolute(MONTHS[m.group(2)[:3].lower()], int(m.group(1)), m.group(3), anchor))
        for m in ORDINAL_DAY.finditer(text):
            add(m, _day_of_month(int(m.group(1)), anchor))
    if not DAY_WORD.search(text):  # the patterns with a day's name
        return sorted(found, key=lambda f: f.start)
    for m in WEEKDAY.finditer(text):
        if any(0 <= f.start - m.end() <= 2 and re.fullmatch(r",?\s*", text[m.end():f.start]) and f.date is not None
               and f.date.weekday() == WEEKDAYS.index(m.group(2).lower()) for f in found):
            continue  # "on Friday, 21 November": the date told beside the day's name is the day (when they agree)
        if anchor is None:
            add(m, DateExpr(0, 0, None))
            continue
        wanted = WEEKDAYS.index(m.group(2).lower())
        back = (anchor.weekday() - wanted) % 7
        if (m.group(1) or "").strip().lower() == "last" and back == 0:
            back = 7
        add(m, DateExpr(0, 0, _with_day_told(text, m.end(), anchor - dt.timedelta(days=back))))
    for m in TODAY.finditer(text):
        told = _with_day_told(text, m.end(), anchor)
        add(m, DateExpr(0, 0, told, relative=told == anchor))
    for m in YESTERDAY.finditer(text):
        reckoned = anchor - dt.timedelta(days=1) if anchor else None
        told = _with_day_told(text, m.end(), reckoned)
        add(m, DateExpr(0, 0, told, relative=told == reckoned))
    return sorted(found, key=lambda f: f.start)


# the day of the month a report gives in brackets after a day's name: "On Thursday night (25)", "yesterday [24]"
DAY_IN_BRACKETS = re.compile(r"\W{0,2}(?:\s*(?:night|morning|evening|afternoon))?\s*[(\[](\d{1,2})[)\]]")


def _with_day_told(text: str, end: int, reckoned: dt.date | None) -> dt.date | None:
    """The date a day's name stands for: reckoned from the publication date, unless the day of the month is given
    in brackets after it; then the date of that day nearest the reckoned one."""
    told = DAY_IN_BRACKETS.match(text, end)
    if reckoned is None or told is None:
        return reckoned
    candidates = []
    for month_shift in (-1, 0, 1):
        month = (reckoned.month - 1 + month_shift) % 12 + 1
        year = reckoned.year + (reckoned.month - 1 + month_shift) // 12
        try:
            candidates.append(dt.date(year, month, int(told.group(1))))
        except ValueError:
            continue
    nearest = min(candidates, key=lambda d: abs((d - reckoned).days), default=None)
    return nearest if nearest is not None and abs((nearest - reckoned).days) <= 7 else reckoned


def dateline_end(text: str, start: int) -> int:
    """How far into the text from `start` a wire dateline reaches ("WASHINGTON, Jan 19: ...", which the sentence
    splitter may cut after the city); 0 when the line holds none. Its day is the story's, not an event's."""
    line_start = text.rfind("\n", 0, start) + 1
    match = DATELINE.match(text, line_start)
    return max(match.end() - start, 0) if match else 0
