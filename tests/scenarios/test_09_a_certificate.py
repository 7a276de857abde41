"""Scenario 9, a certificate: a student who has helped with homework and German
practice since last September needs an Ehrenamtsnachweis for a job application.
Frau R. opens her record, starts the certificate from the record window, reads its text
(period, activities) and changes the closing sentence, then prints it (84 hours by field
and year, on the office's letterhead, lines to sign) and saves it as a PDF from the
preview. The certificate is for an employer: it names no family she helped (the notes
of her hours do) and carries no »vertraulich« note."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWidget

from servicestelle.db import Database
from servicestelle.services.hours import HoursService
from servicestelle.services.lists import ActivityFieldService, DistrictService
from servicestelle.services.settings import SettingsService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import click_menu_entry, typed
from ui import print_preview
from ui.certificate_dialog import CertificateDialog
from ui.forms.form_dialog import FormDialog
from ui.print_preview import PrintPreview

TODAY = dt.date.today()
SINCE = dt.date(TODAY.year - 1, 9, 1)  # the start of last school year
HOMEWORK = "Hausaufgabenhilfe und Lernpatenschaft"
GERMAN = "Deutsch üben"
OFFICE = "Servicestelle Integration Schwerin"
ADDRESS = "Am Packhof 2–6\n19053 Schwerin\nTelefon 0385 545-0000"
FAMILY = "Familie Haddad"  # whose children she helped: in her hours' notes only
CLOSING = "Frau Hoffmann war zuverlässig, geduldig und bei den Kindern sehr beliebt."
HOMEWORK_DAYS = [SINCE + dt.timedelta(days=14 + 7 * week) for week in range(20)]
GERMAN_DAYS = [SINCE + dt.timedelta(days=200 + 7 * week) for week in range(8)]


# -- generic helpers (candidates for driver.py) ------------------------------------------


def open_from_list(window: object, area: str, name: str) -> FormDialog:
    """Go to ``area``, double-click the row whose first column reads ``name`` and
    return the record window that opens."""
    d.go_to(window, area)
    page = window.current_list()  # type: ignore[attr-defined]
    names = d.table_texts(page.view, 0)
    assert name in names, names
    d.double_click_row(page.view, names.index(name))
    return d.active_dialog(FormDialog)


def preview_saved_as_pdf(
    qtbot, monkeypatch: pytest.MonkeyPatch, target: Path
) -> tuple[PrintPreview, Path]:
    """Wait for the print preview, press »Als PDF speichern …« and give ``target`` in
    the file dialog (the system dialog is stood in for)."""
    qtbot.waitUntil(lambda: any(isinstance(w, PrintPreview) for w in d.windows()), timeout=20000)
    preview = d.active_dialog(PrintPreview)
    asked: list[str] = []

    def file_dialog(_parent: object, caption: str, suggested: str, _filter: str) -> tuple:
        asked.append(suggested)
        return str(target), "PDF-Dateien (*.pdf)"

    monkeypatch.setattr(print_preview.file_dialogs.QFileDialog, "getSaveFileName", file_dialog)
    d.click(preview, "Als PDF speichern …")
    assert asked, "kein Dateidialog"
    assert target.is_file()
    return preview, target


def when_dialog_opens(kind: type[QWidget], then) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Once a modal dialog of ``kind`` is open, do ``then(dialog)`` (what the user does
    in it); returns a list that receives the dialog."""
    seen: list[QWidget] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        then(dialog)

    QTimer.singleShot(0, look)
    return seen


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def one_line(text: str) -> str:
    return " ".join(text.split())


# -- before the scenario ---------------------------------------------------------------------


def the_office_and_the_student(db: Database) -> int:
    """The office's letterhead, set up when the program was installed, and the student
    with a year of homework help and German practice (84 hours, entered week by week)."""
    settings = SettingsService(db)
    settings.set("office.name", OFFICE)
    settings.set("office.address", ADDRESS)
    fields = ActivityFieldService(db).by_name()
    student = VolunteerService(db).create(
        first_name="Lena",
        last_name="Hoffmann",
        birth_date="2004-05-12",
        status="aktiv",
        since=SINCE.isoformat(),
        district_id=DistrictService(db).by_name()["Weststadt"],
        email="lena.hoffmann@example.org",
        notes="Studentin (Lehramt), Uni Rostock",
        activity_field_ids=[fields[HOMEWORK], fields[GERMAN]],
    )
    hours = HoursService(db)
    for day in HOMEWORK_DAYS:  # 20 afternoons of homework help, 3 hours each
        hours.record(
            student.id,
            "3",
            day,
            activity_field_id=fields[HOMEWORK],
            description=f"Hausaufgaben mit den Kindern der {FAMILY}",
        )
    for day in GERMAN_DAYS:  # 8 evenings at the language café, 3 hours each
        hours.record(
            student.id, "3", day, activity_field_id=fields[GERMAN], description="Sprachcafé"
        )
    return int(student.id)


# -- the scenario --------------------------------------------------------------------------


def test_an_ehrenamtsnachweis_with_period_activities_and_84_hours_is_printed(
    qtbot, office_window, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    student = the_office_and_the_student(sqlite_db)

    record = open_from_list(office_window, "Ehrenamtliche", "Hoffmann")
    assert record.windowTitle().startswith("Ehrenamtliche*r: Hoffmann, Lena")
    # Her hours are there: 84 in all.
    hours = d.tab(record, "Stunden")
    said = [label.text() for label in hours.findChildren(QLabel) if d.visible(label)]
    assert "Insgesamt: <b>84</b> Stunden" in said, said
    d.tab(record, "Daten")

    # The certificate's text comes up first: she reads it and changes the closing.
    shown: dict[str, str] = {}

    def read_and_change(dialog: QWidget) -> None:
        shown["from"], shown["to"] = typed(dialog, "Zeitraum von"), typed(dialog, "bis")
        shown["text"] = "\n".join(e.toPlainText() for e in dialog.findChildren(QPlainTextEdit))
        shown["hours"] = "\n".join(label.text() for label in dialog.findChildren(QLabel))
        d.fill(dialog, "Schluss", CLOSING)
        d.click(dialog, "Vorschau …")

    opened = when_dialog_opens(CertificateDialog, read_and_change)
    click_menu_entry(record, "Drucken", "Ehrenamtsnachweis …")
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)  # else: no text to check
    assert shown["from"] == f"{SINCE:%d.%m.%Y}" and shown["to"] == f"{TODAY:%d.%m.%Y}"
    assert f"Tätigkeitsfelder: {GERMAN}, {HOMEWORK}" in shown["text"]
    assert "Insgesamt: 84 Stunden" in shown["hours"], shown["hours"]
    assert FAMILY not in shown["text"] + shown["hours"]
    preview, pdf = preview_saved_as_pdf(qtbot, monkeypatch, tmp_path / "Nachweis_Hoffmann.pdf")
    assert preview.page_count() == 1
    assert "Nachweis_Hoffmann.pdf" in preview.pages_label.text()

    text = one_line(pdf_text(pdf))
    # The letterhead.
    assert OFFICE in text
    for line in ADDRESS.splitlines():
        assert line in text, line
    # Who, born when, and the period: since she started until today.
    assert "Ehrenamtsnachweis" in text
    assert "Lena Hoffmann" in text
    assert "12.05.2004" in text
    period = f"vom {SINCE:%d.%m.%Y} bis zum {TODAY:%d.%m.%Y}"
    assert period in text, text
    # What she did.
    assert f"Tätigkeitsfelder: {GERMAN}, {HOMEWORK}" in text, text
    # The hours, by activity field and year (booked without a pairing or a request:
    # »Sonstige Tätigkeit«), and in all.
    last, this = TODAY.year - 1, TODAY.year

    def hours_in(days: list[dt.date], year: int) -> str:
        return str(3 * sum(1 for day in days if day.year == year) or "–")

    assert f"Tätigkeitsfeld Art {last} {this} Insgesamt" in text, text
    homework = f"{hours_in(HOMEWORK_DAYS, last)} {hours_in(HOMEWORK_DAYS, this)} 60"
    assert f"{HOMEWORK} Sonstige Tätigkeit {homework}" in text, text
    german = f"{hours_in(GERMAN_DAYS, last)} {hours_in(GERMAN_DAYS, this)} 24"
    assert f"{GERMAN} Sonstige Tätigkeit {german}" in text, text
    last_total = 3 * sum(1 for day in HOMEWORK_DAYS + GERMAN_DAYS if day.year == last)
    assert f"Insgesamt {last_total} {84 - last_total} 84" in text, text
    # Her closing as she typed it; no family she helped, no confidential note.
    assert CLOSING in text and "Wir danken für das große Engagement" not in text
    assert "Haddad" not in text and "Hausaufgaben mit" not in text
    assert "ertraulich" not in text
    # Lines for the place, the date, the signature and the stamp.
    assert "Ort, Datum" in text and "Unterschrift, Stempel" in text

    # Printing changed nothing in her record.
    stored = VolunteerService(sqlite_db).get(student)
    assert stored.since == SINCE
    assert HoursService(sqlite_db).total(student) == 84
