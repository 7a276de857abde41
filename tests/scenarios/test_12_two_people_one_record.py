"""Scenario 12, two people, one record: Frau R.'s colleague edits the same volunteer at the
same time on the shared database. The second save does not overwrite the first: the
program shows what changed and lets her re-apply her edit.

Two main windows on the same SQLite file, each with its own ``Database`` opened for its
staff member, stand for the two colleagues' computers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from servicestelle.db import Database, open_database
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import ScenarioGap
from ui.forms.form_dialog import FormDialog
from ui.main_window import MainWindow

COLLEAGUE = "Herr Jansen"
OLD_PHONE, NEW_PHONE = "0385 5451261", "0176 22334455"
OLD_EMAIL, NEW_EMAIL = "o.baranowa@web.de", "olga.baranowa@posteo.de"


def the_volunteer(db: Database) -> int:
    """Olga Baranowa, in the office's records for a year."""
    return int(
        VolunteerService(db)
        .create(
            last_name="Baranowa",
            first_name="Olga",
            status="aktiv",
            phone=OLD_PHONE,
            email=OLD_EMAIL,
            notes="spricht Russisch und Ukrainisch",
        )
        .id
    )


@pytest.fixture
def colleagues_window(qtbot, sqlite_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    """The colleague's program on his own computer: the same database file, opened for
    him, in a main window of its own."""
    database = open_database(sqlite_db.engine.url.database, user=COLLEAGUE)
    settings = QSettings(str(tmp_path / "kollege.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    database.dispose()


# -- generic helpers (candidates for driver.py) --------------------------------------------


def answer_message(text: str) -> list[str]:
    """Press ``text`` in the next message box (not in a progress window that may come
    first); returns a list that receives everything the box says (its text, informative
    text and details)."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(
            "\n".join(t for t in (box.text(), box.informativeText(), box.detailedText()) if t)
        )
        d.click(box, text)

    QTimer.singleShot(0, press)
    return seen


# -- the scenario --------------------------------------------------------------------------


def open_olga(qtbot, window: MainWindow) -> FormDialog:  # type: ignore[no-untyped-def]
    """Find her in the list of volunteers and open her record."""
    d.go_to(window, "Ehrenamtliche")
    page = window.current_list()
    d.fill(page, "Liste filtern", "Baranowa")
    qtbot.waitUntil(lambda: page.row_count() == 1, timeout=3000)
    record = d.opened(FormDialog, lambda: d.double_click_row(page.view, 0))
    assert record.windowTitle().startswith("Ehrenamtliche*r: Baranowa, Olga")
    return record


def both_edit(qtbot, office_window, colleagues_window) -> tuple[FormDialog, list[str]]:  # type: ignore[no-untyped-def]
    """Both open Olga's record; the colleague changes her phone number and saves first;
    Frau R. changes her e-mail address and saves, and is asked what to do, answering
    »Meine Änderung erneut anwenden«. Returns her record window and what she was told."""
    hers = open_olga(qtbot, office_window)
    his = open_olga(qtbot, colleagues_window)
    assert his is not hers

    d.fill(his, "Telefon", NEW_PHONE)
    d.click(his, "Speichern")
    assert not his.isWindowModified(), "beim Kollegen nicht gespeichert"

    d.fill(hers, "E-Mail", NEW_EMAIL)
    told = answer_message("Meine Änderung erneut anwenden")
    d.click(hers, "Speichern")
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    return hers, told


def test_the_second_save_does_not_overwrite_the_first_and_her_edit_is_reapplied(
    qtbot, office_window, colleagues_window, sqlite_db: Database
):
    olga = the_volunteer(sqlite_db)
    hers, told = both_edit(qtbot, office_window, colleagues_window)

    # She is told who changed the record meanwhile, and what she can do.
    assert f"{COLLEAGUE} hat diesen Eintrag am" in told[0], told
    assert "Meine Änderung erneut anwenden" in told[0], told

    # Her window shows both edits, saved.
    assert not hers.isWindowModified()
    assert d.field(hers, "Telefon").text() == NEW_PHONE
    assert d.field(hers, "E-Mail").text() == NEW_EMAIL

    # Both edits are stored: hers did not overwrite his.
    stored = VolunteerService(sqlite_db).get(olga)
    assert stored.email == NEW_EMAIL
    assert stored.phone.replace(" ", "").endswith("22334455"), stored.phone
    assert stored.notes == "spricht Russisch und Ukrainisch"
    assert stored.updated_by == "Frau Test"


def test_the_conflict_shows_what_the_colleague_changed(
    qtbot, office_window, colleagues_window, sqlite_db: Database
):
    the_volunteer(sqlite_db)
    _hers, told = both_edit(qtbot, office_window, colleagues_window)
    if "Telefon" not in told[0] or NEW_PHONE not in told[0]:
        raise ScenarioGap(f"nicht genannt, was sich geändert hat: {told[0]!r}")
