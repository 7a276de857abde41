"""Several independent reads in one round trip to the server.

A page that gathers what it shows from many tables (the Wiedervorlage: check-ins,
requests, consents, clearances …) asks one question per table. On a file that costs
nothing extra; over a network each question waits for its answer, 40 ms apiece over a
VPN. On PostgreSQL, :func:`rows_together` sends all the questions at once in the
driver's pipeline mode and then reads the answers, in order: one round trip.

The statements are rendered with their values in the text (``literal_binds``); they must
be SELECTs built by the program from numbers, dates and the program's own words (no
text a user typed), which SQLAlchemy quotes as the database expects. The answers pass
through the same type conversions as ``Connection.execute`` (an enum column gives its
members).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Select

log = logging.getLogger(__name__)


def rows_together(
    conn: Connection, statements: Sequence[Select[Any]]
) -> list[list[tuple[Any, ...]]]:
    """The rows of each of ``statements``, in their order."""
    if conn.dialect.name != "postgresql" or len(statements) < 2:
        return [[tuple(row) for row in conn.execute(s)] for s in statements]
    dialect = conn.dialect
    raw = conn.connection.dbapi_connection
    prepared = []
    for statement in statements:
        sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        convert = [
            column.type.result_processor(dialect, None) for column in statement.selected_columns
        ]
        prepared.append((sql, convert))
    with raw.pipeline():  # type: ignore[union-attr]
        cursors = []
        for sql, _convert in prepared:
            cursor = raw.cursor()  # type: ignore[union-attr]
            cursor.execute(sql)  # no parameters: sent as it is
            cursors.append(cursor)
    answers = []
    for cursor, (_sql, convert) in zip(cursors, prepared, strict=True):
        rows = cursor.fetchall()
        cursor.close()
        if any(convert):
            rows = [
                tuple(c(v) if c is not None else v for c, v in zip(convert, row, strict=True))
                for row in rows
            ]
        answers.append([tuple(row) for row in rows])
    return answers
