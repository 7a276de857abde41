"""Counting the key figures of a period: each area (``people``, ``pairings``,
``requests``) names its aggregate queries and turns their few grouped rows into figures.

The queries are independent of each other, so on a database that several connections
can read at once (a SQLite file, a server) they run side by side on the machine's cores,
each in its own read session; the figures are then assembled in a fixed order. For a
long period most records belong to it, and reading a table through once is cheaper
than going through a date index and fetching row after row: the queries say so by
leaving the date condition out of WHERE and counting with CASE instead.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import SingletonThreadPool, StaticPool

from ... import models as m
from ...db import Database
from ...i18n import _
from ..periods import Period
from .model import NONE_KEY, Breakdown, Figure, KeyFigures, Link

LONG_PERIOD_DAYS = 120  # from about a quarter on, whole tables are read once
MAX_WORKERS = 4


@dataclass(frozen=True)
class Context:
    """What every query of one counting knows: the period and today."""

    period: Period
    today: dt.date

    @property
    def start(self) -> dt.date:
        return self.period.start

    @property
    def end(self) -> dt.date:
        return self.period.end

    @property
    def long(self) -> bool:
        return (self.end - self.start).days + 1 >= LONG_PERIOD_DAYS


Query = Callable[[Session, Context], Any]


def days_between(session: Session, later: Any, earlier: Any) -> Any:
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    return cast(later - earlier, Integer)


def _names(session: Session, _context: Context) -> dict[str, dict[int, str]]:
    return {
        key: dict(session.execute(select(model.id, model.name)).all())
        for key, model in (
            ("districts", m.District),
            ("languages", m.Language),
            ("fields", m.ActivityField),
        )
    }


def _side_by_side(db: Database) -> bool:
    """Whether several connections see the same data (not so for an in-memory SQLite
    database, where each thread would get its own empty one)."""
    pool = db.engine.pool
    if isinstance(pool, (SingletonThreadPool, StaticPool)):
        return False
    return not (db.is_sqlite and db.location in ("", ":memory:"))


def run_queries(db: Database, queries: dict[str, Query], context: Context) -> dict[str, Any]:
    """Every query's rows by its name; side by side where the database allows."""
    workers = min(MAX_WORKERS, os.cpu_count() or 1, len(queries))
    if workers < 2 or not _side_by_side(db):
        with db.read() as session:
            return {name: query(session, context) for name, query in queries.items()}

    def one(query: Query) -> Any:
        with db.read() as session:
            return query(session, context)

    with ThreadPoolExecutor(workers, thread_name_prefix="kennzahlen") as pool:
        futures = {name: pool.submit(one, query) for name, query in queries.items()}
        return {name: future.result() for name, future in futures.items()}


class Builder:
    """Turns the rows of the queries into the figures of one period."""

    def __init__(self, context: Context, rows: dict[str, Any], computed_at: dt.datetime) -> None:
        self.context = context
        self.period = context.period
        self.rows = rows
        self.result = KeyFigures(context.period, computed_at=computed_at)
        names = rows["names"]
        self.districts: dict[int, str] = names["districts"]
        self.languages: dict[int, str] = names["languages"]
        self.fields: dict[int, str] = names["fields"]

    def link(self, entity: str, title: str, archived: bool = True, **filters: Any) -> Link:
        return Link(entity, filters, archived, f"{title} – {self.period.label}")

    def figure(self, key: str, label: str, value: Any, link: Link | None, note: str = "") -> None:
        self.result.figures[key] = Figure(key, label, value, link, note)

    def breakdown(
        self,
        key: str,
        title: str,
        counts: dict[Any, int],
        names: dict[Any, str],
        make_link: Any,
        *,
        keep_all: bool = False,
        none_label: str = "",
    ) -> None:
        """Groups largest first (or in the order of ``names`` with ``keep_all``); the
        records without a value last."""
        keys = (
            list(names)
            if keep_all
            else sorted(
                (k for k in counts if k is not None), key=lambda k: (-counts[k], names.get(k, ""))
            )
        )
        items = [
            Figure(str(k), names.get(k, str(k)), int(counts.get(k, 0)), make_link(k, names.get(k)))
            for k in keys
            if keep_all or counts.get(k)
        ]
        if counts.get(None):
            items.append(Figure(NONE_KEY, none_label or _("ohne Angabe"), int(counts[None]), None))
        self.result.breakdowns[key] = Breakdown(key, title, tuple(items))

    @staticmethod
    def named(names: dict[int, str], ids: Iterable[Any]) -> dict[Any, str]:
        return {i: names.get(i, str(i)) for i in ids if i is not None}


def period_figures(db: Database, period: Period, today: dt.date | None = None) -> KeyFigures:
    """Every key figure of ``period`` (``today`` bounds the months a pairing must have
    had contact in; by default the real today). The screen, the printed report, the
    Excel export and the command line all count with this function."""
    from . import pairings, people, requests

    areas = (people.VOLUNTEERS, pairings.PAIRINGS, requests.REQUESTS, people.OTHERS)
    queries: dict[str, Query] = {"names": _names}
    for area in areas:
        queries.update(area.queries)
    # the slowest first, so that the cores finish together
    ordered = dict(sorted(queries.items(), key=lambda item: -_WEIGHT.get(item[0], 0)))
    computed_at = dt.datetime.now().replace(microsecond=0)
    context = Context(period, today or dt.date.today())
    builder = Builder(context, run_queries(db, ordered, context), computed_at)
    for area in areas:
        area.add(builder)
    return builder.result


# Rough cost of each query on a large office (100,000 volunteers), for their order.
_WEIGHT = {
    "volunteers": 10,
    "volunteer_languages": 9,
    "contact": 8,
    "pairings": 7,
    "hours": 5,
    "time_to_match": 4,
    "requests": 3,
}


@dataclass(frozen=True)
class Area:
    """One area of the figures: its queries by name and how its figures are made."""

    queries: dict[str, Query]
    add: Callable[[Builder], None]
