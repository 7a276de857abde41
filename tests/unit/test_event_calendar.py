"""The calendar file of an event's invitation: read back with icalendar it is the
event (same UID each time, Berlin times with their VTIMEZONE, title, place, text, the
office as organiser), and it arrives with every invitation sent through the office's
mail server."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from servicestelle.services.events import EventService
from servicestelle.services.settings import SettingsService
from servicestelle.writing import outbox
from servicestelle.writing.calendar import event_attachment
from tests.mailserver import PASSWORD, MailServer
from tests.unit.test_writing_smtp import PEOPLE, SENDER, add_people, settings

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def forum(db):
    return EventService(db).create(
        title="Ehrenamtsforum Frühjahr",
        starts_at="2027-03-12 18:00",
        ends_at="2027-03-12 20:00",
        location="Stadthaus, Saal 2",
        description="Austausch und Kaffee",
    )


def read_back(content: bytes) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(content)
    assert [t.tz_name for t in calendar.timezones] == ["Europe/Berlin"]
    assert calendar.get_missing_tzids() == set()
    (entry,) = calendar.events
    return entry


def test_the_calendar_file_reads_back_as_the_event(db, forum):
    SettingsService(db).set(
        "office.address", {"street": "Markt 1", "email": "integration@stadt.example"}
    )
    attachment = event_attachment(db, forum.id)
    assert attachment.mime_type == "text/calendar"
    assert attachment.file_name == "Einladung-2027-03-12.ics"
    entry = read_back(attachment.content)
    assert entry.start == dt.datetime(2027, 3, 12, 18, 0, tzinfo=BERLIN)
    assert entry.end == dt.datetime(2027, 3, 12, 20, 0, tzinfo=BERLIN)
    assert str(entry["summary"]) == "Ehrenamtsforum Frühjahr"
    assert str(entry["location"]) == "Stadthaus, Saal 2"
    assert str(entry["description"]) == "Austausch und Kaffee"
    assert str(entry["organizer"]) == "mailto:integration@stadt.example"
    assert entry["organizer"].params["CN"] == "Servicestelle Integration"
    # the same UID every time, another for another event
    again = read_back(event_attachment(db, forum.id).content)
    assert str(again["uid"]) == str(entry["uid"])
    other = EventService(db).create(title="Schulung", starts_at="2027-04-01 09:00")
    assert str(read_back(event_attachment(db, other.id).content)["uid"]) != str(entry["uid"])


def test_without_an_end_or_office_address(db):
    event = EventService(db).create(title="Sprechstunde", starts_at="2027-07-01 10:00")
    SettingsService(db).set("smtp.sender", "Servicestelle <info@stadt.example>")
    entry = read_back(event_attachment(db, event.id).content)
    assert entry.end - entry.start == dt.timedelta(hours=2)
    assert "location" not in entry
    assert str(entry["organizer"]) == "mailto:info@stadt.example"


@pytest.fixture
def mail_server(tmp_path, monkeypatch):
    folder = tmp_path / "server"
    folder.mkdir()
    server = MailServer(folder).start()
    monkeypatch.setenv("SSL_CERT_FILE", str(server.cert_file))
    yield server
    server.stop()


def test_the_invitation_arrives_with_the_calendar_file(db, forum, mail_server):
    people = add_people(db, PEOPLE[:2])
    shared = {"Veranstaltung": "Ehrenamtsforum Frühjahr", "Datum": "12.03.2027"}
    mailing = outbox.queue(
        db,
        "Einladung {Veranstaltung}",
        "{Anrede}\n\nam {Datum}.",
        shared,
        SENDER,
        people,
        [event_attachment(db, forum.id)],
    )
    assert outbox.send(db, mailing, settings(mail_server), PASSWORD).sent == 2
    for received in mail_server.received:
        files = {a.get_filename(): a for a in received.message.iter_attachments()}
        part = files["Einladung-2027-03-12.ics"]
        assert part.get_content_type() == "text/calendar"
        # the file's own bytes (RFC 5545: UTF-8)
        entry = read_back(part.get_payload(decode=True))
        assert str(entry["summary"]) == "Ehrenamtsforum Frühjahr"
