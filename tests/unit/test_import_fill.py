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
    assert len(said) == 1 and "»Nordstadt« in 2 Zeilen, »Südviertel« in 1 Zeile" in said[0]
    assert "Einstellungen → Stadtteile" in said[0]
    assert [r.values["languages"] for r in plan.rows[:2]] == [["de"], ["fr"]]

    DistrictService(db).create(name="Nordstadt")
    again = service.plan("volunteer", preview)
    said = [n for n in again.notices if "nicht in der Liste der Stadtteile" in n]
    assert len(said) == 1 and "Nordstadt" not in said[0]
    assert again.rows[0].values.get("district_id") is not None


def test_an_update_never_demotes_someone_for_want_of_a_consent_in_the_list(
    db, service, tmp_path
):
    anna = VolunteerService(db).create(
        last_name="Berg", first_name="Anna", email="anna@example.org",
        status=VolunteerStatus.ACTIVE,
    ).id
    ConsentService(db).give("volunteer", anna, given_on=dt.date(2022, 1, 10))
    path = xlsx(tmp_path / "liste.xlsx", "Liste", ["Nachname", "Vorname", "E-Mail", "Status"],
                [["Berg", "Anna", "anna@example.org", "aktiv"]])
    preview = service.read("volunteer", path)
    service.run(service.plan("volunteer", preview), preview, on_duplicate="update")
    assert VolunteerService(db).get(anna).status == VolunteerStatus.ACTIVE


def test_an_older_list_never_brings_back_a_withdrawn_consent(db, service, tmp_path):
    deniz = VolunteerService(db).create(
        last_name="Kaya", first_name="Deniz", email="deniz@example.org").id
    consents = ConsentService(db)
    given = consents.give("volunteer", deniz, given_on=dt.date(2021, 3, 1))
    consents.withdraw(given.id, given.version, on=dt.date(2024, 6, 1))
    for cell in ("ja, 01.03.2021", "ja"):
        path = xlsx(tmp_path / "liste.xlsx", "Liste", ["Nachname", "Vorname", "E-Mail", "DSGVO"],
                    [["Kaya", "Deniz", "deniz@example.org", cell]])
        preview = service.read("volunteer", path)
        result = service.run(service.plan("volunteer", preview), preview, on_duplicate="fill")
        assert result.withdrawn == 1 and "seitdem widerrufen" in result.summary()
    assert [(c.given_on, c.withdrawn_on) for c in VolunteerService(db).get(deniz).consents] == [
        (dt.date(2021, 3, 1), dt.date(2024, 6, 1))
    ]
    newer = xlsx(tmp_path / "neu.xlsx", "Liste", ["Nachname", "Vorname", "E-Mail", "DSGVO"],
                 [["Kaya", "Deniz", "deniz@example.org", "ja, 02.09.2024"]])
    preview = service.read("volunteer", newer)  # signed again after withdrawing: recorded
    service.run(service.plan("volunteer", preview), preview, on_duplicate="fill")
    assert len(VolunteerService(db).get(deniz).consents) == 2


def test_a_fill_that_would_break_a_rule_leaves_the_record_and_says_so(db, service, tmp_path):
    nina = VolunteerService(db).create(
        last_name="Ott", first_name="Nina", email="nina@example.org",
        status=VolunteerStatus.ACTIVE, since=dt.date(2024, 1, 1),
    ).id
    path = xlsx(tmp_path / "liste.xlsx", "Liste",
                ["Nachname", "Vorname", "E-Mail", "Ausgeschieden am", "Telefon"],
                [["Ott", "Nina", "nina@example.org", dt.date(2020, 5, 1), "0385 5551234"]])
    preview = service.read("volunteer", path)
    result = service.run(service.plan("volunteer", preview), preview, on_duplicate="fill")
    assert [row for row, _why in result.refused] == [2]
    assert "Aktiv seit" in result.refused[0][1] and "nicht ergänzt" in result.summary()
    person = VolunteerService(db).get(nina)
    assert (person.status, person.left_on, person.phone) == (VolunteerStatus.ACTIVE, None, None)
    VolunteerService(db).update(nina, person.version, notes="noch da")  # still saves


def test_back_from_leaving_the_old_leaving_is_history(db, service, tmp_path):
    otto = VolunteerService(db).create(
        last_name="Lenz", first_name="Otto", email="otto@example.org",
        status=VolunteerStatus.LEFT, left_on=dt.date(2023, 5, 1), left_reason="Umzug",
    ).id
    path = xlsx(tmp_path / "liste.xlsx", "Liste",
                ["Nachname", "Vorname", "E-Mail", "Status", "DSGVO"],
                [["Lenz", "Otto", "otto@example.org", "aktiv", "ja"]])
    preview = service.read("volunteer", path)
    service.run(service.plan("volunteer", preview), preview, on_duplicate="update")
    person = VolunteerService(db).get(otto)
    assert (person.status, person.left_on, person.left_reason) == (
        VolunteerStatus.ACTIVE, None, None
    )
    assert person.since == dt.date.today()


def test_undo_takes_back_a_record_the_same_import_made_and_filled(db, service, tmp_path):
    path = xlsx(tmp_path / "liste.xlsx", "Liste", ["Nachname", "Vorname", "E-Mail", "Telefon"],
                [["Kaya", "Deniz", "deniz@example.org", None],
                 ["Kaya", "Deniz", "deniz@example.org", "0385 5551234"],
                 ["Ott", "Nina", "nina@example.org", None]])
    preview = service.read("volunteer", path)
    result = service.run(service.plan("volunteer", preview), preview, on_duplicate="fill")
    assert (result.created, result.updated) == (2, 1)
    assert service.undo_preview(result.batch_id).remove == 2
    assert service.undo(result.batch_id) == 2


@pytest.mark.parametrize(
    ("cell", "given"),
    [("Ich stimme zu", True), ("Ja, ich stimme zu", True), ("Einverstanden", True),
     ("I agree", True), ("nicht einverstanden", False), ("Nein, ich stimme nicht zu", False),
     ("widerrufen", False), ("vielleicht", False)],
)
def test_what_a_consent_cell_says_outweighs_a_day_of_signing(db, service, tmp_path, cell, given):
    path = xlsx(tmp_path / "liste.xlsx", "Liste",
                ["Nachname", "Vorname", "DSGVO", "DSGVO unterschrieben am"],
                [["Aydin", "Elif", cell, dt.date(2023, 3, 12)]])
    preview = service.read("volunteer", path)
    row = service.plan("volunteer", preview).rows[0]
    assert (row.consent, row.consent_on) == ((True, dt.date(2023, 3, 12)) if given
                                             else (False, None))


def test_the_log_names_the_fields_an_import_changed_as_staff_know_them(db, service, tmp_path):
    from servicestelle.services.audit_log import AuditLogService, AuditQuery

    jonas = VolunteerService(db).create(
        last_name="Becker", first_name="Jonas", email="jonas@example.org",
        status=VolunteerStatus.INTERESTED,
    ).id
    path = xlsx(tmp_path / "liste.xlsx", "Liste",
                ["Nachname", "Vorname", "E-Mail", "Ausgeschieden am", "Sprachen", "DSGVO"],
                [["Becker", "Jonas", "jonas@example.org", dt.date(2024, 3, 1), "arab.", "ja"]])
    preview = service.read("volunteer", path)
    service.run(service.plan("volunteer", preview), preview, on_duplicate="fill")
    fields = {row.field for row in AuditLogService(db).page(AuditQuery(), 0, 100)
              if row.entity_id == jonas and row.entity == "volunteer"}
    assert {"Ausgeschieden am", "Status", "Sprachen"} <= fields
    assert not fields & {"left_on", "status", "languages"}


def test_people_imported_active_are_active_since_the_import_unless_the_list_says(
    db, service, tmp_path
):
    path = xlsx(tmp_path / "liste.xlsx", "Liste", ["Nachname", "Vorname", "DSGVO", "Aktiv seit"],
                [["Roth", "Lina", "ja", None], ["Klein", "Paul", "ja", dt.date(2019, 4, 1)],
                 ["Ott", "Nina", "nein", None]])
    preview = service.read("volunteer", path)
    service.run(service.plan("volunteer", preview), preview)
    got = people(db)
    assert (got["Roth"].status, got["Roth"].since) == (VolunteerStatus.ACTIVE, dt.date.today())
    assert got["Klein"].since == dt.date(2019, 4, 1)
    assert (got["Ott"].status, got["Ott"].since) == (VolunteerStatus.INTERESTED, None)


def test_side_by_side_says_a_withdrawn_consent_and_a_list_that_says_no(db, service, tmp_path):
    from servicestelle.importing.compare import compare

    deniz = VolunteerService(db).create(
        last_name="Kaya", first_name="Deniz", email="deniz@example.org").id
    consents = ConsentService(db)
    given = consents.give("volunteer", deniz, given_on=dt.date(2021, 3, 1))
    consents.withdraw(given.id, given.version, on=dt.date(2024, 6, 1))
    anna = VolunteerService(db).create(
        last_name="Schmidt", first_name="Anna", email="anna@example.org").id
    consents.give("volunteer", anna, given_on=dt.date(2024, 3, 5))
    path = xlsx(tmp_path / "liste.xlsx", "Liste", ["Nachname", "Vorname", "E-Mail", "DSGVO"],
                [["Kaya", "Deniz", "deniz@example.org", "ja"],
                 ["Schmidt", "Anna", "anna@example.org", "nein"]])
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    shown = {c.row: {p.label: (p.in_file, p.other) for p in c.fields}
             for c in compare(db, plan, plan.rows)}
    assert shown[2]["Einwilligung"] == ("ja, Datum unbekannt", "widerrufen am 01.06.2024")
    assert shown[3]["Einwilligung"] == ("nein", "ja, vom 05.03.2024")
