"""Every error has the same JSON shape: {"error": {"status", "title", "message", ...}}."""
from __future__ import annotations

import pytest
from werkzeug.http import HTTP_STATUS_CODES

from .conftest import AUTH, HEAVY, heavy_store

BIG_QUERY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.mark.parametrize("method, path, kwargs, status", [
    ("GET", "/sparql", {"query_string": {"query": "SELEC"}}, 400),
    ("GET", "/sparql", {"query_string": {"query": BIG_QUERY}}, 400),  # over max_rows
    ("POST", "/sparql", {"data": "CLEAR ALL", "content_type": "application/sparql-update"}, 401),
    ("POST", "/sparql", {"data": "CLEAR ALL", "content_type": "application/sparql-update",
                         "headers": {"Authorization": "Bearer no"}}, 403),
    ("GET", "/no/such/page", {}, 404),
    ("DELETE", "/sparql", {}, 405),
    ("GET", "/sparql", {"query_string": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}}, 406),
    ("POST", "/sparql", {"data": {"query": "ASK {}" + " " * 5000}}, 413),
    ("POST", "/sparql", {"data": "ASK {}", "content_type": "text/plain"}, 415),
    ("GET", "/store", {"query_string": {"graph": "http://example.org/none"}}, 404),
    ("PUT", "/store", {"query_string": {"default": ""}, "data": "<a> <b> .", "content_type": "text/turtle",
                       "headers": AUTH}, 400),
])
def test_one_error_shape(make_client, method, path, kwargs, status):
    client = make_client(max_rows=5, max_request_bytes=4096)
    response = client.open(path, method=method, **kwargs)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    document = response.get_json()
    assert list(document) == ["error"]
    assert list(document["error"])[:3] == ["status", "title", "message"]
    assert document["error"]["status"] == status
    assert document["error"]["title"] == HTTP_STATUS_CODES[status]
    assert document["error"]["message"]


def test_timeout_is_a_503_in_the_same_shape(make_client):
    client = make_client(heavy_store(), query_timeout=0.3)
    response = client.get("/sparql", query_string={"query": HEAVY})
    assert response.status_code == 503
    assert response.get_json()["error"]["title"] == "Service Unavailable"
    assert "KG_QUERY_TIMEOUT" in response.get_json()["error"]["message"]
    assert response.headers["Retry-After"]


def test_a_bug_is_a_500_in_the_same_shape(make_client, monkeypatch):
    from kg.web import sparql

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(sparql.serialize, "render", broken)
    client = make_client()
    client.application.testing = False
    response = client.get("/sparql", query_string={"query": "ASK {}"})
    assert response.status_code == 500
    assert response.get_json()["error"]["status"] == 500
    assert "bug" not in response.get_json()["error"]["message"]
