"""Endpoint throughput and latency: `kg serve` against Oxigraph's own server and rdflib-endpoint, all
serving the same data (the N-Quads of `kg export` of one `kg load`), queried with the union of all graphs as
the default graph.

Load generator: N client threads, each with one keep-alive HTTP/1.1 connection (http.client), POSTing
form-encoded queries (`Accept: application/sparql-results+json`) back to back for a fixed time per query class.
Client and server share the machine's cores, the same way for every server.

Query classes: point lookups (`SELECT ?p ?o WHERE { <iri> ?p ?o }` on random entity IRIs), the three contract
queries (queries/officials.rq, calls.rq, aid.rq) and an aggregate (entities per type).
"""
from __future__ import annotations

import http.client
import random
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

from bench import common

AGGREGATE = ("SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n) ?type")
TARGETS = {"point": 0.5, "aggregate": 0.9}  # vs Oxigraph; >= 3x rdflib-endpoint everywhere
RDFLIB_TARGET = 3.0


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    first_error: str = ""
    seconds: float = 0.0
    bytes: int = 0

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


REQUEST_TIMEOUT = 30.0  # seconds; a request slower than this counts as an error (timed out)


def hammer(url: str, make_query, clients: int, duration: float, timeout: float = REQUEST_TIMEOUT) -> Result:
    parsed = urllib.parse.urlsplit(url)
    result, lock = Result(), threading.Lock()
    deadline = time.perf_counter() + duration

    def client(number: int) -> None:
        rng = random.Random(number)
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=timeout)
        latencies, errors, first, size = [], 0, "", 0
        while time.perf_counter() < deadline:
            body = urllib.parse.urlencode({"query": make_query(rng)})
            started = time.perf_counter()
            try:
                connection.request("POST", parsed.path + (f"?{parsed.query}" if parsed.query else ""), body=body,
                                   headers={"Content-Type": "application/x-www-form-urlencoded",
                                            "Accept": "application/sparql-results+json"})
                response = connection.getresponse()
                data = response.read()
                if response.status == 200:
                    latencies.append(time.perf_counter() - started)
                    size = size or len(data)
                else:
                    errors += 1
                    first = first or f"HTTP {response.status}: {data[:200]!r}"
            except (OSError, http.client.HTTPException) as error:
                errors += 1
                first = first or f"{type(error).__name__}: {error}"
                connection.close()
                connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=timeout)
        connection.close()
        with lock:
            result.latencies += latencies
            result.errors += errors
            result.first_error = result.first_error or first
            result.bytes = result.bytes or size

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.seconds = time.perf_counter() - started
    return result


def _entities(dump, seed: int, count: int = 2000) -> list[str]:
    subjects = set()
    with open(dump, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("<") and "/id/" in line.split(" ", 1)[0]:
                subjects.add(line[1:line.index(">")])
    return random.Random(seed).sample(sorted(subjects), min(count, len(subjects)))


def classes(dump, seed: int) -> dict[str, object]:
    from kg import queries

    iris = _entities(dump, seed)
    fixed = {name: queries.resolve(name) for name in ("officials", "calls", "aid")}
    return {
        "point": lambda rng: f"SELECT ?p ?o WHERE {{ <{rng.choice(iris)}> ?p ?o }}",
        "officials": lambda rng: fixed["officials"],
        "calls": lambda rng: fixed["calls"],
        "aid": lambda rng: fixed["aid"],
        "aggregate": lambda rng: AGGREGATE,
    }


def _oxigraph_store(location, dump):
    """Oxigraph's own on-disk store, loaded with `oxigraph load` from the same N-Quads (again when they change)."""
    complete = location / ".complete"
    if not complete.exists() or complete.stat().st_mtime < dump.stat().st_mtime:
        shutil.rmtree(location, ignore_errors=True)
        location.mkdir(parents=True)
        common.log(f"  oxigraph load --location {location} --file {dump}")
        subprocess.run([str(common.BIN / "oxigraph"), "load", "--location", str(location), "--file", str(dump)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        complete.touch()
    return location


def servers(store, dump, names: list[str]):
    """(name, url, context manager factory) for each server asked for."""
    work = common.CACHE / "endpoint"
    for name in names:
        port = common.free_port()
        if name in ("kg", "kg-waitress"):  # kg serve on granian (its default) or waitress
            env = common.kg_env()
            chosen = ["--server", "waitress"] if name == "kg-waitress" else []
            yield name, f"http://127.0.0.1:{port}/sparql", lambda port=port, env=env, chosen=chosen: common.server(
                [*common.KG, "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port), *chosen],
                f"http://127.0.0.1:{port}/sparql", name, env=env)
        elif name == "oxigraph":
            location = work / f"oxigraph-{store.name}"
            yield name, f"http://127.0.0.1:{port}/query", lambda port=port, location=location: common.server(
                [str(common.BIN / "oxigraph"), "serve-read-only", "--location", str(_oxigraph_store(location, dump)),
                 "--bind", f"127.0.0.1:{port}", "--union-default-graph"], f"http://127.0.0.1:{port}/query", "oxigraph")
        elif name == "rdflib":
            yield name, f"http://127.0.0.1:{port}/sparql", lambda port=port: common.server(
                [sys.executable, "-m", "bench._rdflib_server", str(dump), str(port)], f"http://127.0.0.1:{port}/sparql",
                "rdflib-endpoint", timeout=900)
        else:
            raise ValueError(f"unknown server {name!r} (kg, kg-waitress, oxigraph, rdflib)")


def run(articles: int, seed: int, clients: int, duration: float, names: list[str],
        only: list[str] | None = None) -> str:
    store, dump = common.loaded_store(articles, seed)
    with open(dump, "rb") as handle:
        quads = sum(1 for _ in handle)
    mix = classes(dump, seed)
    if only:
        mix = {label: make for label, make in mix.items() if label in only}
    measured: dict[str, dict[str, Result]] = {}
    failures: list[str] = []
    for name, url, start in servers(store, dump, names):
        common.log(f"  {name}: starting at {url}")
        try:
            with start():
                measured[name] = {}
                for label, make in mix.items():
                    hammer(url, make, 1, min(1.0, duration / 4))  # warm-up
                    measured[name][label] = result = hammer(url, make, clients, duration)
                    common.log(f"    {label:10s} {result.rate:8.1f} req/s  p50 {result.pct(0.5):8.2f} ms  "
                               f"p99 {result.pct(0.99):8.2f} ms  errors {result.errors} {result.first_error[:120]}")
        except Exception as error:  # a server that does not start is reported, the others still run
            failures.append(f"{name}: {type(error).__name__}: ...{str(error)[-600:]}")
            measured.pop(name, None)

    rows = []
    for label in mix:
        for name, by_class in measured.items():
            if label not in by_class:
                continue
            r = by_class[label]
            row = [label, name, r.rate, r.pct(0.5), r.pct(0.99), len(r.latencies), r.errors, r.bytes]
            kg_rate = measured.get("kg", {}).get(label)
            if name.startswith("kg"):
                ox_r, rd_r = measured.get("oxigraph", {}).get(label), measured.get("rdflib", {}).get(label)
                vs_ox = common.ratio(r.rate, ox_r.rate) if ox_r else ""
                vs_rd = common.ratio(r.rate, rd_r.rate) if rd_r else ""
                notes = []
                if ox_r and label in TARGETS:
                    notes.append(f"vs oxigraph {common.verdict(r.rate / ox_r.rate, TARGETS[label])} ({TARGETS[label]}x)")
                if rd_r and rd_r.rate:
                    notes.append(f"vs rdflib {common.verdict(r.rate / rd_r.rate, RDFLIB_TARGET)} ({RDFLIB_TARGET:.0f}x)")
                row += [vs_ox, vs_rd, "; ".join(notes)]
            else:
                row += ["", "", f"kg is {common.ratio(kg_rate.rate, r.rate)} of this" if kg_rate else ""]
            rows.append(row)
    out = ["## 3. SPARQL endpoint", "",
           f"Store of {articles} generated articles (seed {seed}), {quads:,} quads exported; {clients} keep-alive "
           f"clients, {duration:.0f} s per query class and server after a warm-up; default graph = union of all graphs; "
           f"requests slower than {REQUEST_TIMEOUT:.0f} s count as errors.", ""]
    if rows:
        out.append(common.table(["class", "server", "req/s", "p50 ms", "p99 ms", "requests", "errors", "bytes/resp",
                                 "kg vs oxigraph", "kg vs rdflib", "note"], rows))
    for name, by_class in measured.items():
        for label, r in by_class.items():
            if r.errors:
                out.append(f"\n{name} {label}: {r.errors} errors, first: {r.first_error}")
    if failures:
        out += ["", "Servers that could not be measured:", ""] + [f"- {f}" for f in failures]
    out += ["", "Note: Oxigraph's union default graph is a bag (a triple held by k article graphs counts k times); "
            "kg keeps the union as a set, so result sizes (bytes/resp) can differ between servers."]
    return "\n".join(out)
