"""`kg explain`: a fact named by IRI, prefixed name or key prints only its own evidence, at offsets that point
into the article text; an unknown fact is a one-line error with exit 1."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.sources import read_paths
from tests.conftest import run_kg

BASE = "http://127.0.0.1:5000/"  # KG_BASE_IRI's default, which run_kg's subprocesses use
ARTICLE = re.compile(r"^article <(?P<iri>[^>]+)>$")
MENTION = re.compile(r"^\s+\[(?P<start>\d+)-(?P<end>\d+)\] \S+ (?P<text>\".*\")$")
REPORT = re.compile(r"^\s+report <(?P<iri>[^>]+)>$")


@pytest.fixture(scope="module")
def seeds_store(shared, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("explain") / "store"
    result = run_kg("load", str(shared / "seeds"), "--store", str(path), "--quiet")
    assert " 0 failed" in result.stderr
    return str(path)


@pytest.fixture(scope="module")
def seed_texts(shared) -> dict[str, str]:
    """Article IRI -> the text kg stores for it, read from the seed files as kg reads them."""
    return {f"{BASE}article/{article.key}": article.text for article in read_paths([shared / "seeds"])}


def explain(store: str, fact: str) -> str:
    result = run_kg("explain", fact, "--store", store)
    assert "Traceback" not in result.stderr
    return result.stdout


def mentions(out: str) -> list[tuple[str, int, int, str]]:
    """(article, start, end, text) of every mention line of `kg explain`'s output."""
    found, article = [], None
    for line in out.splitlines():
        if match := ARTICLE.match(line):
            article = match["iri"]
        elif match := MENTION.match(line):
            assert article, line
            found.append((article, int(match["start"]), int(match["end"]), json.loads(match["text"])))
    return found


def assert_offsets_point_into_the_seeds(out: str, seed_texts: dict[str, str]) -> None:
    found = mentions(out)
    assert found, out
    for article, start, end, text in found:
        assert article in seed_texts, article
        assert seed_texts[article][start:end] == text


def calls(store: str) -> list[dict]:
    document = json.loads(run_kg("query", "calls", "--store", store, "--format", "json").stdout)
    return document["results"]["bindings"]


def test_a_person_key_prints_only_that_persons_mentions(seeds_store, seed_texts):
    out = explain(seeds_store, "lloyd-austin")
    assert out.startswith(f"person <{BASE}id/person/lloyd-austin>")
    assert_offsets_point_into_the_seeds(out, seed_texts)
    assert {text for *_, text in mentions(out)} <= {"Lloyd Austin", "Austin", "Lloyd J. Austin", "Lloyd J. Austin III",
                                                    "Secretary Austin", "Lloyd Austin III"}
    assert "Shoigu" not in out and "Belousov" not in out


def test_a_person_iri_and_prefixed_name_print_the_same_as_the_key(seeds_store):
    by_key = explain(seeds_store, "lloyd-austin")
    assert explain(seeds_store, f"{BASE}id/person/lloyd-austin") == by_key
    assert explain(seeds_store, f"<{BASE}id/person/lloyd-austin>") == by_key
    assert explain(seeds_store, "person:lloyd-austin") == by_key


def test_a_call_iri_prints_its_sources_only(seeds_store, seed_texts):
    every_call = [row["call"]["value"] for row in calls(seeds_store)]
    assert len(every_call) >= 2
    for call in every_call:
        out = explain(seeds_store, call)
        assert out.startswith(f"call <{call}>")
        assert_offsets_point_into_the_seeds(out, seed_texts)
        others = [c for c in every_call if c != call]
        assert not any(f"<{other}>" in out for other in others), out  # nothing of another call


def test_a_call_lists_its_reports_across_articles(seeds_store, seed_texts):
    """A call told by two articles (one of them without its date): explaining the call or either report shows
    every report, per article."""
    [dated] = [row["call"]["value"] for row in calls(seeds_store) if row["call"]["value"].endswith("2022-02-18/lloyd-austin--sergei-shoigu")]
    out = explain(seeds_store, dated)
    reports = [m["iri"] for line in out.splitlines() if (m := REPORT.match(line))]
    assert len(reports) >= 2 and all(re.search(r"/article/[^/#]+#call-\d+$", r) for r in reports)
    assert len({article for article, *_ in mentions(out)}) >= 2
    assert all(explain(seeds_store, report) == out for report in reports)  # a report explains as its call
    assert_offsets_point_into_the_seeds(out, seed_texts)


def test_an_aid_key(seeds_store, seed_texts):
    out = explain(seeds_store, "us-ua-225000000-usd")
    assert out.startswith(f"aid <{BASE}id/aid/us-ua-225000000-usd>")
    assert any("$225 million" in text for *_, text in mentions(out))
    assert_offsets_point_into_the_seeds(out, seed_texts)


@pytest.mark.parametrize(("fact", "expected"), [
    ("lloyd-austen", "kg: no fact lloyd-austen in the store; did you mean lloyd-austin?"),
    ("no-such-person", "kg: no fact no-such-person in the store"),
    (f"{BASE}id/call/1999-01-01/a--b", f"kg: no fact {BASE}id/call/1999-01-01/a--b in the store"),
    ("not an iri", "kg: no fact not an iri in the store"),
    (f"{BASE}id/country/UA", f"kg: no evidence is recorded for {BASE}id/country/UA"),
])
def test_an_unknown_fact_is_a_one_line_error(seeds_store, fact, expected):
    result = run_kg("explain", fact, "--store", seeds_store, check=False)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(expected)


def test_explain_of_an_empty_store_is_a_clean_error(tmp_path):
    from kg.store import Store

    Store(tmp_path / "empty").close()
    result = run_kg("explain", "lloyd-austin", "--store", str(tmp_path / "empty"), check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("kg: no fact lloyd-austin in the store")


def test_markdown_offsets_point_into_the_stored_text(tmp_path):
    """A Markdown article is stored as plain text; the evidence offsets index that text."""
    article = tmp_path / "healey.md"
    article.write_text(Path(__file__).resolve().parent.parent.joinpath("examples", "mod-uk-healey-package.md").read_text())
    store = str(tmp_path / "store")
    run_kg("load", str(article), "--store", store, "--quiet")
    [stored] = read_paths([article])
    assert "**" not in stored.text
    out = explain(store, "john-healey")
    found = mentions(out)
    assert found and all(stored.text[start:end] == text for _, start, end, text in found)


def test_an_organization_is_explained_by_the_sentences_it_acts_in(seeds_store, seed_texts):
    out = explain(seeds_store, "us-dod")
    assert out.startswith(f"org <{BASE}id/org/us-dod>")
    assert_offsets_point_into_the_seeds(out, seed_texts)
    assert all("Pentagon" in text for *_, text in mentions(out))
