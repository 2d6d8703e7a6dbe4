"""The SPARQL 1.1 Protocol at /sparql: queries by GET, POST form or POST direct; updates by POST (also at
/update). Without a query, GET /sparql is the service description (RDF clients) or the query page
(browsers)."""
from __future__ import annotations

from dataclasses import dataclass, field

import flask
import pyoxigraph as ox

from kg.errors import QueryError
from kg.web import auth, cors, description, negotiation, outbound, page, scan, serialize
from kg.web.context import current
from kg.web.errors import fail
from kg.web.limits import EvaluationError, Overloaded, OverBudget, QueryTimeout, TooManyRows

blueprint = flask.Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"
DATASET_PARAMETERS = {"query": ("default-graph-uri", "named-graph-uri"),
                      "update": ("using-graph-uri", "using-named-graph-uri")}
KIND_OF_FORM = {"SELECT": "solutions", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}


@dataclass(frozen=True)
class Operation:
    kind: str  # "query" or "update"
    text: str
    default_graphs: list[str] = field(default_factory=list)  # default-graph-uri / using-graph-uri
    named_graphs: list[str] = field(default_factory=list)  # named-graph-uri / using-named-graph-uri


@blueprint.route("/sparql", methods=["GET", "POST"])
def endpoint() -> flask.Response:
    operation = read_operation()
    if operation is None and flask.request.method == "POST":
        fail(400, "the POST carries no `query` and no `update`")
    if operation is None:
        cors.allow_read()
        return description.respond() if _wants_description() else page.respond()
    return run_update(operation) if operation.kind == "update" else run_query(operation)


@blueprint.post("/update")
def update_endpoint() -> flask.Response:
    operation = read_operation()
    if operation is None or operation.kind != "update":
        fail(400, "POST an update here: `update=` in a form, or a body of type application/sparql-update")
    return run_update(operation)


# -- reading the request -------------------------------------------------------------------------------------
def read_operation() -> Operation | None:
    """The query or update a request carries, per the SPARQL 1.1 Protocol; None when there is none."""
    request = flask.request
    args = request.args
    if request.method == "GET":
        if "update" in args:
            fail(400, "an update must be sent with POST (form field `update`, or a body of type "
                      "application/sparql-update)")
        return _operation("query", args.getlist("query"), _merged(args))
    mimetype = request.mimetype
    if mimetype == FORM:
        form = request.form
        queries = args.getlist("query") + form.getlist("query")
        updates = args.getlist("update") + form.getlist("update")
        if queries and updates:
            fail(400, "send either `query` or `update`, not both")
        params = _merged(args, form)
        return _operation("update", updates, params) if updates else _operation("query", queries, params)
    if mimetype in (QUERY, UPDATE):
        if "query" in args or "update" in args:
            fail(400, f"with a body of type {mimetype} the operation is the body; drop the `query`/`update` parameter")
        if mimetype == QUERY:
            check_query_bytes(request.content_length or 0)  # before the body is read
        return _operation("query" if mimetype == QUERY else "update", [_body_text()], _merged(args))
    fail(415, f"a POST to the SPARQL endpoint needs the content type {FORM}, {QUERY} or {UPDATE}"
              f"{f' (not {mimetype})' if mimetype else ''}")


def _merged(*sources) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for source in sources:
        for key in source:
            merged.setdefault(key, []).extend(source.getlist(key))
    return merged


def _operation(kind: str, texts: list[str], params: dict[str, list[str]]) -> Operation | None:
    if not texts:
        return None
    if len(texts) > 1:
        fail(400, f"one `{kind}` per request, not {len(texts)}")
    default, named = DATASET_PARAMETERS[kind]
    return Operation(kind, texts[0], params.get(default, []), params.get(named, []))


def _body_text() -> str:
    charset = flask.request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        fail(415, f"the body must be UTF-8 (not {charset})")
    try:
        return flask.request.get_data().decode("utf-8")
    except UnicodeDecodeError:
        fail(400, "the body is not valid UTF-8")


def _wants_description() -> bool:
    """GET /sparql without a query: the service description for RDF clients, the page for browsers."""
    offered = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json", "text/html")
    if flask.request.args.get("format"):
        return flask.request.args["format"] != "html"
    accept = flask.request.accept_mimetypes
    return bool(accept) and accept.best_match(offered, default="text/html") != "text/html"


def check_query_bytes(size: int) -> None:
    """Refuse a query text longer than KG_MAX_QUERY_BYTES: its scan would hold the interpreter for too long."""
    limit = current().settings.max_query_bytes
    if size > limit:
        fail(413, f"the query is {size} bytes long; this server accepts queries of at most {limit} bytes "
                  "(KG_MAX_QUERY_BYTES)", max_query_bytes=limit)


def _check_size(scanned: scan.Scan, kind: str) -> None:
    """Refuse texts deep or long enough to overflow Oxigraph's stack (see scan.MAX_DEPTH), and closures no
    deadline can stop (see scan.Scan.open_closure)."""
    if scanned.depth > scan.MAX_DEPTH:
        fail(400, f"the {kind} nests {scanned.depth} levels deep; this server accepts at most {scan.MAX_DEPTH}")
    if scanned.size > scan.MAX_SIZE:
        fail(400, f"the {kind} has {scanned.size} tokens outside its data blocks; this server accepts at most "
                  f"{scan.MAX_SIZE} (put long lists of values in a VALUES block)")
    if scanned.open_closure:
        fail(400, f"the {kind} has a property path closure (* or +) over a negated property set (!) between two "
                  "variables: it would walk nearly every edge of the store from every node, longer than any deadline "
                  "can stop. Put an IRI at one end of the path, or name the predicates instead of negating them")


# -- queries ------------------------------------------------------------------------------------------------
def run_query(operation: Operation) -> flask.Response:
    cors.allow_read()
    context = current()
    check_query_bytes(len(operation.text.encode("utf-8")))
    base = _base_url(flask.request)  # relative IRIs are relative to the endpoint (SPARQL 1.1 Protocol)
    scanned = scan.scan(operation.text, base)
    _check_size(scanned, operation.kind)
    text, scanned = _silence(operation.text, scanned, base)
    kind = KIND_OF_FORM.get(scanned.form or "")
    fmt = negotiation.choose(negotiation.OFFERS[kind]) if kind else None
    try:
        outcome = context.runner.run(text, scanned, base_iri=base, **_dataset(operation, scanned))
    except EvaluationError as error:
        fail(400, str(error))
    except TooManyRows as error:
        fail(400, str(error), max_rows=context.settings.max_rows)
    except QueryTimeout as error:
        fail(503, str(error), headers={"Retry-After": "60"}, timeout=context.settings.query_timeout)
    except OverBudget as error:
        fail(503, str(error), headers={"Retry-After": str(error.retry_after)},
             memory_budget_mb=context.settings.memory_budget_mb)
    except Overloaded as error:
        fail(503, str(error), headers={"Retry-After": str(error.retry_after)}, max_parked=context.settings.max_parked)
    if fmt is None or fmt not in negotiation.OFFERS[outcome.kind]:
        fmt = negotiation.choose(negotiation.OFFERS[outcome.kind])
    response = flask.Response(serialize.render(outcome, fmt, scanned.prefixes), content_type=fmt.content_type)
    response.direct_passthrough = True  # its body is one bytes object: the server gets it as a list, in one piece
    response.headers["Vary"] = "Accept"
    return response


def _base_url(request) -> str:
    """The request's URL without its query string (Werkzeug's base_url), computed once per scheme, host and path."""
    environ = request.environ
    key = (environ.get("wsgi.url_scheme"), environ.get("HTTP_HOST"), environ.get("SERVER_NAME"),
           environ.get("SERVER_PORT"), environ.get("SCRIPT_NAME"), environ.get("PATH_INFO"))
    base = _base_urls.get(key)
    if base is None:
        base = request.base_url
        if len(_base_urls) >= 256:
            _base_urls.clear()
        _base_urls[key] = base
    return base


_base_urls: dict[tuple, str] = {}


def _silence(text: str, scanned: scan.Scan, base: str) -> tuple[str, scan.Scan]:
    """Refuse a SERVICE or LOAD that may not run (403); a SERVICE SILENT that may not run becomes `{}`, the one empty
    solution of a silent service that failed. The text to run, and its scan."""
    spans = outbound.check(scanned, current().service_allowlist)
    if not spans:
        return text, scanned
    text = scan.without_services(text, spans)
    return text, scan.scan(text, base)


def _dataset(operation: Operation, scanned: scan.Scan) -> dict:
    """Store.query options for the protocol's dataset, if the request names one. Otherwise the query's own
    FROM / FROM NAMED, or else (Store.query's default) the union of all graphs."""
    if operation.default_graphs or operation.named_graphs:
        return {"default_graph": _nodes(operation.default_graphs), "named_graphs": _nodes(operation.named_graphs)}
    return {"union": False} if scanned.dataset_clause else {}


def _nodes(iris: list[str]) -> list[ox.NamedNode]:
    try:
        return [ox.NamedNode(iri) for iri in iris]
    except ValueError as error:
        fail(400, f"not an IRI in default-graph-uri / named-graph-uri: {error}")


# -- updates ------------------------------------------------------------------------------------------------
def run_update(operation: Operation) -> flask.Response:
    auth.require_write_token()
    context = current()
    base = flask.request.base_url
    scanned = scan.scan(operation.text, base)
    _check_size(scanned, operation.kind)
    text, scanned = _silence(operation.text, scanned, base)
    text = f"BASE <{base}> {text}"  # Store.update takes no base IRI; the update's own BASE wins
    if operation.default_graphs or operation.named_graphs:
        if scanned.using_clause:
            fail(400, "the update has USING or WITH: it cannot also take using-graph-uri / using-named-graph-uri")
        _nodes(operation.default_graphs + operation.named_graphs)
        try:
            text = scan.with_using(text, operation.default_graphs, operation.named_graphs)
        except ValueError as error:
            fail(400, str(error))
    try:
        context.store.update(text)
    except QueryError as error:
        fail(400, str(error))
    except (RuntimeError, OSError) as error:  # evaluation errors Oxigraph reports (a failed LOAD, ...)
        fail(400, f"update failed: {error}")
    return flask.Response(status=204)
