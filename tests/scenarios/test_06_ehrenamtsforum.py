"""Scenario 6, the Ehrenamtsforum: the quarterly meeting of the volunteers. Frau R.
enters the event, invites all active volunteers who agreed to e-mail contact, sends the
invitation through her mail program (everyone in BCC), prints the attendance list with
a column to sign, and after the evening ticks who came."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QStyle,
    QStyleOptionViewItem,
    QTableWidget,
)

from servicestelle.db import Database
from servicestelle.enums import EventKind, EventStatus
from servicestelle.services.consents import ConsentService
from servicestelle.services.events import EventService
from servicestelle.services.lists import DistrictService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import click_menu_entry
from ui.forms.form_dialog import FormDialog
from ui.print_preview import PrintPreview

TODAY = dt.date.today()
FORUM_DAY = TODAY + dt.timedelta(days=14)
TITLE = "Ehrenamtsforum 1. Quartal"

# The office's volunteers: (first, last, district, status, e-mail, e-mail contact agreed)
VOLUNTEERS = (
    ("Klaus", "Albrecht", "Lankow", "aktiv", "k.albrecht@example.org", True),
    ("Olga", "Baranowa", "Lankow", "aktiv", "olga.baranowa@example.org", True),
    ("Samira", "Nasser", "Weststadt", "aktiv", "samira.nasser@example.org", True),
    ("Jens", "Carstens", "Großer Dreesch", "aktiv", "jens.carstens@example.org", False),
    ("Paul", "Weber", "Altstadt", "pausiert", "paul.weber@example.org", True),
    ("Ina", "Krüger", "Weststadt", "interessiert", "ina.krueger@example.org", True),
)
# Active and agreed to e-mail: those she invites.
WITH_CONSENT = ["Albrecht, Klaus", "Baranowa, Olga", "Nasser, Samira"]
ADDRESSES = {"k.albrecht@example.org", "olga.baranowa@example.org", "samira.nasser@example.org"}


def _day(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


# -- generic helpers (candidates for driver.py) ------------------------------------------


def tick(table: QTableWidget, row: int, column: int) -> None:
    """Click the check box inside a table cell (where the style draws it)."""
    index = table.model().index(row, column)
    table.scrollTo(index)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    option.rect = table.visualRect(index)
    option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.text = table.item(row, column).text()
    box = table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table
    )
    spot = box.center() if box.isValid() else option.rect.topLeft() + QPoint(10, 10)
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot
    )


def record_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions are answered »Ja« (what she clicks), notices »OK«; their texts kept."""
    seen: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        seen.append(text)
        return QMessageBox.StandardButton.Yes

    def information(_parent: object, _title: str, text: str, *_args: object) -> object:
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", information)
    return seen


def mail_program(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The mail program: the links it is asked to open."""
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return opened


def preview_saved_as_pdf(
    qtbot, monkeypatch: pytest.MonkeyPatch, target: Path
) -> tuple[PrintPreview, Path]:
    """Wait for the print preview, press »Als PDF speichern …« and give ``target`` in
    the file dialog (the system dialog is stood in for)."""
    qtbot.waitUntil(lambda: any(isinstance(w, PrintPreview) for w in d.windows()), timeout=20000)
    preview = d.active_dialog(PrintPreview)
    asked: list[str] = []

    def file_dialog(_parent: object, _caption: str, suggested: str, _filter: str) -> tuple:
        asked.append(suggested)
        return str(target), "PDF-Dateien (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog)
    d.click(preview, "Als PDF speichern …")
    assert asked, "kein Dateidialog"
    assert target.is_file()
    return preview, target


def pdf_lines(path: Path) -> list[str]:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


# -- before the scenario ---------------------------------------------------------------------


def the_volunteers(db: Database) -> None:
    districts = DistrictService(db).by_name()
    volunteers = VolunteerService(db)
    for first, last, district, status, email, by_mail in VOLUNTEERS:
        record = volunteers.create(
            first_name=first,
            last_name=last,
            district_id=districts[district],
            status=status,
            email=email,
        )
        ConsentService(db).give("volunteer", record.id, contact_email=by_mail, contact_phone=True)


# -- the steps -------------------------------------------------------------------------------


def enter_the_forum(window: object) -> FormDialog:
    d.go_to(window, "Veranstaltungen")
    d.trigger(window, "Neu")
    event = d.active_dialog(FormDialog)
    d.fill(event, "Titel", TITLE)
    d.select_field(event, "Art", EventKind.FORUM.label)
    d.select_field(event, "Stand", EventStatus.PLANNED.label)
    d.fill(event, "Beginn", f"{_day(FORUM_DAY)} 18:00")
    d.fill(event, "Ende", f"{_day(FORUM_DAY)} 20:00")
    d.fill(event, "Ort", "Rathaus, Demmlersaal")
    d.click(event, "Speichern")
    assert event.windowTitle().startswith(f"Veranstaltung: {TITLE}"), event.form.form_error.text()
    return event


def invite_the_active(event: FormDialog) -> QTableWidget:
    """»Teilnahme« → »Alle Aktiven einladen…«; the table of the invited."""
    attendance = d.tab(event, "Teilnahme")
    d.click(event, "Alle Aktiven einladen…")
    tables = [t for t in attendance.findChildren(QTableWidget) if d.visible(t)]
    assert tables, "niemand eingeladen"
    return tables[0]


def invited_names(table: QTableWidget) -> list[str]:
    return d.table_texts(table, 0)


# -- the scenario --------------------------------------------------------------------------


def test_the_invitation_goes_to_the_active_volunteers_with_e_mail_consent(
    qtbot, office_window, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
):
    the_volunteers(sqlite_db)
    record_message_boxes(monkeypatch)
    event = enter_the_forum(office_window)
    table = invite_the_active(event)
    assert invited_names(table) == WITH_CONSENT


def test_the_invitation_is_sent_through_the_mail_program_in_bcc(
    qtbot, office_window, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
):
    the_volunteers(sqlite_db)
    record_message_boxes(monkeypatch)
    opened = mail_program(monkeypatch)
    event = enter_the_forum(office_window)
    invite_the_active(event)
    d.click(event, "Einladung per E-Mail…")
    assert len(opened) == 1, opened
    link = urlsplit(opened[0])
    assert link.scheme == "mailto"
    assert link.path == ""  # nobody in »An«: the volunteers do not see each other
    query = parse_qs(link.query)
    assert set(unquote(query["bcc"][0]).split(",")) == ADDRESSES
    assert TITLE in unquote(query["subject"][0])
    assert _day(FORUM_DAY) in unquote(query["body"][0])


def test_the_attendance_list_is_printed_to_sign_and_who_came_is_ticked(
    qtbot,
    office_window,
    sqlite_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
):
    the_volunteers(sqlite_db)
    messages = record_message_boxes(monkeypatch)
    event = enter_the_forum(office_window)
    table = invite_the_active(event)
    invited = invited_names(table)
    assert messages and "aktiven Ehrenamtlichen einladen" in messages[0], messages
    assert invited == WITH_CONSENT, invited
    assert not {"Weber, Paul", "Krüger, Ina"} & set(invited)  # not active: not invited

    # The attendance list, printed from the event's window.
    click_menu_entry(event, "Drucken", "Einladungs- und Teilnahmeliste …")
    _preview, pdf = preview_saved_as_pdf(qtbot, monkeypatch, tmp_path / "Teilnahmeliste.pdf")
    lines = pdf_lines(pdf)
    text = " ".join(lines)
    assert TITLE in text
    assert f"{_day(FORUM_DAY)}, 18:00–20:00 Uhr" in text, text
    assert "Rathaus, Demmlersaal" in text
    header = " ".join(lines[lines.index("Nr.") : lines.index("Unterschrift") + 1])
    assert header == "Nr. Name Stadtteil Eingeladen Angemeldet Unterschrift", header
    for name in invited:
        assert name in text, name
    assert f"{len(invited)} Eingeladene. Mit der Unterschrift wird die Teilnahme bestätigt." in text

    # After the evening: the list signed by Klaus Albrecht and Samira Nasser; the event
    # was held.
    for name in ("Albrecht, Klaus", "Nasser, Samira"):
        tick(table, invited.index(name), 3)
    said = [label.text() for label in event.findChildren(QLabel) if d.visible(label)]
    assert f"{len(invited)} eingeladen, 2 teilgenommen" in said, said
    assert [table.item(r, 3).text() for r in range(table.rowCount())] == [
        "ja" if name in ("Albrecht, Klaus", "Nasser, Samira") else "nein" for name in invited
    ]
    d.tab(event, "Daten")
    d.select_field(event, "Stand", EventStatus.HELD.label)
    d.click(event, "Speichern")
    assert not event.isWindowModified(), event.form.form_error.text()
    d.click(event, "Schließen")

    # The list of events shows who was invited and who came.
    page = office_window.current_list()
    qtbot.waitUntil(lambda: page.row_count() == 1)
    model = page.model
    assert model.index(0, model.column_of("invited")).data() == str(len(invited))
    assert model.index(0, model.column_of("attended")).data() == "2"
    assert model.index(0, model.column_of("status")).data() == "durchgeführt"

    # -- what was stored
    events = EventService(sqlite_db)
    stored = events.get(1)
    assert stored.status is EventStatus.HELD
    assert stored.starts_at == dt.datetime.combine(FORUM_DAY, dt.time(18, 0))
    came = sorted(a.volunteer.sort_name for a in events.attendances(stored.id) if a.attended)
    assert came == ["Albrecht, Klaus", "Nasser, Samira"]
    assert all(a.invited_on == TODAY for a in events.attendances(stored.id))
