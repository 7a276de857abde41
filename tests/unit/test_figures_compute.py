"""How the key figures are counted: the queries side by side on several connections
give what one connection gives query after query, the pass over a whole table (long
periods) what the date indexes give, on SQLite and PostgreSQL; a printout names the
period as the Übersicht did."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from servicestelle import models as m
from servicestelle.demo import generate
from servicestelle.services.figures import compute, period_figures
from servicestelle.services.periods import Period, unindexed
from tests.conftest import database_template

TODAY = dt.date(2026, 11, 20)
PERIODS = (
    Period.year(2026),
    Period.year(2025),
    Period.quarter(2026, 2),
    Period.month(2026, 3),
    Period.between("2019-01-01", "2026-12-31"),
    Period.between("2026-02-10", "2026-02-20"),
)

db_template = database_template(lambda db: generate(db, 250, seed=4))


def counted(db, monkeypatch, **settings) -> list[dict]:  # type: ignore[no-untyped-def]
    with monkeypatch.context() as patch:
        for name, value in settings.items():
            patch.setattr(compute, name, value)
        return [period_figures(db, period, TODAY).as_dict() for period in PERIODS]


def test_side_by_side_and_one_by_one_count_the_same(db, db_template, monkeypatch):
    together = counted(db, monkeypatch)
    alone = counted(db, monkeypatch, MAX_WORKERS=1)
    assert together == alone
    assert together[0]["figures"]["volunteers_active"]["value"] > 0
    assert together[0]["figures"]["pairings_irregular_contact"]["value"] > 0


def test_a_pass_over_the_table_counts_what_the_indexes_count(db, db_template, monkeypatch):
    through_indexes = counted(db, monkeypatch, LONG_PERIOD_DAYS=10**6)
    whole_tables = counted(db, monkeypatch, LONG_PERIOD_DAYS=1)
    assert through_indexes == whole_tables


def test_the_figures_say_when_they_were_counted(db):
    before = dt.datetime.now().replace(microsecond=0)
    figures = period_figures(db, Period.month(2026, 3), TODAY)
    assert before <= figures.computed_at <= dt.datetime.now()


@pytest.mark.any_db
def test_an_in_memory_database_is_counted_on_its_one_connection():
    from servicestelle.db import open_database

    db = open_database("sqlite://", user="Frau Test")
    try:
        assert not compute._side_by_side(db)
        assert period_figures(db, Period.year(2026), TODAY).value("volunteers_active") == 0
    finally:
        db.dispose()


def test_the_hint_to_read_the_table_is_sqlites_alone():
    query = select(m.HoursEntry.id).where(
        unindexed(m.HoursEntry.worked_on).between(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    )
    assert "+hours_entry.worked_on BETWEEN" in str(query.compile(dialect=sqlite.dialect()))
    text = str(query.compile(dialect=postgresql.dialect()))
    assert "hours_entry.worked_on BETWEEN" in text and "+" not in text


def test_a_printout_names_the_period_as_the_overview_did():
    assert Period.of("2026-01-01", "2026-12-31") == Period.year(2026)
    assert Period.of(dt.date(2026, 4, 1), dt.date(2026, 6, 30)) == Period.quarter(2026, 2)
    assert Period.of("2026-02-01", "2026-02-28") == Period.month(2026, 2)
    custom = Period.of("2026-01-01", "2026-12-30")
    assert custom.kind == "custom" and custom.label == "01.01.2026 – 30.12.2026"
