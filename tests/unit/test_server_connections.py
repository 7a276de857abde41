"""Connections to the server: no check before every use (a round trip each), a
connection that lay unused is checked and replaced, and a question the server could
not answer because it dropped the connection is asked once more on a new one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from servicestelle import db as db_module
from servicestelle.db import Database, open_database
from servicestelle.services.volunteers import VolunteerService
from tests.conftest import USER, drop_pg_database, new_pg_database
from tests.wire import WireProxy

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server_db(pg_server: str, pg_template: str) -> Iterator[tuple[Database, str]]:
    url = new_pg_database(pg_server, pg_template)
    database = open_database(url, user=USER)
    yield database, url
    database.dispose()
    drop_pg_database(pg_server, url)


def drop_connections(pg_server: str, url: str) -> int:
    """What a server restart or a dropped VPN does to the program's connections."""
    name = url.rsplit("/", 1)[1]
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            return len(conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name}).all())
    finally:
        admin.dispose()


def test_a_dropped_connection_is_replaced_without_an_error(pg_server, server_db):
    db, url = server_db
    volunteers = VolunteerService(db)
    volunteers.create(first_name="Anna", last_name="Berger")
    assert volunteers.count() == 1
    assert drop_connections(pg_server, url) >= 1
    # The next questions are answered: the list's count, a page, a record.
    assert volunteers.count() == 1
    assert volunteers.create(first_name="Ben", last_name="Kurz").id
    assert drop_connections(pg_server, url) >= 1
    first = volunteers.get(1)
    assert first.last_name == "Berger"


def test_a_connection_unused_for_a_while_is_checked_before_use(pg_server, server_db,
                                                                monkeypatch):
    db, url = server_db
    volunteers = VolunteerService(db)
    volunteers.count()
    monkeypatch.setattr(db_module, "IDLE_CHECK_S", 0.0)  # "a while" is now
    assert drop_connections(pg_server, url) >= 1
    # A write is not asked twice: the check before use finds the dead connection.
    created = volunteers.create(first_name="Cem", last_name="Yilmaz")
    assert VolunteerService(db).get(created.id).first_name == "Cem"


def test_reading_needs_no_transaction_round_trips(pg_server, server_db):
    """A read sends its statement only: no BEGIN, no ROLLBACK (each would be one more
    round trip over the network). A write is one unit of work, as always."""
    _db, url = server_db
    address = make_url(url)
    proxy = WireProxy(address.host or "127.0.0.1", int(address.port or 5432))
    db = open_database(proxy.url_for(url), user=USER)
    try:
        volunteers = VolunteerService(db)
        before = len(proxy.said)
        assert volunteers.count() == 0
        assert proxy.round_trips and len(proxy.said) - before == 1
        assert b"BEGIN" not in proxy.said[-1] and b"count" in proxy.said[-1]
        before = len(proxy.said)
        volunteers.create(first_name="Dora", last_name="Wendt")
        asked = proxy.said[before:]
        assert b"BEGIN" in asked[0] and b"COMMIT" in asked[-1]
    finally:
        db.dispose()
        proxy.close()


def test_a_closed_connections_process_is_forgotten(server_db):
    """The program ignores the server's notifications of its own connections; one that
    was closed (renewed every half hour) may later be a colleague's process."""
    from servicestelle.server.notify import own_backends

    db, _url = server_db
    VolunteerService(db).count()
    assert own_backends(db.engine)
    db.engine.dispose()  # every pooled connection closed
    assert own_backends(db.engine) == set()
