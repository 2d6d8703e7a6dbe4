"""Reading articles: every input loads or fails on its own, with a message naming it and the problem."""
from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from kg.errors import ArticleError
from kg.facts import Article
from kg.sources import decode, read_paths

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def read(*paths) -> tuple[list[Article], list[ArticleError]]:
    items = list(read_paths(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ArticleError)]


def test_front_matter_gives_metadata(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\nurl: https://news.test/a\ntitle: A call\ndate: 2023-03-14\nsource: Test Wire\n---\nBody text here.\n")
    [article], errors = read(path)
    assert not errors
    assert (article.url, article.title, article.date, article.source) == ("https://news.test/a", "A call", dt.date(2023, 3, 14), "Test Wire")
    assert article.text.strip() == "Body text here."


def test_text_without_front_matter_finds_its_dated_byline(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("Trending\nMay 22, 2022\nSome headline here\nBy Jane DoeMay 13, 2022No Comments\nThe minister spoke on Friday.\n")
    [article], _ = read(path)
    assert article.date == dt.date(2022, 5, 13)


def test_broken_inputs_fail_one_by_one_with_clear_messages(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The defense minister spoke by phone with his counterpart on Monday.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "cyrillic.txt").write_bytes("Министр обороны провёл переговоры".encode("cp1251"))
    (tmp_path / "bad-front.md").write_text("---\ntitle: [unclosed\n---\nText\n")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    lines = [json.dumps({"url": "https://x.test/1", "title": "One", "date": "2024-01-02", "text": "First article."}),
             "{not json", json.dumps({"id": "three", "text": "Third article."})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines))
    articles, errors = read(tmp_path, tmp_path / "notes.pdf", tmp_path / "missing.txt")

    assert {a.origin.rsplit("/", 1)[-1] for a in articles} == {"feed.jsonl:1", "feed.jsonl:3", "good.txt"}
    messages = {Path(e.source).name: e.problem for e in errors}
    assert messages["empty.txt"] == "file is empty"
    assert "binary" in messages["binary.txt"]
    assert "not UTF-8" in messages["cyrillic.txt"]
    assert "front matter" in messages["bad-front.md"]
    assert "unsupported file type .pdf" in messages["notes.pdf"]
    assert "not valid JSON" in messages["feed.jsonl:2"]
    assert messages["missing.txt"] == "no such file or folder"


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("The minister spoke.".encode("utf-16"))
    [article], errors = read(path)
    assert not errors and article.text == "The minister spoke."


TEXT = "Le ministre de la Défense a parlé «en détail» avec son homologue.\n"


@pytest.mark.parametrize("data", [
    TEXT.encode(), codecs.BOM_UTF8 + TEXT.encode(), TEXT.encode("utf-16"), codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-32"), codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"),
    TEXT.encode("cp1252"), TEXT.encode("latin-1"),
    codecs.BOM_UTF16_LE + TEXT.encode(), codecs.BOM_UTF16_LE + TEXT.encode() + b" ",  # marks that lie, even and odd
    codecs.BOM_UTF8 + TEXT.encode("cp1252"), codecs.BOM_UTF32_LE + TEXT.encode("cp1252"),
], ids=["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp1252", "latin-1",
        "lying-utf-16", "lying-utf-16-odd", "lying-utf-8", "lying-utf-32"])
def test_encodings_and_byte_order_marks_are_detected(data):
    assert decode(data, "a.txt").rstrip() == TEXT.rstrip()


def test_bytes_that_are_not_utf8_in_a_utf8_file_are_read_as_windows_1252():
    assert decode("Café ".encode() + "naïve “quote”".encode("cp1252"), "mixed.txt") == "Café naïve “quote”"


@pytest.mark.parametrize(("data", "words"), [
    ("Министр обороны провёл переговоры".encode("cp1251"), "a.txt: is not UTF-8 text"),
    (codecs.BOM_UTF16_LE + "Министр обороны провёл переговоры".encode("cp1251"),
     "a.txt: starts with a UTF-16-LE byte-order mark but is not UTF-16-LE, and is not UTF-8 text"),
    (codecs.BOM_UTF16_BE + b"\x00\x01\x02\x03" * 10,
     "a.txt: starts with a UTF-16-BE byte-order mark but is not UTF-16-BE, and looks like a binary file"),
])
def test_text_that_no_encoding_explains_is_named(data, words):
    with pytest.raises(ArticleError, match="^" + re.escape(words)):
        decode(data, "a.txt")


def test_folder_without_articles_says_so(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    _, [error] = read(tmp_path)
    assert "no articles" in error.problem


def test_html_main_text_title_and_date_come_from_the_page():
    pages = sorted(EXAMPLES.glob("*.html"))
    assert pages, "the example corpus has HTML pages"
    articles, errors = read(*pages)
    assert not errors
    for article in articles:
        assert article.title and article.date
        assert "Subscribe" not in article.text


def test_every_example_loads():
    articles, errors = read(EXAMPLES)
    assert not errors
    assert len(articles) >= 8


def test_a_path_too_long_for_the_file_system_is_an_error_of_its_own(tmp_path):
    (tmp_path / "good.txt").write_text("The minister spoke.")
    articles, errors = read("x" * 5000, tmp_path / "good.txt")
    assert [a.origin.rsplit("/", 1)[-1] for a in articles] == ["good.txt"]
    assert len(errors) == 1 and "cannot be read" in errors[0].problem and len(errors[0].source) <= 200
