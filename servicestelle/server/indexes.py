"""Indexes that only a PostgreSQL server has, made by the schema's owner.

The migrations create what both databases share. Two things are the server's own and
are made here, idempotently, by ``server setup``/``upgrade`` (as an administrator) and
whenever the owner opens the database:

- the trigram index of the search table (extension ``pg_trgm``), which serves the
  search's ``LIKE '% wort%'`` instead of reading the whole table;
- the name order of people compared by code point (``COLLATE "C"``, as lists sort on
  both databases, see ``collation.py``), so that a list sorted by name is read in
  index order whatever the server's collation.

A staff login may not create anything: for it nothing happens here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from ..search import TRIGRAM_INDEX, prepare_server_search

log = logging.getLogger(__name__)

NAME_TABLES = ("volunteer", "newcomer", "contact_person")


def name_index(table: str) -> str:
    return f"ix_{table}_name_c"


@dataclass(frozen=True)
class ServerIndexes:
    search: bool  # the trigram index of the search table is there
    names: bool  # every name order index is there


def _exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT to_regclass(:n) IS NOT NULL"), {"n": name}).scalar_one()
    return found is True


def _name_indexes(conn: Connection) -> bool:
    done = True
    for table in NAME_TABLES:
        if _exists(conn, name_index(table)):
            continue
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(
                    f'CREATE INDEX IF NOT EXISTS {name_index(table)} ON {table} '
                    '(sort_key COLLATE "C", id)'
                )
        except DBAPIError as exc:
            log.warning("Namensindex auf dem Server nicht angelegt: %s",
                        str(getattr(exc, "orig", exc)).splitlines()[0])
            done = False
    return done


def prepare_on(conn: Connection) -> ServerIndexes:
    """Make the server's own indexes on an open connection (within its transaction)."""
    if conn.dialect.name != "postgresql":
        return ServerIndexes(False, False)
    return ServerIndexes(prepare_server_search(conn), _name_indexes(conn))


def prepare_server_indexes(engine: Engine) -> ServerIndexes:
    """Make the server's own indexes, if the login may (see the module's text)."""
    if engine.dialect.name != "postgresql":
        return ServerIndexes(False, False)
    names = [TRIGRAM_INDEX, *map(name_index, NAME_TABLES)]
    with engine.connect() as conn:  # one question for all of them, without a transaction
        present = conn.execution_options(isolation_level="AUTOCOMMIT").execute(
            text("SELECT bool_and(to_regclass(n) IS NOT NULL) "
                 "FROM unnest(CAST(:names AS text[])) AS n"),
            {"names": names},
        ).scalar_one() is True
    if present:
        return ServerIndexes(True, True)
    with engine.begin() as conn:
        return prepare_on(conn)
