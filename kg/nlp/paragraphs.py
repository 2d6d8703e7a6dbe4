"""Line breaks end sentences: headlines, datelines, bylines and page clutter stand on lines of their own, and a
sentence that runs from a byline into the first paragraph takes the wrong words as its subject. A hard-wrapped text
(most lines of a similar width, not ending a sentence) is the exception: there only a blank line ends a sentence."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.clean import hard_wrapped, runs_on
from kg.nlp.scan import tokens_matching

NEWLINE = re.compile(r"\n")


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    needed = 2 if hard_wrapped(doc.text) else 1
    for i in tokens_matching(doc, NEWLINE):
        if i >= len(doc) - 1:
            break
        token = doc[i]
        breaks = token.text.count("\n") if token.is_space else token.whitespace_.count("\n")
        if breaks < needed:
            continue
        following = doc[token.i + 1]
        if following.is_space:
            continue
        before = token if not token.is_space else (doc[token.i - 1] if token.i else token)
        if breaks == 1 and runs_on(before.text, following.text):
            continue  # a hard-wrapped sentence goes on
        following.is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Language) -> None:
    if "kg_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("kg_paragraph_breaks", before="parser")
