"""The site in headless Chromium against a real server of the whole app over the examples: the home page and its
links, a 404 that is a page, YASGUI running a named query, the graph with readable labels; and a screenshot of
each page a person starts from, left in tests/artifacts/: home.png, sparql.png, graph.png, official.png, call.png,
aid-package.png."""
from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from kg import export

pytestmark = pytest.mark.slow

OFFICIAL = "id/person/lloyd-austin"
CALL = "id/call/2024-06-20/lloyd-austin--rustem-umerov"
PACKAGE = "id/aid/2024-12-03/de-ua-650000000-eur"


def severe(browser) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def ready(browser) -> None:
    WebDriverWait(browser, 20).until(lambda b: b.execute_script("return document.readyState") == "complete")


def shoot(browser, artifacts, name: str) -> None:
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(artifacts / name))


@pytest.fixture
def window(browser):
    browser.set_window_size(1280, 900)
    severe(browser)  # what earlier tests left in the console
    yield browser


def test_home_page_shows_the_counts_and_links_everywhere(window, live_server, artifacts):
    window.get(live_server)
    ready(window)
    hrefs = set(window.execute_script(
        "return Array.from(document.querySelectorAll('main a')).map(function (a) { return a.href; })"))
    for path in ("sparql", "graph", "ontology", ".well-known/void", "dump.nq.gz", "dump.trig",
                 *(f"export?format={name}" for name in export.FORMATS)):
        assert live_server + path in hrefs, path
    assert int(window.find_element(By.CSS_SELECTOR, ".counts li .number").text) > 0
    assert window.find_element(By.CSS_SELECTOR, "h1").text == "Officials, their calls and military aid"
    shoot(window, artifacts, "home.png")
    window.find_element(By.ID, "link-graph").click()
    WebDriverWait(window, 10).until(lambda b: b.current_url == live_server + "graph")
    assert severe(window) == []


def test_a_404_in_a_browser_is_a_page(window, live_server):
    window.get(live_server + "id/person/nobody-at-all")
    ready(window)
    assert window.execute_script("return document.contentType") == "text/html"
    assert window.find_element(By.CSS_SELECTOR, "h1").text == "Not Found"
    assert "nothing is known about" in window.find_element(By.CSS_SELECTOR, ".message").text
    assert window.find_element(By.CSS_SELECTOR, "header.site a.brand").get_attribute("href") == live_server


def test_yasgui_runs_a_named_query_and_shows_its_rows(window, live_server, artifacts, linked_store):
    window.get(live_server + "sparql")
    window.execute_script("window.localStorage.clear()")  # a first visit
    window.get(live_server + "sparql")
    wait = WebDriverWait(window, 20)
    wait.until(lambda b: b.find_element(By.ID, "yasgui").get_attribute("data-ready") == "true")
    tabs = window.execute_script("return kgYasgui.persistentConfig.getTabs().map(function (id) {"
                                 " return kgYasgui.getTab(id).getName(); })")
    assert tabs == ["calls", "aid", "officials"]                             # the contract queries, ready
    window.find_element(By.CSS_SELECTOR, "button.named-query[data-name='aid-by-donor']").click()
    rows = ("return document.querySelectorAll('.tabPanel.active .yasr tbody tr').length")
    wait.until(lambda b: b.execute_script(rows) > 0)
    window.find_element(By.CSS_SELECTOR, "button.named-query[data-name='calls']").click()
    wait.until(lambda b: b.execute_script("return kgYasgui.getTab().getName()") == "calls"
               and b.execute_script(rows) > 0)
    from kg.api import query

    assert window.execute_script(rows) == len(query(linked_store, "calls"))
    shoot(window, artifacts, "sparql.png")
    assert severe(window) == []


def test_graph_labels_are_readable_and_the_graph_is_full_width(window, live_server, artifacts):
    window.get(live_server + "graph")
    WebDriverWait(window, 30).until(
        lambda b: b.execute_script("return document.body.getAttribute('data-graph-ready') === 'true'"))
    call = window.execute_script("return cy.nodes('[type = \"kg:Call\"]').filter(function (n) {"
                                 " return n.style('display') === 'element'; })[0].data()")
    assert "–" in call["label"] and call["label"].split("\n")[1][-4:].isdigit()  # "Austin – Umerov\n20 June 2024"
    sizes = window.execute_script(
        "return cy.nodes().filter(function (n) { return n.style('display') === 'element'; })"
        ".map(function (n) { return parseFloat(n.renderedStyle('font-size')); })")
    assert min(sizes) >= 10.5                                                # px on screen, at the first zoom
    width = window.execute_script("return document.getElementById('graph').getBoundingClientRect().width")
    assert width > 0.7 * window.execute_script("return window.innerWidth")
    overlaps = window.execute_script("""
        var boxes = cy.nodes().filter(function (n) { return n.style('display') === 'element'; })
          .map(function (n) { return n.renderedBoundingBox({ includeLabels: true }); });
        var count = 0;
        for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
          var a = boxes[i], b = boxes[j];
          if (Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1)) count++;
        }
        return [count, boxes.length];""")
    assert overlaps[0] <= overlaps[1] // 10, overlaps                        # labels stand apart
    assert all(window.find_element(By.CSS_SELECTOR, f'#legend li[data-type="{t}"]').is_displayed()
               for t in ("kg:Official", "kg:Call", "kg:AidPackage", "kg:Country"))
    shoot(window, artifacts, "graph.png")
    assert severe(window) == []


@pytest.mark.parametrize("path, name, heading", [
    (OFFICIAL, "official.png", "Lloyd Austin"),
    (CALL, "call.png", "Lloyd Austin – Rustem Umerov, 20 June 2024"),
    (PACKAGE, "aid-package.png", "Germany → Ukraine, €650,000,000"),
])
def test_entity_pages(window, live_server, artifacts, path, name, heading):
    window.get(live_server + path)
    WebDriverWait(window, 20).until(lambda b: b.execute_script("return !!window.cy"))
    assert window.find_element(By.CSS_SELECTOR, "h1").text == heading
    assert window.execute_script("return cy.nodes().length") > 1
    assert window.find_elements(By.CSS_SELECTOR, "dl.facts dt")
    shoot(window, artifacts, name)
    assert severe(window) == []
