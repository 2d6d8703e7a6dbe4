"""Dereferenceable IRIs: every entity, event and article kg minted resolves, as HTML or RDF by content
negotiation, with Link headers, sources and evidence; unknown IRIs are 404; article text is escaped."""
from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.linked import describe

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

BASE = "http://kg.test/"
AUSTIN = "/id/person/lloyd-austin"
HOSTILE_CALL = "/id/call/2024-03-01/lloyd-austin--rustem-umerov"

RDF_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
             "application/rdf+xml": "xml"}


def minted(store) -> list[str]:
    """Every IRI kg minted under the base (not mentions, which are fragments of their article)."""
    rows = store.select("""SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }""")
    return sorted(r["s"].value for r in rows
                  if r["s"].value.startswith(BASE) and "#" not in r["s"].value
                  and r["s"].value.startswith((BASE + "id/", BASE + "article/")))


def parsed(response, media_type: str) -> Graph:
    return Graph().parse(data=response.data, format=RDF_TYPES[media_type], publicID=BASE)


def test_every_minted_iri_resolves_as_html_and_turtle(client, linked_store):
    iris = minted(linked_store)
    assert any("/id/person/" in i for i in iris) and any("/id/call/" in i for i in iris)
    assert any("/id/aid/" in i for i in iris) and any("/article/" in i for i in iris)
    for iri in iris:
        path = iri[len(BASE) - 1:]
        page = client.get(path, headers={"Accept": "text/html"})
        assert page.status_code == 200, iri
        assert page.mimetype == "text/html"
        turtle = client.get(path, headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200, iri
        graph = Graph().parse(data=turtle.data, format="turtle")
        assert any(str(s) == iri for s in graph.subjects()), iri


@pytest.mark.parametrize("media_type", list(RDF_TYPES))
def test_descriptions_in_every_rdf_syntax_are_the_same_graph(client, linked_store, media_type):
    response = client.get(AUSTIN, headers={"Accept": media_type})
    assert response.status_code == 200
    assert response.mimetype == media_type
    assert "Accept" in response.headers["Vary"]
    expected = Graph().parse(data=ox.serialize(describe.description(linked_store, BASE + AUSTIN[1:]),
                                               format=ox.RdfFormat.N_TRIPLES), format="nt")
    assert isomorphic(parsed(response, media_type), expected)


def test_description_has_outgoing_and_incoming_triples(client):
    graph = Graph().parse(data=client.get(AUSTIN, headers={"Accept": "text/turtle"}).data, format="turtle")
    austin = BASE + AUSTIN[1:]
    assert any(str(s) == austin for s, _, _ in graph)          # outgoing
    assert any(str(o) == austin and str(s) != austin for s, _, o in graph)   # incoming (calls, posts)
    assert any(str(p).endswith("participant") and str(o) == austin for s, p, o in graph)


def test_format_parameter_and_browser_accept_header(client):
    assert client.get(AUSTIN + "?format=turtle").mimetype == "text/turtle"
    assert client.get(AUSTIN + "?format=ntriples").mimetype == "application/n-triples"
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"
    assert client.get(AUSTIN, headers={"Accept": browser}).mimetype == "text/html"
    assert client.get(AUSTIN, headers={"Accept": "*/*"}).mimetype == "text/html"
    assert client.get(AUSTIN, headers={"Accept": "text/turtle;q=0.9, text/html;q=0.5"}).mimetype == "text/turtle"


def test_unacceptable_representation_is_406(client):
    assert client.get(AUSTIN, headers={"Accept": "image/png"}).status_code == 406
    response = client.get(AUSTIN + "?format=../../etc/passwd")
    assert response.status_code == 406
    assert "turtle" in response.get_json()["error"]["formats"]


def test_html_page_carries_link_headers_to_the_rdf_formats(client):
    response = client.get(AUSTIN, headers={"Accept": "text/html"})
    links = response.headers["Link"]
    for media_type in RDF_TYPES:
        assert f'rel="alternate"; type="{media_type}"' in links
    target = re.search(r'<([^>]+)>; rel="alternate"; type="text/turtle"', links).group(1)
    assert client.get(target).mimetype == "text/turtle"
    assert b'<link rel="alternate" type="text/turtle"' in response.data


def test_unknown_iri_is_a_404_json_error_or_a_page_for_a_browser(client):
    for accept in ("application/json", "text/turtle", "*/*", None):
        response = client.get("/id/person/nobody-at-all", headers={"Accept": accept} if accept else {})
        assert response.status_code == 404
        error = response.get_json()["error"]
        assert error["status"] == 404 and error["title"] == "Not Found"
        assert "http://kg.test/id/person/nobody-at-all" in error["message"]
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get("/id/person/nobody-at-all", headers={"Accept": browser})
    assert response.status_code == 404 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert "<h1>Not Found</h1>" in html and "nothing is known about &lt;http://kg.test/id/person/nobody-at-all&gt;" in html
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_call_and_package_pages_have_human_titles_and_amounts(client):
    html = client.get(HOSTILE_CALL, headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<h1>Lloyd Austin – Rustem Umerov, 1 March 2024</h1>" in html
    assert '<p class="kind">Phone call</p>' in html
    assert "<dt>Date</dt>" in html and "1 March 2024" in html and "<dt>Participants</dt>" in html
    html = client.get("/id/aid/2024-12-03/de-ua-650000000-eur", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<h1>Germany → Ukraine, €650,000,000</h1>" in html
    assert re.search(r'<dt>Amount</dt>\s*<dd><ul class="fact-values"><li><a href="[^"]*/amount"[^>]*>€650,000,000</a>', html)
    assert "<dt>Items</dt>" in html and "IRIS-T" in html
    official = client.get(AUSTIN, headers={"Accept": "text/html"}).get_data(as_text=True)
    assert re.search(r'<dt>Calls</dt>\s*<dd><ul class="fact-values[^"]*"><li><a href="/id/call/[^"]+"[^>]*>Austin – ', official)
    assert ">Austin – Umerov, 1 March 2024</a>" in official                 # linked calls by their titles too


def test_article_page_says_when_where_and_what_it_reports(client):
    html = client.get("/article/hostile-article", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert '<p class="kind">News article</p>' in html
    assert "<dt>Published</dt>" in html and "1 March 2024" in html
    assert re.search(r"<dt>What it reports</dt>\s*<dd><ul[^>]*>.*>Austin – Umerov, 1 March 2024</a>", html, re.S)


def test_evidence_beyond_the_first_sentences_is_folded(client, linked_store):
    """An official's page shows the first sentences of the first sources; the rest are folded (<details>)."""
    from lxml import html as lxml_html

    from kg.linked import describe

    for path in (AUSTIN, "/id/person/rustem-umerov", "/id/country/UA"):
        page = describe.page(linked_store, BASE + path[1:])
        document = lxml_html.fromstring(client.get(path, headers={"Accept": "text/html"}).data)
        first = page.sources[:describe.SOURCES_SHOWN]
        shown = document.xpath("//section[@id='sources']//blockquote[not(ancestor::details)]")
        assert len(shown) == sum(min(len(s.sentences), describe.SENTENCES_SHOWN) for s in first)
        assert len(document.xpath("//section[@id='sources']//blockquote")) == page.sentences  # none lost
        folded = any(len(s.sentences) > describe.SENTENCES_SHOWN for s in page.sources) or \
            len(page.sources) > describe.SOURCES_SHOWN
        assert folded == bool(document.xpath("//section[@id='sources']//details"))
    assert describe.page(linked_store, BASE + "id/person/rustem-umerov").sentences > describe.SENTENCES_SHOWN


@pytest.mark.parametrize("path", [
    "/id/person/x> ?p ?o } #", "/id/person/x%3E%20%7D%20UNION%20%7B%20?s%20?p%20?o", '/id/person/"quoted"',
    "/article/<script>", "/id/person/%00",
])
def test_hostile_paths_are_unknown_iris_not_errors(client, path):
    assert client.get(path).status_code == 404


def test_page_shows_label_types_properties_and_incoming_links(client):
    html = client.get(AUSTIN, headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<h1>Lloyd J. Austin</h1>" in html or "<h1>Lloyd Austin</h1>" in html
    assert 'href="/ontology#Official"' in html          # its type, linked to the ontology's documentation
    assert "org:holds" in html and "Linked from" in html and "kg:participant" in html
    assert 'href="/id/call/' in html                    # incoming links go to the calls' pages on this server
    assert "https://www.wikidata.org" not in html or "wikidata" in html


def test_event_page_shows_sources_and_evidence_sentences(client, linked_store):
    html = client.get(HOSTILE_CALL, headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "Sources" in html
    assert 'href="/article/hostile-article"' in html
    sentence = linked_store.select("""
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX gaf: <http://groundedannotationframework.org/gaf#>
        SELECT ?call ?text ?mention WHERE { ?call gaf:denotedBy ?mention . ?mention nif:anchorOf ?text }""",
                                   call=ox.NamedNode(BASE + HOSTILE_CALL[1:]))[0]
    fragment = sentence["mention"].value.split("#", 1)[1]
    assert f'href="/article/hostile-article#{fragment}"' in html
    assert "spoke by phone on Friday" in html


def test_article_page_anchors_every_mention(client, linked_store):
    article = BASE + "article/hostile-article"
    html = client.get("/article/hostile-article", headers={"Accept": "text/html"}).get_data(as_text=True)
    mentions = linked_store.select("""
        PREFIX schema: <https://schema.org/>
        SELECT ?article ?m WHERE { ?m schema:isPartOf ?article }""", article=ox.NamedNode(article))
    assert mentions
    for row in mentions:
        assert f'id="{row["m"].value.split("#", 1)[1]}"' in html


def test_article_text_is_escaped_never_markup(client):
    for path in ("/article/hostile-article", HOSTILE_CALL, AUSTIN, "/id/person/rustem-umerov"):
        html = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in html, path
        assert "<img src=x" not in html, path
        assert "<b>Bold</b>" not in html, path
    html = client.get("/article/hostile-article", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;i&gt;italic&lt;/i&gt;" in html
    # every script element is ours: files from /linked/static or inert JSON data
    for attributes in re.findall(r"<script([^>]*)>", html):
        assert 'src="/linked/static/' in attributes or 'type="application/json"' in attributes


def test_html_pages_forbid_inline_scripts(client):
    policy = client.get(AUSTIN, headers={"Accept": "text/html"}).headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_percent_escaped_iris_resolve(client):
    """An article key with a space and a slash: its IRI is article/odd%20key%2Fwith%20space."""
    response = client.get("/article/odd%20key%2Fwith%20space", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.data, format="turtle")
    assert {str(s) for s in graph.subjects()} >= {BASE + "article/odd%20key%2Fwith%20space"}


def test_iri_comes_from_the_configured_base_behind_a_proxy(client):
    """Mounted under /kg by a proxy, on another host name: the IRI is still KG_BASE_IRI + path, and links
    stay on the mount."""
    response = client.get("/id/person/lloyd-austin", base_url="https://proxy.example/kg",
                          headers={"Accept": "text/html"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<code>http://kg.test/id/person/lloyd-austin</code>" in html
    assert 'href="/kg/id/call/' in html and 'href="/kg/ontology#Official"' in html
    assert "</kg/id/person/lloyd-austin?format=turtle>" in response.headers["Link"]


def test_every_query_binds_its_values():
    """The linked-data queries name values only through variables (?iri, ?base, ?target) that the store binds."""
    from kg.linked import void

    for text in (describe.EXISTS, describe.DESCRIPTION, describe.NEIGHBOURS, describe.SOURCES, void.ENTITIES,
                 void.LINKS):
        assert "http://kg.test" not in text and "{" in text
    for text in (describe.EXISTS, describe.DESCRIPTION, describe.NEIGHBOURS, describe.SOURCES):
        assert "SELECT ?iri" in text


@pytest.mark.parametrize("name", ["ontology"])
def test_named_graphs_kg_mints_resolve_to_their_triples(client, linked_store, name):
    iri = BASE + "graph/" + name
    if not linked_store.has_graph(iri):
        pytest.skip(f"no {name} graph in this store")
    response = client.get(f"/graph/{name}", headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    expected = {q.triple for q in linked_store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(iri))}
    assert {q.triple for q in ox.parse(response.data, format=ox.RdfFormat.N_TRIPLES)} == expected
    assert client.get(f"/graph/{name}", headers={"Accept": "text/html"}).status_code == 200
    assert client.get("/graph/no-such-graph").status_code == 404


def test_linked_data_is_readable_cross_origin(client):
    for path in (AUSTIN, "/ontology", "/.well-known/void", "/export?format=cytoscape"):
        assert client.get(path).headers["Access-Control-Allow-Origin"] == "*"
