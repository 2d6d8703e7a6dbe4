"""Content negotiation: which representation a request wants, from `?format=NAME` (looked up in the table)
or the Accept header (Werkzeug's parser), among the ones a route offers."""
from __future__ import annotations

from dataclasses import dataclass

import flask
import pyoxigraph as ox

from kg.vocab import PREFIXES


@dataclass(frozen=True)
class Representation:
    name: str          # the value of ?format=
    media_type: str
    rdf: ox.RdfFormat | None  # None for HTML


HTML = Representation("html", "text/html", None)
TURTLE = Representation("turtle", "text/turtle", ox.RdfFormat.TURTLE)
JSONLD = Representation("jsonld", "application/ld+json", ox.RdfFormat.JSON_LD)
NTRIPLES = Representation("ntriples", "application/n-triples", ox.RdfFormat.N_TRIPLES)
RDFXML = Representation("rdfxml", "application/rdf+xml", ox.RdfFormat.RDF_XML)

RDF = (TURTLE, JSONLD, NTRIPLES, RDFXML)
BY_NAME = {r.name: r for r in (HTML, *RDF)}
# media types some clients send for the same representations
ALIASES = {"application/xhtml+xml": HTML, "application/x-turtle": TURTLE, "application/json": JSONLD,
           "text/plain": NTRIPLES}


class NotAcceptable(Exception):
    def __init__(self, offered: tuple[Representation, ...]) -> None:
        super().__init__("no acceptable representation")
        self.offered = offered


def negotiate(offered: tuple[Representation, ...]) -> Representation:
    """The representation to send; the first offered one when the client has no preference."""
    name = flask.request.args.get("format")
    if name is not None:
        chosen = BY_NAME.get(name)
        if chosen is None or chosen not in offered:
            raise NotAcceptable(offered)
        return chosen
    accept = flask.request.accept_mimetypes
    if not accept:
        return offered[0]
    candidates = [r.media_type for r in offered] + [m for m, r in ALIASES.items() if r in offered]
    best = accept.best_match(candidates)
    if best is None:
        raise NotAcceptable(offered)
    return ALIASES.get(best) or next(r for r in offered if r.media_type == best)


def serialize(triples, representation: Representation) -> bytes:
    """Triples in an RDF representation, with kg's usual prefixes where the syntax has them."""
    prefixes = PREFIXES if representation.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    if prefixes:
        return ox.serialize(triples, format=representation.rdf, prefixes=prefixes)
    return ox.serialize(triples, format=representation.rdf)


def alternates(url: str, offered: tuple[Representation, ...]) -> list[tuple[str, Representation]]:
    """(url?format=NAME, representation) for every RDF representation offered."""
    separator = "&" if "?" in url else "?"
    return [(f"{url}{separator}format={r.name}", r) for r in offered if r.rdf is not None]


def link_header(url: str, offered: tuple[Representation, ...]) -> str:
    return ", ".join(f'<{href}>; rel="alternate"; type="{r.media_type}"' for href, r in alternates(url, offered))


def respond(body: bytes | str, representation: Representation, status: int = 200) -> flask.Response:
    mimetype = representation.media_type
    response = flask.Response(body, status=status, mimetype=mimetype)
    if representation.rdf is not None or mimetype == "text/html":
        response.headers["Content-Type"] = f"{mimetype}; charset=utf-8"
    response.vary.add("Accept")
    return response
