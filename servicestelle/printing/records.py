"""Documents about one record: a volunteer's profile sheet and certificate
(Ehrenamtsnachweis), an event's invitation and attendance list."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import func, literal_column, select

from .. import models as m
from ..availability import describe
from ..db import Database
from ..enums import PairingStatus
from ..errors import NotFoundError, ServiceError
from ..i18n import _
from ..services.people import current_consent
from ..services.settings import SettingsService
from ..validation import Invalid, display_phone, parse_date
from .layout import INK, RULE, Cancel, Page, Progress, Result, build, styles
from .tables import Col, key_value_table, list_table
from .text import FONT, long_date, number, short_date, visual


def _esc(text: Any) -> str:
    """Text for a Paragraph: markup characters escaped, right-to-left runs in order."""
    value = visual(str(text or ""))
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _office(db: Database) -> tuple[str, str]:
    settings = SettingsService(db)
    return str(settings.get("office.name") or ""), str(settings.get("office.address") or "")


def _volunteer(session: Any, record_id: int) -> m.Volunteer:
    volunteer = session.get(m.Volunteer, record_id)
    if volunteer is None:
        raise NotFoundError(m.Volunteer.__label__, record_id)
    return volunteer  # type: ignore[no-any-return]


def _address(obj: Any) -> str:
    place = " ".join(p for p in (obj.postcode, obj.city) if p)
    return ", ".join(p for p in (obj.street, place) if p)


def _pairings(session: Any, volunteer_id: int) -> list[tuple[Any, ...]]:
    P, N = m.Pairing, m.Newcomer  # noqa: N806
    return list(
        session.execute(
            select(
                N.last_name,
                N.first_name,
                P.status,
                P.started_on,
                P.ended_on,
                func.coalesce(m.ActivityField.name, P.focus),
            )
            .join(N, N.id == P.newcomer_id)
            .outerjoin(m.ActivityField, m.ActivityField.id == P.activity_field_id)
            .where(P.volunteer_id == volunteer_id, P.archived_at.is_(None))
            .order_by(P.started_on.desc().nulls_first(), P.id.desc())
        )
    )


def _section(story: list[Any], title: str, style: dict[str, Any]) -> None:
    story.append(Paragraph(_esc(title), style["h2"]))


# -- profile sheet -------------------------------------------------------------------------


def render_profile(
    db: Database,
    path: Any,
    *,
    record_id: int,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Result:
    office, _address_text = _office(db)
    page = Page(_("Profilblatt"), office)
    style = styles()
    width = page.width
    today = dt.date.today()
    with db.read() as session:
        v = _volunteer(session, record_id)
        story: list[Any] = [Paragraph(_esc(v.full_name), style["h1"])]
        story.append(
            Paragraph(
                _esc(
                    _("Ehrenamtliche*r Nr. {id} · Stand: {date}", id=v.id, date=short_date(today))
                ),
                style["muted"],
            )
        )
        _section(story, _("Kontakt"), style)
        story.append(
            key_value_table(
                [
                    (_("Name"), v.full_name),
                    (_("Geburtsdatum"), short_date(v.birth_date)),
                    (_("Anschrift"), _address(v)),
                    (_("Stadtteil"), v.district.name if v.district else ""),
                    (_("Telefon"), display_phone(v.phone)),
                    (_("E-Mail"), v.email or ""),
                ],
                width,
            )
        )
        languages = ", ".join(
            f"{link.language.name} ({link.level.label})"
            for link in sorted(v.languages, key=lambda x: x.language.name)
        )
        fields = ", ".join(sorted(a.activity_field.name for a in v.activities))
        times = describe(v.availability or 0)
        if v.availability_note:
            times += f" ({v.availability_note})"
        _section(story, _("Engagement"), style)
        story.append(
            key_value_table(
                [
                    (_("Status"), v.status.label),
                    (_("Aktiv seit"), short_date(v.since)),
                    (_("Tätigkeitsfelder"), fields),
                    (_("Sprachen"), languages),
                    (_("Zeiten"), times),
                    (_("Höchstens gleichzeitig"), _("{n} Patenschaft(en)", n=v.max_pairings)),
                    (_("Ausgeschieden am"), short_date(v.left_on)),
                    (_("Organisation"), v.organisation.name if v.organisation else ""),
                ],
                width,
                skip_empty=2,
            )
        )
        clearance = max(v.clearances, key=lambda c: c.issued_on, default=None)
        consent = current_consent(v.consents, today)
        checks: list[tuple[str, str]] = []
        if clearance is None:
            checks.append((_("Führungszeugnis"), _("nicht vorgelegt")))
        else:
            state = _("gültig") if clearance.valid_until > today else _("abgelaufen")
            checks.append(
                (
                    _("Führungszeugnis"),
                    _(
                        "ausgestellt am {issued}, vorgelegt am {seen}, "
                        "gültig bis {until} ({state})",
                        issued=short_date(clearance.issued_on),
                        seen=short_date(clearance.seen_on),
                        until=short_date(clearance.valid_until),
                        state=state,
                    ),
                )
            )
        if consent is None:
            checks.append((_("Einwilligung"), _("keine gültige Einwilligung")))
        else:
            scope = [_("Speicherung")]
            for flag, label in (
                (consent.contact_email, _("Kontakt per E-Mail")),
                (consent.contact_phone, _("Kontakt per Telefon")),
                (consent.share_with_partners, _("Weitergabe an Partner")),
                (consent.photos, _("Fotos")),
            ):
                if flag:
                    scope.append(label)
            checks.append(
                (
                    _("Einwilligung"),
                    _(
                        "vom {date}: {scope}",
                        date=short_date(consent.given_on),
                        scope=", ".join(scope),
                    ),
                )
            )
        _section(story, _("Nachweise"), style)
        story.append(key_value_table(checks, width))

        pairings = _pairings(session, v.id)
        _section(story, _("Patenschaften ({n})", n=len(pairings)), style)
        if pairings:
            columns = [
                Col(_("Neuzugewanderte*r")),
                Col(_("Status")),
                Col(_("Seit")),
                Col(_("Bis")),
                Col(_("Schwerpunkt")),
            ]
            rows = [
                [
                    ", ".join(p for p in (last, first) if p),
                    status.label,
                    short_date(start),
                    short_date(end),
                    focus or "",
                ]
                for last, first, status, start, end, focus in pairings
            ]
            story.append(list_table(columns, rows, _widths(width, [0.3, 0.14, 0.13, 0.13, 0.3])))
        else:
            story.append(Paragraph(_("Keine Patenschaften."), style["text"]))
        hours = session.scalar(
            select(func.coalesce(func.sum(m.HoursEntry.hours), 0)).where(
                m.HoursEntry.volunteer_id == v.id
            )
        )
        notes = v.notes
        volunteer_id = v.id
    from ..services.events import EventService

    events = EventService(db).for_volunteer(volunteer_id)
    _section(story, _("Veranstaltungen ({n})", n=len(events)), style)
    if events:
        columns = [Col(_("Datum")), Col(_("Veranstaltung")), Col(_("Teilnahme"))]
        rows = [
            [
                short_date(e.starts_at),
                e.title,
                _("teilgenommen")
                if e.attended
                else (_("angemeldet") if e.registered else _("eingeladen")),
            ]
            for e in events[:15]
        ]
        story.append(list_table(columns, rows, _widths(width, [0.16, 0.6, 0.24])))
        if len(events) > 15:
            story.append(Paragraph(_("… und {n} weitere.", n=len(events) - 15), style["muted"]))
    else:
        story.append(Paragraph(_("Keine Veranstaltungen."), style["text"]))
    _section(story, _("Stunden"), style)
    story.append(
        Paragraph(
            _("Insgesamt erfasst: {h} Stunden", h=number(Decimal(str(hours)))),
            style["text"],
        )
    )
    if notes:
        _section(story, _("Notizen"), style)
        for paragraph in notes.splitlines():
            story.append(Paragraph(_esc(paragraph) or "&nbsp;", style["text"]))
    return build(path, page, story, progress=progress, cancel=cancel, expected_pages=2)


def _widths(total: float, shares: list[float]) -> list[float]:
    return [total * s for s in shares]


# -- certificate ---------------------------------------------------------------------------


def _day(value: Any, label: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(value)
    except Invalid as exc:
        raise ServiceError(f"{label}: {exc}") from None


def _letterhead(db: Database, width: float, style: dict[str, Any]) -> list[Any]:
    office, address = _office(db)
    left = [Paragraph(_esc(office), style["h2"])]
    for line in address.splitlines():
        if line.strip():
            left.append(Paragraph(_esc(line.strip()), style["small"]))
    logo_path = str(SettingsService(db).get("office.logo") or "")
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


def render_certificate(
    db: Database,
    path: Any,
    *,
    record_id: int,
    start: Any = None,
    end: Any = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Result:
    """The Ehrenamtsnachweis: who, in which period, which activities, how many hours."""
    office, _address_text = _office(db)
    page = Page(_("Ehrenamtsnachweis"), office, header=False)
    style = styles()
    width = page.width
    start_day = _day(start, _("Zeitraum von"))
    end_day = _day(end, _("Zeitraum bis"))
    H = m.HoursEntry  # noqa: N806
    with db.read() as session:
        v = _volunteer(session, record_id)
        name = v.full_name
        birth = v.birth_date
        first_hours = session.scalar(select(func.min(H.worked_on)).where(H.volunteer_id == v.id))
        start_day = start_day or v.since or first_hours or dt.date.today()
        end_day = end_day or v.left_on or dt.date.today()
        if end_day < start_day:
            raise ServiceError(_("Zeitraum: das Ende liegt vor dem Beginn."))
        fields = sorted(a.activity_field.name for a in v.activities)
        in_period = [H.volunteer_id == v.id, H.worked_on >= start_day, H.worked_on <= end_day]
        # What was done: the activity field, else the description (one literal text in
        # SELECT and GROUP BY, which PostgreSQL needs to see as the same expression).
        what = func.coalesce(m.ActivityField.name, H.description, literal_column("''"))
        by_activity = session.execute(
            select(what, func.sum(H.hours))
            .outerjoin(m.ActivityField, m.ActivityField.id == H.activity_field_id)
            .where(*in_period)
            .group_by(what)
            .order_by(func.sum(H.hours).desc())
        ).all()
        P = m.Pairing  # noqa: N806
        pairings = session.execute(
            select(P.started_on, P.ended_on, func.coalesce(m.ActivityField.name, P.focus))
            .outerjoin(m.ActivityField, m.ActivityField.id == P.activity_field_id)
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
    total = sum((Decimal(str(h)) for _n, h in by_activity), Decimal(0))

    story: list[Any] = _letterhead(db, width, style)
    story += [
        Spacer(1, 6 * mm),
        Paragraph(_esc(long_date(dt.date.today())), _right(style["text"])),
        Spacer(1, 8 * mm),
        Paragraph(_("Ehrenamtsnachweis"), _big(style["h1"])),
        Spacer(1, 4 * mm),
    ]
    born = _(", geboren am {date},", date=short_date(birth)) if birth else ""
    story.append(
        Paragraph(
            _(
                "Hiermit bestätigen wir, dass <b>{name}</b>{born} sich in der Zeit vom "
                "<b>{start}</b> bis zum <b>{end}</b> ehrenamtlich in der Integrationsarbeit "
                "engagiert hat.",
                name=_esc(name),
                born=born,
                start=short_date(start_day),
                end=short_date(end_day),
            ),
            style["body"],
        )
    )
    activities: list[str] = []
    if fields:
        activities.append(_("Tätigkeitsfelder: {fields}", fields=", ".join(fields)))
    for started, ended, focus in pairings:
        text = _("Patenschaft für neu zugewanderte Menschen")
        if focus:
            text += f" ({focus})"
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
    story.append(Paragraph(_("Tätigkeiten"), style["h2"]))
    if activities:
        for line in activities:
            story.append(Paragraph(_esc(line), _indented(style["body"]), bulletText="•"))
    else:
        story.append(Paragraph(_("Keine Tätigkeiten erfasst."), style["body"]))
    story.append(Paragraph(_("Geleistete Stunden"), style["h2"]))
    if by_activity:
        columns = [Col(_("Tätigkeit")), Col(_("Stunden"), align="RIGHT")]
        rows: list[list[str]] = [
            [label or _("ohne Angabe"), number(Decimal(str(hours)))] for label, hours in by_activity
        ]
        rows.append([_("Insgesamt"), number(total)])
        table = list_table(columns, rows, [width * 0.75, width * 0.25], zebra=False)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, -1), (-1, -1), "DejaVuSans-Bold"),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                ]
            )
        )
        story.append(table)
    else:
        story.append(Paragraph(_("Im Zeitraum wurden keine Stunden erfasst."), style["body"]))
    story += [
        Spacer(1, 6 * mm),
        Paragraph(
            _(
                "Wir danken für das große Engagement und die wertvolle Unterstützung "
                "neu zugewanderter Menschen in unserer Stadt."
            ),
            style["body"],
        ),
        Spacer(1, 22 * mm),
        KeepTogether([_signature_lines(width)]),
    ]
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


# -- invitation and attendance list --------------------------------------------------------

EXTRA_ROWS = 6  # empty rows for people who come without an invitation


def render_attendance(
    db: Database,
    path: Any,
    *,
    record_id: int,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Result:
    office, _address_text = _office(db)
    page = Page(_("Einladungs- und Teilnahmeliste"), office)
    style = styles()
    width = page.width
    E, A, V = m.Event, m.Attendance, m.Volunteer  # noqa: N806
    with db.read() as session:
        event = session.get(E, record_id)
        if event is None:
            raise NotFoundError(E.__label__, record_id)
        when = f"{short_date(event.starts_at)}, {event.starts_at:%H:%M}"
        if event.ends_at is not None:
            same_day = event.ends_at.date() == event.starts_at.date()
            when += "–" + (
                f"{event.ends_at:%H:%M}"
                if same_day
                else f"{short_date(event.ends_at)}, {event.ends_at:%H:%M}"
            )
        details = [
            (_("Veranstaltung"), event.title),
            (_("Art"), event.kind.label),
            (_("Datum und Uhrzeit"), when + " " + _("Uhr")),
            (_("Ort"), event.location or ""),
        ]
        people = session.execute(
            select(V.last_name, V.first_name, m.District.name, A.invited_on, A.registered)
            .join(A, A.volunteer_id == V.id)
            .outerjoin(m.District, m.District.id == V.district_id)
            .where(A.event_id == record_id)
            .order_by(V.sort_key, V.id)
        ).all()
        title = event.title
    story: list[Any] = [
        Paragraph(_esc(title), style["h1"]),
        key_value_table(details, width),
        Spacer(1, 5 * mm),
    ]
    columns = [
        Col(_("Nr."), align="RIGHT"),
        Col(_("Name")),
        Col(_("Stadtteil")),
        Col(_("Eingeladen")),
        Col(_("Angemeldet")),
        Col(_("Unterschrift")),
    ]
    rows: list[list[str]] = [
        [
            str(number),
            ", ".join(p for p in (last, first) if p),
            district or "",
            short_date(invited),
            _("ja") if registered else "",
            "",
        ]
        for number, (last, first, district, invited, registered) in enumerate(people, 1)
    ]
    rows += [[str(len(rows) + i), "", "", "", "", ""] for i in range(1, EXTRA_ROWS + 1)]
    table = list_table(
        columns,
        rows,
        _widths(width, [0.05, 0.28, 0.17, 0.12, 0.13, 0.25]),
        zebra=False,  # lines to sign on
        row_height=9 * mm,
    )
    table.setStyle(TableStyle([("LINEBEFORE", (5, 0), (5, -1), 0.25, RULE)]))
    story.append(table)
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph(
            _(
                "{n} Eingeladene. Mit der Unterschrift wird die Teilnahme bestätigt.",
                n=len(people),
            ),
            style["muted"],
        )
    )
    return build(
        path, page, story, progress=progress, cancel=cancel, expected_pages=len(rows) // 22 + 1
    )
