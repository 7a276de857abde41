"""Periods of the key figures (month, quarter, year, any range) and the conditions that
say which records belong to a period.

The conditions are shared by the figures (``figures.py``) and by the list filters that
show the records behind a figure, so that a number and its list always agree. The list
filters take a period as ``[from, to]`` (dates or ISO text, both days included).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, extract, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import String

from .. import models as m
from ..enums import PairingStatus, VolunteerStatus
from ..errors import ValidationError
from ..i18n import N_, _

MONTH_NAMES = (
    N_("Januar"),
    N_("Februar"),
    N_("März"),
    N_("April"),
    N_("Mai"),
    N_("Juni"),
    N_("Juli"),
    N_("August"),
    N_("September"),
    N_("Oktober"),
    N_("November"),
    N_("Dezember"),
)
KINDS = ("month", "quarter", "year", "custom")


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


@dataclass(frozen=True)
class Period:
    """A range of days, both ends included, and what kind of range it is."""

    start: dt.date
    end: dt.date
    kind: str = "custom"

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError({"period": _("Zeitraum: das Ende liegt vor dem Beginn.")})
        if self.kind not in KINDS:
            raise ValueError(self.kind)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        last = calendar.monthrange(year, first + 2)[1]
        return cls(dt.date(year, first, 1), dt.date(year, first + 2, last), "quarter")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")

    @classmethod
    def between(cls, start: Any, end: Any) -> Period:
        """A custom range from dates or ISO text (German message when unreadable)."""
        try:
            return cls(_date(start), _date(end), "custom")
        except ValueError:
            raise ValidationError(
                {"period": _("Zeitraum: Datum nicht lesbar (JJJJ-MM-TT).")}
            ) from None

    @classmethod
    def of(cls, start: Any, end: Any) -> Period:
        """The range ``start`` … ``end`` as the month, quarter or year it covers exactly,
        else as a custom range (so that a printout names it as the Übersicht did)."""
        period = cls.between(start, end)
        for kind in ("month", "quarter", "year"):
            whole = cls.containing(kind, period.start)
            if (whole.start, whole.end) == (period.start, period.end):
                return whole
        return period

    @classmethod
    def containing(cls, kind: str, day: dt.date | None = None) -> Period:
        """The month, quarter or year that holds ``day`` (today by default)."""
        day = day or dt.date.today()
        if kind == "month":
            return cls.month(day.year, day.month)
        if kind == "quarter":
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        if kind == "year":
            return cls.year(day.year)
        raise ValueError(kind)

    def shifted(self, steps: int) -> Period:
        """The period ``steps`` months, quarters or years later (earlier when negative);
        a custom range moves by its own length."""
        if self.kind == "custom":
            length = (self.end - self.start).days + 1
            return Period(
                self.start + dt.timedelta(days=length * steps),
                self.end + dt.timedelta(days=length * steps),
            )
        months = {"month": 1, "quarter": 3, "year": 12}[self.kind] * steps
        index = self.start.year * 12 + self.start.month - 1 + months
        first = dt.date(index // 12, index % 12 + 1, 1)
        return Period.containing(self.kind, first)

    @property
    def label(self) -> str:
        """German name: »März 2025«, »2. Quartal 2025«, »2025«, »01.03.2025 – 15.04.2025«."""
        if self.kind == "month":
            return f"{_(MONTH_NAMES[self.start.month - 1])} {self.start.year}"
        if self.kind == "quarter":
            return _("{q}. Quartal {year}", q=(self.start.month - 1) // 3 + 1, year=self.start.year)
        if self.kind == "year":
            return str(self.start.year)
        return f"{self.start:%d.%m.%Y} – {self.end:%d.%m.%Y}"

    def as_value(self) -> list[str]:
        """The period as a list filter's value."""
        return [self.start.isoformat(), self.end.isoformat()]


def bounds(value: Any, label: str = N_("Zeitraum")) -> tuple[dt.date, dt.date]:
    """A list filter's period value (``[from, to]``) as two dates; ``label`` is German
    (N_-marked) and translated in the message."""
    try:
        start, end = value[0], value[1]
        return _date(start), _date(end)
    except (TypeError, ValueError, IndexError, KeyError):
        raise ValidationError(
            {"period": _("{label}: Zeitraum nicht lesbar.", label=_(label))}
        ) from None


def period_filter(condition: Callable[[dt.date, dt.date], ColumnElement[bool]], label: str) -> Any:
    """A list filter whose value is a period ``[from, to]``; ``label`` is N_-marked German."""

    def build(value: Any) -> ColumnElement[bool]:
        return condition(*bounds(value, label))

    return build


# -- which records belong to a period ----------------------------------------------------

V = m.Volunteer
P = m.Pairing
R = m.HelpRequest
C = m.RequestCandidate


def volunteer_active(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """Volunteers engaged at some time in the period: not only interested, active since
    the period's end at the latest (or since an unknown day), and not gone before its
    start (someone »ausgeschieden« without a date is counted as gone)."""
    return and_(
        V.status != VolunteerStatus.INTERESTED,
        or_(V.since.is_(None), V.since <= end),
        or_(V.left_on >= start, and_(V.left_on.is_(None), V.status != VolunteerStatus.LEFT)),
    )


def volunteer_left(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    return V.left_on.between(start, end)


def volunteer_with_hours(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    H = m.HoursEntry
    return exists().where(H.volunteer_id == V.id, H.worked_on.between(start, end))


def volunteer_attended(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    A, E = m.Attendance, m.Event
    return exists().where(
        A.volunteer_id == V.id,
        A.attended.is_(True),
        A.event_id == E.id,
        *event_in(start, end),
    )


def event_in(start: dt.date, end: dt.date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    E = m.Event
    first = dt.datetime.combine(start, dt.time())
    after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    return E.starts_at >= first, E.starts_at < after


def pairing_active(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """Pairings running at some time in the period (started, not ended before it)."""
    return and_(
        P.started_on.is_not(None),
        P.started_on <= end,
        or_(P.ended_on.is_(None), P.ended_on >= start),
    )


def pairing_ended(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    return P.ended_on.between(start, end)


def _month_number(day: Any) -> Any:
    return extract("year", day) * 12 + extract("month", day)


class month_key(FunctionElement[str]):  # noqa: N801 - used like a SQL function
    """A day's calendar month as text »YYYY-MM« (cheaper to count than numbers)."""

    type = String()
    name = "month_key"
    inherit_cache = True


@compiles(month_key)
def _month_key(element: month_key, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


@compiles(month_key, "sqlite")
def _month_key_sqlite(element: month_key, compiler: Any, **kw: Any) -> str:
    # SQLite keeps dates as ISO text
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


class unindexed(FunctionElement[Any]):  # noqa: N801 - used like a SQL function
    """A column the database is to read from the rows rather than go through its index
    for: when most rows are wanted anyway (a long period, a grouping by district), one
    pass over the table beats a lookup per row. SQLite takes the hint »+column«; other
    databases weigh this themselves and get the plain column."""

    name = "unindexed"
    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _unindexed(element: unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return f"+{compiler.process(element.clauses, **kw)}"


def contact_window(start: dt.date, end: dt.date, today: dt.date | None = None) -> tuple[Any, Any]:
    """First and last day on which a pairing ran within the period: from its start (or
    the period's) to its end, the start of a current pause, today or the period's end,
    whichever comes first."""
    cap = min(end, today or dt.date.today())
    first = case((P.started_on > start, P.started_on), else_=start)
    last = case((and_(P.ended_on.is_not(None), P.ended_on < cap), P.ended_on), else_=cap)
    last = case(
        (
            and_(P.status == PairingStatus.PAUSED, P.paused_on.is_not(None), P.paused_on < last),
            P.paused_on,
        ),
        else_=last,
    )
    return first, last


def contact_terms(
    start: dt.date, end: dt.date, today: dt.date | None = None
) -> tuple[ColumnElement[bool], Any, Any]:
    """(whether a pairing had running time in the period, months it ran in, months with
    at least one contact note) — calendar months, as SQL expressions over ``Pairing``."""
    first, last = contact_window(start, end, today)
    N = m.ContactNote
    needed = _month_number(last) - _month_number(first) + 1
    covered = (
        select(func.count(func.distinct(month_key(N.noted_on))))
        .where(N.pairing_id == P.id, N.noted_on >= first, N.noted_on <= last)
        .scalar_subquery()
    )
    return and_(pairing_active(start, end), last >= first), needed, covered


def contact_counts(start: dt.date, end: dt.date, today: dt.date | None = None) -> Any:
    """One row per pairing that ran in the period: ``need`` (months it ran in) and
    ``covered`` (months with a contact note) — a join, faster than ``contact_terms``
    over many pairings."""
    first, last = contact_window(start, end, today)
    N = m.ContactNote
    ran = and_(pairing_active(start, end), last >= first)
    return (
        select(
            P.id,
            (_month_number(last) - _month_number(first) + 1).label("need"),
            func.count(func.distinct(month_key(N.noted_on))).label("covered"),
        )
        .select_from(P)
        .outerjoin(N, and_(N.pairing_id == P.id, N.noted_on >= first, N.noted_on <= last))
        .where(ran)
        .group_by(P.id)
        .subquery()
    )


def pairing_contact(regular: bool, today: dt.date | None = None) -> Callable[..., Any]:
    """Condition: pairings with (or without) a contact note in every calendar month they
    ran in within the period. Pairings paused over the whole period count as neither."""

    def condition(start: dt.date, end: dt.date) -> ColumnElement[bool]:
        ran, needed, covered = contact_terms(start, end, today)
        return and_(ran, covered >= needed if regular else covered < needed)

    return condition


def first_assignment() -> Any:
    """Per request: the day a volunteer was first assigned (of the current assignments)."""
    return (
        select(C.request_id.label("request_id"), func.min(C.assigned_on).label("assigned_on"))
        .where(C.assigned.is_(True), C.assigned_on.is_not(None))
        .group_by(C.request_id)
    )


def request_matched(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """Requests whose volunteer was assigned in the period."""
    first = first_assignment().subquery()
    return R.id.in_(select(first.c.request_id).where(first.c.assigned_on.between(start, end)))
