"""Unexpected errors: logged in full, shown in plain German, never a crash to the desktop.

``install_excepthook`` replaces ``sys.excepthook``. PySide6 hands exceptions raised in
slots and in overridden Qt methods to that hook, so every error of the interface ends
here: the traceback goes to the log file, the user sees a short German message with the
technical details folded away. Errors of the core that are meant for the user
(``ServiceError``) are shown with their own message and no details.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from servicestelle.errors import ServiceError

log = logging.getLogger(__name__)


class ExceptionHook:
    """The replacement of ``sys.excepthook``; ``interactive=False`` writes to stderr."""

    def __init__(self, log_file: Path | None = None, *, interactive: bool = True) -> None:
        self.log_file = log_file
        self.interactive = interactive
        self._showing = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("Unerwarteter Fehler", exc_info=(exc_type, exc, tb))
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if not self.interactive or QApplication.instance() is None or self._showing:
            # No screen to show it on, or a dialog is already open: the log has it.
            if sys.stderr is not None:
                sys.stderr.write(details)
            return
        self._showing = True
        try:
            show_error(QApplication.activeWindow(), exc, details, self.log_file)
        except Exception:  # the hook must never raise itself
            log.exception("Die Fehlermeldung ließ sich nicht anzeigen")
        finally:
            self._showing = False


def show_error(
    parent: QWidget | None, exc: BaseException, details: str, log_file: Path | None
) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Servicestelle"))
    if isinstance(exc, ServiceError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(exc.message)
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(QCoreApplication.translate("ErrorDialog", "Es ist ein Fehler aufgetreten …"))
        info = QCoreApplication.translate(
            "ErrorDialog",
            "Der letzte Schritt wurde nicht ausgeführt. Bereits gespeicherte Daten sind "
            "nicht betroffen; meist kann die Arbeit einfach weitergehen.",
        )
        if log_file is not None:
            info += "\n\n" + QCoreApplication.translate(
                "ErrorDialog", "Einzelheiten für den IT-Support stehen in der Protokolldatei:"
            )
            info += f"\n{log_file}"
        box.setInformativeText(info)
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def install_excepthook(log_file: Path | None, *, interactive: bool = True) -> ExceptionHook:
    hook = ExceptionHook(log_file, interactive=interactive)
    sys.excepthook = hook
    return hook


def show_start_error(message: str, *, interactive: bool) -> None:
    """A problem that stops the start (the database cannot be opened)."""
    if not interactive:
        if sys.stderr is not None:
            sys.stderr.write(message + "\n")
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ErrorDialog", "Servicestelle"),
        message,
    )
    box.setInformativeText(QCoreApplication.translate("ErrorDialog", "Das Programm wird beendet."))
    box.exec()
