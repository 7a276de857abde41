"""Where the program keeps its data, logs, backups and bundled resources.

Every location can be moved with an environment variable, which the tests use:
``SERVICESTELLE_HOME`` (data folder) and ``SERVICESTELLE_DB`` (database).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Servicestelle"


def data_dir() -> Path:
    override = os.environ.get("SERVICESTELLE_HOME")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=True)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> str:
    return os.environ.get("SERVICESTELLE_DB") or str(data_dir() / "servicestelle.db")


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def private_files() -> None:
    """From now on, every file and folder this process creates is readable by its owner
    only (POSIX: umask 077 — the database, its journal, backups, logs, exports,
    reports). On Windows the user's profile folder is private already."""
    if os.name != "nt":
        os.umask(0o077)


TEMP_DAYS = 2  # temporary files older than this are removed at the next start


def temp_dir() -> Path:
    """The program's own folder for temporary files (reports opened in another program):
    inside the data folder, the owner's alone; old files are removed by
    ``clean_temp_dir`` at the next start."""
    path = data_dir() / "temp"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def clean_temp_dir(now: float | None = None) -> int:
    """Remove temporary files older than ``TEMP_DAYS``; returns how many went."""
    import time

    limit = (now if now is not None else time.time()) - TEMP_DAYS * 86400
    removed = 0
    folder = data_dir() / "temp"
    if not folder.is_dir():
        return 0
    for entry in folder.iterdir():
        try:
            if entry.is_file() and entry.stat().st_mtime < limit:
                entry.unlink()
                removed += 1
        except OSError:
            continue  # open in another program: next time
    return removed


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, in a source tree and inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
