"""What a duplicate row brings to the record it duplicates when the user chooses
»Leere Felder ergänzen« or »Geänderte Felder aktualisieren«: the consent the list
states, languages and fields of activity the record lacks, and a leaving date that
makes the person »ausgeschieden« — each change in the audit log; a duplicate that
changes nothing is counted as such, never as skipped."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.db import Database
from servicestelle.enums import AuditAction, VolunteerStatus
from servicestelle.importing.service import ImportService
from servicestelle.services.consents import ConsentService
from servicestelle.services.volunteers import VolunteerService
from tests.unit.test_import_status import people, xlsx


@pytest.fixture
def service(db: Database) -> ImportService:
    return ImportService(db)


@pytest.fixture
def fatma(db: Database) -> int:
    """Someone an earlier list brought in without consent, as »interessiert«."""
    return VolunteerService(db).create(
        last_name="Yilmaz", first_name="Fatma", email="fatma@example.org",
        status=VolunteerStatus.INTERESTED,
    ).id


def audit(db: Database, **where) -> list[m.AuditEntry]:
    with db.read() as session:
        query = select(m.AuditEntry)
        for key, value in where.items():
            query = query.where(getattr(m.AuditEntry, key) == value)
        return list(session.scalars(query.order_by(m.AuditEntry.id)))


@pytest.mark.parametrize("choice", ["fill", "update"])
def test_the_consent_the_list_states_is_recorded(db, service, fatma, tmp_path, choice):
    path = xlsx(tmp_path / "liste.xlsx", "Liste",
                ["Nachname", "Vorname", "E-Mail", "DSGVO", "Sprachen"],
                [["Yilmaz", "Fatma", "fatma@example.org", "ja, 05.03.2024", "Türkisch"]])
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    assert plan.rows[0].duplicate is not None
    result = service.run(plan, preview, on_duplicate=choice)
    assert (result.updated, result.skipped_duplicates, result.unchanged) == (1, 0, 0)
    person = VolunteerService(db).get(fatma)
    assert [(c.given_on, c.withdrawn_on) for c in person.consents] == [
        (dt.date(2024, 3, 5), None)
    ]
    assert "laut importierter Liste »liste.xlsx«" in person.consents[0].note
    assert [link.language.name for link in person.languages] == ["Türkisch"]
    assert person.status == VolunteerStatus.INTERESTED  # the list names no status
    created = audit(db, entity="consent", action=AuditAction.CREATE)
    assert [e.entity_id for e in created] == [person.consents[0].id]
    assert any(e.field == "languages" and "Türkisch" in e.new_value
               for e in audit(db, entity="volunteer", entity_id=fatma))

    again = service.plan("volunteer", service.read("volunteer", path))
    second = service.run(again, preview, on_duplicate=choice)  # nothing new the 2nd time
    assert (second.updated, second.unchanged, second.skipped_duplicates) == (0, 1, 0)
    assert "1 Dublette ohne Änderung" in second.summary()
    assert len(VolunteerService(db).get(fatma).consents) == 1


def test_a_consent_in_force_is_never_replaced(db, service, fatma, tmp_path):
    ConsentService(db).give("volunteer", fatma, given_on=dt.date(2022, 1, 10))
    path = xlsx(tmp_path / "liste.xlsx", "Liste", ["Nachname", "Vorname", "E-Mail", "DSGVO"],
                [["Yilmaz", "Fatma", "fatma@example.org", "ja"]])
    preview = service.read("volunteer", path)
    result = service.run(service.plan("volunteer", preview), preview, on_duplicate="update")
    assert result.unchanged == 1
    assert [c.given_on for c in VolunteerService(db).get(fatma).consents] == [
        dt.date(2022, 1, 10)
    ]


@pytest.mark.parametrize("choice", ["fill", "update"])
def test_a_leaving_date_makes_the_person_left(db, service, tmp_path, choice):
    jonas = VolunteerService(db).create(
        last_name="Becker", first_name="Jonas", email="jonas@example.org",
        status=VolunteerStatus.INTERESTED,
    ).id
    path = xlsx(tmp_path / "Ausgeschieden.xlsx", "Ausgeschieden",
                ["Nachname", "Vorname", "E-Mail", "Ausgeschieden am", "Grund"],
                [["Becker", "Jonas", "jonas@example.org", dt.date(2024, 3, 1),
                  "gesundheitliche Gründe"]])
    preview = service.read("volunteer", path)
    result = service.run(service.plan("volunteer", preview), preview, on_duplicate=choice)
    assert result.updated == 1
    person = VolunteerService(db).get(jonas)
    assert (person.status, person.left_on, person.left_reason) == (
        VolunteerStatus.LEFT, dt.date(2024, 3, 1), "gesundheitliche Gründe"
    )
    fields = {e.field for e in audit(db, entity="volunteer", entity_id=jonas,
                                     action=AuditAction.UPDATE)}
    assert {"status", "left_on", "left_reason"} <= fields


def test_an_update_takes_the_status_the_list_names(db, service, fatma, tmp_path):
    path = xlsx(tmp_path / "liste.xlsx", "Liste",
                ["Nachname", "Vorname", "E-Mail", "Status", "DSGVO"],
                [["Yilmaz", "Fatma", "fatma@example.org", "pausiert", "ja"]])
    preview = service.read("volunteer", path)
    service.run(service.plan("volunteer", preview), preview, on_duplicate="fill")
    assert VolunteerService(db).get(fatma).status == VolunteerStatus.INTERESTED  # fill: kept
    preview = service.read("volunteer", path)
    service.run(service.plan("volunteer", preview), preview, on_duplicate="update")
    assert VolunteerService(db).get(fatma).status == VolunteerStatus.PAUSED


def test_people_held_back_are_counted_as_they_are_written(db, service, fatma, tmp_path):
    """A skipped duplicate without consent is neither in the preview's count of people
    to be held back nor in the summary's."""
    path = xlsx(tmp_path / "liste.xlsx", "Liste", ["Nachname", "Vorname", "E-Mail", "DSGVO"],
                [["Yilmaz", "Fatma", "fatma@example.org", "nein"],
                 ["Dahl", "Ole", "ole@example.org", ""]])
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    assert plan.counts().without_consent == 1
    result = service.run(plan, preview)
    assert (result.created, result.skipped_duplicates, result.held_back) == (1, 1, 1)
    assert people(db)["Dahl"].status == VolunteerStatus.INTERESTED


def test_side_by_side_shows_consent_and_languages(db, service, fatma, tmp_path):
    from servicestelle.importing.compare import compare

    path = xlsx(tmp_path / "liste.xlsx", "Liste",
                ["Nachname", "Vorname", "E-Mail", "DSGVO", "Sprachen"],
                [["Yilmaz", "Fatma", "fatma@example.org", "ja, 05.03.2024", "Türkisch"],
                 ["Yilmaz", "Fatma", "fatma@example.org", "ja", "arab."]])
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    shown = {c.row: {p.label: (p.in_file, p.other) for p in c.fields}
             for c in compare(db, plan, plan.rows)}
    assert shown[2]["Einwilligung"] == ("ja, vom 05.03.2024", "keine")
    assert shown[2]["Sprachen"] == ("Türkisch", "")
    assert shown[3]["Einwilligung"] == ("ja, Datum unbekannt", "keine")


def test_districts_not_in_the_list_are_named_once_and_found_once_added(db, service, tmp_path):
    from servicestelle.services.lists import DistrictService

    path = xlsx(tmp_path / "liste.xlsx", "Liste", ["Nachname", "Vorname", "Stadtteil", "Sprachen"],
                [["Lang", "Ute", "Nordstadt", "dt."], ["Meier", "Klaus", "Nordstadt", "frz."],
                 ["Kühn", "Ilse", "Südviertel", None]])
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    said = [n for n in plan.notices if "nicht in der Liste der Stadtteile" in n]
    assert len(said) == 1 and "»Nordstadt« (2), »Südviertel« (1)" in said[0]
    assert "Einstellungen → Stadtteile" in said[0]
    assert [r.values["languages"] for r in plan.rows[:2]] == [["de"], ["fr"]]

    DistrictService(db).create(name="Nordstadt")
    again = service.plan("volunteer", preview)
    said = [n for n in again.notices if "nicht in der Liste der Stadtteile" in n]
    assert len(said) == 1 and "Nordstadt" not in said[0]
    assert again.rows[0].values.get("district_id") is not None
