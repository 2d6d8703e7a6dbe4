"""Counts for `kg stats` and the service description."""
from __future__ import annotations

from kg.store import Store
from kg.vocab import KG_NS

COUNTS = {
    "articles": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }",
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "officials": f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{KG_NS}Official> }}",
    "calls": f"""SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{KG_NS}Call>
                 FILTER NOT EXISTS {{ ?x <http://www.w3.org/2002/07/owl#sameAs> ?y . ?y a <{KG_NS}Call> }} }}""",
    "packages": f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{KG_NS}AidPackage> }}",
}


def collect(store: Store) -> dict[str, int]:
    return {name: store.count(query) for name, query in COUNTS.items()}
