"""Every file the program writes is its owner's alone: database, journal, backups, logs,
exports and reports (a real process with the usual umask 022, as a user's shell has)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def run(home: Path, *args: str) -> None:
    env = {**os.environ, "SERVICESTELLE_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("SERVICESTELLE_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "servicestelle", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        preexec_fn=lambda: os.umask(0o022),
    )
    assert done.returncode == 0, done.stderr


def test_database_backups_logs_and_exports_are_the_owners_alone(tmp_path: Path):
    home = tmp_path / "daten"
    database = home / "servicestelle.db"
    run(home, "--db", str(database), "init")
    run(home, "--db", str(database), "demo", "--volunteers", "20")
    run(home, "--db", str(database), "backup")
    run(home, "--db", str(database), "export", "volunteers", str(tmp_path / "liste.xlsx"))
    written = [p for p in home.rglob("*") if p.is_file()] + [tmp_path / "liste.xlsx"]
    assert database in written and any("Sicherungen" in str(p) for p in written)
    assert any(p.suffix == ".log" for p in written)
    loose = {str(p.relative_to(tmp_path)): oct(stat.S_IMODE(p.stat().st_mode))
             for p in written if p.stat().st_mode & 0o077}
    assert loose == {}


def test_a_database_readable_by_others_becomes_the_owners_at_open(tmp_path: Path):
    home = tmp_path / "daten"
    database = home / "alt.db"
    run(home, "--db", str(database), "init")
    database.chmod(0o644)
    run(home, "--db", str(database), "stats")
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
