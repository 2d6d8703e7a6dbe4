"""Result formats as data, shared by the endpoint (`?format=`, Accept) and the command line (`kg query --format`):
each format's name, media type, W3C format IRI, and the other names clients call it by.

Clients name formats loosely, and per query form: SPARQLWrapper sends `format=xml` for every query form (its
default), and `rdf+xml`, `json-ld`, `n3`, `turtle`, `csv` or `tsv` (some twice, the second time as a media type).
So a name is looked up among the formats that fit the result at hand (`named`): `xml` is SPARQL XML for a SELECT or
ASK and RDF/XML for a CONSTRUCT or DESCRIBE, `json` is SPARQL JSON or JSON-LD."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

FORMATS_NS = "http://www.w3.org/ns/formats/"


@dataclass(frozen=True)
class Format:
    name: str  # the value of ?format= and --format
    media_type: str
    results: ox.QueryResultsFormat | None = None  # for SELECT / ASK results
    rdf: ox.RdfFormat | None = None  # for graphs
    also: tuple[str, ...] = ()  # other media types a client may ask for to get this format
    aliases: tuple[str, ...] = ()  # other names `?format=` may give it (besides its name and media types)
    iri: str = ""  # its W3C format IRI (http://www.w3.org/ns/formats/...), for service descriptions

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8"

    def answers_to(self, name: str) -> bool:
        """Whether `?format=name` means this format (its name, an alias or a media type, in any case)."""
        name = name.strip().lower()
        return name == self.name or name in self.aliases or name == self.media_type or name in self.also


JSON = Format("json", "application/sparql-results+json", results=ox.QueryResultsFormat.JSON, also=("application/json",),
              aliases=("srj",), iri=FORMATS_NS + "SPARQL_Results_JSON")
XML = Format("xml", "application/sparql-results+xml", results=ox.QueryResultsFormat.XML, aliases=("srx",),
             iri=FORMATS_NS + "SPARQL_Results_XML")
CSV = Format("csv", "text/csv", results=ox.QueryResultsFormat.CSV, iri=FORMATS_NS + "SPARQL_Results_CSV")
TSV = Format("tsv", "text/tab-separated-values", results=ox.QueryResultsFormat.TSV, iri=FORMATS_NS + "SPARQL_Results_TSV")
TURTLE = Format("turtle", "text/turtle", rdf=ox.RdfFormat.TURTLE, also=("application/x-turtle",),
                aliases=("ttl", "n3", "text/n3", "text/rdf+n3", "application/turtle"), iri=FORMATS_NS + "Turtle")
NTRIPLES = Format("ntriples", "application/n-triples", rdf=ox.RdfFormat.N_TRIPLES, aliases=("nt", "n-triples"),
                  iri=FORMATS_NS + "N-Triples")
RDFXML = Format("rdfxml", "application/rdf+xml", rdf=ox.RdfFormat.RDF_XML, aliases=("rdf+xml", "rdf", "xml"),
                iri=FORMATS_NS + "RDF_XML")
JSONLD = Format("jsonld", "application/ld+json", rdf=ox.RdfFormat.JSON_LD, aliases=("json-ld", "json"),
                iri=FORMATS_NS + "JSON-LD")
NQUADS = Format("nquads", "application/n-quads", rdf=ox.RdfFormat.N_QUADS, aliases=("nq", "n-quads"),
                iri=FORMATS_NS + "N-Quads")
TRIG = Format("trig", "application/trig", rdf=ox.RdfFormat.TRIG, iri=FORMATS_NS + "TriG")
HTML = Format("html", "text/html")

# What each kind of result can be sent as; the first is the default when the client states no preference.
OFFERS: dict[str, tuple[Format, ...]] = {
    "solutions": (JSON, XML, CSV, TSV),
    "boolean": (JSON, XML),
    "graph": (TURTLE, NTRIPLES, RDFXML, JSONLD, NQUADS, TRIG),
}
KIND_OF_FORM = {"SELECT": "solutions", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}


def named(names: Iterable[str], offered: tuple[Format, ...]) -> Format | None:
    """The first of `names` (the values of `?format=`, in order) that one of the `offered` formats answers to;
    None when none does. Empty values are skipped."""
    for name in names:
        if name.strip():
            for candidate in offered:
                if candidate.answers_to(name):
                    return candidate
    return None


def all_names() -> list[str]:
    """Every format name of a query result, for `kg query --format` (aliases are also accepted)."""
    return list(dict.fromkeys(f.name for kind in OFFERS.values() for f in kind))
