"""Events: dates and times, invitations, attendance and the counts in the list."""

from __future__ import annotations

import datetime as dt

import pytest

from servicestelle.enums import EventKind, EventStatus
from servicestelle.errors import ValidationError
from servicestelle.services.base import ListQuery
from servicestelle.services.consents import ConsentService
from servicestelle.services.events import EventService
from servicestelle.services.volunteers import VolunteerService


@pytest.fixture
def service(db):
    return EventService(db)


@pytest.fixture
def forum(service):
    return service.create(title="Ehrenamtsforum Frühjahr", starts_at="2026-03-12 18:00",
                          location="Stadthaus")


@pytest.fixture
def volunteers(db):
    create = VolunteerService(db).create
    return [create(last_name=name).id for name in ("Weber", "Karimi", "Nowak", "Haddad")]


def row_of(service, event_id):
    columns = list(service.columns)
    for row in service.page(ListQuery(), 0, 100):
        if row[0] == event_id:
            return dict(zip(columns, row[1:], strict=True))
    raise AssertionError(f"{event_id} not in list")


def test_create_parses_date_and_time_and_sets_defaults(service, forum):
    saved = service.get(forum.id)
    assert saved.starts_at == dt.datetime(2026, 3, 12, 18, 0)
    assert saved.kind is EventKind.FORUM
    assert saved.status is EventStatus.PLANNED
    assert saved.version == 1


@pytest.mark.any_db
def test_german_date_and_time_is_accepted(service):
    created = service.create(title="Schulung Kinderschutz", kind="Schulung",
                             starts_at="05.05.2026 09:30", ends_at="05.05.2026 13:00")
    saved = service.get(created.id)
    assert (saved.starts_at, saved.ends_at) == (
        dt.datetime(2026, 5, 5, 9, 30), dt.datetime(2026, 5, 5, 13, 0)
    )
    assert saved.kind is EventKind.TRAINING


@pytest.mark.any_db
def test_start_is_required_and_must_be_a_point_in_time(service):
    with pytest.raises(ValidationError) as caught:
        service.create(title="Treffen")
    assert caught.value.field_errors["starts_at"] == "Beginn: bitte ausfüllen."
    with pytest.raises(ValidationError) as caught:
        service.create(title="Treffen", starts_at="nächsten Dienstag")
    assert "kein Zeitpunkt" in caught.value.field_errors["starts_at"]
    assert service.count() == 0


@pytest.mark.any_db
def test_end_before_start_is_rejected(service, forum):
    with pytest.raises(ValidationError) as caught:
        service.create(title="Treffen", starts_at="2026-03-12 18:00",
                       ends_at="2026-03-12 17:59")
    assert caught.value.field_errors["ends_at"] == "Ende: liegt vor dem Beginn."
    with pytest.raises(ValidationError):
        service.update(forum.id, forum.version, ends_at="12.03.2026 17:00")
    with pytest.raises(ValidationError):
        service.update(forum.id, forum.version, ends_at="2026-03-12 20:00",
                       starts_at="2026-03-12 21:00")
    saved = service.update(forum.id, forum.version, ends_at="12.03.2026 20:30")
    assert saved.ends_at == dt.datetime(2026, 3, 12, 20, 30)
    assert saved.version == forum.version + 1


def test_invite_counts_new_invitations_and_never_duplicates(service, forum, volunteers):
    first, second, third, _fourth = volunteers
    assert service.invite(forum.id, [first, second], on="01.02.2026") == 2
    assert service.invite(forum.id, [second, third, third]) == 1
    assert service.invite(forum.id, [first, second, third]) == 0
    invited = service.attendances(forum.id)
    assert [a.volunteer_id for a in invited] == [first, second, third]
    assert invited[0].invited_on == dt.date(2026, 2, 1)
    assert not any(a.attended for a in invited)


def test_inviting_and_ticking_do_not_invalidate_an_open_event_form(service, forum, volunteers):
    # Invitations and attendance are saved on their own; an event form opened before
    # must still save its own fields without a (false) conflict.
    service.invite(forum.id, volunteers[:2])
    service.set_attendance(forum.id, volunteers[0])
    saved = service.update(forum.id, forum.version, location="Rathaus, Saal 2")
    assert saved.version == forum.version + 1
    assert [a.attended for a in service.attendances(forum.id)] == [True, False]


def test_inviting_an_unknown_volunteer_invites_nobody(service, forum, volunteers):
    with pytest.raises(ValidationError) as caught:
        service.invite(forum.id, [volunteers[0], 99999])
    assert "unbekannt" in caught.value.field_errors["volunteer_ids"]
    assert service.attendances(forum.id) == []


@pytest.mark.any_db
def test_unreadable_invitation_date_gets_a_german_message(service, forum, volunteers):
    with pytest.raises(ValidationError) as caught:
        service.invite(forum.id, volunteers[:1], on="gestern")
    assert "kein Datum" in str(caught.value)
    assert service.attendances(forum.id) == []


def test_attendance_ticks_who_came_and_adds_walk_ins(service, forum, volunteers):
    first, second, _third, walk_in = volunteers
    service.invite(forum.id, [first, second])
    service.set_attendance(forum.id, first)
    service.set_attendance(forum.id, walk_in, registered=False)
    came = {a.volunteer_id: a for a in service.attendances(forum.id)}
    assert set(came) == {first, second, walk_in}
    assert came[first].attended and not came[second].attended
    assert came[walk_in].attended
    assert came[walk_in].invited_on is None


def test_attendance_can_be_taken_back(service, forum, volunteers):
    service.invite(forum.id, volunteers[:1])
    service.set_attendance(forum.id, volunteers[0])
    service.set_attendance(forum.id, volunteers[0], attended=False, registered=True)
    (attendance,) = service.attendances(forum.id)
    assert (attendance.attended, attendance.registered) == (False, True)


@pytest.mark.any_db
def test_attendance_of_an_unknown_volunteer_is_rejected(service, forum):
    with pytest.raises(ValidationError) as caught:
        service.set_attendance(forum.id, 99999)
    assert "volunteer_id" in caught.value.field_errors
    assert service.attendances(forum.id) == []


def test_list_counts_invited_and_attended(service, forum, volunteers):
    other = service.create(title="Stammtisch", kind="treffen", starts_at="2026-04-02 19:00")
    service.invite(forum.id, volunteers[:3])
    service.set_attendance(forum.id, volunteers[0])
    service.set_attendance(forum.id, volunteers[2])
    service.invite(other.id, volunteers[:1])
    assert (row_of(service, forum.id)["invited"], row_of(service, forum.id)["attended"]) == (3, 2)
    assert (row_of(service, other.id)["invited"], row_of(service, other.id)["attended"]) == (1, 0)


def test_walk_ins_count_as_attended_but_not_as_invited(service, forum, volunteers):
    service.invite(forum.id, volunteers[:2])
    service.set_attendance(forum.id, volunteers[3])
    row = row_of(service, forum.id)
    assert (row["invited"], row["attended"]) == (2, 1)


def test_list_is_newest_first_and_filters_by_kind_and_start(service, forum):
    later = service.create(title="Sommerfest", kind="treffen", starts_at="2026-07-04 15:00")
    earlier = service.create(title="Neujahrsempfang", starts_at="2026-01-15 17:00")
    assert [row[0] for row in service.page(ListQuery(), 0, 10)] == [later.id, forum.id, earlier.id]

    def found(**filters):
        return {row[0] for row in service.page(ListQuery(filters=filters), 0, 10)}

    assert found(**{"from": dt.date(2026, 3, 12)}) == {forum.id, later.id}
    assert found(kind=EventKind.FORUM, status="geplant") == {forum.id, earlier.id}


def test_filter_until_a_day_includes_the_events_of_that_day(service, forum):
    earlier = service.create(title="Neujahrsempfang", starts_at="2026-01-15 17:00")
    service.create(title="Sommerfest", starts_at="2026-07-04 15:00")
    query = ListQuery(filters={"to": dt.date(2026, 3, 12)})
    assert {row[0] for row in service.page(query, 0, 10)} == {earlier.id, forum.id}


def test_event_list_text_search_looks_at_title_and_place(service):
    service.create(title="Ehrenamtsforum", starts_at="2026-03-12 18:00", location="Rathaus")
    service.create(title="Schulung Datenschutz", starts_at="2026-04-02 17:00")
    assert service.count(ListQuery(text="forum")) == 1
    assert service.count(ListQuery(text="rathaus")) == 1
    assert service.count(ListQuery(text="schulung daten")) == 1


def test_a_volunteers_events_show_invitation_and_attendance(service, forum, volunteers):
    training = service.create(title="Schulung Kinderschutz", starts_at="2026-05-04 10:00")
    service.invite(forum.id, volunteers[:2], on="2026-02-20")
    service.set_attendance(forum.id, volunteers[0], attended=True)
    service.set_attendance(training.id, volunteers[0], attended=False, registered=True)

    seen = service.for_volunteer(volunteers[0])
    assert [(e.title, e.invited_on, e.registered, e.attended) for e in seen] == [
        ("Schulung Kinderschutz", None, True, False),  # newest first
        ("Ehrenamtsforum Frühjahr", dt.date(2026, 2, 20), False, True),
    ]
    assert [e.title for e in service.for_volunteer(volunteers[1])] == [forum.title]
    assert service.for_volunteer(volunteers[2]) == []
    listed = service.page(ListQuery(filters={"volunteer": volunteers[0]}), 0, 10)
    assert {row[0] for row in listed} == {forum.id, training.id}


def _active(db, volunteer_ids, email=True):
    """Make the volunteers active, each with an address and a consent to e-mail."""
    from servicestelle.enums import VolunteerStatus

    people = VolunteerService(db)
    for volunteer_id in volunteer_ids:
        record = people.get(volunteer_id)
        people.update(
            volunteer_id,
            record.version,
            status=VolunteerStatus.ACTIVE,
            email=f"{record.last_name.lower()}@example.org",
        )
        ConsentService(db).give("volunteer", volunteer_id, contact_email=email)


def test_inviting_all_active_volunteers_skips_the_others(db, service, forum, volunteers):
    _active(db, volunteers[:3])
    service.invite(forum.id, [volunteers[0]], on="2026-02-01")

    assert service.invite_active(forum.id, on="2026-02-10") == 2
    invited = {a.volunteer_id: a.invited_on for a in service.attendances(forum.id)}
    assert invited == {
        volunteers[0]: dt.date(2026, 2, 1),  # already invited: left as it was
        volunteers[1]: dt.date(2026, 2, 10),
        volunteers[2]: dt.date(2026, 2, 10),
    }
    assert service.invite_active(forum.id) == 0


def test_inviting_all_active_leaves_out_who_may_not_be_written_to(
    db, service, forum, volunteers
):
    weber, karimi, nowak, haddad = volunteers
    _active(db, [weber])
    _active(db, [karimi], email=False)  # no consent to e-mail contact
    _active(db, [nowak])
    people = VolunteerService(db)
    record = people.get(nowak)
    people.update(nowak, record.version, email=None)  # no address
    _active(db, [haddad])
    consent = ConsentService(db).current("volunteer", haddad)
    ConsentService(db).withdraw(consent.id, consent.version)  # withdrawn today

    reach = service.active_reach()
    assert [p.id for p in reach.reachable] == [weber]
    assert {p.id: p.reason for p in reach.left_out} == {
        karimi: "ohne Einwilligung zur E-Mail",
        nowak: "ohne E-Mail-Adresse",
        haddad: "ohne Einwilligung zur E-Mail",
    }
    assert reach.summary() == (
        "3 ausgelassen: 2 ohne Einwilligung zur E-Mail, 1 ohne E-Mail-Adresse"
    )
    assert service.invite_active(forum.id) == 1
    assert [a.volunteer_id for a in service.attendances(forum.id)] == [weber]


def test_the_latest_valid_consent_decides_about_e_mail(db, service, forum, volunteers):
    weber = volunteers[0]
    _active(db, [weber])  # today: e-mail allowed
    consents = ConsentService(db)
    consents.give("volunteer", weber, given_on=dt.date.today(), contact_email=False)
    assert service.active_reach().reachable == []  # the newer consent says no
    assert service.invite_active(forum.id) == 0


def test_the_invitation_mail_goes_to_the_invitees_in_bcc(db, service, forum, volunteers):
    from urllib.parse import parse_qs, urlsplit

    weber, karimi, nowak, _haddad = volunteers
    _active(db, [weber, nowak])
    _active(db, [karimi], email=False)
    service.invite(forum.id, [weber, karimi, nowak])
    service.set_attendance(forum.id, volunteers[3])  # a walk-in: not invited, no mail
    service.update(forum.id, forum.version, ends_at="2026-03-12 20:00")

    invitation = service.invitation(forum.id)
    assert invitation.addresses == ["nowak@example.org", "weber@example.org"]
    assert invitation.invitees.summary() == "1 ausgelassen: 1 ohne Einwilligung zur E-Mail"
    assert invitation.copy_text() == "nowak@example.org; weber@example.org"
    (link,) = invitation.links()
    parts = urlsplit(link)
    query = parse_qs(parts.query)
    assert (parts.scheme, parts.path) == ("mailto", "")
    assert query["bcc"] == ["nowak@example.org,weber@example.org"]
    assert query["subject"] == ["Einladung: Ehrenamtsforum Frühjahr"]
    body = query["body"][0]
    assert "Donnerstag, 12.03.2026, 18:00–20:00 Uhr" in body
    assert "Ort: Stadthaus" in body
    assert "\r\n" in body  # line breaks as RFC 6068 asks
