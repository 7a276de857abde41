"""A TCP proxy between the program and a database server that counts round trips and
can delay every packet, for the round-trip budgets (tests) and the network benchmark.

A round trip is counted each time a client sends after it has last received (or sends
first): a request and the complete answer it waited for, however many packets either
took. For a client that waits for each answer before it asks again (libpq outside
pipeline mode), the count does not depend on timing, so a budget can be asserted.

``delay_s`` holds every chunk that long before passing it on, in both directions: the
one-way delay of a network (this machine's kernel has no netem); a round trip then
takes twice as long.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time
from dataclasses import dataclass, field


@dataclass
class _Link:
    replied: bool = True  # the server has answered since the client last sent
    trips: int = 0
    closed: threading.Event = field(default_factory=threading.Event)


class WireProxy:
    def __init__(self, upstream_host: str, upstream_port: int, delay_s: float = 0.0) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.delay_s = delay_s
        self._lock = threading.Lock()
        self._links: list[_Link] = []
        self.said: list[bytes] = []  # the start of each request (for a failing budget)
        # cleared: requests wait here (up to 10 s) until it is set again; the line is open
        self.line_open = threading.Event()
        self.line_open.set()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._server.getsockname()[1])
        self._stopped = threading.Event()
        threading.Thread(target=self._accept, daemon=True, name="wire-accept").start()

    # -- counting --------------------------------------------------------------------

    @property
    def round_trips(self) -> int:
        with self._lock:
            return sum(link.trips for link in self._links)

    @property
    def connections(self) -> int:
        with self._lock:
            return len(self._links)

    def url_for(self, url: str) -> str:
        """``url`` (postgresql://user@host:port/db) with this proxy as host and port."""
        from sqlalchemy.engine import make_url

        return make_url(url).set(host="127.0.0.1", port=self.port).render_as_string(
            hide_password=False
        )

    # -- moving bytes ----------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _address = self._server.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            for sock in (client, upstream):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            link = _Link()
            with self._lock:
                self._links.append(link)
            self._pipe(link, client, upstream, from_client=True)
            self._pipe(link, upstream, client, from_client=False)

    def _pipe(self, link: _Link, source: socket.socket, target: socket.socket,
              *, from_client: bool) -> None:
        chunks: queue.Queue[tuple[float, bytes]] = queue.Queue()

        def read() -> None:
            while True:
                try:
                    data = source.recv(65536)
                except OSError:
                    data = b""
                if data:
                    with self._lock:
                        if from_client and link.replied:
                            link.trips += 1
                            self.said.append(data[:60])
                        link.replied = not from_client
                chunks.put((time.monotonic() + self.delay_s, data))
                if not data:
                    return

        def write() -> None:
            while True:
                due, data = chunks.get()
                wait = due - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                if from_client:
                    self.line_open.wait(10)
                if not data:
                    break
                try:
                    target.sendall(data)
                except OSError:
                    break
            for sock in (target, source):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            link.closed.set()

        threading.Thread(target=read, daemon=True, name="wire-read").start()
        threading.Thread(target=write, daemon=True, name="wire-write").start()

    def close(self) -> None:
        self._stopped.set()
        self._server.close()
