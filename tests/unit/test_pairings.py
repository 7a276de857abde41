"""Pairings: the workflow vorgeschlagen → aktiv ⇄ pausiert → beendet, and its guards."""

from __future__ import annotations

import datetime as dt

import pytest

from servicestelle.enums import PairingEndReason, PairingStatus
from servicestelle.errors import TransitionError, ValidationError
from servicestelle.services.base import ListQuery
from servicestelle.services.lists import DistrictService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.pairings import PairingService
from servicestelle.services.volunteers import VolunteerService


@pytest.fixture
def people(db):
    districts = DistrictService(db).by_name()
    volunteer = VolunteerService(db).create(last_name="Schröder", first_name="Leyla",
                                            status="aktiv", max_pairings=2)
    newcomer = NewcomerService(db).create(last_name="Kovalenko", first_name="Iryna",
                                          kind="haushalt", household_size=3, children_count=2,
                                          district_id=districts["Neu Zippendorf"])
    return volunteer, newcomer


@pytest.fixture
def service(db):
    return PairingService(db)


def test_a_pairing_goes_through_its_whole_life(service, people):
    volunteer, newcomer = people
    pairing = service.propose(volunteer.id, newcomer.id, focus="Schule")
    assert pairing.status is PairingStatus.PROPOSED
    assert pairing.proposed_on == dt.date.today()
    assert [a for a, _ in service.allowed_actions(pairing.status)] == ["start", "end"]

    pairing = service.start(pairing.id, pairing.version, next_checkin_on="2030-01-15")
    assert pairing.status is PairingStatus.ACTIVE and pairing.started_on == dt.date.today()
    assert pairing.next_checkin_on == dt.date(2030, 1, 15)
    pairing = service.pause(pairing.id, pairing.version)
    assert pairing.status is PairingStatus.PAUSED
    pairing = service.resume(pairing.id, pairing.version)
    assert pairing.status is PairingStatus.ACTIVE and pairing.paused_on is None
    pairing = service.end(pairing.id, pairing.version, reason="ziel_erreicht")
    assert pairing.status is PairingStatus.ENDED
    assert pairing.end_reason is PairingEndReason.GOAL_REACHED
    assert pairing.next_checkin_on is None
    assert [label for _, label in service.allowed_actions(pairing.status)] == ["Wieder aufnehmen"]


@pytest.mark.any_db
def test_an_ended_pairing_does_not_start_again_without_reopening(service, people):
    volunteer, newcomer = people
    pairing = service.propose(volunteer.id, newcomer.id)
    pairing = service.start(pairing.id, pairing.version)
    pairing = service.end(pairing.id, pairing.version, reason="umzug")
    with pytest.raises(TransitionError) as caught:
        service.resume(pairing.id, pairing.version)
    assert "beendet" in str(caught.value) and "Wieder aufnehmen" in str(caught.value)
    reopened = service.reopen(pairing.id, pairing.version)
    assert reopened.status is PairingStatus.ACTIVE
    assert reopened.ended_on is None and reopened.end_reason is None


@pytest.mark.any_db
def test_ending_needs_a_reason(service, people):
    pairing = service.propose(*(p.id for p in people))
    with pytest.raises(ValidationError) as caught:
        service.end(pairing.id, pairing.version, reason=None)
    assert "Grund" in caught.value.field_errors["reason"]
    assert service.get(pairing.id).status is PairingStatus.PROPOSED


@pytest.mark.any_db
def test_status_is_not_edited_directly(service, people):
    pairing = service.propose(*(p.id for p in people))
    with pytest.raises(Exception, match="Arbeitsschritte"):
        service.update(pairing.id, pairing.version, status="aktiv")


@pytest.mark.any_db
def test_dates_must_be_in_order(service, people):
    pairing = service.propose(*(p.id for p in people), proposed_on="2025-05-01")
    with pytest.raises(ValidationError):
        service.update(pairing.id, pairing.version, started_on="2025-04-01")


@pytest.mark.any_db
def test_a_volunteer_who_left_cannot_be_paired(db, service, people):
    volunteer, newcomer = people
    volunteers = VolunteerService(db)
    left = volunteers.update(volunteer.id, volunteer.version, status="ausgeschieden")
    with pytest.raises(ValidationError) as caught:
        service.propose(left.id, newcomer.id)
    assert "ausgeschieden" in caught.value.field_errors["volunteer_id"]


def test_pairing_list_shows_names_and_filters_by_the_newcomers_district(db, service, people):
    volunteer, newcomer = people
    pairing = service.propose(volunteer.id, newcomer.id, focus="Hausaufgaben")
    service.start(pairing.id, pairing.version)
    districts = DistrictService(db).by_name()
    columns = list(service.columns)
    rows = service.page(ListQuery(filters={"district": districts["Neu Zippendorf"]}), 0, 10)
    assert len(rows) == 1
    row = rows[0]
    assert row[columns.index("volunteer") + 1] == "Schröder, Leyla"
    assert row[columns.index("newcomer") + 1] == "Kovalenko, Iryna"
    assert row[columns.index("status") + 1] == PairingStatus.ACTIVE
    assert service.count(ListQuery(filters={"district": districts["Lankow"]})) == 0
    assert service.count(ListQuery(filters={"district": districts["Neu Zippendorf"]})) == 1
    assert VolunteerService(db).active_pairings(volunteer.id) == 1


def test_pairing_list_text_search_finds_both_people(db, service, people):
    volunteer, newcomer = people
    service.propose(volunteer.id, newcomer.id)
    family = NewcomerService(db).create(last_name="Sadat", kind="haushalt", household_size=4)
    service.propose(volunteer.id, family.id)
    assert service.count(ListQuery(text="kovalenko")) == 1
    assert service.count(ListQuery(text="schröder")) == 2
    names = [row[list(service.columns).index("newcomer") + 1]
             for row in service.page(ListQuery(text="sadat"), 0, 5)]
    assert names == ["Sadat"]
