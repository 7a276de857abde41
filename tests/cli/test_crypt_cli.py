"""``encrypt`` from the command line; other commands open it with SERVICESTELLE_PASSWORD."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from servicestelle import encryption
from tests.cli.runner import Result
from tests.cli.runner import run as run_cli

if not encryption.available() and os.environ.get("CI") != "true":
    pytest.skip("sqlcipher3 (extra »encryption«) is not installed", allow_module_level=True)

PASSWORD = "Kennwort für Skripte"


def run(
    *args: str, home: Path, password: str | None = None, new_password: str | None = None
) -> Result:
    env = {encryption.PASSWORD_ENV: password, "SERVICESTELLE_NEW_PASSWORD": new_password}
    return run_cli(*args, home=home, env=env)


def test_encrypt_then_every_command_needs_the_password(tmp_path):
    db = str(tmp_path / "x.db")
    assert run("--db", db, "init", home=tmp_path).returncode == 0
    assert run("--db", db, "demo", "--volunteers", "20", home=tmp_path).returncode == 0
    assert run("--db", db, "backup", home=tmp_path).returncode == 0  # a plain backup

    no_password = run("--db", db, "encrypt", home=tmp_path)
    assert no_password.returncode == 2 and "SERVICESTELLE_PASSWORD" in no_password.stderr
    assert not encryption.is_encrypted(db)

    done = run("--db", db, "encrypt", home=tmp_path, password=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "jetzt verschlüsselt" in done.stdout
    assert "1 ältere Sicherungen" in done.stdout  # the plain backup from before
    assert encryption.is_encrypted(db)
    assert PASSWORD not in done.stdout + done.stderr

    again = run("--db", db, "encrypt", home=tmp_path, password=PASSWORD)
    assert again.returncode == 1 and "bereits verschlüsselt" in again.stderr

    missing = run("--db", db, "stats", home=tmp_path)
    assert missing.returncode == 1 and "verschlüsselt" in missing.stderr
    wrong = run("--db", db, "stats", home=tmp_path, password="ganz falsch")
    assert wrong.returncode == 1
    assert "Das Kennwort passt nicht zu dieser Datenbank." in wrong.stderr
    stats = run("--db", db, "stats", "--json", home=tmp_path, password=PASSWORD)
    assert stats.returncode == 0, stats.stderr

    made = run("--db", db, "backup", str(tmp_path / "k.db"), home=tmp_path, password=PASSWORD)
    assert made.returncode == 0, made.stderr
    assert encryption.is_encrypted(tmp_path / "k.db")

    for file in tmp_path.rglob("*.log*"):
        assert PASSWORD not in file.read_text(encoding="utf-8", errors="replace"), file


def test_help_names_the_password_variable(tmp_path):
    result = run("--help", home=tmp_path)
    assert result.returncode == 0 and "SERVICESTELLE_PASSWORD" in result.stdout
    assert "encrypt" in result.stdout


def test_change_password(tmp_path):
    db = str(tmp_path / "x.db")
    assert run("--db", db, "init", home=tmp_path).returncode == 0
    assert run("--db", db, "encrypt", home=tmp_path, password=PASSWORD).returncode == 0
    new = "ein ganz neues Kennwort"
    changed = run("--db", db, "change-password", home=tmp_path, password=PASSWORD, new_password=new)
    wrong = run(
        "--db", db, "change-password", home=tmp_path, password="falsch-falsch", new_password=new
    )
    assert changed.returncode == 0, changed.stderr
    assert wrong.returncode == 1 and "Das Kennwort passt nicht" in wrong.stderr
    assert run("--db", db, "stats", home=tmp_path, password=PASSWORD).returncode == 1
    assert run("--db", db, "stats", home=tmp_path, password=new).returncode == 0
