"""The Wiedervorlage's consent renewals: the people still looked after whose newest
consent in force (kept on the person by the database, migration 0016) is older than
``consent.renewal_months``. They come by the ten thousand: SQL counts them and hands
over only the earliest."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, func, select

from .. import models as m
from ..dates import add_months
from ..enums import NewcomerStatus, VolunteerStatus
from .followups_ahead import rows as _rows
from .followups_text import Due as _Due


def _months_before(day: dt.date, months: int) -> dt.date:
    return add_months(day, -months)


def _headroom(snoozed: int) -> int:
    """How many more of the earliest consent renewals to fetch than will be shown, for
    the ``snoozed`` ones left out: in steps, so that the question is the same whether
    a few are snoozed or none (and can be asked ahead)."""
    return 100 * (snoozed // 100 + 1)


class ConsentRenewals:
    """The consent part of ``FollowUpService`` (which gives ``_setting`` and
    ``_snoozes``)."""

    _setting: Any
    _snoozes: Any

    def _consent_queries(self, last: dt.date, months: int) -> list[tuple[str, Any, Any, Any]]:
        """Per kind of person: (person, id column, given column, query of the people still
        looked after whose newest consent falls due for renewal by ``last``). People who
        left, were closed or archived are the retention review's, not this list's."""
        threshold = _months_before(last, months)
        queries = []
        for person, model, active in (
            ("volunteer", m.Volunteer, m.Volunteer.status != VolunteerStatus.LEFT),
            ("newcomer", m.Newcomer, m.Newcomer.status != NewcomerStatus.CLOSED),
        ):
            # the day of the newest consent in force, kept on the person by the database
            # (migration 0016): a range of an index, not a grouping of every consent
            given = model.consent_on
            query = select(model.id, given).where(
                given <= threshold, active, model.archived_at.is_(None)
            )
            queries.append((person, model.id, given, query))
        return queries

    @staticmethod
    def _consent_due(person: str, rows: Any, months: int) -> list[_Due]:
        kind = f"consent.{person}"
        return [
            _Due(
                _add_months(given, months),
                "consent",
                pid,
                f"consent:{person}:{pid}:{given}",
                (kind, given),
            )
            for pid, given in rows
        ]

    def _consents(self, session: Any, last: dt.date) -> list[_Due]:
        found: list[_Due] = []
        months = self._setting("consent.renewal_months")
        for person, _id, _given, query in self._consent_queries(last, months):
            found.extend(self._consent_due(person, _rows(session, query), months))
        return found

    def _first_consents(
        self, session: Any, today: dt.date, last: dt.date, limit: int
    ) -> tuple[list[_Due], dict[str, int]]:
        """The consent renewals due by ``last`` that can be among the ``limit`` most
        urgent follow-ups (done ones left out, moved ones on their new day), and how many
        there are: by ``last`` ("window"), by today ("now") and before today
        ("overdue")."""
        snoozes = self._snoozes(session, today)
        snoozed = {k: u for k, u in snoozes.items() if k.startswith("consent:")}
        months = self._setting("consent.renewal_months")
        limits = {"window": last, "now": today, "overdue": today - dt.timedelta(days=1)}
        given_by = {name: _months_before(day, months) for name, day in limits.items()}
        tally = dict.fromkeys(limits, 0)
        found: list[_Due] = []
        for person, id_column, given, query in self._consent_queries(max(last, today), months):
            mine = {k: u for k, u in snoozed.items() if k.startswith(f"consent:{person}:")}
            ids = sorted({int(k.split(":")[2]) for k in mine})
            for start in range(0, len(ids), 500):  # done or moved: counted on their new day
                rows = _rows(session, query.where(id_column.in_(ids[start : start + 500])))
                for d in self._consent_due(person, rows, months):
                    if d.key not in mine:
                        continue
                    until = mine[d.key]
                    moved = None if until is None else max(d.due_on, until)
                    for name, day in limits.items():
                        tally[name] -= d.detail[1] <= given_by[name]
                        tally[name] += moved is not None and moved <= day
                    if moved is not None and moved <= last:
                        found.append(d._replace(due_on=moved))
            wanted = limit + len(mine)
            # one pass: the earliest rows, and (before LIMIT) how many there are in all
            sums = [
                func.sum(case((given <= given_by[name], 1), else_=0)).over() for name in limits
            ]
            counted = query.add_columns(*sums).order_by(given, id_column)
            limited = counted.limit(limit + _headroom(len(mine)))
            fetched = _rows(session, limited).all()[:wanted]
            if fetched:
                for index, name in enumerate(limits):
                    tally[name] += int(fetched[0][2 + index] or 0)
            rows = [(row[0], row[1]) for row in fetched]
            if len(rows) == wanted and _shares_due_day(rows[-1][1], months):
                # Consents given on the 29th to 31st can fall due on the same, shorter
                # month's last day: everyone given in the last one's month on its day or
                # later is a candidate too. Consents of later months fall due later.
                newest = rows[-1][1]
                more = query.where(given >= newest, given <= _end_of_month(newest))
                rows = list(dict(rows + _rows(session, more).all()).items())
            found.extend(
                d
                for d in self._consent_due(person, rows, months)
                if d.key not in mine and d.detail[1] <= given_by["window"]
            )
        return found, tally


def _shares_due_day(given: dt.date, months: int) -> bool:
    """Whether a consent given on another day falls due on the same day as one given on
    ``given`` (the end of a shorter month: 31 January + 1 month and 28 January + 1)."""
    due = _add_months(given, months)
    before = _add_months(given - dt.timedelta(days=1), months)
    after = _add_months(given + dt.timedelta(days=1), months)
    return before == due or after == due


def _end_of_month(day: dt.date) -> dt.date:
    return _months_before(day.replace(day=1), -1) - dt.timedelta(days=1)


_add_months = add_months
