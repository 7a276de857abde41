"""Sending through the office's mail server, against a real SMTP server on 127.0.0.1
(STARTTLS on a self-signed certificate, AUTH LOGIN): personalised messages arrive with
the right headers in any script; a wrong password, a server that is down and a refused
address each give a German message and lose nothing; a cancel or a process killed in the
middle resumes without writing to anyone twice; every message is on the person's
contact log and in the access report."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.services.consents import ConsentService
from servicestelle.services.privacy_report import access_report
from servicestelle.services.reach import reach
from servicestelle.services.volunteers import VolunteerService
from servicestelle.writing import outbox
from servicestelle.writing.messages import recipients
from servicestelle.writing.server import MailError, ServerSettings, store_password, stored_password
from tests.mailserver import PASSWORD, USER, MailServer

ROOT = Path(__file__).resolve().parents[2]
SENDER = "Servicestelle Integration <info@stadt.example>"
SUBJECT = "Einladung {Veranstaltung}"
BODY = "{Anrede}\n\nam {Datum} um {Uhrzeit} ist das {Veranstaltung} in {Ort}.\n\n{Stelle}"
SHARED = {
    "Veranstaltung": "Ehrenamtsforum",
    "Datum": "12.03.2027",
    "Uhrzeit": "18 Uhr",
    "Ort": "Rathaus",
    "Stelle": "Servicestelle",
}
PEOPLE = [
    ("Jürgen", "Größmann", "juergen@example.org"),
    ("Ольга", "Петрова", "olga@example.org"),
    ("فاطمة", "الحسيني", "fatima@example.org"),
]


@pytest.fixture
def mail_server(tmp_path, monkeypatch):
    folder = tmp_path / "server"
    folder.mkdir()
    server = MailServer(folder).start()
    monkeypatch.setenv("SSL_CERT_FILE", str(server.cert_file))  # trust the test certificate
    yield server
    server.stop()


def settings(server: MailServer, **changes) -> ServerSettings:
    values = {"host": "127.0.0.1", "port": server.port, "user": USER, "sender": SENDER, "rate": 0}
    return ServerSettings(**{**values, **changes})


def add_people(db, people):
    volunteers = VolunteerService(db)
    ids = []
    for first, last, address in people:
        person = volunteers.create(first_name=first, last_name=last, email=address, status="aktiv")
        ConsentService(db).give("volunteer", person.id, contact_email=True)
        ids.append(person.id)
    found = reach(db, "volunteer", [m.Volunteer.id.in_(ids)])
    return recipients(db, "volunteer", found)


def notes_of(db, person_id):
    with db.read() as session:
        return list(
            session.scalars(
                select(m.ContactNote.subject).where(m.ContactNote.volunteer_id == person_id)
            )
        )


def test_personalised_messages_arrive_and_are_logged(db, mail_server):
    people = add_people(db, PEOPLE)
    mailing = outbox.queue(db, SUBJECT, BODY, SHARED, SENDER, people)
    steps = []
    result = outbox.send(
        db, mailing, settings(mail_server), PASSWORD, progress=lambda d, t: steps.append((d, t))
    )
    assert (result.sent, result.failed, result.remaining) == (3, [], 0)
    assert steps[-1] == (3, 3)
    assert len(mail_server.received) == 3
    for (first, last, address), person in zip(PEOPLE, people, strict=True):
        (message,) = mail_server.to(address)
        assert message["Subject"] == "Einladung Ehrenamtsforum"
        assert message["To"].addresses[0].display_name == f"{first} {last}"
        assert message["From"].addresses[0].addr_spec == "info@stadt.example"
        assert message["Message-ID"]
        assert message.get_content_charset() == "utf-8"
        assert message.get_content().replace("\r\n", "\n") == (
            f"Guten Tag {first} {last},\n\nam 12.03.2027 um 18 Uhr ist das Ehrenamtsforum in "
            "Rathaus.\n\nServicestelle\n"
        )
        today = dt.date.today().strftime("%d.%m.%Y")
        assert notes_of(db, person.id) == [f"E-Mail: Einladung Ehrenamtsforum, {today}"]
    report = access_report(db, "volunteer", people[1].id)
    assert [n["subject"] for n in report["records"]["contact_note"]] == [
        f"E-Mail: Einladung Ehrenamtsforum, {dt.date.today():%d.%m.%Y}"
    ]
    assert outbox.state(db, mailing).sent == 3
    # sending again sends nobody twice
    again = outbox.send(db, mailing, settings(mail_server), PASSWORD)
    assert again.sent == 0 and len(mail_server.received) == 3


def test_a_wrong_password_loses_nothing(db, mail_server):
    mailing = outbox.queue(db, SUBJECT, BODY, SHARED, SENDER, add_people(db, PEOPLE))
    with pytest.raises(MailError, match="Benutzername oder Kennwort stimmen nicht"):
        outbox.send(db, mailing, settings(mail_server), "falsch")
    assert outbox.state(db, mailing).queued == 3
    assert mail_server.received == []
    assert outbox.send(db, mailing, settings(mail_server), PASSWORD).sent == 3


def test_a_server_that_is_down_loses_nothing(db, mail_server):
    mailing = outbox.queue(db, SUBJECT, BODY, SHARED, SENDER, add_people(db, PEOPLE))
    port = mail_server.port
    mail_server.stop()
    with pytest.raises(MailError, match="ist nicht erreichbar"):
        outbox.send(db, mailing, settings(mail_server, port=port), PASSWORD)
    assert outbox.state(db, mailing).queued == 3


def test_an_untrusted_certificate_is_told_in_german(db, mail_server, monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE")
    monkeypatch.setenv("SSL_CERT_FILE", os.devnull)
    mailing = outbox.queue(db, SUBJECT, BODY, SHARED, SENDER, add_people(db, PEOPLE[:1]))
    with pytest.raises(MailError, match="keine sichere Verbindung"):
        outbox.send(db, mailing, settings(mail_server), PASSWORD)
    assert outbox.state(db, mailing).queued == 1


def test_a_refused_address_does_not_stop_the_others(db, mail_server):
    people = add_people(db, [PEOPLE[0], ("Nie", "Mand", "niemand.unbekannt@example.org"),
                             PEOPLE[1]])
    mailing = outbox.queue(db, SUBJECT, BODY, SHARED, SENDER, people)
    result = outbox.send(db, mailing, settings(mail_server), PASSWORD)
    assert result.sent == 2
    assert [a for a, _r in result.failed] == ["niemand.unbekannt@example.org"]
    assert "550" in result.failed[0][1] and "Postfach unbekannt" in result.failed[0][1]
    assert "1 abgelehnt" in result.summary()
    assert {r.recipients[0] for r in mail_server.received} == {
        "juergen@example.org", "olga@example.org"
    }
    assert notes_of(db, people[1].id) == []  # nothing written, nothing logged
    rows = {a: (s, r) for a, s, r in outbox.rows(db, mailing)}
    assert rows["niemand.unbekannt@example.org"][0] == "failed"
    assert outbox.requeue(db, mailing) == 1  # »erneut versuchen«: refused again
    assert outbox.send(db, mailing, settings(mail_server), PASSWORD).sent == 0


def test_a_cancel_resumes_later_without_writing_twice(db, mail_server):
    people = add_people(db, PEOPLE)
    mailing = outbox.queue(db, SUBJECT, BODY, SHARED, SENDER, people)
    done = []
    first = outbox.send(
        db, mailing, settings(mail_server), PASSWORD,
        progress=lambda d, t: done.append(d), cancelled=lambda: len(done) > 1,
    )
    assert (first.sent, first.remaining, first.cancelled) == (1, 2, True)
    second = outbox.send(db, mailing, settings(mail_server), PASSWORD)
    assert second.sent == 2
    assert sorted(r.recipients[0] for r in mail_server.received) == sorted(
        a for _f, _l, a in PEOPLE
    )


def test_the_rate_spaces_the_messages(db, mail_server):
    mailing = outbox.queue(db, SUBJECT, BODY, SHARED, SENDER, add_people(db, PEOPLE[:2]))
    waits = []

    def sleep(seconds):
        waits.append(seconds)
        import time

        time.sleep(seconds)

    outbox.send(db, mailing, settings(mail_server, rate=1200), PASSWORD, sleep=sleep)
    assert waits  # one pause between the two messages
    assert len(mail_server.received) == 2


CHILD = textwrap.dedent(
    """
    import os, sys
    from servicestelle.db import open_database
    from servicestelle.writing import outbox
    from servicestelle.writing.server import ServerSettings

    db = open_database(sys.argv[1], user="Testkind")
    server = ServerSettings(host="127.0.0.1", port=int(sys.argv[2]), user=os.environ["MAILUSER"],
                            sender="info@stadt.example", rate=0)
    outbox.send(db, int(sys.argv[3]), server, os.environ["MAILPASSWORD"])
    """
)


def test_a_killed_sender_resumes_and_sends_everyone_exactly_once(sqlite_db, mail_server):
    db = sqlite_db
    many = [(f"Vorname{n}", f"Nachname{n}", f"person{n}@example.org") for n in range(6)]
    people = add_people(db, many)
    mailing = outbox.queue(db, SUBJECT, BODY, SHARED, SENDER, people)
    mail_server.hold_at = 3  # the server keeps the third message waiting for its answer
    env = {
        **os.environ,
        "MAILUSER": USER,
        "MAILPASSWORD": PASSWORD,
        "PYTHONPATH": str(ROOT),
        "SSL_CERT_FILE": str(mail_server.cert_file),
    }
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, db.location, str(mail_server.port), str(mailing)],
        env=env, cwd=ROOT,
    )
    try:
        assert mail_server.holding.wait(120), "the child never reached the third message"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
    mail_server.hold_at = None
    mail_server.release.set()
    assert len(mail_server.received) == 2
    before = outbox.state(db, mailing)
    assert (before.sent, before.uncertain, before.queued) == (2, 1, 3)

    result = outbox.send(db, mailing, settings(mail_server), PASSWORD)
    assert (result.sent, result.uncertain) == (3, 1)  # the unclear one is reported, not sent
    assert "unklar" in result.summary()
    assert len(mail_server.received) == 5
    assert outbox.requeue(db, mailing, failed=False, uncertain=True) == 1  # the user says so
    assert outbox.send(db, mailing, settings(mail_server), PASSWORD).sent == 1
    received = sorted(r.recipients[0] for r in mail_server.received)
    assert received == sorted(a for _f, _l, a in many)  # everyone exactly once
    for person in people:
        assert len(notes_of(db, person.id)) == 1


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


def test_the_password_lives_in_the_credential_store_only(db):
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        server = ServerSettings(host="mail.stadt.example", port=587, user=USER)
        assert store_password(server, "Sehr-Geheim")
        assert stored_password(server) == "Sehr-Geheim"
        assert list(memory.store) == [("Servicestelle Mailserver mail.stadt.example:587", USER)]
        with db.read() as session:
            assert "Sehr-Geheim" not in str(session.scalars(select(m.Setting.value)).all())
        assert store_password(server, None)
        assert stored_password(server) is None
    finally:
        keyring.set_keyring(before)


def test_an_erasure_takes_the_person_out_of_the_outbox(db, mail_server):
    from servicestelle.services.privacy_erase import erase

    people = add_people(db, PEOPLE[:2])
    mailing = outbox.queue(db, SUBJECT, BODY, SHARED, SENDER, people)
    outbox.send(db, mailing, settings(mail_server), PASSWORD)
    erase(db, "volunteer", people[0].id, compact=False)
    assert [a for a, _s, _r in outbox.rows(db, mailing)] == [people[1].address]


def test_an_attachment_arrives_with_every_message(db, mail_server, tmp_path):
    from servicestelle.writing.messages import Attachment

    pdf = tmp_path / "Einladung Größe.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    calendar = Attachment("forum.ics", "text/calendar", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    people = add_people(db, PEOPLE[:2])
    mailing = outbox.queue(
        db, SUBJECT, BODY, SHARED, SENDER, people, [Attachment.of(pdf), calendar]
    )
    assert outbox.send(db, mailing, settings(mail_server), PASSWORD).sent == 2
    for received in mail_server.received:
        files = {a.get_filename(): a for a in received.message.iter_attachments()}
        assert set(files) == {"Einladung Größe.pdf", "forum.ics"}
        assert files["Einladung Größe.pdf"].get_content() == pdf.read_bytes()
        assert files["forum.ics"].get_content_type() == "text/calendar"
        body = received.message.get_body(("plain",)).get_content()
        assert body.startswith("Guten Tag ")


def test_attachments_too_big_are_refused_before_anything_is_queued(db):
    from servicestelle.errors import ValidationError
    from servicestelle.writing.messages import Attachment

    people = add_people(db, PEOPLE[:1])
    huge = Attachment("gross.pdf", "application/pdf", b"x" * (10 * 1024 * 1024 + 1))
    with pytest.raises(ValidationError, match="größer als 10 MB"):
        outbox.queue(db, SUBJECT, BODY, SHARED, SENDER, people, [huge])
    assert outbox.mailings(db) == []
