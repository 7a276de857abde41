"""The day of a person's newest consent in force is kept on the person by the database
itself (a trigger on the consents, migration 0016), whoever writes: given, changed,
withdrawn, deleted, imported in bulk, on SQLite (encrypted too) and on PostgreSQL. The
Wiedervorlage's consent renewals read it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select, update

from servicestelle import encryption
from servicestelle import models as m
from servicestelle.db import Database, open_database
from servicestelle.services.consents import ConsentService
from servicestelle.services.followups import FollowUpService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.volunteers import VolunteerService
from tests.conftest import USER
from tests.unit.test_server_roles import logins, office  # noqa: F401


def kept(db: Database, model: type, person_id: int) -> dt.date | None:
    with db.read() as session:
        return session.scalar(select(model.consent_on).where(model.id == person_id))


def test_the_newest_consent_in_force_is_kept_on_the_person(db):
    anna = VolunteerService(db).create(first_name="Anna", last_name="Berger", status="aktiv")
    consents = ConsentService(db)
    assert kept(db, m.Volunteer, anna.id) is None
    old = consents.give("volunteer", anna.id, given_on="2020-03-01")
    assert kept(db, m.Volunteer, anna.id) == dt.date(2020, 3, 1)
    new = consents.give("volunteer", anna.id, given_on="2023-05-10")
    assert kept(db, m.Volunteer, anna.id) == dt.date(2023, 5, 10)
    consents.withdraw(new.id, None, on="2024-01-01")
    assert kept(db, m.Volunteer, anna.id) == dt.date(2020, 3, 1)  # the older one holds
    consents.update(old.id, None, given_on="2021-04-02")
    assert kept(db, m.Volunteer, anna.id) == dt.date(2021, 4, 2)
    consents.withdraw(old.id, None, on="2024-02-01")
    assert kept(db, m.Volunteer, anna.id) is None  # none in force


def test_written_past_the_services_too(db):
    """A bulk insert (the import's way) or a plain statement keeps it as well."""
    family = NewcomerService(db).create(last_name="Kovalenko", kind="haushalt")
    with db.session() as session:
        session.execute(insert(m.Consent), [
            {"newcomer_id": family.id, "given_on": dt.date(2022, 1, 5), "storage": True},
            {"newcomer_id": family.id, "given_on": dt.date(2019, 7, 1), "storage": True},
        ])
    assert kept(db, m.Newcomer, family.id) == dt.date(2022, 1, 5)
    with db.session() as session:
        session.execute(update(m.Consent).where(m.Consent.given_on == dt.date(2022, 1, 5))
                        .values(withdrawn_on=dt.date(2023, 1, 1)))
    assert kept(db, m.Newcomer, family.id) == dt.date(2019, 7, 1)
    with db.session() as session:
        for consent in session.scalars(select(m.Consent)):
            session.delete(consent)
    assert kept(db, m.Newcomer, family.id) is None


def test_a_renewal_falls_due_by_the_kept_day(db):
    today = dt.date(2026, 12, 7)
    volunteers = VolunteerService(db)
    anna = volunteers.create(first_name="Anna", last_name="Berger", status="aktiv")
    ben = volunteers.create(first_name="Ben", last_name="Kurz", status="aktiv")
    ConsentService(db).give("volunteer", anna.id, given_on="2024-11-20")  # 24 months: due
    ConsentService(db).give("volunteer", ben.id, given_on="2025-06-01")  # not yet
    due = FollowUpService(db).due(today, kinds={"consent"})
    assert [(f.record_id, f.due_on) for f in due] == [(anna.id, dt.date(2026, 11, 20))]
    ConsentService(db).give("volunteer", anna.id, given_on="2026-12-01")  # renewed
    assert FollowUpService(db).due(today, kinds={"consent"}) == []


def test_an_encrypted_copy_keeps_the_triggers(sqlite_db, tmp_path):
    path = sqlite_db.location
    anna = VolunteerService(sqlite_db).create(first_name="Anna", last_name="Berger")
    sqlite_db.dispose()
    assert encryption.encrypt_database(path, "geheim-und-lang-genug") is None
    encryption.forget(path)
    db = open_database(path, user=USER, password="geheim-und-lang-genug")
    try:
        ConsentService(db).give("volunteer", anna.id, given_on="2025-02-03")
        assert kept(db, m.Volunteer, anna.id) == dt.date(2025, 2, 3)
    finally:
        db.dispose()


@pytest.mark.postgresql
def test_a_staff_login_cannot_slip_a_table_under_the_owners_trigger(logins):  # noqa: F811
    """The trigger's function runs as the schema's owner; a login that puts a temporary
    ``volunteer`` table (with a trigger of its own) in front of the real one must not
    get its code run as the owner, and the real person still gets the date."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    from servicestelle.actor import Role

    db = logins.open(Role.KOORDINATION)
    try:
        vid = VolunteerService(db).create(last_name="Weber").id
        with db.engine.connect() as conn:
            schema = conn.execute(text("SELECT current_schema()")).scalar()
            conn.exec_driver_sql("CREATE TEMP TABLE volunteer (id int, consent_on date)")
            conn.exec_driver_sql(f"INSERT INTO pg_temp.volunteer VALUES ({vid}, NULL)")
            conn.exec_driver_sql(
                "CREATE FUNCTION pg_temp.takeover() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN PERFORM set_config('test.who', current_user::text, false); "
                f"DELETE FROM {schema}.audit_entry; RETURN NULL; END $$"
            )
            conn.exec_driver_sql("GRANT ALL ON pg_temp.volunteer TO PUBLIC")
            conn.exec_driver_sql("CREATE TRIGGER t AFTER UPDATE ON pg_temp.volunteer "
                                 "FOR EACH ROW EXECUTE FUNCTION pg_temp.takeover()")
            conn.commit()
            with Session(bind=conn) as session:
                session.add(m.Consent(volunteer_id=vid, given_on=dt.date(2026, 1, 5),
                                      created_by="x", updated_by="x"))
                session.commit()
            who = conn.execute(text("SELECT current_setting('test.who', true)")).scalar()
        admin = create_engine(logins.admin_url)
        try:
            with admin.connect() as conn:
                audit = conn.execute(text("SELECT count(*) FROM audit_entry")).scalar()
                real = conn.execute(text("SELECT consent_on FROM volunteer WHERE id = :i"),
                                    {"i": vid}).scalar()
        finally:
            admin.dispose()
        assert not who  # the login's trigger never ran
        assert audit > 0 and real == dt.date(2026, 1, 5)
    finally:
        db.dispose()


def test_later_migrations_may_rebuild_the_tables_on_sqlite(sqlite_db):
    """A later revision that rebuilds ``volunteer`` or ``newcomer`` (SQLite's copy, drop
    and rename, as migrations run them) keeps the consent triggers working; one that
    rebuilds ``consent`` makes them again with ``install``."""
    import sqlalchemy as sa
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    from servicestelle.migrations.consent_on import install, sqlite_rebuilds_keep_triggers

    anna = VolunteerService(sqlite_db).create(first_name="Anna", last_name="Berger")
    family = NewcomerService(sqlite_db).create(last_name="Kovalenko", kind="haushalt")
    with sqlite_db.engine.begin() as conn:
        sqlite_rebuilds_keep_triggers(conn)  # what the migrations' environment does
        operations = Operations(MigrationContext.configure(conn))
        for table in ("volunteer", "newcomer", "consent"):
            with operations.batch_alter_table(table, recreate="always") as batch:
                batch.add_column(sa.Column("spaeter", sa.String(10)))
        install(conn)  # (consent was rebuilt)
    ConsentService(sqlite_db).give("volunteer", anna.id, given_on="2025-02-03")
    ConsentService(sqlite_db).give("newcomer", family.id, given_on="2025-03-04")
    assert kept(sqlite_db, m.Volunteer, anna.id) == dt.date(2025, 2, 3)
    assert kept(sqlite_db, m.Newcomer, family.id) == dt.date(2025, 3, 4)


def test_imported_people_carry_the_day_of_their_consent(db, tmp_path):
    from servicestelle.importing.service import ImportService

    path = tmp_path / "liste.csv"
    path.write_text("Nachname;Vorname;DSGVO\nBerg;Uwe;ja, 12.03.2023\nDahl;Eva;nein\n",
                    encoding="utf-8")
    service = ImportService(db)
    preview = service.read("volunteer", path)
    service.run(service.plan("volunteer", preview), preview)
    with db.read() as session:
        days = dict(session.execute(select(m.Volunteer.last_name, m.Volunteer.consent_on)).all())
    assert days == {"Berg": dt.date(2023, 3, 12), "Dahl": None}
    # a later, newer consent given on screen moves it on; an older one does not
    with db.read() as session:
        berg = session.scalar(select(m.Volunteer.id).where(m.Volunteer.last_name == "Berg"))
    ConsentService(db).give("volunteer", berg, given_on="2022-01-01")
    assert kept(db, m.Volunteer, berg) == dt.date(2023, 3, 12)
    ConsentService(db).give("volunteer", berg, given_on="2024-05-06")
    assert kept(db, m.Volunteer, berg) == dt.date(2024, 5, 6)
