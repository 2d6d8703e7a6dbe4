"""Line breaks end sentences: headlines, datelines, bylines and page clutter stand on lines of their own, and a
sentence that runs from a byline into the first paragraph takes the wrong words as its subject. A hard-wrapped text
(most lines of a similar width, not ending a sentence) is the exception: there only a blank line ends a sentence."""
from __future__ import annotations

import statistics

from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_END = tuple('.!?:;"”’)')
MIN_LINES_FOR_WRAP = 5
RUN_ON_WORDS = {"and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "from", "at", "as",
                "that", "which", "who", "its", "their", "his", "her", "our", "this", "these", "said"}


def hard_wrapped(text: str) -> bool:
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if len(lines) < MIN_LINES_FOR_WRAP:
        return False
    open_ended = sum(1 for line in lines if not line.endswith(SENTENCE_END))
    widths = [len(line) for line in lines]
    return open_ended / len(lines) >= 0.5 and 40 <= statistics.median(widths) <= 100 \
        and statistics.pstdev(widths) < 0.25 * statistics.median(widths) + 8


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    needed = 2 if hard_wrapped(doc.text) else 1
    for token in doc[:-1]:
        breaks = token.text.count("\n") if token.is_space else token.whitespace_.count("\n")
        if breaks < needed:
            continue
        following = doc[token.i + 1]
        if following.is_space:
            continue
        before = token if not token.is_space else (doc[token.i - 1] if token.i else token)
        if breaks == 1 and _runs_on(before.text, following.text):
            continue
        following.is_sent_start = True
    return doc


def _runs_on(last_word: str, next_word: str) -> bool:
    """A single line break inside a sentence: the next line goes on in lower case ("an additional 5.8\nbillion"),
    or the line stops on a comma or a word that cannot end a sentence ("air defences, ammunition and\ntanks")."""
    return next_word[:1].islower() or last_word in {",", ";"} or last_word.lower() in RUN_ON_WORDS


def add_paragraph_breaks(nlp: Language) -> None:
    if "kg_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("kg_paragraph_breaks", before="parser")
