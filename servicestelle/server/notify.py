"""Colleagues' changes on a PostgreSQL server: LISTEN to what the triggers send.

Every statement that writes a record table sends ``pg_notify('servicestelle',
'kind:id,id,…')`` (revision 0008). A ``Listener`` keeps one connection of its own in a
thread, collects what arrives within a moment into one ``Changes`` and hands it to
``Database.notify`` — the same way the program's own writes are reported, so that the
screens' change bus needs no second path. The echo of this program's own writes is left
out (its connections' server process ids are known), and after a lost connection the
listener connects again and reports "anything may have changed".
"""

from __future__ import annotations

import contextlib
import logging
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, event

from ..changes import ANY, EVERY, Changes

if TYPE_CHECKING:
    from ..db import Database

log = logging.getLogger(__name__)

CHANNEL = "servicestelle"
GATHER_SECONDS = 0.3  # notifications arriving within this time become one report
RETRY_SECONDS = 2.0

# The server process ids of each engine's own connections.
_own: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()


def remember_backends(engine: Engine) -> None:
    """Note the server process of every connection ``engine`` opens."""
    pids: set[int] = set()
    _own[engine] = pids

    by_connection: dict[int, int] = {}

    @event.listens_for(engine, "connect")
    def _noted(dbapi_conn: Any, _record: object) -> None:
        pid = getattr(getattr(dbapi_conn, "info", None), "backend_pid", None)
        if pid:
            pids.add(int(pid))
            by_connection[id(dbapi_conn)] = int(pid)

    # A closed connection's process id may later be a colleague's: forget it then
    # (connections are renewed every half hour).
    @event.listens_for(engine, "close")
    def _closed(dbapi_conn: Any, _record: object) -> None:
        pids.discard(by_connection.pop(id(dbapi_conn), -1))

    @event.listens_for(engine, "close_detached")
    def _closed_detached(dbapi_conn: Any) -> None:
        pids.discard(by_connection.pop(id(dbapi_conn), -1))


def own_backends(engine: Engine) -> set[int]:
    return _own.get(engine, set())


def parse(payload: str, changes: Changes) -> None:
    """Add one notification's ``kind:ids`` to ``changes``."""
    kind, _sep, ids = payload.partition(":")
    if not kind:
        return
    if not ids or ids == "*":
        changes.add(kind, EVERY)
        return
    for part in ids.split(","):
        try:
            changes.add(kind, int(part))
        except ValueError:
            changes.add(kind, EVERY)


class Listener:
    """Listens for colleagues' changes to ``db`` while started (a daemon thread)."""

    def __init__(self, db: Database, deliver: Callable[[Changes], None] | None = None) -> None:
        self._db = weakref.ref(db)
        self._deliver = deliver or db.notify
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: Any = None
        self.listening = threading.Event()  # set once LISTEN is in place

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="servicestelle-listen",
                                            daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _connect(self) -> Any:
        db = self._db()
        if db is None:
            return None
        raw = db.engine.raw_connection()
        conn = raw.driver_connection
        raw.detach()  # ours alone, never back into the pool
        conn.rollback()
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                conn = self._conn = self._connect()
                if conn is None:
                    return
                self.listening.set()
                if lost:  # what colleagues did meanwhile is not known
                    self._hand_over(Changes.of([ANY]))
                    lost = False
                self._listen(conn)
            except Exception:  # noqa: BLE001 - a lost server: try again in a moment
                if self._stop.is_set():
                    break
                log.warning("Verbindung für Änderungen anderer unterbrochen; neuer Versuch",
                            exc_info=True)
                lost = True
                self._stop.wait(RETRY_SECONDS)
            finally:
                self._close()

    def _listen(self, conn: Any) -> None:
        db = self._db()
        own = own_backends(db.engine) if db is not None else set()
        del db
        while not self._stop.is_set():
            changes = Changes()
            for note in conn.notifies(timeout=GATHER_SECONDS):
                if note.channel == CHANNEL and note.pid not in own:
                    parse(note.payload, changes)
            if changes:
                self._hand_over(changes)

    def _hand_over(self, changes: Changes) -> None:
        try:
            self._deliver(changes)
        except Exception:  # noqa: BLE001 - a listener's fault never stops listening
            log.exception("Änderungen anderer ließen sich nicht weitergeben")

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):  # closing a broken connection
                conn.close()


def listen(db: Database, deliver: Callable[[Changes], None] | None = None) -> Listener | None:
    """A started listener for ``db`` on PostgreSQL (None on SQLite)."""
    if db.engine.dialect.name != "postgresql":
        return None
    listener = Listener(db, deliver)
    listener.start()
    return listener
