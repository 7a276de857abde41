"""Help requests: offen → in Vermittlung → vermittelt → erledigt / nicht vermittelbar."""

from __future__ import annotations

import datetime as dt

import pytest

from servicestelle.enums import CandidateAnswer, RequestStatus
from servicestelle.errors import TransitionError, ValidationError
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService


@pytest.fixture
def service(db):
    return HelpRequestService(db)


@pytest.fixture
def volunteers(db):
    service = VolunteerService(db)
    return [service.create(last_name=name, status="aktiv", languages=["ar"])
            for name in ("Haddad", "Al-Hassan")]


def test_request_from_caritas_is_mediated_assigned_and_done(service, volunteers):
    request = service.create(title="Begleitung zur Ausländerbehörde", languages=["ar"],
                             languages_required=True, children_involved=True,
                             needed_on="2030-03-05", requester="Caritas")
    assert request.status is RequestStatus.OPEN
    assert request.received_on == dt.date.today()

    first, second = volunteers
    service.ask(request.id, first.id, channel="email")
    service.ask(request.id, second.id, channel="telefon")
    asked = service.get(request.id)
    assert asked.status is RequestStatus.MEDIATING
    assert [c.volunteer_id for c in asked.candidates] == [first.id, second.id]

    service.answer(request.id, second.id, "abgesagt")
    service.answer(request.id, first.id, "zugesagt")
    matched = service.assign(request.id, first.id)
    assert matched.status is RequestStatus.MATCHED
    assigned = [c for c in matched.candidates if c.assigned]
    assert [c.volunteer_id for c in assigned] == [first.id]
    answers = {c.volunteer_id: c.answer for c in service.candidates(request.id)}
    assert answers == {first.id: CandidateAnswer.YES, second.id: CandidateAnswer.NO}

    done = service.complete(request.id, matched.version, outcome="Termin wahrgenommen")
    assert done.status is RequestStatus.DONE and done.closed_on == dt.date.today()
    with pytest.raises(TransitionError):
        service.ask(request.id, second.id)
    reopened = service.reopen(done.id, done.version)
    assert reopened.status is RequestStatus.OPEN and reopened.closed_on is None


@pytest.mark.any_db
def test_giving_up_needs_a_reason_and_is_only_possible_while_open(service):
    request = service.create(title="Wohnung gesucht")
    with pytest.raises(ValidationError):
        service.give_up(request.id, request.version, outcome=" ")
    closed = service.give_up(request.id, request.version, outcome="niemand gefunden")
    assert closed.status is RequestStatus.UNMATCHABLE
    with pytest.raises(TransitionError, match="nicht vermittelbar"):
        service.complete(closed.id, closed.version)


@pytest.mark.any_db
def test_completing_requires_an_assignment_first(service):
    request = service.create(title="Dolmetschen beim Arzt")
    with pytest.raises(TransitionError, match="Erledigt"):
        service.complete(request.id, request.version)


@pytest.mark.any_db
def test_unassigning_returns_to_mediation(service, volunteers):
    request = service.create(title="Hausaufgabenhilfe")
    matched = service.assign(request.id, volunteers[0].id)
    back = service.unassign(matched.id, matched.version)
    assert back.status is RequestStatus.MEDIATING
    assert not any(c.assigned for c in back.candidates)


@pytest.mark.any_db
def test_allowed_actions_follow_the_status(service):
    assert [a for a, _ in service.allowed_actions(RequestStatus.OPEN)] == [
        "mediate", "match", "give_up"]
    assert [a for a, _ in service.allowed_actions(RequestStatus.DONE)] == ["reopen"]


@pytest.mark.any_db
def test_received_date_in_the_future_is_rejected(service):
    with pytest.raises(ValidationError) as caught:
        service.create(title="Sachspenden", received_on="2999-01-01")
    assert "Zukunft" in caught.value.field_errors["received_on"]


@pytest.mark.any_db
def test_an_open_request_can_be_marked_as_in_mediation(service):
    request = service.create(title="Wohnungsbesichtigung")
    mediated = service.mediate(request.id, request.version)
    assert mediated.status is RequestStatus.MEDIATING
    with pytest.raises(TransitionError):
        service.mediate(mediated.id, mediated.version)


def test_a_volunteers_requests_show_their_part_and_lists_filter_by_person(db, service, volunteers):
    from servicestelle.services.base import ListQuery
    from servicestelle.services.newcomers import NewcomerService

    family = NewcomerService(db).create(last_name="Rahimi")
    older = service.create(title="Wohnungssuche", received_on="2026-01-10",
                           newcomer_id=family.id)
    newer = service.create(title="Arzttermin begleiten", received_on="2026-02-01")
    first, second = volunteers
    service.ask(older.id, first.id, asked_on="2026-01-12")
    service.ask(newer.id, first.id, asked_on="2026-02-02")
    service.ask(newer.id, second.id, asked_on="2026-02-02")
    service.answer(older.id, first.id, "abgesagt")
    service.assign(newer.id, first.id, on="2026-02-03")

    seen = service.for_volunteer(first.id)
    assert [(r.title, r.status, r.answer, r.assigned_on) for r in seen] == [
        ("Arzttermin begleiten", RequestStatus.MATCHED, CandidateAnswer.YES,
         dt.date(2026, 2, 3)),
        ("Wohnungssuche", RequestStatus.MEDIATING, CandidateAnswer.NO, None),
    ]
    assert [r.title for r in service.for_volunteer(second.id)] == ["Arzttermin begleiten"]

    def ids(**filters):
        return {row[0] for row in service.page(ListQuery(filters=filters), 0, 50)}

    assert ids(volunteer=first.id) == {older.id, newer.id}
    assert ids(volunteer=second.id) == {newer.id}
    assert ids(newcomer=family.id) == {older.id}
