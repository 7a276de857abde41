"""Which status new people get in an import: suggested from the list (a sheet of people
who left → »ausgeschieden«, an online sign-up → »interessiert«, else »aktiv«), chosen by
the user, overruled per row by a status column or a leaving date; the consent rule stays
(nobody without consent becomes »aktiv« unless the user says so)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.db import Database
from servicestelle.enums import VolunteerStatus
from servicestelle.importing.mapping import LEFT_REASON
from servicestelle.importing.plan import suggested_status
from servicestelle.importing.service import ImportService
from servicestelle.services.volunteers import VolunteerService


@pytest.fixture
def service(db: Database) -> ImportService:
    return ImportService(db)


def xlsx(path: Path, title: str, header: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def sign_up_csv(path: Path) -> Path:
    path.write_text(
        "Zeitstempel;Vorname;Nachname;E-Mail-Adresse\n"
        "12.03.2025 10:15:00;Elif;Aydin;elif@example.org\n"
        "13.03.2025 18:40:00;Ole;Dahl;ole@example.org\n",
        encoding="utf-8",
    )
    return path


def people(db: Database) -> dict[str, m.Volunteer]:
    with db.read() as session:
        ids = list(session.scalars(select(m.Volunteer.id)))
    found = [VolunteerService(db).get(i) for i in ids]
    return {v.last_name: v for v in found}


def test_the_suggestion_follows_the_names_and_headers():
    left = VolunteerStatus.LEFT
    assert suggested_status(["liste", "Ausgeschieden"]) == left
    assert suggested_status(["Ehemalige Ehrenamtliche 2024", "Tabelle1"]) == left
    assert suggested_status(["ehrenamt", "Inaktiv"]) == left
    assert suggested_status(["Anmeldung Ehrenamt (Antworten)", None]) == VolunteerStatus.INTERESTED
    signup = ["Export", "Blatt1"]
    assert suggested_status(signup, ["Zeitstempel", "Name"]) == VolunteerStatus.INTERESTED
    assert suggested_status(signup, ["Submitted", "Name"]) == VolunteerStatus.INTERESTED
    assert suggested_status(signup, ["Eingereicht am", "Name"]) == VolunteerStatus.INTERESTED
    assert suggested_status(["Ehrenamt", "Liste"], ["Name", "Vorname"]) == VolunteerStatus.ACTIVE


def test_a_sheet_of_people_who_left_with_their_reason(db, service, tmp_path):
    path = tmp_path / "ehrenamt.xlsx"
    book = Workbook()
    book.active.title = "Aktive"
    book.active.append(["Nachname", "Vorname"])
    book.active.append(["Aktiv", "Anna"])
    left = book.create_sheet("Ausgeschieden")
    left.append(["Nachname", "Vorname", "Grund", "Ausgeschieden am"])
    left.append(["Berg", "Uwe", "Umzug nach Hamburg", None])
    left.append(["Celik", "Deniz", "Beruflich keine Zeit", dt.date(2024, 6, 30)])
    book.save(path)

    preview = service.read("volunteer", path, "Ausgeschieden")
    assert LEFT_REASON in preview.mapping.values()
    assert service.suggested_status(preview) == VolunteerStatus.LEFT
    plan = service.plan("volunteer", preview)
    assert not any(r.errors for r in plan.rows)
    service.run(plan, preview, status=service.suggested_status(preview))

    got = people(db)
    assert got["Berg"].status == VolunteerStatus.LEFT
    assert got["Berg"].left_reason == "Umzug nach Hamburg"
    assert "Umzug" not in (got["Berg"].notes or "")  # a field of its own, not a note
    assert got["Celik"].status == VolunteerStatus.LEFT
    assert got["Celik"].left_on == dt.date(2024, 6, 30)
    assert got["Celik"].left_reason == "Beruflich keine Zeit"

    first = service.read("volunteer", path)  # the other sheet: as always
    assert service.suggested_status(first) == VolunteerStatus.ACTIVE


def test_an_online_sign_up_makes_people_interested(db, service, tmp_path):
    path = sign_up_csv(tmp_path / "export.csv")
    preview = service.read("volunteer", path)
    assert service.suggested_status(preview) == VolunteerStatus.INTERESTED
    plan = service.plan("volunteer", preview)
    result = service.run(plan, preview, status=service.suggested_status(preview))
    assert result.created == 2 and result.status == VolunteerStatus.INTERESTED
    assert {v.status for v in people(db).values()} == {VolunteerStatus.INTERESTED}


def test_a_status_column_and_a_leaving_date_win_per_row(db, service, tmp_path):
    rows = [
        ["Aydin", "Elif", "aktiv", None, "ja"],
        ["Berg", "Uwe", None, dt.date(2023, 1, 31), "ja"],
        ["Celik", "Deniz", None, None, "ja"],
    ]
    header = ["Nachname", "Vorname", "Status", "Ausgeschieden am", "DSGVO"]
    path = xlsx(tmp_path / "liste.xlsx", "Liste", header, rows)
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    service.run(plan, preview, status=VolunteerStatus.PAUSED)
    got = people(db)
    assert got["Aydin"].status == VolunteerStatus.ACTIVE
    assert got["Berg"].status == VolunteerStatus.LEFT
    assert got["Celik"].status == VolunteerStatus.PAUSED


def test_the_consent_rule_holds_for_the_status_chosen(db, service, tmp_path):
    header = ["Nachname", "Vorname", "DSGVO"]
    rows = [["Aydin", "Elif", "ja"], ["Dahl", "Ole", "nein"]]
    path = xlsx(tmp_path / "liste.xlsx", "Liste", header, rows)
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    assert plan.counts().without_consent == 1
    result = service.run(plan, preview, status=VolunteerStatus.ACTIVE)
    got = people(db)
    assert got["Aydin"].status == VolunteerStatus.ACTIVE
    assert got["Dahl"].status == VolunteerStatus.INTERESTED
    assert result.active_without_consent == 0


def test_active_without_consent_only_when_the_user_says_so(db, service, tmp_path):
    header = ["Nachname", "Vorname", "DSGVO"]
    path = xlsx(tmp_path / "liste.xlsx", "Liste", header, [["Dahl", "Ole", "nein"]])
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    result = service.run(plan, preview, status=VolunteerStatus.ACTIVE, active_without_consent=True)
    assert result.active_without_consent == 1
    assert people(db)["Dahl"].status == VolunteerStatus.ACTIVE


def test_a_chosen_status_other_than_active_applies_to_people_without_consent(db, service, tmp_path):
    header = ["Nachname", "Vorname", "DSGVO"]
    path = xlsx(tmp_path / "liste.xlsx", "Ausgeschieden", header, [["Dahl", "Ole", "nein"]])
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    result = service.run(plan, preview, status=VolunteerStatus.LEFT, active_without_consent=True)
    assert result.active_without_consent == 0
    assert people(db)["Dahl"].status == VolunteerStatus.LEFT


def test_a_list_without_a_consent_column_makes_nobody_active_unasked(db, service, tmp_path):
    """A list that says nothing about consent is read like empty consent cells: nobody
    becomes »aktiv« unless the user says so, and the preview says it once."""
    header = ["Nachname", "Vorname", "Status"]
    rows = [["Aydin", "Elif", "aktiv"], ["Dahl", "Ole", None], ["Ernst", "Lea", "pausiert"]]
    path = xlsx(tmp_path / "liste.xlsx", "Liste", header, rows)
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    assert any("keine Spalte zur Einwilligung" in n for n in plan.notices)
    assert plan.counts().without_consent == 2
    assert [r.warnings for r in plan.rows] == [[], [], []]  # said once, not per row
    result = service.run(plan, preview)
    got = people(db)
    assert got["Aydin"].status == VolunteerStatus.INTERESTED
    assert got["Dahl"].status == VolunteerStatus.INTERESTED
    assert got["Ernst"].status == VolunteerStatus.PAUSED
    assert (result.held_back, result.active_without_consent) == (2, 0)
    assert all(not p.consents for p in got.values())


def test_the_user_may_make_them_active_even_where_the_list_names_the_status(
    db, service, tmp_path
):
    header = ["Nachname", "Vorname", "Status", "DSGVO"]
    rows = [["Aydin", "Elif", "aktiv", "nein"], ["Dahl", "Ole", None, None]]
    path = xlsx(tmp_path / "liste.xlsx", "Liste", header, rows)
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    result = service.run(plan, preview, active_without_consent=True)
    got = people(db)
    assert got["Aydin"].status == VolunteerStatus.ACTIVE
    assert got["Dahl"].status == VolunteerStatus.ACTIVE
    assert (result.held_back, result.active_without_consent) == (0, 2)


def test_an_online_form_dates_the_consent_with_its_time_of_sending(db, service, tmp_path):
    """A sign-up form's »Zeitstempel« is when the consent box was ticked, not the day
    someone became active; an unticked box stays no consent."""
    path = tmp_path / "Anmeldung.csv"
    path.write_bytes(
        "Zeitstempel;Vorname;Nachname;Ich stimme der Datenverarbeitung zu\r\n"
        "03.04.2024 14:22:10;Jürgen;Größe;Ja\r\n"
        "05.04.2024 09:01:55;Zeynep;Öztürk;\r\n".encode("cp1252")
    )
    preview = service.read("volunteer", path)
    named = {preview.layout.headers[c]: k for c, k in preview.mapping.items()}
    assert named["Zeitstempel"] == "consent_on"
    assert named["Ich stimme der Datenverarbeitung zu"] == "consent"
    assert service.suggested_status(preview) == VolunteerStatus.INTERESTED
    plan = service.plan("volunteer", preview)
    service.run(plan, preview, status=service.suggested_status(preview))
    got = people(db)
    assert [c.given_on for c in got["Größe"].consents] == [dt.date(2024, 4, 3)]
    assert got["Öztürk"].consents == []
    assert got["Größe"].since is None and got["Öztürk"].since is None
    assert {got["Größe"].status, got["Öztürk"].status} == {VolunteerStatus.INTERESTED}


def test_a_consent_cell_that_says_no_outweighs_a_day_of_signing(db, service, tmp_path):
    header = ["Nachname", "Vorname", "DSGVO", "DSGVO unterschrieben am"]
    rows = [["Aydin", "Elif", "nein", dt.date(2023, 3, 12)],
            ["Dahl", "Ole", None, dt.date(2023, 3, 12)]]
    path = xlsx(tmp_path / "liste.xlsx", "Liste", header, rows)
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    assert [r.consent for r in plan.rows] == [False, True]  # an empty cell says nothing
    service.run(plan, preview)
    got = people(db)
    assert got["Aydin"].consents == [] and got["Aydin"].status == VolunteerStatus.INTERESTED
    assert [c.given_on for c in got["Dahl"].consents] == [dt.date(2023, 3, 12)]
