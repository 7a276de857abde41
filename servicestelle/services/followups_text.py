"""How the Wiedervorlage reads: the record each follow-up is about (its title) and why
it is due (its reason), looked up for the few shown, a few queries per kind of record."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from sqlalchemy import select

from .. import kinds
from .. import models as m
from ..i18n import _


class Due(NamedTuple):
    """A follow-up before its title and reason are looked up (cheap to make by the
    ten thousand)."""

    due_on: dt.date
    kind: str
    record_id: int
    key: str
    detail: Any  # what the reason is made from
    staff: str | None = None  # who sees to it (notes and reminders)


ENTITY = {
    "checkin": "pairing",
    "clearance": "volunteer",
    "request": "help_request",
    "charity": "organisation",
}


def owner_of(d: Due) -> str:
    """The kind of record a follow-up opens ("" for a reminder of the office's own)."""
    if d.kind == "consent":
        return str(d.detail[0]).split(".")[1]
    if d.kind in ("note", "reminder"):
        return str(d.detail[0] or "")
    return ENTITY[d.kind]


def _days(count: int) -> str:
    return _("1 Tag") if count == 1 else _("{n} Tagen", n=count)


def _name(last: str | None, first: str | None) -> str:
    return f"{last}, {first}" if first else (last or "")


def reason(d: Due, today: dt.date) -> str:
    if d.kind == "checkin":
        last_on, next_on = d.detail
        if next_on is not None:
            return _("vereinbartes Nachfragen am {day}", day=f"{next_on:%d.%m.%Y}")
        ago = (today - last_on).days if last_on else 0
        return _("seit {days} kein Kontakt vermerkt", days=_days(ago))
    if d.kind == "clearance":
        until = d.detail
        if until <= today:
            return _("abgelaufen am {day}", day=f"{until:%d.%m.%Y}")
        return _("gültig bis {day}", day=f"{until:%d.%m.%Y}")
    if d.kind == "request":
        received, status = d.detail
        return _("seit {days} {status}", days=_days((today - received).days), status=status.label)
    if d.kind == "consent":
        return _("erteilt am {day}", day=f"{d.detail[1]:%d.%m.%Y}")
    if d.kind == "charity":
        until = d.detail
        if until <= today:
            return _("Bescheid abgelaufen am {day}", day=f"{until:%d.%m.%Y}")
        return _("Bescheid gültig bis {day}", day=f"{until:%d.%m.%Y}")
    if d.kind == "reminder":
        return str(d.detail[2] or "")
    return ""


def note_texts(session: Any, ids: list[int]) -> dict[int, str]:
    C = m.ContactNote
    texts: dict[int, str] = {}
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        for nid, subject, text in session.execute(
            select(C.id, C.subject, C.text).where(C.id.in_(chunk))
        ):
            texts[nid] = subject or (text or "").split("\n")[0][:80]
    return texts


def titles(session: Any, wanted: dict[str, set[int]]) -> dict[tuple[str, int], str]:
    """(owner, id) → a readable name of each record, a few queries per kind of record."""
    found: dict[tuple[str, int], str] = {}
    people = {"volunteer": m.Volunteer, "newcomer": m.Newcomer, "contact_person": m.ContactPerson}
    named = {
        "help_request": (m.HelpRequest, m.HelpRequest.title),
        "organisation": (m.Organisation, m.Organisation.name),
        "event": (m.Event, m.Event.title),
        "consultation": (m.Consultation, m.Consultation.topic),
        "funding_application": (m.FundingApplication, m.FundingApplication.programme),
    }
    for owner, id_set in wanted.items():
        ids = sorted(id_set)
        for start in range(0, len(ids), 5000):
            chunk = ids[start : start + 5000]
            if owner in people:
                model = people[owner]
                for i, last, first in session.execute(
                    select(model.id, model.last_name, model.first_name).where(model.id.in_(chunk))
                ):
                    found[(owner, i)] = _name(last, first)
            elif owner == "pairing":
                V, N = m.Volunteer.__table__.alias("nv"), m.Newcomer.__table__.alias("nn")
                rows = session.execute(
                    select(
                        m.Pairing.id,
                        V.c.last_name,
                        V.c.first_name,
                        N.c.last_name,
                        N.c.first_name,
                    )
                    .join(V, V.c.id == m.Pairing.volunteer_id)
                    .join(N, N.c.id == m.Pairing.newcomer_id)
                    .where(m.Pairing.id.in_(chunk))
                )
                for i, vl, vf, nl, nf in rows:
                    found[(owner, i)] = f"{_name(vl, vf)} – {_name(nl, nf)}"
            elif owner in named:
                model, column = named[owner]
                for i, title in session.execute(
                    select(model.id, column).where(model.id.in_(chunk))
                ):
                    found[(owner, i)] = title or _(
                        "{label} Nr. {id}", label=kinds.kind(owner).label, id=i
                    )
    return found
