"""The key figures report (Kennzahlenbericht) for the city's status reports: the
current counts by status, what happened in a period, and bar charts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import func, literal_column, select

from .. import models as m
from ..db import Database
from ..errors import ServiceError
from ..i18n import N_, _
from ..services.base import ListQuery
from ..services.settings import SettingsService
from ..services.stats import key_figures, labels
from .layout import ACCENT, INK, MUTED, Cancel, Page, Progress, Result, build, styles
from .records import _day, _esc
from .tables import Col, list_table
from .text import FONT, FONT_BOLD, integer, short_date, visual

_AREAS = (
    ("volunteers", N_("Ehrenamtliche")),
    ("pairings", N_("Patenschaften")),
    ("help_requests", N_("Hilfsanfragen")),
    ("newcomers", N_("Neuzugewanderte")),
    ("organisations", N_("Organisationen")),
    ("events", N_("Veranstaltungen")),
)


def _number(value: int) -> str:
    return integer(value)


def _chart(title: str, items: list[tuple[str, int]], width: float) -> Drawing:
    """A horizontal bar chart with the value at the end of each bar."""
    bar = 5.2 * mm
    longest = max((stringWidth(visual(label), FONT, 8) for label, _value in items), default=0)
    label_width = min(max(longest + 5 * mm, 25 * mm), width * 0.45)
    height = max(len(items), 1) * bar + 14 * mm
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 4 * mm, visual(title), fontName=FONT_BOLD, fontSize=9.5))
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 6 * mm
    chart.width = width - label_width - 14 * mm
    chart.height = max(len(items), 1) * bar
    chart.data = [[value for _label, value in items] or [0]]
    chart.categoryAxis.categoryNames = [visual(label) for label, _value in items] or [""]
    chart.categoryAxis.reverseDirection = 1  # the first item on top
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    top = max([value for _label, value in items] + [1])
    chart.valueAxis.valueMax = top * 1.12
    chart.valueAxis.visible = False
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = bar * 0.7
    chart.barLabelFormat = _number
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = INK
    drawing.add(chart)
    return drawing


def _in_period(db: Database, start: dt.date, end: dt.date) -> list[tuple[str, int]]:
    """What happened between ``start`` and ``end``, counted through the list services."""
    from ..services.events import EventService
    from ..services.pairings import PairingService
    from ..services.requests import HelpRequestService
    from ..services.volunteers import VolunteerService

    def count(service: Any, **filters: Any) -> int:
        return int(service.count(ListQuery(filters=filters, include_archived=True)))

    requests = HelpRequestService(db)
    R = m.HelpRequest  # noqa: N806
    with db.read() as session:
        closed = session.scalar(
            select(func.count()).where(R.closed_on >= start, R.closed_on <= end)
        )
    return [
        (
            _("Neue Ehrenamtliche (aktiv seit)"),
            count(VolunteerService(db), since_from=start, since_to=end),
        ),
        (
            _("Begonnene Patenschaften"),
            count(PairingService(db), started_from=start, started_to=end),
        ),
        (
            _("Eingegangene Hilfsanfragen"),
            count(requests, received_from=start, received_to=end),
        ),
        (_("Abgeschlossene Hilfsanfragen"), int(closed or 0)),
        (_("Veranstaltungen"), count(EventService(db), **{"from": start, "to": end})),
    ]


def _requests_by(db: Database, column: Any, start: dt.date, end: dt.date) -> list[tuple[str, int]]:
    R = m.HelpRequest  # noqa: N806
    model = column.class_
    with db.read() as session:
        name = func.coalesce(column, literal_column("''"))
        rows = session.execute(
            select(name, func.count())
            .select_from(R)
            .outerjoin(model, model.id == getattr(R, f"{model.__tablename__}_id"))
            .where(R.received_on >= start, R.received_on <= end)
            .group_by(name)
            .order_by(func.count().desc())
        ).all()
    items = [(name or _("ohne Angabe"), int(n)) for name, n in rows]
    if len(items) > 12:
        rest = sum(n for _name, n in items[11:])
        items = items[:11] + [(_("übrige"), rest)]
    return items


def render_report(
    db: Database,
    path: Any,
    *,
    start: Any = None,
    end: Any = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Result:
    today = dt.date.today()
    start_day = _day(start, _("Zeitraum von")) or dt.date(today.year, 1, 1)
    end_day = _day(end, _("Zeitraum bis")) or today
    if end_day < start_day:
        raise ServiceError(_("Zeitraum: das Ende liegt vor dem Beginn."))
    office = str(SettingsService(db).get("office.name") or "")
    page = Page(_("Kennzahlenbericht"), office)
    style = styles()
    width = page.width
    figures = key_figures(db)
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
        Paragraph(_("Bestand nach Status"), style["h2"]),
    ]
    rows: list[list[str]] = []
    for key, title in _AREAS:
        entry = figures.get(key)
        if entry is None:
            continue
        names = labels(key)
        source = entry.get("by_kind") if key == "organisations" else entry.get("by_status")
        detail = ", ".join(
            f"{names.get(value, value)} {_number(n)}" for value, n in (source or {}).items()
        )
        if entry.get("archived"):
            detail += "; " + _("davon archiviert {n}", n=_number(entry["archived"]))
        rows.append([_(title), _number(entry.get("total", 0)), detail])
    story.append(
        list_table(
            [Col(_("Bereich")), Col(_("Gesamt"), align="RIGHT"), Col(_("davon"))],
            rows,
            [width * 0.2, width * 0.12, width * 0.68],
        )
    )
    story.append(Paragraph(_("Im Zeitraum"), style["h2"]))
    period = _in_period(db, start_day, end_day)
    story.append(
        list_table(
            [Col(_("Kennzahl")), Col(_("Anzahl"), align="RIGHT")],
            [[label, _number(n)] for label, n in period],
            [width * 0.5, width * 0.15],
        )
    )
    if cancel is not None and cancel():
        from .layout import PrintCancelled

        raise PrintCancelled()
    charts = []
    for key, title in (
        ("volunteers", _("Ehrenamtliche nach Status")),
        ("pairings", _("Patenschaften nach Status")),
        ("help_requests", _("Hilfsanfragen nach Status")),
    ):
        names = labels(key)
        items = [(names.get(v, v), int(n)) for v, n in figures[key]["by_status"].items()]
        charts.append(_chart(title, items, width / 2 - 4 * mm))
    organisations = labels("organisations")
    charts.append(
        _chart(
            _("Organisationen nach Art"),
            [
                (organisations.get(v, v), int(n))
                for v, n in figures["organisations"]["by_kind"].items()
            ],
            width / 2 - 4 * mm,
        )
    )
    grid = Table(
        [[charts[0], charts[1]], [charts[2], charts[3]]],
        colWidths=[width / 2, width / 2],
    )
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
            ]
        )
    )
    story += [KeepTogether([Paragraph(_("Übersicht"), style["h2"]), Spacer(1, 2 * mm), grid])]
    by_field = _requests_by(db, m.ActivityField.name, start_day, end_day)
    by_district = _requests_by(db, m.District.name, start_day, end_day)
    for title, items in (
        (_("Hilfsanfragen im Zeitraum nach Tätigkeitsfeld"), by_field),
        (_("Hilfsanfragen im Zeitraum nach Stadtteil"), by_district),
    ):
        if items:
            story.append(KeepTogether([Spacer(1, 4 * mm), _chart(title, items, width)]))
    return build(path, page, story, progress=progress, cancel=cancel, expected_pages=3)
