"""Long texts in parts: the model annotates pieces of at most PART_CHARS characters, each cut right after whitespace
(a paragraph break when there is one near the end), and the pieces' Docs are joined into one Doc whose text is the
input text exactly, so character offsets into the article stay valid.

The model's cost and memory grow faster than linearly with the length of one Doc (and spaCy refuses Docs over
`nlp.max_length`); in parts they grow linearly with the text. Texts up to PART_CHARS (nearly every article) are one
part: their annotation is the same as without this module.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.doccache import remember_text

PART_CHARS = 100_000
BREAKS = ("\n\n", "\n", ". ", " ")  # preferred cut points, best first
WHITESPACE = " \t\n\r\f\v"


def split(text: str, size: int = PART_CHARS) -> list[str]:
    """`text` in consecutive pieces of at most `size` characters whose concatenation is `text`."""
    pieces, start = [], 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece from `start` ends: right after the last break before `limit`, preferring paragraph breaks,
    then line breaks, sentence ends and spaces, as long as the piece keeps at least half its size."""
    for mark in BREAKS:
        at = text.rfind(mark, start, limit)
        if at >= start + (limit - start) // 2:
            return at + len(mark)
    last_space = max(text.rfind(c, start, limit) for c in WHITESPACE)
    return last_space + 1 if last_space > start else limit  # no whitespace at all: a hard cut


def annotate(nlp: Language, texts: list[str], batch_size: int, batch_chars: int,
             part_chars: int = PART_CHARS) -> list[Doc]:
    """One Doc per text, long texts annotated in parts and joined (`doc.text == text`). The model reads at most
    `batch_size` pieces at once, and fewer when they are long, to keep near `batch_chars` characters."""
    pieces = [split(text, part_chars) for text in texts]
    longest = max((len(piece) for parts in pieces for piece in parts), default=1)
    size = max(1, min(batch_size, batch_chars // max(1, longest)))
    docs = iter(nlp.pipe((piece for parts in pieces for piece in parts), batch_size=size))
    return [remember_text(join([next(docs) for _ in parts]), text) for text, parts in zip(texts, pieces)]


def join(docs: list[Doc]) -> Doc:
    if len(docs) == 1:
        return docs[0]
    # no tensor: nothing downstream reads it, and for a long text it is the largest part of the Doc
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
