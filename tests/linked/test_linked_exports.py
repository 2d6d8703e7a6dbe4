"""Exports, read back with the libraries their users have: networkx (GraphML, GEXF, Cytoscape JSON), a JSON-LD
processor (pyld), pydot (DOT), pyoxigraph (the RDF data); GraphML checked against the GraphML XSD (vendored in
tests/schemas/graphml, validated with lxml); from the server and from `kg export`, which give the same bytes for
every format name."""
from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pydot
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from pyld import jsonld
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import export
from kg.store import Store

GRAPHML_XSD = Path(__file__).resolve().parents[1] / "schemas" / "graphml" / "graphml.xsd"

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
    assert response.headers["Content-Disposition"] == f'attachment; filename="{export.FORMATS[fmt].filename}"'
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


def graphml_by_iri(data: bytes):
    """A GraphML export read by networkx, its nodes named by their `iri` attribute again."""
    graph = nx.read_graphml(io.BytesIO(data))
    return nx.relabel_nodes(graph, {node: attributes["iri"] for node, attributes in graph.nodes(data=True)})


def test_graphml_reads_back_in_networkx(client, entities, labels):
    graph = graphml_by_iri(download(client, "graphml"))
    check_graph(graph, entities, labels)
    assert isinstance(graph, nx.MultiDiGraph)


def test_graphml_is_valid_against_the_graphml_schema(client):
    schema = etree.XMLSchema(etree.parse(str(GRAPHML_XSD)))
    document = etree.fromstring(download(client, "graphml"))
    assert schema.validate(document), schema.error_log
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = document.findall("g:key", ns)
    assert len({key.get("id") for key in keys}) == len(keys)  # node and edge attributes under distinct ids
    assert {(key.get("for"), key.get("attr.name")) for key in keys} >= {("node", "label"), ("edge", "label")}
    assert schema.validate(etree.fromstring(b"".join(export.chunks(Store(), "graphml"))))  # an empty store too


def test_gexf_reads_back_in_networkx(client, entities, labels):
    graph = nx.read_gexf(io.BytesIO(download(client, "gexf")))
    check_graph(graph, entities, labels)


def test_cytoscape_json(client, entities, labels):
    document = json.loads(download(client, "cytoscape"))
    nodes = {n["data"]["id"]: n["data"] for n in document["elements"]["nodes"]}
    assert set(nodes) == entities
    for node, data in nodes.items():
        assert data["label"] == labels.get(node, data["label"]) and data["type"]
        assert data["name"] == data["label"] != node  # Cytoscape shows `name`: the label, not the IRI
    edges = [edge["data"] for edge in document["elements"]["edges"]]
    for edge in edges:
        assert edge["source"] in nodes and edge["target"] in nodes
        assert edge["property"]
    assert len({edge["id"] for edge in edges}) == len(edges) and all(edge["id"] for edge in edges)
    assert isinstance(document["data"], dict)  # network attributes, never a stray list
    graph = nx.cytoscape_graph(document)  # networkx reads it back: same nodes, labels and edges
    assert set(graph.nodes) == entities and graph.number_of_edges() == len(edges)
    assert all(graph.nodes[node]["name"] == nodes[node]["label"] for node in graph.nodes)


def test_jsonld_compact_expands_to_the_triples_of_the_construct(client, linked_store):
    document = json.loads(download(client, "jsonld-compact"))
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


def test_the_rdf_data_over_http_is_the_whole_dataset(client, linked_store):
    """`jsonld` (and nquads, trig) over HTTP: every named graph, as `kg export` and /dump give it."""
    article_graphs = {g for g in linked_store.named_graphs() if "/article/" in g}
    for fmt, syntax in (("jsonld", ox.RdfFormat.JSON_LD), ("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
        quads = list(ox.parse(download(client, fmt), syntax))
        assert article_graphs <= {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
        assert "urn:x-kg:graph:union" not in {str(q.graph_name) for q in quads}
    for fmt, syntax in (("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES)):
        assert len(list(ox.parse(download(client, fmt), syntax))) == linked_store.count(
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")


def test_an_export_stopped_early_stops_its_writer(linked_store):
    import threading
    import time

    before = threading.active_count()
    stream = export.chunks(linked_store, "ntriples")
    next(stream)
    stream.close()  # as Werkzeug does when the client goes away
    deadline = time.monotonic() + 5
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() == before


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


def test_cli_and_http_know_the_same_format_names():
    from kg.cli import EXPORT_FORMATS

    assert EXPORT_FORMATS == list(export.FORMATS)


@pytest.mark.parametrize("fmt", list(export.FORMATS))
def test_cli_and_http_give_the_same_bytes_for_every_format_name(disk_store, tmp_path, app_factory, linked_settings, fmt):
    from kg.cli import cli

    out = tmp_path / "export"
    result = CliRunner().invoke(cli, ["export", "--store", disk_store, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    store = Store(disk_store, read_only=True)
    try:
        over_http = app_factory(linked_settings, store).test_client().get(f"/export?format={fmt}")
        assert over_http.status_code == 200
        assert over_http.data == out.read_bytes()
    finally:
        store.close()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "cytoscape", "dot", "jsonld-compact"])
def test_cli_exports_for_visualizers(disk_store, tmp_path, entities, fmt):
    from kg.cli import cli

    out = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--store", disk_store, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    if fmt == "graphml":
        assert set(graphml_by_iri(data).nodes) == entities
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
