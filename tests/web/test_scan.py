"""The lexical scan of SPARQL text: what it finds, and rewrites that keep results unchanged."""
from __future__ import annotations

import json

import pytest

from kg.web import negotiation, scan, serialize
from kg.web.limits import PROBE_CONDITION, PROBE_FUNCTION, Runner, probe_bind

from .conftest import sample_store


@pytest.mark.parametrize("text, form", [
    ("PREFIX ex: <http://e/> SELECT * { ?s ?p ?o }", "SELECT"),
    ("# SELECT\nASK { }", "ASK"),
    ("construct where { ?s ?p ?o }", "CONSTRUCT"),
    ("DESCRIBE <http://x/>", "DESCRIBE"),
    ("INSERT DATA { <a> <b> <c> }", None),
])
def test_form(text, form):
    assert scan.scan(text).form == form


@pytest.mark.parametrize("text, iri", [
    ("SELECT * { SERVICE <http://evil/sparql> { ?s ?p ?o } }", "http://evil/sparql"),
    ("PREFIX e: <http://evil/> SELECT * { SERVICE SILENT e:sparql { } }", "http://evil/sparql"),
    ("BASE <http://evil/> SELECT * { SERVICE <sparql> { } }", "http://evil/sparql"),
    ("select * { service <http:\\u002F/evil/> { } }", "http://evil/"),
    ("SELECT * { ?s ?p ?o FILTER(?o<3) SERVICE<http://evil/>{ } }", "http://evil/"),
    ("LOAD <http://evil/data.ttl> INTO GRAPH <http://g/>", "http://evil/data.ttl"),
    ("SELECT * { SERVICE ?endpoint { } }", None),
    ("SELECT * { VALUES ?x { <http://evil/> } FILTER(?x<?x)SERVICE?x#>\n{ ?s ?p ?o } }", None),
    ("SELECT * { VALUES ?x { <http://evil/> } FILTER(?x<?x) SERVICE ?x { ?s ?p ?o } }", None),
    ("SELECT * { SERVICE undeclared:x { } }", None),
])
def test_service_and_load_targets(text, iri):
    targets = scan.scan(text).targets
    assert len(targets) == 1 and targets[0].iri == iri


@pytest.mark.parametrize("text", [
    "SELECT * { ?s ?p \"SERVICE <http://evil/> {}\" }",
    "SELECT * { ?s ?p ?o } # SERVICE <http://evil/> { }",
    "SELECT * { ?s <http://example.org/service/1> ?o }",
    "SELECT * { ?s <urn:service:1> <http://x/#load:2> }",
    "SELECT * { ?s ?p '''\nSERVICE <http://evil/> { }\n''' }",
    "SELECT ?a (?a<?b AS ?c) WHERE { ?a ?p ?b }",
])
def test_no_target_where_there_is_none(text):
    assert scan.scan(text).targets == ()


def test_dataset_and_using_clauses():
    assert scan.scan("SELECT * FROM <http://g> WHERE { ?s ?p ?o }").dataset_clause
    assert not scan.scan("SELECT * WHERE { ?s <http://from/> ?o }").dataset_clause
    assert scan.scan("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }").using_clause


def test_with_using_adds_clauses_before_where():
    text = scan.with_using("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o } ; INSERT DATA { <a> <b> <c> }",
                           ["http://d"], ["http://n"])
    assert text == ("INSERT { ?s ?p ?o } USING <http://d> USING NAMED <http://n> WHERE { ?s ?p ?o } ; "
                    "INSERT DATA { <a> <b> <c> }")
    with pytest.raises(ValueError):
        scan.with_using("DELETE WHERE { ?s ?p ?o }", ["http://d"], [])


QUERIES = [
    "SELECT * WHERE { ?s ?p ?o }",
    "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ORDER BY ?s",
    "SELECT * { ?s ?p ?o FILTER(isLiteral(?o)) OPTIONAL { ?o ?q ?r } }",
    "SELECT * { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 2 } ?s ?p2 ?o2 }",
    "SELECT * { ?s ?p ?o FILTER NOT EXISTS { ?o ?q ?r } } ORDER BY ?s ?p ?o",
    "SELECT * { ?s ?p ?o FILTER regex(str(?o), \"^A\") }",
    "SELECT * { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } MINUS { ?s <http://xmlns.com/foaf/0.1/knows> ?o } }",
    "SELECT * { VALUES ?p { <http://xmlns.com/foaf/0.1/name> } ?s ?p ?o }",
    "ASK { ?s ?p ?o FILTER(?o = \"Alice\") }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CONSTRUCT WHERE { ?s ?p ?o }",
    "DESCRIBE ?s WHERE { ?s ?p \"Alice\" }",
    "SELECT * { BIND(1 AS ?x) FILTER(?x < 2) }",
    "SELECT * {}",
    # a filter's closing bracket right before the group's brace: the probe goes after the filter, not inside it
    "SELECT * { ?s ?p ?o FILTER(isLiteral(?o))}",
    "SELECT * {?s ?p ?o FILTER regex(str(?o),\"^A\")}",
    "SELECT * {{?s ?p ?o FILTER(isIRI(?o))}FILTER(isIRI(?s))}",
    "ASK {?s ?p ?o FILTER EXISTS{?o ?q ?r FILTER(isLiteral(?r))}}",
    "SELECT * { ?s ?p ?o FILTER NOT EXISTS { ?o ?q ?r }}",
]


@pytest.mark.parametrize("query", QUERIES)
def test_probes_do_not_change_results(query):
    store = sample_store()
    probed = scan.with_probes(query, probe_bind, PROBE_CONDITION)
    assert (probed == query) == (query.startswith("CONSTRUCT WHERE"))  # the short form has no group to probe
    functions = {PROBE_FUNCTION: lambda *args: None}
    expected = store.query(query)
    got = store.query(probed, custom_functions=functions)
    if hasattr(expected, "variables"):
        names = [v.value for v in expected.variables]
        assert sorted(str([s[n] for n in names]) for s in got) == sorted(str([s[n] for n in names]) for s in expected)
    elif isinstance(expected, bool) or type(expected).__name__ == "QueryBoolean":
        assert bool(got) == bool(expected)
    else:
        assert {str(t) for t in got} == {str(t) for t in expected}


@pytest.mark.parametrize("text, expected", [
    ("SELECT * { SERVICE SILENT <http://x/> { ?s ?p ?o } }", "SELECT * { {} }"),
    ("SELECT * {SERVICE SILENT<http://x/>{?s ?p ?o FILTER(?o<3)}}", "SELECT * {{}}"),
    ("SELECT * { SERVICE SILENT <http://x/> { SERVICE <http://y/> { } } ?s ?p ?o }", "SELECT * { {} ?s ?p ?o }"),
    ("SELECT * { SERVICE <http://x/> { } }", None),
])
def test_a_silent_service_can_be_cut_out_whole(text, expected):
    spans = [t.span for t in scan.scan(text).targets if t.silent]
    if expected is None:
        assert not spans
    else:
        assert scan.without_services(text, spans[:1]) == expected


def test_probe_variables_never_reach_the_results():
    query = "SELECT * { ?s ?p ?o OPTIONAL { ?o ?q ?r } }"  # not an index scan: it runs with probes
    store = sample_store()
    outcome = Runner(store, 5, 100).run(query)
    assert sorted(outcome.variables) == ["o", "p", "q", "r", "s"]
    document = json.loads(serialize.render(outcome, negotiation.JSON))
    assert sorted(document["head"]["vars"]) == ["o", "p", "q", "r", "s"]
    assert {name for row in document["results"]["bindings"] for name in row} <= {"o", "p", "q", "r", "s"}
    assert len(document["results"]["bindings"]) == len(list(store.query(query)))


@pytest.mark.parametrize("text, limit", [
    ("SELECT ?p ?o WHERE { <http://x/a> ?p ?o }", None),
    ("select * { ?s ?p ?o . } limit 7", 7),
    ("PREFIX e: <http://e/> BASE <http://b/> SELECT ?s WHERE { ?s a e:C } # LIMIT 3", None),
    ('SELECT ?s { ?s <p> "x"@en }', None),
    ('SELECT ?s { ?s <p> "x"^^<http://t> } LIMIT 0', 0),
    ("SELECT ?s { ?s <p> 12 }", None),
])
def test_a_single_triple_pattern_is_an_index_scan(text, limit):
    found = scan.scan(text).index_scan
    assert found is not None and found.limit == limit
    assert found.limited(text, 5).endswith(f"}} LIMIT {5 if limit is None else min(5, limit)}")
    assert scan.scan(found.limited(text, 5)).index_scan is not None


@pytest.mark.parametrize("text", [
    "SELECT ?x { ?x ?p ?x }",  # a repeated variable: Oxigraph filters what it reads
    "SELECT ?x { ?x ?p $x }",
    "SELECT DISTINCT ?p { ?s ?p ?o }",
    "SELECT ?s { ?s <p>* ?o }",
    "SELECT ?s { ?s <p> ?o } OFFSET 5",
    "SELECT ?s { ?s <p> ?o } LIMIT 5 OFFSET 5",
    "SELECT ?s { ?s <p> ?o } ORDER BY ?s",
    "SELECT ?s { ?s <p> ?o FILTER(?o > 1) }",
    "SELECT ?s { ?s <p> ?o . ?o ?q ?r }",
    "SELECT ?s { ?s <p> ?o ; ?q ?r }",
    "SELECT ?s { GRAPH ?g { ?s ?p ?o } }",
    "SELECT ?s FROM <http://g/> { ?s <p> ?o }",
    "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
    "SELECT * { SERVICE <http://evil/> { ?s ?p ?o } }",
    "SELECT * { { SELECT * { ?s ?p ?o } } }",
    "SELECT ?s { ?s ?p ?o } VALUES ?s { <http://a/> }",
    "SELECT ?s { _:b ?p ?o }",
    "SELECT ?s { ?s ?p << ?a ?b ?c >> }",
    "ASK { ?s ?p ?o }",
    "CONSTRUCT WHERE { ?s ?p ?o }",
    "SELECT ?s { ?s ?p ?o",
    "PREFIX e: SELECT * { ?s ?p ?o }",
])
def test_anything_else_is_not_an_index_scan(text):
    assert scan.scan(text).index_scan is None


def test_scans_are_cached_per_text_and_base():
    text = "SELECT * { SERVICE <sparql> { ?s ?p ?o } }"
    first = scan.scan(text, "http://one/")
    assert scan.scan(text, "http://one/") is first
    assert scan.scan(text, "http://two/").targets[0].iri == "http://two/sparql"
    assert scan.scan(text + " ", "http://one/") is not first
    assert scan.scan("SELECT * { ?s ?p ?o }").targets == ()
    long_text = "SELECT * { ?s ?p ?o } #" + "x" * scan.CACHED_TEXT
    assert scan.scan(long_text) is not scan.scan(long_text)  # long texts are scanned anew, not kept
    assert scan.scan(long_text) == scan.scan(long_text)
