"""Long work off the GUI thread: a function of the core runs in Qt's thread pool and
reports progress, its result or its error back to the window as signals.

The function receives ``progress(done, total)`` and ``cancelled()`` (the core's own
callback and cancel flag); ``Task.cancel()`` sets the flag. Connect to a task's
signals before ``start()``: a quick function may finish at once.
``run_in_background`` adds the progress window and the error message box.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from servicestelle.errors import ServiceError

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
        self.ended = threading.Event()
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
            self.ended.set()
            self.failed.emit(exc)
            self.running = False  # after the signal is posted: whoever sees "not running"
            return  # gets it at the next turn of the event loop
        self.result = result
        self.ended.set()  # result or error stored: a thread waiting for it may read it
        self.finished.emit(result)
        self.running = False


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


def run_in_background(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
    done: Callable[[Any], None],
    *,
    cancellable: bool = True,
) -> Task:
    """Run ``work`` with a progress dialog; ``done(result)`` in the GUI thread; errors
    are shown in a message box."""
    progress = QProgressDialog(
        label,
        QCoreApplication.translate("Background", "Abbrechen") if cancellable else "",
        0,
        0,
        parent,
    )
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    if not cancellable:
        progress.setCancelButton(None)
    task = Task(work, parent)

    def on_progress(step: int, total: int) -> None:
        progress.setMaximum(max(total, step))
        progress.setValue(step)

    def finish() -> None:
        progress.reset()
        progress.deleteLater()

    def on_done(result: Any) -> None:
        finish()
        done(result)

    def on_failed(error: BaseException) -> None:
        finish()
        message = (
            error.message
            if isinstance(error, ServiceError)
            else QCoreApplication.translate("Background", "Unerwarteter Fehler ({kind}).").format(
                kind=type(error).__name__
            )
        )
        QMessageBox.warning(parent, title, message)

    task.progress.connect(on_progress)
    task.finished.connect(on_done)
    task.failed.connect(on_failed)
    progress.canceled.connect(task.cancel)
    return task.start()


def answered(work: Callable[[], Any], parent: QObject | None = None) -> Any:
    """``work()`` in the thread pool while the window keeps answering (its events are
    handled meanwhile); returns its result or raises its exception, as a direct call
    would. For a question over the network the user waits for anyway (logging in,
    saving): the window does not freeze while it travels. Callers make sure nothing
    is asked twice meanwhile (they disable their window and hold back a close).
    Should the waiting end early (``parent`` closed, the program quitting, which
    ends every event loop), the work is still waited for: a save is never cut off."""
    from PySide6.QtCore import QEventLoop

    task = Task(lambda _progress, _cancelled: work())  # not the window's: it may go first
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    task.failed.connect(loop.quit)
    if parent is not None:
        parent.destroyed.connect(loop.quit)
    task.start()
    if not task.ended.is_set():
        loop.exec()
    task.ended.wait()
    if task.error is not None:
        raise task.error
    return task.result
