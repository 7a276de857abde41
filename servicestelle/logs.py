"""A rotating log file in the data folder: the details that users are spared."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .paths import log_dir

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: int = logging.INFO, directory: Path | None = None) -> Path:
    """Send log records to ``servicestelle.log`` (1 MB × 5 files). Returns the file."""
    path = (directory or log_dir()) / "servicestelle.log"
    root = logging.getLogger()
    if not any(getattr(h, "_servicestelle", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handler._servicestelle = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    return path
