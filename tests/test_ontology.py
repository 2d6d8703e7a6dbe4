"""The ontology and the named queries: every term declared and documented, every query runs."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg import queries
from kg.store import Store
from kg.vocab import KG, KG_NS

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = Graph().parse(ROOT / "ontology" / "kg.ttl")


@pytest.mark.parametrize("term", list(KG))
def test_every_term_kg_writes_is_declared_with_label_and_comment(term):
    node = URIRef(term)
    assert (node, RDF.type, None) in ONTOLOGY
    assert ONTOLOGY.value(node, RDFS.label) and ONTOLOGY.value(node, RDFS.comment)


def test_every_ontology_term_is_known_to_the_code():
    declared = {str(s) for s in ONTOLOGY.subjects(RDF.type, None) if str(s).startswith(KG_NS)}
    assert declared == set(KG)


def test_unknown_term_is_an_error():
    with pytest.raises(AttributeError):
        KG.Oficial  # noqa: B018


def test_classes_align_with_standard_vocabularies():
    sem_event = URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")
    assert (URIRef(KG.Call), RDFS.subClassOf, sem_event) in ONTOLOGY
    assert (URIRef(KG.Official), RDFS.subClassOf, URIRef("https://schema.org/Person")) in ONTOLOGY
    assert (URIRef(KG.Call), URIRef(KG.cameoCode), None) in ONTOLOGY
    assert (None, RDF.type, OWL.Ontology) in ONTOLOGY


def test_there_are_contract_queries_and_at_least_eight_examples():
    names = set(queries.names())
    assert {"officials", "calls", "aid"} <= names
    assert len(names - {"officials", "calls", "aid"}) >= 8


@pytest.mark.parametrize("name", queries.names())
def test_every_named_query_says_what_it_answers_and_runs(name):
    assert len(queries.description(name)) > 20
    Store().query(queries.text(name))
