"""A WSGI fast path for point lookups, in front of the Flask app.

A point lookup (a SELECT of one triple pattern, what a linked-data page or a visualizer asks) costs Oxigraph about
0.1 ms; Flask's request and response objects, routing, form parsing and hooks cost about three times that. This
middleware answers the plain form of such a request itself: GET /sparql?query=... or a POST of exactly
`query=...` as application/x-www-form-urlencoded, no other parameter, an Accept header that chooses SPARQL JSON,
a SELECT that `scan` finds to be one index scan, with no FROM, SERVICE or LOAD. It runs the same checks (query
size, scan), the same Runner (deadline, row cap) and writes the same bytes and headers as the Flask view
(kg.web.sparql). Anything else, and any error on the way (the Flask view then answers it, with kg's JSON error
shape), goes to the Flask app unchanged (a body already read is handed over as read).
"""
from __future__ import annotations

import io
from urllib.parse import parse_qsl

from werkzeug.wsgi import get_current_url

from kg.web import negotiation, scan
from kg.web.memory import LARGE_BODY

FORM = "application/x-www-form-urlencoded"
PATH = "/sparql"


class PointLookups:
    def __init__(self, app, context) -> None:
        self.app = app
        self.context = context
        self.max_body = min(context.settings.max_query_bytes, LARGE_BODY - 1)
        self._bases: dict[tuple, str] = {}

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") == PATH and not environ.get("SCRIPT_NAME"):
            answer = self._answer(environ)
            if answer is not None:
                body, content_type = answer
                start_response("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body))),
                                          ("Vary", "Accept"), ("Access-Control-Allow-Origin", "*")])
                return [body]
        return self.app(environ, start_response)

    def _answer(self, environ) -> tuple[bytes, str] | None:
        method = environ.get("REQUEST_METHOD")
        if method == "GET":
            encoded = environ.get("QUERY_STRING", "")
        elif method == "POST" and environ.get("CONTENT_TYPE") == FORM and not environ.get("QUERY_STRING"):
            length = environ.get("CONTENT_LENGTH", "")
            if not length.isdigit() or not 0 < int(length) <= self.max_body or "HTTP_TRANSFER_ENCODING" in environ:
                return None
            body = environ["wsgi.input"].read(int(length))
            environ["wsgi.input"] = io.BytesIO(body)  # for the Flask app, if the request goes there after all
            environ["CONTENT_LENGTH"] = str(len(body))
            try:
                encoded = body.decode("ascii")
            except UnicodeDecodeError:
                return None
        else:
            return None
        if not encoded.startswith("query=") or "&" in encoded or ";" in encoded:
            return None
        try:
            pairs = parse_qsl(encoded, keep_blank_values=True, strict_parsing=True, errors="strict")
        except (ValueError, UnicodeDecodeError):
            return None
        if len(pairs) != 1:
            return None
        text = pairs[0][1]
        accept = environ.get("HTTP_ACCEPT", "")
        offered = negotiation.OFFERS["solutions"]
        if not accept or len(accept) > negotiation.CACHED_ACCEPT:
            return None
        fmt = negotiation._cached_best_match(accept, offered)
        if fmt is not negotiation.JSON or len(text.encode("utf-8")) > self.context.settings.max_query_bytes:
            return None
        try:
            base = self._base(environ)
            scanned = scan.scan(text, base)
            if (scanned.form != "SELECT" or scanned.index_scan is None or scanned.dataset_clause or scanned.targets
                    or scanned.depth > scan.MAX_DEPTH or scanned.size > scan.MAX_SIZE or scanned.open_closure):
                return None
            outcome = self.context.runner.run(text, scanned, base_iri=base)
            if outcome.kind != "solutions" or outcome.document is None:
                return None
        except Exception:  # noqa: BLE001 - the Flask view runs it again and answers the error in kg's shape
            return None
        return outcome.document, fmt.content_type

    def _base(self, environ) -> str:
        """The endpoint's URL (relative IRIs in a query are relative to it), as Werkzeug's base_url gives it."""
        key = (environ.get("wsgi.url_scheme"), environ.get("HTTP_HOST"), environ.get("SERVER_NAME"),
               environ.get("SERVER_PORT"))
        base = self._bases.get(key)
        if base is None:
            base = get_current_url(environ, strip_querystring=True)
            if len(self._bases) >= 256:
                self._bases.clear()
            self._bases[key] = base
        return base
