"""Documents about one record: a volunteer's profile sheet, an event's invitation and
attendance list (the certificate, Ehrenamtsnachweis, is in ``certificate.py``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, TableStyle
from sqlalchemy import func, select

from .. import models as m
from ..availability import describe
from ..db import Database
from ..errors import NotFoundError, ServiceError
from ..i18n import _
from ..services.people import current_consent
from ..services.settings import SettingsService, address_lines
from ..validation import Invalid, display_phone, parse_date
from .layout import RULE, Cancel, Page, Progress, Result, build, styles
from .tables import Col, key_value_table, list_table
from .text import number, short_date, visual


def _esc(text: Any) -> str:
    """Text for a Paragraph: markup characters escaped, right-to-left runs in order."""
    value = visual(str(text or ""))
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _office(db: Database) -> tuple[str, str]:
    settings = SettingsService(db)
    address = ", ".join(address_lines(settings.get("office.address")))
    return str(settings.get("office.name") or ""), address


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
                    (_("Beruf / Kenntnisse"), v.skills or ""),
                    (_("Tätigkeitsfelder"), fields),
                    (_("Sprachen"), languages),
                    (_("Zeiten"), times),
                    (_("Höchstens gleichzeitig"), _("{n} Patenschaft(en)", n=v.max_pairings)),
                    (_("Ausgeschieden am"), short_date(v.left_on)),
                    (_("Grund des Ausscheidens"), v.left_reason or ""),
                    (_("Organisation"), v.organisation.name if v.organisation else ""),
                ],
                width,
                skip_empty=2,
            )
        )
        clearance = max(v.clearances, key=lambda c: (c.valid_until, c.issued_on), default=None)
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
                        "Art: {kind}, ausgestellt am {issued}, vorgelegt am {seen}, "
                        "gültig bis {until} ({state})",
                        kind=clearance.kind.label,
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
                (consent.contact_post, _("Kontakt per Post")),
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


# -- dates given by the user (the certificate's and the report's period) ----------------------


def _day(value: Any, label: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(value)
    except Invalid as exc:
        raise ServiceError(f"{label}: {exc}") from None


# The certificate (Ehrenamtsnachweis) is in ``certificate.py``.


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
