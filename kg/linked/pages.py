"""Dereferenceable IRIs: GET KG_BASE_IRI + id/... or article/... returns the resource's page (HTML) or its
description (Turtle, JSON-LD, N-Triples, RDF/XML) by content negotiation; unknown IRIs are 404."""
from __future__ import annotations

from urllib.parse import quote

import flask
import pyoxigraph as ox

from kg.linked import describe, negotiation
from kg.linked.blueprint import blueprint, current
from kg.linked.errors import error
from kg.linked.links import iri_for

OFFERED = (negotiation.HTML, *negotiation.RDF)
GRAPH_PAGE_ROWS = 2000
# characters Minter leaves unescaped in the IRIs it mints (slugs, dates, keys quoted with quote())
_SAFE = "/-._~!$&'()*+,;=:@"


def _candidates(kind: str, tail: str) -> list[str]:
    """The IRIs the request may name: the path as sent (percent-escapes kept, from REQUEST_URI when the
    server gives it), then the decoded path escaped again, then the decoded path."""
    out = []
    raw = flask.request.environ.get("REQUEST_URI") or flask.request.environ.get("RAW_URI")
    if raw:
        path = raw.split("?", 1)[0].split("#", 1)[0]
        marker = f"/{kind}/"
        at = path.find(marker)
        if at >= 0:
            out.append(iri_for(kind, path[at + len(marker):]))
    out.append(iri_for(kind, quote(tail, safe=_SAFE)))
    out.append(iri_for(kind, tail))
    return list(dict.fromkeys(out))


def _resolve(kind: str, tail: str, known=describe.exists) -> str | None:
    store = current().store
    for iri in _candidates(kind, tail):
        try:
            if known(store, iri):
                return iri
        except ValueError:  # not a valid IRI (spaces, angle brackets, ...)
            continue
    return None


def _self_url() -> str:
    return quote(flask.request.script_root + flask.request.path, safe=_SAFE)


def _resource(kind: str, tail: str) -> flask.Response:
    iri = _resolve(kind, tail)
    if iri is None:
        return error(404, f"nothing is known about <{iri_for(kind, tail)}>")
    chosen = negotiation.negotiate(OFFERED)
    store = current().store
    if chosen is negotiation.HTML:
        page = describe.page(store, iri)
        alternates = negotiation.alternates(_self_url(), OFFERED)
        response = negotiation.respond(
            flask.render_template("linked/resource.html", page=page, alternates=alternates,
                                  sentences_shown=describe.SENTENCES_SHOWN, sources_shown=describe.SOURCES_SHOWN),
            chosen)
    else:
        response = negotiation.respond(negotiation.serialize(describe.description(store, iri), chosen), chosen)
    response.headers["Link"] = negotiation.link_header(_self_url(), OFFERED)
    return response


@blueprint.get("/id/<path:tail>")
def entity(tail: str) -> flask.Response:
    return _resource("id", tail)


@blueprint.get("/article/<path:tail>")
def article(tail: str) -> flask.Response:
    return _resource("article", tail)


@blueprint.get("/graph/<path:tail>")
def named_graph(tail: str) -> flask.Response:
    """A named graph kg minted (KG_BASE_IRI + graph/ontology, graph/resolution): its triples."""
    iri = _resolve("graph", tail, known=lambda store, graph: store.has_graph(ox.NamedNode(graph).value))
    if iri is None:
        return error(404, f"there is no graph <{iri_for('graph', tail)}>")
    chosen = negotiation.negotiate(OFFERED)
    triples = describe.graph_triples(current().store, iri)
    if chosen is negotiation.HTML:
        body = flask.render_template("linked/graph_triples.html", iri=iri, triples=triples[:GRAPH_PAGE_ROWS],
                                     total=len(triples), alternates=negotiation.alternates(_self_url(), OFFERED))
        response = negotiation.respond(body, chosen)
    else:
        response = negotiation.respond(negotiation.serialize(triples, chosen), chosen)
    response.headers["Link"] = negotiation.link_header(_self_url(), OFFERED)
    return response
