"""Figures about help requests: received (by field, outcome, district and language),
matched, and the median days from receipt to the first assigned volunteer."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ... import models as m
from ...enums import RequestStatus
from ...i18n import _
from .. import periods as p
from .compute import Area, Builder, Context, days_between

R = m.HelpRequest


def _requests(session: Session, c: Context) -> list[Any]:
    received_on = p.unindexed(R.received_on) if c.long else R.received_on
    return list(
        session.execute(
            select(R.activity_field_id, R.status, R.district_id, func.count())
            .where(received_on.between(c.start, c.end))
            .group_by(R.activity_field_id, R.status, R.district_id)
        ).all()
    )


def _request_languages(session: Session, c: Context) -> dict[Any, int]:
    RL = m.RequestLanguage
    return dict(
        session.execute(
            select(RL.language_id, func.count())
            .join(R, R.id == RL.request_id)
            .where(R.received_on.between(c.start, c.end))
            .group_by(RL.language_id)
        ).all()
    )


def _time_to_match(session: Session, c: Context) -> Any:
    """The median of the days to a match (the middle one, or the mean of the middle
    two) and how many requests were matched in the period."""
    first = p.first_assignment().subquery()
    days = (
        select(days_between(session, first.c.assigned_on, R.received_on).label("d"))
        .join(first, first.c.request_id == R.id)
        .where(first.c.assigned_on.between(c.start, c.end))
        .subquery()
    )
    ranked = select(
        days.c.d,
        func.row_number().over(order_by=days.c.d).label("rn"),
        func.count().over().label("n"),
    ).subquery()
    return session.execute(
        select(func.avg(ranked.c.d), func.max(ranked.c.n)).where(
            ranked.c.rn * 2 >= ranked.c.n, ranked.c.rn * 2 <= ranked.c.n + 2
        )
    ).one()


def _add(b: Builder) -> None:
    period = b.period.as_value()
    by_field: dict[Any, int] = defaultdict(int)
    by_status: dict[Any, int] = defaultdict(int)
    by_district: dict[Any, int] = defaultdict(int)
    for field_id, status, district_id, count in b.rows["requests"]:
        by_field[field_id] += count
        by_status[status.value if status is not None else None] += count
        by_district[district_id] += count
    dates = {"received_from": period[0], "received_to": period[1]}
    title = _("Eingegangene Hilfsanfragen")
    b.figure(
        "requests_received",
        title,
        sum(by_field.values()),
        b.link("help_request", title, **dates),
    )
    b.breakdown(
        "requests_by_field",
        _("Hilfsanfragen nach Tätigkeitsfeld"),
        by_field,
        b.named(b.fields, by_field),
        lambda k, name: b.link(
            "help_request", _("Hilfsanfragen: {f}", f=name), activity_field=k, **dates
        ),
        none_label=_("ohne Tätigkeitsfeld"),
    )
    b.breakdown(
        "requests_by_outcome",
        _("Hilfsanfragen nach Ergebnis (heutiger Stand)"),
        by_status,
        {r.value: r.label for r in RequestStatus},
        lambda k, name: b.link("help_request", _("Hilfsanfragen »{s}«", s=name), status=k, **dates),
        keep_all=True,
    )
    b.breakdown(
        "requests_by_district",
        _("Hilfsanfragen nach Stadtteil"),
        by_district,
        b.named(b.districts, by_district),
        lambda k, name: b.link(
            "help_request", _("Hilfsanfragen in {d}", d=name), district=k, **dates
        ),
        none_label=_("ohne Stadtteil"),
    )
    languages = b.rows["request_languages"]
    b.breakdown(
        "requests_by_language",
        _("Hilfsanfragen nach gewünschter Sprache"),
        languages,
        b.named(b.languages, languages),
        lambda k, name: b.link(
            "help_request", _("Hilfsanfragen: {l}", l=name), language=k, **dates
        ),
    )
    median, count = b.rows["time_to_match"]
    title = _("Vermittelte Hilfsanfragen")
    link = b.link("help_request", title, matched_in=period)
    b.figure(
        "requests_matched",
        title,
        int(count or 0),
        link,
        _("im Zeitraum einer*m Ehrenamtlichen zugeordnet"),
    )
    b.figure(
        "request_days_to_match",
        _("Tage bis zur Vermittlung (Median)"),
        None if median is None else round(float(median), 1),
        link,
        _("vom Eingang bis zur Zuordnung, für die im Zeitraum vermittelten Anfragen"),
    )


REQUESTS = Area(
    {
        "requests": _requests,
        "request_languages": _request_languages,
        "time_to_match": _time_to_match,
    },
    _add,
)
