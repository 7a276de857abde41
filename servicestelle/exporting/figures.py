"""The key figures of a period as an Excel workbook: one sheet with each figure (its
value, unit and how it is counted) and, below, each breakdown (by district, language,
field …) as the Übersicht shows them, with the time they were counted."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..errors import ServiceError, os_reason
from ..formats import short_date
from ..i18n import _
from ..services.figures import UNITS


def export_figures(figures: Any, path: str | os.PathLike[str]) -> Path:
    """Write ``figures`` (a ``KeyFigures``) to ``path``, complete or not at all."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    target = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = _("Kennzahlen")
    bold = Font(bold=True)
    period = figures.period
    start, end = short_date(period.start), short_date(period.end)
    sheet.append([_("Kennzahlen {start} – {end}", start=start, end=end)])
    sheet["A1"].font = Font(bold=True, size=13)
    counted = figures.computed_at
    sheet.append([_("Stand: {when}", when=f"{short_date(counted)}, {counted:%H:%M}")])
    sheet.append([])
    sheet.append([_("Kennzahl"), _("Wert"), _("Einheit"), _("Hinweis")])
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for figure in figures.figures.values():
        unit = UNITS.get(figure.key)
        sheet.append([figure.label, figure.value, _(unit) if unit else None, figure.note or None])
    for breakdown in figures.breakdowns.values():
        sheet.append([])
        sheet.append([breakdown.title])
        sheet[sheet.max_row][0].font = bold
        for item in breakdown.items:
            sheet.append([item.label, item.value])
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 14
    sheet.column_dimensions["C"].width = 10
    sheet.column_dimensions["D"].width = 70
    temporary = target.with_name(f".{target.name}.teil")
    from ..leftovers import writing

    try:
        with writing(temporary):  # killed halfway: gone at the next start
            book.save(temporary)
            os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ServiceError(
            _("Die Kennzahlen ließen sich nicht speichern ({reason}).", reason=os_reason(exc))
        ) from None
    return target
