"""The SPARQL 1.1 Graph Store HTTP Protocol at /store: `?graph=IRI` or `?default` (indirect), or the graph
whose IRI is the request URL itself, /store/... (direct). GET and HEAD are public; PUT, POST and DELETE
need the update token. `?default` is the store's own default graph, while queries see the union of all
graphs; writes go through kg.store.Store, which keeps that union up to date. Deleting an article graph rewrites
the resolution graph in the same transaction; writing one rebuilds it just after (kg.resolve)."""
from __future__ import annotations

import re
import uuid

import flask
import pyoxigraph as ox

from kg import resolve
from kg.errors import QueryError
from kg.store import UNION_GRAPH
from kg.web import auth, cors, negotiation, serialize
from kg.web.context import current
from kg.web.errors import fail

blueprint = flask.Blueprint("gsp", __name__)
# Oxigraph's Turtle / N-Triples parsers recurse once per nested triple term `<< ... >>`: some tens of thousands
# of them overflow the stack and kill the server (SIGSEGV), so payloads nesting deeper are refused first.
MAX_TRIPLE_TERM_DEPTH = 1000
_NOT_MARKUP = re.compile(rb'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                         rb'|"(?:[^"\\\r\n]|\\.)*"|\'(?:[^\'\\\r\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\r\n]*', re.DOTALL)
METHODS = ["GET", "HEAD", "PUT", "POST", "DELETE"]


@blueprint.route("/store", methods=METHODS)
def indirect() -> flask.Response:
    args = flask.request.args
    if "graph" in args and "default" in args:
        fail(400, "name one graph: `?graph=IRI` or `?default`, not both")
    if "graph" in args:
        return handle(_node(args["graph"]))
    if "default" in args:
        return handle(ox.DefaultGraph())
    if flask.request.method == "POST":
        return create()
    fail(400, "name the graph: /store?graph=IRI or /store?default (POST /store alone creates a new graph)")


@blueprint.route("/store/<path:_tail>", methods=METHODS)
def direct(_tail: str) -> flask.Response:
    return handle(_node(flask.request.base_url))


def handle(graph: ox.NamedNode | ox.DefaultGraph) -> flask.Response:
    method = flask.request.method
    if method in ("GET", "HEAD"):
        return read(graph)
    auth.require_write_token()
    if isinstance(graph, ox.NamedNode) and graph.value == UNION_GRAPH:
        fail(403, f"<{UNION_GRAPH}> is kg's own union of all graphs; it changes only with them")
    if method == "DELETE":
        return delete(graph)
    return write(graph, replace=method == "PUT")


def read(graph: ox.NamedNode | ox.DefaultGraph) -> flask.Response:
    cors.allow_read()
    store = current().store
    if isinstance(graph, ox.NamedNode) and not store.has_graph(graph.value):
        fail(404, f"no graph <{graph.value}> in the store")
    fmt = negotiation.choose(negotiation.OFFERS["graph"])
    if hasattr(store, "oxigraph"):
        triples = (quad.triple for quad in store.oxigraph.quads_for_pattern(None, None, None, graph))
    else:  # a remote store
        where = "?s ?p ?o" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{ ?s ?p ?o }}"
        triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}", union=False)
    response = flask.Response(serialize.graph(triples, fmt), content_type=fmt.content_type)
    response.vary.add("Accept")
    return response


def write(graph: ox.NamedNode | ox.DefaultGraph, replace: bool) -> flask.Response:
    store = current().store
    ntriples = _payload(graph)
    existed = isinstance(graph, ox.DefaultGraph) or store.has_graph(graph.value)
    try:
        if isinstance(graph, ox.DefaultGraph):
            store.update(("CLEAR DEFAULT ;\n" if replace else "") + f"INSERT DATA {{\n{ntriples}\n}}")
        elif replace:
            store.replace_graph(graph.value, ntriples)
        else:
            store.add_to_graph(graph.value, ntriples)
    except (QueryError, SyntaxError) as error:
        fail(400, str(error))
    if isinstance(graph, ox.NamedNode):
        resolve.after_write(store, graph.value)
    return flask.Response(status=204 if existed else 201)


def create() -> flask.Response:
    auth.require_write_token()
    graph = ox.NamedNode(f"{flask.request.url_root}store/{uuid.uuid4()}")
    write(graph, replace=True)
    response = flask.Response(status=201)
    response.headers["Location"] = graph.value
    return response


def delete(graph: ox.NamedNode | ox.DefaultGraph) -> flask.Response:
    store = current().store
    if isinstance(graph, ox.DefaultGraph):
        store.update("CLEAR DEFAULT")
    elif not store.drop_graph(graph.value):
        fail(404, f"no graph <{graph.value}> in the store")
    return flask.Response(status=204)


def _node(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as error:
        fail(400, f"not an IRI: {iri!r} ({error})")


def _payload(graph: ox.NamedNode | ox.DefaultGraph) -> str:
    """The request's RDF (one document, or every part of a multipart/form-data body) as N-Triples."""
    request = flask.request
    base = graph.value if isinstance(graph, ox.NamedNode) else request.base_url
    if request.mimetype == "multipart/form-data":
        parts = [(part.mimetype, part.read()) for part in request.files.values()]
    else:
        parts = [(request.mimetype, request.get_data())]
    documents = []
    for mimetype, data in parts:
        fmt = negotiation.payload_format(mimetype)
        if fmt is None:
            fail(415, f"cannot read RDF of type {mimetype or '(none)'}; send one of: "
                      f"{', '.join(f.media_type for f in negotiation.GRAPH_PAYLOADS)}")
        if fmt.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES) and _triple_term_depth(data) > MAX_TRIPLE_TERM_DEPTH:
            fail(400, f"the payload nests triple terms << >> more than {MAX_TRIPLE_TERM_DEPTH} deep")
        try:
            triples = [quad.triple if isinstance(quad, ox.Quad) else quad
                       for quad in ox.parse(data, fmt.rdf, base_iri=base)]
        except SyntaxError as error:
            fail(400, f"the {fmt.media_type} payload does not parse: {error}")
        documents.append(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"))
    return "\n".join(documents)


def _triple_term_depth(data: bytes) -> int:
    """How deep `<< ... >>` nest in Turtle / N-Triples text (strings, IRIs and comments left out)."""
    if b"<<" not in data:
        return 0
    depth = deepest = 0
    for mark in re.findall(rb"<<|>>", _NOT_MARKUP.sub(b" ", data)):
        depth = depth + 1 if mark == b"<<" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest
