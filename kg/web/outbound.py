"""No request leaves the server unless allowed: a SERVICE (in a query or update) or LOAD (in an update)
runs only if its target IRI starts with a prefix of KG_SERVICE_ALLOWLIST (empty by default). A target
held in a variable (`SERVICE ?endpoint`) cannot be checked before the query runs, so it is refused.
A SERVICE SILENT that may not run is not refused: it is answered as a silent service that failed, with one
solution without bindings (`silenced`), and nothing is called. FROM / FROM NAMED need no check: Oxigraph only
selects graphs already in the store."""
from __future__ import annotations

from kg.web.errors import fail
from kg.web.scan import Scan


def allowed(iri: str | None, allowlist: tuple[str, ...]) -> bool:
    return iri is not None and any(iri.startswith(prefix) for prefix in allowlist)


def silenced(scanned: Scan, allowlist: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the SERVICE SILENT patterns that may not run are in the text (the outermost ones)."""
    spans = [t.span for t in scanned.targets
             if t.keyword == "SERVICE" and t.silent and t.span and not allowed(t.iri, allowlist)]
    return [span for span in spans if not any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in spans)]


def check(scanned: Scan, allowlist: tuple[str, ...]) -> list[tuple[int, int]]:
    """Refuse (403) every SERVICE and LOAD that may not run, except SERVICE SILENT patterns: their spans are returned,
    for `scan.without_services` (a SERVICE inside one of them is never run, so it is not refused either)."""
    spans = silenced(scanned, allowlist)
    for target in scanned.targets:
        if target.span and any(start <= target.span[0] and target.span[1] <= end for start, end in spans):
            continue
        if target.iri is None:
            fail(403, f"{target.keyword} {target.written or '(missing target)'}: only a SERVICE or LOAD with a "
                      f"literal IRI on the allow-list (KG_SERVICE_ALLOWLIST) may run")
        if not allowed(target.iri, allowlist):
            fail(403, f"{target.keyword} <{target.iri}> is not allowed: this server calls only IRIs starting with "
                      f"a prefix of KG_SERVICE_ALLOWLIST (now: {', '.join(allowlist) or 'none'})")
    return spans
