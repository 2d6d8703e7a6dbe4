"""The linked-data routes over a remote SPARQL store (kg.remote.RemoteStore on Oxigraph's server): the same
answers as over the embedded store, since their queries bind values the same way under both."""
from __future__ import annotations

import gzip
import io

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::DeprecationWarning")]


@pytest.fixture(scope="module")
def remote_client(oxigraph_server, linked_store, linked_settings, app_factory):
    from kg.remote import RemoteStore

    remote = RemoteStore(f"{oxigraph_server}/query", f"{oxigraph_server}/update")
    remote.update("DROP ALL")
    graphs = {}
    for graph in linked_store.named_graphs():
        quads = linked_store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        graphs[graph] = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES).decode()
    remote.replace_graphs(graphs)
    yield app_factory(linked_settings, remote).test_client()
    remote.update("DROP ALL")
    remote.close()


@pytest.mark.parametrize("path", ["/id/person/lloyd-austin", "/id/call/2024-03-01/lloyd-austin--rustem-umerov",
                                  "/article/hostile-article", "/id/country/UA"])
def test_descriptions_match_the_embedded_store(remote_client, client, path):
    remote = remote_client.get(path, headers={"Accept": "application/n-triples"})
    local = client.get(path, headers={"Accept": "application/n-triples"})
    assert remote.status_code == local.status_code == 200
    assert isomorphic(Graph().parse(data=remote.data, format="nt"), Graph().parse(data=local.data, format="nt"))
    page = remote_client.get(path, headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert page.get_data(as_text=True).count("<li>") == client.get(path, headers={"Accept": "text/html"}).get_data(
        as_text=True).count("<li>")


def test_unknown_iri_is_404(remote_client):
    assert remote_client.get("/id/person/nobody-at-all").status_code == 404


def test_void_export_and_dump(remote_client, client):
    assert isomorphic(Graph().parse(data=remote_client.get("/.well-known/void").data, format="turtle"),
                      Graph().parse(data=client.get("/.well-known/void").data, format="turtle"))
    remote = nx.read_graphml(io.BytesIO(remote_client.get("/export?format=graphml").data))
    local = nx.read_graphml(io.BytesIO(client.get("/export?format=graphml").data))
    assert set(remote.nodes) == set(local.nodes) and remote.number_of_edges() == local.number_of_edges()
    quads = set(ox.parse(gzip.decompress(remote_client.get("/dump.nq.gz").data), format=ox.RdfFormat.N_QUADS))
    assert quads == set(ox.parse(gzip.decompress(client.get("/dump.nq.gz").data), format=ox.RdfFormat.N_QUADS))
