"""The server's memory budget (KG_MEMORY_BUDGET_MB): how much resident memory the serving process may hold before it
stops its long queries and starts no new one.

Nearly all the memory a query takes is the solutions Oxigraph gathers inside one operator (ORDER BY, GROUP BY,
DISTINCT, a hash join's build side), and it grows with the work done, whatever the deadline: the same sorted
cartesian product held 100 MB after 3 s on a busy machine and 400 MB on an idle one. So a deadline alone does not
bound memory. A `MemoryWatch` reads the process's resident set (/proc/self/statm, a few microseconds) every
`INTERVAL` seconds while some long query runs; past 60% of the budget (the rest is headroom for what queries gather
between two reads) it stops every running long query at once (the
`Runner` answers 503, and the query's probe parks it at its next solution, so it grows no more), and until the
resident set is back under that mark new long queries get 503 with Retry-After. Index scans (point lookups),
/health and pages never wait for it.

Request bodies are the other thing a client can make the server hold: a form of 9 MB is held several times while it
is parsed (the bytes, the decoded text, its UTF-8 length check). At most LARGE_BODIES bodies over LARGE_BODY bytes
are read at once (`init_app`); a request past that gets 503 with Retry-After before its body is read.

What a parked query gathered stays until the process ends (pyoxigraph cannot interrupt a query), so the budget also
bounds what parked queries hold. Memory that finished queries freed but the allocator kept is given back
(`malloc_trim`) before the budget refuses a query, and the allocator keeps fewer per-thread arenas (`M_ARENA_MAX`),
so that freed memory is found again rather than kept in many arenas.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import threading
import time

import flask

log = logging.getLogger(__name__)

INTERVAL = 0.01  # seconds between two reads of the resident set while a long query runs
HIGH_WATER = 0.6  # share of the budget at which the watch acts: the rest is headroom (growth between two reads,
# request bodies being read)
LARGE_BODY = 1_000_000  # bytes: a request body this long is read only while fewer than LARGE_BODIES others are
LARGE_BODIES = 2
TRIM_EVERY = 1.0  # seconds: malloc_trim walks every arena; not on every refused request
ARENAS = 2  # glibc's per-thread malloc arenas (M_ARENA_MAX); its default is 8 per core
_M_ARENA_MAX = -8
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _libc():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


_LIBC = _libc()


def resident_bytes() -> int | None:
    """The resident set of this process, or None where /proc is not there."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


def limit_arenas(arenas: int = ARENAS) -> None:
    """Fewer glibc malloc arenas: each thread that ever ran a large query otherwise keeps its own heap's freed pages."""
    if _LIBC is not None and hasattr(_LIBC, "mallopt"):
        _LIBC.mallopt(_M_ARENA_MAX, arenas)


def trim() -> None:
    """Give the pages malloc holds free back to the system."""
    if _LIBC is not None and hasattr(_LIBC, "malloc_trim"):
        _LIBC.malloc_trim(0)


class MemoryWatch:
    """Watches the resident set against `budget_mb` (0: no budget) while jobs are registered with `watching`; a job
    is any object with a `stop_for_memory()` method, called (once, from the watch's thread) when the resident set
    passes the budget's high-water mark."""

    def __init__(self, budget_mb: int) -> None:
        self.budget_mb = budget_mb
        self.budget = budget_mb * 2**20
        self.limit = int(self.budget * HIGH_WATER)  # where long queries are stopped and refused
        self._jobs: set = set()
        self._lock = threading.Condition()
        self._thread: threading.Thread | None = None
        self._trimmed = 0.0
        self.stopped = 0  # queries stopped for memory since the start
        if self.budget:
            limit_arenas()

    @property
    def enabled(self) -> bool:
        return bool(self.budget) and resident_bytes() is not None

    def over(self) -> int | None:
        """The resident set in bytes when it is at the budget's high-water mark (after giving freed memory back),
        else None."""
        if not self.budget:
            return None
        rss = resident_bytes()
        if rss is None or rss <= self.limit:
            return None
        now = time.monotonic()
        if now - self._trimmed >= TRIM_EVERY:
            self._trimmed = now
            trim()
            rss = resident_bytes() or rss
        return rss if rss > self.limit else None

    def watching(self, job) -> _Watching:
        return _Watching(self, job)

    def _add(self, job) -> None:
        if not self.budget:
            return
        with self._lock:
            self._jobs.add(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="kg-memory-watch", daemon=True)
                self._thread.start()
            self._lock.notify()

    def _remove(self, job) -> None:
        if not self.budget:
            return
        with self._lock:
            self._jobs.discard(job)

    def _loop(self) -> None:
        while True:
            with self._lock:
                while not self._jobs:
                    self._lock.wait()
            rss = resident_bytes()
            if rss is None:
                return
            if rss > self.limit:
                with self._lock:
                    jobs, self._jobs = list(self._jobs), set()
                for job in jobs:
                    job.stop_for_memory()
                self.stopped += len(jobs)
                log.warning("resident memory %d MB is over KG_MEMORY_BUDGET_MB=%d: %d running queries stopped",
                            rss // 2**20, self.budget_mb, len(jobs))
            time.sleep(INTERVAL)


class _Watching:
    def __init__(self, watch: MemoryWatch, job) -> None:
        self.watch, self.job = watch, job

    def __enter__(self):
        self.watch._add(self.job)
        return self.job

    def __exit__(self, *_) -> None:
        self.watch._remove(self.job)


_bodies = threading.BoundedSemaphore(LARGE_BODIES)


def _admit_body() -> None:
    length = flask.request.content_length or 0
    if length < LARGE_BODY:
        return
    if not _bodies.acquire(blocking=False):
        from kg.web.errors import fail

        fail(503, f"{LARGE_BODIES} other requests with bodies over {LARGE_BODY:,} bytes are being read; retry in a "
                  "moment", headers={"Retry-After": "1"})
    flask.g.kg_large_body = True


def _release_body(_error=None) -> None:
    if flask.g.pop("kg_large_body", False):
        _bodies.release()


def init_app(app: flask.Flask) -> None:
    """Read at most LARGE_BODIES large request bodies at once."""
    app.before_request(_admit_body)
    app.teardown_request(_release_body)
