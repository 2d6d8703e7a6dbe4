"""Loading articles end to end with the real model and store; the Python API; drop and explain."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.explain import evidence
from kg.loader import drop_article, load_paths
from kg.stats import collect
from kg.store import Store
from tests.conftest import KG

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def example_store():
    from kg.settings import Settings

    store = Store()
    report = load_paths(store, [EXAMPLES], Settings(store=":memory:", base_iri="http://kg.test/"))
    assert not report.failed, report.failed
    return store


def test_examples_give_officials_calls_and_aid(example_store):
    stats = collect(example_store)
    assert stats["articles"] >= 8
    assert stats["officials"] >= 5 and stats["calls"] >= 1 and stats["packages"] >= 1


def test_the_loaded_store_satisfies_the_shapes(example_store):
    """The union of the article graphs (reports, mentions) and the resolution graph (things) conforms."""
    import pyshacl
    from rdflib import Graph

    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    data = Graph()
    nt = ox.serialize(example_store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), format=ox.RdfFormat.N_TRIPLES)
    data.parse(data=nt.decode(), format="nt")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True)
    assert conforms, text


def test_explain_shows_the_sentences_of_a_call(example_store):
    [row] = example_store.select("SELECT ?c WHERE { ?c a <https://w3id.org/kg-defense/ontology#Call> } LIMIT 1")
    sources = evidence(example_store, row["c"].value)
    assert sources and all(sentences for _, _, sentences in sources)
    article, _, sentences = sources[0]
    body = example_store.select("SELECT ?a ?b WHERE { ?a <https://schema.org/articleBody> ?b }", a=ox.NamedNode(article))
    start, end, text, _ = sentences[0]
    assert body[0]["b"].value[start:end] == text


def test_drop_removes_an_article_and_its_facts(settings):
    store = Store()
    load_paths(store, [EXAMPLES], settings)
    before = collect(store)
    key = store.select("SELECT ?k WHERE { ?a <https://schema.org/identifier> ?k } ORDER BY ?k LIMIT 1")[0]["k"].value
    assert drop_article(store, key, settings)
    after = collect(store)
    assert after["articles"] == before["articles"] - 1
    assert not drop_article(store, key, settings)


def test_python_api_opens_loads_and_queries(tmp_path):
    store = kg.open_store(tmp_path / "store")
    report = kg.load(store, [EXAMPLES])
    assert report.loaded and not report.failed
    rows = kg.query(store, "calls")
    assert rows and {"call", "participants"} <= set(rows[0])
    assert kg.query(store, "ASK { ?s ?p ?o }") is True
    graph = store.graph()
    assert len(list(graph.query("SELECT ?c WHERE { ?c a <https://w3id.org/kg-defense/ontology#Call> }"))) == len(rows)


def _sorted_quads(store: Store) -> list[str]:
    import io

    out = io.BytesIO()
    store.dump(out, "nquads")
    return sorted(out.getvalue().decode().splitlines())


def test_parallel_extraction_gives_the_same_graph(settings):
    serial, parallel = Store(), Store()
    load_paths(serial, [EXAMPLES], settings, jobs=1)
    load_paths(parallel, [EXAMPLES], settings, jobs=2)
    assert _sorted_quads(serial) == _sorted_quads(parallel)


def test_small_write_batches_give_the_same_graph_and_report_each_batch(settings, caplog):
    from dataclasses import replace

    whole, batched = Store(), Store()
    whole_report = load_paths(whole, [EXAMPLES], settings)
    with caplog.at_level("INFO", logger="kg.loader"):
        batched_report = load_paths(batched, [EXAMPLES], replace(settings, write_batch=3))
    assert _sorted_quads(whole) == _sorted_quads(batched)
    assert batched_report.loaded == whole_report.loaded
    stored = [r.getMessage() for r in caplog.records if r.getMessage().startswith("stored ")]
    assert len(stored) == -(-len(whole_report.loaded) // 3)
    assert stored[-1].split(", ")[1] == f"{len(whole_report.loaded)} in all"


def test_an_rdf_file_loads_into_its_own_graph_and_joins_on_sameas(tmp_path, settings):
    """A small Wikidata-shaped extract joins the extracted graph through the owl:sameAs links."""
    extract = tmp_path / "wikidata-countries.ttl"
    extract.write_text(
        "@prefix wd: <http://www.wikidata.org/entity/> . @prefix wdt: <http://www.wikidata.org/prop/direct/> .\n"
        'wd:Q212 wdt:P36 wd:Q1899 ; wdt:P1082 "41000000" .\n'
        'wd:Q30 wdt:P36 wd:Q61 .\n')
    store = Store()
    report = load_paths(store, [EXAMPLES, extract], settings)
    assert not report.failed
    assert "http://kg.test/graph/import/wikidata-countries.ttl" in store.named_graphs()
    rows = store.select("""
        PREFIX kg: <https://w3id.org/kg-defense/ontology#>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT DISTINCT ?package ?capital WHERE {
          ?package a kg:AidPackage ; kg:recipient ?country .
          ?country owl:sameAs ?wd . ?wd <http://www.wikidata.org/prop/direct/P36> ?capital .
        }""")
    assert rows and all(r["capital"].value.startswith("http://www.wikidata.org/entity/Q") for r in rows)


def test_a_broken_rdf_file_fails_on_its_own(tmp_path, settings):
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix ex: <http://x.test/> . ex:a ex:b")
    store = Store()
    report = load_paths(store, [bad, EXAMPLES / "README.md"], settings)
    assert [e.source for e in report.failed] == [str(bad)]
    assert "not valid" in report.failed[0].problem


def test_the_graph_does_not_depend_on_the_hash_seed(tmp_path):
    """Set order must never decide a fact: ties between participants once picked a call's hub by hash order."""
    exports = []
    for seed in ("1", "7"):
        store = tmp_path / f"store-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for args in (["load", str(ROOT / "tests/corpus/dev/articles"), "--store", str(store), "--quiet"],
                     ["export", "--store", str(store), "--format", "nquads", "-o", str(tmp_path / f"{seed}.nq")]):
            subprocess.run([*KG, *args], env=env, check=True, capture_output=True, timeout=300, cwd=ROOT)
        exports.append(sorted((tmp_path / f"{seed}.nq").read_text().splitlines()))
    assert exports[0] == exports[1]
