"""A lexical scan of SPARQL text: what Oxigraph does not tell us before running it.

Oxigraph parses a query only to run it, so the endpoint reads the text itself for the few things it must
know first: the query form (for content negotiation), the PREFIX/BASE declarations (for SERVICE and LOAD
targets written as prefixed or relative IRIs), every SERVICE and LOAD target (checked against the
allow-list), dataset clauses (FROM, USING, WITH), whether the query is a single index scan (see
`Scan.index_scan`), and where each group graph pattern closes (see `with_probes`). Strings, IRIs and comments
are whole tokens, so a keyword inside them is never seen as one; `<` after an operand inside an expression is
the less-than operator, as in the SPARQL grammar.

Scans of short texts are cached (`scan` is called on every request, and clients repeat their queries): a
`Scan` is shared between requests, so it is never modified.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_PN_CHARS_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
                  "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_PN_CHARS = _PN_CHARS_BASE + r"_\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PREFIX = rf"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_LOCAL = rf"(?:[{_PN_CHARS}:]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"

_TOKEN = re.compile(
    "|".join([
        r"(?P<space>\s+)",
        r"(?P<comment>#[^\r\n]*)",
        r"(?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\""
        r"|'(?:[^'\\\r\n]|\\.)*'|\"(?:[^\"\\\r\n]|\\.)*\")",
        rf"(?P<iri><(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)",
        rf"(?P<bnode>_:[{_PN_CHARS}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)",
        rf"(?P<var>[?$][{_PN_CHARS}]+)",
        rf"(?P<pname>(?:{_PREFIX})?:(?:{_LOCAL})?)",
        r"(?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))",
        r"(?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)",
        r"(?P<word>[A-Za-z_][A-Za-z0-9_]*)",
        r"(?P<punct><<|>>|\{\||\|\}|<=|>=|!=|&&|\|\||\^\^|.)",
    ]),
    re.DOTALL,
)
_LESS_THAN = re.compile(r"<=|<")
_OPERAND_END = {"var", "iri", "pname", "string", "number", "langtag", "bnode"}
_CONSTRAINT_KEYWORDS = {"FILTER", "HAVING", "ASC", "DESC", "BY", "BIND"}
FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
# Defence in depth: an "IRI" that holds `)SERVICE?x` or `.LOAD:x` is most likely text the lexer misread
# (a less-than operator), so its SERVICE / LOAD counts as a target that cannot be resolved.
_HIDDEN_KEYWORD = re.compile(r"(?<![A-Za-z0-9_/%~:#-])(?:SERVICE|LOAD)[?$:]", re.IGNORECASE)


@dataclass(frozen=True)
class Token:
    kind: str  # iri, pname, var, string, number, langtag, bnode, word, punct
    text: str
    start: int
    end: int

    @property
    def keyword(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


def tokens(text: str) -> list[Token]:
    """Every significant token of `text` (spaces and comments dropped). Never fails: an unknown character
    is a one-character punctuation token, left for Oxigraph to reject."""
    out: list[Token] = []
    paren_is_expression: list[bool] = []  # one entry per open bracket: ( expression ) or not
    in_select_clause = False
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        kind = match.lastgroup
        if kind == "iri" and _less_than_here(out, paren_is_expression):
            match = _LESS_THAN.match(text, position)
            kind = "punct"
        position = match.end()
        if kind in ("space", "comment"):
            continue
        token = Token(kind, match.group(), match.start(), match.end())
        if token.keyword == "SELECT":
            in_select_clause = True
        elif token.text == "{" or token.keyword in ("WHERE", "FROM"):
            in_select_clause = False
        if token.text in ("(", "{", "["):
            paren_is_expression.append(token.text == "(" and (
                in_select_clause or _opens_expression(out, paren_is_expression)))
        elif token.text in (")", "}", "]") and paren_is_expression:
            paren_is_expression.pop()
        out.append(token)
    return out


def _opens_expression(before: list[Token], stack: list[bool]) -> bool:
    """Whether a `(` starts an expression (or a function's arguments), not an RDF collection."""
    if stack and stack[-1]:
        return True
    if not before:
        return False
    previous = before[-1]
    if previous.keyword in _CONSTRAINT_KEYWORDS or previous.keyword in FORMS or previous.keyword == "GROUP":
        return True
    if previous.kind == "word" and previous.keyword not in ("A", "TRUE", "FALSE"):
        return True  # built-in call: STR(, REGEX(, EXISTS is followed by { not (
    if previous.kind in ("iri", "pname") and len(before) > 1:
        return before[-2].keyword in _CONSTRAINT_KEYWORDS  # FILTER <fn>(...)
    return False


def _less_than_here(before: list[Token], stack: list[bool]) -> bool:
    return bool(stack and stack[-1] and before and (before[-1].kind in _OPERAND_END or before[-1].text == ")"))


# -- what a scan tells ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    """A SERVICE or LOAD target: the resolved IRI, or None when it is a variable or cannot be resolved."""
    keyword: str
    written: str
    iri: str | None
    silent: bool = False  # SERVICE SILENT / LOAD SILENT
    span: tuple[int, int] | None = None  # where `SERVICE [SILENT] target { ... }` is in the text, when it is whole


@dataclass(frozen=True)
class IndexScan:
    """A SELECT of one triple pattern with distinct variables and no modifier but LIMIT: Oxigraph reads its
    solutions straight off one index, one step each, so no pull of a solution can run long."""
    end: int  # where its group graph pattern ends in the text (just after the `}`)
    limit: int | None  # its own LIMIT

    def limited(self, text: str, rows: int) -> str:
        """The query (`text`, as scanned) reading at most `rows` solutions."""
        return f"{text[:self.end]} LIMIT {rows if self.limit is None else min(rows, self.limit)}"


@dataclass(frozen=True)
class Scan:
    form: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE for a query; None for an update or unknown text
    prefixes: dict[str, str] = field(default_factory=dict)
    targets: tuple[Target, ...] = ()
    dataset_clause: bool = False  # FROM / FROM NAMED in a query
    using_clause: bool = False  # USING / USING NAMED / WITH in an update
    depth: int = 0  # the deepest nesting of { ( [ << anywhere in the text
    size: int = 0  # tokens outside the flat data blocks (INSERT DATA / DELETE DATA / VALUES { ... })
    index_scan: IndexScan | None = None  # the query is one index scan (see IndexScan)
    open_closure: bool = False  # a `*` / `+` closure over a negated property set between two variables


# Oxigraph's parser and evaluator recurse once per nesting level and per operator of a chain (`1+1+...`,
# `{...} UNION {...} ...`, `MINUS {...} MINUS ...`); a few thousand of them overflow the thread's stack and
# the whole server dies (SIGSEGV). The endpoint refuses texts past these bounds (far above any real query).
MAX_DEPTH = 100
MAX_SIZE = 5000
_OPENING = {"{", "{|", "(", "[", "<<"}
_CLOSING = {"}", "|}", ")", "]", ">>"}


# A scan holds up to ~30 bytes per character of its text (a text of SERVICE targets): the cache stays under ~25 MB.
CACHED_TEXT = 400  # characters: longer texts (queries that run longer than they take to scan) are scanned each time
SCAN_CACHE_SIZE = 2048  # scans kept


def scan(text: str, base: str | None = None) -> Scan:
    """What `text` says; `base` is the base IRI it is parsed with (its own BASE declarations win)."""
    if len(text) <= CACHED_TEXT:
        return _cached_scan(text, base)
    return _scan(text, base)


def _scan(text: str, base: str | None) -> Scan:
    toks = tokens(text)
    prefixes: dict[str, str] = {}
    targets: list[Target] = []
    form: str | None = None
    dataset_clause = using_clause = False
    depth = 0
    nesting = deepest = size = 0
    flat_until = -1  # the end of the data block being read
    for index, token in enumerate(toks):
        if token.text in ("{", "{|"):
            depth += 1
        elif token.text in ("}", "|}"):
            depth -= 1
        if token.text in _OPENING:
            nesting += 1
            deepest = max(deepest, nesting)
        elif token.text in _CLOSING:
            nesting = max(0, nesting - 1)
        keyword = token.keyword
        if keyword in ("DATA", "VALUES") and index > flat_until:
            start = next((i for i in range(index + 1, min(len(toks), index + 1000)) if toks[i].text == "{"), None)
            end = _closing(toks, start, "{", "}") if start is not None else None
            flat_until = end if end is not None else flat_until
        if index > flat_until:
            size += 1
        following = toks[index + 1:index + 4]
        if keyword == "PREFIX" and len(following) >= 2 and following[0].kind == "pname" and following[1].kind == "iri":
            prefixes[following[0].text[:-1]] = _resolve(_iri_text(following[1].text), base)
        elif keyword == "BASE" and following and following[0].kind == "iri":
            base = _resolve(_iri_text(following[0].text), base)
        elif keyword in FORMS and form is None and depth == 0:
            form = keyword
        elif keyword == "FROM" and depth == 0:
            dataset_clause = True
        elif keyword in ("USING", "WITH") and depth == 0:
            using_clause = True
        elif keyword in ("SERVICE", "LOAD"):
            silent = bool(following) and following[0].keyword == "SILENT"
            rest = [t for t in following if t.keyword != "SILENT"][:1]
            written = rest[0].text if rest else ""
            iri = _target(rest[0], prefixes, base) if rest else None
            targets.append(Target(keyword, written, iri, silent, _service_span(toks, index, silent)))
        elif token.kind == "iri" and _HIDDEN_KEYWORD.search(token.text):
            targets.append(Target("SERVICE", token.text, None))
    return Scan(form, prefixes, tuple(targets), dataset_clause, using_clause, deepest, size, _index_scan(toks),
                _open_closure(toks))


_cached_scan = functools.lru_cache(maxsize=SCAN_CACHE_SIZE)(_scan)


_PATTERN_TERMS = ({"iri", "pname", "var"}, {"iri", "pname", "var"}, {"iri", "pname", "var", "number", "string"})


def _index_scan(toks: list[Token]) -> IndexScan | None:
    """An IndexScan if the tokens are exactly `Prologue SELECT (* | ?v ...) [WHERE] { s p o [.] } [LIMIT n]`
    with s, p, o IRIs, prefixed names, distinct variables or (o only) a literal, and p possibly `a`."""
    at = 0
    while at < len(toks) and toks[at].keyword in ("PREFIX", "BASE"):
        declaration = ["pname", "iri"] if toks[at].keyword == "PREFIX" else ["iri"]
        if [t.kind for t in toks[at + 1:at + 1 + len(declaration)]] != declaration:
            return None
        at += 1 + len(declaration)
    if at >= len(toks) or toks[at].keyword != "SELECT":
        return None
    at += 1
    if at < len(toks) and toks[at].text == "*":
        at += 1
    else:
        projected = at
        while at < len(toks) and toks[at].kind == "var":
            at += 1
        if at == projected:
            return None
    if at < len(toks) and toks[at].keyword == "WHERE":
        at += 1
    if at >= len(toks) or toks[at].text != "{":
        return None
    pattern = toks[at + 1:at + 4]
    at += 4
    if len(pattern) < 3 or not all(t.kind in kinds or (t.keyword == "A" and i == 1)
                                    for i, (t, kinds) in enumerate(zip(pattern, _PATTERN_TERMS))):
        return None
    if pattern[2].kind == "string" and at < len(toks) and toks[at].kind == "langtag":
        at += 1
    elif pattern[2].kind == "string" and at + 1 < len(toks) and toks[at].text == "^^":
        if toks[at + 1].kind not in ("iri", "pname"):
            return None
        at += 2
    names = [t.text[1:] for t in pattern if t.kind == "var"]
    if len(set(names)) != len(names):  # ?x ?p ?x: Oxigraph filters the index, so a pull may scan far
        return None
    if at < len(toks) and toks[at].text == ".":
        at += 1
    if at >= len(toks) or toks[at].text != "}":
        return None
    rest = toks[at + 1:]
    if not rest:
        return IndexScan(toks[at].end, None)
    if len(rest) == 2 and rest[0].keyword == "LIMIT" and rest[1].text.isdigit():
        return IndexScan(toks[at].end, int(rest[1].text))
    return None


_ENDS = {"var", "bnode"}
_PATH_PUNCT = {"!", "^", "|", "/", "(", ")", "*", "+", "?"}
_PATH_PRIMARY = {"iri", "pname"}


def _open_closure(toks: list[Token]) -> bool:
    """Whether a triple pattern `?s PATH ?o` has a closure `*` / `+` over a negated property set (`!<p>*`,
    `(<p>|!<p>)+`): between two variables such a closure walks nearly every edge of the store from every node
    (minutes of CPU and memory that no deadline can stop, see kg.web.limits)."""
    for start, token in enumerate(toks):
        if token.kind not in _ENDS:
            continue
        end = start + 1
        while end < len(toks) and (toks[end].text in _PATH_PUNCT or toks[end].kind in _PATH_PRIMARY
                                   or toks[end].keyword == "A"):
            end += 1
        if end < len(toks) and end > start + 1 and toks[end].kind in _ENDS \
                and any(_negated_closure(toks, start + 1, at) for at in range(start + 2, end)):
            return True
    return False


def _negated_closure(toks: list[Token], first: int, at: int) -> bool:
    """Whether toks[at] is a `*` or `+` whose operand (within toks[first:at]) holds a negated property set."""
    previous = toks[at - 1]
    if toks[at].text not in ("*", "+") or not (previous.text == ")" or previous.kind in _PATH_PRIMARY
                                               or previous.keyword == "A"):
        return False
    opening = at - 1
    if previous.text == ")":
        depth = 0
        while opening >= first:
            depth += {")": 1, "(": -1}.get(toks[opening].text, 0)
            if depth == 0:
                break
            opening -= 1
    written_before = [t.text for t in toks[max(first, opening - 2):opening]]  # `!` or `!^` before the operand
    return any(t.text == "!" for t in toks[opening:at]) or written_before[-1:] == ["!"] or written_before == ["!", "^"]


def _service_span(toks: list[Token], index: int, silent: bool) -> tuple[int, int] | None:
    """Where the SERVICE pattern starting at toks[index] begins and ends in the text: from the keyword to the `}` that
    closes its group; None for a LOAD, or when the group does not close."""
    if toks[index].keyword != "SERVICE":
        return None
    opening = index + (3 if silent else 2)
    end = _closing(toks, opening, "{", "}")
    return None if end is None else (toks[index].start, toks[end].end)


def without_services(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each SERVICE pattern at `spans` replaced by `{}`: the one solution with no bindings that a
    SERVICE SILENT gives when its service fails (SPARQL 1.1 Federated Query, 4.1)."""
    for start, end in sorted(spans, reverse=True):
        text = f"{text[:start]}{{}}{text[end:]}"
    return text


def _target(token: Token, prefixes: dict[str, str], base: str | None) -> str | None:
    if token.kind == "iri":
        return _resolve(_iri_text(token.text), base)
    if token.kind == "pname":
        prefix, _, local = token.text.partition(":")
        if prefix not in prefixes:
            return None
        return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None


def _iri_text(token_text: str) -> str:
    return re.sub(_UCHAR, lambda m: chr(int(m.group()[2:], 16)), token_text[1:-1])


def _resolve(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base and not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", iri) else iri


# -- rewriting ---------------------------------------------------------------------------------------------
def with_probes(text: str, bind: Callable[[int], str], condition: str) -> str:
    """`text` with deadline probes: `bind(n)` (a BIND of a fresh variable) at the end of every group graph
    pattern of a query, so every solution that leaves a group, into a join, an ORDER BY or an aggregate,
    passes one; and every `FILTER c` made `FILTER(IF(condition, c, false))` (`condition` is always true),
    since Oxigraph moves a filter down to where its variables are bound, and the solutions it drops never
    reach a group's end. (Not `condition && c`: Oxigraph splits conjunctions and would move the
    variable-free half away.)
    Templates, VALUES data, SERVICE bodies (sent elsewhere) and the braces around a sub-SELECT get none."""
    toks = tokens(text)
    kinds: list[str] = []
    inserts: list[tuple[int, str]] = []
    values_pending = service_pending = construct_short = False
    count = 0
    for index, token in enumerate(toks):
        keyword = token.keyword
        previous = toks[index - 1] if index else None
        if keyword == "VALUES":
            values_pending = True
        elif keyword == "SERVICE":
            service_pending = True
        elif keyword == "CONSTRUCT":
            construct_short = index + 1 < len(toks) and toks[index + 1].text != "{"
        elif keyword == "FILTER" and kinds and kinds[-1] == "group":
            end = _constraint_end(toks, index + 1)
            if end is not None:
                inserts += [(token.end, f"(IF({condition}, "), (toks[end].end, ", false))")]
        if token.text == "{":
            parent = kinds[-1] if kinds else "group"
            if values_pending:
                kind, values_pending = "data", False
            elif service_pending:
                kind, service_pending = "service", False
            elif parent in ("template", "data", "service"):
                kind = parent
            elif previous is not None and previous.keyword == "CONSTRUCT":
                kind = "template"
            elif previous is not None and previous.keyword == "WHERE" and construct_short:
                kind, construct_short = "template", False
            elif index + 1 < len(toks) and toks[index + 1].keyword == "SELECT":
                kind = "subselect"
            else:
                kind = "group"
            kinds.append(kind)
        elif token.text == "}" and kinds and kinds.pop() == "group":
            count += 1
            inserts.append((token.start, f" {bind(count)} "))
    # From the end, so that positions stay true; at one position (`FILTER(...)}` with no space: the filter's closing
    # and the group's probe) the later insert first, so that the text reads in the order they were made.
    for _, (position, snippet) in sorted(enumerate(inserts), key=lambda item: (item[1][0], item[0]), reverse=True):
        text = text[:position] + snippet + text[position:]
    return text


def _constraint_end(toks: list[Token], start: int) -> int | None:
    """The index of the last token of the constraint of a FILTER whose constraint starts at `start`:
    ( expression ), a call f(...), or [NOT] EXISTS { ... }."""
    index = start
    if index < len(toks) and toks[index].keyword == "NOT":
        index += 1
    if index < len(toks) and toks[index].keyword == "EXISTS":
        return _closing(toks, index + 1, "{", "}")
    if index < len(toks) and toks[index].text == "(":
        return _closing(toks, index, "(", ")")
    if index + 1 < len(toks) and toks[index].kind in ("word", "iri", "pname") and toks[index + 1].text == "(":
        return _closing(toks, index + 1, "(", ")")
    return None


def _closing(toks: list[Token], index: int, opening: str, closing: str) -> int | None:
    if index >= len(toks) or toks[index].text != opening:
        return None
    depth = 0
    for position in range(index, len(toks)):
        if toks[position].text == opening:
            depth += 1
        elif toks[position].text == closing:
            depth -= 1
            if depth == 0:
                return position
    return None


def with_using(text: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """An update with USING / USING NAMED clauses added before the WHERE of every DELETE/INSERT operation:
    the SPARQL 1.1 Protocol's using-graph-uri and using-named-graph-uri. Raises ValueError for the
    `DELETE WHERE` short form, which takes no USING."""
    clause = " ".join([f"USING <{g}>" for g in default_graphs] + [f"USING NAMED <{g}>" for g in named_graphs])
    toks = tokens(text)
    depth = 0
    inserts = []
    for index, token in enumerate(toks):
        if token.text == "{":
            depth += 1
        elif token.text == "}":
            depth -= 1
        elif token.keyword == "WHERE" and depth == 0:
            if index and toks[index - 1].keyword == "DELETE":
                raise ValueError("using-graph-uri and using-named-graph-uri cannot apply to DELETE WHERE { ... }; "
                                 "write it as DELETE { ... } WHERE { ... }")
            inserts.append(token.start)
    for position in reversed(inserts):
        text = f"{text[:position]}{clause} {text[position:]}"
    return text
