"""The event window's »Einladung schreiben…« opens »Schreiben an …« for the invitees
with the event's values and its calendar file; »Zugesagt« / »Abgesagt« record the
answers of the marked invitees; the reminder goes to exactly those who said yes, the
thanks to exactly those who came."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QMessageBox

from servicestelle.db import Database
from servicestelle.errors import ValidationError
from servicestelle.services.events import EventService
from tests.scenarios import driver as d
from tests.ui.test_invitations import event_window, volunteer
from ui.forms.attendance_panel import AttendancePanel
from ui.forms.form_dialog import FormDialog


@pytest.fixture
def forum(sqlite_db: Database) -> int:
    return EventService(sqlite_db).create(
        title="Ehrenamtsforum Herbst",
        starts_at="2027-10-07 18:00",
        ends_at="2027-10-07 20:00",
        location="Rathaus",
    ).id


@pytest.fixture
def people(sqlite_db: Database, forum: int) -> list[int]:
    ids = [
        volunteer(sqlite_db, "Klaus", "Albrecht", status="aktiv", email="k@example.org"),
        volunteer(sqlite_db, "Jana", "Berger", status="aktiv", email="j@example.org"),
        volunteer(sqlite_db, "Ole", "Claussen", status="aktiv", email="o@example.org", mail=False),
    ]
    EventService(sqlite_db).invite(forum, ids)
    return ids


def panel_of(window: FormDialog) -> AttendancePanel:
    panel = window.findChild(AttendancePanel)
    assert panel is not None
    return panel


def test_the_invitation_is_written_with_the_calendar_file(
    qtbot, sqlite_db, forum, people, dialogs, monkeypatch, tmp_path: Path
) -> None:
    window = event_window(sqlite_db, forum, dialogs)
    d.click(window, "Einladung schreiben…")
    writing = panel_of(window).last_writing
    assert writing is not None
    qtbot.addWidget(writing)
    assert [p.id for p in writing.people] == people[:2]  # Ole gave no consent to e-mail
    assert writing.subject.text() == "Einladung: {Veranstaltung}"
    assert writing.shared["Veranstaltung"].text() == "Ehrenamtsforum Herbst"
    assert writing.shared["Datum"].text() == "07.10.2027"
    assert writing.shared["Uhrzeit"].text() == "18:00–20:00 Uhr"
    assert writing.shared["Ort"].text() == "Rathaus"
    assert "Guten Tag Klaus Albrecht," in writing.preview.toPlainText()
    (attachment,) = writing.attachments
    assert attachment.file_name == "Einladung-2027-10-07.ics"
    assert "Einladung-2027-10-07.ics" in writing.files.text()

    # as drafts: every draft carries the calendar file
    monkeypatch.setattr("ui.writing_dialog.choose_folder", lambda *a: str(tmp_path))
    assert writing.save_drafts()
    qtbot.waitUntil(lambda: "Entwürfe gespeichert" in writing.status.text())
    drafts = sorted(tmp_path.glob("*.eml"))
    assert len(drafts) == 2
    for draft in drafts:
        message = BytesParser(policy=policy.default).parse(draft.open("rb"))
        (part,) = list(message.iter_attachments())
        calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
        assert str(calendar.events[0]["summary"]) == "Ehrenamtsforum Herbst"
    writing.close()


def test_answers_reminder_and_thanks(qtbot, sqlite_db, forum, people, dialogs) -> None:
    window = event_window(sqlite_db, forum, dialogs)
    panel = panel_of(window)
    assert not panel.reminder_button.isEnabled()
    panel.select_volunteer(people[0])
    d.click(window, "Zugesagt")
    panel.select_volunteer(people[1])
    d.click(window, "Abgesagt")
    stored = {a.volunteer_id: a for a in EventService(sqlite_db).attendances(forum)}
    assert stored[people[0]].answer == "zugesagt" and stored[people[0]].registered
    assert stored[people[1]].answer == "abgesagt" and not stored[people[1]].registered
    assert stored[people[2]].answer is None
    answers = {
        panel.table.item(r, 0).text(): panel.table.item(r, panel.ANSWER).text()
        for r in range(panel.table.rowCount())
    }
    assert answers == {
        "Albrecht, Klaus": "zugesagt",
        "Berger, Jana": "abgesagt",
        "Claussen, Ole": "",
    }

    d.click(window, "Erinnerung an Zugesagte …")
    reminder = panel.last_writing
    qtbot.addWidget(reminder)
    assert [p.id for p in reminder.people] == [people[0]]
    assert reminder.attachments == []
    assert reminder.subject.text() == "Erinnerung: {Veranstaltung} morgen"
    reminder.close()

    panel.set_ticked(people[1], panel.ATTENDED, True)
    d.click(window, "Dank an Teilnehmende …")
    thanks = panel.last_writing
    qtbot.addWidget(thanks)
    assert [p.id for p in thanks.people] == [people[1]]
    thanks.close()


def test_an_answer_needs_a_marked_row(qtbot, sqlite_db, forum, people, dialogs, monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: seen.append(text))
    window = event_window(sqlite_db, forum, dialogs)
    panel = panel_of(window)
    panel.table.clearSelection()
    assert not panel.answer_selected("zugesagt")
    assert seen == ["Markieren Sie zuerst die Eingeladenen in der Tabelle."]


def test_the_reminder_also_goes_to_those_ticked_as_registered(sqlite_db, forum, people) -> None:
    service = EventService(sqlite_db)
    service.set_attendance(forum, people[2], attended=False, registered=True)
    service.set_answer(forum, people[0], "zugesagt")
    service.set_answer(forum, people[1], "abgesagt")
    assert service.letter(forum, "reminder").volunteer_ids == [people[0], people[2]]
    service.set_answer(forum, people[0], None)
    (row,) = [a for a in service.attendances(forum) if a.volunteer_id == people[0]]
    assert (row.answer, row.answered_on, row.registered) == (None, None, False)
    with pytest.raises(ValidationError):
        service.set_answer(forum, people[0], "vielleicht")
