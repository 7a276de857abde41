"""The search field in the tool bar: hits as you type, opened with the keyboard or mouse."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.volunteers import VolunteerService
from ui.main_window import MainWindow
from ui.pages.list_page import ListPage


@pytest.fixture
def records(sqlite_db: Database) -> dict[str, int]:
    volunteers = VolunteerService(sqlite_db)
    juergen = volunteers.create(last_name="Müller", first_name="Jürgen", status="aktiv")
    volunteers.create(last_name="Haddad", first_name="Ahmad", status="pausiert")
    volunteers.create(last_name="Schulz", first_name="Petra", status="aktiv")
    organisation = OrganisationService(sqlite_db).create(
        name="Müller-Stiftung für Integration", kind="verein"
    )
    return {"volunteer": juergen.id, "organisation": organisation.id}


@pytest.fixture
def window(
    qtbot, sqlite_db: Database, records: dict[str, int], settings: QSettings
) -> Iterator[MainWindow]:
    window = MainWindow(sqlite_db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.global_search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.global_search)
    yield window


def search_for(qtbot, window: MainWindow, text: str) -> None:
    # Set directly: typing non-ASCII text with QTest crashes offscreen.
    window.global_search.setText(text)
    qtbot.waitUntil(window.search_popup.isVisible)


def volunteers_page(window: MainWindow) -> ListPage:
    page = window.current_list()
    assert page is not None
    assert window.navigation.currentItem().text() == "Ehrenamtliche"
    return page


def test_typing_shows_the_hits_under_the_field(
    qtbot, window: MainWindow, records: dict[str, int]
) -> None:
    popup = window.search_popup
    window.global_search.setText("müller")
    assert not popup.isVisible()  # only after the pause
    qtbot.waitUntil(popup.isVisible)
    found = {(hit.entity, hit.entity_id): hit for hit in popup.hits()}
    assert set(found) == {
        ("volunteer", records["volunteer"]),
        ("organisation", records["organisation"]),
    }
    assert found[("volunteer", records["volunteer"])].title == "Müller, Jürgen"
    assert found[("volunteer", records["volunteer"])].kind == "Ehrenamtliche*r"
    assert found[("organisation", records["organisation"])].kind == "Organisation"
    assert popup.list.currentRow() == 0
    field = window.global_search
    below = field.mapToGlobal(field.rect().bottomRight())
    assert popup.geometry().top() > below.y() - 1
    assert abs(popup.geometry().right() - below.x()) <= 1
    assert QApplication.focusWidget() is field  # typing goes on in the field


def test_one_character_does_not_search(qtbot, window: MainWindow) -> None:
    window.global_search.setText("m")
    qtbot.wait(400)
    assert not window.search_popup.isVisible()


def test_enter_opens_the_first_hit(qtbot, window: MainWindow) -> None:
    search_for(qtbot, window, "müller")
    first = window.search_popup.hits()[0]
    with qtbot.waitSignal(window.open_record) as signal:
        QTest.keyClick(window.global_search, Qt.Key.Key_Return)
    assert signal.args == [first.entity, first.entity_id]
    assert not window.search_popup.isVisible()
    expected = {"volunteer": "Ehrenamtliche", "organisation": "Organisationen & MSO"}
    assert window.navigation.currentItem().text() == expected[first.entity]


def test_down_and_enter_open_the_organisation(
    qtbot, window: MainWindow, records: dict[str, int]
) -> None:
    window.navigation.setCurrentRow(0)
    search_for(qtbot, window, "müller")
    popup = window.search_popup
    entities = [hit.entity for hit in popup.hits()]
    for _ in range(entities.index("organisation")):
        QTest.keyClick(window.global_search, Qt.Key.Key_Down)
    QTest.keyClick(window.global_search, Qt.Key.Key_Down)  # stays on the last hit
    QTest.keyClick(window.global_search, Qt.Key.Key_Up)
    QTest.keyClick(window.global_search, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.open_record) as signal:
        QTest.keyClick(window.global_search, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert signal.args == ["organisation", records["organisation"]]
    assert window.navigation.currentItem().text() == "Organisationen & MSO"
    assert f"Organisation Nr. {records['organisation']}" in window.statusBar().currentMessage()


def test_opening_a_volunteer_selects_it_in_the_list(
    qtbot, window: MainWindow, records: dict[str, int]
) -> None:
    window.navigation.setCurrentRow(0)
    search_for(qtbot, window, "jürgen")
    assert [hit.entity for hit in window.search_popup.hits()] == ["volunteer"]
    with qtbot.waitSignal(window.open_record) as signal:
        QTest.keyClick(window.global_search, Qt.Key.Key_Return)
    assert signal.args == ["volunteer", records["volunteer"]]
    page = volunteers_page(window)
    assert page.current_record_id() == records["volunteer"]
    assert page.view.selectionModel().isRowSelected(page.view.currentIndex().row())
    assert window.statusBar().currentMessage() == (
        f"Ehrenamtliche*r Nr. {records['volunteer']} geöffnet."
    )


def test_a_volunteer_hidden_by_the_list_filter_is_found_by_name(
    qtbot, window: MainWindow, records: dict[str, int]
) -> None:
    page = volunteers_page(window)
    assert page.status_box is not None
    page.status_box.setCurrentIndex(page.status_box.findText("pausiert"))
    assert page.row_count() == 1  # only Ahmad Haddad
    search_for(qtbot, window, "jürgen")
    QTest.keyClick(window.global_search, Qt.Key.Key_Return)
    assert page.search.text() == "Müller, Jürgen"
    assert page.status_box.currentText() == "alle"
    qtbot.waitUntil(lambda: page.current_record_id() == records["volunteer"])
    assert page.row_count() == 1
    assert "geöffnet." in window.statusBar().currentMessage()


def test_a_click_opens_a_hit(qtbot, window: MainWindow, records: dict[str, int]) -> None:
    search_for(qtbot, window, "müller")
    popup = window.search_popup
    row = [hit.entity for hit in popup.hits()].index("organisation")
    rect = popup.list.visualItemRect(popup.list.item(row))
    with qtbot.waitSignal(window.open_record) as signal:
        QTest.mouseClick(
            popup.list.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )
    assert signal.args == ["organisation", records["organisation"]]
    assert not popup.isVisible()


def test_escape_closes_the_list(qtbot, window: MainWindow) -> None:
    search_for(qtbot, window, "müller")
    QTest.keyClick(window.global_search, Qt.Key.Key_Escape)
    assert not window.search_popup.isVisible()
    assert window.global_search.text() == "müller"
    QTest.keyClick(window.global_search, Qt.Key.Key_Down)  # opens it again
    assert window.search_popup.isVisible()


def test_clearing_the_field_closes_the_list(qtbot, window: MainWindow) -> None:
    search_for(qtbot, window, "müller")
    window.global_search.clear()
    assert not window.search_popup.isVisible()


def test_no_hits_says_so(qtbot, window: MainWindow) -> None:
    search_for(qtbot, window, "niemand")
    popup = window.search_popup
    assert popup.hits() == []
    assert popup.list.count() == 1
    assert popup.list.item(0).text() == "Keine Treffer"
    with qtbot.assertNotEmitted(window.open_record):
        QTest.keyClick(window.global_search, Qt.Key.Key_Return)
    assert popup.isVisible()


def test_a_failing_search_shows_its_message(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import servicestelle.services.global_search as global_search

    def fail(*_args: object, **_kwargs: object) -> list[object]:
        raise ServiceError("Die Datenbank ist gerade nicht erreichbar.")

    monkeypatch.setattr(global_search, "search", fail)
    window.global_search.setText("müller")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    assert window.statusBar().currentMessage() == "Die Datenbank ist gerade nicht erreichbar."
    assert not window.search_popup.isVisible()


def test_a_click_elsewhere_closes_the_list(qtbot, window: MainWindow) -> None:
    search_for(qtbot, window, "müller")
    QTest.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton)
    assert not window.search_popup.isVisible()


def test_enter_before_the_pause_opens_the_best_hit(
    qtbot, window: MainWindow, records: dict[str, int]
) -> None:
    window.global_search.setText("jürgen")
    with qtbot.waitSignal(window.open_record, timeout=100) as signal:
        QTest.keyClick(window.global_search, Qt.Key.Key_Return)
    assert signal.args == ["volunteer", records["volunteer"]]
