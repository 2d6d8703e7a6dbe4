"""`--store-url`: the whole pipeline against Oxigraph's server gives what the embedded store gives."""
from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_kg

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def rows(result: str) -> list[str]:
    """Rows as comparable strings; GROUP_CONCAT order is not defined, so concatenated lists are sorted."""
    out = []
    for binding in json.loads(result)["results"]["bindings"]:
        values = {k: "|".join(sorted(v["value"].split("|"))) for k, v in binding.items()}
        out.append(json.dumps(values, sort_keys=True))
    return sorted(out)


def test_load_and_query_through_a_remote_store_match_the_embedded_store(oxigraph_server, tmp_path):
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
