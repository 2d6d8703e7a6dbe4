"""Linked data that other tools can use: dereferenceable IRIs (HTML or RDF by content negotiation), the
ontology's documentation, a VoID description, visualizer exports, a graph view and streamed dumps.

`init_app(app, settings, store)` registers it all on a Flask app (one blueprint, `linked`).
"""
from __future__ import annotations

import flask

from kg.linked import dumps, exports, graphview, ontology_doc, pages, void  # noqa: F401 - they add the routes
from kg.linked.blueprint import EXTENSION, Linked, blueprint
from kg.settings import Settings
from kg.store import Store
from kg.web import errors as web_errors

__all__ = ["init_app"]


def init_app(app: flask.Flask, settings: Settings, store: Store) -> None:
    """Register the linked-data routes (see kg/linked/*.py) and their templates and static files on `app`."""
    app.extensions[EXTENSION] = Linked(settings=settings, store=store)
    app.register_blueprint(blueprint)
    web_errors.init_app(app)  # the one JSON error shape, also when the routes are mounted on their own
