"""A list that went through a spreadsheet program set to US English, imported through
the wizard the way staff do: the columns step says what happened to the date cells and
offers »Tag und Monat der Datumszellen tauschen« (ticked), the preview repeats it, and
the people get the days the office wrote — or the cells as they are, if she unticks it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from servicestelle.db import Database
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import see
from tests.ui.test_import_screens_trial import (  # noqa: F401
    choose_file,
    next_page,
    shot,
    wizard,
)
from tests.unit.test_import_date_swap import MEANT, swapped_files  # noqa: F401
from ui.import_wizard import ImportWizard


def people(db: Database) -> dict[str, Any]:
    volunteers = VolunteerService(db)
    found = [volunteers.get(i) for i in range(1, 4)]
    return {p.first_name: (p.birth_date, p.since) for p in found}


def test_swapped_date_cells_are_said_and_swapped_back(
    qtbot: Any, wizard: ImportWizard, sqlite_db: Database,  # noqa: F811
    swapped_files: dict, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
) -> None:
    choose_file(monkeypatch, wizard, swapped_files["xlsx"])
    see(qtbot, wizard, "Kopfzeile in Zeile 1, 3 Datenzeilen")
    next_page(wizard)
    see(qtbot, wizard, "ging offenbar durch ein englisch eingestelltes Tabellenprogramm")
    see(qtbot, wizard, "»25/12/1990«")
    shot(wizard, "date_swap_columns")
    assert d.button(wizard, "Tag und Monat der Datumszellen tauschen").isChecked()
    next_page(wizard)
    see(qtbot, wizard, "In 2 Datumszellen werden Tag und Monat getauscht")
    next_page(wizard)
    d.click(wizard, "Importieren")
    see(qtbot, wizard, "Neu angelegt: 3")
    assert people(sqlite_db) == MEANT


def test_unticked_the_date_cells_stay_as_they_are(
    qtbot: Any, wizard: ImportWizard, sqlite_db: Database,  # noqa: F811
    swapped_files: dict, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
) -> None:
    choose_file(monkeypatch, wizard, swapped_files["xlsx"])
    see(qtbot, wizard, "3 Datenzeilen")
    next_page(wizard)
    d.click(wizard, "Tag und Monat der Datumszellen tauschen")
    next_page(wizard)
    see(qtbot, wizard, "übernommen, wie sie sind")
    next_page(wizard)
    d.click(wizard, "Importieren")
    see(qtbot, wizard, "Neu angelegt: 3")
    assert people(sqlite_db)["Sara"] == (dt.date(1985, 4, 5), dt.date(2023, 3, 2))


def test_an_ordinary_list_shows_no_such_choice(
    qtbot: Any, wizard: ImportWizard, tmp_path: Any, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
) -> None:
    from tests.ui.test_import_screens_trial import PEOPLE, xlsx

    choose_file(monkeypatch, wizard, xlsx(tmp_path / "liste.xlsx", PEOPLE))
    see(qtbot, wizard, "Kopfzeile in Zeile 1")
    next_page(wizard)
    with pytest.raises(AssertionError):
        d.button(wizard, "Tag und Monat der Datumszellen tauschen")


def test_a_chosen_row_shows_what_will_be_saved_of_it(
    qtbot: Any, wizard: ImportWizard, tmp_path: Any, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
) -> None:
    """The preview's table shows the file's cells; the chosen row also says what becomes
    of them: the phone number as stored, the name as split, languages with their level."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QTableView

    from tests.ui.test_import_screens_trial import xlsx

    rows = [["Name", "Telefon", "Sprachen", "DSGVO"],
            ["Dr. Ilse Kühn-Bauer", 1719876543, "dt., arab. (Muttersprache)", "ja, 05.03.2024"],
            ["Weiß, Olga", "0385 5551234", "", "<b>vielleicht</b>"]]
    choose_file(monkeypatch, wizard, xlsx(tmp_path / "liste.xlsx", rows))
    see(qtbot, wizard, "Kopfzeile in Zeile 1")
    next_page(wizard)
    next_page(wizard)
    see(qtbot, wizard, "2 Zeilen:")
    view = d.first(v for v in wizard.findChildren(QTableView) if d.visible(v))
    d.double_click_row(view, 0, 3)
    see(qtbot, wizard, "So wird Zeile 2 übernommen: Vorname: Dr. Ilse · Nachname: Kühn-Bauer")
    see(qtbot, wizard, "Telefon: 0171 9876543")
    see(qtbot, wizard, "Sprachen: Deutsch (gut), Arabisch (Muttersprache)")
    see(qtbot, wizard, "Einwilligung: ja, vom 05.03.2024")
    d.double_click_row(view, 1, 3)
    see(qtbot, wizard, "Einwilligung: keine")
    see(qtbot, wizard, "»<b>vielleicht</b>«")
    detail = next(label for label in wizard.findChildren(QLabel) if "So wird" in label.text())
    assert detail.textFormat() == Qt.TextFormat.PlainText  # the file's text, never markup
