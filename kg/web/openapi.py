"""GET /openapi.json: an OpenAPI 3.1 description of kg's HTTP routes besides the SPARQL protocols (/sparql and
/update are the W3C SPARQL 1.1 Protocol, described by /sparql's service description). Kept here as data,
not as a file beside the module, so that it ships with the package."""
from __future__ import annotations

import flask

from kg.export import FORMATS as EXPORT_FORMATS
from kg.web import cors

blueprint = flask.Blueprint("openapi", __name__)

RDF_FORMATS = ["turtle", "jsonld", "ntriples", "rdfxml"]
RDF_MEDIA = {"text/turtle": {}, "application/ld+json": {}, "application/n-triples": {}, "application/rdf+xml": {}}
ERROR = {"$ref": "#/components/schemas/Error"}


def _error(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": ERROR}}}


def _format(values: list[str], description: str) -> dict:
    return {"name": "format", "in": "query", "required": False, "description": description,
            "schema": {"type": "string", "enum": values}}


ACCEPT = {"name": "Accept", "in": "header", "required": False, "schema": {"type": "string"},
          "description": "content negotiation, when no `format` is given"}
NOT_ACCEPTABLE = _error("no acceptable representation (unknown `format`, or nothing in Accept)")
NOT_FOUND = _error("nothing is known about this IRI")


def _resource(summary: str, name: str, example: str) -> dict:
    return {"get": {
        "summary": summary, "operationId": f"get_{name}",
        "parameters": [{"name": "path", "in": "path", "required": True, "schema": {"type": "string"},
                        "example": example, "description": "the rest of the IRI after KG_BASE_IRI"},
                       _format(["html", *RDF_FORMATS], "representation"), ACCEPT],
        "responses": {"200": {"description": "an HTML page, or the resource's description in RDF",
                              "content": {"text/html": {}, **RDF_MEDIA},
                              "headers": {"Link": {"schema": {"type": "string"},
                                                   "description": "rel=\"alternate\" links to the RDF formats"}}},
                      "404": NOT_FOUND, "406": NOT_ACCEPTABLE}}}


SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "kg", "version": "0.1.0",
             "description": "A knowledge graph of defense officials, their calls and military aid. The SPARQL 1.1 "
                            "endpoint is /sparql (queries) and /update (updates, with `Authorization: Bearer`)."},
    "paths": {
        "/": {"get": {
            "summary": "what this server holds (counts) and where everything is (links): JSON, or a page for browsers",
            "operationId": "home",
            "parameters": [{"name": "format", "in": "query", "required": False, "schema": {"type": "string",
                                                                                         "enum": ["json"]}}, ACCEPT],
            "responses": {"200": {"description": "the counts and the links", "content": {
                "application/json": {"schema": {"type": "object", "required": ["counts", "links"], "properties": {
                    "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "links": {"type": "object"}}}},
                "text/html": {}}}}}},
        "/health": {"get": {
            "summary": "is the server up, and how much does it hold", "operationId": "health",
            "responses": {"200": {"description": "status", "content": {"application/json": {"schema": {
                "type": "object",
                "required": ["status", "distinct_triples_in_union", "graphs", "parked_queries", "base_iri"],
                "properties": {"status": {"type": "string", "enum": ["ok", "degraded"]},
                               "distinct_triples_in_union": {
                                   "type": "integer", "description": "distinct triples in the union of all graphs "
                                   "(the default graph of queries; `kg stats` also gives the quads in all graphs)"},
                               "graphs": {"type": "integer", "description": "named graphs"},
                               "parked_queries": {"type": "integer", "description": "queries past KG_QUERY_TIMEOUT "
                                                  "still holding a thread and memory"},
                               "memory_mb": {"type": ["integer", "null"], "description": "the server's resident "
                                             "memory in MiB (null where it cannot be read)"},
                               "memory_budget_mb": {"type": ["integer", "null"], "description": "KG_MEMORY_BUDGET_MB "
                                                    "(null: no budget)"},
                               "over_memory_budget": {"type": "boolean", "description": "long queries get 503 "
                                                      "until memory is back under the budget"},
                               "base_iri": {"type": "string", "description": "the KG_BASE_IRI the server answers for "
                                            "(`kg load --server` mints IRIs under it)"}}}}}}}}},
        "/store": {
            "get": {
                "summary": "SPARQL 1.1 Graph Store Protocol: read a graph", "operationId": "store_get",
                "description": "name one graph: `?graph=IRI` or `?default`; PUT, POST and DELETE need the token",
                "parameters": [
                    {"name": "graph", "in": "query", "required": False, "schema": {"type": "string", "format": "iri"}},
                    {"name": "default", "in": "query", "required": False, "allowEmptyValue": True,
                     "schema": {"type": "string"}},
                    _format(["turtle", "ntriples", "rdfxml", "jsonld", "nquads", "trig"], "RDF syntax"), ACCEPT],
                "responses": {"200": {"description": "the graph", "content": RDF_MEDIA},
                              "400": _error("no graph named, both named, or not an IRI"),
                              "404": _error("no such graph"), "406": NOT_ACCEPTABLE}},
            "head": {
                "summary": "as GET, without the body", "operationId": "store_head",
                "parameters": [
                    {"name": "graph", "in": "query", "required": False, "schema": {"type": "string", "format": "iri"}},
                    {"name": "default", "in": "query", "required": False, "allowEmptyValue": True,
                     "schema": {"type": "string"}}],
                "responses": {"200": {"description": "the graph exists"}, "400": {"description": "bad request"},
                              "404": {"description": "no such graph"}, "406": {"description": "not acceptable"}}},
        },
        "/id/{path}": _resource("an entity kg minted (official, post, call, aid package, country, ...)", "entity",
                                "person/lloyd-austin"),
        "/article/{path}": _resource("an article: its text with every mention anchored, and its facts", "article",
                                     "readout-austin-umerov"),
        "/ontology": {"get": {
            "summary": "the ontology as Turtle (the default), other RDF syntaxes, or HTML documentation",
            "operationId": "ontology", "parameters": [_format(["html", *RDF_FORMATS], "representation"), ACCEPT],
            "responses": {"200": {"description": "the ontology", "content": {"text/html": {}, **RDF_MEDIA}},
                          "406": NOT_ACCEPTABLE}}},
        "/.well-known/void": {"get": {
            "summary": "a VoID description of the dataset", "operationId": "void",
            "parameters": [_format(RDF_FORMATS, "RDF syntax"), ACCEPT],
            "responses": {"200": {"description": "the description", "content": RDF_MEDIA}, "406": NOT_ACCEPTABLE}}},
        "/export": {"get": {
            "summary": "what `kg export --format NAME` writes: the RDF data, or the entity graph for visualizers "
                       "(Gephi, Cytoscape, yEd, Graphviz, JSON-LD tools)",
            "operationId": "export",
            "parameters": [{"name": "format", "in": "query", "required": True,
                            "schema": {"type": "string", "enum": list(EXPORT_FORMATS)}}],
            "responses": {"200": {"description": "an attachment", "content": {
                media_type: {} for media_type in dict.fromkeys(f.media_type for f in EXPORT_FORMATS.values())}},
                "400": _error("unknown format")}}},
        "/graph": {"get": {
            "summary": "an interactive network of officials, calls and aid (Cytoscape.js)", "operationId": "graph",
            "responses": {"200": {"description": "an HTML page", "content": {"text/html": {}}}}}},
        "/graph.json": {"get": {
            "summary": "the graph view's data: the entity graph as Cytoscape JSON, people by name, calls and aid "
                       "packages by their titles", "operationId": "graph_data",
            "responses": {"200": {"description": "Cytoscape JSON", "content": {"application/json": {}}}}}},
        "/dump.nq.gz": {"get": {
            "summary": "the whole dataset as gzip-compressed N-Quads, streamed", "operationId": "dump_nquads",
            "responses": {"200": {"description": "an attachment", "content": {"application/gzip": {}}}}}},
        "/dump.trig": {"get": {
            "summary": "the whole dataset as TriG, streamed", "operationId": "dump_trig",
            "responses": {"200": {"description": "an attachment", "content": {"application/trig": {}}}}}},
        "/openapi.json": {"get": {
            "summary": "this description", "operationId": "openapi",
            "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}}}},
    },
    "components": {"schemas": {"Error": {
        "type": "object", "required": ["error"],
        "properties": {"error": {"type": "object", "required": ["status", "title", "message"],
                                 "properties": {"status": {"type": "integer"}, "title": {"type": "string"},
                                                "message": {"type": "string"}}}}}}},
}


@blueprint.get("/openapi.json")
def openapi() -> flask.Response:
    cors.allow_read()
    return flask.jsonify(SPEC)
