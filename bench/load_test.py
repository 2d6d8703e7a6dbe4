"""A bounded load test of `kg serve`: N clients (threads, each with its own keep-alive connection) send the
queries of queries/*.rq, round-robin from a random start, to a server this script starts on loopback over a
temporary store loaded with examples/, for a fixed time; then it stops the server and prints requests,
errors, throughput and latency percentiles.

    python -m bench.load_test --clients 50 --seconds 60
"""
from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = Path(sys.executable).parent / "kg"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store: Path, port: int, threads: int, log) -> subprocess.Popen:
    env = {**os.environ, "KG_THREADS": str(threads), "KG_UPDATE_TOKEN": ""}
    process = subprocess.Popen([str(KG), "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port)],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"kg serve exited with {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/health")
            if connection.getresponse().status == 200:
                connection.close()
                return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("kg serve did not start in 60 s")


def client(port: int, bodies: list[bytes], until: float, latencies: list[float], errors: list[str],
           lock: threading.Lock) -> None:
    mine: list[float] = []
    failures: list[str] = []
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    position = random.randrange(len(bodies))
    while time.monotonic() < until:
        body = bodies[position % len(bodies)]
        position += 1
        started = time.perf_counter()
        try:
            connection.request("POST", "/sparql", body=body, headers={
                "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json, "
                "text/turtle;q=0.9"})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures.append(f"HTTP {response.status}")
        except (OSError, http.client.HTTPException) as error:
            failures.append(type(error).__name__)
            if isinstance(error, ConnectionRefusedError):
                break  # the server is gone: no point hammering a closed port
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        mine.append(time.perf_counter() - started)
    connection.close()
    with lock:
        latencies.extend(mine)
        errors.extend(failures)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--server-threads", type=int, default=8, help="KG_THREADS of the server")
    args = parser.parse_args(argv)

    queries = sorted((ROOT / "queries").glob("*.rq"))
    bodies = [urllib.parse.urlencode({"query": q.read_text()}).encode() for q in queries]
    work = Path(tempfile.mkdtemp(prefix="kg-load-test-"))
    process = None
    try:
        store = work / "store"
        subprocess.run([str(KG), "load", str(ROOT / "examples"), "--store", str(store), "--quiet"], check=True,
                       timeout=300)
        port = free_port()
        with open(work / "serve.log", "wb") as log:
            process = start_server(store, port, args.server_threads, log)
            latencies: list[float] = []
            errors: list[str] = []
            lock = threading.Lock()
            started = time.monotonic()
            until = started + args.seconds
            threads = [threading.Thread(target=client, args=(port, bodies, until, latencies, errors, lock))
                       for _ in range(args.clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(args.seconds + 180)
            elapsed = time.monotonic() - started
            alive = process.poll() is None
            if not alive:
                print(f"kg serve died (exit {process.returncode}); its log ends with:\n"
                      + (work / "serve.log").read_text(errors="replace")[-3000:], file=sys.stderr)
    finally:
        if process is not None and process.poll() is None:
            process.terminate()
            process.wait(15)
        shutil.rmtree(work, ignore_errors=True)

    kinds: dict[str, int] = {}
    for error in errors:
        kinds[error] = kinds.get(error, 0) + 1
    print(f"clients            {args.clients} (server threads {args.server_threads}), {len(queries)} queries in the mix")
    print(f"duration           {elapsed:.1f} s")
    print(f"requests           {len(latencies)}")
    print(f"errors             {len(errors)} {kinds if kinds else ''}")
    print(f"throughput         {len(latencies) / elapsed:.1f} requests/s")
    print(f"latency p50        {percentile(latencies, 0.50) * 1000:.1f} ms")
    print(f"latency p99        {percentile(latencies, 0.99) * 1000:.1f} ms")
    print(f"latency mean/max   {statistics.fmean(latencies) * 1000 if latencies else float('nan'):.1f} / "
          f"{max(latencies, default=float('nan')) * 1000:.1f} ms")
    print(f"server alive       {alive}")
    return 1 if errors or not alive else 0


if __name__ == "__main__":
    sys.exit(main())
