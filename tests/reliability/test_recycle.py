"""Issue 15's last gap: `kg serve` replaces its worker process when parked queries hold memory over the budget's
mark (kg.web.recycle, KG_RECYCLE=1). Over real HTTP on loopback: a burst of sorted cartesian queries parks past its
deadline and pushes the worker over a small budget; the server recycles on its own; afterwards the serving process is
back under the budget, long queries run again, every acknowledged write and all the data loaded before is there,
/health answered throughout in under a second and no connection was refused or broken during the swap, not even one
whose client sends its request a moment after connecting (granian's stop closes a connection with no request read
yet: the old worker must have stopped accepting well before). With KG_RECYCLE=0 the server stays degraded (long
queries 503) until it is restarted, as before. SIGKILL or SIGTERM of `kg serve` ends its worker too. The sockets:
new connections go to the newest listening socket of the port's group, and a port in use is refused."""
from __future__ import annotations

import concurrent.futures
import os
import signal
import socket
import threading
import time
from pathlib import Path

import pytest
import requests

from kg.errors import StoreLockedError
from kg.store import Store
from kg.web import memory, recycle

from .conftest import AUTH, COUNT_ALL, PER_GRAPH, KgServer
from .test_parked import SORTED_CARTESIAN, HealthWatch, status

NOTE = "http://example.org/recycle/note"
MARGIN_MB = 60  # what the parked queries must add to the worker's own memory to pass the mark


class Connector:
    """Opens a new connection every `every` seconds and asks for /health on it, `late` seconds after connecting: every
    refused, reset or unanswered one is kept in `errors` (a connection made during the swap must wait and be answered,
    not refused; one the old worker accepted must be answered too, even if its request comes a moment later)."""

    def __init__(self, server: KgServer, late: float = 0.0, every: float = 0.02) -> None:
        self.port = server.port
        self.late = late
        self.every = every
        self.errors: list[str] = []
        self.answered = 0
        self.worst = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        request = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
                    if self.late:
                        time.sleep(self.late)
                    sock.sendall(request)
                    answer = b""
                    while chunk := sock.recv(65536):
                        answer += chunk
                if not answer.startswith(b"HTTP/1.1 200"):
                    self.errors.append(f"answer: {answer[:100]!r}")
                else:
                    self.answered += 1
                    self.worst = max(self.worst, time.monotonic() - started)
            except OSError as error:
                self.errors.append(f"{error.__class__.__name__}: {error}")
            self._stop.wait(self.every)

    def __enter__(self) -> Connector:
        self._thread.start()
        return self

    def __exit__(self, *_) -> None:
        self._stop.set()
        self._thread.join(30)


def health(server: KgServer) -> dict:
    return requests.get(server.url + "/health", timeout=5).json()


def small_budget(server: KgServer) -> int:
    """A budget whose mark is MARGIN_MB over what the worker holds at rest."""
    return round((status(server, "VmRSS") / 1024 + MARGIN_MB) / memory.HIGH_WATER)


def start_small(make_server, **env: str) -> tuple[KgServer, int]:
    """A server whose budget is small for its worker: started once to measure the worker, then again with it."""
    probe = make_server(KG_RECYCLE="1")
    budget = small_budget(probe)
    probe.stop()
    env = {"KG_RECYCLE": "1", **env}
    return make_server(KG_MEMORY_BUDGET_MB=str(budget), KG_QUERY_TIMEOUT="2", KG_MAX_PARKED="16", **env), budget


def park_until(server: KgServer, done, seconds: float = 40) -> int:
    """Bursts of 8 sorted cartesian queries until `done()`; returns how many were sent."""
    sent = 0
    deadline = time.monotonic() + seconds
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        while not done():
            assert time.monotonic() < deadline, health(server)
            answers = list(pool.map(lambda _: requests.get(server.url + "/sparql", params={"query": SORTED_CARTESIAN},
                                                          timeout=60), range(8)))
            sent += len(answers)
            assert {a.status_code for a in answers} <= {503}, [a.text[:200] for a in answers]
            time.sleep(0.3)
    return sent


def test_parked_queries_over_the_budget_recycle_the_worker_and_nothing_is_lost(make_server):
    server, budget = start_small(make_server)
    assert len(server.workers()) == 1
    first_worker = server.workers()[0]
    write = requests.post(server.url + "/update", headers=AUTH, timeout=30,
                          data={"update": f"INSERT DATA {{ GRAPH <{NOTE}> {{ <{NOTE}/s> <{NOTE}/p> 1 }} }}"})
    assert write.status_code == 204
    total, graphs = server.count(), server.per_graph()
    assert graphs[NOTE] == 1

    with HealthWatch(server) as watch, Connector(server) as connector, Connector(server, 0.03, 0) as late:
        time.sleep(5.5)  # kg.web.recycle.MIN_AGE: a worker serves that long before it may be replaced
        sent = park_until(server, lambda: health(server)["recycles"] >= 1)
        before = max(watch.peak, status(server, "VmHWM"))
        deadline = time.monotonic() + 20
        while len(server.workers()) != 1 or first_worker in server.workers():  # the swap is over
            assert time.monotonic() < deadline, server.workers()
            time.sleep(0.05)
        document = health(server)
        while (document["parked_queries"] or len(server.workers()) != 1) and time.monotonic() < deadline:
            time.sleep(0.2)  # a burst in flight at the swap reached the new worker: let its queries end
            document = health(server)
        after = status(server, "VmRSS")
        time.sleep(0.5)
    print(f"\nrecycle: budget {budget} MB (mark {round(budget * memory.HIGH_WATER)} MB), {sent} queries sent; worker "
          f"peak {before // 1024} MB before, {after // 1024} MB after; /health worst {watch.worst * 1000:.0f} ms, "
          f"new connections worst {connector.worst * 1000:.0f} ms ({connector.answered} answered), "
          f"late requests worst {late.worst * 1000:.0f} ms ({late.answered} answered)")

    # a burst in flight at the swap may reach the new worker; if its parked queries carry that worker over the mark
    # in turn, it is recycled too (as it should be): at least one recycle, and none parked once they are over
    assert document["recycles"] >= 1 and document["parked_queries"] == 0
    assert document["status"] == "ok" and document["over_memory_budget"] is False
    assert before > budget * memory.HIGH_WATER * 1024  # it was over the mark ...
    assert after < budget * 1024 and document["memory_mb"] < budget  # ... and the new worker is under the budget
    assert watch.latencies and watch.worst < 1.0 and not watch.errors, (watch.worst, watch.errors[:5])
    assert connector.answered > 20 and connector.worst < 1.0 and not connector.errors, connector.errors[:5]
    assert late.answered > 20 and late.worst < 1.0 and not late.errors, late.errors[:5]
    # a long query (no index scan) runs again, and the data and the acknowledged write are all there
    assert server.count() == total and server.per_graph() == graphs
    long_query = requests.get(server.url + "/sparql", params={"query": PER_GRAPH}, timeout=30)
    assert long_query.status_code == 200
    assert server.alive()
    assert "is replaced by a new one" in server.log.read_text()


def test_with_kg_recycle_0_the_server_stays_degraded(make_server):
    server, _ = start_small(make_server, KG_RECYCLE="0")
    assert server.workers() == []  # one process, as before
    time.sleep(5.5)
    park_until(server, lambda: health(server)["over_memory_budget"])
    time.sleep(1)
    document = health(server)
    assert document["recycles"] == 0 and document["over_memory_budget"] is True and document["status"] == "degraded"
    refused = requests.get(server.url + "/sparql", params={"query": COUNT_ALL}, timeout=30)
    assert refused.status_code == 503 and "KG_MEMORY_BUDGET_MB" in refused.json()["error"]["message"]


def gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_stopping_kg_serve_stops_its_worker_and_frees_the_store(make_server, how):
    server = make_server(KG_RECYCLE="1")
    [worker] = server.workers()
    os.kill(server.process.pid, how)
    server.process.wait(15)
    deadline = time.monotonic() + 5
    while not gone(worker):
        assert time.monotonic() < deadline, f"worker {worker} outlived kg serve"
        time.sleep(0.02)
    while True:  # a zombie's last threads may still be closing its files: the lock is freed a moment later
        try:
            store = Store(server.store)
            break
        except StoreLockedError:
            assert time.monotonic() < deadline, "the store is still held after its worker ended"
            time.sleep(0.02)
    assert store.named_graphs()
    store.close()


def test_new_connections_go_to_the_newest_listening_socket():
    """kg.web.recycle's sockets: the first one is bound without SO_REUSEPORT (a port in use fails), a sibling bound to
    its address waits until it listens, and from then on it gets every new connection; once the old one is closed,
    the next sibling takes over in turn."""
    first, steer = recycle.listening_socket("127.0.0.1", 0)
    if not steer:
        pytest.skip("no SO_ATTACH_REUSEPORT_CBPF here: the workers share one socket")
    port = first.getsockname()[1]
    first.listen(16)
    with pytest.raises(OSError):
        recycle.listening_socket("127.0.0.1", port)

    def lands(*sockets: socket.socket) -> list[int]:
        landed = []
        for _ in range(8):
            with socket.create_connection(("127.0.0.1", port), timeout=5):
                for n, sock in enumerate(sockets):
                    if not sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN):  # not listening
                        continue
                    sock.settimeout(0.2)
                    try:
                        sock.accept()[0].close()
                        landed.append(n)
                    except TimeoutError:
                        pass
        return landed

    second = recycle.sibling_socket(first)
    assert lands(first, second) == [0] * 8  # bound, not listening: still the first one's
    second.listen(16)
    assert lands(first, second) == [1] * 8
    first.close()
    third = recycle.sibling_socket(second)
    third.listen(16)
    assert lands(second, third) == [1] * 8
    for sock in (second, third):
        sock.close()
