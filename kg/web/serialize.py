"""Results as bytes in a chosen format. Solutions are written as SPARQL JSON here (so the rows the
endpoint collected, less the deadline probes' variables, are what is sent) and turned into XML, CSV or TSV
by pyoxigraph; booleans and graphs are serialized by pyoxigraph directly."""
from __future__ import annotations

import json

import pyoxigraph as ox

from kg.web.limits import Outcome
from kg.web.negotiation import Format

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": term_json(term.subject), "predicate": term_json(term.predicate),
                                        "object": term_json(term.object)}}


def solutions_json(variables: list[str], solutions: list[ox.QuerySolution]) -> bytes:
    bindings = []
    for solution in solutions:
        row = {}
        for name in variables:
            value = solution[name]
            if value is not None:
                row[name] = term_json(value)
        bindings.append(row)
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def render(outcome: Outcome, fmt: Format, prefixes: dict[str, str] | None = None) -> bytes:
    if outcome.boolean is not None:
        return outcome.boolean.serialize(format=fmt.results)
    if outcome.triples is not None:
        return graph(outcome.triples, fmt, prefixes)
    document = solutions_json(outcome.variables, outcome.solutions)
    if fmt.results == ox.QueryResultsFormat.JSON:
        return document
    return ox.parse_query_results(document, ox.QueryResultsFormat.JSON).serialize(format=fmt.results)


def graph(triples, fmt: Format, prefixes: dict[str, str] | None = None) -> bytes:
    if prefixes and fmt.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        return ox.serialize(triples, format=fmt.rdf, prefixes=prefixes)
    return ox.serialize(triples, format=fmt.rdf)
