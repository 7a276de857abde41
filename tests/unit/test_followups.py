"""The Wiedervorlage rules at their boundary dates, and »erledigt« / »verschieben«."""

from __future__ import annotations

import datetime as dt

import pytest

from servicestelle.services.consents import ConsentService
from servicestelle.services.followups import KINDS, FollowUpService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.pairings import PairingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.settings import SettingsService
from servicestelle.services.volunteers import VolunteerService

TODAY = dt.date(2026, 6, 15)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def service(db):
    return FollowUpService(db)


def kinds(service, today=TODAY):
    return sorted((f.kind, f.title) for f in service.due(today))


@pytest.fixture
def volunteer(db):
    return VolunteerService(db).create(last_name="Müller", first_name="Anna", status="aktiv")


def test_a_pairing_is_due_after_30_days_without_contact(db, service, volunteer):
    newcomer = NewcomerService(db).create(last_name="Haddad")
    pairings = PairingService(db)
    pairing = pairings.propose(volunteer.id, newcomer.id, proposed_on=day(-60))
    pairings.start(pairing.id, pairing.version, on=day(-30))
    assert kinds(service, day(-1)) == []
    found = service.due(TODAY)
    assert [(f.kind, f.due_on) for f in found] == [("checkin", TODAY)]
    assert "seit 30 Tagen kein Kontakt" in found[0].reason

    ContactNoteService(db).add("pairing", pairing.id, noted_on=day(-5), subject="Telefonat")
    assert kinds(service) == []
    assert kinds(service, day(25)) == [("checkin", "Müller, Anna – Haddad")]

    SettingsService(db).set("pairing.checkin_days", 10)
    assert kinds(service, day(5)) == [("checkin", "Müller, Anna – Haddad")]


def test_an_agreed_check_in_date_is_due_on_that_day(db, service, volunteer):
    newcomer = NewcomerService(db).create(last_name="Haddad")
    pairings = PairingService(db)
    pairing = pairings.propose(volunteer.id, newcomer.id, proposed_on=day(-3))
    pairings.start(pairing.id, pairing.version, on=day(-2), next_checkin_on=day(1))
    assert kinds(service) == []
    assert [f.reason for f in service.due(day(1))] == ["vereinbartes Nachfragen am 16.06.2026"]


def test_a_clearance_is_due_60_days_before_it_runs_out(db, service, volunteer):
    people = VolunteerService(db)
    people.add_clearance(volunteer.id, issued_on=dt.date(2021, 8, 15), seen_on="2021-09-01")
    # valid until 15.08.2026: due from 16.06.2026 (60 days before)
    assert kinds(service, day(0)) == []
    assert kinds(service, day(1)) == [("clearance", "Müller, Anna")]
    assert service.due(day(70))[0].reason == "abgelaufen am 15.08.2026"
    people.add_clearance(volunteer.id, issued_on=dt.date(2026, 6, 1), seen_on="2026-06-10")
    assert kinds(service, day(70)) == []  # the new one counts


def test_a_request_open_for_14_days_is_due(db, service):
    requests = HelpRequestService(db)
    request = requests.create(title="Jobcenter", received_on=day(-14))
    requests.create(title="Neu", received_on=day(-13))
    assert kinds(service) == [("request", "Jobcenter")]
    helper = VolunteerService(db).create(last_name="Weber", status="aktiv")
    requests.assign(request.id, helper.id)
    assert kinds(service) == []


def test_a_consent_is_due_after_the_renewal_period(db, service, volunteer):
    consents = ConsentService(db)
    consents.give("volunteer", volunteer.id, given_on=dt.date(2024, 6, 15))
    assert kinds(service, TODAY) == [("consent", "Müller, Anna")]  # exactly 24 months
    assert kinds(service, day(-1)) == []
    SettingsService(db).set("consent.renewal_months", 36)
    assert kinds(service, TODAY) == []


def test_an_mso_is_due_90_days_before_its_charity_notice_runs_out(db, service):
    organisations = OrganisationService(db)
    organisations.create(name="Kulturverein", kind="mso", charity_notice_on="2023-09-13",
                         charity_notice_until=day(90))
    organisations.create(name="Schule", kind="schule_kita", charity_notice_until=day(10))
    assert kinds(service, day(-1)) == []
    assert kinds(service) == [("charity", "Kulturverein")]


def test_a_contact_notes_follow_up_date(db, service, volunteer):
    notes = ContactNoteService(db)
    note = notes.add("volunteer", volunteer.id, noted_on=day(-2), subject="Rückruf",
                     follow_up_on=TODAY)
    assert kinds(service, day(-1)) == []
    assert kinds(service) == [("note", "Müller, Anna")]
    notes.follow_up_done(note.id, note.version, TODAY)
    assert kinds(service) == []


def test_postponed_and_done_follow_ups(db, service, volunteer):
    VolunteerService(db).add_clearance(volunteer.id, issued_on=dt.date(2021, 7, 1),
                                       seen_on="2021-07-01")
    HelpRequestService(db).create(title="Wohnung", received_on=day(-20))
    clearance, request = sorted(service.due(TODAY), key=lambda f: f.kind)
    service.postpone(request, day(7), TODAY)
    assert [f.kind for f in service.due(TODAY)] == ["clearance"]
    assert [f.kind for f in service.due(day(7))] == ["clearance", "request"]
    service.done(clearance, TODAY)
    assert [f.kind for f in service.due(day(7))] == ["request"]
    with pytest.raises(Exception, match="nach heute"):
        service.postpone(request, TODAY, TODAY)
    # a new clearance that runs out again brings it back
    VolunteerService(db).add_clearance(volunteer.id, issued_on=dt.date(2021, 8, 1),
                                       seen_on="2021-08-01")
    assert "clearance" in [f.kind for f in service.due(day(7))]


def test_the_page_shows_the_same_first_items_as_the_whole_list(db, service):
    """The page asks SQL for the earliest consent renewals only; what it shows and counts
    must equal the whole list cut to the same length, also where consents given on the
    28th to 31st fall due on the same day and some are done or moved."""
    SettingsService(db).set("consent.renewal_months", 1)
    people = VolunteerService(db)
    consents = ConsentService(db)
    given = [31, 29, 28, 30, 29, 10, 31, 28]  # January 2026: 28th–31st fall due 28 February
    for number, day_of_month in enumerate(given):
        person = people.create(last_name=f"Person{number}", first_name="X", status="aktiv")
        consents.give("volunteer", person.id, given_on=dt.date(2026, 1, day_of_month))
    later = people.create(last_name="Später", first_name="X", status="aktiv")
    consents.give("volunteer", later.id, given_on=dt.date(2026, 3, 2))
    newcomer = NewcomerService(db).create(last_name="Neu", first_name="Y")
    consents.give("newcomer", newcomer.id, given_on=dt.date(2026, 1, 5))

    whole = service.due(TODAY)
    assert len(whole) == len(given) + 2
    service.done(next(f for f in whole if f.due_on == dt.date(2026, 2, 28)), TODAY)
    service.postpone(whole[0], day(3), TODAY)
    everything = service.due(TODAY)
    expected = {kind: sum(1 for f in everything if f.kind == kind) for kind in KINDS}
    assert expected["consent"] == len(given)  # two of ten hidden
    for limit in range(1, len(given) + 3):
        shown, counts = service.overview(TODAY, limit=limit)
        assert [f.key for f in shown] == [f.key for f in everything[:limit]]
        assert counts == expected
    assert service.counts(TODAY) == expected
