"""The query page: YASGUI served from this server (no CDN), the named queries in a sidebar, kg's endpoint and
vocabulary. In headless Chromium it runs a named query and shows its rows, runs the editor's query on Ctrl+Enter,
shows the server's error message, opens a permalink, completes kg's prefixes, classes and properties, and asks
nothing of any other origin. Without the vendor files it is a plain form. (Screenshots of the pages with real data: test_site_browser.py.)"""
from __future__ import annotations

import re

import pytest

from kg import queries
from kg.web import page

from .conftest import serve, sample_store

PEOPLE = ("# People and their names\n"
          "SELECT ?person ?name WHERE {\n  ?person <http://xmlns.com/foaf/0.1/name> ?name\n} ORDER BY ?name\n")
HTML = {"Accept": "text/html"}
YASGUI = page.VENDOR / "yasgui.min.js"


@pytest.fixture
def examples(tmp_path, monkeypatch):
    """The page's named queries come from queries/*.rq; these tests use one that fits their data."""
    (tmp_path / "people.rq").write_text(PEOPLE, encoding="utf-8")
    monkeypatch.setattr(queries, "QUERIES_DIR", tmp_path)


def test_page_lists_the_named_queries(client, examples):
    response = client.get("/sparql", headers=HTML)
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert 'data-name="people"' in html and "People and their names" in html
    assert '"endpoint": "http://localhost/sparql"' in html                      # the default endpoint is this one
    head = html.split("<body", 1)[0]
    assert not re.search(r'(src|href)="(https?:)?//', head)                    # nothing from elsewhere
    for src in re.findall(r'<script src="([^"]+)"', html):
        assert src.startswith("/static/"), src


def test_page_policy_is_strict_but_for_inline_styles(client):
    policy = dict(part.strip().split(" ", 1) for part in
                  client.get("/sparql", headers=HTML).headers["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == "'self'"                                    # no inline script, no eval
    assert policy["style-src"] == "'self' 'unsafe-inline'"                     # YASR's table sizes its columns
    assert policy["connect-src"] == "'self'" and policy["object-src"] == "'none'"


def test_every_shipped_named_query_runs(client):
    names = queries.names()
    if not names:
        pytest.skip("no queries/*.rq yet")
    for name in names:
        response = client.post("/sparql", data={"query": queries.text(name)})
        assert response.status_code == 200, (name, response.get_data(as_text=True))


def test_static_files_are_served(client):
    assert client.get("/static/query.js").status_code == 200
    if YASGUI.is_file():
        assert client.get("/static/vendor/yasgui.min.js").status_code == 200
        assert client.get("/static/vendor/yasgui.min.css").status_code == 200


def test_completion_knows_kgs_vocabulary():
    terms = page.terms()
    kg = "https://w3id.org/kg-defense/ontology#"
    assert {kg + "Official", kg + "Call", kg + "AidPackage", "https://schema.org/Person"} <= set(terms["classes"])
    assert {kg + "participant", kg + "donor", "https://schema.org/name", "http://www.w3.org/ns/org#holds",
            "http://www.w3.org/ns/prov#wasDerivedFrom"} <= set(terms["properties"])


def test_page_falls_back_to_a_plain_form_without_the_vendor_files(client, tmp_path, monkeypatch):
    monkeypatch.setattr(page, "VENDOR", tmp_path)
    html = client.get("/sparql", headers=HTML).get_data(as_text=True)
    assert '<textarea id="plain-text" name="query"' in html and "yasgui.min.js" not in html
    assert "make assets" in html


# -- in a browser ----------------------------------------------------------------------------------------
@pytest.fixture
def yasgui():
    if not YASGUI.is_file():
        pytest.skip("kg/web/static/vendor has no YASGUI: run scripts/assets.sh")


@pytest.fixture
def live_sample():
    live, stop = serve(sample_store())
    yield live
    stop()


def rows(browser) -> list[str]:
    return browser.execute_script(
        "return Array.from(document.querySelectorAll('.tabPanel.active .yasr tbody tr'))"
        ".map(function (r) { return r.textContent; })")


def test_yasgui_runs_a_named_query_and_shows_rows(browser, yasgui, examples, live_sample):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(live_sample.sparql)
    wait = WebDriverWait(browser, 20)
    wait.until(lambda b: b.find_element(By.ID, "yasgui").get_attribute("data-ready") == "true")
    browser.find_element(By.CSS_SELECTOR, "button.named-query[data-name='people']").click()
    wait.until(lambda b: len(rows(b)) == 2)
    found = rows(browser)
    assert "Alice" in found[0] and "Bob" in found[1]
    assert browser.execute_script("return kgYasgui.getTab().getName()") == "people"
    assert browser.execute_script("return kgYasgui.getTab().getEndpoint()") == live_sample.sparql

    # Ctrl+Enter runs what the editor holds
    browser.execute_script("kgYasgui.getTab().getYasqe().setValue("
                           "'SELECT ?name WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name FILTER(?name = \"Alice\") }')")
    browser.find_element(By.CSS_SELECTOR, ".tabPanel.active .CodeMirror textarea").send_keys(Keys.CONTROL, Keys.ENTER)
    wait.until(lambda b: len(rows(b)) == 1)
    assert "Alice" in rows(browser)[0]

    # the server's error message is shown
    browser.execute_script("kgYasgui.getTab().getYasqe().setValue("
                           "'SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')")
    browser.execute_script("kgYasgui.getTab().query().catch(function () {})")
    wait.until(lambda b: "SERVICE" in b.execute_script(
        "var e = document.querySelector('.tabPanel.active .yasr .errorResult'); return e ? e.textContent : ''"))

    # nothing asked of another origin, no errors (a CSP violation would be one)
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
    assert resources and all(name.startswith(live_sample.url + "/") for name in resources), resources
    assert [e["message"] for e in browser.get_log("browser")
            if e["level"] == "SEVERE" and "/sparql - Failed to load resource" not in e["message"]] == []


def test_a_permalink_opens_its_query(browser, yasgui, examples, live_sample):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(live_sample.sparql)
    wait = WebDriverWait(browser, 20)
    wait.until(lambda b: b.find_element(By.ID, "yasgui").get_attribute("data-ready") == "true")
    browser.find_element(By.CSS_SELECTOR, "button.named-query[data-name='people']").click()
    wait.until(lambda b: len(rows(b)) == 2)
    link = browser.execute_script("return kgYasgui.getTab().getShareableLink()")
    assert link.startswith(live_sample.sparql + "#query=")                    # in the fragment: never sent
    browser.execute_script("window.localStorage.clear()")
    browser.get(live_sample.url + "/")
    browser.get(link)
    wait.until(lambda b: b.find_element(By.ID, "yasgui").get_attribute("data-ready") == "true")
    assert browser.execute_script("return kgYasgui.getTab().getQuery()") == PEOPLE
    wait.until(lambda b: len(rows(b)) == 2)


def test_the_editor_completes_kgs_prefixes_and_terms(browser, yasgui, live_sample):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(live_sample.sparql)
    WebDriverWait(browser, 20).until(lambda b: b.find_element(By.ID, "yasgui").get_attribute("data-ready") == "true")
    editor = browser.find_element(By.CSS_SELECTOR, ".tabPanel.active .CodeMirror textarea")

    def hints(text: str, line: int) -> list[str]:
        browser.execute_script("var y = kgYasgui.getTab().getYasqe(); y.setValue(arguments[0]); y.focus();"
                               "y.setCursor(arguments[1], 1000);", text, line)
        editor.send_keys(Keys.CONTROL, Keys.SPACE)
        WebDriverWait(browser, 5).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".CodeMirror-hints li"))
        found = [li.text for li in browser.find_elements(By.CSS_SELECTOR, ".CodeMirror-hints li")]
        editor.send_keys(Keys.ESCAPE)
        return found

    kg = "PREFIX kg: <https://w3id.org/kg-defense/ontology#>\n"
    assert hints(kg + "SELECT * WHERE { ?s kg:parti", 1) == ["kg:participant"]      # properties
    assert "kg:Official" in hints(kg + "SELECT * WHERE { ?s a kg:Offi", 1)           # classes
    assert hints("PREFIX sch", 0)[0] == "schema: <https://schema.org/>"              # kg's prefixes first
    browser.execute_script("var y = kgYasgui.getTab().getYasqe(); y.setValue('SELECT * WHERE { ?s '); y.focus();"
                           "y.setCursor(0, 1000);")
    editor.send_keys("org:")                                                         # a known prefix is declared
    assert browser.execute_script("return kgYasgui.getTab().getYasqe().getValue()").startswith(
        "PREFIX org: <http://www.w3.org/ns/org#>")
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
