"""A rotating log file in the data folder: the details that users are spared."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
from pathlib import Path

from .paths import log_dir

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HIDDEN = "[Meldung nicht protokolliert]"


class PrivateFormatter(logging.Formatter):
    """Tracebacks without personal data: the message of an error meant for the user
    (it may quote what was typed: »anna@@example.org« ist keine …) and a database
    server's DETAIL line (PostgreSQL quotes the duplicate key's values) are left out.
    SQL parameters never get here: engines are made with ``hide_parameters=True``."""

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def]  # noqa: N802
        from .errors import ServiceError

        text = super().formatException(ei)
        error, seen = ei[1], set()
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            if isinstance(error, ServiceError) and str(error):
                text = text.replace(str(error), HIDDEN)
            error = error.__cause__ or error.__context__
        return "\n".join(line for line in text.splitlines() if not line.startswith("DETAIL:"))


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """The log file on a full (or write-protected) disk: one German line on stderr
    instead of Python's "--- Logging error ---" and a traceback for every record."""

    told = False

    def close(self) -> None:
        with contextlib.suppress(OSError):  # what is still buffered cannot be written
            super().close()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
        import sys

        if QuietFileHandler.told or sys.stderr is None:
            return
        QuietFileHandler.told = True
        error = sys.exc_info()[1]
        from .errors import os_reason
        from .i18n import _

        why = os_reason(error) if isinstance(error, OSError) else type(error).__name__
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(
                _("Hinweis: Das Protokoll kann nicht geschrieben werden ({reason}).", reason=why)
                + "\n"
            )


def setup_logging(level: int = logging.INFO, directory: Path | None = None) -> Path:
    """Send log records to ``servicestelle.log`` (1 MB × 5 files). Returns the file."""
    path = (directory or log_dir()) / "servicestelle.log"
    root = logging.getLogger()
    if not any(getattr(h, "_servicestelle", False) for h in root.handlers):
        handler = QuietFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(PrivateFormatter(LOG_FORMAT))
        handler._servicestelle = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    return path
