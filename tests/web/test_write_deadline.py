"""A write waits for another write at most KG_WRITE_TIMEOUT seconds, then gives up: 503 with Retry-After over HTTP,
StoreBusyError in the library; the store is untouched by the write that gave up."""
from __future__ import annotations

import threading

import pytest
import requests

from kg.errors import StoreBusyError
from kg.store import Store
from .conftest import AUTH, sample_store, serve

INSERT = 'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> "late" } }'
ASK = 'ASK { <http://example.org/s> <http://example.org/p> "late" }'


class HeldWrite:
    """Another writer holding the store's write lock until released."""

    def __init__(self, store: Store) -> None:
        self.store, self.taken, self.release = store, threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._hold, daemon=True)

    def _hold(self) -> None:
        with self.store.exclusive():
            self.taken.set()
            self.release.wait(30)

    def __enter__(self) -> HeldWrite:
        self.thread.start()
        assert self.taken.wait(10)
        return self

    def __exit__(self, *_exc) -> None:
        self.release.set()
        self.thread.join(10)


def test_a_write_past_the_deadline_raises_and_changes_nothing():
    store = Store(None, write_timeout=0.2)
    with HeldWrite(store), pytest.raises(StoreBusyError, match="KG_WRITE_TIMEOUT"):
        store.update(INSERT)
    assert not store.query(ASK)
    store.update(INSERT)  # the lock is free again: the same write goes through
    assert store.query(ASK)


def test_an_update_over_http_waiting_past_the_deadline_is_503_with_retry_after():
    store = sample_store()
    store.write_timeout = 0.3
    live, stop = serve(store)
    try:
        with HeldWrite(store):
            response = requests.post(live.sparql, data={"update": INSERT}, headers=AUTH, timeout=30)
            health = requests.get(live.url + "/health", timeout=5)
        assert response.status_code == 503 and int(response.headers["Retry-After"]) >= 1
        assert "KG_WRITE_TIMEOUT" in response.json()["error"]["message"]
        assert health.status_code == 200  # reads never wait for the write lock
        assert requests.post(live.sparql, data={"update": INSERT}, headers=AUTH, timeout=30).status_code == 204
    finally:
        stop()
