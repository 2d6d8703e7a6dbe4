"""The Graph Store HTTP Protocol at /store."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.store import UNION_GRAPH

from .conftest import AUTH, EX, GRAPH_A

TTL = "text/turtle"
DOC = f"@prefix ex: <{EX}> . ex:dave ex:likes ex:tea ; ex:pet [ ex:name \"Rex\" ] ."
NAMES = "SELECT ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o)) } ORDER BY ?o"


def graph(response) -> set[ox.Triple]:
    assert response.status_code == 200, response.get_data(as_text=True)
    return {q.triple if isinstance(q, ox.Quad) else q for q in ox.parse(response.data, ox.RdfFormat.TURTLE)}


def test_get_a_named_graph(client):
    response = client.get("/store", query_string={"graph": GRAPH_A})
    assert response.headers["Content-Type"] == "text/turtle; charset=utf-8"
    assert len(graph(response)) == 3


def test_get_in_other_formats(client):
    response = client.get("/store", query_string={"graph": GRAPH_A}, headers={"Accept": "application/n-triples"})
    assert response.mimetype == "application/n-triples" and len(response.data.splitlines()) == 3


def test_put_creates_then_replaces(client):
    url = f"/store?graph={EX}graph/new"
    assert client.put(url, data=DOC, content_type=TTL, headers=AUTH).status_code == 201
    assert len(graph(client.get(url))) == 3
    assert client.put(url, data=f"<{EX}x> <{EX}y> <{EX}z> .", content_type=TTL, headers=AUTH).status_code == 204
    assert len(graph(client.get(url))) == 1


def test_post_merges(client):
    url = f"/store?graph={GRAPH_A}"
    assert client.post(url, data=DOC, content_type=TTL, headers=AUTH).status_code == 204
    assert len(graph(client.get(url))) == 6


def test_post_multipart_merges_every_part(client):
    data = {"one": (__import__("io").BytesIO(DOC.encode()), "one.ttl", TTL),
            "two": (__import__("io").BytesIO(f"<{EX}e> <{EX}f> \"g\" .".encode()), "two.nt", "application/n-triples")}
    response = client.post(f"/store?graph={EX}graph/m", data=data, content_type="multipart/form-data", headers=AUTH)
    assert response.status_code == 201
    assert len(graph(client.get(f"/store?graph={EX}graph/m"))) == 4


def test_post_to_the_store_creates_a_graph_named_by_location(client):
    response = client.post("/store", data=DOC, content_type=TTL, headers=AUTH)
    assert response.status_code == 201
    location = response.headers["Location"]
    assert len(graph(client.get("/store", query_string={"graph": location}))) == 3


def test_delete_then_404(client):
    url = f"/store?graph={GRAPH_A}"
    assert client.delete(url, headers=AUTH).status_code == 204
    assert client.get(url).status_code == 404
    assert client.head(url).status_code == 404
    assert client.delete(url, headers=AUTH).status_code == 404


def test_head_has_headers_and_no_body(client):
    response = client.head(f"/store?graph={GRAPH_A}")
    assert response.status_code == 200 and response.data == b""
    assert response.headers["Content-Type"] == "text/turtle; charset=utf-8"


def test_direct_identification_uses_the_request_url(client):
    assert client.put("/store/people/1", data=DOC, content_type=TTL, headers=AUTH).status_code == 201
    query = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    rows = client.get("/sparql", query_string={"query": query}).get_json()["results"]["bindings"]
    graphs = [r["g"]["value"] for r in rows]
    assert "http://localhost/store/people/1" in graphs
    assert len(graph(client.get("/store/people/1"))) == 3


def test_default_is_the_real_default_graph_while_queries_see_the_union(client):
    assert graph(client.get("/store?default")) == set()
    assert client.put("/store?default", data=f"<{EX}d> <{EX}e> \"in default\" .", content_type=TTL,
                      headers=AUTH).status_code in (200, 204)
    assert len(graph(client.get("/store?default"))) == 1
    rows = client.get("/sparql", query_string={"query": NAMES}).get_json()["results"]["bindings"]
    values = [r["o"]["value"] for r in rows]
    assert "in default" in values and "Alice" in values  # the union: default graph and named graphs
    assert client.delete("/store?default", headers=AUTH).status_code == 204
    assert graph(client.get("/store?default")) == set()


def test_blank_nodes_survive_put(client):
    client.put(f"/store?graph={EX}graph/b", data=DOC, content_type=TTL, headers=AUTH)
    triples = graph(client.get(f"/store?graph={EX}graph/b"))
    assert any(isinstance(t.object, ox.BlankNode) for t in triples)


@pytest.mark.parametrize("method", ["put", "post", "delete"])
def test_writes_need_the_token_reads_do_not(client, method):
    url = f"/store?graph={GRAPH_A}"
    kwargs = {} if method == "delete" else {"data": DOC, "content_type": TTL}
    assert getattr(client, method)(url, **kwargs).status_code == 401
    assert getattr(client, method)(url, headers={"Authorization": "Bearer nope"}, **kwargs).status_code == 403
    assert len(graph(client.get(url))) == 3


@pytest.mark.parametrize("kwargs, status", [
    ({"data": "not turtle at all", "content_type": TTL}, 400),
    ({"data": DOC, "content_type": "application/pdf"}, 415),
])
def test_bad_payloads(client, kwargs, status):
    assert client.put(f"/store?graph={EX}graph/x", headers=AUTH, **kwargs).status_code == status


@pytest.mark.parametrize("query_string", ["", "graph=not%20an%20iri", f"graph={GRAPH_A}&default"])
def test_bad_graph_names(client, query_string):
    assert client.get(f"/store?{query_string}").status_code == 400


def test_the_union_graph_cannot_be_written(client):
    response = client.put("/store", query_string={"graph": UNION_GRAPH}, data=DOC, content_type=TTL, headers=AUTH)
    assert response.status_code == 403
