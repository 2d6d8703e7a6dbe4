"""Markdown articles are read as CommonMark (markdown-it-py) and stored as the plain text they render to, so
emphasis does not hide an official and evidence offsets index the stored text."""
from __future__ import annotations

import json

from kg.sources import markdown_text, read_paths
from tests.conftest import run_kg

ARTICLE = """---
title: UK and Ukraine defence ministers speak
date: 2024-09-10
---
# UK and Ukraine defence ministers speak

Defence Secretary **John Healey** spoke by phone with Ukraine's Defence Minister **Rustem Umerov** on Monday,
the [Ministry of Defence](https://www.gov.uk/government/organisations/ministry-of-defence) said.

The UK announced a **£150 million** military aid package for Ukraine, including *air defence* missiles.
"""

MENTIONS = """PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT DISTINCT ?start ?end ?text WHERE {
  ?fact <http://groundedannotationframework.org/gaf#denotedBy> ?m .
  ?m nif:beginIndex ?start ; nif:endIndex ?end ; nif:anchorOf ?text .
}"""


def test_markdown_renders_to_plain_text():
    source = ("# Title\n\nA **bold** and _em_ [link](http://x.test) `code` \\*not em\\* &amp; ![img](i.png)\nnext line\n\n"
              "- one\n- two\n  1. nested\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<div>html</div>\n")
    assert markdown_text(source) == ("Title\n\nA bold and em link code *not em* &\nnext line\n\none\ntwo\nnested\n\n"
                                     "quoted\n\na | b\n1 | 2")


def test_a_markdown_article_is_stored_as_plain_text(tmp_path):
    path = tmp_path / "call.md"
    path.write_text(ARTICLE)
    [article] = read_paths([path])
    assert "**" not in article.text and "](" not in article.text and not article.text.startswith("#")
    assert "Defence Secretary John Healey spoke by phone" in article.text
    assert article.title == "UK and Ukraine defence ministers speak"


def test_a_txt_article_keeps_its_asterisks(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("The minister **spoke** by phone.\n")
    [article] = read_paths([path])
    assert "**spoke**" in article.text


def query(store: str, name: str) -> list[dict[str, str]]:
    document = json.loads(run_kg("query", name, "--store", store, "--format", "json").stdout)
    return [{k: v["value"] for k, v in row.items()} for row in document["results"]["bindings"]]


def test_bolded_officials_give_the_call_and_the_aid(tmp_path):
    path = tmp_path / "call.md"
    path.write_text(ARTICLE)
    store = str(tmp_path / "store")
    run_kg("load", str(path), "--store", store, "--quiet")
    names = {row["name"] for row in query(store, "officials")}
    assert {"John Healey", "Rustem Umerov"} <= names
    [call] = query(store, "calls")
    assert set(call["participants"].split("|")) == {"John Healey", "Rustem Umerov"}
    [package] = query(store, "aid")
    assert (package["donor"], package["recipient"], package["amount"], package["currency"]) == ("GB", "UA", "150000000", "GBP")

    [text] = [row["b"] for row in query(store, "SELECT ?b WHERE { ?a <https://schema.org/articleBody> ?b }")]
    assert "**" not in text and [text] == [a.text for a in read_paths([path])]
    mentions = query(store, MENTIONS)
    assert any(row["text"] == "John Healey" for row in mentions)
    for row in mentions:
        assert text[int(row["start"]):int(row["end"])] == row["text"]
