"""The main window on a database with a few volunteers."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from servicestelle.db import Database
from ui.main_window import MainWindow
from ui.pages.list_page import ListPage


def page_of(window: MainWindow) -> ListPage:
    page = window.current_list()
    assert page is not None
    return page


def column(page: ListPage, key: str) -> list[str]:
    model = page.model
    return [model.data(model.index(r, model.column_of(key))) for r in range(model.rowCount())]


def test_opens_on_the_volunteers(window: MainWindow) -> None:
    assert window.windowTitle() == "Servicestelle"
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [
        "Übersicht",
        "Ehrenamtliche",
        "Neuzugewanderte",
        "Patenschaften",
        "Hilfsanfragen",
        "Organisationen & MSO",
        "Veranstaltungen",
        "Wiedervorlage",
    ]
    assert window.navigation.currentItem().text() == "Ehrenamtliche"
    page = page_of(window)
    assert column(page, "last_name") == ["Haddad", "Müller", "Шевченко"]
    assert not page.view.isColumnHidden(page.model.column_of("phone"))
    assert page.view.isColumnHidden(page.model.column_of("birth_date"))
    assert window.count_label.text() == "3 Ehrenamtliche"
    assert window.database.location in window.location_label.text()


def test_count_uses_german_thousands_separator(window: MainWindow) -> None:
    page = page_of(window)
    assert page.count_text(1234) == "1.234 Ehrenamtliche"
    assert page.count_text(1) == "1 Ehrenamtliche*r"


def test_sorting_by_last_name_descending(window: MainWindow) -> None:
    page = page_of(window)
    page.view.sortByColumn(page.model.column_of("last_name"), Qt.SortOrder.DescendingOrder)
    assert column(page, "last_name")[0] == "Шевченко"
    page.view.sortByColumn(page.model.column_of("last_name"), Qt.SortOrder.AscendingOrder)
    assert column(page, "last_name")[0] == "Haddad"


def test_header_of_an_unsortable_column_keeps_the_order(window: MainWindow) -> None:
    page = page_of(window)
    header = page.view.horizontalHeader()
    page.view.sortByColumn(page.model.column_of("languages"), Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == page.model.column_of("last_name")
    assert column(page, "last_name")[0] == "Haddad"


def test_text_filter_narrows_the_list(qtbot, window: MainWindow) -> None:
    page = page_of(window)
    page.search.setText("Шевч")  # set directly: typing non-ASCII text crashes QTest offscreen
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert column(page, "first_name") == ["Olena"]
    assert window.count_label.text() == "1 Ehrenamtliche*r"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_status_filter(window: MainWindow) -> None:
    page = page_of(window)
    box = page.status_box
    assert box is not None
    labels = [box.itemText(i) for i in range(box.count())]
    assert labels == ["alle", "interessiert", "aktiv", "pausiert", "ausgeschieden"]
    box.setCurrentIndex(labels.index("pausiert"))
    assert column(page, "first_name") == ["Ahmad"]
    box.setCurrentIndex(0)
    assert page.model.rowCount() == 3


def test_empty_filter_result_says_so(qtbot, window: MainWindow) -> None:
    page = page_of(window)
    page.search.setText("niemand")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.view.placeholder_text == "Keine Einträge passen zu diesem Filter."
    assert window.count_label.text() == "0 Ehrenamtliche"


def test_double_click_asks_to_open_the_record(qtbot, window: MainWindow) -> None:
    page = page_of(window)
    index = page.model.index(1, page.model.column_of("last_name"))
    expected = page.model.record_id(1)
    rect = page.view.visualRect(index)
    with qtbot.waitSignal(page.open_requested) as signal:
        # An item view sees a double-click only after the press of the first click.
        QTest.mouseClick(
            page.view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )
        QTest.mouseDClick(
            page.view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )
    assert signal.args == [expected]
    assert window.commands.open.isEnabled()


def test_the_followup_page_has_no_list_count(window: MainWindow) -> None:
    from ui.pages.followups import FollowUpPage

    window.navigation.setCurrentRow(7)
    assert isinstance(window.current_page(), FollowUpPage)
    assert window.count_label.text() == ""
    window.navigation.setCurrentRow(1)
    assert window.count_label.text() == "3 Ehrenamtliche"


def test_ctrl_f_focuses_the_global_search(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.global_search)


def test_window_geometry_is_remembered(qtbot, volunteers: Database, settings: QSettings) -> None:
    first = MainWindow(volunteers, settings)
    qtbot.addWidget(first)
    first.resize(700, 500)  # within the offscreen screen (800 × 600)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(volunteers, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_column_widths_and_sort_order_are_remembered(
    qtbot, volunteers: Database, settings: QSettings
) -> None:
    first = MainWindow(volunteers, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    page = page_of(first)
    page.view.setColumnWidth(page.model.column_of("first_name"), 211)
    page.view.sortByColumn(page.model.column_of("last_name"), Qt.SortOrder.DescendingOrder)
    first.close()

    second = MainWindow(volunteers, settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    page = page_of(second)
    assert page.view.columnWidth(page.model.column_of("first_name")) == 211
    assert column(page, "last_name")[0] == "Шевченко"
