"""Scenario 11, a deletion request: a former newcomer asks what is stored about him, then
asks for deletion. Frau R. enters the office's data protection contact in the settings,
saves and prints the access report (Art. 15) — a letter he can read, in German, and a
copy in English for him to read more easily, each with its JSON file — erases him
(Art. 17), and the key figures of past years stay the same."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.db import Database
from servicestelle.demo import generate
from servicestelle.enums import ContactChannel, PairingEndReason
from servicestelle.services.consents import ConsentService
from servicestelle.services.figures import format_value, period_figures
from servicestelle.services.lists import ActivityFieldService, DistrictService, LanguageService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.pairings import PairingService
from servicestelle.services.periods import Period
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from tests.conftest import database_template
from tests.scenarios import driver as d
from tests.scenarios.answers import ScenarioGap
from ui.forms.form_dialog import FormDialog
from ui.print_preview import PrintPreview

TODAY = dt.date.today()
THIS_YEAR = TODAY.year
PAST_YEARS = (THIS_YEAR - 1, THIS_YEAR - 2)
# What is stored about him, and must be gone afterwards.
LAST, FIRST = "Tavakoli", "Reza"
PHONE, EMAIL = "0176 40506070", "reza.tavakoli@example.org"
SECRET = "Aufenthaltstitel läuft im März ab, Termin bei der Ausländerbehörde"
DPO = "Datenschutzbeauftragte der Stadt, datenschutz@schwerin.example"


def the_office(db: Database) -> None:
    """A realistic office (demo data over the last years) and Herr Karimi's history:
    registered two years ago, a pairing for school matters that ended last year, a
    request for an interpreter, notes about both."""
    generate(db, 200, seed=11)
    districts = DistrictService(db).by_name()
    languages = {name: i for i, name in LanguageService(db).choices()}
    fields = {name: i for i, name in ActivityFieldService(db).choices()}
    two_years_ago = dt.date(THIS_YEAR - 2, 4, 10)
    last_year = dt.date(THIS_YEAR - 1, 1, 1)
    newcomer = NewcomerService(db).create(
        last_name=LAST,
        first_name=FIRST,
        kind="person",
        status="abgeschlossen",
        district_id=districts["Lankow"],
        phone=PHONE,
        email=EMAIL,
        country_of_origin="Iran",
        arrived_on=two_years_ago - dt.timedelta(days=40),
        languages=[(languages["Persisch (Farsi)"], "muttersprache")],
        notes=SECRET,
    )
    ConsentService(db).give("newcomer", newcomer.id, contact_email=True)
    volunteer = VolunteerService(db).create(
        last_name="Lindner", first_name="Heike", status="aktiv", since="2019-01-01"
    )
    pairings = PairingService(db)
    pairing = pairings.propose(volunteer.id, newcomer.id, focus="Schule", proposed_on=two_years_ago)
    pairing = pairings.start(pairing.id, pairing.version, on=two_years_ago)
    notes = ContactNoteService(db)
    for month in (5, 8, 11):
        notes.add(
            "pairing",
            pairing.id,
            noted_on=dt.date(THIS_YEAR - 2, month, 3),
            channel=ContactChannel.PHONE,
            text=f"Gespräch mit Herrn {LAST}, {PHONE}",
        )
    pairings.end(
        pairing.id,
        pairing.version,
        PairingEndReason.GOAL_REACHED,
        on=last_year + dt.timedelta(days=150),
    )
    requests = HelpRequestService(db)
    request = requests.create(
        title=f"Dolmetschen für {FIRST} {LAST}",
        newcomer_id=newcomer.id,
        received_on=last_year + dt.timedelta(days=20),
        district_id=districts["Lankow"],
        activity_field_id=fields["Dolmetschen und Übersetzen"],
    )
    request = requests.assign(request.id, volunteer.id, on=last_year + dt.timedelta(days=25))
    requests.complete(request.id, request.version, on=last_year + dt.timedelta(days=30))
    notes.add(
        "newcomer",
        newcomer.id,
        noted_on=last_year + dt.timedelta(days=2),
        subject="Anruf",
        text=SECRET,
    )


db_template = database_template(the_office)


# -- generic helpers (candidates for driver.py) --------------------------------------------


def click_named(parent: QWidget, name: str) -> None:
    """Click the visible button a screen reader names ``name`` (an arrow without text)."""
    matches = [
        b
        for b in parent.findChildren(QAbstractButton)
        if (b.accessibleName() == name or b.toolTip() == name) and d.visible(b)
    ]
    assert matches, f"keine Schaltfläche »{name}«"
    assert matches[0].isEnabled(), f"»{name}« ist nicht anklickbar"
    QTest.mouseClick(matches[0], Qt.MouseButton.LeftButton)


def answer_message(text: str) -> list[str]:
    """Press ``text`` in the next message box (not in a progress window that may come
    first); returns a list that receives the box's text and informative text."""
    from PySide6.QtCore import QTimer

    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        d.click(box, text)

    QTimer.singleShot(0, press)
    return seen


def figures_on_screen(page: QWidget) -> dict[str, str]:
    """The figure tiles as a screen reader reads them: caption → number shown."""
    shown: dict[str, str] = {}
    for widget in page.findChildren(QWidget):
        name = widget.accessibleName()
        labels = widget.findChildren(QLabel)
        if ": " in name and d.visible(widget) and len(labels) == 2:
            shown[name.rsplit(": ", 1)[0]] = labels[0].text()
    return shown


def charts_on_screen(page: QWidget) -> dict[str, str]:
    """Every chart as a screen reader reads it: title → »name: number; …«."""
    return {
        w.accessibleName(): w.accessibleDescription()
        for w in page.findChildren(QWidget)
        if w.accessibleDescription() and d.visible(w) and w.accessibleName()
    }


def access_report(qtbot, monkeypatch, record, folder: Path, language: str) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """»Auskunft (Art. 15) …«: the letter's language chosen, the suggested file name taken
    in ``folder``; waits for the preview. Returns the PDF and the name suggested."""
    suggested: list[str] = []

    def save_dialog(_parent, _caption, start, _filters):  # type: ignore[no-untyped-def]
        suggested.append(Path(start).name)
        return str(folder / Path(start).name), ""

    monkeypatch.setattr("ui.file_dialogs.QFileDialog.getSaveFileName", save_dialog)
    d.answer_next(
        "Weiter …", then=lambda box: d.select_field(box, "Sprache des Schreibens", language)
    )
    d.click(record, "Auskunft (Art. 15) …")
    qtbot.waitUntil(lambda: any(isinstance(w, PrintPreview) for w in d.windows()), timeout=20000)
    assert suggested, "kein Dateidialog"
    return folder / suggested[0], suggested[0]


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


# -- the scenario --------------------------------------------------------------------------


def past_years_figures(qtbot, window) -> dict[int, tuple[dict[str, str], dict[str, str]]]:  # type: ignore[no-untyped-def]
    """The Übersicht of each past year: its tiles and charts as shown."""
    d.go_to(window, "Übersicht")
    page = window.current_page()
    d.select_field(page, "Zeitraum", "Jahr")
    d.click(page, "Neu berechnen")
    shown = {}
    for year in (THIS_YEAR, *PAST_YEARS):
        if year != THIS_YEAR:
            click_named(page, "Vorheriger Zeitraum")
        qtbot.waitUntil(lambda y=year: f"Kennzahlen {y} (" in _status(page), timeout=20000)
        if year != THIS_YEAR:
            shown[year] = (figures_on_screen(page), charts_on_screen(page))
    click_named(page, "Nächster Zeitraum")
    click_named(page, "Nächster Zeitraum")
    return shown


def _status(page: QWidget) -> str:
    return " ".join(
        label.text()
        for label in page.findChildren(QLabel)
        if label.text().startswith("Kennzahlen ")
    )


def open_him(qtbot, window) -> tuple[FormDialog, object]:  # type: ignore[no-untyped-def]
    """Find him in the list of newcomers by his name and open his record."""
    d.go_to(window, "Neuzugewanderte")
    page = window.current_list()
    d.fill(page, "Liste filtern", LAST)
    qtbot.waitUntil(lambda: page.row_count() == 1, timeout=3000)
    record = d.opened(FormDialog, lambda: d.double_click_row(page.view, 0))
    assert record.windowTitle().startswith(f"Neuzugewanderte*r: {LAST}, {FIRST}")
    return record, page


def erase(qtbot, record: FormDialog) -> str:  # type: ignore[no-untyped-def]
    """»Löschen auf Antrag (Art. 17) …«, confirmed; returns what the question said."""
    confirmation = answer_message("Endgültig löschen")
    d.click(record, "Löschen auf Antrag (Art. 17) …")
    qtbot.waitUntil(lambda: not any(isinstance(w, FormDialog) for w in d.windows()), timeout=30000)
    return confirmation[0]


def test_access_report_then_erasure_and_past_years_figures_stay_the_same(
    qtbot,
    db_template,
    office_window,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    window = office_window
    before = past_years_figures(qtbot, window)
    assert before[THIS_YEAR - 1][0]["Beendete Patenschaften"] != "0"
    # The office's data protection contact, entered once in the settings.
    d.answer_next(
        "OK",
        then=lambda box: (
            d.tab(box, "Datenschutz"),
            d.fill(box, "Datenschutzbeauftragte*r (Kontakt)", DPO),
        ),
    )
    d.trigger(window, "Einstellungen …")
    record, _page = open_him(qtbot, window)

    # Art. 15: the letter, saved where he can be given it, and shown to print.
    pdf, name = access_report(qtbot, monkeypatch, record, tmp_path, "Deutsch")
    assert name == f"Auskunft_{LAST}_{FIRST}_{TODAY.isoformat()}.pdf"
    preview = d.active_dialog(PrintPreview)
    assert preview.windowTitle() == "Vorschau: Auskunft (Art. 15 DSGVO)"
    assert d.button(preview, "Drucken …").isEnabled()
    text = pdf_text(pdf)
    assert "Auskunft nach Art. 15 DSGVO" in text and f"Guten Tag {FIRST} {LAST}," in text
    # What is stored, readable: names of districts and languages, not numbers.
    for stored in (
        f"Vorname {FIRST}",
        f"Nachname {LAST}",
        PHONE,
        EMAIL,
        "Herkunftsland Iran",
        "Stadtteil Lankow",
        "Persisch (Farsi) – Muttersprache",
        "Patenschaft mit Heike Lindner",
        "Grund des Endes Ziel erreicht",
        f"Dolmetschen für {FIRST} {LAST}",
        "Ausländerbehörde",
        "Kontakte",
        "Kontakt per E-Mail ja",
    ):
        assert stored in text, (stored, text)
    # No bookkeeping: no numbers of records, versions, sort keys, English column names.
    for technical in ("Version", "Sortierschlüssel", "last_name", "district", "Nr. "):
        assert technical not in text, technical
    assert not re.search(r"\bid\b", text, re.IGNORECASE), text
    # Art. 15(1) a–h: purposes, recipients, storage period, source, the rights and the
    # supervisory authority; the contact entered in the settings.
    for told in (
        "Zwecke und Rechtsgrundlage",
        "Empfänger",
        "Wir anonymisieren Ihre Daten 2 Jahre nach dem Ende Ihrer letzten Patenschaft",
        "Herkunft der Daten",
        "Berichtigung unrichtiger oder unvollständiger Angaben (Art. 16 DSGVO)",
        "Löschung Ihrer Daten (Art. 17 DSGVO)",
        "Einschränkung der Verarbeitung",
        "Widerspruch gegen die Verarbeitung (Art. 21 DSGVO)",
        "Datenschutz-Aufsichtsbehörde zu beschweren",
        "Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
        f"Ansprechperson für den Datenschutz: {DPO}",
    ):
        assert told in text, (told, text)
    machine_readable = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    assert machine_readable["person"]["last_name"] == LAST
    for written in (pdf, pdf.with_suffix(".json")):
        assert written.stat().st_mode & 0o077 == 0, written  # for the office's eyes only
    preview.close()

    # The same in English, for him to read more easily.
    english, name = access_report(qtbot, monkeypatch, record, tmp_path, "English")
    assert name == f"Auskunft_{LAST}_{FIRST}_{TODAY.isoformat()}.pdf"  # the same name again
    text = pdf_text(english)
    assert "Information under Art. 15 GDPR" in text and f"Dear {FIRST} {LAST}," in text
    assert "District Lankow" in text and "right to lodge a complaint" in text, text
    assert "Berichtigung" not in text and "Seite " not in text
    d.active_dialog(PrintPreview).close()

    # Issuing the report is noted in the log (without a name, on his record).
    with sqlite_db.read() as session:
        issued = session.execute(
            select(m.AuditEntry.new_value).where(
                m.AuditEntry.entity == "newcomer",
                m.AuditEntry.field == "Auskunft (Art. 15 DSGVO)",
            )
        ).all()
    assert [v for (v,) in issued] == ["PDF und JSON, Deutsch", "PDF und JSON, English"]

    # Art. 17: erased after a confirmation that names him and what goes.
    confirmation = erase(qtbot, record)
    assert f"»{FIRST} {LAST}«" in confirmation or f"»{LAST}, {FIRST}«" in confirmation, confirmation
    assert "Patenschaften" in confirmation and "Kontaktnotizen" in confirmation, confirmation

    # The key figures of past years are what they were.
    after = past_years_figures(qtbot, window)
    assert after == before

    # Nothing of him is left in the database file, and the past years' figures the
    # office reports are still those shown before.
    sqlite_db.dispose()
    dump = "\n".join(sqlite3.connect(sqlite_db.engine.url.database).iterdump())
    for trace in (LAST, EMAIL, PHONE, "40506070", SECRET):
        assert trace not in dump, trace
    for year in PAST_YEARS:
        figures = period_figures(sqlite_db, Period.year(year))
        tiles = before[year][0]
        for figure in figures.figures.values():
            if figure.label in tiles:
                assert tiles[figure.label].split()[0] == format_value(figure.value), figure


def test_the_erased_person_leaves_the_list_on_screen_at_once(qtbot, db_template, office_window):
    record, page = open_him(qtbot, office_window)
    erase(qtbot, record)
    try:
        qtbot.waitUntil(lambda: page.row_count() == 0, timeout=3000)
    except WaitTimeout:
        raise ScenarioGap(f"noch in der Liste: {d.table_texts(page.view)}") from None
