"""The overview page: figures loaded off the GUI thread, the period chooser, and a click
on a figure that opens the filtered list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from servicestelle.db import Database
from servicestelle.demo import generate
from servicestelle.services.periods import Period
from servicestelle.services.volunteers import VolunteerService
from ui.pages.dashboard import DashboardPage
from ui.pages.list_page import ListPage

TODAY = dt.date(2025, 8, 15)


@pytest.fixture
def office(sqlite_db: Database) -> Database:
    service = VolunteerService(sqlite_db)
    service.create(last_name="Anders", status="aktiv", since="2024-05-01")
    service.create(last_name="Berg", status="aktiv", since="2025-08-02")
    service.create(last_name="Claus", status="ausgeschieden", since="2023-01-01",
                   left_on="2025-03-31")
    return sqlite_db


def shown(page: DashboardPage, key: str) -> str:
    return page.tiles[key].number.text()


def test_the_page_loads_the_year_and_follows_the_period(qtbot, office):
    page = DashboardPage(office, today=TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert page.period == Period.year(2025)
    assert page.period_label.text() == "2025"
    assert shown(page, "volunteers_active") == "3"
    assert shown(page, "volunteers_left") == "1"
    assert page.tiles["volunteers_active"].caption.text() == "Aktive Ehrenamtliche"
    assert shown(page, "request_days_to_match") == "– Tage"

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.kind_box.setCurrentIndex(page.kind_box.findData("month"))
    assert page.period == Period.month(2025, 8)
    assert page.period_label.text() == "August 2025"
    assert shown(page, "volunteers_active") == "2"  # Claus left in March
    assert shown(page, "volunteers_new") == "1"

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
    assert page.period_label.text() == "Juli 2025"
    assert shown(page, "volunteers_new") == "0"

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.kind_box.setCurrentIndex(page.kind_box.findData("custom"))
    assert page.from_edit.isVisible() and page.apply_button.isVisible()
    page.from_edit.setDate(page.from_edit.date().addMonths(-5))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert page.period == Period(dt.date(2025, 2, 1), dt.date(2025, 7, 31))
    assert shown(page, "volunteers_left") == "1"
    assert "01.02.2025" in page.status.text()


def test_a_click_on_a_figure_opens_the_filtered_list(qtbot, window):
    window.navigation.setCurrentRow(window._index_of("overview"))
    page = window.current_page()
    assert isinstance(page, DashboardPage)
    if page.figures is None:
        qtbot.waitSignal(page.loaded, timeout=10_000).wait()
    tile = page.tiles["volunteers_active"]
    expected = int(tile.number.text())
    assert expected >= 2
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    volunteers = window.current_page()
    assert isinstance(volunteers, ListPage)
    assert volunteers.service.entity == "volunteer"
    qtbot.waitUntil(lambda: volunteers.row_count() == expected, timeout=5_000)
    assert "active_in" in volunteers.model.query.filters
    assert volunteers.fixed_note.isVisible()
    assert "Aktive Ehrenamtliche" in volunteers.fixed_label.text()
    # lifting the selection shows every volunteer again
    volunteers.reset_filters()
    assert not volunteers.fixed_note.isVisible()
    assert "active_in" not in volunteers.model.query.filters


def test_a_bar_names_its_records_and_filters_in_the_bar(qtbot, window):
    window.navigation.setCurrentRow(window._index_of("overview"))
    page = window.current_page()
    if page.figures is None:
        qtbot.waitSignal(page.loaded, timeout=10_000).wait()
    chart = page.charts["requests_by_outcome"]
    links = chart.item_links()
    assert len(links) == 5 and links[0].filters["status"] == "offen"
    chart._emit(chart.items, 0)
    requests = window.current_page()
    assert isinstance(requests, ListPage) and requests.service.entity == "help_request"
    # status and dates are filters the bar shows: nothing fixed
    assert requests.filter_bar.values()["status"] == "offen"
    assert not requests.fixed_note.isVisible()


def test_screenshot_with_demo_data(qtbot, sqlite_db, tmp_path: Path):
    generate(sqlite_db, 400, seed=2)
    page = DashboardPage(sqlite_db)
    qtbot.addWidget(page)
    page.resize(1200, 1000)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    assert int(page.tiles["volunteers_active"].number.text().replace(".", "")) > 0
    for chart in page.charts.values():
        assert chart.chart().series(), chart.objectName()
    target = tmp_path / "uebersicht.png"
    assert page.grab().save(str(target))
    assert target.stat().st_size > 10_000


def test_a_change_of_the_data_recounts_once_the_writes_settle(qtbot, office):
    """Never stale: writes (here three in a row, as an import makes them) are counted
    again in the background, once, while the old figures stay; »Stand« says when."""
    page = DashboardPage(office, today=TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert shown(page, "volunteers_active") == "3"
    first = page.figures
    assert page.stand.text() == f"Stand: {first.computed_at:%d.%m.%Y, %H:%M}"
    counts: list[int] = []
    page.loaded.connect(lambda: counts.append(1))

    service = VolunteerService(office)
    for name in ("Dahl", "Ernst", "Fuchs"):
        service.create(last_name=name, status="aktiv", since="2025-06-01")
    assert page.is_loading()
    assert shown(page, "volunteers_active") == "3"  # the old figures until the new come
    assert page.stand.text().endswith("wird neu berechnet …")
    qtbot.waitUntil(lambda: shown(page, "volunteers_active") == "6", timeout=10_000)
    assert shown(page, "volunteers_new") == "4"
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    assert counts == [1]  # one count for the burst
    assert page.stand.text() == f"Stand: {page.figures.computed_at:%d.%m.%Y, %H:%M}"
    assert page.figures.computed_at >= first.computed_at


def test_writes_that_do_not_touch_the_figures_count_nothing(qtbot, office):
    from servicestelle.changes import Changes
    from ui.changes import change_bus

    page = DashboardPage(office, today=TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    change_bus(office).changed.emit(Changes.of(["setting", "audit_log"]))
    assert not page.is_loading()
    change_bus(office).changed.emit(Changes.of(["*"]))  # another program wrote: anything
    assert page.is_loading()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass


def test_recount_asked_while_counting_follows_the_count(qtbot, office):
    """»Neu berechnen« (or another period) while a count runs: the newer one follows,
    and the figures shown are those of the period chosen last."""
    page = DashboardPage(office, today=TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    page.refresh()
    page.kind_box.setCurrentIndex(page.kind_box.findData("month"))
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    assert page.figures.period == Period.month(2025, 8)
    assert page.period_label.text() == "August 2025"
    assert shown(page, "volunteers_active") == "2"


def test_the_overview_on_screen_follows_a_record_saved_elsewhere(qtbot, window):
    """In the main window: a volunteer saved (by a record window, another page, an
    import) shows in the Übersicht without »Neu berechnen«; the main window leaves
    the counting to the page (no second count)."""
    window.navigation.setCurrentRow(window._index_of("overview"))
    page = window.current_page()
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.figures is not None and not page.is_loading(), timeout=10_000)
    before = int(shown(page, "volunteers_active"))
    counts: list[int] = []
    page.loaded.connect(lambda: counts.append(1))
    VolunteerService(window.database).create(
        last_name="Neu", status="aktiv", since=dt.date.today().isoformat()
    )
    qtbot.waitUntil(lambda: shown(page, "volunteers_active") == str(before + 1), timeout=10_000)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    assert counts == [1]
    assert page.stand.text().startswith("Stand: ")


def test_a_hidden_overview_is_counted_too_so_it_is_current_when_shown(
    qtbot, office, monkeypatch
):
    import ui.pages.dashboard as dashboard

    monkeypatch.setattr(dashboard, "SETTLE_HIDDEN_MS", 50)  # a few seconds in the program
    page = DashboardPage(office, today=TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    page.hide()  # another page is shown
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        VolunteerService(office).create(last_name="Dahl", status="aktiv", since="2025-06-01")
    assert shown(page, "volunteers_active") == "4"
