"""Shared fixtures: settings with an in-memory store, the shared seeds and scorer, a loaded store."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KG = [sys.executable, "-m", "kg.cli"]


@pytest.fixture
def settings() -> Settings:
    return Settings(store=":memory:", base_iri="http://kg.test/")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"{SHARED} is not beside the project (CI puts ../shared there)")
    return SHARED


def run_kg(*args: str, check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess:
    result = subprocess.run([*KG, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if check and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
    return result


def score(gold: Path, store: Path, tmp: Path, *bars: str) -> tuple[subprocess.CompletedProcess, dict]:
    """Run the shared scorer on the contract queries' JSON results from `store`."""
    for name in ("officials", "calls", "aid"):
        out = run_kg("query", name, "--store", str(store), "--format", "json").stdout
        (tmp / f"{name}.json").write_text(out)
        json.loads(out)
    scorer = SHARED / "eval" / "score.py"
    table = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--results", str(tmp), *bars],
                           capture_output=True, text=True)
    details = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--results", str(tmp), "--json"],
                             capture_output=True, text=True)
    return table, json.loads(details.stdout.rsplit("\nsummary:", 1)[0])


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> None:
    """Until a server answers `url` (it has just been started)."""
    import time
    import urllib.request

    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@pytest.fixture(scope="session")
def oxigraph_server():
    """Oxigraph's own server (from PyPI) on loopback, in memory: the external store of the remote tests."""
    import shutil

    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_for(f"{base}/query?query=ASK%7B%7D")
    yield base
    process.terminate()
    process.wait(10)


@pytest.fixture(params=["embedded", "embedded-on-disk", "oxigraph-server"])
def any_store(request, tmp_path, monkeypatch):
    """The same tests against the embedded store (in memory and on disk, where writes of new graphs take
    Oxigraph's bulk loader) and against Oxigraph's server as a remote store."""
    if request.param.startswith("embedded"):
        from kg import store as store_module
        from kg.store import Store

        monkeypatch.setattr(store_module, "BULK_LOAD_MIN_TRIPLES", 1)  # small test graphs take the bulk loader
        store = Store(tmp_path / "store" if request.param == "embedded-on-disk" else None)
        yield store
        store.close()
        return
    from kg.remote import RemoteStore

    base = request.getfixturevalue("oxigraph_server")
    store = RemoteStore(f"{base}/query", f"{base}/update")
    store.update("DROP ALL")
    yield store
    store.close()


def health_during(base_url: str, request) -> tuple[object, float, list[float]]:
    """Run `request()` in a thread and poll `base_url`/health (each must answer 200) until it returns: its result,
    how long it took, and the health latencies."""
    answer: dict = {}

    def run() -> None:
        started = time.monotonic()
        answer["result"] = request()
        answer["seconds"] = time.monotonic() - started

    asking = threading.Thread(target=run)
    asking.start()
    latencies = []
    while True:  # at least once: a request refused at once may be answered before the first poll
        started = time.monotonic()
        assert requests.get(base_url + "/health", timeout=5).status_code == 200
        latencies.append(time.monotonic() - started)
        if not asking.is_alive():
            break
        asking.join(0.05)
    asking.join()
    return answer["result"], answer["seconds"], latencies
