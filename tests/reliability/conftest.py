"""Fixtures of the reliability tests: `kg serve` as users run it (a subprocess, granian, an on-disk store in tmp, an
update token, an ephemeral port), over a store loaded with examples/ by `kg load` first. `kg serve` serves from a
worker process it replaces when parked queries hold too much memory (kg.web.recycle): what a test measures of "the
server" (memory, threads) is measured of that worker."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
KG = Path(sys.executable).parent / "kg"
TOKEN = "reliability-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
DISTINCT_IN_GRAPHS = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class KgServer:
    """One `kg serve` subprocess over `store`; `start()` waits until /health answers."""

    def __init__(self, store: Path, log: Path, **env: str) -> None:
        self.store = store
        self.log = log
        self.env = {**os.environ, "KG_UPDATE_TOKEN": TOKEN, "KG_THREADS": "8", **env}
        self.process: subprocess.Popen | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> KgServer:
        self.port = free_port()
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [str(KG), "serve", "--store", str(self.store), "--host", "127.0.0.1", "--port", str(self.port)],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"kg serve exited {self.process.returncode}:\n{self.log.read_text()[-3000:]}")
            try:
                if requests.get(self.url + "/health", timeout=2).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise AssertionError(f"kg serve did not answer /health in {timeout} s:\n{self.log.read_text()[-3000:]}")

    def workers(self) -> list[int]:
        """The pids of `kg serve`'s worker processes (kg.web.recycle: one, two during a swap; none when it serves in
        its own process)."""
        return children(self.process.pid) if self.process is not None else []

    def serving_pids(self) -> list[int]:
        """The processes that serve: the workers, or `kg serve` itself."""
        return self.workers() or [self.process.pid]

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush."""
        if self.alive():
            os.kill(self.process.pid, signal.SIGKILL)
        if self.process is not None:
            self.process.wait(30)

    def stop(self) -> None:
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    # -- small helpers -------------------------------------------------------------------------------
    def select(self, query: str, session: requests.Session | None = None, timeout: float = 30) -> list[dict]:
        response = (session or requests).post(self.url + "/sparql", data={"query": query}, timeout=timeout,
                                              headers={"Accept": "application/sparql-results+json"})
        assert response.status_code == 200, (response.status_code, response.text[:500])
        return response.json()["results"]["bindings"]

    def count(self, query: str = COUNT_ALL, session: requests.Session | None = None) -> int:
        rows = self.select(query, session)
        return int(rows[0]["n"]["value"])

    def per_graph(self, session: requests.Session | None = None) -> dict[str, int]:
        return {row["g"]["value"]: int(row["n"]["value"]) for row in self.select(PER_GRAPH, session)}


def children(pid: int) -> list[int]:
    """The pids of `pid`'s child processes, oldest first."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:  # the parent's pid; fields[19] is the start time
            found.append((int(fields[19]), int(entry.name)))
    return [child for _, child in sorted(found)]


@pytest.fixture(scope="session")
def loaded_store(tmp_path_factory) -> Path:
    """An on-disk store holding examples/, loaded by `kg load` (a template: tests copy it)."""
    if not KG.exists():
        pytest.skip(f"the kg command is not installed in {KG.parent} (pip install -e .)")
    store = tmp_path_factory.mktemp("reliability") / "examples-store"
    completed = subprocess.run([str(KG), "load", str(ROOT / "examples"), "--store", str(store), "--quiet"],
                               capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr
    return store


SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory) -> Path:
    """An on-disk store holding examples/ and the shared seeds (the store of issue 15's memory bar), a template."""
    if not KG.exists():
        pytest.skip(f"the kg command is not installed in {KG.parent} (pip install -e .)")
    if not SEEDS.is_dir():
        pytest.skip(f"no seed articles in {SEEDS}")
    store = tmp_path_factory.mktemp("reliability") / "seeds-store"
    completed = subprocess.run([str(KG), "load", str(ROOT / "examples"), str(SEEDS), "--store", str(store), "--quiet"],
                               capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr
    return store


@pytest.fixture
def make_seeds_server(seeds_store, tmp_path) -> Iterator:
    """make_seeds_server(**env) -> a started KgServer over a fresh copy of the seeds + examples store."""
    servers: list[KgServer] = []

    def make(**env: str) -> KgServer:
        folder = tmp_path / f"seeds-server{len(servers)}"
        folder.mkdir()
        server = KgServer(copy_store(seeds_store, folder), folder / "serve.log", **env)
        servers.append(server)
        return server.start()

    yield make
    for server in servers:
        server.stop()


def copy_store(template: Path, where: Path) -> Path:
    target = where / "store"
    shutil.copytree(template, target)
    return target


@pytest.fixture
def make_server(loaded_store, tmp_path) -> Iterator:
    """make_server(**env) -> a started KgServer over a fresh copy of the examples store; stopped afterwards."""
    servers: list[KgServer] = []

    def make(**env: str) -> KgServer:
        folder = tmp_path / f"server{len(servers)}"
        folder.mkdir()
        server = KgServer(copy_store(loaded_store, folder), folder / "serve.log", **env)
        servers.append(server)
        return server.start()

    yield make
    for server in servers:
        server.stop()


@pytest.fixture(scope="module")
def server(loaded_store, tmp_path_factory) -> Iterator[KgServer]:
    """A module's shared `kg serve` over a copy of the examples store, with KG_QUERY_TIMEOUT=2."""
    folder = tmp_path_factory.mktemp("server")
    instance = KgServer(copy_store(loaded_store, folder), folder / "serve.log", KG_QUERY_TIMEOUT="2",
                        KG_MAX_REQUEST_BYTES="10000000")
    instance.start()
    yield instance
    instance.stop()
