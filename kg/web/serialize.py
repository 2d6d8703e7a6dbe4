"""Results as bytes in a chosen format. Solutions are written as SPARQL JSON here (so the rows the
endpoint collected, less the deadline probes' variables, are what is sent), or by Oxigraph for an index
scan (limits.Outcome.document), and turned into XML, CSV or TSV by pyoxigraph; booleans and graphs are
serialized by pyoxigraph directly.

SPARQL JSON is assembled as text around JSON strings made by the json module's own string encoder (the one
json.dumps uses): twice as fast as building dicts for json.dumps, for the few rows of a point lookup and the
many of a dump alike."""
from __future__ import annotations

from json.encoder import encode_basestring as json_string

import pyoxigraph as ox

from kg.web.limits import Outcome
from kg.web.negotiation import Format

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    """An RDF term as the JSON text of a SPARQL JSON results term."""
    return _TERM_WRITERS[type(term)](term)


def _iri(term: ox.NamedNode) -> str:
    return f'{{"type":"uri","value":{json_string(term.value)}}}'


def _blank(term: ox.BlankNode) -> str:
    return f'{{"type":"bnode","value":{json_string(term.value)}}}'


def _literal(term: ox.Literal) -> str:
    value = json_string(term.value)
    if language := term.language:
        return f'{{"type":"literal","value":{value},"xml:lang":{json_string(language)}}}'
    datatype = term.datatype.value
    if datatype == XSD_STRING or datatype == RDF_LANG_STRING:
        return f'{{"type":"literal","value":{value}}}'
    return f'{{"type":"literal","value":{value},"datatype":{json_string(datatype)}}}'


def _triple(term: ox.Triple) -> str:
    return (f'{{"type":"triple","value":{{"subject":{term_json(term.subject)},'
            f'"predicate":{term_json(term.predicate)},"object":{term_json(term.object)}}}}}')


_TERM_WRITERS = {ox.NamedNode: _iri, ox.BlankNode: _blank, ox.Literal: _literal, ox.Triple: _triple}


def solutions_json(variables: list[str], solutions: list[ox.QuerySolution],
                   positions: list[int] | None = None) -> bytes:
    """SPARQL JSON results; `positions`: where each variable's value sits in a solution, when not in order."""
    columns = list(zip([f"{json_string(name)}:" for name in variables],
                       range(len(variables)) if positions is None else positions))
    rows = []
    for solution in solutions:
        values = tuple(solution)
        terms = [key + term_json(values[at]) for key, at in columns if values[at] is not None]
        rows.append("{" + ",".join(terms) + "}")
    head = ",".join([json_string(name) for name in variables])
    return f'{{"head":{{"vars":[{head}]}},"results":{{"bindings":[{",".join(rows)}]}}}}'.encode()


def render(outcome: Outcome, fmt: Format, prefixes: dict[str, str] | None = None) -> bytes:
    if outcome.boolean is not None:
        return outcome.boolean.serialize(format=fmt.results)
    if outcome.triples is not None:
        return graph(outcome.triples, fmt, prefixes)
    document = outcome.document
    if document is None:
        document = solutions_json(outcome.variables, outcome.solutions, outcome.positions)
    if fmt.results == ox.QueryResultsFormat.JSON:
        return document
    return ox.parse_query_results(document, ox.QueryResultsFormat.JSON).serialize(format=fmt.results)


def graph(triples, fmt: Format, prefixes: dict[str, str] | None = None) -> bytes:
    if prefixes and fmt.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        return ox.serialize(triples, format=fmt.rdf, prefixes=prefixes)
    return ox.serialize(triples, format=fmt.rdf)
