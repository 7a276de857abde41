"""Key figures (Kennzahlen) for the status report, the dashboard and ``servicestelle stats``.

Every figure is counted by the database: one GROUP BY query per kind of record. Archived
records count in ``total`` and are also given as ``archived``.
"""

from __future__ import annotations

from typing import Any

from babel.numbers import format_decimal
from sqlalchemy import func, select

from .. import models as m
from ..db import Database
from ..enums import (
    EventStatus,
    LabeledEnum,
    NewcomerStatus,
    OrganisationKind,
    PairingStatus,
    RequestStatus,
    VolunteerStatus,
)
from ..i18n import _, babel_locale

# key in the result → (model, column counted by, its enum)
_BY_STATUS: dict[str, tuple[type[m.Base], Any, type[LabeledEnum]]] = {
    "volunteers": (m.Volunteer, m.Volunteer.status, VolunteerStatus),
    "newcomers": (m.Newcomer, m.Newcomer.status, NewcomerStatus),
    "pairings": (m.Pairing, m.Pairing.status, PairingStatus),
    "help_requests": (m.HelpRequest, m.HelpRequest.status, RequestStatus),
    "organisations": (m.Organisation, m.Organisation.kind, OrganisationKind),
    "events": (m.Event, m.Event.status, EventStatus),
}

# The organisations' »status« is whether they are archived.
ORGANISATION_ACTIVE = "aktiv"
ORGANISATION_ARCHIVED = "archiviert"


def _titles() -> dict[str, str]:
    return {
        "volunteers": _("Ehrenamtliche"),
        "newcomers": _("Neuzugewanderte"),
        "pairings": _("Patenschaften"),
        "help_requests": _("Hilfsanfragen"),
        "organisations": _("Organisationen"),
        "events": _("Veranstaltungen"),
    }


def _count(
    session: Any, model: type[m.Base], column: Any, members: type[LabeledEnum]
) -> dict[str, Any]:
    archived_at = model.archived_at  # type: ignore[attr-defined]
    rows = session.execute(
        select(column, func.count(), func.count(archived_at)).group_by(column)
    ).all()
    counts = dict.fromkeys((member.value for member in members), 0)
    archived = 0
    for value, number, archived_number in rows:
        key = value.value if isinstance(value, LabeledEnum) else str(value)
        counts[key] = counts.get(key, 0) + int(number)
        archived += int(archived_number)
    return {"total": sum(counts.values()), "by_status": counts, "archived": archived}


def key_figures(db: Database) -> dict[str, dict[str, Any]]:
    """Counts per kind of record: ``total``, ``by_status`` (every status, zero when none),
    ``archived``. Organisations are counted ``by_kind``; their ``by_status`` says how
    many are active and how many archived."""
    figures: dict[str, dict[str, Any]] = {}
    with db.read() as session:
        for key, (model, column, members) in _BY_STATUS.items():
            figures[key] = _count(session, model, column, members)
    organisations = figures["organisations"]
    organisations["by_kind"] = organisations.pop("by_status")
    organisations["by_status"] = {
        ORGANISATION_ACTIVE: organisations["total"] - organisations["archived"],
        ORGANISATION_ARCHIVED: organisations["archived"],
    }
    return figures


def labels(key: str) -> dict[str, str]:
    """German labels of the values counted under ``key`` (for example
    ``labels("pairings")["beendet"] == "beendet"``, ``labels("organisations")`` by kind)."""
    if key not in _BY_STATUS:
        raise KeyError(key)
    return {member.value: member.label for member in _BY_STATUS[key][2]}


def _number(value: int) -> str:
    return format_decimal(value, locale=babel_locale())


def format_figures(figures: dict[str, dict[str, Any]]) -> str:
    """A readable German text table of ``key_figures``, for example
    ``Ehrenamtliche:    1.000 (interessiert 100, aktiv 700, …)``."""
    titles = _titles()
    lines = [_("Kennzahlen")]
    rows: list[tuple[str, str, str]] = []
    for key, title in titles.items():
        entry = figures.get(key)
        if entry is None:
            continue
        parts_source = entry.get("by_kind") if key == "organisations" else entry.get("by_status")
        names = labels(key)
        parts = [
            f"{names.get(value, value)} {_number(number)}"
            for value, number in (parts_source or {}).items()
        ]
        detail = ", ".join(parts)
        if entry.get("archived"):
            detail += ("; " if detail else "") + _(
                "davon archiviert {n}", n=_number(entry["archived"])
            )
        rows.append((f"{title}:", _number(entry.get("total", 0)), detail))
    if rows:
        width_title = max(len(r[0]) for r in rows)
        width_number = max(len(r[1]) for r in rows)
        for title, number, detail in rows:
            line = f"{title:<{width_title}} {number:>{width_number}}"
            lines.append(f"{line} ({detail})" if detail else line)
    return "\n".join(lines)


def key_figures_for(db: Database, start: Any, end: Any) -> dict[str, Any]:
    """The key figures of the days ``start`` … ``end`` (dates or ISO text) as plain
    JSON-ready values: ``period``, ``figures`` and ``breakdowns`` with German labels and
    the list filters behind each figure. ``figures.period_figures`` gives the same as
    dataclasses; ``periods.Period`` also names months, quarters and years."""
    from .figures import period_figures
    from .periods import Period

    return period_figures(db, Period.between(start, end)).as_dict()
