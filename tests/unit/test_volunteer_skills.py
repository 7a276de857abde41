"""What the office notes about a volunteer beyond name and address: »Beruf / Kenntnisse«
(searched, named in the matching reasons, imported from a column »Beruf«), »Aktiv seit«
(filled when the status first becomes active), and the police clearance with its kind
and an end of validity that follows the office's setting."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import create_engine, select, text

from servicestelle import migrations
from servicestelle import models as m
from servicestelle.dates import add_years
from servicestelle.db import Database, open_database
from servicestelle.enums import ClearanceKind
from servicestelle.errors import ValidationError
from servicestelle.i18n import _
from servicestelle.importing.mapping import suggest
from servicestelle.importing.service import ImportService
from servicestelle.printing import render
from servicestelle.services.base import ListQuery
from servicestelle.services.consents import ConsentService
from servicestelle.services.followups import FollowUpService
from servicestelle.services.global_search import search
from servicestelle.services.match_rules import (
    NO_CLEARANCE,
    NO_EXTENDED_CLEARANCE,
    fitting_skills,
    need_words,
)
from servicestelle.services.matching import MatchingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.settings import DEFAULTS, SettingsService
from servicestelle.services.volunteers import VolunteerService

TODAY = dt.date.today()
FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema" / "schema-0001.db"


@pytest.fixture
def people(db: Database) -> VolunteerService:
    return VolunteerService(db)


def audit(db: Database, volunteer_id: int, field: str) -> list[tuple[str | None, str | None]]:
    with db.read() as session:
        rows = session.execute(
            select(m.AuditEntry.old_value, m.AuditEntry.new_value)
            .where(
                m.AuditEntry.entity == "volunteer",
                m.AuditEntry.entity_id == volunteer_id,
                m.AuditEntry.field == field,
            )
            .order_by(m.AuditEntry.id)
        )
        return [tuple(row) for row in rows]


# -- »Aktiv seit« -----------------------------------------------------------------------


def test_aktiv_seit_is_today_when_the_status_first_becomes_active(db, people):
    record = people.create(last_name="Kusnezow", status="interessiert")
    assert record.since is None  # only interested so far

    record = people.update(record.id, record.version, status="aktiv")
    assert record.since == TODAY
    # written in the same unit of work, and logged like any change
    assert audit(db, record.id, "since") == [(None, TODAY.strftime("%d.%m.%Y"))]

    # a pause and a return do not move it
    record = people.update(record.id, record.version, since="01.03.2024")
    record = people.update(record.id, record.version, status="pausiert")
    record = people.update(record.id, record.version, status="aktiv")
    assert record.since == dt.date(2024, 3, 1)


@pytest.mark.any_db
def test_aktiv_seit_given_with_the_status_is_kept(people):
    assert people.create(last_name="Sommer", status="aktiv").since == TODAY
    given = people.create(last_name="Winter", status="aktiv", since="15.01.2023")
    assert given.since == dt.date(2023, 1, 15)
    assert people.create(last_name="Herbst", status="ausgeschieden").since is None


# -- »Beruf / Kenntnisse« --------------------------------------------------------------


def test_beruf_is_stored_searched_and_offered_as_a_column(db, people):
    schreiner = people.create(last_name="Kusnezow", skills="Schreiner, Führerschein Klasse B")
    people.create(last_name="Weber", skills="Erzieherin")
    people.create(last_name="Müller")

    assert people.get(schreiner.id).skills == "Schreiner, Führerschein Klasse B"
    assert [hit.entity_id for hit in search(db, "Schreiner")] == [schreiner.id]
    assert people.count(ListQuery(text="schrein")) == 1  # the list's search field too
    assert people.count(ListQuery(text="fuehrerschein")) == 1
    assert people.columns["skills"].title == "Beruf / Kenntnisse"

    # a changed Beruf is found under the new word only
    people.update(schreiner.id, None, skills="Tischler")
    assert search(db, "Schreiner") == []
    assert [hit.entity_id for hit in search(db, "Tischler")] == [schreiner.id]
    with pytest.raises(ValidationError) as caught:
        people.create(last_name="Lang", skills="x" * 301)
    assert "300" in caught.value.field_errors["skills"]


def test_words_of_a_request_meet_the_words_of_a_trade():
    words = need_words("Schreiner gesucht: Möbel aufbauen", "Nachhilfe in Mathe", None)
    assert "schreiner" in words and "moebel" in words and "mathe" in words
    assert "gesucht" not in words  # common words say nothing about a trade
    assert fitting_skills("Schreinerin im Ruhestand", words) == ("Schreinerin",)
    assert fitting_skills("Lehrer für Mathematik und Physik", words) == ("Mathematik",)
    assert fitting_skills("Elektriker", words) == ()
    # a long shared stem counts, a short one does not
    assert fitting_skills("Fahrradmechaniker", need_words("Fahrradreparatur")) == (
        "Fahrradmechaniker",
    )
    assert fitting_skills("arbeitet im Büro", need_words("Arbeitsamt")) == ()


def test_matching_names_the_beruf_that_fits_the_request(db, people):
    consents = ConsentService(db)
    fits = people.create(last_name="Kusnezow", status="aktiv", skills="Schreiner, Rentner")
    other = people.create(last_name="Weber", status="aktiv", skills="Erzieherin")
    for volunteer in (fits, other):
        consents.give("volunteer", volunteer.id)
    request = HelpRequestService(db).create(
        title="Hilfe beim Möbelaufbau",
        description="Eine Familie braucht jemanden, der Schränke aufbaut – gern ein Schreiner.",
    )

    result = MatchingService(db).for_request(request.id)
    by_id = {match.volunteer_id: match for match in result.matches}
    assert "Beruf / Kenntnisse passen: Schreiner" in by_id[fits.id].reasons_for
    assert not any("Beruf" in r for r in by_id[other.id].reasons_for)
    assert by_id[fits.id].score > by_id[other.id].score
    assert result.matches[0].volunteer_id == fits.id


# -- the police clearance ---------------------------------------------------------------


def test_a_clearance_counts_the_years_of_the_setting_and_keeps_its_end(db, people):
    volunteer = people.create(last_name="Kusnezow", status="aktiv")
    issued = dt.date(2025, 2, 10)
    first = people.add_clearance(volunteer.id, issued, "2025-02-20")
    assert first.kind is ClearanceKind.EXTENDED  # the default
    assert first.valid_until == dt.date(2030, 2, 10)
    assert DEFAULTS["clearance.valid_years"] == 5

    SettingsService(db).set("clearance.valid_years", 3)
    assert people.clearance_years() == 3
    second = people.add_clearance(volunteer.id, issued, kind="einfach")
    assert (second.kind, second.valid_until) == (ClearanceKind.SIMPLE, dt.date(2028, 2, 10))
    # the first one keeps the end it was given
    assert people.clearances(volunteer.id)[-1].valid_until == dt.date(2030, 2, 10)

    own = people.add_clearance(volunteer.id, issued, valid_until="10.08.2026")
    assert own.valid_until == dt.date(2026, 8, 10)
    with pytest.raises(ValidationError) as caught:
        people.add_clearance(volunteer.id, issued, valid_until="01.01.2025")
    assert "nach dem Ausstellungsdatum" in caught.value.field_errors["valid_until"]
    with pytest.raises(ValidationError) as caught:
        people.add_clearance(volunteer.id, issued, valid_until="01.01.2099")
    assert "höchstens 10 Jahre" in caught.value.field_errors["valid_until"]
    with pytest.raises(ValidationError) as caught:
        people.add_clearance(volunteer.id, issued, kind="amtlich")
    assert "kind" in caught.value.field_errors

    SettingsService(db).set("clearance.valid_years", "viele")  # not a number: the default
    assert people.clearance_years() == 5


@pytest.mark.any_db
def test_which_clearance_is_valid_follows_kind_and_stored_end(db, people):
    volunteer = people.create(last_name="Kusnezow", status="aktiv")
    people.add_clearance(volunteer.id, "2025-01-10", kind="einfach", valid_until="2031-01-10")
    people.add_clearance(volunteer.id, "2024-06-01", kind="erweitert", valid_until="2027-06-01")
    day = dt.date(2026, 6, 1)
    assert people.valid_clearance(volunteer.id, day).kind is ClearanceKind.SIMPLE  # longest
    extended = people.valid_clearance(volunteer.id, day, ClearanceKind.EXTENDED)
    assert extended.valid_until == dt.date(2027, 6, 1)
    assert people.valid_clearance(volunteer.id, dt.date(2027, 6, 1), ClearanceKind.EXTENDED) is None
    # the audit log names the kind and the end
    with db.read() as session:
        values = list(
            session.scalars(
                select(m.AuditEntry.new_value).where(
                    m.AuditEntry.entity == "volunteer",
                    m.AuditEntry.entity_id == volunteer.id,
                    m.AuditEntry.field.like("Führungszeugnis%"),
                )
            )
        )
    assert any(v.startswith("einfach, ausgestellt 10.01.2025") for v in values), values
    assert any(v.endswith("gültig bis 01.06.2027") for v in values), values


def test_the_wiedervorlage_warns_before_the_stored_end(db, people):
    volunteer = people.create(last_name="Kusnezow", status="aktiv")
    issued = TODAY - dt.timedelta(days=400)
    people.add_clearance(volunteer.id, issued, valid_until=TODAY + dt.timedelta(days=30))
    (item,) = FollowUpService(db).due(TODAY, kinds={"clearance"})
    assert item.record_id == volunteer.id
    assert item.due_on == TODAY + dt.timedelta(days=30) - dt.timedelta(days=60)

    # a new clearance that runs longer takes it off the list
    people.add_clearance(volunteer.id, TODAY - dt.timedelta(days=3))
    assert FollowUpService(db).due(TODAY, kinds={"clearance"}) == []


def test_children_need_an_extended_clearance(db, people):
    consents = ConsentService(db)
    simple = people.create(last_name="Einfach", status="aktiv")
    extended = people.create(last_name="Erweitert", status="aktiv")
    none = people.create(last_name="Ohne", status="aktiv")
    for volunteer in (simple, extended, none):
        consents.give("volunteer", volunteer.id)
    people.add_clearance(simple.id, TODAY - dt.timedelta(days=10), kind="einfach")
    people.add_clearance(extended.id, TODAY - dt.timedelta(days=10), kind="erweitert")
    request = HelpRequestService(db).create(
        title="Hausaufgabenhilfe für zwei Kinder", children_involved=True
    )
    result = MatchingService(db).for_request(request.id)
    assert [match.volunteer_id for match in result.matches] == [extended.id]
    assert result.excluded == {_(NO_EXTENDED_CLEARANCE): 1, _(NO_CLEARANCE): 1}


# -- printout, import, demo data ---------------------------------------------------------


def test_the_profile_shows_the_beruf_and_the_kind_of_clearance(sqlite_db, tmp_path):
    from pypdf import PdfReader

    people = VolunteerService(sqlite_db)
    volunteer = people.create(last_name="Kusnezow", status="aktiv", skills="Schreinermeister")
    people.add_clearance(volunteer.id, TODAY - dt.timedelta(days=14), kind="einfach")
    path = tmp_path / "profil.pdf"
    render(sqlite_db, "profile", path, record_id=volunteer.id)
    shown = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    shown = " ".join(shown.split())
    assert "Beruf / Kenntnisse Schreinermeister" in shown, shown
    until = (TODAY - dt.timedelta(days=14)).replace(year=TODAY.year + 5)
    assert f"Art: einfach, ausgestellt am {(TODAY - dt.timedelta(days=14)):%d.%m.%Y}" in shown
    assert f"gültig bis {until:%d.%m.%Y} (gültig)" in shown


def test_a_column_beruf_is_imported_as_beruf(db, tmp_path):
    assert suggest("volunteer", ["Name", "Vorname", "Beruf", "Sprachkenntnisse"]) == {
        0: "last_name",
        1: "first_name",
        2: "skills",
        3: "languages",
    }
    assert suggest("volunteer", ["Nachname", "Fähigkeiten"])[1] == "skills"
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Vorname", "Beruf", "FZ vorgelegt am"])
    sheet.append(["Kusnezow", "Viktor", "Schreiner", dt.datetime(2024, 3, 9)])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    SettingsService(db).set("clearance.valid_years", 3)
    service = ImportService(db)
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    assert service.run(plan, preview).created == 1
    (volunteer,) = VolunteerService(db).page(ListQuery(), 0, 5)
    imported = VolunteerService(db).get(volunteer[0])
    assert imported.skills == "Schreiner"
    (clearance,) = imported.clearances
    assert clearance.kind is ClearanceKind.EXTENDED
    assert clearance.valid_until == dt.date(2027, 3, 9)  # the office's three years
    assert [hit.entity_id for hit in search(db, "Schreiner")] == [imported.id]


@pytest.mark.any_db
def test_demo_volunteers_have_trades_and_clearances_with_an_end(db):
    from servicestelle.demo import generate

    generate(db, volunteers=60, seed=7)
    with db.read() as session:
        skills = list(session.scalars(select(m.Volunteer.skills)))
        clearances = list(session.scalars(select(m.PoliceClearance)))
    assert 0.3 < sum(1 for s in skills if s) / len(skills) < 0.9
    assert clearances
    for clearance in clearances:
        assert clearance.kind is ClearanceKind.EXTENDED
        assert clearance.valid_until.year - clearance.issued_on.year == 5


# -- the schema change -------------------------------------------------------------------


def test_an_older_sqlite_database_gets_kind_and_end_of_its_clearances(tmp_path):
    path = tmp_path / "alt.db"
    shutil.copy(FIXTURE, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE police_clearance SET issued_on = '2024-02-29' WHERE id = 1")
        before = dict(conn.execute("SELECT id, issued_on FROM police_clearance"))
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("volunteer", "consent", "pairing", "volunteer_language", "hours_entry")
        }
    db = open_database(path, user="Test")
    db.dispose()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT id, issued_on, kind, valid_until FROM police_clearance")
        after = {row[0]: row[1:] for row in rows}
        for table, count in counts.items():  # the volunteer table was not rebuilt
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count, table
        skills = conn.execute("SELECT count(*) FROM volunteer WHERE skills IS NOT NULL")
        assert skills.fetchone()[0] == 0
    assert set(after) == set(before)
    assert after[1] == ("2024-02-29", "erweitert", "2029-02-28")  # as add_years counts
    for row_id, issued in before.items():
        assert after[row_id][1:] == (
            "erweitert",
            add_years(dt.date.fromisoformat(issued), 5).isoformat(),
        )


@pytest.mark.postgresql
def test_an_older_postgresql_database_gets_kind_and_end_of_its_clearances(pg_server):
    from tests.conftest import drop_pg_database, new_pg_database

    url = new_pg_database(pg_server, None)
    engine = create_engine(url)
    try:
        migrations.upgrade(engine, "0006")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO volunteer (id, status, max_pairings, availability, first_name, "
                    "last_name, sort_key, created_at, updated_at, version) VALUES "
                    "(1, 'aktiv', 1, 0, 'Olga', 'Baranowa', 'baranowa olga', now(), now(), 1)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO police_clearance (id, volunteer_id, issued_on, seen_on, "
                    "created_at, updated_at, version) VALUES "
                    "(1, 1, '2021-08-15', '2021-09-01', now(), now(), 1)"
                )
            )
        migrations.upgrade(engine)
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT kind, valid_until FROM police_clearance WHERE id = 1")
            ).one()
            assert tuple(row) == ("erweitert", dt.date(2026, 8, 15))
            assert conn.execute(text("SELECT skills FROM volunteer")).scalar() is None
    finally:
        engine.dispose()
        drop_pg_database(pg_server, url)
