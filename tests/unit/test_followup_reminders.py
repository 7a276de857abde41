"""Own reminders (»Neue Wiedervorlage«), the windows of the Wiedervorlage, the staff
filter, consents of people who left, print and export of a view, and erasure."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from servicestelle import models as m
from servicestelle.changes import Changes
from servicestelle.enums import AuditAction
from servicestelle.errors import ValidationError
from servicestelle.exporting.followups import export_followups
from servicestelle.printing import render
from servicestelle.services.consents import ConsentService
from servicestelle.services.followups import FollowUpService, horizon
from servicestelle.services.followups_reminders import ReminderService
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.privacy_erase import erase, plan_erasure
from servicestelle.services.volunteers import VolunteerService

TODAY = dt.date.today()


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def anna(db):
    return VolunteerService(db).create(last_name="Müller", first_name="Anna", status="aktiv")


def keys(view):
    return [(i.kind, i.title, i.reason) for i in view.items]


def test_a_reminder_appears_in_the_windows_up_to_its_day(db, anna):
    reminders = ReminderService(db)
    seen: list[Changes] = []
    db.subscribe(seen.append)
    soon = reminders.create(day(10), "Verwendungsnachweis anfordern", "", "volunteer", anna.id)
    assert seen and seen[-1].concerns("reminder")  # the screens hear of it at once
    reminders.create(day(90), "Nachweis prüfen (in drei Monaten)", "Herr K.")
    service = FollowUpService(db)

    assert "reminder" not in [i.kind for i in service.view("week", today=TODAY).items]
    four = service.view("weeks4", today=TODAY)
    assert keys(four) == [("reminder", "Müller, Anna", "Verwendungsnachweis anfordern")]
    assert four.counts["reminder"] == 1 and four.due_now == 0
    item = four.items[0]
    assert (item.entity, item.record_id, item.staff) == ("volunteer", anna.id, db.user)
    everything = service.view("all", today=TODAY)
    assert [i.reason for i in everything.items] == [
        "Verwendungsnachweis anfordern",
        "Nachweis prüfen (in drei Monaten)",
    ]
    assert not everything.items[1].has_record

    mine = service.view("all", staff=db.user, today=TODAY)
    assert [i.reason for i in mine.items] == ["Verwendungsnachweis anfordern"]

    service.done(item, TODAY)
    assert reminders.get(soon.id).done_on == TODAY
    assert reminders.get(soon.id).done_by == db.user
    assert [i.reason for i in service.view("all", today=TODAY).items] == [
        "Nachweis prüfen (in drei Monaten)"
    ]


def test_a_reminder_needs_a_day_a_text_and_an_existing_record(db, anna):
    reminders = ReminderService(db)
    with pytest.raises(ValidationError) as error:
        reminders.create(day(-1), " ")
    assert set(error.value.field_errors) == {"due_on", "text"}
    with pytest.raises(Exception, match="gibt es nicht"):
        reminders.create(day(1), "Anrufen", entity="volunteer", entity_id=anna.id + 99)


def test_windows_overdue_week_and_moved_items(db, anna):
    notes = ContactNoteService(db)
    notes.add("volunteer", anna.id, noted_on=day(-9), subject="Rückruf", follow_up_on=day(-2))
    notes.add("volunteer", anna.id, noted_on=day(-1), subject="Heute", follow_up_on=TODAY)
    service = FollowUpService(db)
    overdue = service.view("overdue", today=TODAY)
    assert [i.reason for i in overdue.items] == ["Rückruf"]
    assert overdue.overdue == 1 and overdue.due_now == 2
    week = service.view("week", today=TODAY)
    assert sorted(i.reason for i in week.items) == ["Heute", "Rückruf"]
    assert horizon("week", TODAY).weekday() == 6  # up to Sunday

    # A consent renewal moved on comes back on its new day in the windows ahead.
    ConsentService(db).give("volunteer", anna.id, given_on=day(-800))
    renewal = next(i for i in service.view("week", today=TODAY).items if i.kind == "consent")
    service.postpone(renewal, day(20), TODAY)
    assert "consent" not in [i.kind for i in service.view("week", today=TODAY).items]
    ahead = service.view("weeks4", today=TODAY)
    assert [i.due_on for i in ahead.items if i.kind == "consent"] == [day(20)]
    assert ahead.counts["consent"] == 1


def test_consents_of_people_who_left_are_not_renewed(db, anna):
    volunteers = VolunteerService(db)
    gone = volunteers.create(last_name="Weg", first_name="Willi", status="ausgeschieden")
    consents = ConsentService(db)
    consents.give("volunteer", anna.id, given_on=day(-800))
    consents.give("volunteer", gone.id, given_on=day(-800))
    view = FollowUpService(db).view("all", today=TODAY)
    assert [i.title for i in view.items if i.kind == "consent"] == ["Müller, Anna"]
    assert view.counts["consent"] == 1


def test_print_and_export_of_a_view_are_complete_and_logged(db, anna, tmp_path):
    ReminderService(db).create(day(3), "Frau K. zurückrufen", "", "volunteer", anna.id)
    pdf = tmp_path / "wiedervorlage.pdf"
    result = render(db, "followups", pdf, window="weeks4")
    assert result.pages == 1 and pdf.read_bytes().startswith(b"%PDF")
    workbook = tmp_path / "wiedervorlage.xlsx"
    assert export_followups(db, workbook, window="weeks4") == 1
    assert os.stat(workbook).st_mode & 0o077 == 0
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".teil")]
    sheet = load_workbook(workbook).active
    texts = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert ["Eigene Wiedervorlage (1)"] in texts
    assert any("Frau K. zurückrufen" in row for row in texts)
    with db.read() as session:
        logged = session.scalars(
            select(m.AuditEntry.new_value).where(m.AuditEntry.action == AuditAction.EXPORT)
        ).all()
    assert any("Ausdruck »Wiedervorlage«" in t for t in logged)
    assert any("Export »Wiedervorlage«" in t and "Zeilen: 1" in t for t in logged)


def test_erasure_deletes_the_reminders_of_the_person(db, anna):
    reminders = ReminderService(db)
    reminders.create(day(3), "Anna Müller wegen Umzug anrufen", "", "volunteer", anna.id)
    reminders.create(day(4), "Raum buchen")
    plan = plan_erasure(db, "volunteer", anna.id)
    assert ("Eigene Wiedervorlagen (werden gelöscht)", 1) in plan.items
    erase(db, "volunteer", anna.id, compact=False)
    with db.read() as session:
        left = session.scalars(select(m.Reminder.text)).all()
        logged = session.scalar(
            select(func.count()).where(
                m.AuditEntry.entity == "reminder", m.AuditEntry.new_value.contains("Umzug")
            )
        )
    assert left == ["Raum buchen"]
    assert logged == 0
