"""In headless Chromium against a real server: the graph view draws nodes, filters them and opens a node's page;
an article's hostile text stays inert; the pages run under their CSP without errors. (Screenshots of the pages:
test_site_browser.py.)"""
from __future__ import annotations

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.support.ui import WebDriverWait

pytestmark = pytest.mark.slow

SHOWN = "return cy.nodes().filter(function (n) { return n.style('display') === 'element'; }).length"


def no_alert(browser) -> bool:
    try:
        _ = browser.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def severe_console_errors(browser) -> list[str]:
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def test_graph_view_draws_filters_and_opens_nodes(live_server, browser, artifacts):
    browser.get(live_server + "graph")
    WebDriverWait(browser, 20).until(
        lambda b: b.execute_script("return document.body.getAttribute('data-graph-ready') === 'true'"))
    assert browser.execute_script("return cy.nodes().length") > 0
    shown = browser.execute_script(SHOWN)
    assert shown > 0
    types = set(browser.execute_script(
        "return cy.nodes().filter(function (n) { return n.style('display') === 'element'; })"
        ".map(function (n) { return n.data('type'); })"))
    assert "kg:Official" in types and "kg:Call" in types
    assert "schema:NewsArticle" not in types  # off at first

    # filter by type: hiding calls hides every call
    browser.find_element("css selector", 'input[name="type"][value="kg:Call"]').click()
    assert browser.execute_script(
        "return cy.nodes('[type = \"kg:Call\"]')"
        ".filter(function (n) { return n.style('display') === 'element'; }).length") == 0
    browser.find_element("css selector", 'input[name="type"][value="kg:Call"]').click()

    # filter by date: a range that holds no event hides every call and package
    browser.execute_script("""
        document.getElementById('date-from').value = '1990-01-01';
        document.getElementById('date-to').value = '1990-12-31';
        document.getElementById('undated').checked = false;
        document.getElementById('graph-controls').dispatchEvent(new Event('change'));""")
    assert browser.execute_script(
        "return cy.nodes('[type = \"kg:Call\"], [type = \"kg:AidPackage\"]')"
        ".filter(function (n) { return n.style('display') === 'element'; }).length") == 0

    # clicking (tapping) a node opens its page
    official = browser.execute_script("return cy.nodes('[type = \"kg:Official\"]')[0].id()")
    label = browser.execute_script("return cy.nodes('[type = \"kg:Official\"]')[0].data('label')")
    browser.execute_script("cy.nodes('[type = \"kg:Official\"]')[0].emit('tap')")
    WebDriverWait(browser, 10).until(lambda b: b.current_url == official)
    assert browser.find_element("css selector", "h1").text == label
    assert severe_console_errors(browser) == []


def test_resource_page_draws_its_neighbourhood(live_server, browser, artifacts):
    browser.get(live_server + "id/person/rustem-umerov")
    WebDriverWait(browser, 10).until(lambda b: b.execute_script("return !!window.cy"))
    assert browser.execute_script("return cy.nodes().length") > 1
    assert severe_console_errors(browser) == []


def test_hostile_article_text_stays_inert(live_server, browser, artifacts):
    for path in ("article/hostile-article", "article/hostile-article#char=21,196", "id/person/rustem-umerov",
                 "id/call/2024-03-01/lloyd-austin--rustem-umerov"):
        browser.get(live_server + path)
        WebDriverWait(browser, 10).until(lambda b: b.execute_script("return document.readyState") == "complete")
        assert no_alert(browser), path
        scripts = browser.execute_script(
            "return Array.from(document.scripts).map(function (s) { return [s.src, s.type, s.textContent]; })")
        for src, kind, text in scripts:
            assert src.startswith(live_server + "linked/static/") or kind == "application/json", (path, src, text)
        assert browser.execute_script("return document.querySelectorAll('img').length") == 0
        assert "<script>alert(1)</script>" in browser.find_element("css selector", "main").text or \
            path.startswith("id/person"), path
    browser.get(live_server + "article/hostile-article#char=21,196")
    WebDriverWait(browser, 10).until(lambda b: b.execute_script("return document.readyState") == "complete")
    assert browser.execute_script("return document.querySelectorAll('mark.current').length") > 0
    browser.save_screenshot(str(artifacts / "hostile-article.png"))
