"""Sentences that copy-pasted pages run together with no space after the full stop ("the pandemic.In a post on
Twitter"): the stop is a token of its own and the next word starts a sentence."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from kg.nlp.scan import tokens_matching

# a sentence end between a lower-case word of three letters or more (or a country's two capitals: "back in the
# US.Kang later spoke") and a capitalized word
RUN_TOGETHER_STOP = r"(?:(?<=[a-z]{3})[.!?](?=[A-Z][a-z])|(?<=\b[A-Z]{2})\.(?=[A-Z][a-z]{2}))"
RUN_TOGETHER = re.compile(r"(?:[a-z]{3}|\b[A-Z]{2})[.!?]$")
RUN_TOGETHER_AT = re.compile(RUN_TOGETHER_STOP)


# a dateline run into the story by a double dash ("Tokyo, Oct. 7 (Jiji Press)--In their first ..."): the dash and the
# bracket before it are tokens of their own
DOUBLE_DASH = r"(?<=\S)--(?=\S)"
BRACKET_BEFORE_DASH = r"(?<=\w)[)\]](?=--)"


def add_run_together_stops(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes or [])
    if RUN_TOGETHER_STOP not in infixes:
        nlp.tokenizer.infix_finditer = compile_infix_regex(
            [*infixes, RUN_TOGETHER_STOP, BRACKET_BEFORE_DASH, DOUBLE_DASH]).finditer
    if "kg_run_together_stops" not in nlp.pipe_names:
        nlp.add_pipe("kg_run_together_stops", before="parser")


@Language.component("kg_run_together_stops")
def run_together_stops(doc: Doc) -> Doc:
    for i in tokens_matching(doc, RUN_TOGETHER_AT):
        if not 0 < i < len(doc) - 1:
            continue
        token = doc[i]
        if token.text in {".", "!", "?"} and not token.whitespace_ and not doc[token.i - 1].whitespace_ \
                and doc[token.i - 1].text.isalpha() and (doc[token.i - 1].text[-3:].islower()
                                                         or len(doc[token.i - 1].text) == 2 and doc[token.i - 1].text.isupper()) \
                and doc[token.i + 1].text[:1].isupper() and doc[token.i + 1].text[1:2].islower():
            doc[token.i + 1].is_sent_start = True
    return doc
