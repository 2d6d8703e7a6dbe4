"""Hypothesis-driven requests built from the server's own OpenAPI description (/openapi.json): every path,
method and parameter it lists, with values from the enums, the examples and arbitrary text. No request may
get a 5xx, and every JSON error has kg's one error shape."""
from __future__ import annotations

import urllib.parse

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES_PER_OPERATION = 25
ACCEPTS = ["text/html", "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
           "application/json", "*/*", "image/png", "text/*;q=0.1, application/*;q=0.9", ";;;,q=x"]


@pytest.fixture(scope="module")
def spec(server) -> dict:
    response = requests.get(server.url + "/openapi.json", timeout=10)
    assert response.status_code == 200
    return response.json()


def operations(spec: dict) -> list[tuple[str, str, dict]]:
    return [(path, method, operation) for path, item in spec["paths"].items()
            for method, operation in item.items() if method in ("get", "head")]


def test_the_description_covers_the_routes(spec):
    paths = set(spec["paths"])
    assert {"/health", "/store", "/id/{path}", "/article/{path}", "/ontology", "/.well-known/void", "/export",
            "/graph", "/dump.nq.gz", "/dump.trig"} <= paths
    assert set(spec["paths"]["/store"]) == {"get", "head"}
    for _, _, operation in operations(spec):
        assert operation["responses"] and operation["operationId"]


def text() -> st.SearchStrategy[str]:
    return st.one_of(st.text(max_size=40), st.sampled_from(["..", "../../etc/passwd", "%2e%2e%2f", "<script>",
                                                               '">}', "x> } ; DROP ALL #", "\r\nX: y", "\x00"]))


def value(parameter: dict, server_url: str) -> st.SearchStrategy[str]:
    schema = parameter.get("schema", {})
    choices = list(schema.get("enum", [])) + ([parameter["example"]] if "example" in parameter else [])
    if schema.get("format") == "iri":
        choices += ["http://example.org/none", server_url + "/graph/ontology", "urn:x-kg:graph:union"]
    return st.one_of(st.sampled_from(choices), text()) if choices else text()


@st.composite
def requests_for(draw, spec: dict, server_url: str):
    path, method, operation = draw(st.sampled_from(operations(spec)))
    target, query, headers = path, {}, {}
    for parameter in operation.get("parameters", []):
        where, name = parameter["in"], parameter["name"]
        if where == "path":
            target = target.replace("{" + name + "}", urllib.parse.quote(draw(value(parameter, server_url)), safe="/"))
        elif parameter.get("required") or draw(st.booleans()):
            if where == "query":
                query[name] = draw(value(parameter, server_url))
            elif where == "header":
                headers[name] = draw(st.sampled_from(ACCEPTS))
    return method.upper(), target, query, headers


def test_no_generated_request_gets_a_5xx(server, spec):
    session = requests.Session()
    seen = []

    @settings(max_examples=EXAMPLES_PER_OPERATION * len(operations(spec)), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(requests_for(spec, server.url))
    def check(request):
        method, target, query, headers = request
        try:
            response = session.request(method, server.url + target, params=query, headers=headers, timeout=30)
        except requests.exceptions.InvalidHeader:
            return
        seen.append(response.status_code)
        assert response.status_code < 500, (method, target, query, headers, response.status_code, response.text[:300])
        if response.status_code >= 400 and method == "GET" and response.headers.get("Content-Type", "").startswith(
                "application/json"):
            error = response.json()["error"]
            assert error["status"] == response.status_code and error["message"]

    check()
    assert server.alive()
    assert any(status == 200 for status in seen) and any(400 <= status < 500 for status in seen)
