"""Every article loads or fails on its own, whatever goes wrong inside it: its encoding, its length (long articles
are read in parts with their offsets kept, up to KG_MAX_ARTICLE_CHARS), the model, extraction, a worker that dies.
Real model, real store, through the `kg load` command."""
from __future__ import annotations

import codecs
import multiprocessing
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings as hypothesis_settings, strategies as st
from spacy.language import Language

import kg.loader
from kg.cli import cli
from kg.loader import load_paths
from kg.nlp import load_pipeline
from kg.nlp.parts import annotate, split
from kg.settings import Settings
from kg.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
READOUT = (EXAMPLES / "readout-austin-umerov.txt").read_text()
CALL = READOUT.split("---\n", 2)[2]  # the body, without front matter
LONG_CHARS = 2_100_000
CAP = 2_500_000
CALL_CLASS = "https://w3id.org/kg-defense/ontology#Call"


@given(st.text(alphabet=st.sampled_from("ab .\n\t"), max_size=400), st.integers(min_value=1, max_value=60))
@hypothesis_settings(max_examples=300, deadline=None)
def test_parts_are_the_text_cut_after_whitespace(text, size):
    pieces = split(text, size)
    assert "".join(pieces) == text
    assert all(len(piece) <= size for piece in pieces)
    for piece in pieces[:-1]:  # a hard cut only where there was no whitespace to cut after
        assert piece[-1].isspace() or not any(c.isspace() for c in piece[1:]), repr(piece)


def test_parts_prefer_paragraph_breaks():
    text = "One sentence here. Another one.\n\nA second paragraph, longer than the first one was."
    assert split(text, 60) == ["One sentence here. Another one.\n\n", text[33:]]


def test_a_text_read_in_parts_is_one_doc_with_the_text_and_offsets_of_the_whole():
    nlp = load_pipeline(Settings().spacy_model)
    paragraphs = [CALL, "Odd  spacing\tand\r\nline breaks   here.\n", "x" * 3000 + "\n", CALL]
    text = "\n".join(paragraphs * 4)
    [whole] = annotate(nlp, [text], batch_size=8, batch_chars=10_000, part_chars=2_000)
    pieces = split(text, 2_000)
    assert len(pieces) > 5 and whole.text == text
    offset, token, entities = 0, 0, []
    for piece in pieces:
        [alone] = annotate(nlp, [piece], batch_size=1, batch_chars=10_000, part_chars=2_000)
        for t in alone:
            joined = whole[token + t.i]
            assert (joined.idx, joined.text, joined.tag_, joined.dep_, joined.lemma_, joined.ent_type_,
                    joined.head.i, joined.is_sent_start) == (
                offset + t.idx, t.text, t.tag_, t.dep_, t.lemma_, t.ent_type_, token + t.head.i, t.is_sent_start)
        entities += [(offset + e.start_char, offset + e.end_char, e.label_) for e in alone.ents]
        offset, token = offset + len(piece), token + len(alone)
    assert [(e.start_char, e.end_char, e.label_) for e in whole.ents] == entities
    assert sum(text[start:end] == "Umerov" for start, end, _ in entities) >= 8


def long_article(chars: int) -> str:
    """A readout at the start and at the end (past spaCy's 1,000,000 characters), a transcript's worth of
    site clutter between: one line of menu words that the cleaner blanks out, so the model has little to read."""
    front = "---\nid: long\ntitle: A long transcript\ndate: 2024-06-20\n---\n"
    clutter = ("Home | Menu | Subscribe | Share | " * (chars // 34 + 1))[:chars - 2 * len(CALL) - len(front) - 1]
    return front + CALL + clutter + "\n" + CALL


@Language.component("test_fails_on_a_word")
def fails_on_a_word(doc):
    if "Kaboom" in doc.text:
        raise RuntimeError("the model gave up")
    return doc


def load_folder(folder: Path, store: Path) -> tuple[int, list[str], str]:
    result = CliRunner().invoke(cli, ["load", str(folder), "--store", str(store), "--quiet"])
    return result.exit_code, [line for line in result.stderr.splitlines() if line.startswith("failed: ")], result.stderr


def test_good_articles_load_beside_long_odd_and_failing_ones(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(READOUT)
    (folder / "long.txt").write_text(long_article(LONG_CHARS))
    (folder / "lying-bom.txt").write_bytes(codecs.BOM_UTF16_LE + READOUT.replace("readout-austin", "bom").encode())
    (folder / "broken-bom.txt").write_bytes(codecs.BOM_UTF16_LE + "Министр обороны провёл переговоры".encode("cp1251"))
    (folder / "too-long.txt").write_text("The minister spoke. " * (CAP // 20 + 1))
    (folder / "extraction-fails.txt").write_text(READOUT.replace("readout-austin", "rule-trips"))
    (folder / "model-fails.txt").write_text(READOUT.replace("readout-austin", "model-gives-up")
                                                  .replace("battlefield", "Kaboom"))
    extract = kg.loader.extract_article

    def extract_or_fail(doc, article, body):
        if "rule-trips" in (article.url or ""):
            raise ValueError("a rule tripped")
        return extract(doc, article, body)

    monkeypatch.setattr(kg.loader, "extract_article", extract_or_fail)
    monkeypatch.setenv("KG_MAX_ARTICLE_CHARS", str(CAP))
    nlp = load_pipeline(Settings().spacy_model)
    nlp.add_pipe("test_fails_on_a_word", last=True)
    try:
        code, failed, stderr = load_folder(folder, tmp_path / "store")
    finally:
        nlp.remove_pipe("test_fails_on_a_word")

    assert code == 1 and "Traceback" not in stderr
    assert "3 article(s) loaded, 4 failed" in stderr
    reasons = {line.split(": ", 2)[1].rsplit("/", 1)[-1]: line.split(": ", 2)[2] for line in failed}
    assert reasons["broken-bom.txt"].startswith("starts with a UTF-16-LE byte-order mark but is not UTF-16-LE, and "
                                                 "is not UTF-8 text")
    assert re.fullmatch(rf"is [\d,]+ characters, over the limit of {CAP:,}; split it or raise KG_MAX_ARTICLE_CHARS",
                        reasons["too-long.txt"])
    assert reasons["extraction-fails.txt"].startswith("extraction failed (ValueError: a rule tripped)")
    assert reasons["model-fails.txt"].startswith("the language model failed on it (RuntimeError: the model gave up)")

    store = Store(str(tmp_path / "store"))
    long_key = "long"
    [row] = store.select(f'SELECT ?b WHERE {{ ?a <https://schema.org/identifier> "{long_key}" ; '
                         '<https://schema.org/articleBody> ?b }')
    body = row["b"].value
    assert len(body) > 2_000_000
    mentions = store.select(f"""
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?start ?end ?sentence WHERE {{
          ?call a <{CALL_CLASS}> ; <http://groundedannotationframework.org/gaf#denotedBy> ?m .
          ?m <https://schema.org/isPartOf> ?article ; nif:beginIndex ?start ; nif:endIndex ?end ; nif:anchorOf ?sentence .
          ?article <https://schema.org/identifier> "{long_key}" }}""")
    spans = [(int(m["start"].value), int(m["end"].value), m["sentence"].value) for m in mentions]
    assert any(start < 1000 for start, _, _ in spans) and any(start > 1_000_000 for start, _, _ in spans)
    assert all(body[start:end] == sentence for start, end, sentence in spans)
    keys = {row["k"].value for row in store.select("SELECT ?k WHERE { ?a a <https://schema.org/NewsArticle> ; "
                                                   "<https://schema.org/identifier> ?k }")}
    assert len(keys) == 3 and long_key in keys
    store.close()


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the test patches the workers by forking")
def test_with_jobs_a_worker_that_dies_or_an_article_that_fails_fails_alone(tmp_path, monkeypatch, settings):
    names = ("one", "crash", "two", "rule-trips", "three")
    for name in names:
        (tmp_path / f"{name}.txt").write_text(READOUT.replace("readout-austin", name))
    extract = kg.loader.extract_article

    def extract_or_fail(doc, article, body):
        if "crash-umerov" in (article.url or ""):
            os._exit(3)
        if "rule-trips" in (article.url or ""):
            raise ValueError("a rule tripped")
        return extract(doc, article, body)

    monkeypatch.setattr(kg.loader, "extract_article", extract_or_fail)
    monkeypatch.setattr(kg.loader, "BATCH_SIZE", 2)  # batches beside the one that kills its pool
    load_pipeline(settings.spacy_model)  # the workers fork with the model loaded
    report = load_paths(Store(), [tmp_path], settings, jobs=2)
    assert len(report.loaded) == len(names) - 2
    reasons = {Path(failure.source).name: failure.problem for failure in report.failed}
    assert reasons.keys() == {"crash.txt", "rule-trips.txt"}
    assert "died" in reasons["crash.txt"]
    assert reasons["rule-trips.txt"].startswith("extraction failed (ValueError: a rule tripped)")
