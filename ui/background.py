"""Long work off the GUI thread: a function of the core runs in Qt's thread pool and
reports progress, its result or its error back to the window as signals.

The function receives ``progress(done, total)`` and ``cancelled()`` (the core's own
callback and cancel flag); ``Task.cancel()`` sets the flag. Connect to a task's
signals before ``start()``: a quick function may finish at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Task(QObject):
    """One piece of background work and its signals (delivered in the GUI thread)."""

    progress = Signal(int, int)
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> Task:
        self.running = True
        QThreadPool.globalInstance().start(_Runner(self))
        return self

    def _run(self) -> None:
        try:
            result = self._work(self.progress.emit, self.cancelled)
        except Exception as exc:  # noqa: BLE001 - reported to the window, never lost
            log.info("Hintergrundarbeit beendet mit %s", type(exc).__name__, exc_info=True)
            self.error = exc
            self.running = False
            self.failed.emit(exc)
            return
        self.result = result
        self.running = False
        self.finished.emit(result)


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            self.task._run()
        except RuntimeError:
            # The window that asked was closed meanwhile (its Task went with it): nobody
            # waits for the result any more.
            log.debug("Hintergrundarbeit ohne Empfänger beendet", exc_info=True)
