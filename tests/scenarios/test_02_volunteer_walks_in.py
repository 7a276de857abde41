"""Scenario 2, a volunteer walks in: Herr K., a retired teacher who speaks Russian, lives
in Lankow, has Tuesday and Thursday afternoons, wants to help with homework and take on
at most one pairing. Frau R. enters him in his record window with his Beruf, records his
consent (storage of his data, contact by e-mail, with a remark) and that she saw his
Führungszeugnis — a simple one, issued 14 days ago — all through the screens."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QWidget,
)

from servicestelle.availability import bit
from servicestelle.dates import add_years
from servicestelle.db import Database
from servicestelle.enums import ClearanceKind, LanguageLevel, VolunteerStatus
from servicestelle.services.consents import ConsentService
from servicestelle.services.lists import ActivityFieldService, DistrictService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import ModalAnswer, record_warnings, see, typed
from ui.forms.form_dialog import FormDialog

TUESDAY, THURSDAY, AFTERNOON = 1, 3, 1


# -- helpers that belong in driver.py ------------------------------------------------------


def tick(parent: QWidget, name: str) -> None:
    """Click the check box without text whose accessible name (its tool tip, what a
    screen reader says) is ``name`` — e.g. one box of the weekly availability grid."""
    box = d.field(parent, name)
    assert isinstance(box, QCheckBox), f"»{name}« ist kein Kästchen"
    assert box.isEnabled(), f"»{name}« ist nicht anklickbar"
    QTest.mouseClick(
        box,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(box.width() // 2, box.height() // 2),
    )


def day(delta_days: int = 0) -> str:
    return (dt.date.today() + dt.timedelta(days=delta_days)).strftime("%d.%m.%Y")


def column(table: QWidget, title: str) -> int:
    """The column of a table whose header reads ``title``."""
    model = table.model()  # type: ignore[attr-defined]
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert title in titles, titles
    return titles.index(title)


# -- the scenario ---------------------------------------------------------------------------


def test_herr_k_is_entered_with_consent_and_clearance_in_his_record_window(
    qtbot, office_window, sqlite_db: Database, monkeypatch
):
    warnings = record_warnings(monkeypatch)
    window = office_window
    d.go_to(window, "Ehrenamtliche")
    d.trigger(window, "Neu")
    dialog = d.active_dialog(FormDialog)
    assert dialog.windowTitle().startswith("Neue*r Ehrenamtliche*r")

    d.fill(dialog, "Nachname", "Kusnezow")
    d.fill(dialog, "Vorname", "Viktor")
    d.select_field(dialog, "Status", VolunteerStatus.ACTIVE.label)
    assert typed(dialog, "Aktiv seit") == ""  # filled when he is saved as active
    d.fill(dialog, "Telefon", "0385 4781123")
    d.fill(dialog, "E-Mail", "v.kusnezow@web.de")
    d.fill(dialog, "Straße", "Kieler Straße 12")
    d.fill(dialog, "PLZ", "19057")
    d.fill(dialog, "Ort", "Schwerin")
    d.select_field(dialog, "Stadtteil", "Lankow")
    d.fill(dialog, "Beruf / Kenntnisse", "Lehrer im Ruhestand (Mathematik, Physik)")
    d.fill(dialog, "Höchstens gleichzeitige Patenschaften", "1")
    tick(dialog, "Dienstag Nachmittag")
    tick(dialog, "Donnerstag Nachmittag")
    d.fill(dialog, "Zeiten (Anmerkung)", "Di und Do ab 14 Uhr")
    d.click(dialog, "Sprache hinzufügen")
    d.choose(d.field(dialog, "Sprache in Zeile 1"), "Russisch")
    d.choose(d.field(dialog, "Niveau in Zeile 1"), LanguageLevel.NATIVE.label)
    d.click(dialog, "Sprache hinzufügen")
    d.choose(d.field(dialog, "Sprache in Zeile 2"), "Deutsch")
    d.choose(d.field(dialog, "Niveau in Zeile 2"), LanguageLevel.FLUENT.label)
    d.click(dialog, "Hausaufgabenhilfe und Lernpatenschaft")
    d.fill(dialog, "Notizen", "möchte am liebsten Grundschulkinder begleiten")
    d.click(dialog, "Speichern")
    assert not warnings, warnings
    assert dialog.windowTitle().startswith("Ehrenamtliche*r: Kusnezow, Viktor"), (
        dialog.windowTitle()
    )
    assert typed(dialog, "Aktiv seit") == day()  # active from today on
    # The list shows him at once, with his district and languages.
    page = window.current_list()
    qtbot.waitUntil(lambda: page.row_count() == 1)
    row = " | ".join(
        str(page.model.index(0, c).data() or "") for c in range(page.model.columnCount())
    )
    assert "Kusnezow" in row and "Lankow" in row and "Russisch" in row, row

    # His consent: storage of his data and contact by e-mail, given today.
    d.tab(dialog, "Einwilligungen")

    def consent(box: QDialog) -> None:
        assert typed(box, "Erteilt am") == day()  # offered: today
        assert d.button(box, "Speicherung der Daten").isChecked()  # offered ticked
        d.click(box, "Kontakt per E-Mail")
        d.fill(box, "Anmerkung", "schriftlich, Formular liegt in der Akte")

    answer = ModalAnswer("Eintragen", consent)
    d.click(dialog, "Einwilligung eintragen…")
    answer.check()
    assert not warnings, warnings
    see(
        qtbot,
        dialog,
        f"Gültige Einwilligung</b> vom {day()}: Speicherung der Daten, Kontakt per E-Mail.",
    )
    consents = d.field(dialog, "Einwilligungen (1)")  # the table, as a screen reader names it
    assert d.table_texts(consents, column(consents, "Anmerkung")) == [
        "schriftlich, Formular liegt in der Akte"
    ]

    # His police clearance, a simple one, issued 14 days ago and seen today.
    d.tab(dialog, "Führungszeugnis")
    issued = dt.date.today() - dt.timedelta(days=14)
    until = add_years(issued, 5).strftime("%d.%m.%Y")

    def clearance(box: QDialog) -> None:
        assert d.field(box, "Art").currentText() == ClearanceKind.EXTENDED.label  # offered
        d.select_field(box, "Art", ClearanceKind.SIMPLE.label)
        d.fill(box, "Ausgestellt am", day(-14))
        assert typed(box, "Vorgelegt am") == day()  # offered: today
        assert typed(box, "Gültig bis") == until  # five years, the office's setting

    answer = ModalAnswer("Eintragen", clearance)
    d.click(dialog, "Führungszeugnis eintragen…")
    answer.check()
    assert not warnings, warnings
    see(qtbot, dialog, f"<b>Gültiges Führungszeugnis</b> bis {until} (einfach)")
    see(qtbot, dialog, "wo Kinder beteiligt sind, ist ein erweitertes nötig")
    clearances = d.field(dialog, "Führungszeugnis (1)")  # the table, as a screen reader names it
    assert d.table_texts(clearances, column(clearances, "Ausgestellt am")) == [day(-14)]
    assert d.table_texts(clearances, column(clearances, "Vorgelegt am")) == [day()]
    assert d.table_texts(clearances, column(clearances, "Gültig bis")) == [until]
    assert d.table_texts(clearances, column(clearances, "Art")) == ["einfach"]

    # -- what is stored ------------------------------------------------------------------
    volunteers = VolunteerService(sqlite_db)
    assert volunteers.count() == 1
    herr_k = volunteers.get(1)
    assert (herr_k.last_name, herr_k.first_name) == ("Kusnezow", "Viktor")
    assert herr_k.status is VolunteerStatus.ACTIVE
    assert herr_k.since == dt.date.today()
    assert herr_k.skills == "Lehrer im Ruhestand (Mathematik, Physik)"
    assert herr_k.district_id == DistrictService(sqlite_db).by_name()["Lankow"]
    assert herr_k.max_pairings == 1
    assert herr_k.availability == bit(TUESDAY, AFTERNOON) | bit(THURSDAY, AFTERNOON)
    assert {(link.language.code, link.level) for link in herr_k.languages} == {
        ("ru", LanguageLevel.NATIVE),
        ("de", LanguageLevel.FLUENT),
    }
    homework = ActivityFieldService(sqlite_db).by_name()["Hausaufgabenhilfe und Lernpatenschaft"]
    assert [link.activity_field_id for link in herr_k.activities] == [homework]
    consent_now = ConsentService(sqlite_db).current("volunteer", herr_k.id)
    assert consent_now is not None
    assert consent_now.given_on == dt.date.today()
    assert consent_now.storage and consent_now.contact_email
    assert not consent_now.contact_phone and not consent_now.photos
    assert consent_now.note == "schriftlich, Formular liegt in der Akte"
    (seen,) = volunteers.clearances(herr_k.id)
    assert seen.issued_on == dt.date.today() - dt.timedelta(days=14)
    assert seen.seen_on == dt.date.today()
    assert (seen.kind, seen.valid_until) == (ClearanceKind.SIMPLE, add_years(issued, 5))
    assert volunteers.valid_clearance(herr_k.id) is not None
    assert volunteers.valid_clearance(herr_k.id, kind=ClearanceKind.EXTENDED) is None
