"""The Wiedervorlage as an Excel workbook: the follow-ups of the view on screen, grouped
by kind with their counts, one row each (day, state, record, what it is about, who)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ..db import Database
from ..errors import ServiceError, os_reason
from ..formats import short_date
from ..i18n import _


def export_followups(
    db: Database,
    path: str | os.PathLike[str],
    *,
    window: str = "week",
    staff: str | None = None,
    kind: str | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the view to ``path``, complete or not at all; returns the number of rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from ..services.followups_view import describe_view, view_rows

    today = today or dt.date.today()
    groups, count = view_rows(db, window, staff, kind, today)
    target = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = _("Wiedervorlage")
    bold = Font(bold=True)
    sheet.append([_("Wiedervorlage") + " · " + describe_view(window, staff, kind)])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([_("Stand {day}", day=short_date(today))])
    sheet.append([])
    sheet.append([_("Fällig"), _("Stand"), _("Eintrag"), _("Worum es geht"), _("Zuständig")])
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for heading, rows in groups:
        sheet.append([heading])
        sheet[sheet.max_row][0].font = bold
        for row in rows:
            sheet.append(row)
    for column, width in zip("ABCDE", (12, 12, 36, 60, 20), strict=True):
        sheet.column_dimensions[column].width = width
    temporary = target.with_name(f".{target.name}.teil")
    from ..leftovers import writing

    try:
        with writing(temporary):  # killed halfway: gone at the next start
            book.save(temporary)
            os.chmod(temporary, 0o600)
            os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ServiceError(
            _("Die Wiedervorlage ließ sich nicht speichern ({reason}).", reason=os_reason(exc))
        ) from None
    from ..services.audit_log import log_export

    log_export(
        db,
        "reminder",
        _(
            "Export »{title}« ({view}), Zeilen: {rows}, Datei: {file}",
            title=_("Wiedervorlage"),
            view=describe_view(window, staff, kind),
            rows=count,
            file=target.name,
        ),
    )
    return count
