"""Hand-made article-like graphs of exactly K triples (one of them a marker holding the version), and the
checks readers run against a live server. No pytest here: reader processes import this module."""
from __future__ import annotations

import time
from pathlib import Path

import requests

EX = "http://example.org/rel/"
MARKER = EX + "marker"
K = 40  # triples in every graph written here
QUERIES = Path(__file__).resolve().parents[2] / "queries"
CONTRACT = ("officials", "calls", "aid")
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
# the versions of each written graph, as its triples say them: one version per graph when the graph is whole
VERSIONS = f"""SELECT ?g (COUNT(DISTINCT ?v) AS ?versions) (COUNT(*) AS ?n) WHERE {{
  GRAPH ?g {{ ?s ?p ?o BIND(REPLACE(STR(?o), "^.* (v[0-9]+)( .*)?$", "$1") AS ?v) }}
  FILTER(STRSTARTS(STR(?g), "{EX}graph/"))
}} GROUP BY ?g"""


def graph_iri(name: str) -> str:
    return f"{EX}graph/{name}"


def article(name: str, version: int) -> str:
    """N-Triples of one article-like graph: K triples, all of them naming `version`."""
    graph = graph_iri(name)
    lines = [f'<{graph}> <{MARKER}> "{name} v{version}" .']
    for j in range(K - 1):
        lines.append(f'<{EX}{name}/s{j % 7}> <{EX}p{j}> "{name} v{version} {j}" .')
    return "\n".join(lines) + "\n"


def sparql(url: str, session: requests.Session, query: str) -> dict:
    response = session.post(url + "/sparql", data={"query": query}, timeout=60,
                            headers={"Accept": "application/sparql-results+json"})
    if response.status_code != 200:
        raise AssertionError(f"{response.status_code} {response.text[:300]}")
    return response.json()


def check_once(url: str, session: requests.Session, baseline: int, contract: dict[str, str]) -> list[str]:
    """One round of reads; returns what was inconsistent (empty when all was well)."""
    problems = []
    for name, text in contract.items():
        rows = sparql(url, session, text)["results"]["bindings"]
        if not rows:
            problems.append(f"contract query {name} gave no rows")
    for row in sparql(url, session, VERSIONS)["results"]["bindings"]:
        n, versions = int(row["n"]["value"]), int(row["versions"]["value"])
        if n != K or versions != 1:
            problems.append(f"partial graph {row['g']['value']}: {n} triples, {versions} versions")
    total = int(sparql(url, session, COUNT_ALL)["results"]["bindings"][0]["n"]["value"])
    if (total - baseline) % K:
        problems.append(f"union holds {total} triples: {baseline} + a part of a graph")
    if not sparql(url, session, "ASK { ?s ?p ?o }")["boolean"]:
        problems.append("ASK over the store was false")
    return problems


def read_until(url: str, baseline: int, stop, seconds: float) -> dict:
    """Read in a loop until `stop` is set (or `seconds` pass); count requests and collect errors."""
    contract = {name: (QUERIES / f"{name}.rq").read_text() for name in CONTRACT}
    errors: list[str] = []
    rounds = 0
    deadline = time.monotonic() + seconds
    with requests.Session() as session:
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                errors += check_once(url, session, baseline, contract)
            except Exception as error:  # noqa: BLE001 - every failure is reported, none stops the others
                errors.append(f"{type(error).__name__}: {error}")
            rounds += 1
    return {"rounds": rounds, "errors": errors[:20]}


def process_reader(url: str, baseline: int, stop, seconds: float, results) -> None:
    results.put(read_until(url, baseline, stop, seconds))
