"""Figures about pairings: started, running and ended (by the newcomer's district and
by the reason they ended), and whether they had a contact note in every month."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ... import models as m
from ...enums import PairingEndReason
from ...i18n import _
from .. import periods as p
from .compute import Area, Builder, Context

P = m.Pairing


def _pairings(session: Session, c: Context) -> list[Any]:
    """Per district of the newcomer: pairings running, started and ended."""
    N = m.Newcomer
    active = p.pairing_active(c.start, c.end)
    started = P.started_on.between(c.start, c.end)
    ended = p.pairing_ended(c.start, c.end)
    # Even a month holds most of the pairings (all that go on): one pass over them all.
    flagged = select(
        P.newcomer_id,
        case((active, 1), else_=0).label("active"),
        case((started, 1), else_=0).label("started"),
        case((ended, 1), else_=0).label("ended"),
    ).subquery()
    district = p.unindexed(N.district_id)
    return list(
        session.execute(
            select(
                district,
                func.sum(flagged.c.active),
                func.sum(flagged.c.started),
                func.sum(flagged.c.ended),
            )
            .select_from(flagged)
            .join(N, N.id == flagged.c.newcomer_id)
            .group_by(district)
        ).all()
    )


def _end_reasons(session: Session, c: Context) -> dict[Any, int]:
    return dict(
        session.execute(
            select(P.end_reason, func.count())
            .where(p.pairing_ended(c.start, c.end))
            .group_by(P.end_reason)
        ).all()
    )


def _contact(session: Session, c: Context) -> Any:
    counts = p.contact_counts(c.start, c.end, c.today)
    return session.execute(
        select(
            func.count().filter(counts.c.covered >= counts.c.need),
            func.count().filter(counts.c.covered < counts.c.need),
        )
    ).one()


def _add(b: Builder) -> None:
    period = b.period.as_value()
    rows = [(d, int(a or 0), int(s or 0), int(e or 0)) for d, a, s, e in b.rows["pairings"]]
    by_district = {d: a for d, a, _s, _e in rows if a}
    title = _("Begonnene Patenschaften")
    b.figure(
        "pairings_started",
        title,
        sum(r[2] for r in rows),
        b.link("pairing", title, started_from=period[0], started_to=period[1]),
    )
    title = _("Laufende Patenschaften")
    b.figure(
        "pairings_active",
        title,
        sum(by_district.values()),
        b.link("pairing", title, active_in=period),
        _("im Zeitraum begonnen oder weitergeführt, nicht vorher beendet"),
    )
    title = _("Beendete Patenschaften")
    b.figure(
        "pairings_ended",
        title,
        sum(r[3] for r in rows),
        b.link("pairing", title, ended_in=period),
    )
    b.breakdown(
        "pairings_by_district",
        _("Laufende Patenschaften nach Stadtteil (Neuzugewanderte)"),
        by_district,
        b.named(b.districts, by_district),
        lambda k, name: b.link(
            "pairing", _("Laufende Patenschaften in {d}", d=name), active_in=period, district=k
        ),
        none_label=_("ohne Stadtteil"),
    )
    reasons = b.rows["end_reasons"]
    b.breakdown(
        "pairings_by_end_reason",
        _("Beendete Patenschaften nach Grund"),
        {(k.value if k is not None else None): v for k, v in reasons.items()},
        {r.value: r.label for r in PairingEndReason},
        lambda k, name: b.link("pairing", _("Beendet: {r}", r=name), ended_in=period, end_reason=k),
        keep_all=True,
    )
    regular, irregular = b.rows["contact"]
    title = _("Patenschaften mit regelmäßigem Kontakt")
    b.figure(
        "pairings_regular_contact",
        title,
        int(regular or 0),
        b.link("pairing", title, contact_regular_in=period),
        _("mindestens eine Kontaktnotiz in jedem Monat, in dem sie im Zeitraum lief"),
    )
    title = _("Patenschaften ohne regelmäßigen Kontakt")
    b.figure(
        "pairings_irregular_contact",
        title,
        int(irregular or 0),
        b.link("pairing", title, contact_missing_in=period),
        _("mindestens ein Monat im Zeitraum ohne Kontaktnotiz"),
    )


PAIRINGS = Area(
    {"pairings": _pairings, "end_reasons": _end_reasons, "contact": _contact}, _add
)
