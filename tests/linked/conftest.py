"""Fixtures of the linked-data tests: the examples (plus two hostile articles) loaded once per session through
the real pipeline, a minimal Flask app with kg.linked, the whole app (kg.web.create_app) over the same store, a
real server of the whole app for the browser, and headless Chromium."""
from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import flask
import pytest
from werkzeug.serving import make_server

from kg.iris import Minter
from kg.linked import init_app
from kg.loader import load_paths
from kg.settings import Settings
from kg.store import Store
from kg.vocab import RDFS_LABEL, SCHEMA

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
ARTIFACTS = ROOT / "tests" / "artifacts"
VENDOR = ROOT / "kg" / "linked" / "static" / "vendor" / "cytoscape.min.js"
BASE = "http://kg.test/"

HOSTILE = """---
title: Austin <script>alert(1)</script> speaks with Umerov
date: 2024-03-01
source: Example <img src=x onerror=alert(2)> Wire
id: hostile-article
---
WASHINGTON, March 1. Secretary of Defense Lloyd J. Austin III spoke by phone on Friday with Ukrainian Minister of \
Defense Rustem Umerov <script>alert(1)</script>, the Pentagon said in a statement.

The two leaders discussed air defense needs and the situation on the front line, according to the readout. \
"<b>Bold</b> & <i>italic</i>" was all the spokesman would add.
"""

ODD_KEY = "odd key/with space"  # Minter.article escapes it: article/odd%20key%2Fwith%20space


def load(base: str, tmp: Path) -> Store:
    extra = tmp / "extra"
    extra.mkdir(exist_ok=True)
    (extra / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    store = Store()
    report = load_paths(store, [EXAMPLES, extra], Settings(store=":memory:", base_iri=base))
    assert not report.failed, report.failed
    # the sources make keys from slugs; an article graph written by other means may need escapes in its IRI
    odd = Minter(base).article(ODD_KEY)
    store.replace_graph(odd, f'<{odd}> a <{SCHEMA}NewsArticle> ; <{RDFS_LABEL}> "A note with an odd key" ;'
                             f' <{SCHEMA}articleBody> "A short note." .')
    return store


def make_app(settings: Settings, store: Store) -> flask.Flask:
    app = flask.Flask(__name__)
    app.config["TESTING"] = True
    init_app(app, settings, store)
    return app


@pytest.fixture(scope="session")
def app_factory():
    """make_app(settings, store): a minimal Flask app with kg.linked over any store."""
    return make_app


@pytest.fixture(scope="session")
def linked_settings() -> Settings:
    return Settings(store=":memory:", base_iri=BASE)


@pytest.fixture(scope="session")
def linked_store(tmp_path_factory, linked_settings) -> Store:
    return load(linked_settings.base_iri, tmp_path_factory.mktemp("linked"))


@pytest.fixture(scope="session")
def linked_app(linked_settings, linked_store) -> flask.Flask:
    return make_app(linked_settings, linked_store)


@pytest.fixture
def client(linked_app) -> flask.testing.FlaskClient:
    return linked_app.test_client()


@pytest.fixture(scope="session")
def site_app(linked_settings, linked_store) -> flask.Flask:
    """The whole app (the endpoint, the home and query pages, kg.linked) over the examples."""
    from kg.web import create_app

    app = create_app(linked_settings, linked_store)
    app.testing = True
    return app


@pytest.fixture
def site_client(site_app) -> flask.testing.FlaskClient:
    return site_app.test_client()


@pytest.fixture(scope="session")
def vendor() -> Path:
    """The graph view's Cytoscape.js (scripts/assets.sh, run by `make test`; run here if missing)."""
    if not VENDOR.exists():
        if not shutil.which("npm"):
            pytest.skip("kg/linked/static/vendor is empty and npm is missing: run scripts/assets.sh")
        subprocess.run(["sh", str(ROOT / "scripts" / "assets.sh")], check=True, capture_output=True, timeout=300)
    return VENDOR


@pytest.fixture(scope="session")
def live_server(tmp_path_factory, vendor) -> Iterator[str]:
    """A real HTTP server of the whole app on an ephemeral port of 127.0.0.1, whose KG_BASE_IRI is its own URL."""
    from kg.web import create_app

    server = make_server("127.0.0.1", 0, None, threaded=True)
    base = f"http://127.0.0.1:{server.server_port}/"
    settings = Settings(store=":memory:", base_iri=base)
    server.app = create_app(settings, load(base, tmp_path_factory.mktemp("live")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    thread.join(timeout=10)


CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by selenium (skipped when chromium/chromium-driver are missing)."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--hide-scrollbars"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
