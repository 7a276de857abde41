"""One signal for every change of the data: ``change_bus(db).changed(Changes)``.

The core reports each committed write (``Database.subscribe``); the bus turns it into
a Qt signal in the GUI thread, however the write was made (a record window, a panel,
a background import, the command line of the same program). Open list pages, panels,
counts and the Übersicht connect to it and refresh what concerns them, so nobody has
to forward a "saved" from window to window. Later, colleagues' changes reported by
the database server feed the same bus.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

from servicestelle.changes import Changes
from servicestelle.db import Database


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

    def _relay(self, changes: Changes) -> None:
        if QThread.currentThread() is self.thread():
            self._deliver(changes)
        else:
            self._arrived.emit(changes)

    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def close(self) -> None:
        db = self._db()
        if db is not None:
            db.unsubscribe(self._relay)


_buses: weakref.WeakKeyDictionary[Database, ChangeBus] = weakref.WeakKeyDictionary()


def change_bus(db: Database) -> ChangeBus:
    """The bus of ``db`` (one per open database)."""
    bus = _buses.get(db)
    if bus is None:
        bus = _buses[db] = ChangeBus(db)
    return bus
