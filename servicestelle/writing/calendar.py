"""The calendar file (.ics) an event's invitation carries.

One VEVENT per event: its UID stays the same for the event (a later invitation with the
same file updates the entry in the recipient's calendar instead of adding a second one;
SEQUENCE follows the record's version), the times in Europe/Berlin with the VTIMEZONE
the calendar programs need, the title, place and description, and the office as the
organiser (its e-mail address from the letterhead, else the mail server's sender).
"""

from __future__ import annotations

import datetime as dt
from email.utils import parseaddr
from zoneinfo import ZoneInfo

import icalendar

from .. import models as m
from ..db import Database
from ..i18n import _
from .messages import Attachment

ZONE = ZoneInfo("Europe/Berlin")
# An event without an end: shown in the calendar as two hours long.
DEFAULT_LENGTH = dt.timedelta(hours=2)
PRODUCT = "-//Servicestelle Integration//Veranstaltungen//DE"
MIME_TYPE = "text/calendar"


def event_uid(event: m.Event) -> str:
    """The same for the event as long as it exists (its number and when it was made)."""
    made = event.created_at.strftime("%Y%m%dT%H%M%S") if event.created_at else "0"
    return f"veranstaltung-{event.id}-{made}@servicestelle"


def office_email(db: Database) -> str:
    """The office's e-mail address: the letterhead's, else the mail server's sender."""
    from ..services.settings import SettingsService
    from .server import server_settings

    address = SettingsService(db).get("office.address")
    if isinstance(address, dict) and str(address.get("email") or "").strip():
        return str(address["email"]).strip()
    return parseaddr(server_settings(db).sender)[1]


def _local(moment: dt.datetime) -> dt.datetime:
    """Event times are stored as the office's wall clock (Europe/Berlin)."""
    return moment.replace(tzinfo=ZONE) if moment.tzinfo is None else moment.astimezone(ZONE)


def event_calendar(
    event: m.Event,
    organizer: str = "",
    office: str = "",
    stamp: dt.datetime | None = None,
) -> bytes:
    """The .ics file of ``event`` (UTF-8, CRLF lines as RFC 5545 wants)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    entry = icalendar.Event()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", stamp or dt.datetime.now(dt.UTC))
    entry.add("sequence", max(int(event.version or 1) - 1, 0))
    start = _local(event.starts_at)
    end = _local(event.ends_at) if event.ends_at is not None else start + DEFAULT_LENGTH
    if end <= start:
        end = start + DEFAULT_LENGTH
    entry.add("dtstart", start)
    entry.add("dtend", end)
    entry.add("summary", event.title)
    if event.location:
        entry.add("location", event.location)
    if event.description:
        entry.add("description", event.description)
    if organizer:
        address = icalendar.vCalAddress(f"mailto:{organizer}")
        if office:
            address.params["cn"] = icalendar.vText(office)
        entry.add("organizer", address)
    calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def file_name(event: m.Event) -> str:
    return _("Einladung-{day}.ics", day=f"{event.starts_at:%Y-%m-%d}")


def event_attachment(db: Database, event_id: int) -> Attachment:
    """The event's calendar file as an attachment for the writing dialog and the outbox."""
    from ..services.events import EventService
    from ..services.settings import SettingsService

    event = EventService(db).get(event_id)
    office = str(SettingsService(db).get("office.name") or "")
    return Attachment(file_name(event), MIME_TYPE, event_calendar(event, office_email(db), office))
