"""Beispieldaten: realistic synthetic records for demonstrations, training and load tests.

``generate(db, volunteers=N)`` writes N volunteers and everything else in proportion:
about 0.6 N newcomers (persons and families), max(10, N/100) organisations with
contact persons, consultations and funding applications, 0.4 N pairings, 0.3 N help
requests with asked volunteers, max(4, N/500) events with attendance, hours and a
contact log. The same seed gives the same people, texts and relations (dates are
relative to ``today``).

The modules, in the order a run uses them:

- ``chance``: random draws; ``origins``, ``identity`` and ``vocabulary``: names,
  addresses and texts to draw from;
- ``run``: the state of one run (lists from the database, what was written so far),
  with the contact notes and consents any record can carry;
- ``organisations``, ``people`` (volunteers, newcomers), ``pairings``, ``requests``
  and ``events``: one kind of record each, with the records that hang off it;
- ``servicestelle.bulk``: the fast bulk insert, the search index and the audit summary
  (shared with the spreadsheet import).

Speed: everything is written in one transaction, in chunks of rows per table (see
``servicestelle.bulk``). On SQLite the page cache is enlarged while writing. 100,000 volunteers
(about 1.4 million rows) take about half a minute on a small two-core machine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from ..bulk import enlarge_sqlite_cache
from ..changes import Changes
from .events import write_events
from .identity import ascii_name
from .organisations import write_organisations
from .origins import ORIGINS
from .pairings import plan_pairings, write_pairings
from .people import write_newcomers, write_volunteers
from .requests import write_help_requests
from .run import Run

if TYPE_CHECKING:
    from ..db import Database

__all__ = ["ORIGINS", "ascii_name", "generate"]


def generate(
    db: Database,
    volunteers: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    *,
    today: dt.date | None = None,
) -> dict[str, int]:
    """Write demo data for ``volunteers`` volunteers (and everything else in proportion)
    in one transaction; returns the number of rows written per table.

    ``progress(done, total)`` is called after every chunk with the number of main
    records (organisations, volunteers, newcomers, pairings, requests, events) written.
    The same ``seed`` and ``today`` give the same data.
    """
    if volunteers < 0:
        raise ValueError("volunteers must not be negative")
    today = today or dt.date.today()
    with db.engine.begin() as conn:
        restore = enlarge_sqlite_cache(conn, volunteers)
        try:
            run = Run(db, conn, volunteers, seed, today, progress)
            write_organisations(run)
            write_volunteers(run)
            plan_pairings(run)  # before the newcomers: their status follows from it
            write_newcomers(run)
            write_pairings(run)
            write_help_requests(run)
            write_events(run)
            run.w.flush()
            run.w.write_audit(db.user)
        finally:
            if restore is not None:
                with suppress(SQLAlchemyError):  # never hide the error that got us here
                    conn.exec_driver_sql(f"PRAGMA cache_size = {restore}")
    counts = {name: count for name, count in run.w.counts.items() if count}
    db.optimize()  # the planner's statistics: PostgreSQL plans blind without them
    db.notify(Changes.of(counts))
    return counts
