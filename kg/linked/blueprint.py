"""The blueprint every linked-data route belongs to, and how a view finds the settings and the store."""
from __future__ import annotations

from dataclasses import dataclass

import flask

from kg.settings import Settings
from kg.store import Store

EXTENSION = "kg.linked"

blueprint = flask.Blueprint("linked", __name__, template_folder="templates", static_folder="static",
                            static_url_path="/linked/static")


@dataclass(frozen=True)
class Linked:
    settings: Settings
    store: Store

    @property
    def base(self) -> str:
        base = self.settings.base_iri
        return base if base.endswith("/") else base + "/"


def current() -> Linked:
    return flask.current_app.extensions[EXTENSION]


@blueprint.after_request
def headers(response: flask.Response) -> flask.Response:
    """Every route here only reads public data: any site may fetch it (CORS). Pages run no inline script and
    load nothing from other sites, so article text stays inert even if escaping failed somewhere."""
    response.headers.setdefault("Access-Control-Allow-Origin", "*")
    if response.mimetype == "text/html":
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'self'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response
