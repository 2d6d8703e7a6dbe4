"""The evidence behind a fact: the sentences of each source article it was extracted from."""
from __future__ import annotations

import pyoxigraph as ox

from kg.store import Store

EVIDENCE = """
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX schema: <https://schema.org/>
PREFIX kg: <https://w3id.org/kg-defense/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?fact ?article ?title ?start ?end ?text ?confidence WHERE {
  { BIND(?fact AS ?node) } UNION { ?node owl:sameAs ?fact }
  ?node gaf:denotedBy ?mention .
  ?mention schema:isPartOf ?article ; nif:beginIndex ?start ; nif:endIndex ?end ; nif:anchorOf ?text .
  OPTIONAL { ?mention kg:confidence ?confidence }
  OPTIONAL { ?article schema:headline ?title }
} ORDER BY ?article ?start
"""


def evidence(store: Store, fact: str) -> list[tuple[str, str | None, list[tuple[int, int, str, str]]]]:
    grouped: dict[str, tuple[str | None, list]] = {}
    for row in store.select(EVIDENCE, fact=ox.NamedNode(fact)):
        title = row["title"].value if "title" in row else None
        entry = grouped.setdefault(row["article"].value, (title, []))
        sentence = (int(row["start"].value), int(row["end"].value), row["text"].value,
                    row["confidence"].value if "confidence" in row else "?")
        if sentence not in entry[1]:
            entry[1].append(sentence)
    return [(article, title, sentences) for article, (title, sentences) in grouped.items()]
