"""Demo data: every kind of record, consistent dates, repeatable, searchable, and in the
same shape as records the program writes itself."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import phonenumbers
import pytest
from sqlalchemy import func, select, text

from servicestelle import models as m
from servicestelle.demo import ORIGINS, ascii_name, generate
from servicestelle.enums import (
    AuditAction,
    NewcomerKind,
    PairingStatus,
    RequestStatus,
    VolunteerStatus,
)
from servicestelle.search import ROWID_BASE, SEARCHABLE, document_of, fold_query
from tests.conftest import database_template

N = 200
TODAY = dt.date.today()

ENTITY_TABLES = (
    "volunteer", "newcomer", "pairing", "help_request", "organisation", "contact_person",
    "event", "attendance", "hours_entry", "contact_note", "consent", "police_clearance",
    "consultation", "request_candidate", "funding_application", "volunteer_language",
    "volunteer_activity", "newcomer_language", "request_language", "organisation_language",
)
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
ARABIC = re.compile(r"[\u0600-\u06FF]")


# Made once per module and kind of database; each test that asks for ``demo`` gets a
# copy of it as its ``db`` (see tests/conftest.py).
db_template = database_template(lambda db: generate(db, N, seed=1))


@pytest.fixture
def demo(db, db_template):
    """What ``generate(db, N, seed=1)`` reported for the test's database."""
    return db_template.result(db)


def count(db, table: str) -> int:
    with db.read() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def all_of(db, model, *order):
    with db.read() as session:
        return list(session.scalars(select(model).order_by(*(order or (model.id,)))))


def test_every_entity_table_is_filled_and_the_counts_are_reported(db, demo):
    for table in ENTITY_TABLES:
        assert demo.get(table, 0) > 0, table
        assert count(db, table) == demo[table], table
    assert demo["volunteer"] == N
    assert demo["newcomer"] == round(0.6 * N)
    assert demo["pairing"] == round(0.4 * N)
    assert demo["help_request"] == round(0.3 * N)
    assert demo["organisation"] == 10
    assert demo["event"] == 4


def test_one_audit_entry_per_table_summarises_the_import(db, demo):
    with db.read() as session:
        entries = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id)).all()
    summary = {e.entity: e for e in entries}
    assert set(summary) == {t for t in demo if t != "audit_entry"}
    volunteers = summary["volunteer"]
    assert volunteers.action == AuditAction.CREATE
    assert volunteers.entity_id == 0 and volunteers.field is None
    assert volunteers.new_value == f"Beispieldaten: {N} Datensätze"
    assert volunteers.user == db.user


def test_records_carry_tracking_columns(db, demo):
    for volunteer in all_of(db, m.Volunteer):
        assert volunteer.created_by == volunteer.updated_by == "Beispieldaten"
        assert volunteer.version == 1
        assert volunteer.created_at <= m.utcnow()


def test_same_seed_gives_same_people_also_on_a_database_in_use(db, demo):
    first = [(v.first_name, v.last_name, v.status) for v in all_of(db, m.Volunteer)]
    again = generate(db, N, seed=1)
    assert again["volunteer"] == N
    names = [(v.first_name, v.last_name, v.status) for v in all_of(db, m.Volunteer)]
    assert names[:N] == first  # the records already there are untouched
    assert names[N:] == first  # new ids, same people
    assert count(db, "volunteer") == 2 * N
    other = generate(db, N, seed=2)
    assert other["volunteer"] == N
    assert [(v.first_name, v.last_name, v.status) for v in all_of(db, m.Volunteer)][2 * N:] \
        != first


def test_pairing_dates_follow_the_workflow(db, demo):
    pairings = all_of(db, m.Pairing)
    volunteers = {v.id: v for v in all_of(db, m.Volunteer)}
    assert {p.status for p in pairings} == set(PairingStatus)
    for p in pairings:
        dates = [d for d in (p.proposed_on, p.started_on, p.ended_on) if d is not None]
        assert dates == sorted(dates), p.id
        assert all(d <= TODAY for d in dates)
        assert p.proposed_on is not None
        volunteer = volunteers[p.volunteer_id]
        assert volunteer.since <= p.proposed_on
        if p.status == PairingStatus.ENDED:
            assert p.ended_on is not None and p.end_reason is not None
            assert p.next_checkin_on is None
            if volunteer.left_on is not None:
                assert p.ended_on <= volunteer.left_on
        else:
            assert p.ended_on is None and p.end_reason is None
            assert volunteer.status != VolunteerStatus.LEFT
        if p.status == PairingStatus.PROPOSED:
            assert p.started_on is None
        if p.status in (PairingStatus.ACTIVE, PairingStatus.PAUSED):
            assert p.started_on is not None and p.next_checkin_on is not None
        if p.status == PairingStatus.PAUSED:
            assert p.started_on <= p.paused_on <= TODAY
        if p.status == PairingStatus.ACTIVE:
            assert volunteer.status == VolunteerStatus.ACTIVE


def test_active_pairings_respect_the_volunteers_maximum(db, demo):
    with db.read() as session:
        load = dict(session.execute(
            select(m.Pairing.volunteer_id, func.count())
            .where(m.Pairing.status.in_([PairingStatus.ACTIVE, PairingStatus.PROPOSED]))
            .group_by(m.Pairing.volunteer_id)
        ).all())
    volunteers = {v.id: v for v in all_of(db, m.Volunteer)}
    assert load
    for volunteer_id, current in load.items():
        assert 1 <= volunteers[volunteer_id].max_pairings <= 3
        assert current <= volunteers[volunteer_id].max_pairings


def test_help_requests_and_asked_volunteers_are_consistent(db, demo):
    requests = all_of(db, m.HelpRequest)
    assert {r.status for r in requests} >= {RequestStatus.DONE, RequestStatus.OPEN}
    candidates: dict[int, list[m.RequestCandidate]] = {}
    for c in all_of(db, m.RequestCandidate):
        candidates.setdefault(c.request_id, []).append(c)
    for r in requests:
        asked = candidates.get(r.id, [])
        assigned = [c for c in asked if c.assigned]
        assert r.received_on <= TODAY
        if r.status in (RequestStatus.DONE, RequestStatus.UNMATCHABLE):
            assert r.closed_on is not None and r.received_on <= r.closed_on <= TODAY
            assert r.outcome
        else:
            assert r.closed_on is None
        if r.status in (RequestStatus.MATCHED, RequestStatus.DONE):
            assert len(assigned) == 1
        else:
            assert assigned == []
        if r.status == RequestStatus.OPEN:
            assert asked == []
        for c in asked:
            assert r.received_on <= c.asked_on <= TODAY
            if c.answered_on is not None:
                assert c.asked_on <= c.answered_on
            if c.assigned:
                assert c.answered_on <= c.assigned_on
                if r.closed_on is not None:
                    assert c.assigned_on <= r.closed_on


def test_volunteers_look_like_real_records(db, demo):
    volunteers = all_of(db, m.Volunteer)
    statuses = {v.status for v in volunteers}
    assert statuses == set(VolunteerStatus)
    active = sum(v.status == VolunteerStatus.ACTIVE for v in volunteers)
    assert active > N / 2
    for v in volunteers:
        age = (TODAY - v.birth_date).days / 365.25
        assert 18 <= age < 81
        assert (v.left_on is not None) == (v.status == VolunteerStatus.LEFT)
        if v.left_on is not None:
            assert v.since <= v.left_on <= TODAY
        assert v.since <= TODAY
        assert 1 <= v.max_pairings <= 3
        assert 0 <= v.availability < (1 << 21)
        if v.phone:
            assert phonenumbers.is_valid_number(phonenumbers.parse(v.phone))
            assert v.phone.startswith(("+49385", "+4915", "+4916", "+4917"))
        if v.email:
            assert v.email.isascii() and "@" in v.email
    with_email = [v for v in volunteers if v.email and re.search("[äöüß]", v.last_name)]
    assert with_email, "no volunteer with an umlaut in the name and an e-mail address"
    for v in with_email:
        assert ascii_name(v.last_name) in v.email  # Müller → mueller
    assert any(v.availability for v in volunteers)


def test_languages_and_activities_come_from_the_lists(db, demo):
    with db.read() as session:
        codes = dict(session.execute(select(m.Language.id, m.Language.code)).all())
        spoken = session.execute(
            select(m.VolunteerLanguage.volunteer_id, m.VolunteerLanguage.language_id)
        ).all()
        fields = session.scalar(select(func.count(func.distinct(
            m.VolunteerActivity.activity_field_id))))
        native = session.execute(select(m.NewcomerLanguage.language_id).where(
            m.NewcomerLanguage.level == "muttersprache")).scalars().all()
    assert {"de", "uk", "ar"} <= {codes[lid] for _vid, lid in spoken}
    assert len({vid for vid, _lid in spoken}) == N  # every volunteer speaks something
    assert fields >= 5
    assert {"uk", "ar"} <= {codes[lid] for lid in native}


def test_names_in_latin_cyrillic_and_arabic_script(db, demo):
    people = all_of(db, m.Volunteer) + all_of(db, m.Newcomer)
    names = [f"{p.first_name} {p.last_name}" for p in people]
    assert any(CYRILLIC.search(n) for n in names)
    assert any(ARABIC.search(n) for n in names)
    last_names = {p.last_name for p in people}
    for origin in ("de", "uk", "ar", "af", "tr"):  # Müller, Shevchenko, Al-Hassan, Karimi, Öztürk
        pool = set(ORIGINS[origin].last) | set(ORIGINS[origin].script.values())
        assert last_names & pool, origin


def test_households_and_organisations_are_plausible(db, demo):
    newcomers = all_of(db, m.Newcomer)
    households = [n for n in newcomers if n.kind == NewcomerKind.HOUSEHOLD]
    assert households and len(households) < len(newcomers)
    for n in newcomers:
        assert 0 <= n.children_count < n.household_size
        assert n.country_of_origin
        if n.kind == NewcomerKind.HOUSEHOLD:
            assert n.contact_name
    organisations = all_of(db, m.Organisation)
    assert {o.kind.value for o in organisations} == {
        "mso", "traeger", "behoerde", "schule_kita", "verein"}
    for o in organisations:
        if o.register_number:
            assert re.fullmatch(r"VR \d{3,4}", o.register_number)
            assert o.registered_on is not None
        if o.charity_notice_until:
            assert o.charity_notice_on < o.charity_notice_until
    funding = all_of(db, m.FundingApplication)
    assert all(isinstance(f.amount, Decimal) and f.amount > 0 for f in funding)


def test_events_have_a_quarterly_forum_and_attendance(db, demo):
    events = all_of(db, m.Event)
    assert any(e.title.startswith("Ehrenamtsforum") for e in events)
    assert any(e.title.startswith("Schulung") for e in events)
    with db.read() as session:
        attended = session.scalar(select(func.count()).where(m.Attendance.attended.is_(True)))
        notes_with_follow_up = session.scalar(
            select(func.count()).where(m.ContactNote.follow_up_on.is_not(None)))
        hours = session.scalars(select(m.HoursEntry.hours)).all()
    assert attended > 0
    assert notes_with_follow_up > 0
    assert all(Decimal("0") < h <= Decimal("8") for h in hours)


def test_contact_log_covers_volunteers_pairings_requests_and_organisations(db, demo):
    with db.read() as session:
        owners = {
            column: session.scalar(select(func.count()).where(
                getattr(m.ContactNote, column).is_not(None)))
            for column in ("volunteer_id", "pairing_id", "request_id", "organisation_id")
        }
    assert all(owners.values()), owners


def stored_search_text(db, session, entity: str, entity_id: int) -> str | None:
    spec = next(s for s in SEARCHABLE if s.entity == entity)
    if db.is_sqlite:
        return session.execute(text("SELECT folded FROM search_fts WHERE rowid = :r"),
                               {"r": spec.code * ROWID_BASE + entity_id}).scalar()
    stored = session.execute(select(m.SearchEntry.folded).where(
        m.SearchEntry.entity == entity, m.SearchEntry.entity_id == entity_id)).scalar()
    return stored.removeprefix(" ") if stored else stored  # stored with a leading space


def test_search_index_equals_what_the_program_itself_would_index(db, demo):
    with db.read() as session:
        checked = 0
        for spec in SEARCHABLE:
            for obj in session.scalars(select(spec.model)):
                entity, entity_id, folded = document_of(obj)
                assert stored_search_text(db, session, entity, entity_id) == folded, \
                    (entity, entity_id)
                checked += 1
    assert checked == sum(demo[s.entity] for s in SEARCHABLE)


def test_global_search_finds_generated_people(db, demo):
    volunteers = all_of(db, m.Volunteer)
    latin = next(v for v in volunteers if v.first_name.isascii() and v.last_name.isascii())
    cyrillic = next((p for p in volunteers + all_of(db, m.Newcomer)
                     if CYRILLIC.search(p.last_name)), None)
    umlaut = next((v for v in volunteers if "ü" in v.last_name), None)
    with db.read() as session:
        hits = db.search.query(session, fold_query(f"{latin.first_name} {latin.last_name}"), 50)
        assert ("volunteer", latin.id) in {(h.entity, h.entity_id) for h in hits}
        if cyrillic is not None:
            hits = db.search.query(session, fold_query(cyrillic.last_name), 200)
            assert cyrillic.id in {h.entity_id for h in hits}
        if umlaut is not None:
            spelled = umlaut.last_name.replace("ü", "ue")
            hits = db.search.query(session, fold_query(spelled), 200)
            assert ("volunteer", umlaut.id) in {(h.entity, h.entity_id) for h in hits}
        if latin.phone:
            national = "0" + latin.phone[3:]
            hits = db.search.query(session, fold_query(national), 10)
            assert ("volunteer", latin.id) in {(h.entity, h.entity_id) for h in hits}


def test_progress_is_reported_up_to_the_total(db):
    calls: list[tuple[int, int]] = []
    generate(db, 50, progress=lambda done, total: calls.append((done, total)))
    assert calls
    assert calls[-1][0] == calls[-1][1] > 0
    assert [done for done, _total in calls] == sorted(done for done, _total in calls)


@pytest.mark.any_db
def test_negative_numbers_are_refused(db):
    with pytest.raises(ValueError):
        generate(db, -1)


@pytest.mark.parametrize("name, expected", [
    ("Müller", "mueller"), ("Öztürk", "oeztuerk"), ("Weiß", "weiss"),
    ("Al-Hassan", "al-hassan"), ("Şahin", "sahin"), ("Çelik", "celik"), ("Yılmaz", "yilmaz"),
])
def test_names_in_e_mail_addresses(name, expected):
    assert ascii_name(name) == expected
