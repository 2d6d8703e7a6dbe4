"""Exports: the RDF data itself (N-Quads, TriG, Turtle, N-Triples, JSON-LD: `Store.dump`), and the entity graph for
visualizers (Gephi, Cytoscape, yEd, Graphviz) and JSON-LD tools. `kg export --format NAME` and
`GET /export?format=NAME` take the same names (`FORMATS`) and give the same bytes.

The entity graph: nodes are the entities kg mints (officials, posts, countries, organizations, outlets, calls, aid
packages, aid items, weapon systems, articles), never mentions or literal values; each has a `label` (its
rdfs:label, else its schema:name) and a `type` (a CURIE), and calls and packages their `date`. Edges are the
object properties between two such nodes, with the property as a CURIE (`property`) and its local name
(`label`).

One CONSTRUCT (`EXPORT_QUERY`) picks that graph out of the union graph; every entity-graph format is made from
its triples. GraphML gives nodes the ids n0, n1, ... (GraphML ids are NMTOKENs, which IRIs are not) with the IRI as
the `iri` attribute, and declares node and edge attributes under distinct key ids; Cytoscape JSON names each node
by its label and gives each edge an id. Each format is a generator of byte chunks (`chunks`), so the server can
stream it, and the CLI writes it (`export`). The formats are data (`FORMATS`): name -> media type, file name.
"""
from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

import pyoxigraph as ox

from kg.store import Store
from kg.vocab import KG_NS, ORG, PREFIXES, PROV, RDF_TYPE, RDFS_LABEL, SCHEMA

KG_DATE = KG_NS + "date"
SCHEMA_NAME = SCHEMA + "name"

# The classes whose instances are nodes, most specific first: a node's `type` is the first that it has.
NODE_CLASSES: tuple[str, ...] = (
    KG_NS + "Official", KG_NS + "Call", KG_NS + "AidPackage", KG_NS + "Country", KG_NS + "Organization",
    KG_NS + "WeaponSystem", KG_NS + "AidItem", ORG + "Post", SCHEMA + "NewsArticle", SCHEMA + "Organization",
)

_VALUES = " ".join(f"<{c}>" for c in NODE_CLASSES)
_NODE = f"VALUES ?class {{ {_VALUES} }} ?s a ?class ."
# Each branch picks its own nodes: with one `?s a ?class` outside the UNION, Oxigraph evaluated the links branch
# once per node, unbound (38 s instead of 0.3 s for 2,000 nodes).
EXPORT_QUERY = f"""
CONSTRUCT {{ ?s a ?class , ?kgclass ; <{RDFS_LABEL}> ?label ; <{SCHEMA_NAME}> ?name ; <{KG_DATE}> ?date ; ?p ?o . }}
WHERE {{
  {{ {_NODE} ?s <{RDFS_LABEL}> ?label }}
  UNION {{ {_NODE} ?s <{SCHEMA_NAME}> ?name }}
  UNION {{ {_NODE} ?s a ?kgclass FILTER(STRSTARTS(STR(?kgclass), "{KG_NS}")) }}
  UNION {{ {_NODE} ?s <{KG_DATE}> ?date }}
  UNION {{ {_NODE} ?s ?p ?o . FILTER(isIRI(?o) && ?p != <{RDF_TYPE}>)
           VALUES ?oclass {{ {_VALUES} }} ?o a ?oclass }}
}}
"""


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    extension: str
    description: str
    data: bool = False  # the RDF data itself (Store.dump), not the entity graph
    stem: str = "kg"  # the file name without its extension

    @property
    def filename(self) -> str:
        return f"{self.stem}.{self.extension}"


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("nquads", "application/n-quads", "nq", "N-Quads: the RDF data, one named graph per article", data=True),
    Format("trig", "application/trig", "trig", "TriG: the RDF data, one named graph per article", data=True),
    Format("turtle", "text/turtle", "ttl", "Turtle: the union of all graphs", data=True),
    Format("ntriples", "application/n-triples", "nt", "N-Triples: the union of all graphs", data=True),
    Format("jsonld", "application/ld+json", "jsonld", "JSON-LD: the RDF data, one named graph per article", data=True),
    Format("graphml", "application/graphml+xml", "graphml", "GraphML (Gephi, yEd, Cytoscape desktop, networkx)"),
    Format("gexf", "application/gexf+xml", "gexf", "GEXF 1.2 (Gephi)"),
    Format("cytoscape", "application/json", "cyjs", "Cytoscape.js JSON (cytoscape.js, Cytoscape desktop)"),
    Format("dot", "text/vnd.graphviz", "dot", "Graphviz DOT"),
    Format("jsonld-compact", "application/ld+json", "jsonld", "JSON-LD of the entity graph, with a compact @context",
           stem="kg-entities"),
)}
DATA_FORMATS = [name for name, f in FORMATS.items() if f.data]
GRAPH_FORMATS = [name for name, f in FORMATS.items() if not f.data]

_PREFIXES_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def curie(iri: str) -> str:
    """`kg:participant` for a known namespace, else the IRI itself."""
    for prefix, namespace in _PREFIXES_LONGEST_FIRST:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# -- the graph ---------------------------------------------------------------------------------------
def export_triples(store: Store) -> list[ox.Triple]:
    """The triples of the export graph (each once, in a stable order)."""
    seen = dict.fromkeys(store.query(EXPORT_QUERY))
    return sorted(seen, key=lambda t: (t.subject.value, t.predicate.value, str(t.object)))


def to_networkx(triples: Iterable[ox.Triple]):
    """A networkx MultiDiGraph of the export graph: node attributes label, type (and date); edge attributes
    property (CURIE) and label (local name). Edge keys are unique across the graph (e0, e1, ...)."""
    import networkx as nx

    types: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    names: dict[str, str] = {}
    dates: dict[str, str] = {}
    links: list[tuple[str, str, str]] = []
    for t in triples:
        s, p, o = t.subject.value, t.predicate.value, t.object
        if p == RDF_TYPE:
            types.setdefault(s, set()).add(o.value)
        elif p == RDFS_LABEL and isinstance(o, ox.Literal):
            labels[s] = min(labels.get(s, o.value), o.value)
        elif p == SCHEMA_NAME and isinstance(o, ox.Literal):
            names[s] = min(names.get(s, o.value), o.value)
        elif p == KG_DATE and isinstance(o, ox.Literal):
            dates[s] = min(dates.get(s, o.value), o.value)
        elif isinstance(o, ox.NamedNode):
            links.append((s, p, o.value))
    graph = nx.MultiDiGraph()
    for node, classes in sorted(types.items()):
        primary = next((c for c in NODE_CLASSES if c in classes), None)
        if primary is None:
            continue
        attributes = {"label": labels.get(node) or names.get(node) or local_name(node), "type": curie(primary)}
        if node in dates:
            attributes["date"] = dates[node]
        graph.add_node(node, **attributes)
    for number, (s, p, o) in enumerate(sorted(links)):
        if s in types and o in types:
            graph.add_edge(s, o, key=f"e{number}", property=curie(p), label=local_name(p))
    return graph


# -- JSON-LD -----------------------------------------------------------------------------------------
_LINKS = {  # object properties of the export graph: compact names whose values are IRIs
    "participant": KG_NS + "participant", "initiator": KG_NS + "initiator", "donor": KG_NS + "donor",
    "recipient": KG_NS + "recipient", "item": KG_NS + "item", "weaponSystem": KG_NS + "weaponSystem",
    "country": KG_NS + "country", "nationality": SCHEMA + "nationality", "holds": ORG + "holds",
    "heldBy": ORG + "heldBy", "postIn": ORG + "postIn", "publisher": SCHEMA + "publisher",
    "wasDerivedFrom": PROV + "wasDerivedFrom", "sameAs": PREFIXES["owl"] + "sameAs",
}
CONTEXT: dict = {
    **{prefix: PREFIXES[prefix] for prefix in ("kg", "schema", "org", "prov", "rdfs", "owl", "xsd", "sem")},
    "id": "@id",
    "type": "@type",
    "label": {"@id": RDFS_LABEL},
    "name": {"@id": SCHEMA_NAME},
    "date": {"@id": KG_DATE, "@type": PREFIXES["xsd"] + "date"},
    **{name: {"@id": iri, "@type": "@id"} for name, iri in _LINKS.items()},
}


def jsonld(triples: Iterable[ox.Triple]) -> bytes:
    """The triples as JSON-LD compacted with CONTEXT (rdflib's serializer)."""
    from rdflib import Graph

    graph = Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph.serialize(format="json-ld", context=CONTEXT, auto_compact=True, indent=1, encoding="utf-8")


# -- GraphML and Cytoscape JSON -------------------------------------------------------------------------
def graphml_graph(graph):
    """The graph with nodes named n0, n1, ... (GraphML ids are NMTOKENs: no `/`), each keeping its IRI as `iri`."""
    import networkx as nx

    ids = {node: f"n{number}" for number, node in enumerate(graph.nodes)}
    renamed = nx.relabel_nodes(graph, ids, copy=True)
    for node, name in ids.items():
        renamed.nodes[name]["iri"] = node
    return renamed


def cytoscape(graph) -> dict:
    """Cytoscape JSON (the `elements` of Cytoscape.js, as Cytoscape desktop imports it): nodes with `id` and `value`
    (the IRI) and `name` (the label, which Cytoscape shows), edges with an `id`; network attributes in `data`. Reads
    back with networkx's `cytoscape_graph`."""
    nodes = [{"data": {"id": node, "value": node, "name": data["label"], **data}}
             for node, data in graph.nodes(data=True)]
    edges = [{"data": {"id": key, "source": source, "target": target, "key": key, **data}}
             for source, target, key, data in graph.edges(keys=True, data=True)]
    return {"format_version": "1.0", "generated_by": "kg", "target_cytoscapejs_version": "~3",
            "data": {"name": "kg", "shared_name": "kg"}, "directed": True, "multigraph": True,
            "elements": {"nodes": nodes, "edges": edges}}


# -- DOT ---------------------------------------------------------------------------------------------
def dot_string(text: str) -> str:
    """A DOT quoted string for any text: quotes and backslashes escaped, line breaks as \\n (an escString
    line break in labels). A trailing backslash would escape the closing quote in Graphviz's lexer, so a
    space follows it."""
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"')
               .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))
    if escaped.endswith("\\"):
        escaped += " "
    return f'"{escaped}"'


def dot_lines(graph) -> Iterator[str]:
    yield "digraph kg {\n"
    yield '  graph [overlap=false, splines=true];\n  node [shape=box, style="rounded"];\n'
    for node, data in graph.nodes(data=True):
        attributes = ", ".join(f"{key}={dot_string(str(value))}" for key, value in sorted(data.items()))
        yield f"  {dot_string(node)} [{attributes}];\n"
    for source, target, data in graph.edges(data=True):
        attributes = ", ".join(f"{key}={dot_string(str(value))}" for key, value in sorted(data.items()))
        yield f"  {dot_string(source)} -> {dot_string(target)} [{attributes}];\n"
    yield "}\n"


# -- formats -----------------------------------------------------------------------------------------
def _batched(strings: Iterable[str], size: int = 1 << 16) -> Iterator[bytes]:
    buffer: list[str] = []
    length = 0
    for text in strings:
        buffer.append(text)
        length += len(text)
        if length >= size:
            yield "".join(buffer).encode("utf-8")
            buffer, length = [], 0
    if buffer:
        yield "".join(buffer).encode("utf-8")


def chunks(store: Store, fmt: str) -> Iterator[bytes]:
    """The export in format `fmt` (a key of FORMATS) as byte chunks; KeyError (at once) for an unknown one."""
    if fmt not in FORMATS:
        raise KeyError(fmt)
    if FORMATS[fmt].data:
        return piped(lambda out: store.dump(out, fmt))
    return _chunks(store, fmt)


def _chunks(store: Store, fmt: str) -> Iterator[bytes]:
    triples = export_triples(store)
    if fmt == "jsonld-compact":
        yield jsonld(triples)
        return
    import networkx as nx

    graph = to_networkx(triples)
    if fmt == "graphml":
        yield from _batched(line + "\n" for line in nx.generate_graphml(graphml_graph(graph), named_key_ids=False))
    elif fmt == "gexf":
        yield from _batched(line + "\n" for line in nx.generate_gexf(graph))
    elif fmt == "cytoscape":
        yield from _batched(json.JSONEncoder(ensure_ascii=False).iterencode(cytoscape(graph)))
    elif fmt == "dot":
        yield from _batched(dot_lines(graph))


def export(store: Store, fmt: str, out: BinaryIO) -> None:
    """Write the export in format `fmt` (a key of FORMATS) to `out`."""
    if fmt in FORMATS and FORMATS[fmt].data:
        store.dump(out, fmt)
        return
    for chunk in chunks(store, fmt):
        out.write(chunk)


# -- a writer as a stream of chunks ---------------------------------------------------------------------
class _Pipe:
    """A file that a writer thread writes to and a reader takes chunks from (a few at most in between)."""

    def __init__(self) -> None:
        self.chunks: queue.Queue = queue.Queue(maxsize=8)
        self.closed = False

    def write(self, data) -> int:
        self._put(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def _put(self, item) -> None:
        while not self.closed:
            try:
                self.chunks.put(item, timeout=0.5)
                return
            except queue.Full:
                continue
        raise BrokenPipeError("the reader of the export went away")


def piped(write: Callable[[_Pipe], None]) -> Iterator[bytes]:
    """What `write(file)` writes, as chunks: it runs in a thread of its own, so a whole store streams in little
    memory; an error it raises is raised here; closing the iterator early (a client that went away) stops it."""
    pipe = _Pipe()
    done = object()

    def run() -> None:
        try:
            write(pipe)
            pipe._put(done)
        except Exception as error:  # noqa: BLE001 - handed to the reader, which raises it
            if not pipe.closed:  # else the reader went away: nobody to tell
                try:
                    pipe._put(error)
                except BrokenPipeError:
                    pass

    thread = threading.Thread(target=run, name="kg-export", daemon=True)
    thread.start()
    try:
        while True:
            item = pipe.chunks.get()
            if item is done:
                return
            if isinstance(item, Exception):
                raise item
            yield item
    finally:
        pipe.closed = True
