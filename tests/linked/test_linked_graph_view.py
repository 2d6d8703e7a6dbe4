"""The graph view page and its static files (the browser test is in test_linked_browser.py)."""
from __future__ import annotations

import re


def test_graph_page_loads_cytoscape_from_this_server(client, vendor):
    response = client.get("/graph")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert "/linked/static/vendor/cytoscape.min.js" in scripts
    assert all(src.startswith("/linked/static/") for src in scripts)          # no CDN
    assert 'data-source="/export?format=cytoscape"' in html
    for type_ in ("kg:Official", "kg:Call", "kg:AidPackage", "kg:Country"):
        assert f'value="{type_}" checked' in html
    assert client.get("/linked/static/vendor/cytoscape.min.js").status_code == 200
    assert client.get("/linked/static/graph.js").status_code == 200


def test_graph_script_uses_the_library_layouts():
    from pathlib import Path

    source = (Path(__file__).resolve().parents[2] / "kg" / "linked" / "static" / "graph.js").read_text()
    assert 'name: "cose"' in source and "position(" not in source
