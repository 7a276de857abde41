"""The configurable lists: shipped defaults, edits, and every change in the audit log."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from servicestelle.enums import AuditAction
from servicestelle.errors import ServiceError, ValidationError
from servicestelle.models import AuditEntry
from servicestelle.services.base import ListQuery
from servicestelle.services.events import EventService
from servicestelle.services.lists import (
    ActivityFieldService,
    DistrictService,
    LanguageService,
)
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.volunteers import VolunteerService


@pytest.fixture
def districts(db):
    return DistrictService(db)


@pytest.fixture
def languages(db):
    return LanguageService(db)


def audit_rows(db, entity, entity_id):
    with db.read() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id)
        ).all()
    return [(r.action, r.field, r.old_value, r.new_value, r.user) for r in rows]


def row_of(service, record_id):
    columns = list(service.columns)
    for row in service.page(ListQuery(), 0, 500):
        if row[0] == record_id:
            return dict(zip(columns, row[1:], strict=True))
    raise AssertionError(f"{record_id} not in list")


# -- shipped defaults --------------------------------------------------------------------


def test_schwerin_districts_are_seeded_with_their_area(districts):
    by_name = districts.by_name()
    assert len(by_name) == 26
    assert {"Altstadt", "Großer Dreesch", "Lankow", "Neu Zippendorf", "Mueß"} <= set(by_name)
    mueesser_holz = districts.get(by_name["Mueßer Holz"])
    assert (mueesser_holz.area, mueesser_holz.ortsteil) == ("Südost", 5)
    assert mueesser_holz.active
    assert districts.choices()[0][1] == "Schelfstadt"


def test_the_fourteen_activity_fields_are_seeded_in_order(db):
    names = [name for _id, name in ActivityFieldService(db).choices()]
    assert len(names) == 14
    assert names[0] == "Begleitung zu Ämtern und Behörden"
    assert "Dolmetschen und Übersetzen" in names
    assert names[-1] == "Frauen- und Müttertreff"


def common_ids(languages):
    columns = list(languages.columns)
    rows = languages.page(ListQuery(), 0, 1000)
    return {row[0] for row in rows if row[1 + columns.index("common")]}


def test_languages_have_german_names_and_common_ones_come_first(languages):
    codes = languages.ids_by_code()
    arabic = languages.get(codes["ar"])
    assert (arabic.name, arabic.common) == ("Arabisch", True)
    assert not languages.get(codes["af"]).common
    common = common_ids(languages)
    assert {codes[c] for c in ("de", "ar", "uk", "ru", "fa", "prs", "ti")} <= common
    choices = languages.choices()
    assert len(choices) > 100
    assert {i for i, _name in choices[: len(common)]} == common
    assert (codes["ar"], "Arabisch") in choices[: len(common)]


def test_shipped_defaults_are_not_anybodys_edit(db):
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


# -- editing the lists --------------------------------------------------------------------


def test_adding_a_district_is_logged(db, districts):
    created = districts.create(name="Hafen", ortsteil="2", area="Innenstadt und Nord",
                               sort_order=99)
    assert districts.by_name()["Hafen"] == created.id
    assert districts.choices()[-1] == (created.id, "Hafen")
    rows = audit_rows(db, "district", created.id)
    assert rows[0] == (AuditAction.CREATE, None, None, None, "Frau Test")
    assert {(field, new) for _a, field, _o, new, _u in rows[1:]} >= {
        ("name", "Hafen"), ("ortsteil", "2"), ("area", "Innenstadt und Nord"),
    }
    assert {user for *_rest, user in rows} == {"Frau Test"}


def test_renaming_a_district_is_logged_and_shown_in_lists(db, districts):
    district_id = districts.by_name()["Mueßer Holz"]
    newcomer = NewcomerService(db).create(last_name="Haddad", district_id=district_id)
    district = districts.get(district_id)
    renamed = districts.update(district_id, district.version, name="Mueßer Holz (Nord)")
    assert renamed.version == district.version + 1
    assert audit_rows(db, "district", district_id) == [
        (AuditAction.UPDATE, "name", "Mueßer Holz", "Mueßer Holz (Nord)", "Frau Test"),
    ]
    assert row_of(NewcomerService(db), newcomer.id)["district"] == "Mueßer Holz (Nord)"


def test_a_district_name_is_required(districts):
    district = districts.get(districts.by_name()["Lankow"])
    with pytest.raises(ValidationError) as caught:
        districts.update(district.id, district.version, name=" ")
    assert caught.value.field_errors["name"] == "Name: bitte ausfüllen."


def test_a_district_name_is_taken_only_once(districts):
    with pytest.raises(ValidationError) as caught:
        districts.create(name="Lankow")
    assert "name" in caught.value.field_errors
    assert len(districts.by_name()) == 26


def test_a_language_code_is_taken_only_once(languages):
    with pytest.raises(ValidationError) as caught:
        languages.create(code="ar", name="Arabisch (Levante)")
    assert "code" in caught.value.field_errors


def test_deactivated_district_leaves_the_choices_but_keeps_its_records(db, districts):
    district_id = districts.by_name()["Medewege"]
    volunteer = VolunteerService(db).create(last_name="Weber", district_id=district_id)
    district = districts.get(district_id)
    districts.update(district_id, district.version, active=False)
    assert district_id not in dict(districts.choices())
    assert district_id in dict(districts.choices(include_inactive=True))
    assert VolunteerService(db).get(volunteer.id).district_id == district_id
    assert audit_rows(db, "district", district_id)[-1][1:4] == ("active", "ja", "nein")


def test_unused_district_can_be_deleted_and_the_deletion_is_logged(db, districts):
    created = districts.create(name="Probe")
    districts.delete(created.id, created.version)
    assert "Probe" not in districts.by_name()
    assert audit_rows(db, "district", created.id)[-1][0] is AuditAction.DELETE


def test_district_in_use_cannot_be_deleted(db, districts):
    district_id = districts.by_name()["Lankow"]
    VolunteerService(db).create(last_name="Weber", district_id=district_id)
    with pytest.raises(ServiceError) as caught:
        districts.delete(district_id, None)
    assert "Lankow" in str(caught.value) or "Stadtteil" in str(caught.value)
    assert "Lankow" in districts.by_name()


def test_marking_a_language_as_common_is_logged(db, languages):
    language_id = languages.ids_by_code()["af"]
    language = languages.get(language_id)
    languages.update(language_id, language.version, common=True)
    assert audit_rows(db, "language", language_id) == [
        (AuditAction.UPDATE, "common", "nein", "ja", "Frau Test"),
    ]
    common = common_ids(languages)
    assert language_id in common
    assert languages.choices().index((language_id, language.name)) < len(common)


# -- the audit log beyond the lists ------------------------------------------------------


def test_organisation_changes_are_logged_field_by_field(db):
    service = OrganisationService(db)
    created = service.create(name="Syrischer Kulturverein", kind="mso")
    service.update(created.id, created.version, founding_stage="in Gründung",
                   phone="0385 5451261")
    changed = {(f, o, n) for a, f, o, n, _u in audit_rows(db, "organisation", created.id)
               if a is AuditAction.UPDATE}
    assert changed == {("founding_stage", "Idee", "in Gründung"),
                       ("phone", None, "+493855451261")}


def test_invitations_and_attendance_are_logged_on_the_event(db):
    events = EventService(db)
    event = events.create(title="Ehrenamtsforum", starts_at="2026-03-12 18:00")
    volunteer = VolunteerService(db).create(last_name="Weber")
    events.invite(event.id, [volunteer.id])
    events.set_attendance(event.id, volunteer.id)
    logged = [(o, n) for _a, f, o, n, _u in audit_rows(db, "event", event.id)
              if f == "Teilnahme Weber"]
    assert logged == [(None, "eingeladen"), ("eingeladen", "teilgenommen")]
