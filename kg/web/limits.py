"""Query limits: a deadline per query (KG_QUERY_TIMEOUT) and a cap on result rows (KG_MAX_ROWS).

pyoxigraph cannot be interrupted: a query has no timeout, and an exception raised in a custom function
only makes that expression unbound. It does release the GIL while it evaluates. So each query runs in a
thread of its own and the request waits for it until the deadline, then answers 503 while the thread:

- stops pulling solutions if it is between two of them (streaming SELECT / CONSTRUCT): Oxigraph's
  iterator is dropped and its work ends there;
- is parked if Oxigraph is busy inside one operator (ORDER BY, GROUP BY, DISTINCT, a join's build
  side, a FILTER that drops every solution): the query is rewritten (`scan.with_probes`) so that every
  solution leaving a group graph pattern evaluates `BIND(IF(RAND() < p, <probe>(), ?unbound) AS ?fresh)`
  and every FILTER is wrapped in `IF(COALESCE(IF(RAND() < p, <probe>(), true), true), ..., false)`. The probe is a
  custom function that returns nothing (the variable stays unbound, the filter true: results are
  unchanged) until the deadline has passed; then it blocks forever on an event nobody sets. The thread
  sleeps, so the query burns no more CPU, but it keeps the memory it had gathered until the process
  ends: `parked()` counts such queries (see /health, which says "degraded" then).

A query that is one index scan (`scan.IndexScan`: a SELECT of one triple pattern, such as a point lookup) runs
in the request's own thread, without probes: Oxigraph reads each of its solutions in one index step, so no call
into it can run long. Its first SMALL_RESULT solutions are read and written as SPARQL JSON by Oxigraph in one
call (`LIMIT SMALL_RESULT + 1`: a few milliseconds of work); only a larger result is read again, solution by
solution, checking the deadline and the row cap between two. This saves the hand-off to another thread and
a call per solution: each call into pyoxigraph releases the GIL, and under load every release lets another
thread in.

(Making the probe abort the query instead does not work in pyoxigraph 0.5: an exception in a custom
function only makes the expression unbound, and a query error raised through `SERVICE` is collected by
ORDER BY and GROUP BY, which read all their input first.)

What a probe cannot reach: work inside one operator that yields nothing for a long time (a property path
closure `(:p|^:p)*` over a huge graph, a MINUS that removes every solution) runs on after the 503 until
it yields its next solution. Updates have no deadline: they need the update token, and one stopped
half-way would hold the store's write lock.

Memory grows with the work a query does before its deadline, not with the deadline: past KG_MEMORY_BUDGET_MB of
resident memory (an on-disk store only), a `kg.web.memory.MemoryWatch` stops every running long query at once
(`OverBudget`, a 503 with Retry-After; the query parks at its next probe) and none starts until the memory is back
under the budget.

So that neither kind can pile up, a Runner admits a query that needs a thread of its own only while fewer than
`max_parked` (KG_MAX_PARKED) of its queries are overdue (past their deadline, their thread still parked or
running) and one of its `slots` is free (a slot is held while the request waits for its query; there are fewer
slots than server threads, so that /health, point lookups and linked-data pages, which need no slot, always
find a thread). Otherwise the query is not started: `Overloaded`, a 503 with Retry-After.
"""
from __future__ import annotations

import json
import logging
import queue
import secrets
import threading
import time
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import KGError, QueryError
from kg.store import Store
from kg.web import scan
from kg.web.memory import MemoryWatch

log = logging.getLogger(__name__)

PROBE_FUNCTION = ox.NamedNode("urn:x-kg:function:deadline-probe")
PROBE_RATE = 0.001  # share of solutions that call into Python: the rest pay only for RAND() and IF
PROBE_PREFIX = f"kg_probe_{secrets.token_hex(4)}_"  # variables no user writes; dropped from results
DATASET_OPTIONS = {"default_graph", "named_graphs"}  # a dataset of many graphs is no longer one index scan
SMALL_RESULT = 500  # solutions an index scan may read in one call into Oxigraph

_parked = 0
_parked_lock = threading.Lock()
_never = threading.Event()


class QueryTimeout(Exception):
    """The query ran past its deadline."""


class TooManyRows(Exception):
    """The query has more solutions (or triples) than the cap."""


class Overloaded(Exception):
    """The query was not started: too many overdue queries, or every query slot is taken."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class OverBudget(Overloaded):
    """The server's resident memory is over KG_MEMORY_BUDGET_MB: the query was stopped, or not started."""


class EvaluationError(Exception):
    """Oxigraph could not parse or evaluate the query: the client's query is at fault."""


class MalformedQuery(EvaluationError):
    """Oxigraph could not parse the query."""


@dataclass
class Outcome:
    """A finished query: a boolean (ASK), solutions (SELECT) or triples (CONSTRUCT / DESCRIBE)."""
    boolean: ox.QueryBoolean | None = None
    variables: list[str] = field(default_factory=list)
    solutions: list[ox.QuerySolution] = field(default_factory=list)
    positions: list[int] | None = None  # where each variable's value sits in a solution, when not in order
    document: bytes | None = None  # the solutions as SPARQL JSON, when Oxigraph wrote them (index scans)
    triples: list[ox.Triple] | None = None

    @property
    def kind(self) -> str:
        if self.boolean is not None:
            return "boolean"
        return "graph" if self.triples is not None else "solutions"


def parked() -> int:
    """How many timed-out queries of this process sleep in a probe (each holds its memory until the process
    ends)."""
    return _parked


def query_slots(threads: int) -> int:
    """Query slots for a server of `threads` threads: a quarter of them (at least one) stays for cheap requests."""
    return max(1, threads - max(1, threads // 4))


def probe_bind(number: int) -> str:
    return (f"BIND(IF(RAND() < {PROBE_RATE}, {PROBE_FUNCTION}(), ?{PROBE_PREFIX}unbound) "
            f"AS ?{PROBE_PREFIX}{number})")


# wrapped around every FILTER's condition: true, whatever the probe returns (it returns nothing, or never)
PROBE_CONDITION = f"COALESCE(IF(RAND() < {PROBE_RATE}, {PROBE_FUNCTION}(), true), true)"


class _Deadline:
    """What a query read in the request's own thread needs of a job: its deadline (no events, no thread)."""
    __slots__ = ("deadline", "cancelled")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.cancelled = False

    def expired(self) -> bool:
        return self.cancelled or time.monotonic() > self.deadline


class _Job(_Deadline):
    __slots__ = ("overdue", "over_budget", "done", "settled", "outcome", "error")

    def __init__(self, deadline: float) -> None:
        super().__init__(deadline)
        self.overdue = False  # past its deadline while its thread still ran (Runner.overdue counts it)
        self.over_budget = False  # stopped because the server's memory passed its budget
        self.done = threading.Event()
        self.settled = threading.Event()  # done, or stopped for memory: what the request waits for
        self.outcome: Outcome | None = None
        self.error: Exception | None = None

    def probe(self, *_args) -> None:
        if self.cancelled or time.monotonic() > self.deadline:
            global _parked
            with _parked_lock:
                _parked += 1
            log.warning("a query passed its deadline inside Oxigraph: its thread is parked (%d parked)", _parked)
            _never.wait()

    def stop_for_memory(self) -> None:
        self.over_budget = True
        self.cancelled = True
        self.settled.set()


class _Workers:
    """Reusable query threads (starting a thread per query cost a third of a point lookup). A new thread starts
    whenever none is idle, so threads parked by timed-out queries never starve the others."""

    def __init__(self) -> None:
        self._tasks: queue.SimpleQueue = queue.SimpleQueue()
        self._idle = 0
        self._lock = threading.Lock()

    def submit(self, task) -> None:
        with self._lock:
            if self._idle:
                self._idle -= 1
            else:
                threading.Thread(target=self._loop, name="kg-query", daemon=True).start()
        self._tasks.put(task)

    def _loop(self) -> None:
        while True:
            self._tasks.get()()
            with self._lock:
                self._idle += 1


_workers = _Workers()


class Runner:
    """Runs queries against `store` with a deadline, a row cap, at most `max_parked` overdue queries and at most
    `slots` queries waited for at once (None: no limit)."""

    def __init__(self, store: Store, timeout: float, max_rows: int, max_parked: int = 4,
                 slots: int | None = None, memory_budget_mb: int = 0) -> None:
        self.store = store
        self.timeout = timeout
        self.max_rows = max_rows
        self.max_parked = max_parked
        self._local = hasattr(store, "oxigraph")  # a remote store runs the query; its own timeout applies there
        self._slots = threading.BoundedSemaphore(slots) if slots else None
        self._overdue = 0
        self._running = 0  # admitted queries whose request still waits for them
        self._lock = threading.Lock()
        # an in-memory store's data is the process's memory: the budget is for on-disk stores (a remote one runs its
        # queries elsewhere)
        self.memory = MemoryWatch(memory_budget_mb if self._local and getattr(store, "path", None) else 0)

    @property
    def running(self) -> int:
        """Queries with a thread of their own that a request still waits for (within their deadline)."""
        return self._running

    @property
    def overdue(self) -> int:
        """Queries past their deadline whose thread still sleeps in a probe or still runs."""
        return self._overdue

    def run(self, query: str, scanned: scan.Scan | None = None, **options) -> Outcome:
        """Evaluate `query` (options as for Store.query; `scanned`: its scan, if the caller has it); raises
        QueryTimeout, TooManyRows, EvaluationError."""
        index_scan = (scanned or scan.scan(query)).index_scan
        if index_scan and self._local and not options.keys() & DATASET_OPTIONS:
            return self._read_index(_Deadline(time.monotonic() + self.timeout), query, index_scan, options)
        job = _Job(time.monotonic() + self.timeout)
        self._admit()
        with self._lock:
            self._running += 1
        try:
            with self.memory.watching(job):
                _workers.submit(lambda: self._work(job, query, options))
                job.settled.wait(self.timeout)
            if not job.done.is_set():
                self._abandon(job)
                raise self._over_budget() if job.over_budget else self._timeout()
        finally:
            with self._lock:
                self._running -= 1
            if self._slots:
                self._slots.release()
        if job.error is not None:
            raise job.error
        return job.outcome

    def _admit(self) -> None:
        """Take a query slot, or raise Overloaded."""
        if self._overdue >= self.max_parked:
            raise Overloaded(
                f"{self._overdue} earlier queries ran past KG_QUERY_TIMEOUT and still hold their thread and memory "
                f"(at most KG_MAX_PARKED={self.max_parked}); this server starts no other long query until they end "
                "(a query parked in a probe ends when the server restarts). Point lookups and pages still answer.",
                retry_after=max(1, round(self.timeout)))
        if self.memory.over():
            raise self._over_budget()
        if self._slots and not self._slots.acquire(blocking=False):
            raise Overloaded("every query slot of this server is busy (a quarter of KG_THREADS is kept for cheap "
                             "requests); retry in a moment", retry_after=1)

    def _over_budget(self) -> OverBudget:
        return OverBudget(
            f"this server's memory is over its budget (KG_MEMORY_BUDGET_MB={self.memory.budget_mb}): it stops its long "
            "queries and starts no other until memory is freed (memory a parked query holds is freed when the server "
            "restarts). Point lookups and pages still answer.", retry_after=max(1, round(self.timeout)))

    def _abandon(self, job: _Job) -> None:
        with self._lock:
            job.cancelled = True
            if not job.done.is_set():
                job.overdue = True
                self._overdue += 1

    def _finish(self, job: _Job) -> None:
        with self._lock:
            job.done.set()
            job.settled.set()
            if job.overdue:
                self._overdue -= 1

    def _read_index(self, job: _Deadline, query: str, index_scan: scan.IndexScan, options: dict) -> Outcome:
        """An index scan, in this thread: a small result in one call, a larger one solution by solution."""
        batch = min(SMALL_RESULT, self.max_rows) + 1
        result = self._start(index_scan.limited(query, batch), None, options)
        try:
            document = result.serialize(format=ox.QueryResultsFormat.JSON)
        except (RuntimeError, OSError) as error:
            raise EvaluationError(f"query evaluation failed: {error}") from None
        if len(json.loads(document)["results"]["bindings"]) == batch:  # more may follow: read them one by one
            return self._outcome(job, self._start(query, None, options))
        if job.expired():
            raise self._timeout()
        return Outcome(variables=[v.value for v in result.variables], document=document)

    def _timeout(self) -> QueryTimeout:
        return QueryTimeout(f"the query ran longer than {self.timeout:g} s (KG_QUERY_TIMEOUT) and was cancelled; "
                            "narrow it (LIMIT, more specific patterns) or ask the operator for a longer timeout")

    def _work(self, job: _Job, query: str, options: dict) -> None:
        try:
            job.outcome = self._evaluate(job, query, options)
        except Exception as error:  # noqa: BLE001 - handed over as is: `run` raises it in the request's thread
            job.error = error
        finally:
            self._finish(job)

    def _evaluate(self, job: _Job, query: str, options: dict) -> Outcome:
        if not self._local:
            result = self._start(query, None, options)
            return self._outcome(job, result)
        functions = {PROBE_FUNCTION: job.probe}
        try:
            result = self._start(scan.with_probes(query, probe_bind, PROBE_CONDITION), functions, options)
        except MalformedQuery:
            # The rewrite must never turn a valid query into an invalid one; if it did, run the text as sent
            # (its error message then also points into the user's own text).
            result = self._start(query, functions, options)
            log.warning("query ran without deadline probes: the probed text did not parse")
        return self._outcome(job, result)

    def _outcome(self, job: _Deadline, result) -> Outcome:
        try:
            if isinstance(result, ox.QueryBoolean):
                return Outcome(boolean=result)
            if isinstance(result, ox.QuerySolutions):
                names = [v.value for v in result.variables]
                kept = [i for i, name in enumerate(names) if not name.startswith(PROBE_PREFIX)]
                return Outcome(variables=[names[i] for i in kept], solutions=self._collect(job, result, "solutions"),
                               positions=kept if len(kept) < len(names) else None)
            return Outcome(triples=self._collect(job, result, "triples"))
        except (RuntimeError, OSError) as error:
            raise EvaluationError(f"query evaluation failed: {error}") from None

    def _start(self, query: str, functions: dict | None, options: dict):
        if functions:
            options = {**options, "custom_functions": functions}
        try:
            return self.store.query(query, **options)
        except QueryError as error:
            raise MalformedQuery(str(error)) from None
        except (RuntimeError, OSError, KGError) as error:
            raise EvaluationError(f"query evaluation failed: {error}") from None

    def _collect(self, job: _Deadline, items, what: str) -> list:
        collected = []
        iterator = iter(items)
        while True:
            if job.expired():  # checked before each pull, so a stream past its deadline is dropped, not parked
                raise self._timeout()
            item = next(iterator, None)
            if item is None:
                return collected
            collected.append(item)
            if len(collected) > self.max_rows:
                raise TooManyRows(
                    f"the query gives more than {self.max_rows} {what} (KG_MAX_ROWS); add a LIMIT or narrow it")
