"""The key figures report (Kennzahlenbericht) for the city's status reports: the key
figures of a period and their breakdowns as bar charts — counted by the same function,
for the same period, as the Übersicht shows them — and the current counts by status."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..db import Database
from ..errors import ServiceError
from ..i18n import N_, _
from ..services.figures import (
    CHART_KEYS,
    SECTIONS,
    Breakdown,
    KeyFigures,
    format_figure,
    format_value,
    period_figures,
)
from ..services.periods import Period
from ..services.settings import SettingsService
from ..services.stats import key_figures, labels
from .layout import (
    ACCENT,
    INK,
    MUTED,
    Cancel,
    Page,
    PrintCancelled,
    Progress,
    Result,
    build,
    styles,
)
from .records import _day, _esc
from .tables import Col, Group, list_table
from .text import FONT, FONT_BOLD, integer, lines, short_date

_AREAS = (
    ("volunteers", N_("Ehrenamtliche")),
    ("pairings", N_("Patenschaften")),
    ("help_requests", N_("Hilfsanfragen")),
    ("newcomers", N_("Neuzugewanderte")),
    ("organisations", N_("Organisationen")),
    ("events", N_("Veranstaltungen")),
)
MAX_BARS = 12  # more groups: the largest 11 and the rest as »übrige«
LABEL_SIZE = 8


def _chart(title: str, items: list[tuple[str, Any]], width: float) -> Drawing:
    """A horizontal bar chart with the value at the end of each bar; a name too long
    for its room is wrapped onto a second line, never cut."""
    label_width = width * 0.42
    names = [
        "\n".join(lines(label, FONT, LABEL_SIZE, label_width - 4 * mm)) for label, _v in items
    ]
    two_lines = any("\n" in name for name in names)
    bar = (8.2 if two_lines else 5.2) * mm
    title_lines = lines(title, FONT_BOLD, 9.5, width)
    head = 4 * mm * len(title_lines) + 2 * mm
    plot = max(len(items), 1) * bar
    height = plot + head + 4 * mm
    drawing = Drawing(width, height)
    for index, line in enumerate(title_lines):
        y = height - 4 * mm * (index + 1)
        drawing.add(String(0, y, line, fontName=FONT_BOLD, fontSize=9.5, fillColor=INK))
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 2 * mm
    chart.width = width - label_width - 14 * mm
    chart.height = plot
    values = [float(value or 0) for _label, value in items]
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = names or [""]
    chart.categoryAxis.reverseDirection = 1  # the first item on top
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.leading = LABEL_SIZE * 1.15
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(values + [1.0]) * 1.15
    chart.valueAxis.visible = False
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 5.2 * mm * 0.7
    chart.barLabelFormat = format_value
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = INK
    drawing.add(chart)
    return drawing


def _bars(breakdown: Breakdown) -> list[tuple[str, Any]]:
    """A breakdown's groups; beyond MAX_BARS the smallest are added up as »übrige«."""
    items = [(item.label, item.value) for item in breakdown.items]
    if len(items) > MAX_BARS:
        rest = sum(value or 0 for _label, value in items[MAX_BARS - 1 :])
        items = items[: MAX_BARS - 1] + [(_("übrige"), rest)]
    return items


def _grid(drawings: list[Drawing], width: float) -> Table:
    """Charts two by two."""
    if len(drawings) % 2:
        drawings = [*drawings, Spacer(1, 1)]
    rows = [drawings[i : i + 2] for i in range(0, len(drawings), 2)]
    grid = Table(rows, colWidths=[width / 2, width / 2])
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
            ]
        )
    )
    return grid


def _period_table(figures: KeyFigures, width: float) -> Table:
    """Every figure of the Übersicht, section by section, with how it is counted."""
    rows: list[Any] = []
    for title, keys in SECTIONS:
        rows.append(Group(_(title)))
        for key in keys:
            figure = figures.figures.get(key)
            if figure is not None:
                rows.append([figure.label, format_figure(figure), figure.note])
    return list_table(
        [Col(_("Kennzahl")), Col(_("Wert"), align="RIGHT"), Col(_("Hinweis"))],
        rows,
        [width * 0.38, width * 0.14, width * 0.48],
    )


def _status_part(db: Database, width: float, style: dict[str, Any]) -> list[Any]:
    """The current counts by status: a table and four charts."""
    figures = key_figures(db)
    rows: list[list[str]] = []
    for key, title in _AREAS:
        entry = figures.get(key)
        if entry is None:
            continue
        names = labels(key)
        source = entry.get("by_kind") if key == "organisations" else entry.get("by_status")
        detail = ", ".join(
            f"{names.get(value, value)} {integer(n)}" for value, n in (source or {}).items()
        )
        if entry.get("archived"):
            detail += "; " + _("davon archiviert {n}", n=integer(entry["archived"]))
        rows.append([_(title), integer(entry.get("total", 0)), detail])
    table = list_table(
        [Col(_("Bereich")), Col(_("Gesamt"), align="RIGHT"), Col(_("davon"))],
        rows,
        [width * 0.2, width * 0.12, width * 0.68],
    )
    half = width / 2 - 4 * mm
    charts = []
    for key, title in (
        ("volunteers", _("Ehrenamtliche nach Status")),
        ("pairings", _("Patenschaften nach Status")),
        ("help_requests", _("Hilfsanfragen nach Status")),
    ):
        names = labels(key)
        items = [(names.get(v, v), int(n)) for v, n in figures[key]["by_status"].items()]
        charts.append(_chart(title, items, half))
    organisations = labels("organisations")
    kinds = figures["organisations"]["by_kind"].items()
    charts.append(
        _chart(
            _("Organisationen nach Art"),
            [(organisations.get(v, v), int(n)) for v, n in kinds],
            half,
        )
    )
    return [
        Paragraph(_("Bestand nach Status"), style["h2"]),
        table,
        KeepTogether([Spacer(1, 4 * mm), _grid(charts, width)]),
    ]


def _heading(period: Period) -> str:
    """»Im Zeitraum: 2026« (a month, quarter or year by its name)."""
    if period.kind == "custom":
        return _("Im Zeitraum")
    return f"{_('Im Zeitraum')}: {period.label}"


def render_report(
    db: Database,
    path: Any,
    *,
    start: Any = None,
    end: Any = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Result:
    """The report of the days ``start`` … ``end`` (by default this year up to today):
    the figures of ``period_figures`` for that period, exactly as on the Übersicht."""
    today = dt.date.today()
    start_day = _day(start, _("Zeitraum von")) or dt.date(today.year, 1, 1)
    end_day = _day(end, _("Zeitraum bis")) or today
    if end_day < start_day:
        raise ServiceError(_("Zeitraum: das Ende liegt vor dem Beginn."))
    period = Period.of(start_day, end_day)
    office = str(SettingsService(db).get("office.name") or "")
    page = Page(_("Kennzahlenbericht"), office)
    style = styles()
    width = page.width
    figures = period_figures(db, period, today)
    if cancel is not None and cancel():
        raise PrintCancelled()
    story: list[Any] = [
        Paragraph(
            _esc(
                _(
                    "Bestand am {today} · Zeitraum {start} bis {end}",
                    today=short_date(today),
                    start=short_date(start_day),
                    end=short_date(end_day),
                )
            ),
            style["muted"],
        ),
        Paragraph(_esc(_heading(period)), style["h2"]),
        _period_table(figures, width),
    ]
    half = width / 2 - 4 * mm
    charts = [
        _chart(breakdown.title, _bars(breakdown), half)
        for key in CHART_KEYS
        if (breakdown := figures.breakdowns.get(key)) is not None
    ]
    story += [Spacer(1, 5 * mm), _grid(charts, width)]
    if cancel is not None and cancel():
        raise PrintCancelled()
    story += _status_part(db, width, style)
    return build(path, page, story, progress=progress, cancel=cancel, expected_pages=3)
