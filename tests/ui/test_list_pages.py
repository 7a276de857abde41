"""The list pages of every area: records shown, filter bar, column chooser, settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from servicestelle.db import Database
from servicestelle.services.events import EventService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.pairings import PairingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from ui.main_window import MainWindow
from ui.pages.list_page import ListPage


@pytest.fixture
def records(sqlite_db: Database) -> dict[str, int]:
    """Two of each kind of record, in two districts, made through the services."""
    districts = NewcomerService(sqlite_db).filter_choices("district")
    north, south = districts[0][0], districts[1][0]
    volunteers = VolunteerService(sqlite_db)
    anna = volunteers.create(first_name="Anna", last_name="Müller", status="aktiv")
    jonas = volunteers.create(first_name="Jonas", last_name="Berg", status="aktiv")
    newcomers = NewcomerService(sqlite_db)
    kovalenko = newcomers.create(
        last_name="Kovalenko", kind="haushalt", household_size=3, district_id=north
    )
    rahimi = newcomers.create(last_name="Rahimi", kind="person", district_id=south)
    pairings = PairingService(sqlite_db)
    first = pairings.propose(anna.id, kovalenko.id)
    pairings.propose(jonas.id, rahimi.id)
    pairings.start(first.id, first.version)
    requests = HelpRequestService(sqlite_db)
    requests.create(title="Begleitung zum Jobcenter", district_id=north)
    requests.create(title="Hilfe beim Elternbrief", district_id=south)
    organisations = OrganisationService(sqlite_db)
    mso = organisations.create(name="Ukrainischer Verein Schwerin", kind="mso")
    old = organisations.create(name="Alter Nachbarschaftstreff", kind="verein")
    organisations.archive(old.id, old.version)
    EventService(sqlite_db).create(title="Ehrenamtsforum", starts_at="2026-03-12 18:00")
    return {
        "north": north,
        "south": south,
        "kovalenko": kovalenko.id,
        "pairing": first.id,
        "mso": mso.id,
        "archived_organisation": old.id,
    }


def make_window(qtbot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, sqlite_db: Database, records: dict[str, int], settings) -> Iterator[MainWindow]:
    yield make_window(qtbot, sqlite_db, settings)


def go_to(window: MainWindow, key: str) -> ListPage:
    window.navigation.setCurrentRow(window._index_of(key))
    page = window.current_list()
    assert page is not None
    return page


def column(page: ListPage, key: str) -> list[str]:
    model = page.model
    return [model.data(model.index(r, model.column_of(key))) for r in range(model.rowCount())]


@pytest.mark.parametrize(
    ("key", "column_key", "expected", "count_text"),
    [
        ("newcomers", "last_name", ["Kovalenko", "Rahimi"], "2 Neuzugewanderte"),
        ("pairings", "volunteer", ["Berg, Jonas", "Müller, Anna"], "2 Patenschaften"),
        (
            "requests",
            "title",
            ["Begleitung zum Jobcenter", "Hilfe beim Elternbrief"],
            "2 Hilfsanfragen",
        ),
        ("organisations", "name", ["Ukrainischer Verein Schwerin"], "1 Organisation"),
        ("events", "title", ["Ehrenamtsforum"], "1 Veranstaltung"),
    ],
)
def test_each_page_shows_its_records(
    window: MainWindow, key: str, column_key: str, expected: list[str], count_text: str
) -> None:
    assert key not in window.pages  # built on the first visit
    page = go_to(window, key)
    assert sorted(column(page, column_key)) == expected
    assert window.count_label.text() == count_text


def test_counts_use_the_right_plural(window: MainWindow) -> None:
    texts = {
        "newcomers": ("1 Neuzugewanderte*r", "1.234 Neuzugewanderte"),
        "pairings": ("1 Patenschaft", "1.234 Patenschaften"),
        "requests": ("1 Hilfsanfrage", "1.234 Hilfsanfragen"),
        "organisations": ("1 Organisation", "1.234 Organisationen"),
        "events": ("1 Veranstaltung", "1.234 Veranstaltungen"),
    }
    for key, (one, many) in texts.items():
        page = go_to(window, key)
        assert (page.count_text(1), page.count_text(1234)) == (one, many)


def test_overview_and_followups_stay_placeholders(window: MainWindow) -> None:
    for key in ("overview", "followups"):
        window.navigation.setCurrentRow(window._index_of(key))
        assert window.current_list() is None
        assert window.count_label.text() == ""


def test_filter_bar_is_built_from_the_service(window: MainWindow) -> None:
    bar = go_to(window, "pairings").filter_bar
    # Filters over people offer no choices and are left out.
    assert "volunteer" not in bar.boxes and "newcomer" not in bar.boxes
    assert {"status", "district", "activity_field"} <= set(bar.boxes)
    assert set(bar.dates) == {"started_from", "started_to"}
    status = bar.boxes["status"]
    assert status.itemText(0) == "alle"
    assert [status.itemText(i) for i in range(1, status.count())][:2] == [
        "vorgeschlagen",
        "aktiv",
    ]
    assert bar.archived is not None and bar.archived.text() == "Archivierte anzeigen"


def test_district_filter_narrows_the_rows(window: MainWindow, records: dict[str, int]) -> None:
    page = go_to(window, "newcomers")
    box = page.filter_bar.boxes["district"]
    box.setCurrentIndex(box.findData(records["north"]))
    assert column(page, "last_name") == ["Kovalenko"]
    assert window.count_label.text() == "1 Neuzugewanderte*r"
    box.setCurrentIndex(box.findData(records["south"]))
    assert column(page, "last_name") == ["Rahimi"]


def test_status_filter_narrows_the_rows(window: MainWindow) -> None:
    page = go_to(window, "pairings")
    box = page.status_box
    assert box is not None
    box.setCurrentIndex(box.findText("aktiv"))
    assert column(page, "volunteer") == ["Müller, Anna"]
    assert window.count_label.text() == "1 Patenschaft"
    box.setCurrentIndex(box.findText("vorgeschlagen"))
    assert column(page, "volunteer") == ["Berg, Jonas"]


def test_date_filter_narrows_the_rows_after_a_pause(qtbot, window: MainWindow) -> None:
    page = go_to(window, "events")
    since = page.filter_bar.dates["from"]
    assert since.text() == "–"  # empty
    since.set_value(dt.date(2026, 3, 13))
    qtbot.waitUntil(lambda: page.row_count() == 0)
    assert page.view.placeholder_text == "Keine Einträge passen zu diesem Filter."
    since.set_value(dt.date(2026, 3, 12))
    qtbot.waitUntil(lambda: page.row_count() == 1)
    since.set_value(None)
    assert since.value() is None


def test_archived_records_only_when_asked(window: MainWindow, records: dict[str, int]) -> None:
    page = go_to(window, "organisations")
    assert column(page, "name") == ["Ukrainischer Verein Schwerin"]
    bar = page.filter_bar
    bar.more_button.click()
    assert bar.second_row.isVisible()
    assert bar.archived is not None and bar.archived.isVisible()
    bar.archived.setChecked(True)
    assert sorted(column(page, "name")) == [
        "Alter Nachbarschaftstreff",
        "Ukrainischer Verein Schwerin",
    ]
    assert bar.more_button.text() == "Weitere Filter (1)"
    bar.archived.setChecked(False)
    assert page.row_count() == 1


def test_reset_restores_all_rows(qtbot, window: MainWindow, records: dict[str, int]) -> None:
    page = go_to(window, "newcomers")
    bar = page.filter_bar
    assert not bar.reset_button.isEnabled()
    kind = bar.boxes["kind"]
    kind.setCurrentIndex(kind.findText("Person"))
    assert page.row_count() == 1
    page.search.setText("Rahimi")
    qtbot.waitUntil(lambda: page.model.query.text == "Rahimi")
    assert bar.reset_button.isEnabled()
    bar.reset_button.click()
    assert page.row_count() == 2
    assert kind.currentText() == "alle"
    assert page.search.text() == ""
    assert not bar.reset_button.isEnabled()


def test_column_chooser_hides_a_column_and_remembers_it(
    qtbot, sqlite_db: Database, records: dict[str, int], settings: QSettings
) -> None:
    first = make_window(qtbot, sqlite_db, settings)
    page = go_to(first, "newcomers")
    menu = page.column_menu()
    titles = [a.text() for a in menu.actions() if a.isCheckable()]
    assert titles == [str(c.title) for c in NewcomerService.columns.values()]
    checked = {a.text(): a.isChecked() for a in menu.actions() if a.isCheckable()}
    assert checked["Telefon"] and not checked["E-Mail"]  # E-Mail is not shown by default
    assert not page.is_column_shown("email")
    phone = next(a for a in menu.actions() if a.text() == "Telefon")
    phone.trigger()
    assert not page.is_column_shown("phone")
    box = page.filter_bar.boxes["district"]
    box.setCurrentIndex(box.findData(records["north"]))
    first.close()

    second = make_window(qtbot, sqlite_db, settings)
    page = go_to(second, "newcomers")
    assert not page.is_column_shown("phone")
    assert page.is_column_shown("last_name")
    assert page.filter_bar.boxes["district"].currentData() == records["north"]
    assert column(page, "last_name") == ["Kovalenko"]  # the remembered filter applies
    page.column_menu().actions()[-1].trigger()  # "Standardspalten wiederherstellen"
    assert page.is_column_shown("phone")


def test_the_last_shown_column_cannot_be_hidden(window: MainWindow) -> None:
    page = go_to(window, "events")
    for key in page.model.keys[1:]:
        page.set_column_shown(page.model.column_of(key), False)
    menu = page.column_menu()
    only = next(a for a in menu.actions() if a.isCheckable() and a.isChecked())
    assert not only.isEnabled()


def test_enter_opens_the_record_in_its_form(
    qtbot, window: MainWindow, records: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(window, "open_form", lambda key, record_id: opened.append((key, record_id)))
    page = go_to(window, "organisations")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [("organisations", records["mso"])]


def test_filter_bar_fits_a_wide_and_a_narrow_window(qtbot, window: MainWindow) -> None:
    window.resize(1280, 800)
    for key in ("volunteers", "newcomers", "pairings", "requests", "organisations", "events"):
        page = go_to(window, key)
        qtbot.waitUntil(lambda p=page: p.filter_bar.width() > 0)
        bar = page.filter_bar
        assert bar.minimumSizeHint().width() <= bar.width()
        if key == "volunteers":  # a wide window shows the labels and the whole reset text
            assert bar.reset_button.text() == "Filter zurücksetzen"
    window.resize(760, 570)
    page = go_to(window, "volunteers")
    qtbot.waitUntil(lambda: page.filter_bar.reset_button.text() == "")
    assert page.filter_bar.minimumSizeHint().width() <= page.filter_bar.width()
    assert window.width() <= 800


def test_filter_choices_follow_the_edited_lists(
    window: MainWindow, sqlite_db: Database, records: dict[str, int]
) -> None:
    from servicestelle.services.lists import DistrictService

    page = go_to(window, "newcomers")
    box = page.filter_bar.boxes["district"]
    box.setCurrentIndex(box.findData(records["north"]))
    added = DistrictService(sqlite_db).create(name="Neumühle-Süd", sort_order=99)
    assert box.findData(added.id) == -1
    page.filter_bar.reload_choices()
    assert box.findData(added.id) > 0
    assert box.currentData() == records["north"]  # the choice made stays
    assert column(page, "last_name") == ["Kovalenko"]


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_delete_key_archives_the_selected_record_after_asking(
    window: MainWindow, records: dict[str, int], monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer.capitalize())

    monkeypatch.setattr(QMessageBox, "question", question)
    page = go_to(window, "organisations")
    service = OrganisationService(window.database)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, page.model.column_of("name")))
    assert page.current_record_id() == records["mso"]
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    assert asked == [
        "»Ukrainischer Verein Schwerin« archivieren? Archivierte Einträge "
        "bleiben erhalten und lassen sich über »Archivierte anzeigen« wiederfinden."
    ]
    archived = service.get(records["mso"]).archived_at is not None
    assert archived == (answer == "yes")
    assert page.model.rowCount() == (0 if answer == "yes" else 1)


def test_delete_key_in_the_search_field_only_edits_the_text(
    window: MainWindow, records: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("gefragt"))
    page = go_to(window, "organisations")
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.search.setFocus()
    page.search.setText("Verein")
    page.search.setCursorPosition(0)
    QTest.keyClick(page.search, Qt.Key.Key_Delete)
    assert page.search.text() == "erein"
    assert OrganisationService(window.database).get(records["mso"]).archived_at is None


def test_a_narrow_window_names_the_filter_in_its_box(qtbot, window: MainWindow) -> None:
    from ui.pages.filter_bar import FilterBox

    window.resize(1280, 800)
    page = go_to(window, "volunteers")
    box = page.filter_bar.boxes["status"]
    assert isinstance(box, FilterBox)
    qtbot.waitUntil(lambda: page.filter_bar._labels["status"].isVisible())
    assert box.prefix == ""
    window.resize(760, 570)
    qtbot.waitUntil(lambda: not page.filter_bar._labels["status"].isVisible())
    assert box.prefix == "Status"
    assert box.currentText() == "alle"  # the choice itself keeps its text
    assert not box.grab().isNull()  # painted with the name in front
