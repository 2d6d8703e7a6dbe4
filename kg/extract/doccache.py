"""Per-Doc values the rules read again and again, computed once per Doc and kept in `doc.user_data`.

spaCy builds `Doc.text` and `Span.text` by creating a Token object for every token they cover, on every access,
and `Span.noun_chunks` walks the whole Doc each time; the rules ask for the same things many times per article.
Only values that `doc.ents` assignments leave unchanged are kept (texts, offsets, tags, the parse).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Tokens:
    """Token attributes as plain lists, indexed like the Doc."""
    text: list[str]
    start: list[int]              # character offset (`token.idx`)
    pos: list[str]
    punct_or_space: list[bool]


def tokens(doc: Doc) -> Tokens:
    """The Doc's token attributes, read once per Doc."""
    cached = doc.user_data.get("kg_tokens")
    if cached is None:
        text, start, pos, punct_or_space = [], [], [], []
        for token in doc:
            text.append(token.text)
            start.append(token.idx)
            pos.append(token.pos_)
            punct_or_space.append(token.is_punct or token.is_space)
        cached = doc.user_data["kg_tokens"] = Tokens(text, start, pos, punct_or_space)
    return cached


def token_texts(doc: Doc) -> list[str]:
    """`[token.text for token in doc]`."""
    return tokens(doc).text


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep the text a Doc was made from as its `doc.text` (spaCy's tokenization is lossless), sparing the rules
    the walk over every token that `doc.text` takes."""
    doc.user_data["kg_text"] = text
    return doc


def span_text(span: Span) -> str:
    """`span.text`: the Doc's text between the span's first and last character (spaCy's text is lossless)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` without making the Span (start < end)."""
    columns = tokens(doc)
    return doc_text(doc)[columns.start[start]:columns.start[end - 1] + len(columns.text[end - 1])]


def noun_chunks(doc: Doc) -> list[Span]:
    """`list(doc.noun_chunks)`, built once per Doc."""
    chunks = doc.user_data.get("kg_noun_chunks")
    if chunks is None:
        chunks = doc.user_data["kg_noun_chunks"] = list(doc.noun_chunks)
    return chunks


def noun_chunks_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The noun chunks inside tokens [start, end), found by bisection (chunks come in text order)."""
    chunks = noun_chunks(doc)
    starts = doc.user_data.get("kg_noun_chunk_starts")
    if starts is None:
        starts = doc.user_data["kg_noun_chunk_starts"] = [c.start for c in chunks]
    return [c for c in chunks[bisect_left(starts, start):bisect_left(starts, end)] if c.end <= end]


def token_at(doc: Doc, char: int) -> int | None:
    """Index of the token that starts at character offset `char`, if one does."""
    starts = tokens(doc).start
    i = bisect_left(starts, char)
    return i if i < len(starts) and starts[i] == char else None


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, computed once per Doc (iterating `doc.sents` walks every token again)."""
    cached = doc.user_data.get("kg_sentences")
    if cached is None:
        cached = doc.user_data["kg_sentences"] = list(doc.sents)
        doc.user_data["kg_sentence_index"] = {s.start: i for i, s in enumerate(cached)}
    return cached


def sentence_index(doc: Doc, sentence: Span) -> int:
    sentences(doc)
    return doc.user_data["kg_sentence_index"][sentence.start]


QUOTE_MARKS = re.compile(r"[\"“”]")


def in_quotes(token: Token) -> bool:
    """The token is in quoted words (an odd number of quotation marks before it in its sentence, or after it: a quote
    opened in a sentence before)."""
    before = sum(bool(QUOTE_MARKS.fullmatch(t.text)) for t in token.doc[token.sent.start:token.i])
    after = sum(bool(QUOTE_MARKS.fullmatch(t.text)) for t in token.doc[token.i + 1:token.sent.end])
    return before % 2 == 1 or after % 2 == 1
