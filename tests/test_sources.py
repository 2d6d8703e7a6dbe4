"""Reading articles: every input loads or fails on its own, with a message naming it and the problem."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kg.errors import ArticleError
from kg.facts import Article
from kg.sources import read_paths

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
    (tmp_path / "latin1.txt").write_bytes("Le ministre de la D\xe9fense".encode("latin-1"))
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
    assert "not UTF-8" in messages["latin1.txt"]
    assert "front matter" in messages["bad-front.md"]
    assert "unsupported file type .pdf" in messages["notes.pdf"]
    assert "not valid JSON" in messages["feed.jsonl:2"]
    assert messages["missing.txt"] == "no such file or folder"


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("The minister spoke.".encode("utf-16"))
    [article], errors = read(path)
    assert not errors and article.text == "The minister spoke."


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
