"""What the first trial at a real window found in the record windows, walked through the
screens: a newcomer's languages, »Neu« clicked twice, an amount in euros."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget

from servicestelle.db import Database
from servicestelle.enums import LanguageLevel
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.organisations import FundingService
from tests.scenarios import driver as d
from tests.scenarios.answers import record_warnings, shown_texts, typed
from ui.forms.form_dialog import FormDialog


def _forms() -> list[FormDialog]:
    return [w for w in d.windows() if isinstance(w, FormDialog)]


def test_a_newcomers_languages_with_level_are_entered_in_the_form(
    qtbot, office_window, sqlite_db: Database
):
    d.go_to(office_window, "Neuzugewanderte")
    dialog = d.opened(FormDialog, lambda: d.trigger(office_window, "Neu"))
    d.fill(dialog, "Nachname", "Kovalenko")
    d.fill(dialog, "Vorname", "Oksana")
    d.click(dialog, "Sprache hinzufügen")
    d.choose(d.field(dialog, "Sprache in Zeile 1"), "Ukrainisch")
    d.choose(d.field(dialog, "Niveau in Zeile 1"), LanguageLevel.NATIVE.label)
    d.click(dialog, "Sprache hinzufügen")
    d.choose(d.field(dialog, "Sprache in Zeile 2"), "Deutsch")
    d.choose(d.field(dialog, "Niveau in Zeile 2"), LanguageLevel.BASIC.label)
    d.click(dialog, "Speichern")

    newcomer = NewcomerService(sqlite_db).get(1)
    assert {(link.language.code, link.level) for link in newcomer.languages} == {
        ("uk", LanguageLevel.NATIVE),
        ("de", LanguageLevel.BASIC),
    }
    # The list shows them at once (no F5).
    page = office_window.current_list()
    qtbot.waitUntil(lambda: page.row_count() == 1)


def test_new_clicked_twice_opens_one_form(qtbot, office_window, sqlite_db: Database):
    d.go_to(office_window, "Veranstaltungen")
    d.trigger(office_window, "Neu")
    d.trigger(office_window, "Neu")
    assert len(_forms()) == 1
    d.go_to(office_window, "Organisationen & MSO")
    organisation = d.opened(FormDialog, lambda: d.trigger(office_window, "Neu"))
    assert len(_forms()) == 2  # another kind: its own form
    d.fill(organisation, "Name", "Syrischer Frauenverein")
    d.click(organisation, "Speichern")
    d.trigger(office_window, "Neu")  # the first one is saved: a new form again
    assert len(_forms()) == 3


def test_a_funding_amount_is_typed_as_people_write_it_and_shown_in_euros(
    qtbot, office_window, sqlite_db: Database, monkeypatch
):
    warnings = record_warnings(monkeypatch)
    d.go_to(office_window, "Organisationen & MSO")
    organisation = d.opened(FormDialog, lambda: d.trigger(office_window, "Neu"))
    d.fill(organisation, "Name", "Syrischer Frauenverein")
    d.click(organisation, "Speichern")
    d.tab(organisation, "Förderanträge")
    application = d.opened(FormDialog, lambda: d.click(organisation, "Förderantrag eintragen…"))
    d.fill(application, "Förderprogramm", "Integrationsfonds")
    d.fill(application, "Betrag (€)", "zwölf")
    d.select_field(application, "Stand", "beantragt")
    d.click(application, "Speichern")
    assert any("kein Betrag" in text for text in warnings + [shown_texts(application)]), warnings
    application.activateWindow()  # a click into the window in front
    qtbot.waitUntil(application.isActiveWindow)
    d.fill(application, "Betrag (€)", "1.500")
    QTest.keyClick(d.field(application, "Betrag (€)"), Qt.Key.Key_Tab)  # on to the next field
    assert typed(application, "Betrag (€)") == "1.500,00\xa0€"  # (kept on one line)
    d.click(application, "Speichern")

    stored = FundingService(sqlite_db).get(1)
    assert stored.amount == Decimal("1500.00")
    funding = d.tab(organisation, "Förderanträge")
    tables = [t for t in funding.findChildren(QTableWidget) if d.visible(t)]
    qtbot.waitUntil(lambda: tables[0].rowCount() == 1)
    assert "1.500,00\xa0€" in d.table_texts(tables[0], 2)
