"""The graph view page, its data (/graph.json) and its static files (the browser test is in test_linked_browser.py)."""
from __future__ import annotations

import re
from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "kg" / "linked" / "static"


def test_graph_page_loads_cytoscape_from_this_server(client, vendor):
    response = client.get("/graph")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert "/linked/static/vendor/cytoscape.min.js" in scripts
    assert all(src.startswith("/linked/static/") for src in scripts)          # no CDN
    assert 'data-source="/graph.json"' in html
    assert 'href="/export?format=cytoscape"' in html                          # the same graph, for other tools
    for type_ in ("kg:Official", "kg:Call", "kg:AidPackage", "kg:Country"):
        assert f'value="{type_}" checked' in html
        assert f'<li data-type="{type_}">' in html                            # in the legend, shown
    assert '<li data-type="schema:NewsArticle" hidden>' in html               # in the legend, hidden until checked
    assert client.get("/linked/static/vendor/cytoscape.min.js").status_code == 200
    assert client.get("/linked/static/graph.js").status_code == 200


def test_graph_data_names_people_calls_and_packages_for_people(client):
    data = client.get("/graph.json").get_json()
    nodes = {n["data"]["id"]: n["data"] for n in data["elements"]["nodes"]}
    assert nodes["http://kg.test/id/person/lloyd-austin"]["label"] == "Lloyd Austin"
    call = nodes["http://kg.test/id/call/2024-03-01/lloyd-austin--rustem-umerov"]
    assert call["label"] == "Austin – Umerov\n1 Mar 2024"                      # two lines, family names
    assert call["title"] == "Lloyd Austin – Rustem Umerov, 1 March 2024"
    packages = [n for n in nodes.values() if n["type"] == "kg:AidPackage"]
    assert packages and all("→" in n["label"] for n in packages)
    assert any(n["title"] == "Germany → Ukraine, €650,000,000" for n in packages)
    # the same graph as the export, only relabelled
    export = client.get("/export?format=cytoscape").get_json()
    assert {n["data"]["id"] for n in export["elements"]["nodes"]} == set(nodes)
    assert len(export["elements"]["edges"]) == len(data["elements"]["edges"])


def test_graph_script_uses_the_library_layouts():
    source = (STATIC / "graph.js").read_text()
    shared = (STATIC / "linked.js").read_text()
    assert "layoutIn(" in source and "position(" not in source                # no layout of its own
    assert 'name: "cose"' in shared and "boundingBox" in shared               # cose, in the window's size


def test_graph_data_is_quick_on_a_larger_graph():
    """The entity graph's query picks nodes in each branch of its UNION: with the nodes picked once outside it,
    Oxigraph ran the links branch once per node (2,000 nodes, 9,000 triples: 38 s; now well under a second)."""
    import time

    from kg import export
    from kg.store import Store
    from kg.vocab import KG_NS, RDF_TYPE, RDFS_LABEL

    base = "http://kg.test/id/"
    lines = []
    for n in range(1000):
        lines += [f"<{base}person/p{n}> <{RDF_TYPE}> <{KG_NS}Official> .",
                  f'<{base}person/p{n}> <{RDFS_LABEL}> "Person {n}" .']
    for n in range(2000):
        call = f"<{base}call/c{n}>"
        lines += [f"{call} <{RDF_TYPE}> <{KG_NS}Call> .", f'{call} <{KG_NS}date> "2024-01-01" .',
                  f"{call} <{KG_NS}participant> <{base}person/p{n % 1000}> .",
                  f"{call} <{KG_NS}participant> <{base}person/p{(n * 7 + 1) % 1000}> ."]
    store = Store(None)
    store.replace_graph("http://kg.test/graph/synthetic", "\n".join(lines))
    started = time.perf_counter()
    triples = export.export_triples(store)
    assert time.perf_counter() - started < 5
    assert len(triples) == 1000 * 2 + 2000 * 4
