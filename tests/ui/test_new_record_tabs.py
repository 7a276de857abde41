"""A new record's window: its tabs are there from the start, their buttons at the top
of an empty tab, the language table four rows high, and the record commands (print,
Art. 15 …) greyed out until the record is stored."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QTableWidget

from servicestelle.db import Database
from ui.forms.form_dialog import FormDialog, open_record_dialog
from ui.forms.widgets import LanguageTable


def new_window(qtbot, db: Database, entity: str) -> FormDialog:
    dialog = open_record_dialog(None, db, entity)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_tabs_of_a_new_volunteer_are_there_with_their_buttons_on_top(
    qtbot, sqlite_db: Database
) -> None:
    dialog = new_window(qtbot, sqlite_db, "volunteer")
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert {"Einwilligungen", "Führungszeugnis", "Kontakte"} <= set(titles), titles
    consents = dialog.related["consents"]
    dialog.tabs.setCurrentWidget(consents)
    qtbot.waitUntil(consents.isVisible)
    assert consents.add_button.mapTo(consents, consents.add_button.rect().topLeft()).y() < 80
    role = QDialogButtonBox.ButtonRole.ActionRole
    commands = [b for b in dialog.buttons.buttons() if dialog.buttons.buttonRole(b) == role]
    assert commands and not any(b.isEnabled() for b in commands)


def test_the_language_table_shows_four_rows_without_scrolling(qtbot, sqlite_db: Database):
    dialog = new_window(qtbot, sqlite_db, "newcomer")
    languages = dialog.findChild(LanguageTable)
    table = languages.findChild(QTableWidget)
    for _ in range(4):
        languages.add_button.click()
    assert table.rowCount() == 4
    assert not table.verticalScrollBar().isVisible()
    assert table.viewport().height() >= sum(table.rowHeight(r) for r in range(4))
