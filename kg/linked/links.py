"""Where a link to an IRI points on this server: kg's own IRIs (under KG_BASE_IRI) and ontology terms are
served here, so pages link to them relative to the app (behind a proxy too); other http(s) IRIs link out;
anything else (urn:, javascript:, ...) is shown as text."""
from __future__ import annotations

import flask

from kg.linked.blueprint import blueprint, current
from kg.vocab import KG_NS

ONTOLOGY_IRI = KG_NS.rstrip("#")


def href(iri: str | None) -> str | None:
    if not iri:
        return None
    root = flask.request.script_root if flask.has_request_context() else ""
    base = current().base
    if iri.startswith(base):
        return f"{root}/{iri[len(base):]}"
    if iri.startswith(KG_NS):
        return f"{root}/ontology#{iri[len(KG_NS):]}"
    if iri == ONTOLOGY_IRI:
        return f"{root}/ontology"
    if iri.startswith(("http://", "https://")):
        return iri
    return None


def iri_for(kind: str, tail: str) -> str:
    """The IRI a request path names: KG_BASE_IRI + kind + "/" + tail."""
    return f"{current().base}{kind}/{tail}"


@blueprint.app_context_processor  # app-wide: kg.web's pages (/, /sparql, errors) share the layout
def helpers() -> dict:
    from kg.linked.describe import term

    return {"href": href, "base_iri": current().base, "term": term}
