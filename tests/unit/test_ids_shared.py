"""Ids on a shared database: demo data and imports take their ids from the database, so
that the next record saved in the program, a colleague's record saved meanwhile and a
second import at the same time never collide (on PostgreSQL the sequences; on SQLite
the write lock). A database whose sequences an earlier version left behind is put right
by its schema upgrade, and a violated rule is named in the message and the log."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, insert, select, text

from servicestelle import models as m
from servicestelle.bulk import Writer
from servicestelle.db import Database, open_database
from servicestelle.demo import generate
from servicestelle.errors import ServiceError
from servicestelle.importing.service import ImportService
from servicestelle.services.events import EventService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.volunteers import VolunteerService


def volunteer_list(path: Path, prefix: str, count: int) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Vorname", "E-Mail"])
    for n in range(count):
        sheet.append([f"{prefix}mann", f"Person{n:04d}", f"{prefix.lower()}{n}@example.org"])
    book.save(path)
    return path


def run_import(db: Database, path: Path):
    service = ImportService(db)
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    return service.run(plan, preview)


def create_and_edit_everything(db: Database) -> None:
    """What staff do next: a record of each main kind created and edited (each save
    also writes audit entries), twenty times over for volunteers."""
    volunteers = VolunteerService(db)
    for n in range(20):
        created = volunteers.create(last_name=f"Neu{n}", first_name="Erika")
        volunteers.update(created.id, created.version, first_name="Erika Maria")
    newcomer = NewcomerService(db).create(last_name="Haddad", kind="haushalt", status="offen")
    NewcomerService(db).update(newcomer.id, newcomer.version, household_size="4")
    organisation = OrganisationService(db).create(name="Neuer Verein", kind="mso")
    OrganisationService(db).update(organisation.id, organisation.version, city="Schwerin")
    event = EventService(db).create(
        title="Sprachcafé", kind="treffen", status="geplant", starts_at="01.02.2027 18:00"
    )
    EventService(db).update(event.id, event.version, title="Sprachcafé am Markt")


def test_records_can_be_created_and_edited_after_demo_data(db):
    generate(db, 60, seed=3)
    create_and_edit_everything(db)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(m.Volunteer)) == 80


def test_records_can_be_created_and_edited_after_an_import(db, tmp_path):
    result = run_import(db, volunteer_list(tmp_path / "liste.xlsx", "Import", 300))
    assert result.created == 300
    create_and_edit_everything(db)
    with db.read() as session:
        names = session.scalars(select(m.Volunteer.last_name)).all()
    assert len(names) == 320 and names.count("Importmann") == 300


def test_two_writers_and_a_colleagues_record_at_the_same_time_all_succeed(db):
    """Writer A has taken its ids and not committed; meanwhile a colleague saves a
    record and writer B imports and commits; then A commits. Nothing collides."""
    if db.is_sqlite:
        pytest.skip("SQLite lets one writer at a time in; the others wait for the lock")
    generate(db, 20, seed=4)
    now = m.utcnow()
    today = dt.date.today()
    with db.engine.begin() as conn_a:
        writer_a = Writer(db, conn_a, now, 3, None, author="Import A")
        ids_a = [
            writer_a.add("volunteer", today, {"last_name": f"A{n}", "status": "aktiv"})
            for n in range(3)
        ]
        colleague = VolunteerService(db).create(last_name="Kollegin")
        with db.engine.begin() as conn_b:
            writer_b = Writer(db, conn_b, now, 3, None, author="Import B")
            ids_b = [
                writer_b.add("volunteer", today, {"last_name": f"B{n}", "status": "aktiv"})
                for n in range(3)
            ]
            writer_b.flush()
        writer_a.flush()
    assert len({*ids_a, *ids_b, colleague.id}) == 7
    VolunteerService(db).create(last_name="Danach")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(m.Volunteer)) == 28


def test_two_imports_and_creates_in_parallel_threads_all_succeed(db, tmp_path):
    first = volunteer_list(tmp_path / "a.xlsx", "Erst", 400)
    second = volunteer_list(tmp_path / "b.xlsx", "Zweit", 400)
    errors: list[BaseException] = []

    def work(target) -> None:
        try:
            target()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    def creates() -> None:
        service = VolunteerService(db)
        for n in range(15):
            service.create(last_name=f"Kollege{n}")

    threads = [
        threading.Thread(target=work, args=(lambda: run_import(db, first),)),
        threading.Thread(target=work, args=(lambda: run_import(db, second),)),
        threading.Thread(target=work, args=(creates,)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with db.read() as session:
        names = session.scalars(select(m.Volunteer.last_name)).all()
    assert names.count("Erstmann") == 400 and names.count("Zweitmann") == 400
    assert len(names) == 815


def test_the_upgrade_moves_sequences_left_behind_by_an_earlier_version(db_url):
    """The state an earlier version left: rows with ids the client chose and every
    sequence still at 1. Opening the database upgrades it; the upgrade run twice
    changes nothing more."""
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite has no sequences")
    database = open_database(db_url, user="Frau Test")
    now = m.utcnow()
    with database.engine.begin() as conn:
        conn.execute(
            insert(m.Volunteer.__table__),
            [
                {"id": n, "last_name": f"Alt{n}", "sort_key": f"alt{n}", "status": "aktiv",
                 "created_at": now, "updated_at": now, "version": 1}
                for n in range(1, 41)
            ],
        )
        conn.execute(
            insert(m.AuditEntry.__table__),
            [
                {"id": n, "at": now, "user": "Beispieldaten", "action": "angelegt",
                 "entity": "volunteer", "entity_id": 0}
                for n in range(1, 31)
            ],
        )
        conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    database.dispose()
    for _round in range(2):
        upgraded = open_database(db_url, user="Frau Test")
        created = VolunteerService(upgraded).create(last_name="Neu")
        assert created.id > 40
        VolunteerService(upgraded).update(created.id, created.version, first_name="Nina")
        with upgraded.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
        upgraded.dispose()
    with open_database(db_url).engine.connect() as conn:
        next_id = conn.execute(
            text("SELECT nextval(pg_get_serial_sequence('volunteer', 'id'))")
        ).scalar()
    assert next_id == 43  # two creates after 40: the second upgrade did not move it back


def test_a_violated_rule_is_named_in_the_message_and_the_log(db, caplog):
    """A sequence put back behind the table's ids (what the earlier bulk writer did):
    the message says a number was taken, not "duplicate name", and the log names the
    table, without any of the values."""
    if db.is_sqlite:
        pytest.skip("SQLite chooses a free id itself")
    service = VolunteerService(db)
    service.create(last_name="Erste")
    with db.engine.begin() as conn:
        conn.execute(text("SELECT setval(pg_get_serial_sequence('volunteer', 'id'), 1, false)"))
    with caplog.at_level(logging.WARNING), pytest.raises(ServiceError) as raised:
        service.create(last_name="Geheimname")
    assert "laufende Nummer" in raised.value.message
    assert "doppelter Name" not in raised.value.message
    assert "volunteer" in caplog.text and "primary_key" in caplog.text
    assert "Geheimname" not in caplog.text and "Erste" not in caplog.text


def test_a_duplicate_value_names_the_column(sqlite_db, caplog):
    """On SQLite too, the message names the kind of rule and the column."""
    from servicestelle.errors import IntegrityCause

    cause = IntegrityCause(Exception("UNIQUE constraint failed: district.name"))
    assert cause.kind == "unique" and cause.column == "name"
    assert "(name)" in cause.reason
    pk = IntegrityCause(Exception("UNIQUE constraint failed: volunteer.id"))
    assert pk.kind == "primary_key" and "volunteer" in pk.reason
