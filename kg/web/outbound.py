"""No request leaves the server unless allowed: a SERVICE (in a query or update) or LOAD (in an update)
runs only if its target IRI starts with a prefix of KG_SERVICE_ALLOWLIST (empty by default). A target
held in a variable (`SERVICE ?endpoint`) cannot be checked before the query runs, so it is refused.
FROM / FROM NAMED need no check: Oxigraph only selects graphs already in the store."""
from __future__ import annotations

from kg.web.errors import fail
from kg.web.scan import Scan


def check(scanned: Scan, allowlist: tuple[str, ...]) -> None:
    for target in scanned.targets:
        if target.iri is None:
            fail(403, f"{target.keyword} {target.written or '(missing target)'}: only a SERVICE or LOAD with a "
                      f"literal IRI on the allow-list (KG_SERVICE_ALLOWLIST) may run")
        if not any(target.iri.startswith(prefix) for prefix in allowlist):
            allowed = ", ".join(allowlist) or "none"
            fail(403, f"{target.keyword} <{target.iri}> is not allowed: this server calls only IRIs starting with "
                      f"a prefix of KG_SERVICE_ALLOWLIST (now: {allowed})")
