"""Scenario 14b, the forum's invitation with a calendar entry: Frau R. enters the
Ehrenamtsforum, invites the active volunteers, and in the event window's »Teilnahme«
writes the invitation with »Einladung schreiben…«: »Schreiben an …« opens with the
invitees, the event's title, date, time and place filled in and the calendar file
attached; she sends it through the office's mail server. Two answers come back by phone:
one says yes, one says no. The day before she sends »Erinnerung an Zugesagte …«: it goes
to the one who said yes, and to nobody else."""

from __future__ import annotations

import icalendar
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget

from servicestelle.db import Database
from tests.mailserver import MailServer
from tests.scenarios import driver as d
from tests.scenarios.test_06_ehrenamtsforum import (
    ADDRESSES,
    TITLE,
    enter_the_forum,
    invite_the_active,
    record_message_boxes,
    the_volunteers,
)
from tests.scenarios.test_14_invitations_reach_everyone import (  # noqa: F401
    enter_the_mail_server,
    mail_server,
)
from ui.writing_dialog import WritingDialog


def click_row(table: QTableWidget, name: str) -> None:
    row = d.table_texts(table, 0).index(name)
    index = table.model().index(row, 0)
    table.scrollTo(index)
    QTest.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        table.visualRect(index).center(),
    )


def send(qtbot, dialog: WritingDialog, count: int) -> list[str]:
    asked = d.answer_next("Senden")
    d.click(dialog, "Über den Mailserver senden …")
    qtbot.waitUntil(lambda: f"{count} E-Mail" in dialog.status.text(), timeout=30000)
    return asked


def test_the_invitation_carries_the_calendar_and_the_reminder_goes_to_the_yes(
    qtbot, office_window, sqlite_db: Database, mail_server: MailServer, monkeypatch  # noqa: F811
):
    window = office_window
    the_volunteers(sqlite_db)
    enter_the_mail_server(window, mail_server)
    record_message_boxes(monkeypatch)
    event = enter_the_forum(window)
    table = invite_the_active(event)

    invitation = d.opened(WritingDialog, lambda: d.click(event, "Einladung schreiben…"))
    assert invitation.summary.text().startswith("3 markiert: 3 per E-Mail")
    assert d.field(invitation, "Veranstaltung").text() == TITLE
    assert d.field(invitation, "Ort").text() == "Rathaus, Demmlersaal"
    assert d.field(invitation, "Uhrzeit").text() == "18:00–20:00 Uhr"
    assert ".ics" in d.field(invitation, "Anhänge").text()
    assert f"Betreff: Einladung: {TITLE}" in d.field(invitation, "Vorschau").toPlainText()
    assert send(qtbot, invitation, 3) == ["3 persönliche E-Mails über 127.0.0.1 senden?"]
    invitation.close()

    assert {r.recipients[0] for r in mail_server.received} == ADDRESSES
    for received in mail_server.received:
        (part,) = [a for a in received.message.iter_attachments()]
        assert part.get_content_type() == "text/calendar"
        calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
        (entry,) = calendar.events
        assert str(entry["summary"]) == TITLE
        assert str(entry["location"]) == "Rathaus, Demmlersaal"

    # the answers, by phone
    click_row(table, "Albrecht, Klaus")
    d.click(event, "Zugesagt")
    click_row(table, "Baranowa, Olga")
    d.click(event, "Abgesagt")
    answers = dict(zip(d.table_texts(table, 0), d.table_texts(table, 4), strict=True))
    assert answers == {
        "Albrecht, Klaus": "zugesagt",
        "Baranowa, Olga": "abgesagt",
        "Nasser, Samira": "",
    }

    # the day before: the reminder to the one who said yes
    reminder = d.opened(WritingDialog, lambda: d.click(event, "Erinnerung an Zugesagte …"))
    assert reminder.summary.text().startswith("1 markiert: 1 per E-Mail")
    send(qtbot, reminder, 1)
    reminder.close()
    assert len(mail_server.received) == 4
    last = mail_server.received[-1]
    assert last.recipients == ["k.albrecht@example.org"]
    assert last.message["Subject"] == f"Erinnerung: {TITLE} morgen"
