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


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, in a source tree and inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
