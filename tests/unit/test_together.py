"""Several reads in one round trip (PostgreSQL's pipeline mode): the same rows, with the
same types, as one statement after the other, and on a server one round trip."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from servicestelle import models as m
from servicestelle.db import open_database
from servicestelle.enums import VolunteerStatus
from servicestelle.services.volunteers import VolunteerService
from servicestelle.together import rows_together
from tests.conftest import USER
from tests.wire import WireProxy


def questions() -> list:
    V = m.Volunteer
    return [
        select(V.id, V.status, V.since).where(V.since <= dt.date(2025, 1, 1)).order_by(V.id),
        select(func.count()).select_from(V).where(V.last_name.like("B%")),
        select(V.last_name).where(V.status == VolunteerStatus.ACTIVE).order_by(V.last_name),
        select(V.id).where(V.id.in_([1, 3, 99])).order_by(V.id),
        select(V.id).where(V.last_name == "O'Brien"),  # quoted as the database expects
    ]


def people(db) -> None:
    service = VolunteerService(db)
    service.create(first_name="Anna", last_name="Berg", status="aktiv", since="2024-03-01")
    service.create(first_name="Ben", last_name="O'Brien", status="interessiert")
    service.create(first_name="Cem", last_name="Bauer", status="aktiv", since="2026-01-01")


def test_the_same_answers_as_one_by_one(db):
    people(db)
    with db.read() as session:
        conn = session.connection()
        one_by_one = [[tuple(r) for r in conn.execute(q)] for q in questions()]
        together = rows_together(conn, questions())
    assert together == one_by_one
    assert together[0] == [(1, VolunteerStatus.ACTIVE, dt.date(2024, 3, 1))]  # types kept
    assert together[1] == [(2,)] and together[2] == [("Bauer",), ("Berg",)]
    assert together[3] == [(1,), (3,)] and together[4] == [(2,)]


@pytest.mark.postgresql
def test_on_a_server_one_round_trip(pg_server, pg_template):
    from tests.conftest import drop_pg_database, new_pg_database

    url = new_pg_database(pg_server, pg_template)
    address = make_url(url)
    proxy = WireProxy(address.host or "127.0.0.1", int(address.port or 5432))
    db = open_database(proxy.url_for(url), user=USER)
    try:
        people(db)
        with db.read() as session:
            conn = session.connection()
            before = proxy.round_trips
            answers = rows_together(conn, questions())
            assert proxy.round_trips - before == 1
        assert answers[2] == [("Bauer",), ("Berg",)]
    finally:
        db.dispose()
        proxy.close()
        drop_pg_database(pg_server, url)
