"""Content negotiation: the choice among the formats a result can take (kg.formats, as data) from `?format=NAME`
(for browsers, links and clients such as SPARQLWrapper; every value given is tried in order, by name, alias or media
type) or the Accept header (Werkzeug's parser, q-values included)."""
from __future__ import annotations

import functools

import flask
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.formats import CSV, HTML, JSON, JSONLD, NQUADS, NTRIPLES, OFFERS, RDFXML, TRIG, TSV, TURTLE, XML, Format, named
from kg.web.errors import fail

__all__ = ["CSV", "HTML", "JSON", "JSONLD", "NQUADS", "NTRIPLES", "OFFERS", "RDFXML", "TRIG", "TSV", "TURTLE", "XML",
           "Format", "GRAPH_PAYLOADS", "choose", "best_match", "payload_format", "prefers_html"]


GRAPH_PAYLOADS: tuple[Format, ...] = (TURTLE, NTRIPLES, RDFXML, JSONLD)  # what a Graph Store request may send


def choose(offered: tuple[Format, ...]) -> Format:
    """The format to answer in, among `offered`; raises an ApiError 406 when none is acceptable."""
    names = [name for name in requested_formats() if name.strip()]
    if names:
        chosen = named(names, offered)
        if chosen is None:
            fail(406, f"format={names[0]} is not available here; use one of: {', '.join(f.name for f in offered)}",
                 formats={f.name: f.media_type for f in offered})
        return chosen
    accept = flask.request.headers.get("Accept", "")
    best = _cached_best_match(accept, offered) if len(accept) <= CACHED_ACCEPT else best_match(accept, offered)
    if best is None:
        fail(406, f"none of the accepted media types ({accept}) can be served here; "
                  f"use one of: {', '.join(f.media_type for f in offered)} (or ?format=NAME)",
             formats={f.name: f.media_type for f in offered})
    return best


def requested_formats() -> list[str]:
    """The values of `format` in the URL and, for a form POST (SPARQLWrapper's POST puts it there), in the form."""
    request = flask.request
    names = request.args.getlist("format")
    if request.method == "POST" and request.mimetype == "application/x-www-form-urlencoded":
        names += request.form.getlist("format")
    return names


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


def prefers_html() -> bool:
    """A browser: its Accept header names text/html (or XHTML) itself, at least as high as anything that would get
    JSON (`*/*` included). curl, fetch() and SPARQL clients (`*/*`, or no header, or their result types) do not."""
    accepted = parse_accept_header(flask.request.headers.get("Accept", ""), MIMEAccept)
    named = max((q for value, q in accepted if value in ("text/html", "application/xhtml+xml")), default=0)
    return named > 0 and named >= accepted["application/json"]


def payload_format(mimetype: str) -> Format | None:
    """The RDF format of a request body with this media type, if kg reads it."""
    for candidate in GRAPH_PAYLOADS:
        if mimetype in (candidate.media_type, *candidate.also):
            return candidate
    return None
