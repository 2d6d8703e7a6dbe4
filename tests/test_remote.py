"""`--store-url`: the whole pipeline against Oxigraph's server gives what the embedded store gives."""
from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_kg

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def empty(base: str) -> None:
    from kg.remote import RemoteStore

    store = RemoteStore(f"{base}/query", f"{base}/update")
    store.update("DROP ALL")
    store.close()


def rows(result: str) -> list[str]:
    """Rows as comparable strings; GROUP_CONCAT order is not defined, so concatenated lists are sorted."""
    out = []
    for binding in json.loads(result)["results"]["bindings"]:
        values = {k: "|".join(sorted(v["value"].split("|"))) for k, v in binding.items()}
        out.append(json.dumps(values, sort_keys=True))
    return sorted(out)


def test_load_and_query_through_a_remote_store_match_the_embedded_store(oxigraph_server, tmp_path):
    empty(oxigraph_server)
    remote = ["--store-url", f"{oxigraph_server}/query"]
    import os

    os.environ["KG_STORE_UPDATE_URL"] = f"{oxigraph_server}/update"
    try:
        run_kg("load", str(EXAMPLES), *remote, "--quiet")
        run_kg("load", str(EXAMPLES), "--store", str(tmp_path / "s"), "--quiet")
        for name in ("officials", "calls", "aid"):
            embedded = run_kg("query", name, "--store", str(tmp_path / "s"), "--format", "json").stdout
            assert rows(run_kg("query", name, *remote, "--format", "json").stdout) == rows(embedded)
        assert run_kg("stats", *remote).stdout == run_kg("stats", "--store", str(tmp_path / "s")).stdout
    finally:
        del os.environ["KG_STORE_UPDATE_URL"]


def test_kg_serve_on_a_remote_store_answers_the_contract_queries(oxigraph_server, tmp_path):
    import os
    import subprocess
    import sys
    import urllib.parse
    import urllib.request

    from tests.conftest import ROOT, free_port, wait_for

    empty(oxigraph_server)
    env = {**os.environ, "KG_STORE_URL": f"{oxigraph_server}/query", "KG_STORE_UPDATE_URL": f"{oxigraph_server}/update"}
    subprocess.run([sys.executable, "-m", "kg.cli", "load", str(EXAMPLES), "--quiet"], env=env, cwd=ROOT, check=True,
                   capture_output=True)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--port", str(port)], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/health")
        query = (ROOT / "queries" / "calls.rq").read_text()
        request = urllib.request.Request(f"http://127.0.0.1:{port}/sparql", data=urllib.parse.urlencode({"query": query}).encode(),
                                         headers={"Accept": "application/sparql-results+json"})
        served = urllib.request.urlopen(request, timeout=30).read().decode()
        run_kg("load", str(EXAMPLES), "--store", str(tmp_path / "s"), "--quiet")
        embedded = run_kg("query", "calls", "--store", str(tmp_path / "s"), "--format", "json").stdout
        assert rows(served) == rows(embedded)
    finally:
        server.terminate()
        server.wait(10)
