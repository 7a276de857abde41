"""The contact log with follow-ups, and the hours volunteers worked."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from servicestelle.enums import ContactChannel
from servicestelle.errors import ServiceError, ValidationError
from servicestelle.services.base import ListQuery
from servicestelle.services.hours import HoursService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.pairings import PairingService
from servicestelle.services.volunteers import VolunteerService

TODAY = dt.date.today()


def days(n):
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def notes(db):
    return ContactNoteService(db)


@pytest.fixture
def hours(db):
    return HoursService(db)


@pytest.fixture
def volunteer(db):
    return VolunteerService(db).create(first_name="Anna", last_name="Weber", status="aktiv")


@pytest.fixture
def newcomer(db):
    return NewcomerService(db).create(first_name="Olena", last_name="Koval")


# -- contact notes ---------------------------------------------------------------------


def test_note_on_a_volunteer_with_follow_up(notes, volunteer):
    created = notes.add("volunteer", volunteer.id, subject="Rückruf wegen Führungszeugnis",
                        follow_up_on=days(7).strftime("%d.%m.%Y"))
    saved = notes.get(created.id)
    assert saved.owner == ("volunteer", volunteer.id)
    assert saved.noted_on == TODAY
    assert saved.channel is ContactChannel.PHONE
    assert saved.staff == "Frau Test"
    assert saved.follow_up_on == days(7)


@pytest.mark.any_db
def test_note_needs_a_subject_or_a_text(notes, volunteer):
    with pytest.raises(ValidationError) as caught:
        notes.add("volunteer", volunteer.id, subject="  ", text="")
    assert caught.value.field_errors["text"] == "Notiz: bitte Betreff oder Text eingeben."
    assert notes.add("volunteer", volunteer.id, text="Hat angerufen.").subject is None
    assert notes.count() == 1


@pytest.mark.any_db
def test_follow_up_before_the_note_date_is_rejected(notes, volunteer):
    with pytest.raises(ValidationError) as caught:
        notes.add("volunteer", volunteer.id, subject="Termin", noted_on=days(-2),
                  follow_up_on=days(-3))
    assert caught.value.field_errors["follow_up_on"] == "Wiedervorlage: liegt vor dem Datum."
    same_day = notes.add("volunteer", volunteer.id, subject="Termin", noted_on=days(-2),
                         follow_up_on=days(-2))
    assert same_day.follow_up_on == days(-2)


@pytest.mark.any_db
def test_note_date_in_the_future_is_rejected(notes, volunteer):
    with pytest.raises(ValidationError) as caught:
        notes.add("volunteer", volunteer.id, subject="Termin", noted_on=days(1))
    assert "liegt in der Zukunft" in caught.value.field_errors["noted_on"]


@pytest.mark.any_db
def test_unknown_owner_kind_or_missing_record_is_refused(notes, volunteer):
    with pytest.raises(ServiceError) as caught:
        notes.add("hausmeister", volunteer.id, subject="Schlüssel")
    assert "»hausmeister«" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        notes.add("newcomer", 99999, subject="Schlüssel")
    assert "owner" in caught.value.field_errors
    assert notes.count() == 0


def test_notes_of_a_record_newest_first(notes, volunteer, newcomer):
    old = notes.add("volunteer", volunteer.id, subject="Erstgespräch", noted_on=days(-30))
    new = notes.add("volunteer", volunteer.id, subject="Nachfrage", noted_on=days(-1),
                    channel="E-Mail")
    same_day = notes.add("volunteer", volunteer.id, subject="Rückruf", noted_on=days(-1))
    notes.add("newcomer", newcomer.id, subject="Anmeldung Kita")
    listed = notes.for_record("volunteer", volunteer.id)
    assert [n.id for n in listed] == [same_day.id, new.id, old.id]
    assert listed[1].channel is ContactChannel.EMAIL
    assert [n.subject for n in notes.for_record("newcomer", newcomer.id)] == ["Anmeldung Kita"]


def test_follow_ups_due_until_a_day_and_marked_done(notes, volunteer, newcomer):
    due = notes.add("volunteer", volunteer.id, subject="fällig", noted_on=days(-10),
                    follow_up_on=days(-1))
    today = notes.add("newcomer", newcomer.id, subject="heute", follow_up_on=TODAY)
    notes.add("volunteer", volunteer.id, subject="später", follow_up_on=days(14))
    notes.add("volunteer", volunteer.id, subject="ohne Wiedervorlage")

    def due_until(day):
        return {row[0] for row in notes.page(ListQuery(filters={"follow_up_due": day}), 0, 50)}

    assert due_until(TODAY) == {due.id, today.id}
    assert due_until(days(-1)) == {due.id}
    done = notes.follow_up_done(due.id, due.version)
    assert done.follow_up_done_on == TODAY
    assert done.version == due.version + 1
    assert due_until(TODAY) == {today.id}
    filters = {"follow_up_due": TODAY, "volunteer": volunteer.id}
    assert notes.count(ListQuery(filters=filters)) == 0


# -- hours -------------------------------------------------------------------------------


def test_hours_are_decimals_and_accept_a_comma(hours, volunteer):
    entry = hours.record(volunteer.id, "2,5", worked_on="03.02.2025", description="Arzttermin")
    saved = hours.get(entry.id)
    assert saved.hours == Decimal("2.50")
    assert isinstance(saved.hours, Decimal)
    assert saved.worked_on == dt.date(2025, 2, 3)
    assert hours.record(volunteer.id, Decimal("0.25")).worked_on == TODAY


@pytest.mark.parametrize("value", ["0", "0,0", "-1", "24,5", "25", "zwei"])
@pytest.mark.any_db
def test_implausible_hours_are_rejected(hours, volunteer, value):
    with pytest.raises(ValidationError) as caught:
        hours.record(volunteer.id, value)
    assert caught.value.field_errors["hours"].startswith("Stunden: ")
    assert hours.count() == 0


@pytest.mark.any_db
def test_a_full_day_is_allowed(hours, volunteer):
    assert hours.record(volunteer.id, "24").hours == Decimal("24")


@pytest.mark.any_db
def test_hours_in_the_future_or_for_unknown_volunteer_are_rejected(hours, volunteer):
    with pytest.raises(ValidationError) as caught:
        hours.record(volunteer.id, "1", worked_on=days(1))
    assert "liegt in der Zukunft" in caught.value.field_errors["worked_on"]
    with pytest.raises(ValidationError) as caught:
        hours.record(99999, "1")
    assert "unbekannt" in caught.value.field_errors["volunteer_id"]


@pytest.mark.any_db
def test_hours_for_another_volunteers_pairing_are_rejected(db, hours, volunteer, newcomer):
    other = VolunteerService(db).create(last_name="Karimi", status="aktiv")
    pairing = PairingService(db).propose(other.id, newcomer.id)
    with pytest.raises(ValidationError) as caught:
        hours.record(volunteer.id, "2", pairing_id=pairing.id)
    assert "anderen Ehrenamtlichen" in caught.value.field_errors["pairing_id"]
    own = hours.record(other.id, "2", pairing_id=pairing.id)
    assert hours.count(ListQuery(filters={"pairing": pairing.id})) == 1
    with pytest.raises(ValidationError):
        hours.update(own.id, own.version, volunteer_id=volunteer.id)


def test_total_over_a_period(db, hours, volunteer):
    other = VolunteerService(db).create(last_name="Karimi")
    for day, value in [("2025-01-31", "3"), ("2025-02-01", "1,5"), ("2025-02-14", "2,25"),
                       ("2025-02-28", "0,75"), ("2025-03-01", "4")]:
        hours.record(volunteer.id, value, worked_on=day)
    hours.record(other.id, "8", worked_on="2025-02-10")
    february = hours.total(volunteer.id, dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert february == Decimal("4.50")
    assert hours.total(volunteer.id) == Decimal("11.50")
    assert hours.total(volunteer.id, start=dt.date(2025, 3, 1)) == Decimal("4.00")
    assert hours.total(other.id, end=dt.date(2025, 1, 31)) == Decimal("0.00")


def test_corrected_hours_count_in_the_total(hours, volunteer):
    entry = hours.record(volunteer.id, "2", worked_on="2025-02-03")
    corrected = hours.update(entry.id, entry.version, hours="1,5")
    assert corrected.version == entry.version + 1
    assert hours.total(volunteer.id) == Decimal("1.50")
    hours.delete(corrected.id, corrected.version)
    assert hours.total(volunteer.id) == Decimal("0.00")
