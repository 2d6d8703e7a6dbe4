"""The `kg` command: load, query in every format, stats, export, drop, explain, exit codes."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.conftest import run_kg

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli") / "store"
    result = run_kg("load", str(EXAMPLES), "--store", str(path))
    assert " 0 failed" in result.stderr and "quads written to article graphs" in result.stderr
    return str(path)


def test_help_documents_every_command_and_setting():
    out = run_kg("--help").stdout
    for command in ("load", "query", "serve", "export", "stats", "drop", "explain"):
        assert command in out
    assert "KG_STORE" in out and "KG_SPACY_MODEL" in out


def test_query_json_is_w3c_sparql_results(store):
    document = json.loads(run_kg("query", "calls", "--store", store, "--format", "json").stdout)
    assert document["head"]["vars"] == ["call", "date", "participants", "initiator"]
    assert document["results"]["bindings"]


def test_query_csv_tsv_table_and_graph_formats(store):
    rows = list(csv.reader(io.StringIO(run_kg("query", "aid", "--store", store, "--format", "csv").stdout)))
    assert rows[0] == ["package", "donor", "recipient", "amount", "currency", "items", "date"]
    assert run_kg("query", "officials", "--store", store, "--format", "tsv").stdout.startswith("?person\t?name")
    assert "row" in run_kg("query", "officials", "--store", store).stdout
    turtle = run_kg("query", "network", "--store", store, "--format", "turtle").stdout
    assert len(list(ox.parse(turtle, ox.RdfFormat.TURTLE))) > 0


def test_query_text_and_malformed_query(store):
    assert run_kg("query", "ASK { ?s ?p ?o }", "--store", store).stdout.strip() == "true"
    bad = run_kg("query", "SELECT ?x WHERE {", "--store", store, check=False)
    assert bad.returncode == 2 and "malformed query" in bad.stderr and "Traceback" not in bad.stderr


def test_export_nquads_keeps_one_graph_per_article(store):
    out = run_kg("export", "--store", store, "--format", "nquads").stdout
    graphs = {q.graph_name.value for q in ox.parse(out, ox.RdfFormat.N_QUADS)}
    assert any("/article/" in g for g in graphs)
    assert "urn:x-kg:graph:union" not in graphs


def test_stats_counts(store):
    stats = dict(line.rsplit(None, 1) for line in run_kg("stats", "--store", store).stdout.splitlines())
    assert int(stats["articles"]) >= 8 and int(stats["calls"]) >= 1
    assert int(stats["quads in all graphs"]) > int(stats["distinct triples in the union"]) > 0
    assert {"officials", "aid packages"} <= set(stats)


def test_failed_articles_exit_1_and_keep_what_was_loaded(tmp_path, store):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    before = run_kg("stats", "--store", store).stdout
    result = run_kg("load", str(bad), "--store", store, check=False)
    assert result.returncode == 1
    assert "bad.txt: file is empty" in result.stderr
    assert run_kg("stats", "--store", store).stdout == before


def test_usage_error_exits_2():
    assert run_kg("query", check=False).returncode == 2


@pytest.mark.parametrize(("variable", "value", "kind"), [("KG_WRITE_BATCH", "abc", "an integer"),
                                                       ("KG_QUERY_TIMEOUT", "soon", "a number")])
def test_a_malformed_numeric_setting_is_a_clean_error(store, monkeypatch, variable, value, kind):
    monkeypatch.setenv(variable, value)
    result = run_kg("stats", "--store", store, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"kg: {variable}='{value}' is not {kind}"


def test_drop_unknown_article_is_a_clean_error(store):
    result = run_kg("drop", "no-such-article", "--store", store, check=False)
    assert result.returncode == 1 and "no article" in result.stderr


def test_explain_prints_evidence(store):
    call = json.loads(run_kg("query", "calls", "--store", store, "--format", "json").stdout)["results"]["bindings"][0]["call"]["value"]
    out = run_kg("explain", call, "--store", store).stdout
    assert "[" in out and "]" in out


def test_read_commands_work_on_a_held_store_and_write_commands_name_the_remedy(store, tmp_path):
    """Another process holds the store (as `kg serve` does): stats reads it read-only; load and drop say what to run."""
    from kg.store import Store

    before = run_kg("stats", "--store", store).stdout
    held = Store(store)
    try:
        assert run_kg("stats", "--store", store).stdout == before
        article = tmp_path / "note.txt"
        article.write_text("A short note.", encoding="utf-8")
        load = run_kg("load", str(article), "--store", store, "--quiet", check=False)
        assert load.returncode == 1 and "Traceback" not in load.stderr
        assert "in use by another process" in load.stderr and "kg load --server http://127.0.0.1:5000" in load.stderr
        assert "KG_UPDATE_TOKEN" in load.stderr
        drop = run_kg("drop", "some-article", "--store", store, check=False)
        assert drop.returncode == 1 and "in use by another process" in drop.stderr
        assert "--store-url http://127.0.0.1:5000/sparql" in drop.stderr and "--server" not in drop.stderr
    finally:
        held.close()


def test_shards_bulk_loaded_then_rebuilt_give_the_same_answers(tmp_path, store):
    """Scale-out path: export N-Quads per shard, bulk-load them with Oxigraph's own loader, `kg rebuild`."""
    import shutil
    import subprocess
    import sys

    shards = [tmp_path / "a", tmp_path / "b"]
    files = sorted(EXAMPLES.glob("*.txt")) + sorted(EXAMPLES.glob("*.html"))
    for i, shard in enumerate(shards):
        shard.mkdir()
        for file in files[i::2]:
            shutil.copy(file, shard)
    dumps = []
    for shard in shards:
        run_kg("load", str(shard), "--store", str(shard) + "-store", "--quiet")
        dump = tmp_path / f"{shard.name}.nq"
        run_kg("export", "--store", str(shard) + "-store", "--format", "nquads", "-o", str(dump))
        dumps.append(dump)
    merged = tmp_path / "merged"
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    for dump in dumps:
        subprocess.run([oxigraph, "load", "--location", str(merged), "--file", str(dump)], check=True, capture_output=True)
    run_kg("rebuild", "--store", str(merged))
    whole = tmp_path / "whole"
    for file in files:
        (tmp_path / "all").mkdir(exist_ok=True)
        shutil.copy(file, tmp_path / "all")
    run_kg("load", str(tmp_path / "all"), "--store", str(whole), "--quiet")
    for name in ("officials", "calls", "aid"):
        got = run_kg("query", name, "--store", str(merged), "--format", "csv").stdout.splitlines()
        want = run_kg("query", name, "--store", str(whole), "--format", "csv").stdout.splitlines()
        assert sorted(got) == sorted(want)
