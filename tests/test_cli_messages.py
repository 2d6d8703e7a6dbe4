"""The `kg` command's messages: each names the input and the fix, in one clean line (no traceback), with the exit
codes of the README (1 a clean error, 2 a usage error)."""
from __future__ import annotations

import json
import os
import pty
import socket
import subprocess

import pyoxigraph as ox
import pytest

from tests.conftest import KG, ROOT, run_kg

EX = "http://example.org/"
LONG = EX + "a-long-name-" + "x" * 120  # wider than any terminal's column


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    """A small on-disk store written without the NLP pipeline: two people, one of them with a long IRI."""
    from kg.store import Store

    path = tmp_path_factory.mktemp("messages") / "store"
    kg_store = Store(path)
    kg_store.replace_graph(EX + "graph/a", f'<{EX}alice> <{EX}knows> <{LONG}> .\n<{LONG}> <{EX}name> "Bob" .')
    kg_store.close()
    return str(path)


def clean(result: subprocess.CompletedProcess, code: int) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and result.stderr.startswith("kg: "), result.stderr
    return result.stderr


def test_an_unknown_query_name_lists_the_names_with_the_closest(store):
    message = clean(run_kg("query", "call", "--store", store, check=False), 2)
    assert "no named query 'call'. Did you mean 'calls'?" in message
    assert "Named queries: aid, aid-by-donor," in message and "wikidata-links" in message


def test_a_missing_query_file_is_a_clean_error(store):
    message = clean(run_kg("query", "nosuch.rq", "--store", store, check=False), 2)
    assert message.strip() == "kg: no such file: nosuch.rq (a query is a name from queries/, a .rq file or SPARQL text)"


def test_a_query_file_is_read(store, tmp_path):
    query = tmp_path / "names.rq"
    query.write_text(f"SELECT ?n WHERE {{ ?s <{EX}name> ?n }}", encoding="utf-8")
    assert json.loads(run_kg("query", str(query), "--store", store, "--format", "json").stdout)["results"]["bindings"]


@pytest.mark.parametrize("command", [["query", "calls"], ["stats"], ["export"], ["explain", "lloyd-austin"],
                                     ["drop", "some-article"], ["rebuild"]])
def test_a_mistyped_store_is_an_error_not_a_new_empty_store(tmp_path, command):
    typo = tmp_path / "typo"
    message = clean(run_kg(*command, "--store", str(typo), check=False), 1)
    assert f"there is no store at {typo}" in message and "--store DIR" in message
    assert not typo.exists()


@pytest.mark.parametrize("command", [["stats"], ["drop", "some-article"]])
def test_a_folder_that_holds_no_store_is_named(tmp_path, command):
    message = clean(run_kg(*command, "--store", str(tmp_path), check=False), 1)
    assert f"{tmp_path} holds no kg store" in message
    assert list(tmp_path.iterdir()) == []  # nothing was created in it


@pytest.mark.parametrize("query, fmt, form", [
    ("SELECT * WHERE { ?s ?p ?o }", "turtle", "a SELECT"), ("SELECT * WHERE { ?s ?p ?o }", "ntriples", "a SELECT"),
    ("ASK { ?s ?p ?o }", "csv", "an ASK"), ("CONSTRUCT WHERE { ?s ?p ?o }", "csv", "a CONSTRUCT or DESCRIBE"),
])
def test_a_format_that_does_not_fit_the_query_is_an_error(store, query, fmt, form):
    message = clean(run_kg("query", query, "--store", store, "--format", fmt, check=False), 2)
    assert f"--format {fmt} does not fit {form} query; use one of: table, " in message


@pytest.mark.parametrize("fmt, syntax", [("json", ox.RdfFormat.JSON_LD), ("xml", ox.RdfFormat.RDF_XML),
                                         ("turtle", ox.RdfFormat.TURTLE), ("table", ox.RdfFormat.TURTLE),
                                         ("ntriples", ox.RdfFormat.N_TRIPLES), ("rdfxml", ox.RdfFormat.RDF_XML),
                                         ("jsonld", ox.RdfFormat.JSON_LD), ("nquads", ox.RdfFormat.N_QUADS)])
def test_a_graph_takes_every_format_that_fits_it(store, fmt, syntax):
    out = run_kg("query", "CONSTRUCT WHERE { ?s ?p ?o }", "--store", store, "--format", fmt).stdout
    assert len(list(ox.parse(out.encode(), syntax))) == 2


def test_ask_and_select_formats(store):
    ask = "ASK { ?s ?p ?o }"
    assert run_kg("query", ask, "--store", store).stdout.strip() == "true"
    assert json.loads(run_kg("query", ask, "--store", store, "--format", "json").stdout)["boolean"] is True
    assert "<boolean>true</boolean>" in run_kg("query", ask, "--store", store, "--format", "xml").stdout
    select = f"SELECT ?n WHERE {{ ?s <{EX}name> ?n }}"
    assert run_kg("query", select, "--store", store, "--format", "csv").stdout.splitlines() == ["n", "Bob"]


def test_a_table_to_a_file_or_pipe_cuts_nothing(store):
    out = run_kg("query", f"SELECT ?s ?o WHERE {{ ?s <{EX}knows> ?o }}", "--store", store).stdout
    assert LONG in out and "…" not in out


def run_in_terminal(*args: str, columns: int) -> str:
    """`kg ARGS` with its output on a pseudo-terminal `columns` wide: what a person sees."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": str(columns)}
    process = subprocess.Popen([*KG, *args], stdout=follower, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other end closed (EIO on Linux)
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(60) == 0, process.stderr.read()
    return b"".join(chunks).decode().replace("\r\n", "\n")


@pytest.mark.parametrize("columns", [60, 100])
def test_a_table_on_a_terminal_fits_its_width(store, columns):
    out = run_in_terminal("query", f"SELECT ?s ?o WHERE {{ ?s <{EX}knows> ?o }}", "--store", store, columns=columns)
    lines = out.strip().splitlines()
    assert max(len(line) for line in lines) <= columns, out
    assert "…" in out and f"{EX}alice" in out  # the long IRI is cut, the short one kept whole
    assert lines[-1] == "(1 row)"


def test_serve_on_a_busy_port_is_one_clean_line(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = run_kg("serve", "--store", str(tmp_path / "store"), "--port", str(port), check=False, timeout=120)
    message = clean(result, 1)
    assert message.strip() == (f"kg: cannot listen on 127.0.0.1:{port}: the address is in use (another kg serve?); "
                               "pick another port with --port or KG_PORT")


def test_the_help_names_the_formats_of_each_query_form():
    out = run_kg("query", "--help").stdout
    assert "json, xml, csv, tsv for SELECT" in " ".join(out.split())

