"""The ontology published at /ontology: the Turtle file itself, or an HTML page with an anchor per term."""
from __future__ import annotations

import re

import pytest
from markupsafe import escape
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.compare import isomorphic

from kg.linked.ontology_doc import ONTOLOGY_FILE
from kg.vocab import KG, KG_NS

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
ONTOLOGY = Graph().parse(ONTOLOGY_FILE)


def test_turtle_is_the_file_and_the_default(client):
    for accept in (None, "*/*", "text/turtle"):
        response = client.get("/ontology", headers={"Accept": accept} if accept else {})
        assert response.status_code == 200
        assert response.mimetype == "text/turtle"
        assert response.data == ONTOLOGY_FILE.read_bytes()
    assert 'rel="alternate"; type="text/html"' not in client.get("/ontology").headers["Link"]


@pytest.mark.parametrize("accept,syntax", [("application/ld+json", "json-ld"), ("application/n-triples", "nt"),
                                           ("application/rdf+xml", "xml")])
def test_other_rdf_syntaxes_are_the_same_graph(client, accept, syntax):
    response = client.get("/ontology", headers={"Accept": accept})
    assert response.mimetype == accept
    assert isomorphic(Graph().parse(data=response.data, format=syntax), ONTOLOGY)


def test_browsers_get_documentation_with_an_anchor_per_term(client):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get("/ontology", headers={"Accept": browser})
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    anchors = set(re.findall(r'<div class="term" id="([^"]+)"', html))
    assert anchors == {term[len(KG_NS):] for term in KG}
    for term in KG:
        node = URIRef(term)
        assert str(escape(ONTOLOGY.value(node, RDFS.label))) in html
        assert str(escape(ONTOLOGY.value(node, RDFS.comment))) in html


def test_documentation_shows_hierarchy_domain_range_and_event_codes(client):
    html = client.get("/ontology?format=html").get_data(as_text=True)
    call = html[html.index('id="Call"'):html.index('id="PhoneCall"')]
    assert "subclass of" in call and "sem:Event" in call
    assert "CAMEO code" in call and "041" in call and "PLOVER code" in call and "CONSULT" in call
    assert 'href="#PhoneCall"' in call or 'href="/ontology#PhoneCall"' in call   # its subclasses
    participant = html[html.index('id="participant"'):]
    participant = participant[:participant.index('class="term"', 20)]
    assert "domain" in participant and 'href="/ontology#Call"' in participant
    assert "range" in participant and 'href="/ontology#Official"' in participant
    assert (URIRef(KG.Call), RDF.type, OWL.Class) in ONTOLOGY


def test_term_iris_resolve_through_the_w3id_namespace(client):
    """https://w3id.org/kg-defense/ontology#Call is redirected to <server>/ontology; the page has #Call."""
    html = client.get("/ontology", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'id="Call"' in html and "https://w3id.org/kg-defense/ontology#Call" in html
