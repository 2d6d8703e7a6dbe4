"""The home page (/): for a browser, HTML with the counts and the links; for everyone else, JSON with the same."""
from __future__ import annotations

import re

from kg import export, stats

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
LINKS = ["/sparql", "/graph", "/ontology", "/.well-known/void", "/dump.nq.gz", "/dump.trig",
         *(f"/export?format={name}" for name in export.FORMATS)]


def test_a_browser_gets_a_page_with_the_counts_and_every_link(site_client, linked_store):
    response = site_client.get("/", headers={"Accept": BROWSER})
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    for link in LINKS:
        assert f'href="{link}"' in html, link
        assert site_client.get(link).status_code == 200, link
    counts = stats.collect(linked_store)
    numbers = dict(re.findall(r'<span class="number">([\d,]+)</span><span class="what">([^<]+)</span>', html))
    assert {what: int(n.replace(",", "")) for n, what in numbers.items()} == {
        "articles": counts["articles"], "officials": counts["officials"], "calls": counts["calls"],
        "aid packages": counts["packages"]}
    assert ">Belousov – Dong, 1 April 2025</a>" in html                      # calls by their titles, newest first
    assert "Germany → Ukraine, €650M" in html                                # packages with their amounts
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_everyone_else_gets_json(site_client, linked_store):
    for headers in ({}, {"Accept": "*/*"}, {"Accept": "application/json"}):
        response = site_client.get("/", headers=headers)
        assert response.status_code == 200 and response.mimetype == "application/json"
        document = response.get_json()
        assert document["counts"]["calls"] == stats.collect(linked_store)["calls"]
        assert document["links"]["sparql"] == "http://localhost/sparql"
        assert set(document["links"]["exports"]) == set(export.FORMATS)
    assert site_client.get("/?format=json", headers={"Accept": BROWSER}).mimetype == "application/json"
    assert "Accept" in site_client.get("/").headers["Vary"]


def test_errors_are_pages_for_browsers_and_json_for_the_rest(site_client):
    for path, status in (("/no/such/page", 404), ("/id/person/nobody-at-all", 404), ("/sparql?query=ASK{}", 406)):
        accept = BROWSER if status == 404 else "text/html"
        page = site_client.get(path, headers={"Accept": accept})
        assert page.status_code == status and page.mimetype == "text/html", path
        assert f'<p class="status-code">{status}</p>' in page.get_data(as_text=True)
        for accept in ((None, "*/*", "application/json") if status == 404 else ("image/png", "text/turtle")):
            response = site_client.get(path, headers={"Accept": accept} if accept else {})
            assert response.status_code == status and response.get_json()["error"]["status"] == status, (path, accept)
