"""`kg serve` as users run it (waitress, an on-disk store), checked with the W3C suites and a query that runs
past its deadline."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from .conftest import HEAVY, SHARED, TOKEN

KG = Path(sys.executable).parent / "kg"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def kg_serve(tmp_path):
    if not KG.exists():
        pytest.skip(f"the kg command is not installed in {KG.parent} (pip install -e .)")
    port = free_port()
    env = {**os.environ, "KG_UPDATE_TOKEN": TOKEN, "KG_QUERY_TIMEOUT": "1"}
    process = subprocess.Popen([str(KG), "serve", "--store", str(tmp_path / "store"), "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            requests.get(url + "/health", timeout=1)
            break
        except requests.ConnectionError:
            assert process.poll() is None, process.stdout.read().decode()
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(10)


def test_kg_serve_passes_the_w3c_suites_and_keeps_its_deadline(kg_serve):
    suites = [("run_protocol_tests.py", [kg_serve + "/sparql"], "34 passed, 0 failed"),
              ("run_gsp_tests.py", [kg_serve + "/store", kg_serve + "/sparql"], "13 passed, 0 failed")]
    for script, urls, summary in suites:
        runner = SHARED / "w3c" / script
        if runner.is_file():
            completed = subprocess.run([sys.executable, str(runner), *urls], capture_output=True, text=True,
                                       timeout=120, env={**os.environ, "SPARQL_UPDATE_TOKEN": TOKEN})
            assert completed.stdout.splitlines()[-1] == summary, completed.stdout

    numbers = "\n".join(f"<http://example.org/n{i}> <http://example.org/p{i % 7}> {i} ." for i in range(300))
    put = requests.put(kg_serve + "/store?graph=http://example.org/numbers", data=numbers,
                       headers={"Content-Type": "text/turtle", "Authorization": f"Bearer {TOKEN}"}, timeout=30)
    assert put.status_code == 201
    started = time.monotonic()
    response = requests.get(kg_serve + "/sparql", params={"query": HEAVY}, timeout=30)
    assert response.status_code == 503 and time.monotonic() - started < 3
    time.sleep(0.3)
    health = requests.get(kg_serve + "/health", timeout=5).json()
    assert health["parked_queries"] == 1 and health["status"] == "degraded"
    update = "INSERT DATA { <http://example.org/x> <http://example.org/y> 1 }"
    write = requests.post(kg_serve + "/sparql", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"},
                          timeout=10)
    assert write.status_code == 204  # a parked query holds no lock
