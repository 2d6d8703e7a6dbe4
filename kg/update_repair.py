"""A user's SPARQL Update rewritten so that it keeps the union graph exact at the cost of what it changes.

kg keeps the union of all graphs, as a set, in a graph of its own (kg.store.UNION_GRAPH). After an update, a
triple belongs in the union if and only if some other graph (or the default graph) holds it, and only the triples
the update may have written or removed can have changed. So each operation adds those triples, its *candidates*,
to a scratch graph in the same transaction, and the union is then repaired for the candidates alone:

- DELETE/INSERT ... WHERE: the instances of its DELETE and INSERT templates, written into the scratch graph by the
  operation itself (an INSERT clause of the scratch copies is added to it, so they come from the same solutions,
  and a blank node of the INSERT template is the same node in both); DELETE WHERE is written as DELETE ... WHERE;
- INSERT DATA: its triples, in the same block (its blank nodes are the same nodes); DELETE DATA: its triples;
- CLEAR / DROP of a graph or of the default graph, ADD, COPY, MOVE: the graphs they read and write, copied
  before the operation; LOAD: the graph it loads into, copied after;
- an INSERT template whose blank nodes have no label (`[]`, a collection) or that writes RDF-star terms: a copy of
  its graphs, after the operation (a copy written from the template would hold other blank nodes).

Repair (`flush`): a candidate that no graph holds leaves the union, one that some graph holds joins it; then the
scratch graph is dropped. It runs before every operation that reads a pattern (so that no WHERE sees the scratch
graph, and each sees an exact union) and at the end. CLEAR ALL / NAMED empty every named graph, the union with
them: a scan repairs it, at the cost of what is left (the default graph). An update this module cannot read (an
INSERT template with an unlabelled blank node in a graph named by a variable, text the lexer reads otherwise than
Oxigraph would) is None: the caller repairs the union by a full scan, as before.

Everything is one SPARQL Update, so one transaction: readers see the store before or after it, never the scratch
graph, and a crash leaves neither half.
"""
from __future__ import annotations

import secrets

# the scratch graph: a name no user can know (readers never see it: it exists inside one transaction only)
SCRATCH = f"urn:x-kg:graph:changed-{secrets.token_hex(8)}"
_TERMS = ("iri", "pname", "var")
_ANONYMOUS = {"[", "(", "<<", "<<("}


class Unreadable(Exception):
    """The update holds something this module does not rewrite: the caller falls back to a full repair."""


def rewrite(update: str, union: str, scratch: str = SCRATCH) -> str | None:
    """`update` with the operations that repair the union graph `union` through what each operation touched, or
    None when it cannot be rewritten (then a full repair is needed)."""
    from kg.web.scan import tokens  # the SPARQL lexer of the endpoint (strings and IRIs as whole tokens)

    try:
        return _Rewriter(update, tokens(update), f"<{union}>", f"<{scratch}>").run()
    except Unreadable:
        return None


class _Rewriter:
    def __init__(self, text: str, toks: list, union: str, scratch: str) -> None:
        self.text = text
        self.toks = toks
        self.union = union
        self.scratch = scratch
        self.edits: list[tuple[int, str]] = []  # (position in text, text inserted there)
        self.pending = False  # the scratch graph holds candidates not yet repaired

    # -- the walk over operations --------------------------------------------------------------------------------
    def run(self) -> str:
        toks, at = self.toks, 0
        while at < len(toks):
            keyword = toks[at].keyword
            if keyword == "PREFIX":
                at += 3
            elif keyword == "BASE":
                at += 2
            elif toks[at].text == ";":
                at += 1
            else:
                at = self.operation(at)
        if self.pending:
            self.insert(len(self.text), " ;\n" + self.flush())
        return "".join(self.pieces())

    def operation(self, at: int) -> int:
        """Rewrite the operation starting at token `at`; the index of the token after it."""
        toks = self.toks
        keyword = toks[at].keyword
        following = toks[at + 1].keyword if at + 1 < len(toks) else ""
        if keyword in ("INSERT", "DELETE") and following == "DATA":
            return self.data(at, keyword)
        if keyword == "DELETE" and following == "WHERE":
            return self.delete_where(at)
        if keyword in ("WITH", "INSERT", "DELETE"):
            return self.modify(at)
        if keyword in ("CLEAR", "DROP"):
            return self.clear(at)
        if keyword in ("ADD", "COPY", "MOVE"):
            return self.add_copy_move(at)
        if keyword == "CREATE":
            return self.end_of_simple(at)
        if keyword == "LOAD":
            return self.load(at)
        raise Unreadable(keyword or toks[at].text)

    def data(self, at: int, keyword: str) -> int:
        opening = at + 2
        closing = self.closing(opening)
        body = self.template(opening, closing)
        if keyword == "INSERT":
            if body.anonymous:  # `[]` or a collection: a copy would hold other blank nodes; copy the graphs after
                self.after(closing, [self.copy(graph) for graph in body.graphs_or_default(None)])
            else:
                self.insert(self.toks[closing].start, " " + body.copied_into(self.scratch) + " ")
        else:
            self.after(closing, [f"INSERT DATA {{ {body.copied_into(self.scratch)} }}"])
        self.pending = True
        return closing + 1

    def delete_where(self, at: int) -> int:
        if self.pending:
            self.insert(self.toks[at].start, self.flush() + " ;\n")
        opening = at + 2
        closing = self.closing(opening)
        body = self.template(opening, closing)
        pattern = self.text[self.toks[opening].start:self.toks[closing].end]
        # DELETE WHERE { P } is DELETE { P } WHERE { P }: the same operation, with room for the scratch copy
        self.insert(self.toks[at + 1].start, f"{pattern} INSERT {{ {body.copied_into(self.scratch)} }} ")
        self.pending = True
        return closing + 1

    def modify(self, at: int) -> int:
        toks = self.toks
        if self.pending:
            self.insert(toks[at].start, self.flush() + " ;\n")
        with_graph = None
        if toks[at].keyword == "WITH":
            with_graph = self.token_text(at + 1, _TERMS[:2])
            at += 2
        copies, graph_copies = [], []
        delete = insert = None
        if toks[at].keyword == "DELETE":
            delete = (at + 1, self.closing(at + 1))
            copies.append(self.template(*delete).copied_into(self.scratch))
            at = delete[1] + 1
        if at < len(toks) and toks[at].keyword == "INSERT":
            insert = (at + 1, self.closing(at + 1))
            body = self.template(*insert)
            if body.anonymous:
                graph_copies = [self.copy(graph) for graph in body.graphs_or_default(with_graph)]
            else:
                copies.append(body.copied_into(self.scratch))
            at = insert[1] + 1
        if delete is None and insert is None:
            raise Unreadable("WITH without DELETE or INSERT")
        while at < len(toks) and toks[at].keyword == "USING":
            at += 3 if at + 1 < len(toks) and toks[at + 1].keyword == "NAMED" else 2
        if at >= len(toks) or toks[at].keyword != "WHERE":
            raise Unreadable("no WHERE")
        end = self.closing(at + 1)
        if copies:
            joined = " ".join(copies)
            if insert is not None:
                self.insert(toks[insert[1]].start, f" {joined} ")
            else:
                self.insert(toks[delete[1]].end, f" INSERT {{ {joined} }}")
        self.after(end, graph_copies)
        self.pending = True
        return end + 1

    def clear(self, at: int) -> int:
        toks, start = self.toks, self.toks[at].start
        at += 1
        if at < len(toks) and toks[at].keyword == "SILENT":
            at += 1
        if at < len(toks) and toks[at].keyword in ("NAMED", "ALL"):
            # every named graph goes (the union and the scratch graph with them): what is left is repaired by a scan,
            # which costs what is left (the default graph)
            from kg.store import _UNION_REPAIR

            if self.pending:
                self.insert(start, self.flush() + " ;\n")
            self.after(at, [_UNION_REPAIR])
            return at + 1
        graph, end = self.graph_ref(at)
        self.before(start, [self.copy(graph)])
        self.pending = True
        return end + 1

    def add_copy_move(self, at: int) -> int:
        start = at
        at += 1
        if at < len(self.toks) and self.toks[at].keyword == "SILENT":
            at += 1
        source, at = self.graph_or_default(at)
        if at + 1 >= len(self.toks) or self.toks[at + 1].keyword != "TO":
            raise Unreadable("no TO")
        target, end = self.graph_or_default(at + 2)
        self.before(self.toks[start].start, [self.copy(source), self.copy(target)])
        self.pending = True
        return end + 1

    def load(self, at: int) -> int:
        toks = self.toks
        at += 1
        if at < len(toks) and toks[at].keyword == "SILENT":
            at += 1
        self.token_text(at, ("iri", "pname"))
        end, graph = at, None
        if at + 1 < len(toks) and toks[at + 1].keyword == "INTO":
            graph, end = self.graph_ref(at + 2)
        self.after(end, [self.copy(graph)])
        self.pending = True
        return end + 1

    def end_of_simple(self, at: int) -> int:
        """CREATE [SILENT] GRAPH iri: no triple changes."""
        at += 1
        if at < len(self.toks) and self.toks[at].keyword == "SILENT":
            at += 1
        _graph, end = self.graph_ref(at)
        return end + 1

    # -- pieces ---------------------------------------------------------------------------------------------------
    def flush(self) -> str:
        """Operations that repair the union for every candidate in the scratch graph, then drop it."""
        union, scratch = self.union, self.scratch
        held = f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {union} && ?g != {scratch})"
        self.pending = False
        return (f"DELETE {{ GRAPH {union} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {scratch} {{ ?s ?p ?o }}"
                f" FILTER NOT EXISTS {{ {held} }} FILTER NOT EXISTS {{ ?s ?p ?o }} }} ;\n"
                f"INSERT {{ GRAPH {union} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {scratch} {{ ?s ?p ?o }}"
                f" FILTER(EXISTS {{ {held} }} || EXISTS {{ ?s ?p ?o }}) }} ;\n"
                f"DROP SILENT GRAPH {scratch}")

    def copy(self, graph: str | None) -> str:
        """An operation that copies `graph` (a term as written; None: the default graph) into the scratch graph."""
        where = f"GRAPH {graph} {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        return f"INSERT {{ GRAPH {self.scratch} {{ ?s ?p ?o }} }} WHERE {{ {where} }}"

    def template(self, opening: int, closing: int) -> _Template:
        return _Template(self.text, self.toks, opening, closing)

    def graph_ref(self, at: int) -> tuple[str | None, int]:
        """GRAPH iri | DEFAULT at token `at`: the graph's term (None for DEFAULT) and the index of its last token."""
        toks = self.toks
        if at < len(toks) and toks[at].keyword == "DEFAULT":
            return None, at
        if at < len(toks) and toks[at].keyword == "GRAPH":
            return self.token_text(at + 1, ("iri", "pname")), at + 1
        raise Unreadable("a graph reference")

    def graph_or_default(self, at: int) -> tuple[str | None, int]:
        """DEFAULT | GRAPH? iri."""
        toks = self.toks
        if at < len(toks) and toks[at].keyword in ("DEFAULT", "GRAPH"):
            return self.graph_ref(at)
        return self.token_text(at, ("iri", "pname")), at

    def token_text(self, at: int, kinds: tuple[str, ...]) -> str:
        if at >= len(self.toks) or self.toks[at].kind not in kinds:
            raise Unreadable("a term")
        return self.toks[at].text

    def closing(self, opening: int) -> int:
        from kg.web.scan import _closing

        end = _closing(self.toks, opening, "{", "}")
        if end is None:
            raise Unreadable("unbalanced braces")
        return end

    def before(self, position: int, operations: list[str]) -> None:
        if operations:
            self.insert(position, " ;\n".join(operations) + " ;\n")

    def after(self, last: int, operations: list[str]) -> None:
        if operations:
            self.insert(self.toks[last].end, " ;\n" + " ;\n".join(operations))

    def insert(self, position: int, text: str) -> None:
        self.edits.append((position, text))

    def pieces(self):
        done = 0
        for position, text in sorted(self.edits, key=lambda edit: edit[0]):  # stable: edits at one place keep order
            yield self.text[done:position]
            yield text
            done = position
        yield self.text[done:]


class _Template:
    """A quad template (or quad data) between the braces at token indexes `opening` and `closing`: runs of triples
    in the default graph (or WITH's graph) and GRAPH blocks."""

    def __init__(self, text: str, toks: list, opening: int, closing: int) -> None:
        self.text = text
        self.runs: list[tuple[int, int]] = []  # token index ranges [first, last] of triples outside GRAPH blocks
        self.blocks: list[tuple[str, int, int]] = []  # (graph term, first, last) of each GRAPH block's triples
        self.anonymous = False
        self.toks = toks
        at, run_start = opening + 1, opening + 1
        while at < closing:
            token = toks[at]
            if token.text in _ANONYMOUS:
                self.anonymous = True
            if token.keyword == "GRAPH" and at + 2 < closing and toks[at + 2].text == "{":
                if toks[at + 1].kind not in _TERMS:
                    raise Unreadable("a GRAPH term")
                self._run(run_start, at - 1)
                end = _find(toks, at + 2, closing)
                if any(t.text in _ANONYMOUS for t in toks[at + 3:end]):
                    self.anonymous = True
                self.blocks.append((toks[at + 1].text, at + 3, end - 1))
                at = run_start = end + 1
                continue
            if token.text in ("{", "}"):
                raise Unreadable("a brace inside a template")
            at += 1
        self._run(run_start, closing - 1)

    def _run(self, first: int, last: int) -> None:
        while first <= last and self.toks[first].text == ".":  # a run after a GRAPH block may start with its dot
            first += 1
        if first <= last:
            self.runs.append((first, last))

    def _span(self, first: int, last: int) -> str:
        return self.text[self.toks[first].start:self.toks[last].end] if first <= last else ""

    def copied_into(self, graph: str) -> str:
        """The same triples, all in `graph` (a template's variables and blank node labels kept)."""
        parts = [self._span(first, last) for first, last in self.runs]
        parts += [self._span(first, last) for _term, first, last in self.blocks]
        return " ".join(f"GRAPH {graph} {{ {part} }}" for part in parts if part.strip(" ."))

    def graphs_or_default(self, with_graph: str | None) -> list[str | None]:
        """The graphs the template writes (None: the default graph); Unreadable for a graph named by a variable."""
        graphs: list[str | None] = []
        if self.runs:
            graphs.append(with_graph)
        for term, _first, _last in self.blocks:
            if term.startswith(("?", "$")):
                raise Unreadable("an unlabelled blank node in a graph named by a variable")
            graphs.append(term)
        return list(dict.fromkeys(graphs))


def _find(toks: list, opening: int, limit: int) -> int:
    depth = 0
    for at in range(opening, limit):
        if toks[at].text == "{":
            depth += 1
        elif toks[at].text == "}":
            depth -= 1
            if depth == 0:
                return at
    raise Unreadable("unbalanced braces in a template")
