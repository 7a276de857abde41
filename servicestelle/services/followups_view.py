"""The Wiedervorlage as a printout or a workbook shows it: the follow-ups of the view
on screen (window, staff filter, kind) as text, grouped by kind with their counts."""

from __future__ import annotations

import datetime as dt

from ..db import Database
from ..formats import integer, short_date
from ..i18n import _
from .followups import FollowUpService, grouped, kind_label, state_of, window_label

# Everything of a view is printed, not only the first page's worth shown on screen.
PRINT_LIMIT = 20_000


def describe_view(window: str, staff: str | None, kind: str | None) -> str:
    """The view in words: »diese Woche · Einwilligung erneuern · zuständig: Frau R.«."""
    parts = [window_label(window)]
    if kind:
        parts.append(kind_label(kind))
    if staff:
        parts.append(_("zuständig: {name}", name=staff))
    return " · ".join(parts)


def view_rows(
    db: Database, window: str, staff: str | None, kind: str | None, today: dt.date
) -> tuple[list[tuple[str, list[list[str]]]], int]:
    """The view's rows as text by kind ((group heading, rows)) and how many there are."""
    view = FollowUpService(db).view(window, staff, today, limit=PRINT_LIMIT, kind=kind)
    items = view.items
    groups = []
    for key, members in grouped(items):
        count = view.counts.get(key, len(members)) if kind in (None, key) else len(members)
        heading = f"{kind_label(key)} ({integer(count)})"
        rows = [
            [
                short_date(i.due_on),
                state_of(i, today),
                i.title or "–",
                i.reason,
                i.staff or "",
            ]
            for i in members
        ]
        groups.append((heading, rows))
    return groups, len(items)
