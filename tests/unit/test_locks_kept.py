"""Reading facts about an open database (is it encrypted, its backup folder, its
identity) never drops this process's locks on it: on POSIX, closing any handle of a file
releases every lock the process holds there. Another program that then closes its own
connection believes it was the last one and checkpoints and deletes the journal (WAL)
under this process's open connections."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from servicestelle import backup, encryption
from servicestelle.db import open_database

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file locks")

ANOTHER_PROGRAM = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    "conn.execute('SELECT count(*) FROM setting').fetchone()\n"
    "conn.close()\n"
)


def test_looking_at_an_open_database_keeps_its_locks(tmp_path: Path, sqlite_template):
    path = tmp_path / "servicestelle.db"
    shutil.copy(sqlite_template, path)
    db = open_database(path)
    try:
        with db.engine.connect() as kept:  # a window's connection, open all the time
            kept.execute(text("SELECT 1")).fetchall()
            with db.engine.begin() as conn:  # something written: it is in the WAL
                conn.execute(text("UPDATE setting SET version = version + 1"))
            # What the backup before an import, the start checks and the settings do:
            assert not encryption.is_encrypted(path)
            backup.configured_folder(path)
            backup.identity_of(path)
            encryption.connect(path).close()
            subprocess.run([sys.executable, "-c", ANOTHER_PROGRAM, str(path)], check=True)
            assert Path(f"{path}-wal").exists()  # the other did not take it for its own
    finally:
        db.dispose()
