"""GET /graph: officials, calls, aid packages and countries drawn as an interactive network (Cytoscape.js,
served from this app's static files), filtered by type and date; a click on a node opens its page. The data
is /export?format=cytoscape."""
from __future__ import annotations

import flask

from kg.linked.blueprint import blueprint

SHOWN_AT_FIRST = ("kg:Official", "kg:Call", "kg:AidPackage", "kg:Country")
TYPES = (  # (type, name) in the order of the filter
    ("kg:Official", "Officials"), ("kg:Call", "Calls"), ("kg:AidPackage", "Aid packages"), ("kg:Country", "Countries"),
    ("kg:Organization", "Organizations"), ("kg:WeaponSystem", "Weapon systems"), ("kg:AidItem", "Aid items"),
    ("org:Post", "Posts"), ("schema:NewsArticle", "Articles"), ("schema:Organization", "Outlets"),
)


@blueprint.get("/graph")
def graph_view() -> str:
    data_url = flask.url_for("linked.export_graph", format="cytoscape")
    return flask.render_template("linked/graph.html", data_url=data_url, types=TYPES, shown=SHOWN_AT_FIRST)
