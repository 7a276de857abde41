"""Key figures of a period for the dashboard, ``servicestelle stats`` and the printed
report: volunteers, pairings (with regular contact or not), help requests by field,
outcome, district and language, the median days to a match, hours, MSOs by founding
stage and event attendance.

Everything is counted by the database in a dozen aggregate queries; Python only adds
up the few grouped rows. Archived records count (the past does not change when a record
is archived), except for the MSOs, which are a snapshot of today.

Every figure carries a ``Link``: the list (entity) and the filters that show the records
behind it. The filters are those of the list services (``services/*.py``), so that the
number and the list agree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, case, cast, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from .. import models as m
from ..db import Database
from ..enums import (
    FoundingStage,
    OrganisationKind,
    PairingEndReason,
    RequestStatus,
)
from ..i18n import _, babel_locale
from . import periods as p
from .periods import Period

V, P, R = m.Volunteer, m.Pairing, m.HelpRequest
NONE_KEY = "ohne"  # the group of records without a district, field, language …


@dataclass(frozen=True)
class Link:
    """The records behind a figure: a list (entity) and its filters (JSON values)."""

    entity: str
    filters: dict[str, Any]
    include_archived: bool = True
    title: str = ""  # German: what the list shows, for the list's note

    def as_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "filters": self.filters,
            "include_archived": self.include_archived,
            "title": self.title,
        }


@dataclass(frozen=True)
class Figure:
    key: str
    label: str  # German
    value: int | float | None
    link: Link | None = None
    note: str = ""  # German: how it is counted

    def as_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "value": self.value,
            "note": self.note,
            "link": self.link.as_dict() if self.link else None,
        }


@dataclass(frozen=True)
class Breakdown:
    """A figure split into groups (by district, language, field, status …)."""

    key: str
    title: str  # German
    items: tuple[Figure, ...]

    @property
    def total(self) -> int:
        return int(sum(item.value or 0 for item in self.items))

    def as_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "total": self.total,
            "items": [{"key": item.key, **item.as_dict()} for item in self.items],
        }


@dataclass
class KeyFigures:
    period: Period
    figures: dict[str, Figure] = field(default_factory=dict)
    breakdowns: dict[str, Breakdown] = field(default_factory=dict)

    def value(self, key: str) -> int | float | None:
        return self.figures[key].value

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (dates as ISO text)."""
        return {
            "period": {
                "from": self.period.start.isoformat(),
                "to": self.period.end.isoformat(),
                "kind": self.period.kind,
                "label": self.period.label,
            },
            "figures": {key: f.as_dict() for key, f in self.figures.items()},
            "breakdowns": {key: b.as_dict() for key, b in self.breakdowns.items()},
        }


def _names(session: Session, model: Any) -> dict[int, str]:
    return dict(session.execute(select(model.id, model.name)).all())


def _order(model: Any) -> list[Any]:
    return [model.sort_order, model.name] if hasattr(model, "sort_order") else [model.name]


def _days_between(session: Session, later: Any, earlier: Any) -> Any:
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    return cast(later - earlier, Integer)


class _Builder:
    """Collects the figures of one period in one read session."""

    def __init__(self, session: Session, period: Period, today: dt.date) -> None:
        self.session = session
        self.period = period
        self.today = today
        self.start, self.end = period.start, period.end
        self.result = KeyFigures(period)
        self.districts = _names(session, m.District)
        self.languages = _names(session, m.Language)
        self.fields = _names(session, m.ActivityField)

    # -- helpers -------------------------------------------------------------------

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

    def ordered_names(self, model: Any, ids: Iterable[Any]) -> dict[Any, str]:
        wanted = {i for i in ids if i is not None}
        rows = self.session.execute(
            select(model.id, model.name).where(model.id.in_(wanted)).order_by(*_order(model))
        )
        return dict(rows.all())

    # -- the figures ---------------------------------------------------------------

    def volunteers(self) -> None:
        s, e = self.start, self.end
        active = p.volunteer_active(s, e)
        new = V.since.between(s, e)
        left = p.volunteer_left(s, e)
        # One pass over the volunteers (a CTE used twice), grouped by district, and the
        # languages of the active ones: kind "d" rows per district, "l" per language.
        VL = m.VolunteerLanguage
        seen = (
            select(
                V.id,
                V.district_id,
                case((active, 1), else_=0).label("active"),
                case((new, 1), else_=0).label("new"),
                case((left, 1), else_=0).label("left"),
            )
            .where(or_(active, new, left))
            .cte("seen")
        )
        by_district_rows = select(
            literal("d").label("kind"),
            seen.c.district_id.label("key"),
            func.sum(seen.c.active).label("active"),
            func.sum(seen.c.new).label("new"),
            func.sum(seen.c.left).label("left"),
        ).group_by(seen.c.district_id)
        by_language_rows = (
            select(
                literal("l").label("kind"),
                VL.language_id.label("key"),
                func.count().label("active"),
                literal(0).label("new"),
                literal(0).label("left"),
            )
            .where(VL.volunteer_id.in_(select(seen.c.id).where(seen.c.active == 1)))
            .group_by(VL.language_id)
        )
        all_rows = self.session.execute(union_all(by_district_rows, by_language_rows)).all()
        rows = [r[1:] for r in all_rows if r[0] == "d"]
        languages = {r[1]: int(r[2]) for r in all_rows if r[0] == "l"}
        by_district = {d: int(a or 0) for d, a, _n, _l in rows}
        period = self.period.as_value()
        title = _("Aktive Ehrenamtliche")
        self.figure(
            "volunteers_active",
            title,
            sum(by_district.values()),
            self.link("volunteer", title, active_in=period),
            _("im Zeitraum dabei: seit spätestens Zeitraumende aktiv, nicht vorher ausgeschieden"),
        )
        title = _("Neue Ehrenamtliche")
        self.figure(
            "volunteers_new",
            title,
            sum(int(r[2] or 0) for r in rows),
            self.link("volunteer", title, since_from=period[0], since_to=period[1]),
            _("»Aktiv seit« im Zeitraum"),
        )
        title = _("Ausgeschiedene Ehrenamtliche")
        self.figure(
            "volunteers_left",
            title,
            sum(int(r[3] or 0) for r in rows),
            self.link("volunteer", title, left_in=period),
        )
        self.breakdown(
            "volunteers_by_district",
            _("Aktive Ehrenamtliche nach Stadtteil"),
            by_district,
            self.ordered_names(m.District, by_district),
            lambda k, name: self.link(
                "volunteer", _("Aktive Ehrenamtliche in {d}", d=name), active_in=period, district=k
            ),
            none_label=_("ohne Stadtteil"),
        )
        self.breakdown(
            "volunteers_by_language",
            _("Aktive Ehrenamtliche nach Sprache"),
            languages,
            {k: self.languages.get(k, str(k)) for k in languages},
            lambda k, name: self.link(
                "volunteer", _("Aktive Ehrenamtliche: {l}", l=name), active_in=period, language=k
            ),
        )

    def pairings(self) -> None:
        s, e = self.start, self.end
        period = self.period.as_value()
        N = m.Newcomer
        active = p.pairing_active(s, e)
        started = P.started_on.between(s, e)
        ended = p.pairing_ended(s, e)
        # The pairings of the period first, then their newcomers' districts.
        flags = (
            select(
                P.newcomer_id,
                case((active, 1), else_=0).label("active"),
                case((started, 1), else_=0).label("started"),
                case((ended, 1), else_=0).label("ended"),
            )
            .where(or_(active, ended))
            .subquery()
        )
        rows = self.session.execute(
            select(
                N.district_id,
                func.sum(flags.c.active),
                func.sum(flags.c.started),
                func.sum(flags.c.ended),
            )
            .select_from(flags)
            .join(N, N.id == flags.c.newcomer_id)
            .group_by(N.district_id)
        ).all()
        by_district = {d: int(a) for d, a, _s, _e in rows}
        title = _("Begonnene Patenschaften")
        self.figure(
            "pairings_started",
            title,
            sum(int(r[2] or 0) for r in rows),
            self.link("pairing", title, started_from=period[0], started_to=period[1]),
        )
        title = _("Laufende Patenschaften")
        self.figure(
            "pairings_active",
            title,
            sum(by_district.values()),
            self.link("pairing", title, active_in=period),
            _("im Zeitraum begonnen oder weitergeführt, nicht vorher beendet"),
        )
        title = _("Beendete Patenschaften")
        self.figure(
            "pairings_ended",
            title,
            sum(int(r[3] or 0) for r in rows),
            self.link("pairing", title, ended_in=period),
        )
        self.breakdown(
            "pairings_by_district",
            _("Laufende Patenschaften nach Stadtteil (Neuzugewanderte)"),
            by_district,
            self.ordered_names(m.District, by_district),
            lambda k, name: self.link(
                "pairing", _("Laufende Patenschaften in {d}", d=name), active_in=period, district=k
            ),
            none_label=_("ohne Stadtteil"),
        )
        reasons = dict(
            self.session.execute(
                select(P.end_reason, func.count()).where(ended).group_by(P.end_reason)
            ).all()
        )
        self.breakdown(
            "pairings_by_end_reason",
            _("Beendete Patenschaften nach Grund"),
            {(k.value if k is not None else None): v for k, v in reasons.items()},
            {r.value: r.label for r in PairingEndReason},
            lambda k, name: self.link(
                "pairing", _("Beendet: {r}", r=name), ended_in=period, end_reason=k
            ),
            keep_all=True,
        )
        counts = p.contact_counts(s, e, self.today)
        regular, irregular = self.session.execute(
            select(
                func.count().filter(counts.c.covered >= counts.c.need),
                func.count().filter(counts.c.covered < counts.c.need),
            )
        ).one()
        title = _("Patenschaften mit regelmäßigem Kontakt")
        self.figure(
            "pairings_regular_contact",
            title,
            int(regular),
            self.link("pairing", title, contact_regular_in=period),
            _("mindestens eine Kontaktnotiz in jedem Monat, in dem sie im Zeitraum lief"),
        )
        title = _("Patenschaften ohne regelmäßigen Kontakt")
        self.figure(
            "pairings_irregular_contact",
            title,
            int(irregular),
            self.link("pairing", title, contact_missing_in=period),
            _("mindestens ein Monat im Zeitraum ohne Kontaktnotiz"),
        )

    def requests(self) -> None:
        s, e = self.start, self.end
        period = self.period.as_value()
        received = R.received_on.between(s, e)
        rows = self.session.execute(
            select(R.activity_field_id, R.status, R.district_id, func.count())
            .where(received)
            .group_by(R.activity_field_id, R.status, R.district_id)
        ).all()
        by_field: dict[Any, int] = defaultdict(int)
        by_status: dict[Any, int] = defaultdict(int)
        by_district: dict[Any, int] = defaultdict(int)
        for field_id, status, district_id, count in rows:
            by_field[field_id] += count
            by_status[status.value if status is not None else None] += count
            by_district[district_id] += count
        dates = {"received_from": period[0], "received_to": period[1]}
        title = _("Eingegangene Hilfsanfragen")
        self.figure(
            "requests_received",
            title,
            sum(by_field.values()),
            self.link("help_request", title, **dates),
        )
        self.breakdown(
            "requests_by_field",
            _("Hilfsanfragen nach Tätigkeitsfeld"),
            by_field,
            self.ordered_names(m.ActivityField, by_field),
            lambda k, name: self.link(
                "help_request", _("Hilfsanfragen: {f}", f=name), activity_field=k, **dates
            ),
            none_label=_("ohne Tätigkeitsfeld"),
        )
        self.breakdown(
            "requests_by_outcome",
            _("Hilfsanfragen nach Ergebnis (heutiger Stand)"),
            by_status,
            {r.value: r.label for r in RequestStatus},
            lambda k, name: self.link(
                "help_request", _("Hilfsanfragen »{s}«", s=name), status=k, **dates
            ),
            keep_all=True,
        )
        self.breakdown(
            "requests_by_district",
            _("Hilfsanfragen nach Stadtteil"),
            by_district,
            self.ordered_names(m.District, by_district),
            lambda k, name: self.link(
                "help_request", _("Hilfsanfragen in {d}", d=name), district=k, **dates
            ),
            none_label=_("ohne Stadtteil"),
        )
        RL = m.RequestLanguage
        languages = dict(
            self.session.execute(
                select(RL.language_id, func.count())
                .join(R, R.id == RL.request_id)
                .where(received)
                .group_by(RL.language_id)
            ).all()
        )
        self.breakdown(
            "requests_by_language",
            _("Hilfsanfragen nach gewünschter Sprache"),
            languages,
            {k: self.languages.get(k, str(k)) for k in languages},
            lambda k, name: self.link(
                "help_request", _("Hilfsanfragen: {l}", l=name), language=k, **dates
            ),
        )
        self._time_to_match(period)

    def _time_to_match(self, period: list[str]) -> None:
        first = p.first_assignment().subquery()
        days = (
            select(_days_between(self.session, first.c.assigned_on, R.received_on).label("d"))
            .join(first, first.c.request_id == R.id)
            .where(first.c.assigned_on.between(self.start, self.end))
            .subquery()
        )
        ranked = select(
            days.c.d,
            func.row_number().over(order_by=days.c.d).label("rn"),
            func.count().over().label("n"),
        ).subquery()
        median, count = self.session.execute(
            select(func.avg(ranked.c.d), func.max(ranked.c.n)).where(
                ranked.c.rn * 2 >= ranked.c.n, ranked.c.rn * 2 <= ranked.c.n + 2
            )
        ).one()
        title = _("Vermittelte Hilfsanfragen")
        link = self.link("help_request", title, matched_in=period)
        self.figure(
            "requests_matched",
            title,
            int(count or 0),
            link,
            _("im Zeitraum einer*m Ehrenamtlichen zugeordnet"),
        )
        self.figure(
            "request_days_to_match",
            _("Tage bis zur Vermittlung (Median)"),
            None if median is None else round(float(median), 1),
            link,
            _("vom Eingang bis zur Zuordnung, für die im Zeitraum vermittelten Anfragen"),
        )

    def hours(self) -> None:
        H = m.HoursEntry
        total, people = self.session.execute(
            select(func.sum(H.hours), func.count(func.distinct(H.volunteer_id))).where(
                H.worked_on.between(self.start, self.end)
            )
        ).one()
        period = self.period.as_value()
        title = _("Ehrenamtliche mit Stunden")
        link = self.link("volunteer", title, hours_in=period)
        self.figure("hours", _("Geleistete Stunden"), round(float(total or 0), 2), link)
        self.figure("hours_volunteers", title, int(people or 0), link)

    def events(self) -> None:
        from ..enums import EventStatus

        E, A = m.Event, m.Attendance
        in_period = p.event_in(self.start, self.end)
        held = E.status == EventStatus.HELD
        events, attendances, people = self.session.execute(
            select(
                func.count(func.distinct(E.id)),
                func.count(A.id),
                func.count(func.distinct(A.volunteer_id)),
            )
            .select_from(E)
            .outerjoin(A, (A.event_id == E.id) & A.attended.is_(True))
            .where(held, *in_period)
        ).one()
        period = self.period.as_value()
        dates = {"status": EventStatus.HELD.value, "from": period[0], "to": period[1]}
        title = _("Durchgeführte Veranstaltungen")
        self.figure(
            "events_held",
            title,
            int(events),
            self.link("event", title, **dates),
        )
        title = _("Teilnahmen an Veranstaltungen")
        self.figure(
            "event_attendances",
            title,
            int(attendances),
            self.link("event", title, **dates),
            _("Ehrenamtliche, die teilgenommen haben, je Veranstaltung gezählt"),
        )
        title = _("Ehrenamtliche bei Veranstaltungen")
        self.figure(
            "event_attendees",
            title,
            int(people),
            self.link("volunteer", title, attended_in=period),
            _("jede Person einmal gezählt"),
        )

    def organisations(self) -> None:
        O = m.Organisation  # noqa: E741
        stages = dict(
            self.session.execute(
                select(O.founding_stage, func.count())
                .where(O.kind == OrganisationKind.MSO, O.archived_at.is_(None))
                .group_by(O.founding_stage)
            ).all()
        )
        counts = {(k.value if k is not None else None): v for k, v in stages.items()}
        title = _("MSO")
        self.figure(
            "msos",
            _("Migrantenselbstorganisationen"),
            int(sum(counts.values())),
            Link("organisation", {"kind": OrganisationKind.MSO.value}, False, title),
            _("heutiger Stand"),
        )
        self.breakdown(
            "msos_by_stage",
            _("MSO nach Gründungsphase (heutiger Stand)"),
            counts,
            {s.value: s.label for s in FoundingStage},
            lambda k, name: Link(
                "organisation",
                {"kind": OrganisationKind.MSO.value, "founding_stage": k},
                False,
                _("MSO: {s}", s=name),
            ),
            keep_all=True,
        )


def period_figures(db: Database, period: Period, today: dt.date | None = None) -> KeyFigures:
    """Every key figure of ``period`` (``today`` bounds the months a pairing must have
    had contact in; by default the real today)."""
    with db.read() as session:
        builder = _Builder(session, period, today or dt.date.today())
        builder.volunteers()
        builder.pairings()
        builder.requests()
        builder.hours()
        builder.events()
        builder.organisations()
        return builder.result


# The figures shown as tiles, in order, for screens and text output.
TILE_KEYS = (
    "volunteers_active",
    "volunteers_new",
    "volunteers_left",
    "pairings_active",
    "pairings_started",
    "pairings_ended",
    "pairings_regular_contact",
    "pairings_irregular_contact",
    "requests_received",
    "requests_matched",
    "request_days_to_match",
    "hours",
    "hours_volunteers",
    "events_held",
    "event_attendances",
    "event_attendees",
    "msos",
)


def format_value(value: int | float | None) -> str:
    """German number text: »1.234«, »3,5«, »–« for no value."""
    from babel.numbers import format_decimal

    if value is None:
        return "–"
    return format_decimal(value, format="#,##0.##", locale=babel_locale())


def format_period_figures(figures: KeyFigures) -> str:
    """A readable German text of ``period_figures`` for the command line."""
    lines = [_("Kennzahlen {label}", label=figures.period.label)]
    width = max(len(figures.figures[k].label) for k in TILE_KEYS if k in figures.figures)
    for key in TILE_KEYS:
        figure = figures.figures.get(key)
        if figure is not None:
            lines.append(f"{figure.label + ':':<{width + 1}} {format_value(figure.value):>9}")
    for breakdown in figures.breakdowns.values():
        lines.append("")
        lines.append(breakdown.title + ":")
        for item in breakdown.items:
            lines.append(f"  {item.label}: {format_value(item.value)}")
    return "\n".join(lines)
