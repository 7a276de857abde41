"""One signal for every change of the data: ``change_bus(db).changed(Changes)``.

The core reports each committed write (``Database.subscribe``); the bus turns it into
a Qt signal in the GUI thread, however the write was made (a record window, a panel,
a background import, the command line of the same program). Open list pages, panels,
counts and the Übersicht connect to it and refresh what concerns them, so nobody has
to forward a "saved" from window to window. On a SQLite file, another program's commits
(a colleague's window, the command line) are noticed by looking at the file every 1.5 s
and reported as "anything may have changed". On a PostgreSQL server, colleagues' changes
arrive as the server's notifications (``servicestelle.server.notify``), with the kinds
and ids of the records they changed.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal

from servicestelle.changes import ANY, Changes
from servicestelle.db import Database

POLL_MS = 1500  # how often another program's writes to a SQLite file are looked for


def _file_state(path: Path) -> tuple[int, ...]:
    """What changes when anyone commits to a SQLite file: its own and its WAL's size
    and time (read with ``stat``, which opens no handle and so disturbs no lock)."""
    state: list[int] = []
    for file in (path, Path(f"{path}-wal")):
        try:
            info = file.stat()
            state += [info.st_mtime_ns, info.st_size]
        except OSError:
            state += [0, 0]
    return tuple(state)


class ChangeBus(QObject):
    changed = Signal(object)  # Changes
    _arrived = Signal(object)  # from another thread, delivered in the GUI thread

    def __init__(self, db: Database) -> None:
        app = QCoreApplication.instance()
        super().__init__(None)
        if app is not None:
            self.moveToThread(app.thread())
        self._db = weakref.ref(db)
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        db.subscribe(self._relay)
        # Another program (a colleague's window on the same file, the command line)
        # commits: its changes are not reported here, but the file shows them.
        self._file = Path(db.location) if db.is_sqlite and db.location else None
        self._seen = _file_state(self._file) if self._file is not None else ()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)
        self._listener = None  # colleagues' changes on a server

    def watch_file(self) -> None:
        """Start looking for other programs' commits (the main window does, while open):
        the SQLite file's state, or the server's notifications."""
        if self._file is not None and not self._timer.isActive():
            self._seen = _file_state(self._file)
            self._timer.start()
        db = self._db()
        if self._listener is None and db is not None and not db.is_sqlite:
            from servicestelle.server.notify import listen

            self._listener = listen(db)

    def _look(self) -> None:
        if self._file is None or self._db() is None:
            self._timer.stop()
            return
        state = _file_state(self._file)
        if state != self._seen:
            self._seen = state
            db = self._db()
            if db is not None:  # through the database: what it keeps is read anew
                db.notify(Changes.of([ANY]))

    def _relay(self, changes: Changes) -> None:
        if QThread.currentThread() is self.thread():
            self._deliver(changes)
        else:
            self._arrived.emit(changes)

    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)
        if self._file is not None:  # our own write: not news when the file is looked at
            self._seen = _file_state(self._file)

    def close(self) -> None:
        self._timer.stop()
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
        db = self._db()
        if db is not None:
            db.unsubscribe(self._relay)


_buses: weakref.WeakKeyDictionary[Database, ChangeBus] = weakref.WeakKeyDictionary()
# Buses are never destroyed while the program runs: a QObject with a timer must die in
# the GUI thread, and Python's garbage collector may run in a worker thread.
_kept: list[ChangeBus] = []


def change_bus(db: Database) -> ChangeBus:
    """The bus of ``db`` (one per open database)."""
    bus = _buses.get(db)
    if bus is None:
        bus = _buses[db] = ChangeBus(db)
        _kept.append(bus)
    return bus


def release_bus(db: Database) -> None:
    """The window of ``db`` closes: stop looking at its file and listening to it (a new
    window starts a new bus)."""
    bus = _buses.pop(db, None)
    if bus is not None:
        bus.close()
