"""What every view needs, kept on the app: the settings, the store and the query runner."""
from __future__ import annotations

from dataclasses import dataclass

import flask

from kg.settings import Settings
from kg.store import Store
from kg.web.limits import Runner

EXTENSION = "kg.web"


@dataclass(frozen=True)
class Context:
    settings: Settings
    store: Store
    runner: Runner

    @property
    def service_allowlist(self) -> tuple[str, ...]:
        return tuple(self.settings.service_allowlist.split())

    @property
    def updates_enabled(self) -> bool:
        return bool(self.settings.update_token)


def current() -> Context:
    return flask.current_app.extensions[EXTENSION]
