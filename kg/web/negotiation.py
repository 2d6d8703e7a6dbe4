"""Content negotiation: the formats each kind of result can take, as data, and the choice among them from
`?format=NAME` (for browsers and links) or the Accept header (Werkzeug's parser, q-values included)."""
from __future__ import annotations

import functools
from dataclasses import dataclass

import flask
import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.web.errors import fail


@dataclass(frozen=True)
class Format:
    name: str  # the value of ?format=
    media_type: str
    results: ox.QueryResultsFormat | None = None  # for SELECT / ASK results
    rdf: ox.RdfFormat | None = None  # for graphs
    also: tuple[str, ...] = ()  # other media types a client may ask for to get this format

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8"

    @property
    def iri(self) -> str:
        return (self.results or self.rdf).iri


JSON = Format("json", "application/sparql-results+json", results=ox.QueryResultsFormat.JSON, also=("application/json",))
XML = Format("xml", "application/sparql-results+xml", results=ox.QueryResultsFormat.XML)
CSV = Format("csv", "text/csv", results=ox.QueryResultsFormat.CSV)
TSV = Format("tsv", "text/tab-separated-values", results=ox.QueryResultsFormat.TSV)
TURTLE = Format("turtle", "text/turtle", rdf=ox.RdfFormat.TURTLE, also=("application/x-turtle",))
NTRIPLES = Format("ntriples", "application/n-triples", rdf=ox.RdfFormat.N_TRIPLES)
RDFXML = Format("rdfxml", "application/rdf+xml", rdf=ox.RdfFormat.RDF_XML)
JSONLD = Format("jsonld", "application/ld+json", rdf=ox.RdfFormat.JSON_LD)
NQUADS = Format("nquads", "application/n-quads", rdf=ox.RdfFormat.N_QUADS)
TRIG = Format("trig", "application/trig", rdf=ox.RdfFormat.TRIG)
HTML = Format("html", "text/html")

# What each kind of result can be sent as; the first is the default when the client states no preference.
OFFERS: dict[str, tuple[Format, ...]] = {
    "solutions": (JSON, XML, CSV, TSV),
    "boolean": (JSON, XML),
    "graph": (TURTLE, NTRIPLES, RDFXML, JSONLD, NQUADS, TRIG),
}
GRAPH_PAYLOADS: tuple[Format, ...] = (TURTLE, NTRIPLES, RDFXML, JSONLD)  # what a Graph Store request may send


def choose(offered: tuple[Format, ...]) -> Format:
    """The format to answer in, among `offered`; raises an ApiError 406 when none is acceptable."""
    name = flask.request.args.get("format")
    if name:
        for candidate in offered:
            if candidate.name == name:
                return candidate
        fail(406, f"format={name} is not available here; use one of: {', '.join(f.name for f in offered)}",
             formats={f.name: f.media_type for f in offered})
    accept = flask.request.headers.get("Accept", "")
    best = _cached_best_match(accept, offered) if len(accept) <= CACHED_ACCEPT else best_match(accept, offered)
    if best is None:
        fail(406, f"none of the accepted media types ({accept}) can be served here; "
                  f"use one of: {', '.join(f.media_type for f in offered)} (or ?format=NAME)",
             formats={f.name: f.media_type for f in offered})
    return best


def best_match(accept: str, offered: tuple[Format, ...]) -> Format | None:
    """The format among `offered` that an Accept header value prefers; None when it accepts none of them."""
    accepted = parse_accept_header(accept, MIMEAccept)
    if not accepted:
        return offered[0]
    by_type = {}
    for candidate in offered:
        for media_type in (candidate.media_type, *candidate.also):
            by_type[media_type] = candidate
            by_type[f"{media_type}; charset=utf-8"] = candidate
    best = accepted.best_match(list(by_type))
    return None if best is None else by_type[best]


CACHED_ACCEPT = 500  # characters: clients send a few Accept headers again and again; longer ones are not kept
_cached_best_match = functools.lru_cache(maxsize=256)(best_match)


def payload_format(mimetype: str) -> Format | None:
    """The RDF format of a request body with this media type, if kg reads it."""
    for candidate in GRAPH_PAYLOADS:
        if mimetype in (candidate.media_type, *candidate.also):
            return candidate
    return None
