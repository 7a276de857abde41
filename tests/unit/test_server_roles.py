"""Staff logins and roles on a real PostgreSQL server: set up by the IT's commands, each
role refused by the program and by the server itself what it may not do, and an audit
log that nobody can change or forge."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import DBAPIError

from servicestelle.actor import Actor, PermissionDenied, Role
from servicestelle.db import open_database
from servicestelle.errors import DatabaseError
from servicestelle.server import setup, staff
from servicestelle.server.roles import OWNER, group_of
from servicestelle.services.base import ListQuery
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.volunteers import VolunteerService
from tests.cli.runner import run
from tests.conftest import drop_pg_database, new_pg_database

pytestmark = pytest.mark.postgresql


@pytest.fixture
def office(pg_server: str) -> Iterator[str]:
    """An empty database on the server, set up by the IT as documented (admin URL)."""
    url = new_pg_database(pg_server, None)
    setup.setup(url)
    yield url
    drop_pg_database(pg_server, url)


class Logins:
    """Staff logins made for one test, removed afterwards."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.names: list[str] = []

    def add(self, role: Role) -> str:
        name = f"t{uuid.uuid4().hex[:8]}.{role.value}"
        engine = create_engine(self.admin_url)
        with engine.begin() as conn:
            staff.add(conn, name, "geheim-genug", role)
        engine.dispose()
        self.names.append(name)
        return name

    def url(self, login: str) -> str:
        return make_url(self.admin_url).set(username=login).render_as_string(
            hide_password=False)

    def open(self, role: Role, name: str = "Frau Test"):  # type: ignore[no-untyped-def]
        login = self.add(role)
        return open_database(self.url(login), name, password="geheim-genug")

    def remove_all(self) -> None:
        engine = create_engine(self.admin_url)
        with engine.begin() as conn:
            for name in self.names:
                staff.remove(conn, name)
        engine.dispose()


@pytest.fixture
def logins(office: str) -> Iterator[Logins]:
    made = Logins(office)
    yield made
    made.remove_all()


def _plain(db, sql: str, **params):  # type: ignore[no-untyped-def]
    """What the login gets in plain SQL, past the program (the server's own refusal)."""
    with db.engine.begin() as conn:
        return conn.execute(text(sql), params).all() if sql.lstrip().upper().startswith(
            "SELECT") else conn.execute(text(sql), params).rowcount


def _refused(db, sql: str, **params) -> bool:  # type: ignore[no-untyped-def]
    try:
        _plain(db, sql, **params)
    except DBAPIError as exc:
        assert getattr(exc.orig, "sqlstate", None) == "42501", exc
        return True
    return False


def test_setup_makes_the_owner_own_everything_and_runs_twice(office: str) -> None:
    again = setup.setup(office)  # idempotent: nothing created twice
    assert again.roles_created == []
    engine = create_engine(office)
    with engine.connect() as conn:
        owners = set(conn.execute(text(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")).scalars())
        groups = set(conn.execute(text(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE 'servicestelle\\_%'")).scalars())
    engine.dispose()
    assert owners == {OWNER}
    assert {group_of(r) for r in Role if r is not Role.ALL} <= groups


def test_a_login_gets_its_role_from_the_server(logins: Logins) -> None:
    db = logins.open(Role.KOORDINATION)
    try:
        assert db.actor.role is Role.KOORDINATION
        assert db.actor.login in logins.names
        assert db.actor.display_name == "Frau Test"
    finally:
        db.dispose()


def test_koordination_works_with_people_but_not_organisations(logins: Logins) -> None:
    db = logins.open(Role.KOORDINATION)
    try:
        volunteer = VolunteerService(db).create(last_name="Weber", first_name="Anna")
        with pytest.raises(PermissionDenied, match="Organisation"):
            OrganisationService(db).create(name="Tafel e. V.", kind="verein")
        assert _refused(db, "INSERT INTO organisation (name, kind, version, created_at, updated_at)"
                            " VALUES ('Tafel', 'verein', 1, now(), now())")
        assert _refused(db, "SELECT * FROM audit_entry")
        assert VolunteerService(db).get(volunteer.id).last_name == "Weber"
    finally:
        db.dispose()


def test_foerderung_sees_no_clearances_and_no_personal_notes(logins: Logins) -> None:
    admin = open_database(logins.admin_url, "IT")
    anna = VolunteerService(admin).create(last_name="Weber", notes="Reha nach OP")
    admin.dispose()
    db = logins.open(Role.FOERDERUNG)
    try:
        OrganisationService(db).create(name="Tafel e. V.", kind="verein")  # its own work
        with pytest.raises(PermissionDenied):
            VolunteerService(db).create(last_name="Neu")
        seen = VolunteerService(db).get(anna.id)  # the record, without its notes
        assert (seen.last_name, seen.notes, list(seen.clearances)) == ("Weber", None, [])
        assert _refused(db, "SELECT notes FROM volunteer")
        assert _plain(db, "SELECT last_name FROM volunteer") == [("Weber",)]
        assert _refused(db, "SELECT * FROM police_clearance")
        assert _refused(db, "SELECT * FROM contact_note")
        assert not db.actor.may_read("contact_note")
        assert not db.actor.may_read("police_clearance")
    finally:
        db.dispose()


def test_lesen_changes_nothing_and_sees_no_notes(logins: Logins) -> None:
    admin = open_database(logins.admin_url, "IT")
    anna = VolunteerService(admin).create(last_name="Weber")
    admin.dispose()
    db = logins.open(Role.LESEN)
    try:
        assert VolunteerService(db).count() == 1  # lists and figures
        with pytest.raises(PermissionDenied, match="Ihre Rolle erlaubt nicht"):
            VolunteerService(db).update(anna.id, None, last_name="Anders")
        assert _refused(db, "UPDATE volunteer SET last_name = 'Anders'")
        assert _refused(db, "DELETE FROM volunteer")
        assert _refused(db, "SELECT notes FROM newcomer")
        # a write past the services still ends in a German message, not the server's
        with pytest.raises(PermissionDenied, match="Ihre Rolle erlaubt das nicht"), \
                db.session() as session:
            session.execute(text("UPDATE volunteer SET last_name = 'Anders'"))
    finally:
        db.dispose()


def test_administration_keeps_lists_not_records(logins: Logins) -> None:
    db = logins.open(Role.ADMINISTRATION)
    try:
        assert db.actor.may_write("district") and not db.actor.may_read("volunteer")
        with pytest.raises(PermissionDenied):
            VolunteerService(db).list_select(ListQuery())
        assert _refused(db, "SELECT last_name FROM volunteer")
        assert _plain(db, "UPDATE district SET sort_order = sort_order") >= 0
    finally:
        db.dispose()


def test_the_audit_log_names_the_login_and_cannot_be_forged(logins: Logins) -> None:
    db = logins.open(Role.KOORDINATION, name="Jemand Anderes")
    login = db.actor.login
    try:
        VolunteerService(db).create(last_name="Weber")
        # a hand-made entry under another name gets the login and the server's time
        _plain(db, "INSERT INTO audit_entry (at, \"user\", action, entity, entity_id) "
                   "VALUES ('2001-01-01', 'Chefin', 'aendern', 'volunteer', 1)")
        with pytest.raises(DBAPIError):
            _plain(db, "UPDATE audit_entry SET \"user\" = 'Chefin'")
        with pytest.raises(DBAPIError):
            _plain(db, "DELETE FROM audit_entry")
        with pytest.raises(DBAPIError):
            _plain(db, "TRUNCATE audit_entry")
    finally:
        db.dispose()
    engine = create_engine(logins.admin_url)
    with engine.connect() as conn:
        entries = conn.execute(text('SELECT "user", at FROM audit_entry')).all()
    engine.dispose()
    assert entries and {user for user, _at in entries} == {login}
    assert all(at.year > 2001 for _user, at in entries)


def test_datenschutz_reads_the_log_but_cannot_rewrite_it(logins: Logins) -> None:
    admin = open_database(logins.admin_url, "IT")
    VolunteerService(admin).create(last_name="Weber")
    admin.dispose()
    db = logins.open(Role.DATENSCHUTZ)
    try:
        assert _plain(db, "SELECT count(*) FROM audit_entry")[0][0] > 0
        with pytest.raises(DBAPIError, match="nie geändert"):
            _plain(db, "UPDATE audit_entry SET new_value = 'gefälscht'")
        assert _refused(db, "UPDATE audit_entry SET entity_id = entity_id + 1")
        assert _refused(db, "UPDATE audit_entry SET field = 'x', new_value = 'y'")
        with pytest.raises(DBAPIError, match="nie geändert"):
            _plain(db, "UPDATE audit_entry SET new_value = '[entfernt] gefälscht' "
                       "WHERE new_value = 'Weber'")
        # an erasure may cut names out of the values (Art. 17) or blank them, nothing else
        assert _plain(db, "UPDATE audit_entry SET new_value = '[entfernt]' "
                          "WHERE new_value = 'Weber'") == 1
        assert _plain(db, "UPDATE audit_entry SET new_value = NULL") > 0
        with pytest.raises(PermissionDenied):
            VolunteerService(db).create(last_name="Neu")  # no editing of records
    finally:
        db.dispose()


def test_a_login_without_role_is_told_to_ask_it(office: str, logins: Logins) -> None:
    engine = create_engine(office)
    name = f"t{uuid.uuid4().hex[:8]}"
    with engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
    try:
        with pytest.raises(DatabaseError, match="keine Rolle"):
            open_database(logins.url(name), "Frau Test")
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'DROP ROLE "{name}"')
        engine.dispose()


def test_a_staff_login_never_migrates(office: str, logins: Logins) -> None:
    login = logins.add(Role.LEITUNG)
    engine = create_engine(office)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0007'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="server upgrade"):
        open_database(logins.url(login), "Frau Test")
    engine = create_engine(office)
    with engine.begin() as conn:  # untouched: still the old revision
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0007"
        conn.execute(text("UPDATE alembic_version SET version_num = '0008'"))
    engine.dispose()


def test_the_it_commands(office: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from servicestelle.cli import staff as staff_cli

    monkeypatch.setattr(staff_cli, "ask_password", lambda _login: "sehr-geheim")
    name = f"t{uuid.uuid4().hex[:8]}"
    home = tmp_path / "home"
    home.mkdir()
    result = run("--db", office, "server", "upgrade", home=home)
    assert result.returncode == 0, result.stderr
    assert "eingerichtet" in result.stdout
    result = run("--db", office, "staff", "add", name, "--rolle", "Förderung", home=home)
    assert result.returncode == 0, result.stderr
    assert "Förderung" in result.stdout
    result = run("--db", office, "staff", "role", name, "lesen", home=home)
    assert result.returncode == 0, result.stderr
    listing = run("--db", office, "staff", "list", home=home).stdout
    assert f"{name}\tLesen" in listing
    db = open_database(make_url(office).set(username=name).render_as_string(False), "X")
    assert db.actor == Actor(login=name, name="X", role=Role.LESEN)
    db.dispose()
    result = run("--db", office, "staff", "role", name, "Chef", home=home)
    assert result.returncode == 1 and "Unbekannte Rolle" in result.stderr
    result = run("--db", office, "staff", "remove", name, home=home)
    assert result.returncode == 0, result.stderr
    assert name not in run("--db", office, "staff", "list", home=home).stdout


def test_the_password_is_never_an_argument(tmp_path: Path) -> None:
    result = run("staff", "add", "m.mueller", "--rolle", "Lesen", "--password", "x",
                 home=tmp_path)
    assert result.returncode == 2


def test_sqlite_stays_one_persons(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "a.db"), "server", "setup", home=tmp_path)
    assert result.returncode == 1 and "PostgreSQL" in result.stderr
