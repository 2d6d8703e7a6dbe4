"""Cleaning a long article costs in proportion to its length: a text past 1,000,000 characters of ordinary paragraphs
is judged line by line as a short one is (jusText's HTML path, 3x the cost per character, is only for characters
libxml2 alters and for a paragraph longer than it takes in one text node), with the same verdicts."""
from __future__ import annotations

import pytest

from kg import clean

SENTENCE = ("The defence minister said on Monday that the country would send another package of military aid, "
            "including air defence systems and ammunition, to its partner. ")
CLUTTER = "Subscribe | Home | World | Contact us"


def long_text(chars: int) -> str:
    lines, size = [], 0
    while size < chars:
        line = SENTENCE * (1 + len(lines) % 4) if len(lines) % 5 else CLUTTER
        lines.append(line.strip())
        size += len(line) + 1
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def text() -> str:
    return long_text(clean.LIBXML_SAFE_LENGTH + 200_000)


def test_a_long_text_of_ordinary_paragraphs_is_not_parsed_as_html(text, monkeypatch):
    assert len(text) > clean.LIBXML_SAFE_LENGTH
    monkeypatch.setattr(clean, "_judged_from_html", lambda *_: pytest.fail("took the HTML path"))
    spans = clean.body_spans(text)
    assert spans and all(CLUTTER not in text[s:e] for s, e in spans)


def test_a_long_text_is_judged_as_jusText_judges_it(text):
    spans = clean.paragraphs(text)
    assert clean._judged(text, spans) == clean._judged_from_html(text, spans)


def test_a_paragraph_longer_than_libxml2_takes_still_goes_through_jusText(monkeypatch):
    text = "word " * (clean.LIBXML_SAFE_LENGTH // 5 + 10) + "\nA short line.\n"
    called = []
    monkeypatch.setattr(clean, "_judged_from_html", lambda t, spans: called.append(1) or {})
    clean._judged(text, clean.paragraphs(text))
    assert called
