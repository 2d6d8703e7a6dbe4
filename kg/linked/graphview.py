"""GET /graph: officials, calls, aid packages and countries drawn as an interactive network (Cytoscape.js, served
from this app's static files), full width with a legend, filtered by type and date; a click on a node opens its
page. Its data is GET /graph.json: the entity graph of /export?format=cytoscape, with people by name, calls as
"Austin – Shoigu, 13 May 2022" and packages as "Germany → Ukraine, €650M" (`title`: the long form)."""
from __future__ import annotations

import flask

from kg import export
from kg.linked import titles
from kg.linked.blueprint import blueprint, current

SHOWN_AT_FIRST = ("kg:Official", "kg:Call", "kg:AidPackage", "kg:Country")
TYPES = (  # (type, name) in the order of the filter and the legend
    ("kg:Official", "Officials"), ("kg:Call", "Calls"), ("kg:AidPackage", "Aid packages"), ("kg:Country", "Countries"),
    ("kg:Organization", "Organizations"), ("kg:WeaponSystem", "Weapon systems"), ("kg:AidItem", "Aid items"),
    ("org:Post", "Posts"), ("schema:NewsArticle", "Articles"), ("schema:Organization", "Outlets"),
)
# The legend's shapes, as small inline SVG paths (the node shapes of static/linked.js), and the colours there.
SHAPES = {
    "kg:Official": ("circle", "#1f77b4"), "kg:Call": ("diamond", "#ff7f0e"), "kg:AidPackage": ("square", "#2ca02c"),
    "kg:Country": ("hexagon", "#9467bd"), "kg:Organization": ("hexagon", "#8c564b"),
    "kg:WeaponSystem": ("triangle", "#d62728"), "kg:AidItem": ("triangle", "#98df8a"), "org:Post": ("square", "#aec7e8"),
    "schema:NewsArticle": ("square", "#7f7f7f"), "schema:Organization": ("hexagon", "#c49c94"),
}


def view_data(store) -> dict:
    """The Cytoscape JSON of the entity graph, with the labels a person reads."""
    graph = export.to_networkx(export.export_triples(store))
    names = titles.everything(store)
    for node, data in graph.nodes(data=True):
        data["title"] = names.full.get(node, data["label"])
        if node in names.short:
            data["label"] = titles.two_lines(names.short[node])
    return export.cytoscape(graph)


@blueprint.get("/graph")
def graph_view() -> str:
    return flask.render_template("linked/graph.html", data_url=flask.url_for("linked.graph_data"),
                                 export_url=flask.url_for("linked.export_graph", format="cytoscape"),
                                 types=TYPES, shown=SHOWN_AT_FIRST, shapes=SHAPES)


@blueprint.get("/graph.json")
def graph_data() -> flask.Response:
    return flask.jsonify(view_data(current().store))
