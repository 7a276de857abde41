"""Events (Ehrenamtsforum, Schulungen): invitations and attendance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from .. import models as m
from ..enums import EventKind, EventStatus, VolunteerStatus
from ..errors import ValidationError
from ..formats import short_date
from ..i18n import N_, _
from ..models.events import ANSWER_NO, ANSWER_YES
from ..search import Term
from ..validation import Field, clean, to_ids
from .base import Column, EntityService, Filter
from .people import in_values, linked_to
from .reach import EMAIL, Reach, copy_text, mailto_links, reach

E = m.Event


def _day(day: dt.date) -> dt.datetime:
    """The start of a filter's day (filters hand over dates; events have times)."""
    return dt.datetime.combine(day, dt.time())


def _attendance_count(condition: Any) -> Any:
    return select(func.count()).where(m.Attendance.event_id == E.id, condition).scalar_subquery()


@dataclass(frozen=True)
class VolunteerEvent:
    """An event as seen from one volunteer: invited, registered, attended."""

    event_id: int
    starts_at: dt.datetime
    title: str
    status: EventStatus
    invited_on: dt.date | None
    registered: bool
    attended: bool


@dataclass(frozen=True)
class Invitation:
    """The invitation e-mail of an event: its subject and text, and the invitees with
    whether each may be written to (consent to e-mail contact and an address)."""

    subject: str
    body: str
    invitees: Reach

    @property
    def addresses(self) -> list[str]:
        return self.invitees.addresses(EMAIL)

    def links(self) -> list[str]:
        """``mailto:`` links with the invitees in BCC, each short enough for Windows."""
        return mailto_links(self.addresses, self.subject, self.body)

    def copy_text(self) -> str:
        """The addresses separated by semicolons, for Outlook's BCC field."""
        return copy_text(self.addresses)


def _when(event: m.Event) -> str:
    """»Donnerstag, 12.03.2026, 18:00–20:00 Uhr« (the end's day when it is another)."""
    from babel.dates import format_date

    from .. import i18n

    weekday = format_date(event.starts_at.date(), "EEEE", locale=i18n.babel_locale())
    text = f"{weekday}, {short_date(event.starts_at)}, {event.starts_at:%H:%M}"
    if event.ends_at is not None:
        same_day = event.ends_at.date() == event.starts_at.date()
        text += "–" + (
            f"{event.ends_at:%H:%M}"
            if same_day
            else f"{short_date(event.ends_at)}, {event.ends_at:%H:%M}"
        )
    return _("{when} Uhr", when=text)


def invitation_text(event: m.Event, office: str = "") -> tuple[str, str]:
    """Subject and text of the invitation e-mail, signed with the office's name (the
    office edits it in the mail program before sending)."""
    subject = _("Einladung: {title}", title=event.title)
    lines = [
        _("Liebe Ehrenamtliche,"),
        "",
        _("herzlich laden wir Sie ein:"),
        "",
        event.title,
        _when(event),
    ]
    if event.location:
        lines.append(_("Ort: {place}", place=event.location))
    lines += [
        "",
        _("Bitte geben Sie uns kurz Bescheid, ob Sie kommen."),
        "",
        _("Viele Grüße"),
    ]
    if office:
        lines.append(office)
    return subject, "\n".join(lines)


@dataclass(frozen=True)
class EventLetter:
    """What »Schreiben an …« starts with for an event: the volunteers it goes to, a
    subject and text with placeholders, and the event's values for {Veranstaltung},
    {Datum}, {Uhrzeit} and {Ort}."""

    volunteer_ids: list[int]
    subject: str
    body: str
    values: dict[str, str]


# Whom each of an event's letters goes to, and its text.
INVITATION, REMINDER, THANKS = "invitation", "reminder", "thanks"


def event_values(event: m.Event) -> dict[str, str]:
    """{Veranstaltung}, {Datum}, {Uhrzeit} (»18:00–20:00 Uhr«) and {Ort} of an event."""
    hours = f"{event.starts_at:%H:%M}"
    if event.ends_at is not None and event.ends_at.date() == event.starts_at.date():
        hours += f"–{event.ends_at:%H:%M}"
    return {
        "Veranstaltung": event.title,
        "Datum": short_date(event.starts_at),
        "Uhrzeit": _("{hours} Uhr", hours=hours),
        "Ort": event.location or "",
    }


def letter_text(purpose: str) -> tuple[str, str]:
    """Subject and text (with placeholders) of an event's invitation, reminder or thanks."""
    closing = ["", _("Viele Grüße"), "{Absender}", "{Stelle}"]
    if purpose == REMINDER:
        subject = _("Erinnerung: {Veranstaltung} morgen")
        lines = [
            "{Anrede}",
            "",
            _("wir freuen uns, dass Sie morgen dabei sind:"),
            "",
            "{Veranstaltung}",
            _("{Datum}, {Uhrzeit}"),
            _("Ort: {Ort}"),
        ]
    elif purpose == THANKS:
        subject = _("Danke für Ihre Teilnahme: {Veranstaltung}")
        lines = [
            "{Anrede}",
            "",
            _("herzlichen Dank, dass Sie am {Datum} bei »{Veranstaltung}« dabei waren."),
        ]
    else:
        subject = _("Einladung: {Veranstaltung}")
        lines = [
            "{Anrede}",
            "",
            _("herzlich laden wir Sie ein:"),
            "",
            "{Veranstaltung}",
            _("{Datum}, {Uhrzeit}"),
            _("Ort: {Ort}"),
            "",
            _("Bitte geben Sie uns kurz Bescheid, ob Sie kommen. Den Termin für Ihren "
              "Kalender finden Sie im Anhang."),
        ]
    return subject, "\n".join(lines + closing)


class EventService(EntityService[m.Event]):
    model = m.Event
    entity = "event"
    fields: ClassVar[Mapping[str, Field]] = {
        "title": Field("Titel", required=True, max_len=200),
        "kind": Field("Art", kind="enum", enum=EventKind, required=True),
        "status": Field("Stand", kind="enum", enum=EventStatus, required=True),
        "starts_at": Field("Beginn", kind="datetime", required=True),
        "ends_at": Field("Ende", kind="datetime"),
        "location": Field("Ort", max_len=200),
        "description": Field("Beschreibung"),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "starts_at": Column("Beginn", E.starts_at, kind="localdatetime"),
        "title": Column("Titel", E.title),
        "kind": Column("Art", E.kind, kind="enum"),
        "status": Column("Stand", E.status, kind="enum"),
        "location": Column("Ort", E.location),
        "invited": Column(
            "Eingeladen", _attendance_count(m.Attendance.invited_on.is_not(None)), kind="int"
        ),
        "attended": Column(
            "Teilgenommen", _attendance_count(m.Attendance.attended.is_(True)), kind="int"
        ),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        "status": Filter("Stand", in_values(E.status)),
        "kind": Filter("Art", in_values(E.kind)),
        "volunteer": Filter(
            "Ehrenamtliche*r (eingeladen oder dabei)",
            linked_to(E.id, m.Attendance.event_id, m.Attendance.volunteer_id),
            kind="ref",
        ),
        "from": Filter("ab", lambda v: E.starts_at >= _day(v), kind="date_from"),
        "to": Filter("bis", lambda v: E.starts_at < _day(v) + dt.timedelta(days=1), kind="date_to"),
    }
    default_sort = (("starts_at", True),)

    def _text_condition(self, terms: list[Term]) -> ColumnElement[bool]:
        """Events are few: their title and place are searched directly."""
        text = func.lower(func.coalesce(E.title, "") + " " + func.coalesce(E.location, ""))
        return and_(
            *(
                or_(*(text.contains(spelling, autoescape=True) for spelling in term))
                for term in terms
            )
        )

    def create(self, **values: Any) -> m.Event:
        values.setdefault("kind", EventKind.FORUM)
        values.setdefault("status", EventStatus.PLANNED)
        return super().create(**values)

    def _validate_record(self, session: Session, obj: m.Event) -> None:
        if obj.ends_at is not None and obj.ends_at < obj.starts_at:
            raise ValidationError({"ends_at": _("Ende: liegt vor dem Beginn.")})

    def invite(self, event_id: int, volunteer_ids: Iterable[int], on: Any = None) -> int:
        """Invite volunteers (those already invited stay as they are). Returns how many new."""
        day = clean({"on": Field("Eingeladen am", kind="date")}, {"on": on})["on"]
        day = day or dt.date.today()
        with self._writing(event_id) as session:
            event = self._load(session, event_id)
            present = {a.volunteer_id for a in event.attendances}
            given = to_ids(volunteer_ids, N_("Ehrenamtliche*r"), "volunteer_ids")
            wanted = [v for v in given if v not in present]
            known = set(session.scalars(select(m.Volunteer.id).where(m.Volunteer.id.in_(wanted))))
            if set(wanted) - known:
                raise ValidationError({"volunteer_ids": _("Ehrenamtliche*r: unbekannt.")})
            for volunteer_id in dict.fromkeys(wanted):  # once each, in the order given
                event.attendances.append(
                    m.Attendance(volunteer=session.get(m.Volunteer, volunteer_id), invited_on=day)
                )
        return len(set(wanted))

    def set_attendance(
        self,
        event_id: int,
        volunteer_id: int,
        attended: bool = True,
        registered: bool | None = None,
    ) -> m.Attendance:
        """Tick who came (a volunteer not invited is added as a walk-in)."""
        with self._writing(event_id) as session:
            event = self._load(session, event_id)
            attendance = next(
                (a for a in event.attendances if a.volunteer_id == volunteer_id), None
            )
            if attendance is None:
                if session.get(m.Volunteer, volunteer_id) is None:
                    raise ValidationError({"volunteer_id": _("Ehrenamtliche*r: unbekannt.")})
                attendance = m.Attendance(volunteer=session.get(m.Volunteer, volunteer_id))
                event.attendances.append(attendance)
            attendance.attended = attended
            if registered is not None:
                attendance.registered = registered
            session.flush()
        return attendance

    def set_answer(
        self, event_id: int, volunteer_id: int, answer: str | None, on: Any = None
    ) -> m.Attendance:
        """Record an invitee's answer: ``ANSWER_YES`` (zugesagt, also registered),
        ``ANSWER_NO`` (abgesagt) or None (no answer yet); ``on`` the day (today)."""
        if answer not in (ANSWER_YES, ANSWER_NO, None):
            raise ValidationError({"answer": _("Antwort: »zugesagt« oder »abgesagt«.")})
        day = clean({"on": Field("Geantwortet am", kind="date")}, {"on": on})["on"]
        with self._writing(event_id) as session:
            event = self._load(session, event_id)
            attendance = next(
                (a for a in event.attendances if a.volunteer_id == volunteer_id), None
            )
            if attendance is None:
                raise ValidationError({"volunteer_id": _("Ehrenamtliche*r: nicht eingeladen.")})
            attendance.answer = answer
            attendance.answered_on = (day or dt.date.today()) if answer else None
            attendance.registered = answer == ANSWER_YES
            session.flush()
        return attendance

    def attendances(self, event_id: int) -> list[m.Attendance]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(m.Attendance)
                    .where(m.Attendance.event_id == event_id)
                    .order_by(m.Attendance.id)
                )
            )

    def for_volunteer(self, volunteer_id: int) -> list[VolunteerEvent]:
        """The events a volunteer was invited to or attended, newest first."""
        A = m.Attendance
        stmt = (
            select(E.id, E.starts_at, E.title, E.status, A.invited_on, A.registered, A.attended)
            .join(A, A.event_id == E.id)
            .where(A.volunteer_id == volunteer_id, E.archived_at.is_(None))
            .order_by(E.starts_at.desc())
        )
        with self.db.read() as session:
            return [VolunteerEvent(*row) for row in session.execute(stmt)]

    def active_reach(self, day: dt.date | None = None) -> Reach:
        """The active volunteers, each with whether the office may invite them (a
        valid consent to be contacted that way and the address) or why not."""
        V = m.Volunteer  # noqa: N806
        return reach(
            self.db,
            "volunteer",
            [V.status == VolunteerStatus.ACTIVE, V.archived_at.is_(None)],
            day=day,
        )

    def candidates(self, day: dt.date | None = None) -> Reach:
        """The volunteers one may choose to invite: everyone not archived and not
        left, each with whether the office may contact them or why not."""
        V = m.Volunteer  # noqa: N806
        return reach(
            self.db,
            "volunteer",
            [V.status != VolunteerStatus.LEFT, V.archived_at.is_(None)],
            day=day,
        )

    def invite_active(self, event_id: int, on: Any = None) -> int:
        """Invite the active volunteers the office may contact (the Ehrenamtsforum);
        the others are left out (``active_reach`` says who and why). Returns how many
        were invited anew."""
        ids = [p.id for p in self.active_reach().reachable]
        return self.invite(event_id, ids, on) if ids else 0

    def letter(self, event_id: int, purpose: str = INVITATION) -> EventLetter:
        """The invitation to those invited, the reminder to those who said yes, the
        thanks to those who came: the volunteers, the text and the event's values."""
        event = self.get(event_id)
        A = m.Attendance  # noqa: N806
        if purpose == REMINDER:  # said yes (or ticked as registered)
            condition = or_(A.answer == ANSWER_YES, A.registered.is_(True))
        elif purpose == THANKS:
            condition = A.attended.is_(True)
        else:
            condition = A.invited_on.is_not(None)
        with self.db.read() as session:
            ids = list(
                session.scalars(
                    select(A.volunteer_id).where(A.event_id == event_id, condition).order_by(A.id)
                )
            )
        subject, body = letter_text(purpose)
        return EventLetter(ids, subject, body, event_values(event))

    def invitation(self, event_id: int) -> Invitation:
        """The invitation e-mail to those invited to the event (walk-ins are not)."""
        from .settings import SettingsService

        event = self.get(event_id)
        A = m.Attendance  # noqa: N806
        invited = select(A.volunteer_id).where(
            A.event_id == event_id, A.invited_on.is_not(None)
        )
        office = str(SettingsService(self.db).get("office.name") or "")
        subject, body = invitation_text(event, office)
        invitees = reach(self.db, "volunteer", [m.Volunteer.id.in_(invited)], channels=(EMAIL,))
        return Invitation(subject, body, invitees)
