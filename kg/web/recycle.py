"""Recycling the serving worker (KG_RECYCLE, on by default): what parked queries hold is given back to the system.

pyoxigraph cannot interrupt a query, so a query parked past its deadline keeps what it gathered until its process
ends; past the memory budget's high-water mark (kg.web.memory) the server then refuses every long query. So `kg serve`
(granian, an on-disk store) runs in two processes:

- the *supervisor* (the `kg serve` process itself) binds the listening socket of each worker, so that the port is
  never closed while it runs. It serves nothing and opens no store: it starts a worker, relays SIGTERM / SIGINT to it,
  and replaces it when asked;
- a *worker* (a child, `python -c ...worker_main()`) opens the store, builds the app and serves it with granian on
  the socket it inherits, as `kg serve` did in one process before.

A worker asks to be recycled (`Recycler`) when its resident memory is over the budget's mark, some queries are parked
(or still running) past their deadline, and no long query within its deadline is running (at that mark the memory
watch stops them all at once, so that is at once). Then:

1. the supervisor starts a new worker, which imports everything (about 1.5 s) while the old one still serves
   (`/health`, point lookups, pages, writes; long queries get 503 over the budget, as before). Meanwhile the old one
   answers with `Connection: close`, so that clients keep no idle connection to it;
2. the new worker says it is ready; the supervisor puts the new worker's socket in the listening state, and from then
   on the kernel gives every new connection to that socket (below), where it waits; the old worker takes no new
   connection but still answers the ones it has. `SETTLE` seconds later the supervisor tells the old one to stop; it
   stops (SIGTERM to itself) once no request has been under way in it for `IDLE` seconds (at most `IDLE_DEADLINE`):
   granian's stop drops a request it has read but not yet handed to a thread, and with every thread idle none waits.
   Granian stops, lets the requests under way finish, and the worker flushes the store and exits (its parked queries
   with it). A worker that has not stopped after `DRAIN` seconds more is killed (acknowledged writes are committed
   before they are acknowledged, so a kill loses none);
3. the new worker, told to go on when its socket started listening, opens the store as soon as the old worker has
   exited (pyoxigraph allows one read-write opener of a store; it retries every 20 ms until `OPEN_DEADLINE`) and
   serves.

Why two sockets and `SETTLE`: granian's stop closes at once every connection on which no request has been read yet
(hyper's graceful shutdown), including one the worker accepted a moment before whose request is still on its way: its
client sees the connection closed without an answer. So the old worker must stop accepting well before it stops.
Each worker has a socket of its own, bound to the same address with SO_REUSEPORT; a one-instruction socket filter
(SO_ATTACH_REUSEPORT_CBPF, "the second socket of the group") sends every new connection to the newest listening socket
of the two; the old one keeps the connections it has (its backlog empties into the old worker, which keeps accepting
them), and after `SETTLE` seconds every connection it accepted has sent its request or is idle. A connection made
during the swap is not refused: it waits in the new socket's backlog and the new worker answers it (the swap takes
under a second). The first worker puts its socket in the listening state only once its app is ready, so connections
are refused until then, as before. Where the filter cannot be attached (not Linux), every worker serves on the one
socket, as before, and the swap may close a few connections that had just been made.

A worker dies with its supervisor (PR_SET_PDEATHSIG, SIGKILL), so SIGKILL of `kg serve` leaves no worker holding the
store's lock; SIGTERM / SIGINT is relayed and `kg serve` exits once its worker has stopped. A worker that ends
otherwise ends `kg serve` with its exit status.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import dataclasses
import json
import logging
import os
import selectors
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

log = logging.getLogger(__name__)

ENV = "KG_RECYCLE_WORKER"  # the worker's configuration (JSON), set by the supervisor
MIN_AGE = 5.0  # seconds a worker serves before it may ask to be recycled (no swap storms)
ASK_AGAIN = 30.0  # seconds after which a worker still serving asks again (its successor failed to start)
CHECK_EVERY = 0.1  # seconds between two checks of the recycling condition
SETTLE = 0.1  # seconds between steering new connections away from the old worker and telling it to stop
IDLE = 0.3  # seconds with no request under way after which a worker told to stop stops
IDLE_DEADLINE = 5.0  # seconds a worker told to stop waits for that at most
DRAIN = 10.0  # seconds the old worker may take to finish the requests under way before it is killed
OPEN_DEADLINE = 30.0  # seconds a new worker retries opening the store the old one held
FIRST_OPEN_DEADLINE = 2.0  # the first worker: a store held by a worker of a `kg serve` killed just before is freed
STOP_DEADLINE = 10.0  # seconds `kg serve` waits for its workers on SIGTERM before it kills them
BACKLOG = 1024
_PR_SET_PDEATHSIG = 1
_SO_ATTACH_REUSEPORT_CBPF = 51  # Linux, <asm-generic/socket.h>
_BPF_RET_K = 0x06  # BPF_RET | BPF_K: return the constant k

_recycles = 0  # recycles before this worker started (GET /health)
_closing = threading.Event()  # set once this worker has asked to be recycled


def recycles() -> int:
    """How many times the serving worker was replaced since `kg serve` started."""
    return _recycles


def closing() -> bool:
    return _closing.is_set()


def enabled(settings) -> bool:
    """Whether `kg serve` runs a supervised worker: KG_RECYCLE on, an embedded on-disk store and a memory budget."""
    return (bool(settings.recycle) and not settings.store_url and not settings.in_memory
            and settings.memory_budget_mb > 0)


# -- the worker's side ----------------------------------------------------------------------------------------------
class Recycler:
    """Watches a worker's Runner and asks the supervisor once (`ask`) for a new worker when the memory is over the
    budget's mark and parked queries hold it."""

    def __init__(self, runner, ask, min_age: float = MIN_AGE) -> None:
        self.runner = runner
        self.ask = ask
        self.started = time.monotonic()
        self.min_age = min_age
        self._thread = threading.Thread(target=self._loop, name="kg-recycle-watch", daemon=True)

    def start(self) -> Recycler:
        if self.runner.memory.budget:
            self._thread.start()
        return self

    def due(self) -> bool:
        runner = self.runner
        return (time.monotonic() - self.started >= self.min_age and runner.overdue > 0 and runner.running == 0
                and runner.memory.over() is not None)

    def _loop(self) -> None:
        while True:
            while not self.due():
                time.sleep(CHECK_EVERY)
            rss = self.runner.memory.over() or 0
            log.warning("resident memory %d MB is over KG_MEMORY_BUDGET_MB=%d and %d parked queries hold it: this "
                        "worker is replaced by a new one (KG_RECYCLE)", rss // 2**20, self.runner.memory.budget_mb,
                        self.runner.overdue)
            _closing.set()
            self.ask()
            time.sleep(ASK_AGAIN)  # still here: the new worker failed to start; ask again


class CloseWhileRecycling:
    """WSGI middleware: once the worker has asked to be recycled, every answer says `Connection: close`, so that no
    client keeps an idle connection to a worker that is about to stop; and it counts the requests under way, so that
    the worker stops only once it has had none for a moment (`idle_for`)."""

    def __init__(self, app) -> None:
        self.app = app
        self._lock = threading.Lock()
        self._under_way = 0
        self._idle_since = time.monotonic()

    def idle_for(self, seconds: float) -> bool:
        with self._lock:
            return self._under_way == 0 and time.monotonic() - self._idle_since >= seconds

    def _started(self) -> None:
        with self._lock:
            self._under_way += 1

    def _ended(self) -> None:
        with self._lock:
            self._under_way -= 1
            if self._under_way == 0:
                self._idle_since = time.monotonic()

    def __call__(self, environ, start_response):
        self._started()
        try:
            if not _closing.is_set():
                return _Counted(self.app(environ, start_response), self._ended)

            def closing_start_response(status, headers, exc_info=None):
                headers = [(k, v) for k, v in headers if k.lower() != "connection"] + [("Connection", "close")]
                return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

            return _Counted(self.app(environ, closing_start_response), self._ended)
        except BaseException:
            self._ended()
            raise


class _Counted:
    """A WSGI answer that tells `ended` once the server has closed it (sent, or given up)."""

    def __init__(self, body, ended) -> None:
        self.body = body
        self._ended = ended
        self._told = False

    def __iter__(self):
        return iter(self.body)

    def close(self) -> None:
        try:
            close = getattr(self.body, "close", None)
            if close is not None:
                close()
        finally:
            if not self._told:
                self._told = True
                self._ended()


def _stop_when_idle(from_parent, middleware: CloseWhileRecycling) -> None:
    """Wait for the supervisor's "stop"; then stop this worker (SIGTERM to itself: granian's graceful stop) once no
    request has been under way for `IDLE` seconds, or after `IDLE_DEADLINE` seconds. While any request is under way a
    request granian has read may be waiting for a thread, and granian's stop would drop it unanswered."""
    try:
        line = from_parent.readline()
    except OSError:
        return
    if line.strip() != b"stop":
        return  # the supervisor is gone: PR_SET_PDEATHSIG ends this process
    until = time.monotonic() + IDLE_DEADLINE
    while not middleware.idle_for(IDLE):
        if time.monotonic() >= until:
            log.warning("requests still under way %g s after this worker was told to stop: it stops now", IDLE_DEADLINE)
            break
        time.sleep(0.01)
    os.kill(os.getpid(), signal.SIGTERM)


def _die_with_parent(parent: int) -> None:
    """SIGKILL this process when its parent ends (Linux); if the parent is gone already, end now."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        threading.Thread(target=_watch_parent, args=(parent,), name="kg-parent-watch", daemon=True).start()
    if os.getppid() != parent:
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def worker_main() -> None:
    """The worker process (started by `supervise`)."""
    config = json.loads(os.environ.pop(ENV))
    _die_with_parent(config["parent"])
    to_parent = os.fdopen(config["to_parent"], "wb", buffering=0)
    from_parent = os.fdopen(config["from_parent"], "rb", buffering=0)
    from kg.errors import KGError

    try:
        _work(config, to_parent, from_parent)
    except KGError as error:
        print(f"kg: {error}", file=sys.stderr, flush=True)
        os._exit(error.exit_code)
    except OSError as error:
        from kg.cli import os_problem

        print(f"kg: {os_problem(error)}", file=sys.stderr, flush=True)
        os._exit(1)


def _send(pipe, message: str) -> None:
    try:
        pipe.write(message.encode() + b"\n")
    except OSError:  # the supervisor is gone: PR_SET_PDEATHSIG ends this process
        pass


def _work(config: dict, to_parent, from_parent) -> None:
    global _recycles
    import click

    import kg.linked  # noqa: F401 - imported before the store is opened: the new worker's slow part
    from kg.base import serving_base, url_host
    from kg.settings import Settings
    from kg.web import create_app, serving

    _recycles = config["recycles"]
    first = config["first"]
    settings = Settings.from_env(**config["overrides"])
    if not first:
        _send(to_parent, "warm")
        if from_parent.readline().strip() != b"go":  # the supervisor is gone, or it gives up this worker
            os._exit(1)
    kg_store = _open(settings, FIRST_OPEN_DEADLINE if first else OPEN_DEADLINE)
    if config.get("base"):
        base = config["base"]
    else:
        base, warning = serving_base(os.environ.get("KG_BASE_IRI"), settings.host, settings.port, kg_store)
        if warning:
            click.echo(f"kg: warning: {warning}", err=True)
        _send(to_parent, f"base {base}")
    settings = dataclasses.replace(settings, base_iri=base)
    app = create_app(settings, kg_store)
    app.wsgi_app = counting = CloseWhileRecycling(app.wsgi_app)
    threading.Thread(target=_stop_when_idle, args=(from_parent, counting), name="kg-stop-when-idle", daemon=True).start()
    from kg.web.context import EXTENSION

    Recycler(app.extensions[EXTENSION].runner, lambda: _send(to_parent, "recycle")).start()

    def announce() -> None:
        if first:
            click.echo(f"kg: SPARQL endpoint at http://{url_host(settings.host)}:{settings.port}/sparql "
                       f"(IRIs under {base})", err=True)

    serving.run_granian(app, settings.host, settings.port, settings.threads, announce, fd=config["socket"])
    kg_store.flush()  # what was acknowledged is committed already; this writes the memtable out, as a stop did
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # parked query threads are inside Oxigraph: no interpreter shutdown around them


def _open(settings, deadline: float):
    """The store, retried while another process (the worker before this one) still holds it."""
    from kg.cli import open_store
    from kg.errors import StoreLockedError

    until = time.monotonic() + deadline
    while True:
        try:
            return open_store(settings, "create", "serve")
        except StoreLockedError:
            if time.monotonic() >= until:
                raise
            time.sleep(0.02)


# -- the supervisor's side ------------------------------------------------------------------------------------------
@dataclasses.dataclass
class _Worker:
    process: subprocess.Popen
    reader: object  # the pipe the worker writes to
    writer: object  # the pipe the supervisor writes to
    sock: socket.socket  # the socket it serves on
    buffer: bytes = b""
    stopping: bool = False
    told: bool = False  # it was told to open the store ("go")
    term_at: float | None = None  # when it gets SIGTERM (once new connections have gone elsewhere for SETTLE s)
    stop_by: float | None = None

    def tell(self, message: str) -> None:
        self.told = self.told or message == "go"
        try:
            self.writer.write(message.encode() + b"\n")
        except OSError:
            pass

    def close(self) -> None:
        for pipe in (self.reader, self.writer):
            try:
                pipe.close()
            except OSError:
                pass


def listening_socket(host: str, port: int) -> tuple[socket.socket, bool]:
    """The first worker's socket, bound but not yet listening (the worker makes it listen once it can answer), and
    whether the sockets of later workers can share its address (`sibling_socket`): raises OSError (EADDRINUSE, EACCES,
    ...) as `serving.check_port` does. It is bound without SO_REUSEPORT, so that a port any other socket is bound to
    (another server, granian's included) fails; SO_REUSEPORT is set once it is bound."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock, _steer_to_newest(sock)


def _steer_to_newest(sock: socket.socket) -> bool:
    """Set SO_REUSEPORT on `sock` and attach to its group of sockets a filter that gives each new connection to the
    group's second listening socket, the newest during a swap (with one socket, the index is out of range and the
    kernel picks that one). False where it cannot be done: the workers then share `sock`."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        program = ctypes.create_string_buffer(struct.pack("HBBI", _BPF_RET_K, 0, 0, 1))  # struct sock_filter
        sock.setsockopt(socket.SOL_SOCKET, _SO_ATTACH_REUSEPORT_CBPF,
                        struct.pack("HP", 1, ctypes.addressof(program)))  # struct sock_fprog
    except (OSError, AttributeError):
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 0)
        except (OSError, AttributeError):
            pass
        return False
    return True


def sibling_socket(sock: socket.socket) -> socket.socket:
    """A new socket bound to `sock`'s address with SO_REUSEPORT, not yet listening: it joins `sock`'s group (and its
    filter) when it listens."""
    sibling = socket.socket(sock.family, socket.SOCK_STREAM)
    try:
        sibling.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sibling.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sibling.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sibling.bind(sock.getsockname()[:2])
    except OSError:
        sibling.close()
        raise
    sibling.set_inheritable(True)
    return sibling


class Supervisor:
    """Owns the listening socket and runs one worker at a time (two during a swap)."""

    def __init__(self, sock: socket.socket, overrides: dict, steer: bool = False) -> None:
        self.sock = sock  # the socket new connections go to
        self.steer = steer  # each worker has a socket of its own (listening_socket)
        self.sockets = {sock}  # every socket not closed yet
        self.overrides = overrides
        self.recycles = 0
        self.base: str | None = None
        self.current: _Worker | None = None
        self.standby: _Worker | None = None
        self.stopping = False
        self.selector = selectors.DefaultSelector()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_w, False)
        os.set_blocking(self._wake_r, False)
        self.selector.register(self._wake_r, selectors.EVENT_READ, None)

    def _spawn(self, first: bool, sock: socket.socket) -> _Worker:
        up_r, up_w = os.pipe()
        down_r, down_w = os.pipe()
        config = {"parent": os.getpid(), "socket": sock.fileno(), "to_parent": up_w, "from_parent": down_r,
                  "first": first, "recycles": self.recycles, "overrides": self.overrides, "base": self.base}
        env = {**os.environ, ENV: json.dumps(config)}
        process = subprocess.Popen([sys.executable, "-c", "from kg.web.recycle import worker_main; worker_main()"],
                                   env=env, pass_fds=(sock.fileno(), up_w, down_r), stdin=subprocess.DEVNULL)
        os.close(up_w)
        os.close(down_r)
        worker = _Worker(process, os.fdopen(up_r, "rb", buffering=0), os.fdopen(down_w, "wb", buffering=0), sock)
        self.selector.register(worker.reader, selectors.EVENT_READ, worker)
        return worker

    def _new_socket(self) -> socket.socket:
        """The socket of a new worker: one of its own (it listens only once the worker is ready), or the shared one."""
        if not self.steer:
            return self.sock
        try:
            sock = sibling_socket(self.sock)
        except OSError as error:
            log.warning("cannot bind another socket to the address (%s): the new worker shares the old one's", error)
            return self.sock
        self.sockets.add(sock)
        return sock

    def _close_unused(self) -> None:
        """Close the sockets no worker serves on and no connection is sent to."""
        used = {self.sock} | {w.sock for w in (self.current, self.standby) if w is not None}
        for sock in self.sockets - used:
            sock.close()
        self.sockets &= used

    def _signal(self, signum, _frame) -> None:
        self.stopping = True
        for worker in (self.current, self.standby):
            if worker is not None and worker.process.poll() is None:
                try:
                    worker.process.send_signal(signal.SIGTERM)
                except OSError:
                    pass
        try:
            os.write(self._wake_w, b"x")
        except OSError:
            pass

    def run(self) -> int:
        """Serve until SIGTERM / SIGINT (0) or until a worker ends on its own (its exit status)."""
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._signal)
        self.current = self._spawn(first=True, sock=self.sock)
        try:
            return self._loop()
        finally:
            self._stop_all()
            for sock in self.sockets:
                sock.close()

    def _loop(self) -> int:
        stop_by = None
        while True:
            for key, _ in self.selector.select(timeout=0.05):
                if key.data is None:
                    try:
                        os.read(self._wake_r, 64)
                    except OSError:
                        pass
                    continue
                self._read(key.data)
            if self.stopping:
                stop_by = stop_by or time.monotonic() + STOP_DEADLINE
                alive = [w for w in (self.current, self.standby) if w is not None and w.process.poll() is None]
                if not alive:
                    return 0
                if time.monotonic() > stop_by:
                    return 0  # _stop_all kills them
                continue
            outcome = self._watch()
            if outcome is not None:
                return outcome

    def _read(self, worker: _Worker) -> None:
        try:
            chunk = worker.reader.read(4096)
        except OSError:
            chunk = b""
        if not chunk:
            self.selector.unregister(worker.reader)
            return
        worker.buffer += chunk
        while b"\n" in worker.buffer:
            line, worker.buffer = worker.buffer.split(b"\n", 1)
            self._message(worker, line.decode(errors="replace"))

    def _message(self, worker: _Worker, message: str) -> None:
        if message.startswith("base "):
            self.base = message[5:]
        elif message == "recycle" and worker is self.current and self.standby is None and not self.stopping:
            self.recycles += 1
            self.standby = self._spawn(first=False, sock=self._new_socket())
        elif message == "warm" and worker is self.standby:
            if self.current is None:  # the old worker is gone already
                self.current, self.standby = worker, None
                worker.tell("go")
            elif not self.current.stopping:
                settle = 0.0
                if worker.sock is not self.current.sock:  # new connections now wait for the new worker
                    worker.sock.listen(BACKLOG)
                    self.sock = worker.sock
                    settle = SETTLE
                self.current.stopping = True
                self.current.term_at = time.monotonic() + settle
                self.current.stop_by = self.current.term_at + IDLE_DEADLINE + DRAIN
                self._terminate_when_due(self.current)
                worker.tell("go")  # it opens the store the moment the old worker has let it go (_open retries)

    def _terminate_when_due(self, worker: _Worker) -> None:
        if worker.term_at is not None and time.monotonic() >= worker.term_at:
            worker.term_at = None
            if worker.process.poll() is None:
                worker.tell("stop")  # it stops itself once no request is under way (_stop_when_idle)

    def _watch(self) -> int | None:
        current, standby = self.current, self.standby
        if current is not None and current.stopping:
            self._terminate_when_due(current)
        if current is not None and current.stopping and current.stop_by and time.monotonic() > current.stop_by:
            if current.process.poll() is None:
                log.warning("the old worker did not stop in %g s: killed", DRAIN)
                current.process.kill()
            current.stop_by = None
        if current is not None and current.process.poll() is not None:
            self._forget(current)
            if not current.stopping:  # it ended on its own: so does kg serve
                return current.process.returncode if current.process.returncode > 0 else 1
            if standby is not None and standby.process.poll() is None:  # it is warm: the old one stops only then
                self.current, self.standby = standby, None
                if not standby.told:
                    standby.tell("go")
            else:  # the new worker failed meanwhile: another one on its socket (it takes the store once it is warm)
                self.current = None
                self.standby = self._spawn(first=False, sock=self.sock)
            self._close_unused()
            return None
        if standby is not None and standby.process.poll() is not None:  # the new worker failed before serving
            self._forget(standby)
            self.standby = None
            self._close_unused()  # its socket, unless new connections go to it already
            log.warning("a new worker ended (status %s) before it could serve", standby.process.returncode)
            if current is not None and not current.stopping:
                self.recycles -= 1  # the old one serves on, and asks again later
        return None

    def _forget(self, worker: _Worker) -> None:
        try:
            self.selector.unregister(worker.reader)
        except (KeyError, ValueError):
            pass
        worker.close()

    def _stop_all(self) -> None:
        workers = [w for w in (self.current, self.standby) if w is not None]
        for worker in workers:
            if worker.process.poll() is None:
                try:
                    worker.process.send_signal(signal.SIGTERM)
                except OSError:
                    pass
        until = time.monotonic() + STOP_DEADLINE
        for worker in workers:
            try:
                worker.process.wait(max(0.0, until - time.monotonic()))
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait()
            worker.close()


def supervise(host: str, port: int, overrides: dict) -> int:
    """`kg serve` as a supervisor: bind host:port (OSError if it cannot) and run workers; returns the exit status."""
    sock, steer = listening_socket(host, port)
    try:
        return Supervisor(sock, overrides, steer).run()
    finally:
        sock.close()
