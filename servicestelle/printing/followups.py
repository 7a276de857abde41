"""The Wiedervorlage as printed: the follow-ups of the view on screen (window, staff
filter, kind), grouped by kind with their counts, as a list to tick off by hand."""

from __future__ import annotations

import datetime as dt
import math
import os
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..db import Database
from ..formats import short_date
from ..i18n import _
from ..services.followups_view import describe_view, view_rows
from ..services.settings import SettingsService
from .layout import MARGIN_BOTTOM, MARGIN_TOP, Cancel, Page, Progress, Result, build, styles
from .tables import LEADING, Col, Group, list_table, plan_widths
from .text import integer, visual


def render_followups(
    db: Database,
    path: Any,
    *,
    window: str = "week",
    staff: str | None = None,
    kind: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Result:
    """Print the Wiedervorlage as the page shows it (``window``, ``staff``, ``kind``)."""
    today = today or dt.date.today()
    groups, count = view_rows(db, window, staff, kind, today)
    columns = [
        Col(_("Fällig"), wrap=False, min_width=19 * mm),
        Col(_("Stand"), wrap=False, min_width=16 * mm),
        Col(_("Eintrag"), max_width=60 * mm),
        Col(_("Worum es geht"), max_width=95 * mm),
        Col(_("Zuständig"), max_width=35 * mm),
        Col(_("Erledigt"), wrap=False, min_width=16 * mm),
    ]
    rows: list[Any] = []
    for heading, members in groups:
        rows.append(Group(heading))
        rows.extend([*r, ""] for r in members)  # an empty box to tick by hand
    wide, widths = plan_widths(columns, rows)
    title = _("Wiedervorlage")
    page = Page(title, str(SettingsService(db).get("office.name") or ""), wide=wide)
    style = styles()
    summary = _("{n} Punkte", n=integer(count)) + " · " + describe_view(window, staff, kind)
    summary += " · " + _("Stand {day}", day=short_date(today))
    story: list[Any] = [Paragraph(_escape(visual(summary)), style["muted"]), Spacer(1, 3 * mm)]
    if rows:
        story.append(list_table(columns, rows, widths))
    else:
        story.append(Paragraph(_("Nichts fällig in dieser Auswahl."), style["text"]))
    usable = page.size[1] - MARGIN_TOP - MARGIN_BOTTOM
    expected = math.ceil(len(rows) * (LEADING + 5.5) / usable) or 1
    result = build(path, page, story, progress=progress, cancel=cancel, expected_pages=expected)
    from ..services.audit_log import log_export

    log_export(
        db,
        "reminder",
        _(
            "Ausdruck »{title}« ({view}), Zeilen: {rows}, Datei: {file}",
            title=title,
            view=describe_view(window, staff, kind),
            rows=count,
            file=os.path.basename(os.fspath(path)),
        ),
    )
    return result


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
