"""Start-up from the command line (in a child process) and the handling of errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from servicestelle import __version__
from servicestelle.errors import ValidationError
from ui.error_dialog import ExceptionHook

ROOT = Path(__file__).resolve().parents[2]


def run_program(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SERVICESTELLE_HOME": str(home)}
    env.pop("SERVICESTELLE_DB", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_version(tmp_path: Path) -> None:
    result = run_program("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Servicestelle {__version__}"


def test_exit_after_start_on_a_fresh_database(tmp_path: Path) -> None:
    target = tmp_path / "neu" / "servicestelle.db"
    result = run_program("--db", str(target), "--exit-after-start", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert target.exists()
    assert (tmp_path / "logs" / "servicestelle.log").exists()


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    result = run_program("--exit-after-start", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "servicestelle.db").exists()


def test_a_file_that_is_no_database_stops_with_a_german_message(tmp_path: Path) -> None:
    bogus = tmp_path / "liste.db"
    bogus.write_text("Name;Telefon\nMüller;0385 5451261\n" * 50, encoding="utf-8")
    result = run_program("--db", str(bogus), "--exit-after-start", home=tmp_path)
    assert result.returncode == 1
    assert "Die Datenbank lässt sich nicht öffnen" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes the hook would show, recorded instead of waiting for a click."""
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    return boxes


def test_unexpected_error_is_logged_and_shown(
    qapp: object, shown: list[QMessageBox], caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    hook = ExceptionHook(tmp_path / "servicestelle.log")
    try:
        raise RuntimeError("kaputt")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert "Unerwarteter Fehler" in caplog.text and "kaputt" in caplog.text
    [box] = shown
    assert box.text() == "Es ist ein Fehler aufgetreten …"
    assert str(tmp_path / "servicestelle.log") in box.informativeText()
    assert "RuntimeError: kaputt" in box.detailedText()
    assert box.icon() == QMessageBox.Icon.Critical


def test_error_meant_for_the_user_shows_its_own_message(
    qapp: object, shown: list[QMessageBox]
) -> None:
    hook = ExceptionHook(None)
    error = ValidationError({"last_name": "Nachname: fehlt"})
    hook(type(error), error, None)
    [box] = shown
    assert box.text() == "Nachname: fehlt"
    assert box.detailedText() == ""
