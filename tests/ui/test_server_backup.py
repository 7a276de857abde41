"""»Sicherung erstellen« on a server database: a backup with pg_dump after asking, or,
without pg_dump, what the IT must do."""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from servicestelle.db import Database, open_database
from servicestelle.paths import data_dir
from tests.conftest import USER, drop_pg_database, new_pg_database
from tests.scenarios import driver as d

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server_window(qtbot, pg_server, pg_template, tmp_path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    url = new_pg_database(pg_server, pg_template)
    db: Database = open_database(url, user=USER)
    window = MainWindow(db, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    db.dispose()
    drop_pg_database(pg_server, url)


def answer_boxes(*answers: tuple[str, str]) -> list[str]:
    """Answer message boxes in turn: for each (words in its text, button to press); the
    texts seen are returned (a box with other words, such as progress, is left alone)."""
    seen: list[str] = []
    pending: list[tuple[str, str]] = list(answers)

    def look() -> None:
        if not pending:
            return
        box = QApplication.activeModalWidget()
        words, press = pending[0]
        if isinstance(box, QMessageBox) and words in box.text():
            seen.append(box.text())
            pending.pop(0)
            d.click(box, press)
        QTimer.singleShot(30, look)

    QTimer.singleShot(0, look)
    return seen


def _dumps() -> list:  # type: ignore[type-arg]
    folder = data_dir() / "Sicherungen"
    return sorted(folder.glob("*.dump")) if folder.exists() else []


def test_backup_now_on_a_server_makes_a_pg_dump(qtbot, server_window) -> None:  # type: ignore[no-untyped-def]
    seen = answer_boxes(("pg_dump in eine Datei", "Sicherung mit pg_dump"),
                        ("angelegt und geprüft", "OK"))
    d.trigger(server_window, "Sicherung erstellen")
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20000)
    [made] = _dumps()
    assert str(made) in seen[1]
    assert stat.S_IMODE(made.stat().st_mode) == 0o600


def test_backup_now_without_pg_dump_says_what_the_it_must_do(
    qtbot, server_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PATH", "")
    seen = answer_boxes(("pg_dump", "OK"))
    d.trigger(server_window, "Sicherung erstellen")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert "postgresql-client" in seen[0] and "nichts gesichert" in seen[0]
    assert _dumps() == []


def _open_backups(window) -> object:  # type: ignore[no-untyped-def]
    from ui.backup_dialog import BackupDialog

    d.trigger(window, "Sicherung wiederherstellen …")
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, BackupDialog) and w.isVisible())


@pytest.mark.parametrize("installed", [True, False])
def test_the_list_of_backups_offers_pg_dump_or_explains(
    qtbot, server_window, monkeypatch, installed: bool
) -> None:  # type: ignore[no-untyped-def]
    if not installed:
        monkeypatch.setenv("PATH", "")
    dialog: Callable = _open_backups(server_window)  # type: ignore[assignment]
    button = d.button(dialog, "Sicherung mit pg_dump …")
    assert button.isEnabled() is installed
    shown = dialog.folder_label.text()  # type: ignore[attr-defined]
    assert ("wiederherstellen kann sie die IT" in shown) is installed
    assert ("postgresql-client" in shown) is not installed
    assert "nichts gesichert" not in shown  # nobody asked for one yet
    dialog.close()  # type: ignore[attr-defined]
