"""Counts for `kg stats`, each with the label that says what it counts.

Two sizes, never mixed up: the *quads in all graphs* (every named graph's triples, a triple counted once per
graph that holds it: articles, ontology, resolution, imports) and the *distinct triples in the union* (what a
query's default graph holds; what /health and VoID's void:triples give). Officials, calls and aid packages are
things, one per real official, call or package however many articles report it: a plain
`SELECT (COUNT(?c) AS ?n) { ?c a kg:Call }` gives the same number.
"""
from __future__ import annotations

from kg.store import GraphStore
from kg.vocab import KG, SCHEMA

COUNTS: dict[str, tuple[str, str]] = {  # name -> (label, query)
    "articles": ("articles", f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{SCHEMA}NewsArticle> }}"),
    "quads": ("quads in all graphs", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
    "triples": ("distinct triples in the union", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
    "officials": ("officials", f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a <{KG.Official}> }}"),
    "calls": ("calls", f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a <{KG.Call}> }}"),
    "packages": ("aid packages", f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a <{KG.AidPackage}> }}"),
    "organizations": ("organizations", f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a <{KG.Organization}> }}"),
}
LABELS = {name: label for name, (label, _) in COUNTS.items()}


def collect(store: GraphStore) -> dict[str, int]:
    return {name: store.count(query) for name, (_, query) in COUNTS.items()}


def lines(counts: dict[str, int]) -> list[str]:
    """`kg stats`: one count a line, its label first."""
    width = max(len(label) for label in LABELS.values())
    return [f"{LABELS.get(name, name):{width}s}  {value}" for name, value in counts.items()]
