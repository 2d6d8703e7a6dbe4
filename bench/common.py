"""Shared helpers: the cached corpus and store per (size, seed), machine facts, timing, tables, servers."""
from __future__ import annotations

import contextlib
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from importlib import metadata
from pathlib import Path

from bench import corpus

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
KG = [sys.executable, "-m", "kg.cli"]
CACHE = Path(os.environ.get("KG_BENCH_CACHE", "/tmp/kg-bench"))
BASE_IRI = "http://127.0.0.1:5000/"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def corpus_dir(articles: int, seed: int, fmt: str = "txt") -> Path:
    """The generated corpus, written once per (size, seed, format) under the cache folder."""
    out = CACHE / f"corpus-{fmt}-{articles}-s{seed}"
    done = out / ".complete"
    if not done.exists():
        shutil.rmtree(out, ignore_errors=True)
        log(f"  generating {articles} articles (seed {seed}, {fmt}) in {out}")
        corpus.write(out, articles, seed, fmt)
        done.touch()
    return out


def kg_env() -> dict[str, str]:
    env = dict(os.environ)
    env["KG_BASE_IRI"] = BASE_IRI
    env.pop("KG_STORE", None)
    return env


def loaded_store(articles: int, seed: int) -> tuple[Path, Path]:
    """An on-disk kg store loaded with `kg load` from the corpus, and its `kg export --format nquads` dump."""
    store = CACHE / f"store-{articles}-s{seed}"
    dump = CACHE / f"dump-{articles}-s{seed}.nq"
    done = CACHE / f"store-{articles}-s{seed}.complete"
    if not done.exists():
        shutil.rmtree(store, ignore_errors=True)
        source = corpus_dir(articles, seed, "jsonl" if articles > 5000 else "txt")
        log(f"  kg load {articles} articles into {store} (once; cached)")
        started = time.perf_counter()
        subprocess.run([*KG, "load", str(source), "--store", str(store), "--quiet"], check=True, env=kg_env(),
                       stdout=subprocess.DEVNULL)
        log(f"  loaded in {time.perf_counter() - started:.0f} s; exporting N-Quads")
        subprocess.run([*KG, "export", "--store", str(store), "--format", "nquads", "-o", str(dump)], check=True,
                       env=kg_env())
        done.touch()
    return store, dump


# -- machine and versions ----------------------------------------------------------------------------------
def machine() -> dict[str, str]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return {"cpu": cpu, "cores": str(os.cpu_count()), "ram": ram, "python": platform.python_version(),
            "os": platform.platform()}


def versions(*packages: str) -> dict[str, str]:
    found = {}
    for name in packages:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


# -- output ------------------------------------------------------------------------------------------------
def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(h) for h in headers]] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(cells[0], widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in cells[1:]]
    return "\n".join(lines)


def _fmt(value: object) -> str:
    if isinstance(value, float):
        if value >= 100:
            return f"{value:,.0f}"
        if value >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}" if value >= 0.1 else f"{value:.3g}"
    return str(value)


def ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.2f}x" if baseline else "n/a"


def verdict(value: float, target: float) -> str:
    return "meets target" if value >= target else "BELOW target"


# -- servers -----------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def server(command: Sequence[str], url: str, name: str, timeout: float = 300, env: dict | None = None,
           ready_query: str = "ASK {}") -> Iterator[subprocess.Popen]:
    """Start a server as a subprocess in its own process group, wait until `url` answers a query, always stop it."""
    errors = CACHE / f"{name}.log"
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(errors, "wb") as log_file:
        process = subprocess.Popen(list(command), stdout=log_file, stderr=subprocess.STDOUT, env=env,
                                   start_new_session=True, cwd=ROOT)
        try:
            deadline = time.monotonic() + timeout
            probe = url + ("&" if "?" in url else "?") + urllib.parse.urlencode({"query": ready_query})
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited with {process.returncode}; see {errors}:\n"
                                       + errors.read_text(errors="replace")[-2000:])
                try:
                    with urllib.request.urlopen(urllib.request.Request(
                            probe, headers={"Accept": "application/sparql-results+json"}), timeout=5) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name} did not answer at {url} within {timeout:.0f} s; see {errors}")
                time.sleep(0.2)
            yield process
        finally:
            stop(process)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

