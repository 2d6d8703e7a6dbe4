"""A remote SPARQL 1.1 store as the back end (Oxigraph server, Fuseki, GraphDB, Virtuoso, Neptune, or another
kg server): the same interface as kg.store.Store, spoken over the SPARQL 1.1 Protocol.

Writes are SPARQL Updates that keep the union graph exactly as the embedded store does, so queries see the
union of all graphs (each triple once) on any compliant store.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import IO

import pyoxigraph as ox
import requests

from kg.errors import KGError, QueryError
from kg.store import DATASET_CLAUSE, RDF_FORMATS, UNION_GRAPH, GraphStore

TIMEOUT = 300


class RemoteStore(GraphStore):
    def __init__(self, query_url: str, update_url: str | None = None, token: str | None = None,
                 token_variable: str = "KG_STORE_TOKEN") -> None:
        """`token_variable`: the setting the token came from, named when the store refuses it."""
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.token_variable = token_variable
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        self.path = None
        self._graphs: list[str] | None = None

    # -- reading -----------------------------------------------------------------------------------
    def query(self, sparql: str, *, union: bool = True, substitutions: dict | None = None, **options):
        if substitutions:
            sparql = _with_values(sparql, substitutions)
        form: list[tuple[str, str]] = [("query", sparql)]
        if union and not DATASET_CLAUSE.search(sparql):
            # naming the default graph empties the named ones (SPARQL 1.1 Protocol): name them all again
            form.append(("default-graph-uri", UNION_GRAPH))
            form += [("named-graph-uri", g) for g in self.named_graphs()]
        response = self._post(self.query_url, data=form,
                              headers={"Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
        media = response.headers.get("Content-Type", "").split(";")[0].strip()
        if media == "application/sparql-results+json":
            return ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON)
        fmt = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES
        return [q.triple if isinstance(q, ox.Quad) else q for q in ox.parse(response.content, fmt)]

    def named_graphs(self) -> list[str]:
        if self._graphs is None:
            solutions = self.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{UNION_GRAPH}>) }}",
                                   union=False)
            self._graphs = sorted(s["g"].value for s in solutions)
        return self._graphs

    def existing_graphs(self, graphs: Iterable[str]) -> set[str]:
        return set(self.named_graphs()).intersection(graphs)

    def has_graph(self, graph: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}", union=False))

    # -- export ------------------------------------------------------------------------------------
    def dump(self, output: IO[bytes], fmt: str = "nquads") -> None:
        rdf_format = RDF_FORMATS[fmt]
        if rdf_format.supports_datasets:
            for graph in self.named_graphs():
                triples = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}", union=False)
                quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph)) for t in triples]
                ox.serialize(quads, output, rdf_format)
        else:
            ox.serialize(self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), output, rdf_format)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.session.close()

    # -- HTTP --------------------------------------------------------------------------------------
    def _write(self, sparql: str) -> None:
        self._graphs = None
        self._post(self.update_url, data=sparql.encode("utf-8"),
                   headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def _post(self, url: str, **kwargs) -> requests.Response:
        try:
            response = self.session.post(url, timeout=TIMEOUT, **kwargs)
        except requests.RequestException as error:
            raise KGError(f"the store at {url} cannot be reached ({error.__class__.__name__}: {error})") from None
        if response.status_code == 400:
            raise QueryError(f"malformed query or update (the store at {url} says: {response.text[:500]})")
        whose = "" if self.token_variable == "KG_UPDATE_TOKEN" else " (a kg server's KG_UPDATE_TOKEN)"
        if response.status_code == 401:
            raise KGError(f"the store at {url} needs a token ({_says(response)}): set {self.token_variable} to its "
                          f"token{whose}")
        if response.status_code == 403:
            raise KGError(f"the store at {url} refused the request ({_says(response)}); {self.token_variable} must "
                          f"hold its token{whose}")
        if not response.ok:
            raise KGError(f"the store at {url} answered {response.status_code}: {response.text[:500]}")
        return response

    def server_base_iri(self, root: str) -> str | None:
        """The base IRI of a kg server at `root` (its /health says), or None for another store or no answer."""
        try:
            answer = self.session.get(root.rstrip("/") + "/health", timeout=10)
            base = answer.json().get("base_iri") if answer.ok else None
        except (requests.RequestException, ValueError, AttributeError):
            return None
        return base if isinstance(base, str) and base else None


def _says(response: requests.Response) -> str:
    """The status and the store's own message (kg's JSON error shape, or the start of the body)."""
    try:
        message = response.json()["error"]["message"]
    except (ValueError, KeyError, TypeError):
        message = response.text[:200].strip()
    return f"{response.status_code}: {message}" if message else str(response.status_code)


def _with_values(sparql: str, bindings: dict) -> str:
    """Bind variables with a trailing VALUES clause; each term is written by pyoxigraph, never pasted as text."""
    names = " ".join(str(name) if isinstance(name, ox.Variable) else f"?{name}" for name in bindings)
    terms = " ".join(str(term) for term in bindings.values())
    return f"{sparql}\nVALUES ({names}) {{ ({terms}) }}"
