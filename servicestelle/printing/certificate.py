"""The certificate (Ehrenamtsnachweis) a volunteer hands to an employer or a school.

It describes what the volunteer did by activity field and kind (a pairing, an
assignment on request, an event, other) with the hours per year — never the people
helped, never the notes of the hours booked (they stay internal), and it carries no
"vertraulich" note: it is the volunteer's own document.

``certificate_text(db, volunteer_id, start, end)`` composes the text; staff may change
it (the opening, the activities, the closing) before ``render_certificate`` prints it
on the letterhead. ``plain_text`` and ``from_plain_text`` give the editable parts as
one plain text (for the command line).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select

from .. import models as m
from ..db import Database
from ..enums import PairingStatus
from ..errors import ServiceError
from ..i18n import N_, _
from ..services.settings import SettingsService, address_lines
from .layout import INK, RULE, Cancel, Page, Progress, Result, build, styles
from .records import _day, _esc, _office, _volunteer
from .tables import Col, list_table
from .text import FONT, long_date, number, short_date

# The kinds of activity, by what the hours were booked for.
PAIRING = N_("Patenschaft")
REQUEST = N_("Einsatz auf Anfrage")
EVENT = N_("Veranstaltung")
OTHER = N_("Sonstige Tätigkeit")
MAX_YEAR_COLUMNS = 4  # more years: the earliest are added up in one column


@dataclass(frozen=True)
class HoursRow:
    """Hours of one activity field and kind, per year."""

    field: str  # the activity field's name ("" when none was given)
    kind: str  # German, one of the kinds above
    by_year: dict[int, Decimal]

    @property
    def total(self) -> Decimal:
        return sum(self.by_year.values(), Decimal(0))


@dataclass
class CertificateText:
    """What the certificate says. ``intro``, ``activities`` and ``closing`` are the
    editable text; the hours come from the bookings."""

    volunteer_id: int
    start: dt.date
    end: dt.date
    intro: str
    activities: list[str]
    closing: str
    hours: list[HoursRow] = field(default_factory=list)
    show_hours: bool = True

    @property
    def years(self) -> list[int]:
        return sorted({year for row in self.hours for year in row.by_year})

    @property
    def total(self) -> Decimal:
        return sum((row.total for row in self.hours), Decimal(0))


def _period(db: Database, volunteer_id: int, start: Any, end: Any) -> tuple[dt.date, dt.date]:
    start_day = _day(start, _("Zeitraum von"))
    end_day = _day(end, _("Zeitraum bis"))
    H = m.HoursEntry  # noqa: N806
    with db.read() as session:
        v = _volunteer(session, volunteer_id)
        first = session.scalar(
            select(H.worked_on).where(H.volunteer_id == v.id).order_by(H.worked_on)
        )
        start_day = start_day or v.since or first or dt.date.today()
        end_day = end_day or v.left_on or dt.date.today()
    if end_day < start_day:
        raise ServiceError(_("Zeitraum: das Ende liegt vor dem Beginn."))
    return start_day, end_day


def certificate_text(
    db: Database, volunteer_id: int, start: Any = None, end: Any = None
) -> CertificateText:
    """The certificate's text as composed from the records (period: from ``start`` or
    the day the volunteer started, to ``end`` or the day they left, else today)."""
    start_day, end_day = _period(db, volunteer_id, start, end)
    H, P, F = m.HoursEntry, m.Pairing, m.ActivityField  # noqa: N806
    with db.read() as session:
        v = _volunteer(session, volunteer_id)
        name, birth = v.full_name, v.birth_date
        fields = sorted(a.activity_field.name for a in v.activities)
        names = dict(session.execute(select(F.id, F.name)).all())
        pairing_fields = dict(
            session.execute(select(P.id, P.activity_field_id).where(P.volunteer_id == v.id)).all()
        )
        request_fields = dict(
            session.execute(
                select(m.HelpRequest.id, m.HelpRequest.activity_field_id)
                .join(m.HoursEntry, m.HoursEntry.request_id == m.HelpRequest.id)
                .where(m.HoursEntry.volunteer_id == v.id)
            ).all()
        )
        # Only what an entry was for, never its description (notes stay internal).
        bookings = session.execute(
            select(
                H.worked_on, H.hours, H.activity_field_id, H.pairing_id, H.request_id, H.event_id
            )
            .where(H.volunteer_id == v.id, H.worked_on >= start_day, H.worked_on <= end_day)
            .order_by(H.worked_on)
        ).all()
        pairings = session.execute(
            select(P.started_on, P.ended_on, F.name)
            .outerjoin(F, F.id == P.activity_field_id)
            .where(
                P.volunteer_id == v.id,
                P.status != PairingStatus.PROPOSED,
                P.started_on <= end_day,
                (P.ended_on.is_(None)) | (P.ended_on >= start_day),
            )
            .order_by(P.started_on)
        ).all()
        E, A = m.Event, m.Attendance  # noqa: N806
        events = session.execute(
            select(E.starts_at, E.title)
            .join(A, A.event_id == E.id)
            .where(
                A.volunteer_id == v.id,
                A.attended.is_(True),
                E.starts_at >= dt.datetime.combine(start_day, dt.time()),
                E.starts_at < dt.datetime.combine(end_day + dt.timedelta(days=1), dt.time()),
            )
            .order_by(E.starts_at)
        ).all()
    sums: dict[tuple[str, str], dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for day, hours, field_id, pairing_id, request_id, event_id in bookings:
        if pairing_id is not None:
            kind, field_id = PAIRING, field_id or pairing_fields.get(pairing_id)
        elif request_id is not None:
            kind, field_id = REQUEST, field_id or request_fields.get(request_id)
        elif event_id is not None:
            kind = EVENT
        else:
            kind = OTHER
        sums[(names.get(field_id, "") if field_id else "", kind)][day.year] += Decimal(str(hours))
    rows = [HoursRow(f, k, dict(by_year)) for (f, k), by_year in sums.items()]
    rows.sort(key=lambda r: (-r.total, r.field, r.kind))

    born = _(", geboren am {date},", date=short_date(birth)) if birth else ""
    intro = _(
        "Hiermit bestätigen wir, dass {name}{born} sich in der Zeit vom {start} bis zum "
        "{end} ehrenamtlich in der Integrationsarbeit engagiert hat.",
        name=name,
        born=born,
        start=short_date(start_day),
        end=short_date(end_day),
    )
    activities: list[str] = []
    if fields:
        activities.append(_("Tätigkeitsfelder: {fields}", fields=", ".join(fields)))
    for started, ended, field_name in pairings:
        text = _("Patenschaft für neu zugewanderte Menschen")
        if field_name:
            text += f" ({field_name})"
        text += " " + (
            _("vom {start} bis {end}", start=short_date(started), end=short_date(ended))
            if ended
            else _("seit dem {start}", start=short_date(started))
        )
        activities.append(text)
    if events:
        titles = ", ".join(f"{title} ({short_date(day)})" for day, title in events[:8])
        if len(events) > 8:
            titles += _(" und {n} weitere", n=len(events) - 8)
        activities.append(_("Teilnahme an Veranstaltungen und Schulungen: {t}", t=titles))
    closing = _(
        "Wir danken für das große Engagement und die wertvolle Unterstützung "
        "neu zugewanderter Menschen in unserer Stadt."
    )
    return CertificateText(volunteer_id, start_day, end_day, intro, activities, closing, rows)


# -- the editable text as one plain text -------------------------------------------------


def plain_text(text: CertificateText) -> str:
    """The editable parts: the opening, the activities (one per line, starting with
    "- "), the closing; separated by empty lines."""
    activities = "\n".join(f"- {line}" for line in text.activities)
    return "\n\n".join(p for p in (text.intro, activities, text.closing) if p) + "\n"


def from_plain_text(base: CertificateText, plain: str) -> CertificateText:
    """``base`` with the opening, activities and closing read from ``plain``: lines
    starting with "- " or "• " are activities; the text before them is the opening,
    the text after them the closing."""
    before: list[str] = []
    activities: list[str] = []
    after: list[str] = []
    for line in plain.splitlines():
        stripped = line.strip()
        if stripped[:2] in ("- ", "• "):
            activities.append(stripped[2:].strip())
        elif not activities:
            before.append(line)
        else:
            after.append(line)
    if not activities:  # no list: the first paragraph opens, the rest closes
        paragraphs = [p.strip() for p in "\n".join(before).split("\n\n") if p.strip()]
        before, after = paragraphs[:1], paragraphs[1:]
    intro = "\n".join(before).strip()
    closing = "\n".join(after).strip()
    if not intro:
        raise ServiceError(_("Der Text des Nachweises ist leer."))
    return replace(base, intro=intro, activities=activities, closing=closing)


def _as_text(db: Database, record_id: int, start: Any, end: Any, text: Any) -> CertificateText:
    if isinstance(text, CertificateText):
        return text
    composed = certificate_text(db, record_id, start, end)
    if isinstance(text, str):
        return from_plain_text(composed, text)
    if isinstance(text, dict):
        return replace(composed, **{k: v for k, v in text.items() if k in _EDITABLE})
    return composed


_EDITABLE = ("intro", "activities", "closing", "show_hours")


# -- printing ------------------------------------------------------------------------------


def _letterhead(db: Database, width: float, style: dict[str, Any]) -> list[Any]:
    settings = SettingsService(db)
    office = str(settings.get("office.name") or "")
    left = [Paragraph(_esc(office), style["h2"])]
    for line in address_lines(settings.get("office.address")):
        left.append(Paragraph(_esc(line), style["small"]))
    logo_path = str(settings.get("office.logo") or "")
    logo: Any = ""
    if logo_path and Path(logo_path).is_file():
        try:
            image = Image(logo_path)
            scale = min(45 * mm / image.imageWidth, 22 * mm / image.imageHeight)
            logo = Image(logo_path, image.imageWidth * scale, image.imageHeight * scale)
            logo.hAlign = "RIGHT"
        except Exception:  # noqa: BLE001 - an unreadable logo is left out, not fatal
            logo = ""
    table = Table([[left, logo]], colWidths=[width - 50 * mm, 50 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [table]


def _paragraphs(text: str, style: Any) -> list[Any]:
    return [Paragraph(_esc(p.strip()), style) for p in text.split("\n") if p.strip()]


def hours_table(text: CertificateText, width: float) -> Table:
    """Activity field, kind and the hours per year (the earliest years added up when
    there are many), with the total."""
    years = text.years
    shown: list[tuple[str, list[int]]] = []
    if len(years) > MAX_YEAR_COLUMNS:
        early = years[: len(years) - MAX_YEAR_COLUMNS + 1]
        shown.append((_("bis {year}", year=early[-1]), early))
        years = years[len(early) :]
    shown += [(str(year), [year]) for year in years]
    several = len(shown) > 1
    columns = [Col(_("Tätigkeitsfeld")), Col(_("Art"))]
    columns += [Col(title if several else _("Stunden"), align="RIGHT") for title, _y in shown]
    if several:
        columns.append(Col(_("Insgesamt"), align="RIGHT"))
    rows: list[list[str]] = []
    for row in text.hours:
        cells = [row.field or _("allgemein"), _(row.kind)]
        for _title, group in shown:
            value = sum((row.by_year.get(y, Decimal(0)) for y in group), Decimal(0))
            cells.append(number(value) if value else "–")
        if several:
            cells.append(number(row.total))
        rows.append(cells)
    totals = [_("Insgesamt"), ""]
    for _title, group in shown:
        totals.append(
            number(
                sum((r.by_year.get(y, Decimal(0)) for r in text.hours for y in group), Decimal(0))
            )
        )
    if several:
        totals.append(number(text.total))
    rows.append(totals)
    numbers = [18 * mm] * len(shown) + ([24 * mm] if several else [])
    numbers[-1] = 24 * mm  # "Insgesamt", or "Stunden", in bold
    rest = width - sum(numbers)
    widths = [rest * 0.6, rest * 0.4, *numbers]
    table = list_table(columns, rows, widths, zebra=False)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, -1), (-1, -1), "DejaVuSans-Bold"),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ]
        )
    )
    return table


def render_certificate(
    db: Database,
    path: Any,
    *,
    record_id: int,
    start: Any = None,
    end: Any = None,
    text: CertificateText | dict[str, Any] | str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Result:
    """The Ehrenamtsnachweis on the letterhead: ``text`` as edited (a CertificateText,
    its editable parts as a dict, or as plain text), else as composed."""
    content = _as_text(db, record_id, start, end, text)
    office, _address = _office(db)
    page = Page(_("Ehrenamtsnachweis"), office, header=False, confidential=False)
    style = styles()
    width = page.width
    story: list[Any] = _letterhead(db, width, style)
    story += [
        Spacer(1, 6 * mm),
        Paragraph(_esc(long_date(dt.date.today())), _right(style["text"])),
        Spacer(1, 8 * mm),
        Paragraph(_esc(_("Ehrenamtsnachweis")), _big(style["h1"])),
        Spacer(1, 4 * mm),
    ]
    story += _paragraphs(content.intro, style["body"])
    story.append(Paragraph(_esc(_("Tätigkeiten")), style["h2"]))
    if content.activities:
        for line in content.activities:
            story.append(Paragraph(_esc(line), _indented(style["body"]), bulletText="•"))
    else:
        story.append(Paragraph(_esc(_("Keine Tätigkeiten erfasst.")), style["body"]))
    if content.show_hours:
        story.append(Paragraph(_esc(_("Geleistete Stunden")), style["h2"]))
        if content.hours:
            story.append(hours_table(content, width))
        else:
            story.append(
                Paragraph(_esc(_("Im Zeitraum wurden keine Stunden erfasst.")), style["body"])
            )
    story.append(Spacer(1, 6 * mm))
    story += _paragraphs(content.closing, style["body"])
    story += [Spacer(1, 22 * mm), KeepTogether([_signature_lines(width)])]
    return build(path, page, story, progress=progress, cancel=cancel, expected_pages=1)


def _signature_lines(width: float) -> Table:
    gap = 15 * mm
    column = (width - gap) / 2
    table = Table(
        [[_("Ort, Datum"), "", _("Unterschrift, Stempel")]],
        colWidths=[column, gap, column],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("LINEABOVE", (0, 0), (0, 0), 0.8, INK),
                ("LINEABOVE", (2, 0), (2, 0), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _right(base: Any) -> Any:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("right", parent=base, alignment=TA_RIGHT)


def _big(base: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("big", parent=base, fontSize=20, leading=25)


def _indented(base: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("indented", parent=base, leftIndent=12, bulletIndent=1)
