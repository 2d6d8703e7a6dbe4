"""Writes (SPARQL Update, Graph Store PUT/POST/DELETE) need `Authorization: Bearer <KG_UPDATE_TOKEN>`;
with no token configured they are off. Reads are public."""
from __future__ import annotations

import hmac

import flask

from kg.web.context import current
from kg.web.errors import fail


def require_write_token() -> None:
    token = current().settings.update_token
    if not token:
        fail(403, "updates are disabled on this server: start it with KG_UPDATE_TOKEN set to enable them")
    scheme, _, given = flask.request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        fail(401, "updates need the header `Authorization: Bearer <token>` (the server's KG_UPDATE_TOKEN)",
             headers={"WWW-Authenticate": 'Bearer realm="kg"'})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        fail(403, "the bearer token is not the server's KG_UPDATE_TOKEN")
