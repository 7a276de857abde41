"""Figures about people and what they did: volunteers (active, new, left, by district
and language), hours, events and the MSOs. Archived records count (the past does not
change when a record is archived), except for the MSOs, a snapshot of today."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ... import models as m
from ...enums import EventStatus, FoundingStage, OrganisationKind
from ...i18n import _
from .. import periods as p
from .compute import Area, Builder, Context
from .model import Link

V = m.Volunteer


def _flag(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _volunteers(session: Session, c: Context) -> list[Any]:
    """Per district: the active, new and departed volunteers (one pass over the table;
    districts where all three are zero come back too)."""
    active = p.volunteer_active(c.start, c.end)
    new = V.since.between(c.start, c.end)
    left = p.volunteer_left(c.start, c.end)
    district = p.unindexed(V.district_id)  # one pass, not a row lookup per index entry
    return list(
        session.execute(
            select(district, _flag(active), _flag(new), _flag(left)).group_by(district)
        ).all()
    )


def _volunteer_languages(session: Session, c: Context) -> dict[Any, int]:
    VL = m.VolunteerLanguage
    active = select(V.id).where(p.volunteer_active(c.start, c.end))
    language = p.unindexed(VL.language_id)
    return dict(
        session.execute(
            select(language, func.count()).where(VL.volunteer_id.in_(active)).group_by(language)
        ).all()
    )


def _add_volunteers(b: Builder) -> None:
    rows = [(d, int(a or 0), int(n or 0), int(g or 0)) for d, a, n, g in b.rows["volunteers"]]
    languages = {k: int(v) for k, v in b.rows["volunteer_languages"].items()}
    by_district = {d: a for d, a, _n, _l in rows if a}
    period = b.period.as_value()
    title = _("Aktive Ehrenamtliche")
    b.figure(
        "volunteers_active",
        title,
        sum(by_district.values()),
        b.link("volunteer", title, active_in=period),
        _("im Zeitraum dabei: seit spätestens Zeitraumende aktiv, nicht vorher ausgeschieden"),
    )
    title = _("Neue Ehrenamtliche")
    b.figure(
        "volunteers_new",
        title,
        sum(r[2] for r in rows),
        b.link("volunteer", title, since_from=period[0], since_to=period[1]),
        _("»Aktiv seit« im Zeitraum"),
    )
    title = _("Ausgeschiedene Ehrenamtliche")
    b.figure(
        "volunteers_left",
        title,
        sum(r[3] for r in rows),
        b.link("volunteer", title, left_in=period),
    )
    b.breakdown(
        "volunteers_by_district",
        _("Aktive Ehrenamtliche nach Stadtteil"),
        by_district,
        b.named(b.districts, by_district),
        lambda k, name: b.link(
            "volunteer", _("Aktive Ehrenamtliche in {d}", d=name), active_in=period, district=k
        ),
        none_label=_("ohne Stadtteil"),
    )
    b.breakdown(
        "volunteers_by_language",
        _("Aktive Ehrenamtliche nach Sprache"),
        languages,
        b.named(b.languages, languages),
        lambda k, name: b.link(
            "volunteer", _("Aktive Ehrenamtliche: {l}", l=name), active_in=period, language=k
        ),
    )


VOLUNTEERS = Area(
    {"volunteers": _volunteers, "volunteer_languages": _volunteer_languages}, _add_volunteers
)


def _hours(session: Session, c: Context) -> Any:
    H = m.HoursEntry
    # a long period holds most entries: one pass over the table
    worked_on = p.unindexed(H.worked_on) if c.long else H.worked_on
    return session.execute(
        select(func.sum(H.hours), func.count(func.distinct(H.volunteer_id))).where(
            worked_on.between(c.start, c.end)
        )
    ).one()


def _events(session: Session, c: Context) -> Any:
    E, A = m.Event, m.Attendance
    return session.execute(
        select(
            func.count(func.distinct(E.id)),
            func.count(A.id),
            func.count(func.distinct(A.volunteer_id)),
        )
        .select_from(E)
        .outerjoin(A, (A.event_id == E.id) & A.attended.is_(True))
        .where(E.status == EventStatus.HELD, *p.event_in(c.start, c.end))
    ).one()


def _organisations(session: Session, _c: Context) -> dict[Any, int]:
    O = m.Organisation  # noqa: E741
    return dict(
        session.execute(
            select(O.founding_stage, func.count())
            .where(O.kind == OrganisationKind.MSO, O.archived_at.is_(None))
            .group_by(O.founding_stage)
        ).all()
    )


def _add_others(b: Builder) -> None:
    period = b.period.as_value()
    total, people = b.rows["hours"]
    title = _("Ehrenamtliche mit Stunden")
    link = b.link("volunteer", title, hours_in=period)
    b.figure("hours", _("Geleistete Stunden"), round(float(total or 0), 2), link)
    b.figure("hours_volunteers", title, int(people or 0), link)

    events, attendances, attendees = b.rows["events"]
    dates = {"status": EventStatus.HELD.value, "from": period[0], "to": period[1]}
    title = _("Durchgeführte Veranstaltungen")
    b.figure("events_held", title, int(events), b.link("event", title, **dates))
    title = _("Teilnahmen an Veranstaltungen")
    b.figure(
        "event_attendances",
        title,
        int(attendances),
        b.link("event", title, **dates),
        _("Ehrenamtliche, die teilgenommen haben, je Veranstaltung gezählt"),
    )
    title = _("Ehrenamtliche bei Veranstaltungen")
    b.figure(
        "event_attendees",
        title,
        int(attendees),
        b.link("volunteer", title, attended_in=period),
        _("jede Person einmal gezählt"),
    )

    stages = b.rows["organisations"]
    counts = {(k.value if k is not None else None): v for k, v in stages.items()}
    mso = OrganisationKind.MSO.value
    b.figure(
        "msos",
        _("Migrantenselbstorganisationen"),
        int(sum(counts.values())),
        Link("organisation", {"kind": mso}, False, _("MSO")),
        _("heutiger Stand"),
    )
    b.breakdown(
        "msos_by_stage",
        _("MSO nach Gründungsphase (heutiger Stand)"),
        counts,
        {s.value: s.label for s in FoundingStage},
        lambda k, name: Link(
            "organisation", {"kind": mso, "founding_stage": k}, False, _("MSO: {s}", s=name)
        ),
        keep_all=True,
    )


OTHERS = Area(
    {"hours": _hours, "events": _events, "organisations": _organisations}, _add_others
)
