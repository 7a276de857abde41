"""Who acts: an ``Actor`` with a role stands behind every read and write; services ask
it in one place, so a role that may not do something gets a German message and nothing
is written. (Today's only role may do everything; the shared office adds the others.)"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from servicestelle import models as m
from servicestelle.actor import Actor, PermissionDenied, Role
from servicestelle.db import Database
from servicestelle.services.base import ListQuery
from servicestelle.services.volunteers import VolunteerService


@dataclass(frozen=True)
class ReadingOnly(Actor):
    def may_write(self, kind: str) -> bool:
        return False


@dataclass(frozen=True)
class NoVolunteers(Actor):
    def may_read(self, kind: str) -> bool:
        return kind != "volunteer"


def test_a_plain_name_is_a_staff_member_with_every_right(sqlite_db):
    assert sqlite_db.actor == Actor(login="Frau Test", name="Frau Test", role=Role.ALL)
    assert sqlite_db.user == "Frau Test"
    created = VolunteerService(sqlite_db).create(last_name="Muster")
    assert created.created_by == "Frau Test"


def test_the_audit_log_names_the_actors_display_name(sqlite_db):
    db = Database(sqlite_db.engine, Actor(login="mmueller", name="Maria Müller"))
    created = VolunteerService(db).create(last_name="Muster")
    assert created.created_by == "Maria Müller"
    with db.read() as session:
        users = set(session.scalars(select(m.AuditEntry.user)))
    assert users == {"Maria Müller"}


def test_a_role_that_may_not_write_is_told_and_nothing_is_written(sqlite_db):
    db = Database(sqlite_db.engine, ReadingOnly(login="praktikant"))
    with pytest.raises(PermissionDenied, match="Ihre Rolle erlaubt nicht, Ehrenamtliche"):
        VolunteerService(db).create(last_name="Muster")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(m.Volunteer)) == 0


def test_a_role_that_may_not_read_a_kind_gets_no_list_and_no_record(sqlite_db):
    existing = VolunteerService(sqlite_db).create(last_name="Muster")
    db = Database(sqlite_db.engine, NoVolunteers(login="foerderung"))
    service = VolunteerService(db)
    with pytest.raises(PermissionDenied, match="anzusehen"):
        service.get(existing.id)
    with pytest.raises(PermissionDenied):
        service.list_select(ListQuery())
