"""Data protection: retention rules at their boundary days, the consent filter, the
access report (complete for a person with rows in every table), erasure of every
trace in the database's rows, and the audit view's filters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from servicestelle import models as m
from servicestelle.db import Database
from servicestelle.enums import (
    ConsentState,
    LanguageLevel,
    NewcomerStatus,
    OrganisationKind,
    PairingStatus,
    RequestStatus,
    VolunteerStatus,
)
from servicestelle.services.audit_log import AuditLogService, AuditQuery
from servicestelle.services.base import ListQuery
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.privacy import PrivacyService, minus_months, minus_years
from servicestelle.services.privacy_anon import ANON
from servicestelle.services.privacy_erase import REMOVED, _referencing
from servicestelle.services.privacy_report import access_report
from servicestelle.services.settings import SettingsService
from servicestelle.services.volunteers import VolunteerService

TODAY = dt.date(2026, 6, 15)
NAME = ("Zoltan", "Quxbaum")
EMAIL = "zoltan.quxbaum@example.org"
PHONE = "0385 7771234"


def full_volunteer(db: Database) -> tuple[int, int]:
    """A volunteer (and a newcomer) with rows in every table that refers to them,
    with their name in other records' texts, an import batch and a follow-up."""
    first, last = NAME
    with db.session() as s:
        batch = m.ImportBatch(
            entity="volunteer",
            file_name=f"Anmeldungen {last}.xlsx",
            mapping={"Name": "last_name"},
            note=f"aus der Liste von {last}",
        )
        s.add(batch)
        s.flush()
        language = s.scalar(select(m.Language).where(m.Language.code == "ar"))
        field = s.scalar(select(m.ActivityField).order_by(m.ActivityField.id))
        v = m.Volunteer(
            first_name=first,
            last_name=last,
            email=EMAIL,
            phone="+493857771234",
            street="Am Quxbaumweg 3",
            postcode="19053",
            city="Schwerin",
            birth_date=dt.date(1980, 5, 4),
            status=VolunteerStatus.ACTIVE,
            notes="Quxbaum backt gern",
            import_batch_id=batch.id,
            since=dt.date(2020, 1, 1),
        )
        v.languages.append(m.VolunteerLanguage(language=language, level=LanguageLevel.GOOD))
        v.activities.append(m.VolunteerActivity(activity_field=field))
        v.clearances.append(
            m.PoliceClearance(
                issued_on=dt.date(2024, 1, 1), seen_on=dt.date(2024, 1, 5), seen_by="Frau Test"
            )
        )
        v.consents.append(
            m.Consent(
                given_on=dt.date(2024, 1, 5),
                storage=True,
                note=f"unterschrieben von {first} {last}",
            )
        )
        n = m.Newcomer(
            first_name="Amal",
            last_name="Yarimova",
            phone="+4917612345678",
            status=NewcomerStatus.SUPPORTED,
        )
        n.languages.append(m.NewcomerLanguage(language=language))
        n.consents.append(m.Consent(given_on=dt.date(2024, 2, 1), storage=True))
        s.add_all([v, n])
        s.flush()
        pairing = m.Pairing(
            volunteer_id=v.id,
            newcomer_id=n.id,
            status=PairingStatus.ACTIVE,
            started_on=dt.date(2024, 3, 1),
            notes=f"{last} kommt dienstags",
        )
        request = m.HelpRequest(
            title=f"Begleitung zum Amt mit {last}",
            newcomer_id=n.id,
            received_on=dt.date(2024, 3, 1),
            requester="Caritas",
        )
        event = m.Event(title="Ehrenamtsforum", starts_at=dt.datetime(2024, 4, 1, 18))
        org = m.Organisation(name="Verein Brücke", kind=OrganisationKind.MSO)
        s.add_all([pairing, request, event, org])
        s.flush()
        contact = m.ContactPerson(
            organisation_id=org.id,
            first_name="Pia",
            last_name="Wendtland",
            email="pia.wendtland@example.org",
        )
        s.add(contact)
        s.add(m.RequestCandidate(request_id=request.id, volunteer=v, asked_on=dt.date(2024, 3, 2)))
        s.add(
            m.HoursEntry(
                volunteer_id=v.id,
                worked_on=dt.date(2024, 3, 5),
                hours=Decimal("2.5"),
                pairing_id=pairing.id,
                description=f"Treffen {first} {last}",
            )
        )
        s.add(m.Attendance(event_id=event.id, volunteer=v, attended=True))
        s.add(
            m.Consultation(
                volunteer_id=v.id,
                held_on=dt.date(2024, 2, 2),
                topic="Einstieg",
                notes=f"Telefon {PHONE}",
            )
        )
        s.add(
            m.ContactNote(
                volunteer_id=v.id,
                noted_on=dt.date(2024, 3, 3),
                subject="Anruf",
                text=f"{first} ruft zurück: {EMAIL}",
            )
        )
        s.add(
            m.ContactNote(
                pairing_id=pairing.id,
                noted_on=dt.date(2024, 3, 4),
                text=f"Tandem {last}/Yarimova läuft",
            )
        )
        s.add(
            m.ContactNote(
                newcomer_id=n.id, noted_on=dt.date(2024, 3, 6), text=f"Herr {last} hat geholfen"
            )
        )
        s.add(m.FollowUpSnooze(key=f"clearance:{v.id}:2024-01-01", until=None))
        s.add(m.FollowUpSnooze(key=f"checkin:{pairing.id}:2024-03-01", until=TODAY))
        return v.id, n.id


def test_rows_in_every_table_that_refers_to_a_volunteer(db):
    volunteer_id, _newcomer_id = full_volunteer(db)
    with db.read() as s:
        for table, column in _referencing("volunteer"):
            count = s.scalar(select(func.count()).select_from(table).where(column == volunteer_id))
            assert count, f"the helper leaves {table.name} empty"


# -- consent filter ----------------------------------------------------------------------


def test_consent_filter_valid_and_missing(db):
    service = VolunteerService(db)
    with_consent = service.create(last_name="Mit", status="aktiv")
    withdrawn = service.create(last_name="Widerrufen", status="aktiv")
    service.create(last_name="Ohne", status="aktiv")
    with db.session() as s:
        s.add(m.Consent(volunteer_id=with_consent.id, given_on=dt.date(2024, 1, 1)))
        s.add(
            m.Consent(
                volunteer_id=withdrawn.id,
                given_on=dt.date(2024, 1, 1),
                withdrawn_on=dt.date(2024, 6, 1),
            )
        )

    def names(value):
        rows = service.page(ListQuery(filters={"consent": value}), 0, 10)
        return sorted(r[1] for r in rows)

    assert names(ConsentState.VALID) == ["Mit"]
    assert names("fehlt") == ["Ohne", "Widerrufen"]
    assert (ConsentState.VALID, "gültig") in service.filter_choices("consent")
    assert NewcomerService(db).filter_choices("consent")[1] == (ConsentState.MISSING, "fehlt")


# -- retention ---------------------------------------------------------------------------


def test_period_arithmetic():
    assert minus_years(dt.date(2028, 2, 29), 2) == dt.date(2026, 2, 28)
    assert minus_months(dt.date(2026, 5, 31), 3) == dt.date(2026, 2, 28)
    assert minus_months(dt.date(2026, 1, 15), 3) == dt.date(2025, 10, 15)


def counts(db, today=TODAY):
    return {r.key: r.count for r in PrivacyService(db).review(today)}


def test_volunteers_who_left_are_due_on_the_anniversary(db):
    service = VolunteerService(db)
    due = service.create(
        last_name="Fällig",
        status="ausgeschieden",
        left_on=minus_years(TODAY, 3),
        email="a@example.org",
    )
    service.create(
        last_name="Morgen",
        status="ausgeschieden",
        left_on=minus_years(TODAY, 3) + dt.timedelta(days=1),
    )
    service.create(last_name="Aktiv", status="aktiv")
    assert counts(db)["volunteers"] == 1
    results = {r.key: r for r in PrivacyService(db).apply(TODAY)}
    assert results["volunteers"].count == 1
    record = service.get(due.id)
    assert (record.last_name, record.first_name, record.email) == (ANON, "", None)
    assert record.status.value == "ausgeschieden" and record.left_on == minus_years(TODAY, 3)
    assert counts(db)["volunteers"] == 0  # done once
    # The next day the other one is due.
    assert counts(db, TODAY + dt.timedelta(days=1))["volunteers"] == 1


def test_clearances_go_three_months_after_leaving(db):
    service = VolunteerService(db)
    on_day = service.create(
        last_name="Genau", status="ausgeschieden", left_on=minus_months(TODAY, 3)
    )
    day_after = service.create(
        last_name="Später",
        status="ausgeschieden",
        left_on=minus_months(TODAY, 3) + dt.timedelta(days=1),
    )
    active = service.create(last_name="Aktiv", status="aktiv")
    for person in (on_day, day_after, active):
        service.add_clearance(person.id, dt.date(2024, 1, 1), dt.date(2024, 1, 2))
    assert counts(db)["clearances"] == 1
    PrivacyService(db).apply(TODAY)
    assert service.clearances(on_day.id) == []
    assert len(service.clearances(day_after.id)) == 1
    assert len(service.clearances(active.id)) == 1
    assert service.get(on_day.id).last_name == "Genau"  # only the clearance went


def test_newcomers_two_years_after_the_last_pairing_or_request_ended(db):
    volunteer = VolunteerService(db).create(last_name="Pate", status="aktiv")
    service = NewcomerService(db)
    cutoff = minus_years(TODAY, 2)
    ended = service.create(last_name="Beendet", phone="0176 1234567")
    later = service.create(last_name="Später")
    running = service.create(last_name="Läuft")
    open_request = service.create(last_name="Offen")
    with db.session() as s:
        s.add(
            m.Pairing(
                volunteer_id=volunteer.id,
                newcomer_id=ended.id,
                status=PairingStatus.ENDED,
                started_on=dt.date(2020, 1, 1),
                ended_on=cutoff,
                notes="Beendet-Notiz",
            )
        )
        s.add(
            m.HelpRequest(
                title="Amt",
                newcomer_id=ended.id,
                received_on=dt.date(2020, 1, 1),
                closed_on=cutoff - dt.timedelta(days=30),
                status=RequestStatus.DONE,
            )
        )
        s.add(
            m.Pairing(
                volunteer_id=volunteer.id,
                newcomer_id=later.id,
                status=PairingStatus.ENDED,
                started_on=dt.date(2020, 1, 1),
                ended_on=cutoff + dt.timedelta(days=1),
            )
        )
        s.add(
            m.Pairing(
                volunteer_id=volunteer.id,
                newcomer_id=running.id,
                status=PairingStatus.ACTIVE,
                started_on=dt.date(2020, 1, 1),
            )
        )
        s.add(
            m.HelpRequest(title="Amt", newcomer_id=open_request.id, received_on=dt.date(2020, 1, 1))
        )
        s.add(m.ContactNote(newcomer_id=ended.id, noted_on=dt.date(2021, 1, 1), text="privat"))
    # Newcomers entered today without any pairing are not due yet.
    assert counts(db)["newcomers"] == 1
    PrivacyService(db).apply(TODAY)
    record = service.get(ended.id)
    assert (record.last_name, record.phone) == (ANON, None)
    assert service.get(later.id).last_name == "Später"
    with db.read() as s:
        assert (
            s.scalar(select(m.ContactNote.text).where(m.ContactNote.newcomer_id == ended.id))
            is None
        )
        assert s.scalar(select(m.Pairing.notes).where(m.Pairing.newcomer_id == ended.id)) is None
        titles = s.scalars(select(m.HelpRequest.title).where(m.HelpRequest.newcomer_id == ended.id))
        assert list(titles) == [ANON]
        values = s.scalars(
            select(m.AuditEntry.new_value).where(
                m.AuditEntry.entity == "newcomer", m.AuditEntry.entity_id == ended.id
            )
        )
        assert "Beendet" not in set(values)
    assert not [h for h in _search(db, "Beendet") if h.entity == "newcomer"]


def _search(db, text):
    from servicestelle.services.global_search import search

    return search(db, text, 20)


def test_retention_periods_come_from_the_settings(db):
    VolunteerService(db).create(
        last_name="Eins", status="ausgeschieden", left_on=minus_years(TODAY, 1)
    )
    assert counts(db)["volunteers"] == 0
    SettingsService(db).set("retention.volunteer_years", 1)
    assert counts(db)["volunteers"] == 1


def test_apply_cancelled_changes_nothing(db):
    from servicestelle.services.privacy import RetentionCancelled

    VolunteerService(db).create(
        last_name="Bleibt", status="ausgeschieden", left_on=dt.date(2010, 1, 1)
    )
    with pytest.raises(RetentionCancelled):
        PrivacyService(db).apply(TODAY, cancel=lambda: True)
    assert counts(db)["volunteers"] == 1


# -- access report -----------------------------------------------------------------------


def test_access_report_holds_every_table_that_refers_to_the_person(db):
    volunteer_id, newcomer_id = full_volunteer(db)
    report = access_report(db, "volunteer", volunteer_id)
    assert report["person"]["last_name"] == NAME[1]
    assert report["person"]["email"] == EMAIL
    expected = {table.name for table, _column in _referencing("volunteer")}
    assert set(report["records"]) == expected
    assert report["records"]["volunteer_language"][0]["language_name"] == "Arabisch"
    assert report["records"]["pairing"][0]["newcomer_name"] == "Yarimova, Amal"
    assert report["import_batch"]["file_name"].startswith("Anmeldungen")
    assert report["related_contact_notes"][0]["text"].startswith("Tandem")
    assert {e["entity"] for e in report["audit_log"]} >= {"volunteer", "consent", "contact_note"}
    assert {f["key"].split(":")[0] for f in report["follow_ups"]} == {"clearance", "checkin"}
    newcomer = access_report(db, "newcomer", newcomer_id)
    assert set(newcomer["records"]) == {t.name for t, _c in _referencing("newcomer")} - {
        "contact_note"
    } | {"contact_note"}
    import json

    json.dumps(report)  # machine-readable as it is


# -- erasure (rows; the file's bytes are checked in test_erasure_bytes) --------------------


def test_erasure_of_a_volunteer_in_a_pairing_anonymises_and_scrubs_every_text(db):
    volunteer_id, newcomer_id = full_volunteer(db)
    service = PrivacyService(db)
    plan = service.plan_erasure("volunteer", volunteer_id)
    assert not plan.deletes_record  # a pairing refers to the record
    assert "Quxbaum, Zoltan" in plan.describe() and "Einwilligungen: 1" in plan.describe()
    service.erase("volunteer", volunteer_id)
    with db.read() as s:
        volunteer = s.get(m.Volunteer, volunteer_id)
        assert (volunteer.last_name, volunteer.email, volunteer.birth_date) == (ANON, None, None)
        for table in m.Base.metadata.sorted_tables:
            for row in s.execute(select(table)):
                text = " ".join(str(v) for v in row if v is not None)
                for word in ("Quxbaum", EMAIL, "7771234"):
                    assert word not in text, (table.name, text)
        assert s.scalar(select(func.count()).select_from(m.FollowUpSnooze)) == 0
        # The other person's data stays; the pairing stays.
        assert s.get(m.Newcomer, newcomer_id).last_name == "Yarimova"
        assert s.scalar(select(m.Pairing.status)) is not None
        assert s.scalar(select(m.ImportBatch.file_name)) == f"Anmeldungen {REMOVED}.xlsx"
    assert not _search(db, "Quxbaum")


def test_erasure_of_a_contact_person_deletes_the_record(db):
    with db.session() as s:
        org = m.Organisation(name="Brücke e.V.", kind=OrganisationKind.MSO)
        s.add(org)
        s.flush()
        person = m.ContactPerson(
            organisation_id=org.id, last_name="Wendtland", first_name="Pia", email="pia@example.org"
        )
        s.add(person)
        s.flush()
        s.add(m.ContactNote(contact_person_id=person.id, noted_on=TODAY, text="Pia angerufen"))
        s.add(m.ContactNote(organisation_id=org.id, noted_on=TODAY, text="Wendtland zuständig"))
        person_id = person.id
    result = PrivacyService(db).erase("contact_person", person_id)
    assert result.plan.deletes_record
    with db.read() as s:
        assert s.get(m.ContactPerson, person_id) is None
        texts = list(s.scalars(select(m.ContactNote.text)))
        assert texts == [f"{REMOVED} zuständig"]
        last = s.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()
        assert (last.entity, last.entity_id, last.action.value) == (
            "contact_person",
            0,
            "geloescht",
        )
        assert last.field.endswith(f"von Nr. {person_id}")
        # A new record that gets the same number starts with an empty history.
        assert not s.scalar(
            select(func.count()).where(
                m.AuditEntry.entity == "contact_person", m.AuditEntry.entity_id == person_id
            )
        )
        assert last.old_value is None and last.new_value is None


# -- audit view --------------------------------------------------------------------------


def test_audit_view_filters_by_record_user_and_dates(db):
    service = VolunteerService(db)
    first = service.create(last_name="Erste", status="aktiv")
    other_db = Database(db.engine, user="Herr Zwei")
    second = VolunteerService(other_db).create(last_name="Zweite", status="aktiv")
    log = AuditLogService(db)
    everything = log.count(AuditQuery())
    assert everything >= 6
    assert log.count(AuditQuery(entity="volunteer", entity_id=first.id)) < everything
    rows = log.page(AuditQuery(entity="volunteer", entity_id=second.id), 0, 100)
    assert {r.user for r in rows} == {"Herr Zwei"}
    assert rows[0].entity_label == "Ehrenamtliche*r"
    assert log.count(AuditQuery(user="Herr Zwei")) == len(rows)
    today = dt.datetime.now(dt.UTC).date()
    assert log.count(AuditQuery(date_from=today, date_to=today)) == everything
    assert log.count(AuditQuery(date_to=today - dt.timedelta(days=1))) == 0
    assert log.count(AuditQuery(date_from=today + dt.timedelta(days=1))) == 0
    page = log.page(AuditQuery(), 2, 3)
    assert len(page) == 3 and page[0].id == log.page(AuditQuery(), 0, 10)[2].id
    assert set(log.users()) == {"Frau Test", "Herr Zwei"}
    assert ("volunteer", "Ehrenamtliche*r") in log.entities()
