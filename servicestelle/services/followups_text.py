"""How the Wiedervorlage reads: the record each follow-up is about (its title) and why
it is due (its reason), looked up for the few shown, a few queries per kind of record."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from sqlalchemy import String, cast, literal, null, select, union_all

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


# Each kind of record and how its name is read: (model, columns).
def _name_columns() -> dict[str, tuple[Any, list[Any]]]:
    V, N = m.Volunteer.__table__.alias("nv"), m.Newcomer.__table__.alias("nn")
    pairing = (
        select(m.Pairing.id)
        .join(V, V.c.id == m.Pairing.volunteer_id)
        .join(N, N.c.id == m.Pairing.newcomer_id)
    )
    people = {
        owner: (model, [model.last_name, model.first_name])
        for owner, model in (
            ("volunteer", m.Volunteer),
            ("newcomer", m.Newcomer),
            ("contact_person", m.ContactPerson),
        )
    }
    return {
        **people,
        "pairing": (pairing, [V.c.last_name, V.c.first_name, N.c.last_name, N.c.first_name]),
        "help_request": (m.HelpRequest, [m.HelpRequest.title]),
        "organisation": (m.Organisation, [m.Organisation.name]),
        "event": (m.Event, [m.Event.title]),
        "consultation": (m.Consultation, [m.Consultation.topic]),
        "funding_application": (m.FundingApplication, [m.FundingApplication.programme]),
        "note": (m.ContactNote, [m.ContactNote.subject, m.ContactNote.text]),
    }


_IDS_PER_QUERY = 5000  # bound values per statement: far below every database's limit


def _named_rows(session: Any, wanted: dict[str, set[int]]) -> list[tuple[str, int, list[Any]]]:
    """(owner, id, name parts) of the ``wanted`` records of every kind, read in one
    statement (a UNION of one part per kind): one round trip to a server, not one per
    kind of record."""
    columns = _name_columns()
    parts: list[Any] = []
    rows: list[tuple[str, int, list[Any]]] = []
    held = 0

    def run() -> None:
        nonlocal parts, held
        if parts:
            for owner, i, *names in session.execute(union_all(*parts)):
                rows.append((owner, i, names))
        parts, held = [], 0

    for owner, id_set in wanted.items():
        ids = sorted(id_set)
        source, names = columns[owner]
        id_column = source.selected_columns[0] if hasattr(source, "selected_columns") else source.id
        padding = [cast(null(), String) for _ in range(4 - len(names))]
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[start : start + _IDS_PER_QUERY]
            if held + len(chunk) > _IDS_PER_QUERY:
                run()
            base = source if hasattr(source, "selected_columns") else select(source.id)
            parts.append(
                base.with_only_columns(
                    literal(owner, String).label("owner"),
                    id_column.label("id"),
                    *(cast(c, String) for c in names),
                    *padding,
                ).where(id_column.in_(chunk))
            )
            held += len(chunk)
    run()
    return rows


def _note_text(names: list[Any]) -> str:
    subject, text = names[0], names[1]
    return subject or (text or "").split("\n")[0][:80]


def titles(session: Any, wanted: dict[str, set[int]]) -> dict[tuple[str, int], str]:
    """(owner, id) → a readable name of each record (``"note"``: a contact note's
    subject or first line), all in one statement."""
    found: dict[tuple[str, int], str] = {}
    for owner, i, names in _named_rows(session, wanted):
        if owner == "note":
            found[(owner, i)] = _note_text(names)
        elif owner in ("volunteer", "newcomer", "contact_person"):
            found[(owner, i)] = _name(names[0], names[1])
        elif owner == "pairing":
            found[(owner, i)] = f"{_name(names[0], names[1])} – {_name(names[2], names[3])}"
        else:
            found[(owner, i)] = names[0] or _(
                "{label} Nr. {id}", label=kinds.kind(owner).label, id=i
            )
    return found
