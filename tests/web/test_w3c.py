"""The W3C SPARQL 1.1 Protocol and Graph Store Protocol suites (../shared/w3c), run as their runners do."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .conftest import SHARED, TOKEN, sample_store, serve

W3C = SHARED / "w3c"
pytestmark = pytest.mark.skipif(not (W3C / "run_protocol_tests.py").is_file(),
                                reason=f"the W3C test runners are not in {W3C} (../shared beside the repo)")


@pytest.fixture
def server():
    live, stop = serve(sample_store())
    yield live
    stop()


def run(script: str, *urls: str) -> str:
    completed = subprocess.run([sys.executable, str(W3C / script), *urls], capture_output=True, text=True,
                               timeout=120, env={**os.environ, "SPARQL_UPDATE_TOKEN": TOKEN})
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_protocol_suite(server):
    output = run("run_protocol_tests.py", server.sparql)
    assert output.splitlines()[-1] == "34 passed, 0 failed", output


def test_graph_store_protocol_suite(server):
    output = run("run_gsp_tests.py", server.url + "/store", server.sparql)
    assert output.splitlines()[-1] == "13 passed, 0 failed", output
