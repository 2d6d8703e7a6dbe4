"""Content negotiation for linked-data pages: kg.web's format table and chooser (Werkzeug's Accept parsing,
`?format=`, a JSON 406), with an HTML twin, the media types pages also answer to, and `Link` headers."""
from __future__ import annotations

from dataclasses import replace

import flask

from kg.vocab import PREFIXES
from kg.web import negotiation as web
from kg.web.negotiation import Format
from kg.web.serialize import graph

HTML = replace(web.HTML, also=("application/xhtml+xml",))
TURTLE = web.TURTLE
JSONLD = replace(web.JSONLD, also=("application/json",))  # on a page, plain JSON means its JSON-LD
NTRIPLES = replace(web.NTRIPLES, also=("text/plain",))
RDFXML = web.RDFXML
RDF = (TURTLE, JSONLD, NTRIPLES, RDFXML)


def negotiate(offered: tuple[Format, ...]) -> Format:
    """The representation to send (the first offered when the client has no preference); 406 otherwise."""
    return web.choose(offered)


def serialize(triples, representation: Format) -> bytes:
    """Triples in an RDF representation, with kg's usual prefixes where the syntax has them."""
    return graph(triples, representation, PREFIXES)


def alternates(url: str, offered: tuple[Format, ...]) -> list[tuple[str, Format]]:
    """(url?format=NAME, representation) for every RDF representation offered."""
    separator = "&" if "?" in url else "?"
    return [(f"{url}{separator}format={r.name}", r) for r in offered if r.rdf is not None]


def link_header(url: str, offered: tuple[Format, ...]) -> str:
    return ", ".join(f'<{href}>; rel="alternate"; type="{r.media_type}"' for href, r in alternates(url, offered))


def respond(body: bytes | str, representation: Format, status: int = 200) -> flask.Response:
    response = flask.Response(body, status=status, content_type=representation.content_type)
    response.vary.add("Accept")
    return response
