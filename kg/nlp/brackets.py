"""A bracket that gives a date does not end a sentence: "Today (Saturday, 17 November 2012) Prime Minister X held
..." is one sentence, so the day in brackets stays with the event it dates. Other brackets are left to the parser
(a wire credit, "New Delhi, May 25 (IANS)", closes a dateline)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.dates import find_dates
from kg.nlp.scan import tokens_matching

SENTENCE_ENDS = {".", "!", "?", "…"}
BRACKET_REACH = 12
CLOSING = re.compile(r"\)")  # tokens back to the opening bracket


def add_bracket_continuations(nlp: Language) -> None:
    if "kg_no_break_after_bracket" not in nlp.pipe_names:
        nlp.add_pipe("kg_no_break_after_bracket", before="parser")


@Language.component("kg_no_break_after_bracket")
def no_break_after_bracket(doc: Doc) -> Doc:
    """The parser respects boundaries set before it: the word after ")" on the same line goes on the sentence,
    unless a full stop closes what the bracket holds ("(He spoke later.)")."""
    for i in tokens_matching(doc, CLOSING):
        if not 0 < i < len(doc) - 1:
            continue
        token, following = doc[i], doc[i + 1]
        if token.text == ")" and "\n" not in token.whitespace_ and doc[token.i - 1].text not in SENTENCE_ENDS \
                and not following.is_space and following.text not in SENTENCE_ENDS and _gives_a_date(doc, token.i):
            following.is_sent_start = False
    return doc


def _gives_a_date(doc: Doc, close: int) -> bool:
    """The bracket closing at `close` holds a day ("(Saturday, 17 November 2012)", "(yesterday)")."""
    for i in range(close - 1, max(-1, close - BRACKET_REACH), -1):
        if doc[i].text == "(":
            return bool(find_dates(doc[i + 1:close].text, None))
        if "\n" in doc[i].text_with_ws:
            return False
    return False

