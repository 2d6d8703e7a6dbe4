"""The deadline probes hold for any spacing: a query whose FILTER closes right before its group's brace
(`FILTER(...)}`) runs with its probes, so past KG_QUERY_TIMEOUT it gets a 503 and its thread is parked, not left
running without a deadline."""
from __future__ import annotations

import logging
import time

import pytest
import requests

from kg.web import limits

from .conftest import heavy_store, serve

FILTER_AT_BRACE = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?c + ?f + ?i = -1)} ORDER BY ?a"


@pytest.fixture
def slow():
    live, stop = serve(heavy_store(), query_timeout=1.0, max_rows=10**9)
    yield live
    stop()


def test_a_filter_right_before_the_brace_keeps_its_deadline(slow, caplog):
    parked_before = limits.parked()
    with caplog.at_level(logging.WARNING, logger="kg.web.limits"):
        started = time.monotonic()
        response = requests.get(slow.sparql, params={"query": FILTER_AT_BRACE}, timeout=30)
        seconds = time.monotonic() - started
        deadline = time.monotonic() + 5
        while limits.parked() == parked_before and time.monotonic() < deadline:
            time.sleep(0.05)
    assert response.status_code == 503 and "KG_QUERY_TIMEOUT" in response.json()["error"]["message"]
    assert seconds < 3.0
    assert limits.parked() > parked_before  # stopped in a probe, not running on
    assert "without deadline probes" not in caplog.text
