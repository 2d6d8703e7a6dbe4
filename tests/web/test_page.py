"""The query page: served to browsers, lists the example queries, and (in headless Chromium) runs one
and shows its rows. A screenshot is left in tests/artifacts/query-page.png."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import queries
from kg.web import page

from .conftest import serve, sample_store

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
PEOPLE = ("# People and their names\n"
          "SELECT ?person ?name WHERE {\n  ?person <http://xmlns.com/foaf/0.1/name> ?name\n} ORDER BY ?name\n")


@pytest.fixture
def examples(tmp_path, monkeypatch):
    """The page's examples come from queries/*.rq; these tests use one that fits their data."""
    (tmp_path / "people.rq").write_text(PEOPLE, encoding="utf-8")
    monkeypatch.setattr(queries, "QUERIES_DIR", tmp_path)


def test_page_lists_the_examples(client, examples):
    response = client.get("/sparql", headers={"Accept": "text/html"})
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert 'data-name="people"' in html and "People and their names" in html
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "http://" not in html.split("<body>")[0].replace("http://localhost", "")  # nothing from elsewhere


def test_every_shipped_example_query_runs(client):
    names = queries.names()
    if not names:
        pytest.skip("no queries/*.rq yet")
    for name in names:
        response = client.post("/sparql", data={"query": queries.text(name)})
        assert response.status_code == 200, (name, response.get_data(as_text=True))


def test_static_files_are_served(client):
    assert client.get("/static/query.js").status_code == 200
    if (page.VENDOR / "codemirror.js").is_file():
        assert client.get("/static/vendor/codemirror.js").status_code == 200


@pytest.fixture
def browser():
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("needs Debian's chromium and chromium-driver (sh scripts/test-deps.sh)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (the [test] extra)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    yield driver
    driver.quit()


def test_browser_runs_an_example_and_shows_rows(browser, examples):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as until
    from selenium.webdriver.support.ui import WebDriverWait

    live, stop = serve(sample_store())
    try:
        browser.get(live.sparql)
        wait = WebDriverWait(browser, 15)
        if (page.VENDOR / "codemirror.js").is_file():
            wait.until(until.presence_of_element_located((By.CSS_SELECTOR, ".CodeMirror")))
        browser.find_element(By.CSS_SELECTOR, "button.example[data-name='people']").click()
        wait.until(until.presence_of_element_located((By.CSS_SELECTOR, "table.results tbody tr")))
        rows = browser.find_elements(By.CSS_SELECTOR, "table.results tbody tr")
        assert [row.find_elements(By.TAG_NAME, "td")[1].text for row in rows] == ["Alice", "Bob @en"]
        assert browser.find_element(By.ID, "status").text.startswith("2 rows")
        csv = browser.find_element(By.ID, "download-csv").get_attribute("href")
        assert "format=csv" in csv and csv.startswith(live.sparql)
        ARTIFACTS.mkdir(exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / "query-page.png"))

        # a bad query shows the server's message
        browser.execute_script("var cm = document.querySelector('.CodeMirror');"
                               "if (cm) { cm.CodeMirror.setValue('SELECT * {'); }"
                               "else { document.getElementById('query').value = 'SELECT * {'; }")
        browser.find_element(By.ID, "run").click()
        wait.until(until.visibility_of_element_located((By.ID, "error")))
        assert "malformed query" in browser.find_element(By.ID, "error").text
    finally:
        stop()


def test_page_falls_back_to_a_text_area_without_the_vendor_files(client, tmp_path, monkeypatch):
    monkeypatch.setattr(page, "VENDOR", tmp_path)
    html = client.get("/sparql", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert '<textarea id="query"' in html and "codemirror" not in html
