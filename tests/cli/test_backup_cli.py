"""``backup`` and ``restore`` from the command line: files, messages and exit codes."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from servicestelle import cli
from tests.cli.runner import run


def volunteers(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT last_name FROM volunteer ORDER BY id").fetchall()
    conn.close()
    return [r[0] for r in rows]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "servicestelle.db"
    assert run("--db", str(path), "init", home=tmp_path).returncode == 0
    assert run("--db", str(path), "demo", "--volunteers", "20", home=tmp_path).returncode == 0
    return path


def test_backup_into_the_default_a_chosen_folder_and_a_file(database, tmp_path):
    result = run("--db", str(database), "backup", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Sicherung angelegt und geprüft" in result.stdout
    [made] = (tmp_path / "Sicherungen").glob("servicestelle_*_manuell.db")
    assert volunteers(made) == volunteers(database)

    result = run("--db", str(database), "backup", str(tmp_path / "netz"), home=tmp_path)
    assert result.returncode == 0 and len(list((tmp_path / "netz").glob("*.db"))) == 1

    result = run("--db", str(database), "backup", str(tmp_path / "usb" / "k.db"), home=tmp_path)
    assert result.returncode == 0 and (tmp_path / "usb" / "k.db").exists()
    again = run("--db", str(database), "backup", str(tmp_path / "usb" / "k.db"), home=tmp_path)
    assert again.returncode == 1 and "gibt es schon" in again.stderr

    listing = run("--db", str(database), "backup", "--liste", home=tmp_path)
    assert listing.returncode == 0 and "manuell" in listing.stdout and str(made) in listing.stdout


def test_restore_needs_a_confirmation_and_keeps_the_state_before(database, tmp_path):
    assert run("--db", str(database), "backup", home=tmp_path).returncode == 0
    [made] = (tmp_path / "Sicherungen").glob("*_manuell.db")
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE volunteer SET last_name = 'Geändert'")
    conn.close()

    refused = run("--db", str(database), "restore", str(made), home=tmp_path)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert set(volunteers(database)) == {"Geändert"}

    done = run("--db", str(database), "restore", str(made), "--yes", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Wiederhergestellt" in done.stdout and "vorige Stand" in done.stdout
    assert "Geändert" not in volunteers(database)
    [before] = (tmp_path / "Sicherungen").glob("*_vor-Wiederherstellung.db")
    assert set(volunteers(before)) == {"Geändert"}
    stats = run("--db", str(database), "stats", home=tmp_path)
    assert stats.returncode == 0  # the program opens it again


def test_restore_asks_on_a_terminal(database, tmp_path, monkeypatch, capsys):
    assert run("--db", str(database), "backup", home=tmp_path).returncode == 0
    [made] = (tmp_path / "Sicherungen").glob("*_manuell.db")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    questions: list[str] = []
    answers = iter(["n", "ja"])
    monkeypatch.setattr("builtins.input", lambda q: questions.append(q) or next(answers))
    assert cli.main(["--db", str(database), "restore", str(made)]) == 2
    assert "Nicht wiederhergestellt" in capsys.readouterr().out
    assert "Fortfahren?" in questions[0] and made.name in questions[0]
    assert cli.main(["--db", str(database), "restore", str(made)]) == 0


def test_errors_are_german_with_exit_codes(database, tmp_path):
    missing = run("--db", str(database), "restore", str(tmp_path / "fehlt.db"), home=tmp_path)
    assert missing.returncode == 1 and "gibt es nicht" in missing.stderr
    url = "postgresql+psycopg://nutzer:geheim@localhost:1/servicestelle"
    server = run("--db", url, "backup", home=tmp_path)
    assert server.returncode == 1 and "pg_dump" in server.stderr and "geheim" not in server.stderr
    wrong = run("--db", str(database), "backup", "--unbekannt", home=tmp_path)
    assert wrong.returncode == 2

    with database.open("r+b") as handle:  # garbage in the middle of the file
        handle.seek(database.stat().st_size // 2)
        handle.write(bytes(range(256)) * 40)
    broken = run("--db", str(database), "backup", home=tmp_path)
    assert broken.returncode == 1 and "Traceback" not in broken.stderr
    assert "fehlerhaft" in broken.stderr or "beschädigt" in broken.stderr
    assert not list((tmp_path / "Sicherungen").glob("*.db"))
