"""kg's web app: the SPARQL 1.1 endpoint (/sparql, /update), the Graph Store Protocol (/store), the query
page, /health, the home page (/), and the linked-data routes of kg.linked.

    create_app(settings, store) -> flask.Flask   (served by `kg serve` with granian or waitress: kg.web.serving)
"""
from __future__ import annotations

import flask

from kg.settings import Settings
from kg.store import Store
from kg.web import cors, errors, gsp, health, memory, openapi, sparql
from kg.web.context import EXTENSION, Context
from kg.web.fast import PointLookups
from kg.web.limits import Runner, query_slots

__all__ = ["create_app"]


def create_app(settings: Settings, store: Store) -> flask.Flask:
    app = flask.Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        MAX_FORM_MEMORY_SIZE=settings.max_request_bytes,
    )
    app.json.sort_keys = False
    runner = Runner(store, settings.query_timeout, settings.max_rows, settings.max_parked, query_slots(settings.threads),
                    settings.memory_budget_mb)
    app.extensions[EXTENSION] = context = Context(settings, store, runner)
    app.wsgi_app = PointLookups(app.wsgi_app, context)  # plain point lookups skip Flask (kg.web.fast)
    errors.init_app(app)
    cors.init_app(app)
    memory.init_app(app)
    app.register_blueprint(sparql.blueprint)
    app.register_blueprint(gsp.blueprint)
    app.register_blueprint(health.blueprint)
    app.register_blueprint(openapi.blueprint)

    from kg import linked  # here, not at the top: it loads spaCy, which `import kg.web` should not
    from kg.web import home  # the home page lists things by their titles (kg.linked.titles)

    linked.init_app(app, settings, store)
    app.register_blueprint(home.blueprint)
    return app
