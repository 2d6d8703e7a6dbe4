"""The IRIs of every term kg writes: its own ontology (checked against ontology/kg.ttl by a test) and the
standard vocabularies it reuses."""
from __future__ import annotations

KG_NS = "https://w3id.org/kg-defense/ontology#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
PROV = "http://www.w3.org/ns/prov#"
GAF = "http://groundedannotationframework.org/gaf#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
FOAF = "http://xmlns.com/foaf/0.1/"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {
    "kg": KG_NS, "schema": SCHEMA, "org": ORG, "sem": SEM, "prov": PROV, "gaf": GAF, "nif": NIF,
    "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "foaf": FOAF, "wd": WD,
}


class _Namespace:
    """Attribute access to the terms of a namespace; an unknown term is an AttributeError, not a silent IRI."""

    def __init__(self, base: str, terms: str) -> None:
        self._base = base
        self._terms = frozenset(terms.split())

    def __getattr__(self, name: str) -> str:
        if name.startswith("_") or name not in self._terms:
            raise AttributeError(f"{name!r} is not a term of {self._base}")
        return self._base + name

    def __iter__(self):
        return iter(sorted(self._base + t for t in self._terms))


KG = _Namespace(KG_NS, """
    Official Country Organization Call PhoneCall VideoCall AidPackage AidItem WeaponSystem Mention
    Report OfficialReport CallReport AidReport OrganizationReport reportOf resolutionKey pendingArticle
    participant initiator date monthDay durationMinutes topic status mode aidStatus
    donor recipient amount item quantity weaponSystem fundingMechanism title country isoCode
    confidence cameoCode ploverCode earlierCall
    Phone Video Held Announced Approved Proposed Delivered
""")

RDF_TYPE = RDF + "type"
RDFS_LABEL = RDFS + "label"
RDFS_COMMENT = RDFS + "comment"
OWL_SAMEAS = OWL + "sameAs"
SKOS_ALTLABEL = SKOS + "altLabel"
SKOS_PREFLABEL = SKOS + "prefLabel"
