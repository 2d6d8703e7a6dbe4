"""`kg serve` as a user runs it, and the other commands beside it: without KG_BASE_IRI it answers for the port it
listens on (and `kg load --server` mints IRIs under it), read commands work on the store it holds, a wrong token
names KG_UPDATE_TOKEN, and a store loaded under another base is served with a warning."""
from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from tests.conftest import KG, ROOT, free_port, run_kg

EXAMPLES = ROOT / "examples"
TOKEN = "beside-token"


def environment(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    return {**env, **values}


@contextmanager
def serving(store: Path, port: int, **env: str) -> Iterator[tuple[str, subprocess.Popen]]:
    """`kg serve --store STORE --port PORT` until the block ends; (its URL, the process)."""
    process = subprocess.Popen([*KG, "serve", "--store", str(store), "--port", str(port)], cwd=ROOT,
                               env=environment(**env), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                requests.get(url + "/health", timeout=1)
                break
            except requests.ConnectionError:
                assert process.poll() is None, process.stderr.read()
                assert time.monotonic() < deadline, "kg serve did not start"
                time.sleep(0.2)
        yield url, process
    finally:
        process.terminate()
        process.wait(10)


def kg(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], capture_output=True, text=True, timeout=300, cwd=ROOT, env=environment(**env))


def test_a_server_on_another_port_mints_and_serves_its_own_iris_and_reads_work_beside_it(tmp_path):
    store, port = tmp_path / "store", free_port()
    with serving(store, port, KG_UPDATE_TOKEN=TOKEN) as (url, _):
        base = f"{url}/"
        assert requests.get(url + "/health", timeout=5).json()["base_iri"] == base

        wrong = kg("load", str(EXAMPLES), "--server", url, "--quiet", KG_UPDATE_TOKEN="not-the-token")
        assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
        assert "KG_UPDATE_TOKEN" in wrong.stderr and "KG_STORE_TOKEN" not in wrong.stderr
        assert "not the server's KG_UPDATE_TOKEN" in wrong.stderr  # the server's own words
        missing = kg("load", str(EXAMPLES), "--server", url, "--quiet")
        assert missing.returncode == 1 and "needs a token" in missing.stderr and "KG_UPDATE_TOKEN" in missing.stderr

        loaded = kg("load", str(EXAMPLES), "--server", url, "--quiet", KG_UPDATE_TOKEN=TOKEN)
        assert loaded.returncode == 0, loaded.stderr

        # read commands on the store the server holds
        articles = kg("query", "articles", "--store", str(store), "--format", "json")
        assert articles.returncode == 0, articles.stderr
        iris = [row["article"]["value"] for row in json.loads(articles.stdout)["results"]["bindings"]]
        assert len(iris) >= 8 and all(iri.startswith(f"{base}article/") for iri in iris)
        calls = kg("query", "calls", "--store", str(store))
        assert calls.returncode == 0 and calls.stdout.startswith("call"), calls.stderr
        stats = kg("stats", "--store", str(store))
        assert stats.returncode == 0 and stats.stdout.startswith("articles"), stats.stderr
        dump = kg("export", "--store", str(store), "--format", "nquads")
        assert dump.returncode == 0 and any(q.graph_name.value == iris[0] for q in ox.parse(dump.stdout.encode(),
                                                                                       ox.RdfFormat.N_QUADS))
        # ... and what they read is what the server holds: the minted IRIs resolve on this port
        page = requests.get(iris[0], headers={"Accept": "text/turtle"}, timeout=10)
        assert page.status_code == 200 and iris[0] in page.text

        held = kg("load", str(EXAMPLES), "--store", str(store), "--quiet")
        assert held.returncode == 1 and "in use by another process" in held.stderr and "--server" in held.stderr


def test_a_store_loaded_under_another_base_is_served_under_it_with_a_warning(tmp_path):
    store = tmp_path / "store"
    first, second = free_port(), free_port()
    with serving(store, first, KG_UPDATE_TOKEN=TOKEN) as (url, _):
        assert kg("load", str(EXAMPLES / "readout-austin-umerov.txt"), "--server", url, "--quiet",
                  KG_UPDATE_TOKEN=TOKEN).returncode == 0
    with serving(store, second) as (url, process):
        minted = f"http://127.0.0.1:{first}/"
        assert requests.get(url + "/health", timeout=5).json()["base_iri"] == minted  # its pages still resolve
        process.terminate()
        warning = process.communicate(timeout=10)[1]
    assert f"warning: the store's IRIs start with {minted}" in warning
    assert f"this server listens at http://127.0.0.1:{second}/" in warning and f"KG_BASE_IRI={minted}" in warning


@pytest.mark.parametrize("configured", [None, "https://kg.example.org/"])
def test_an_empty_store_is_served_under_the_listening_address_unless_configured(tmp_path, configured):
    port = free_port()
    env = {"KG_BASE_IRI": configured} if configured else {}
    with serving(tmp_path / "store", port, **env) as (url, _):
        assert requests.get(url + "/health", timeout=5).json()["base_iri"] == (configured or f"{url}/")
