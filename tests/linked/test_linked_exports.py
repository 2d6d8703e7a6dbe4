"""Visualizer exports, read back with the libraries their users have: networkx (GraphML, GEXF), json
(Cytoscape.js), a JSON-LD processor (pyld), pydot (DOT); from the server and from `kg export`."""
from __future__ import annotations

import io
import json

import networkx as nx
import pydot
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyld import jsonld
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import export
from kg.store import Store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ENTITY_TYPES = """
PREFIX kg: <https://w3id.org/kg-defense/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?s WHERE {
  VALUES ?class { kg:Official kg:Call kg:AidPackage kg:Country kg:Organization kg:WeaponSystem kg:AidItem
                  org:Post schema:NewsArticle schema:Organization }
  ?s a ?class }
"""
LABELS = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
SELECT ?s (MIN(?l) AS ?label) WHERE {
  { ?s rdfs:label ?l } UNION { ?s schema:name ?l FILTER NOT EXISTS { ?s rdfs:label ?x } } }
GROUP BY ?s
"""


@pytest.fixture(scope="module")
def entities(linked_store) -> set[str]:
    return {row["s"].value for row in linked_store.select(ENTITY_TYPES)}


@pytest.fixture(scope="module")
def labels(linked_store) -> dict[str, str]:
    return {row["s"].value: row["label"].value for row in linked_store.select(LABELS)}


def download(client, fmt: str) -> bytes:
    response = client.get(f"/export?format={fmt}")
    assert response.status_code == 200, response.data
    assert response.mimetype == export.FORMATS[fmt].media_type
    assert response.headers["Content-Disposition"] == f'attachment; filename="kg.{export.FORMATS[fmt].extension}"'
    return response.data


def check_graph(graph, entities: set[str], labels: dict[str, str]) -> None:
    assert set(graph.nodes) == entities
    assert not any("#char=" in node for node in graph.nodes)          # no mentions
    for node, data in graph.nodes(data=True):
        assert data["label"] == labels.get(node, data["label"]), node
        assert data["type"].startswith(("kg:", "org:", "schema:"))
    assert graph.number_of_edges() > 0
    properties = {data["property"] for _, _, data in graph.edges(data=True)}
    assert {"kg:participant", "kg:recipient", "prov:wasDerivedFrom"} <= properties


def test_graphml_reads_back_in_networkx(client, entities, labels):
    graph = nx.read_graphml(io.BytesIO(download(client, "graphml")))
    check_graph(graph, entities, labels)
    assert isinstance(graph, nx.MultiDiGraph)


def test_gexf_reads_back_in_networkx(client, entities, labels):
    graph = nx.read_gexf(io.BytesIO(download(client, "gexf")))
    check_graph(graph, entities, labels)


def test_cytoscape_json(client, entities, labels):
    document = json.loads(download(client, "cytoscape"))
    nodes = {n["data"]["id"]: n["data"] for n in document["elements"]["nodes"]}
    assert set(nodes) == entities
    for node, data in nodes.items():
        assert data["label"] == labels.get(node, data["label"]) and data["type"]
    for edge in document["elements"]["edges"]:
        assert edge["data"]["source"] in nodes and edge["data"]["target"] in nodes
        assert edge["data"]["property"]
    assert nx.cytoscape_graph(document).number_of_nodes() == len(entities)


def test_jsonld_expands_to_the_triples_of_the_construct(client, linked_store):
    document = json.loads(download(client, "jsonld"))
    assert isinstance(document["@context"], dict) and document["@context"]["kg"].startswith("https://w3id.org/")
    assert all(key in ("@context", "@graph") for key in document)
    sample = document["@graph"][0]
    assert "id" in sample and "type" in sample                     # compact keys, not @id / full IRIs
    nquads = jsonld.to_rdf(jsonld.expand(document), {"format": "application/n-quads"})
    from_pyld = Graph().parse(data=nquads, format="nt")
    construct = Graph().parse(data=ox.serialize(linked_store.query(export.EXPORT_QUERY),
                                                format=ox.RdfFormat.N_TRIPLES), format="nt")
    assert len(construct) > 0
    assert isomorphic(from_pyld, construct)


def test_dot_parses_with_pydot(client, entities, labels):
    text = download(client, "dot").decode("utf-8")
    (graph,) = pydot.graph_from_dot_data(text)
    nodes = {unquote(n.get_name()): n for n in graph.get_nodes() if n.get_name() not in ("node", "graph", "edge")}
    assert set(nodes) == entities
    for iri, node in nodes.items():
        if iri in labels:
            assert unquote(node.get("label")) == labels[iri]
    assert len(graph.get_edges()) > 0


def unquote(text: str) -> str:
    """A DOT quoted string's value (the inverse of kg.export.dot_string)."""
    assert text.startswith('"') and text.endswith('"'), text
    body, out, i = text[1:-1], [], 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append({"\\": "\\", '"': '"', "n": "\n"}.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=40))
def test_any_label_survives_dot_escaping(label):
    graph = nx.MultiDiGraph()
    graph.add_node("http://kg.test/id/person/x", label=label, type="kg:Official")
    graph.add_node("http://kg.test/id/call/y", label="call", type="kg:Call")
    graph.add_edge("http://kg.test/id/call/y", "http://kg.test/id/person/x", key="e0", property="kg:participant",
                   label="participant")
    (parsed,) = pydot.graph_from_dot_data("".join(export.dot_lines(graph)))
    node = parsed.get_node('"http://kg.test/id/person/x"')[0]
    value = unquote(node.get("label"))
    expected = label + (" " if label.endswith("\\") else "")
    assert value == expected
    assert len(parsed.get_edges()) == 1


def test_unknown_format_is_a_400_listing_the_formats(client):
    for value in ("", "png", "../../etc/passwd", "graphml;rm"):
        response = client.get("/export", query_string={"format": value})
        assert response.status_code == 400
        error = response.get_json()["error"]
        assert set(error["formats"]) == set(export.FORMATS)
        assert "graphml" in error["message"]


def test_formats_are_data():
    for name, fmt in export.FORMATS.items():
        assert fmt.name == name and "/" in fmt.media_type and fmt.extension.isalnum()
    with pytest.raises(KeyError):
        export.chunks(Store(), "png")


def test_export_of_an_empty_store():
    out = io.BytesIO()
    export.export(Store(), "graphml", out)
    assert nx.read_graphml(io.BytesIO(out.getvalue())).number_of_nodes() == 0


# -- the CLI ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def disk_store(tmp_path_factory, linked_store) -> str:
    """The session's data in an on-disk store, for `kg export --store DIR`."""
    path = tmp_path_factory.mktemp("cli-export") / "store"
    data = io.BytesIO()
    linked_store.dump(data, "nquads")
    store = Store(path)
    store.oxigraph.load(data.getvalue(), format=ox.RdfFormat.N_QUADS)
    store.rebuild_union()
    store.close()
    return str(path)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "cytoscape", "dot", "jsonld-compact"])
def test_cli_exports_for_visualizers(disk_store, tmp_path, entities, fmt):
    from kg.cli import cli

    out = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--store", disk_store, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    if fmt == "graphml":
        assert set(nx.read_graphml(io.BytesIO(data)).nodes) == entities
    elif fmt == "gexf":
        assert set(nx.read_gexf(io.BytesIO(data)).nodes) == entities
    elif fmt == "cytoscape":
        assert {n["data"]["id"] for n in json.loads(data)["elements"]["nodes"]} == entities
    elif fmt == "dot":
        assert pydot.graph_from_dot_data(data.decode())
    else:
        assert "@context" in json.loads(data)


@pytest.mark.parametrize("fmt,syntax", [("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG),
                                        ("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES),
                                        ("jsonld", ox.RdfFormat.JSON_LD)])
def test_cli_dataset_formats_still_work(disk_store, tmp_path, fmt, syntax):
    from kg.cli import cli

    out = tmp_path / "dump"
    result = CliRunner().invoke(cli, ["export", "--store", disk_store, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert list(ox.parse(out.read_bytes(), format=syntax))

