"""The base IRI (KG_BASE_IRI) that a server answers for, and the one a store's IRIs were minted under.

`kg serve` without KG_BASE_IRI answers for the address it listens on, so that the IRIs it mints (for articles
loaded through it) resolve there. A store already loaded under another base keeps its base, so that its pages are
found; the server then says, once, that links to its IRIs lead elsewhere."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.store import GraphStore

ARTICLE_QUERY = "SELECT ?a WHERE { ?a a <https://schema.org/NewsArticle> } LIMIT 1"


def url_host(host: str) -> str:
    """A host as it appears in a URL: an IPv6 address in brackets; the wildcard addresses as 127.0.0.1."""
    if host in ("", "0.0.0.0", "::"):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host


def listening_base(host: str, port: int) -> str:
    return f"http://{url_host(host)}:{port}/"


def minted_base(store: GraphStore) -> str | None:
    """The base of the IRIs in `store`: the part of an article's IRI before `article/` (Minter.article), else of the
    ontology's graph before `graph/ontology`; None for a store with neither (an empty one)."""
    rows = store.select(ARTICLE_QUERY)
    article = rows[0]["a"].value if rows and "a" in rows[0] else ""
    if "/article/" in article:
        return article[:article.rindex("/article/") + 1]
    for graph in store.named_graphs():
        if graph.endswith("/graph/ontology"):
            return graph[:-len("graph/ontology")]
    return None


def serving_base(configured: str | None, host: str, port: int, store: GraphStore) -> tuple[str, str | None]:
    """(the base IRI to serve, a warning or None). `configured`: KG_BASE_IRI when it is set."""
    minted = minted_base(store)
    if configured:
        base = configured if configured.endswith("/") else configured + "/"
        if minted and minted != base:
            return base, (f"the store's IRIs start with {minted}, not KG_BASE_IRI={base}: their pages will not be found "
                          f"here. Set KG_BASE_IRI={minted}, or load the articles again under {base}")
        return base, None
    listening = listening_base(host, port)
    if minted and minted != listening:
        return minted, (f"the store's IRIs start with {minted} (the KG_BASE_IRI they were loaded under), but this "
                        f"server listens at {listening}: links to them lead to {minted}, not here. Serve at that "
                        f"address, or load the articles again with KG_BASE_IRI={listening} (or through this server "
                        f"with `kg load --server {listening.rstrip('/')}`); set KG_BASE_IRI={minted} to silence this")
    if host in ("", "0.0.0.0", "::"):
        return listening, (f"listening on all addresses, IRIs are minted under {listening}, which only this machine "
                           "reaches: set KG_BASE_IRI to the address clients use")
    return listening, None
