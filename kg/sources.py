"""Files, HTML pages and JSON Lines -> Articles. The only place that reads article input."""
from __future__ import annotations

import codecs
import datetime as dt
import functools
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import frontmatter
import pyoxigraph as ox
import yaml

from kg.errors import ArticleError
from kg.facts import Article
from kg.pubdate import find_publication_date, parse_date

MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt"} | MARKDOWN_SUFFIXES
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_ARTICLE_BYTES = 20_000_000
FOLDER_NOTES = {"README", "LICENSE", "CHANGELOG"}  # files in an article folder that describe it, not articles
BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),  # before UTF-16's
                    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
ASCII = re.compile(r"[\x09-\x7e]")
NOT_UTF8 = re.compile("[\udc80-\udcff]")
WINDOWS_1252 = "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(0x80, 0x100))
MAX_GUESSED_SHARE = 0.2  # of the characters: more is not a Western text (Cyrillic, Greek, CJK in a legacy encoding)

RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
               ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML,
               ".owl": ox.RdfFormat.RDF_XML}


@dataclass(frozen=True)
class RdfFile:
    """An RDF document to load as it is, into a named graph of its own (e.g. a Wikidata extract)."""
    origin: str
    format: ox.RdfFormat


Item = Article | ArticleError | RdfFile


def read_paths(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Every article under the given files and folders, or an ArticleError for each input that fails."""
    for raw in paths:
        path = Path(raw)
        try:
            exists = path.exists()
        except OSError as error:  # a name too long for the file system, a folder that cannot be searched
            yield ArticleError(str(raw)[:200], f"cannot be read as a file or folder: {error.strerror or error}")
            continue
        if not exists:
            yield ArticleError(str(raw), "no such file or folder")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                           and p.stem.upper() not in FOLDER_NOTES)
            readable = [p for p in files if p.suffix.lower() in ARTICLE_SUFFIXES | RDF_FORMATS.keys()]
            if not readable:
                yield ArticleError(str(raw), "folder holds no articles (.txt, .md, .html, .jsonl) or RDF files")
            for file in readable:
                yield from read_file(file)
        else:
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in RDF_FORMATS:
        yield RdfFile(str(path), RDF_FORMATS[suffix])
        return
    if suffix not in ARTICLE_SUFFIXES:
        yield ArticleError(str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .md, .html, .jsonl "
                                      "or an RDF file (.ttl, .nt, .nq, .trig, .jsonld, .rdf)")
        return
    try:
        size = path.stat().st_size
        if size == 0:
            raise ArticleError(str(path), "file is empty")
        if suffix in JSONL_SUFFIXES:  # streamed, a line at a time: any size
            with path.open("rb") as handle:
                yield from read_jsonl(handle, str(path))
            return
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(str(path), f"file is {size // 1_000_000} MB; articles over {MAX_ARTICLE_BYTES // 1_000_000} MB are refused")
        data = path.read_bytes()
        text = decode(data, str(path))
        if suffix in HTML_SUFFIXES:
            yield parse_html(text, str(path), path.stem)
        else:
            yield parse_text(text, str(path), path.stem, markdown=suffix in MARKDOWN_SUFFIXES)
    except ArticleError as error:
        yield error
    except OSError as error:
        yield ArticleError(str(path), f"cannot be read ({error.strerror or error})")


def decode(data: bytes, origin: str) -> str:
    """The text of a file: by its byte-order mark when the mark is true, else as UTF-8, where bytes that are not
    UTF-8 are read as Windows-1252 (a legacy Western file, or a fragment pasted into a UTF-8 one)."""
    mark, codec = next(((m, c) for m, c in BYTE_ORDER_MARKS if data.startswith(m)), (b"", ""))
    if codec:
        text = _by_mark(data[len(mark):], codec)
        if text is not None:
            return text
        data = data[len(mark):]  # a mark that lies: the rest is read as a file without one
    lie = f"starts with a {codec.upper()} byte-order mark but is not {codec.upper()}, and " if codec else ""
    if b"\x00" in data[:4096]:
        raise ArticleError(origin, f"{lie}looks like a binary file, not text")
    text = data.decode("utf-8", errors="surrogateescape")  # each byte that is not UTF-8 becomes U+DC80..U+DCFF
    text, guessed = NOT_UTF8.subn(lambda byte: WINDOWS_1252[ord(byte.group()) - 0xDC80], text)
    if guessed > MAX_GUESSED_SHARE * max(1, len(text) - text.count(" ")):
        raise ArticleError(origin, f"{lie}is not UTF-8 text: {guessed:,} of its characters would be guesses as "
                                   "Windows-1252/Latin-1; convert it to UTF-8")
    return text


def _by_mark(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if codec != "utf-8" and data and not ASCII.search(text):
        return None  # UTF-16/32 text has spaces, line breaks or digits; bytes of another encoding read so have none
    return text


def article_key(explicit: object, url: str | None, fallback: str) -> str:
    if explicit:
        return slug(str(explicit))
    if url:
        return hashlib.sha1(url.encode()).hexdigest()[:16]
    return slug(fallback)


def slug(value: str) -> str:
    value = re.sub(r"[^A-Za-z0-9._-]+", "-", value.strip()).strip("-.")
    return value[:120] or hashlib.sha1(value.encode()).hexdigest()[:16]


def parse_text(text: str, origin: str, stem: str, *, markdown: bool = False) -> Article:
    """An article from text with optional YAML front matter; with `markdown`, the body is CommonMark and the
    article's text is what it renders to as plain text (the text evidence offsets point into)."""
    try:
        post = frontmatter.loads(text)
    except (yaml.YAMLError, ValueError) as error:
        raise ArticleError(origin, f"front matter is not valid YAML ({str(error).splitlines()[0]})") from None
    meta, body = post.metadata, post.content
    if not isinstance(meta, dict):
        raise ArticleError(origin, "front matter must be a YAML mapping (url, title, date, source)")
    if markdown:
        body = markdown_text(body)
    if not body.strip():
        raise ArticleError(origin, "has no article text")
    url = _optional_str(meta.get("url"))
    date = _meta_date(meta.get("date"), origin) or find_publication_date(body)
    return Article(key=article_key(meta.get("id"), url, stem), text=body, title=_optional_str(meta.get("title")),
                   url=url, date=date, source=_optional_str(meta.get("source")), origin=origin)


def markdown_text(source: str) -> str:
    """CommonMark as plain text: emphasis, link, heading, quote and list markers left out (a link keeps its
    text, an image and raw HTML are dropped), blocks separated by a blank line, a list's items (and a table's
    rows) one a line, a paragraph's own line breaks kept."""
    return _PlainText().render(_markdown_parser().parse(source))


@functools.cache
def _markdown_parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


class _PlainText:
    """Walks markdown-it's block tokens, collecting blocks of lines."""
    GROUPS = {"bullet_list", "ordered_list", "table"}  # blocks whose inner blocks are lines of one block

    def __init__(self) -> None:
        self.blocks: list[list[str]] = []
        self.depth = 0  # of open GROUPS
        self.row: list[str] | None = None  # the cells of the table row being read

    def render(self, tokens: list) -> str:
        for token in tokens:
            self._block(token)
        return "\n\n".join("\n".join(lines) for lines in self.blocks if lines)

    def _block(self, token) -> None:
        kind = token.type.removesuffix("_open").removesuffix("_close")
        if kind in self.GROUPS:
            opening = token.type.endswith("_open")
            if opening and self.depth == 0:
                self.blocks.append([])
            self.depth += 1 if opening else -1
        elif token.type == "tr_open":
            self.row = []
        elif token.type == "tr_close":
            cells, self.row = self.row or [], None
            self._line(" | ".join(cells))
        elif token.type == "inline":
            self._line(_inline_text(token.children or []))
        elif token.type in ("fence", "code_block"):
            self._line(token.content.rstrip("\n"))

    def _line(self, text: str) -> None:
        if self.row is not None:
            self.row.append(text.strip())
        elif not text.strip():
            return
        elif self.depth:
            self.blocks[-1].append(_trimmed(text))
        else:
            self.blocks.append([_trimmed(text)])


def _trimmed(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _inline_text(children: list) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def parse_html(html: str, origin: str, stem: str) -> Article:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    document = extracted.as_dict() if extracted is not None else {}
    text = document.get("text") or ""
    if not text.strip():
        raise ArticleError(origin, "HTML page has no article text (only navigation or boilerplate)")
    url = _optional_str(document.get("url"))
    date = parse_date(document.get("date"))
    return Article(key=article_key(None, url, stem), text=text, title=_optional_str(document.get("title")),
                   url=url, date=date, source=_optional_str(document.get("sitename")), origin=origin)


def parse_jsonl(data: bytes, origin: str) -> Iterator[Item]:
    return read_jsonl(io.BufferedReader(io.BytesIO(data)), origin)


def read_jsonl(handle: io.BufferedReader, origin: str) -> Iterator[Item]:
    """The records of a JSON Lines file, an Article or an ArticleError per line, read a line at a time (memory stays
    flat whatever the file's size; a line is cut at "\\n" only, as JSON allows U+2028 inside strings). Each line is
    read as a text file is (UTF-8, else Windows-1252 bytes); a UTF-16/32 file, which cannot be cut at a byte, is
    read whole up to the size of an article."""
    wide = next((codec for mark, codec in BYTE_ORDER_MARKS if handle.peek(4)[:4].startswith(mark)), "")
    if wide.startswith(("utf-16", "utf-32")):
        data = handle.read(MAX_ARTICLE_BYTES + 1)
        if len(data) > MAX_ARTICLE_BYTES:
            yield ArticleError(origin, f"is a {wide.upper()} JSON Lines file over {MAX_ARTICLE_BYTES // 1_000_000} MB; "
                                       "convert it to UTF-8")
            return
        try:
            lines: Iterable[bytes | None] = [line.encode() for line in decode(data, origin).split("\n")]
        except ArticleError as error:
            yield error
            return
    else:
        lines = _byte_lines(handle)
    seen_any = False
    for number, raw in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if raw is None:
            seen_any = True
            yield ArticleError(where, f"line is over {MAX_ARTICLE_BYTES // 1_000_000} MB; articles over "
                                      f"{MAX_ARTICLE_BYTES // 1_000_000} MB are refused")
            continue
        if not raw.strip():
            continue
        seen_any = True
        try:
            line = decode(raw, where)
        except ArticleError as error:
            yield error
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ArticleError(where, f"line is not valid JSON ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield ArticleError(where, "line needs a JSON object with a non-empty \"text\"")
            continue
        url = _optional_str(record.get("url"))
        try:
            date = _meta_date(record.get("date"), where) or find_publication_date(record["text"])
        except ArticleError as error:
            yield error
            continue
        yield Article(key=article_key(record.get("id"), url, f"{Path(origin).stem}-{number}"), text=record["text"],
                      title=_optional_str(record.get("title")), url=url, date=date,
                      source=_optional_str(record.get("source")), origin=where)
    if not seen_any:
        yield ArticleError(origin, "JSON Lines file has no records")


def _byte_lines(handle: io.BufferedReader) -> Iterator[bytes | None]:
    """The lines of a file as bytes; None for a line longer than an article may be, which is skipped, not held."""
    while True:
        line = handle.readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(1_000_000)
            yield None
            continue
        yield line


def _optional_str(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _meta_date(value: object, origin: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parsed = parse_date(str(value))
    if parsed is None:
        raise ArticleError(origin, f"date {value!r} is not a date (use YYYY-MM-DD)")
    return parsed
