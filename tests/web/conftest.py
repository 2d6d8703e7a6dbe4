"""Fixtures of the web tests: in-memory stores with a little data, the app, and real HTTP servers."""
from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from kg.settings import Settings
from kg.store import Store
from kg.web import create_app

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
TOKEN = "test-token"
EX = "http://example.org/"
GRAPH_A = EX + "graph/a"
GRAPH_B = EX + "graph/b"
DATA_A = f"""
<{EX}alice> <http://xmlns.com/foaf/0.1/name> "Alice" .
<{EX}alice> <http://xmlns.com/foaf/0.1/knows> <{EX}bob> .
<{EX}alice> <{EX}age> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
"""
DATA_B = f"""
<{EX}bob> <http://xmlns.com/foaf/0.1/name> "Bob"@en .
<{EX}bob> <http://xmlns.com/foaf/0.1/knows> <{EX}alice> .
"""


def sample_store() -> Store:
    store = Store(None)
    store.replace_graph(GRAPH_A, DATA_A)
    store.replace_graph(GRAPH_B, DATA_B)
    return store


def settings(**overrides) -> Settings:
    values = {"update_token": TOKEN, "query_timeout": 10.0, "max_rows": 1000, **overrides}
    return Settings(**values)


@pytest.fixture
def store() -> Store:
    return sample_store()


@pytest.fixture
def app(store):
    application = create_app(settings(), store)
    application.testing = True
    return application


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def make_client() -> Callable:
    """A test client of an app with other settings (and, optionally, another store)."""
    def make(store: Store | None = None, **overrides):
        application = create_app(settings(**overrides), store or sample_store())
        application.testing = True
        return application.test_client()
    return make


AUTH = {"Authorization": f"Bearer {TOKEN}"}


@dataclass
class Live:
    url: str
    store: Store

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"


def serve(store: Store, **overrides) -> tuple[Live, Callable[[], None]]:
    """The app on a real threaded HTTP server on an ephemeral port, in a thread; returns (live, stop).
    (Waitress, as `kg serve` runs it, is tested in test_serve.py.)"""
    server = make_server("127.0.0.1", 0, create_app(settings(**overrides), store), threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="kg-test-server", daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        thread.join(10)
        server.server_close()

    return Live(f"http://127.0.0.1:{server.server_port}", store), stop


@pytest.fixture
def live() -> Iterator[Live]:
    server, stop = serve(sample_store())
    yield server
    stop()


@pytest.fixture(scope="module")
def live_module() -> Iterator[Live]:
    server, stop = serve(sample_store())
    yield server
    stop()


class Listener:
    """A TCP socket that records every connection made to it: proof that a request left the server."""

    def __init__(self, reply: bytes = b"") -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.requests: list[bytes] = []
        self.reply = reply
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(2)
                try:
                    self.requests.append(connection.recv(65536))
                    if self.reply:
                        connection.sendall(self.reply)
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    sock = Listener()
    yield sock
    sock.close()


HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 300³ solutions: many seconds


def heavy_store(triples: int = 300) -> Store:
    store = Store(None)
    store.replace_graph(EX + "graph/numbers", "\n".join(
        f"<{EX}n{i}> <{EX}p{i % 7}> \"{i}\"^^<http://www.w3.org/2001/XMLSchema#integer> ." for i in range(triples)))
    return store


CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


@pytest.fixture
def browser():
    """Headless Debian Chromium driven by selenium, its console kept (skipped without chromium-driver)."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("needs Debian's chromium and chromium-driver (sh scripts/test-deps.sh)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (the [test] extra)")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1280,900", "--hide-scrollbars"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
