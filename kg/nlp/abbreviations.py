"""Ranks, honorifics and given names written with a full stop ("Brig. Gen.", "Lt. Col.", "Cmdr.", "Md."): one token
each, and never the end of a sentence, so a title stays whole before the name it belongs to."""
from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.scan import tokens_matching

ABBREVIATIONS = ("Brig.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Cdr.", "Sgt.", "Cpl.", "Adm.", "Amb.",
                 "Sen.", "Rep.", "Gov.", "Pres.", "Supt.", "Insp.", "Lt.-Gen.", "Maj.-Gen.", "Brig.-Gen.", "Hon.",
                 "Cmdt.", "Rt.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gens.", "Adms.",
                 "H.E.", "H.H.", "H.R.H.", "H.M.",  # (His Excellency, His Highness, His Royal Highness, His Majesty)
                 "Md.", "Mohd.", "Muhd.")  # (the last: Muhammad as a given name, "Md. Shahriar Alam")
NO_BREAK_AFTER = frozenset(ABBREVIATIONS)
ABBREVIATED = re.compile("|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True)))


def add_abbreviations(nlp: Language) -> None:
    for abbreviation in ABBREVIATIONS:
        for form in {abbreviation, abbreviation.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "kg_no_break_after_abbreviations" not in nlp.pipe_names:
        nlp.add_pipe("kg_no_break_after_abbreviations", before="parser")


@Language.component("kg_no_break_after_abbreviations")
def no_break_after_abbreviations(doc: Doc) -> Doc:
    """The parser respects boundaries set before it: the word after a rank is not a sentence start."""
    for i in tokens_matching(doc, ABBREVIATED):
        if i >= len(doc) - 1:
            break
        token = doc[i]
        if token.text not in NO_BREAK_AFTER or token.whitespace_ == "" and not doc[token.i + 1].is_space:
            continue
        following = token.i + 1
        while following < len(doc) - 1 and doc[following].is_space:  # ("Mr.\n\nPutin": a page that breaks the
            following += 1                                           # paragraph after the title)
        if doc[following].text[:1].isupper():
            for j in range(token.i + 1, following + 1):
                doc[j].is_sent_start = False
    return doc
