"""The tokens at given characters of a Doc, found from its text: kg's components look at the few tokens a
character pattern points to instead of making a Token object of every word."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator

from spacy.attrs import IDX
from spacy.tokens import Doc


def tokens_matching(doc: Doc, pattern: re.Pattern) -> Iterator[int]:
    """The index of each token (once, in text order) that holds the start of a match of `pattern` in `doc.text`."""
    starts = doc.to_array(IDX).tolist()
    seen = -1
    for match in pattern.finditer(doc.text):
        i = bisect_right(starts, match.start()) - 1
        if i > seen:
            seen = i
            yield i
