"""The HTTP servers `kg serve` runs its WSGI app on: granian (the default) or waitress (`--server waitress`).

granian is a Rust HTTP server: it parses HTTP and keeps connections in Rust and calls the app from a pool of
blocking threads, so a point lookup costs about half the CPU it costs on waitress. It runs here as one worker
*thread* of this process (granian's thread-worker server), not as a child process: the store stays opened once,
by this process (pyoxigraph allows one read-write opener per store), and stopping or killing this process stops
the server with it, as with waitress. granian's thread-worker server is meant for free-threaded Python builds and
checks for one; on a GIL build it works the same (its Rust worker releases the GIL while it waits), so that check
is skipped (granian is pinned, see pyproject.toml).

With an on-disk store (KG_RECYCLE, on by default), `kg serve` runs this in a worker process under a supervisor that
binds the worker's listening socket and replaces the worker when parked queries hold too much memory
(kg.web.recycle): `run_granian` then serves on the socket it is handed (`fd`).

granian binds its listening socket with SO_REUSEPORT, so a second server on the same port would start quietly
and share the connections. `check_port` binds the address first without it, so that a port in use fails as it
does with waitress.
"""
from __future__ import annotations

import errno
import logging
import socket

SERVERS = ("granian", "waitress")
DEFAULT_SERVER = "granian"


def check_port(host: str, port: int) -> None:
    """Raise OSError (EADDRINUSE, EACCES, ...) if `host:port` cannot be listened on."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers do: a port in TIME_WAIT is free
        sock.bind((host, port))
        sock.listen(1)


def run_granian(app, host: str, port: int, threads: int, announce=None, fd: int | None = None) -> None:
    """Serve `app` with granian (WSGI, one worker thread in this process, `threads` blocking threads) until
    SIGINT or SIGTERM; raises OSError if the address cannot be listened on. `fd`: a socket bound already (by the
    supervisor of kg.web.recycle, which keeps the port open across workers) to listen on instead of `host:port`."""
    from granian._granian import SocketHolder
    from granian.constants import Interfaces
    from granian.log import LogLevels
    from granian.server.mt import MTServer

    class _Server(MTServer):
        def _check_gil(self) -> None:  # the thread worker runs on a GIL build too (see the module's docstring)
            pass

        def _init_shared_socket(self) -> None:
            if fd is None:
                super()._init_shared_socket()
                return
            # granian's worker puts it in the listening state (listen(backlog)) and closes this process's copy when
            # it stops; the supervisor keeps its own copy, and sends new connections to the next worker's socket a
            # moment before this one stops (kg.web.recycle)
            self._ssp, self._shd, self._sfd = None, SocketHolder(fd, False, self.backlog), fd

    if fd is None:
        check_port(host, port)
    server = _Server("kg.web:create_app", address=host, port=port, interface=Interfaces.WSGI, workers=1,
                     blocking_threads=max(1, threads), runtime_blocking_threads=1, log_level=LogLevels.warning, http="1", websockets=False)
    logging.getLogger("_granian").addFilter(_quiet)
    if announce:
        announce()
    server.serve(target_loader=lambda *_args, **_kwargs: app, wrap_loader=False)


def _quiet(record: logging.LogRecord) -> bool:
    """Drop granian's warning that the thread-worker server is meant for free-threaded builds (see above)."""
    return "free-threaded" not in record.getMessage()


def run_waitress(app, host: str, port: int, threads: int, max_request_bytes: int, announce=None) -> None:
    import waitress

    server = waitress.create_server(app, host=host, port=port, threads=threads, ident="kg",
                                    max_request_body_size=2 * max_request_bytes)  # the app answers 413
    if announce:
        announce()
    server.run()


def in_use(error: OSError) -> bool:
    return error.errno == errno.EADDRINUSE
