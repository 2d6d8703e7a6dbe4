"""Loading articles end to end with the real model and store; the Python API; drop and explain."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.explain import evidence
from kg.loader import drop_article, load_paths
from kg.stats import collect
from kg.store import Store

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


def test_every_loaded_graph_satisfies_the_shapes(example_store):
    import pyshacl
    from rdflib import Graph

    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    for graph in example_store.named_graphs():
        if "/graph/" in graph:
            continue
        data = Graph()
        nt = ox.serialize((q.triple for q in example_store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph))),
                          format=ox.RdfFormat.N_TRIPLES)
        data.parse(data=nt.decode(), format="nt")
        conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True)
        assert conforms, f"{graph}:\n{text}"


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
