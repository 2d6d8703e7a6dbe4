"""`kg load --cluster`: the extraction runs on a Dask cluster, the store is written here.

The client (the `kg load` process) reads and batches the articles, as for `--jobs`; each batch is extracted on a
worker by the same function as in one process (`kg.loader.analyse_batch`, the spaCy model loaded once per worker by
a worker plugin); the facts come back in input order and go through the loader's batched write path. A worker that
dies with a batch has it retried on another (the scheduler's `allowed-failures`); a batch that still fails runs
article by article, so that only the article at fault fails. At most `IN_FLIGHT_PER_WORKER` batches per worker are
out at once, so the client's memory stays flat however long the input."""
from __future__ import annotations

import logging
import re
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import dask
from distributed import Client, Future, KilledWorker, LocalCluster, Worker
from distributed.diagnostics.plugin import WorkerPlugin

from kg.errors import ArticleError, KGError, UsageError
from kg.facts import Article, ArticleFacts
from kg.settings import Settings

IN_FLIGHT_PER_WORKER = 2  # one batch running on each worker and one waiting, as the `--jobs` pool does
MAX_LOCAL_WORKERS = 64
WAIT_FOR_WORKERS = 120.0  # seconds a scheduler may take to get its first worker (an adaptive cluster starts them)
CONNECT_TIMEOUT = "10s"
LOCAL_CONFIG = {
    "distributed.scheduler.allowed-failures": 1,  # a batch whose worker dies runs once more elsewhere, then alone
    # Linux forks the workers from this process, kg and spaCy already imported (as the `--jobs` pool does): 1.4 s to
    # two ready workers instead of 3-5 s, and no `if __name__ == "__main__"` needed in a script using kg.load
    "distributed.worker.multiprocessing-method": "fork" if sys.platform == "linux" else "spawn",
    # the workers' statistical profiler (a stack sample every 10 ms) and the monitors cost 5-10% of the CPU on 2 cores
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}
SCHEMES = ("tcp", "tls", "ws", "wss", "inproc", "ucx")
_LOCAL = re.compile(r"local:(\d+)")
_REMOTE = re.compile(rf"(?:(?:{'|'.join(SCHEMES)})://)?[\w.\-\[\]:]+:\d+")
log = logging.getLogger(__name__)
_MODEL_LOCK = threading.Lock()

Result = ArticleFacts | ArticleError


@dataclass(frozen=True)
class Address:
    """Where the workers are: `local` worker processes started here, or a running scheduler at `scheduler`."""

    local: int = 0
    scheduler: str = ""

    def __str__(self) -> str:
        return f"local:{self.local}" if self.local else self.scheduler


def parse_address(text: str) -> Address:
    """`local:N`, or a scheduler address (`tcp://host:8786`; `host:8786` means tcp); a UsageError otherwise."""
    text = text.strip()
    local = _LOCAL.fullmatch(text)
    if local:
        workers = int(local.group(1))
        if not 1 <= workers <= MAX_LOCAL_WORKERS:
            raise UsageError(f"--cluster {text}: the number of local workers must be 1 to {MAX_LOCAL_WORKERS}")
        return Address(local=workers)
    if _REMOTE.fullmatch(text):
        return Address(scheduler=text if "://" in text else f"tcp://{text}")
    raise UsageError(f"--cluster {text!r} is not a cluster address: use local:N (N worker processes on this machine) "
                     "or a Dask scheduler's address, such as tcp://scheduler:8786")


def _worker_settings(settings: Settings) -> Settings:
    """Only what the extraction needs: no store address or token goes to the cluster."""
    return Settings(spacy_model=settings.spacy_model, max_article_chars=settings.max_article_chars)


class SpacyModel(WorkerPlugin):
    """Loads the spaCy model when a worker starts (and in a worker restarted after a crash), so that no task pays for
    it: `kg.nlp.load_pipeline` keeps it for the worker's life, and `analyse_batch` finds it there."""

    name = "kg-spacy-model"

    def __init__(self, model: str, local: bool = False) -> None:
        self.model, self.local = model, local

    def setup(self, worker: Worker) -> None:
        from kg.nlp import load_pipeline

        if self.local and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops `kg load`, which stops its workers
        load_pipeline(self.model)


@contextmanager
def connect(address: Address | Client, settings: Settings) -> Iterator[Client]:
    """A client of the cluster at `address` (a LocalCluster of single-threaded worker processes for local:N; a client
    given, e.g. a Dask Gateway cluster's `get_client()`, is used as it is and left open), its workers ready to
    extract: kg importable there and the model loaded. A KGError when that cannot be."""
    if isinstance(address, Client):
        _prepare_workers(address, getattr(address.scheduler, "address", "the cluster"), settings)
        yield address
        return
    if address.local:
        with dask.config.set(LOCAL_CONFIG), LocalCluster(
                n_workers=address.local, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None, silence_logs=_dask_log_level()) as cluster, Client(cluster) as client:
            _prepare_workers(client, address, settings)
            yield client
        return
    try:
        client = Client(address.scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as error:
        raise KGError(f"cannot reach the Dask scheduler at {address.scheduler} ({_short(error)}); is it running "
                      "(`dask scheduler`)? Or extract on this machine with --cluster local:N") from None
    try:
        try:
            client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
        except TimeoutError:
            raise KGError(f"the Dask scheduler at {address.scheduler} has had no worker for {WAIT_FOR_WORKERS:.0f} s; "
                          f"start some (`dask worker {address.scheduler} --nthreads 1`)") from None
        _prepare_workers(client, address, settings)
        yield client
    finally:
        client.close()


def _dask_log_level() -> int:
    """Dask's own messages (a worker restarted, a task given up) only with `kg load --verbose`: kg's summary says
    which articles failed and why."""
    return logging.WARNING if log.isEnabledFor(logging.DEBUG) else logging.CRITICAL


def _prepare_workers(client: Client, address: Address | str, settings: Settings) -> None:
    """Check that the workers run kg, then load the model in each (and in any worker that joins later)."""
    try:
        versions = client.run(_kg_version)
    except Exception as error:  # noqa: BLE001 - e.g. ModuleNotFoundError on the worker, sent back as such
        raise KGError(f"the workers of {address} cannot run kg ({_short(error)}); install kg there, the same "
                      "version and model as here") from None
    here = _kg_version()
    others = sorted({v for v in versions.values() if v != here})
    if others:
        log.warning("the workers of %s run kg %s, this is kg %s", address, ", ".join(others), here)
    try:
        local = isinstance(address, Address) and address.local > 0
        replies = client.register_plugin(SpacyModel(settings.spacy_model, local))
    except Exception as error:  # noqa: BLE001 - the worker's exception (a KGError for a model not installed)
        raise KGError(f"the workers of {address} cannot load the spaCy model: {error}") from None
    for worker, reply in (replies or {}).items():
        if isinstance(reply, dict) and reply.get("status") == "error":
            problem = reply.get("exception_text") or reply.get("text") or reply
            raise KGError(f"a worker of {address} ({worker}) could not load the spaCy model {settings.spacy_model!r}: "
                          f"{problem}")
    log.info("cluster %s: %d worker(s) ready", address, len(client.scheduler_info()["workers"]))


def _kg_version() -> str:
    from importlib.metadata import version

    import kg.loader  # noqa: F401 - what the tasks import, so that a worker without kg says so now

    return version("kg")


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


def analyse(batches: Iterable[list[Article]], settings: Settings, cluster: str | Address | Client) -> Iterator[Result]:
    """Facts for each article of `batches` (in input order) or an ArticleError, extracted on the cluster: an address
    (`local:N`, `tcp://scheduler:8786`) or a connected client."""
    with connect(parse_address(cluster) if isinstance(cluster, str) else cluster, settings) as client:
        remote = _worker_settings(settings)
        pending: deque[tuple[list[Article], Future]] = deque()
        for batch in batches:
            pending.append((batch, client.submit(extract_batch, batch, remote, pure=False)))
            if len(pending) >= _in_flight(client):
                yield from _collect(client, remote, *pending.popleft())
        while pending:
            yield from _collect(client, remote, *pending.popleft())


def extract_batch(batch: list[Article], settings: Settings) -> list[Result]:
    """The task a worker runs: `kg.loader.analyse_batch`, one at a time in a worker process (a worker started with
    several threads shares one spaCy model between them)."""
    from kg.loader import analyse_batch

    with _MODEL_LOCK:
        return analyse_batch(batch, settings)


def _in_flight(client: Client) -> int:
    """Two batches per worker (the scheduler's count, refreshed every few seconds: workers may come and go)."""
    return IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))


def _collect(client: Client, settings: Settings, batch: list[Article], future: Future) -> list[Result]:
    """The results of a batch; if it failed (its workers died more often than the scheduler allows, or a result
    could not be sent), each of its articles runs alone."""
    try:
        return future.result()
    except KilledWorker:
        log.debug("the workers running a batch of %d died; running its articles one by one", len(batch))
    except Exception:  # noqa: BLE001 - the articles run alone, and the one at fault fails with the error
        _check_connected(client)
        log.debug("a batch of %d failed on the cluster", len(batch), exc_info=True)
    finally:
        future.release()
    return [_alone(client, settings, article) for article in batch]


def _alone(client: Client, settings: Settings, article: Article) -> Result:
    """The article extracted by itself, one at a time, so that an article that kills its worker takes no other
    article's task with it (a worker runs a second task while it waits for the first)."""
    from kg.loader import _failed

    future = client.submit(extract_batch, [article], settings, pure=False)
    try:
        return future.result()[0]
    except KilledWorker:
        return ArticleError(article.origin or article.key, "the worker reading it died (a crash, or out of memory)")
    except Exception as error:  # noqa: BLE001 - one article fails, not the run
        _check_connected(client)
        return _failed(article, "analysis failed", error)
    finally:
        future.release()


def _check_connected(client: Client) -> None:
    """Stop the load with a clean message when the scheduler is gone (every article would fail otherwise); what was
    written stays, and the next load resolves it."""
    if client.status not in ("running", "connecting", "newly-created"):
        raise KGError(f"lost the Dask scheduler ({client.status}); the articles written so far stay in the store, "
                      "load the rest again")
