"""Filters that take several values: ticked in the open list, remembered, described in
the printout and the export, and shown in the box as a person reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from servicestelle.db import Database
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from ui.main_window import MainWindow


@pytest.fixture
def three_districts(sqlite_db: Database) -> list[tuple[int, str]]:
    districts = NewcomerService(sqlite_db).filter_choices("district")[:3]
    people = VolunteerService(sqlite_db)
    for (district, _name), last in zip(districts, ("Adler", "Becker", "Conrad"), strict=True):
        people.create(first_name="Eva", last_name=last, status="aktiv", district_id=district)
    return districts


def open_window(qtbot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    d.go_to(window, "Ehrenamtliche")
    return window


def names(window: MainWindow) -> list[str]:
    page = window.current_list()
    model = page.model
    column = model.column_of("last_name")
    return sorted(model.data(model.index(r, column)) for r in range(model.rowCount()))


def test_two_districts_ticked_show_the_people_of_either(
    qtbot, sqlite_db: Database, three_districts, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "fenster.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, sqlite_db, settings)
    page = window.current_list()
    box = d.field(page, "Stadtteil")
    first, second = three_districts[0][1], three_districts[2][1]

    d.choose_several(box, (first, second))
    qtbot.waitUntil(lambda: names(window) == ["Adler", "Conrad"])
    assert first in box.toolTip() and second in box.toolTip()
    assert page.filter_bar.values()["district"] == [three_districts[0][0], three_districts[2][0]]

    # Unticking one in the open list leaves the other.
    d.click_entry(box, box.findText(first))
    box.hidePopup()
    qtbot.waitUntil(lambda: names(window) == ["Conrad"])
    assert box.currentText() == second

    # Choosing by keyboard takes one value only, as in any choice box.
    d.click_entry(box, box.findText(first))  # ticked again beside the other
    box.hidePopup()
    qtbot.waitUntil(lambda: names(window) == ["Adler", "Conrad"])
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert isinstance(page.filter_bar.values()["district"], int)
    assert len(names(window)) == 1

    # »alle« in the list unticks everything.
    d.click_entry(box, 0)
    qtbot.waitUntil(lambda: names(window) == ["Adler", "Becker", "Conrad"])
    assert box.chosen() == []


def test_the_ticked_districts_are_there_again_after_a_restart(
    qtbot, sqlite_db: Database, three_districts, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "fenster.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, sqlite_db, settings)
    box = d.field(window.current_list(), "Stadtteil")
    d.choose_several(box, (three_districts[0][1], three_districts[1][1]))
    qtbot.waitUntil(lambda: names(window) == ["Adler", "Becker"])
    window.close()

    again = open_window(qtbot, sqlite_db, settings)
    qtbot.waitUntil(lambda: names(again) == ["Adler", "Becker"])
    box = d.field(again.current_list(), "Stadtteil")
    assert box.chosen_texts() == [three_districts[0][1], three_districts[1][1]]
