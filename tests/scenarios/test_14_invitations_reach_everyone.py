"""Scenario 14, invitations that reach everyone who may be written to: the office
invites its active volunteers to the Ehrenamtsforum. Frau R. enters the office's mail
server once in the settings (the password goes into the computer's credential store),
opens »Schreiben an …« on the volunteer list, reads who can be written to by e-mail and
who not (no consent, no address), writes the invitation with {Vorname}, checks the
preview, saves it as a template and sends it through the mail server. Each volunteer
with e-mail consent gets one personal message; their contact logs say so."""

from __future__ import annotations

import datetime as dt

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.db import Database
from servicestelle.services.consents import ConsentService
from servicestelle.services.volunteers import VolunteerService
from tests.mailserver import PASSWORD, USER, MailServer
from tests.scenarios import driver as d
from tests.scenarios.answers import see
from ui.writing_dialog import WritingDialog

TODAY = dt.date.today()
WITH_CONSENT = [
    ("Jürgen", "Größmann", "juergen.groessmann@example.org"),
    ("Ольга", "Петрова", "olga.petrova@example.org"),
    ("فاطمة", "الحسيني", "fatima@example.org"),
]


class CredentialStore(KeyringBackend):
    """The computer's credential store (kept in memory for the test)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def mail_server(tmp_path, monkeypatch):
    folder = tmp_path / "mailserver"
    folder.mkdir()
    server = MailServer(folder).start()
    monkeypatch.setenv("SSL_CERT_FILE", str(server.cert_file))  # the office trusts it
    before = keyring.get_keyring()
    keyring.set_keyring(CredentialStore())
    yield server
    keyring.set_keyring(before)
    server.stop()


def the_office_volunteers(db: Database) -> dict[str, int]:
    volunteers = VolunteerService(db)
    consents = ConsentService(db)
    ids = {}
    for first, last, address in WITH_CONSENT:
        person = volunteers.create(first_name=first, last_name=last, email=address, status="aktiv")
        consents.give("volunteer", person.id, contact_email=True)
        ids[first] = person.id
    silent = volunteers.create(
        first_name="Karl", last_name="Schweiger", email="karl@example.org", status="aktiv"
    )
    consents.give("volunteer", silent.id, contact_phone=True)  # phone only
    paper = volunteers.create(first_name="Erna", last_name="Brief", status="aktiv")
    consents.give("volunteer", paper.id, contact_email=True)  # no address
    ids["Karl"], ids["Erna"] = silent.id, paper.id
    return ids


def enter_the_mail_server(window, server: MailServer) -> None:
    def fill_in(box) -> None:
        d.tab(box, "E-Mail")
        d.fill(box, "Mailserver", "127.0.0.1")
        d.fill(box, "Port", str(server.port))
        d.fill(box, "Benutzername", USER)
        d.fill(box, "Absender", "Servicestelle Integration <integration@stadt.example>")
        d.fill(box, "E-Mails", "0")  # as fast as the server takes them
        d.fill(box, "Kennwort", PASSWORD)
        d.click(box, "Kennwort speichern")

    d.answer_next("OK", then=fill_in)
    d.trigger(window, "Einstellungen …")


def test_the_forum_invitation_reaches_everyone_who_may_be_written_to(
    qtbot, office_window, sqlite_db: Database, mail_server: MailServer
):
    window = office_window
    ids = the_office_volunteers(sqlite_db)
    enter_the_mail_server(window, mail_server)

    d.go_to(window, "Ehrenamtliche")
    dialog = d.opened(WritingDialog, lambda: d.trigger(window, "Schreiben an …"))
    see(
        qtbot,
        dialog,
        "5 in der Liste: 3 per E-Mail, 2 nicht anschreibbar (1 ohne Einwilligung zur "
        "E-Mail, 1 ohne E-Mail-Adresse)",
    )
    d.fill(dialog, "Betreff", "Einladung {Veranstaltung}, {Datum}")
    d.fill(
        dialog,
        "Text",
        "{Anrede} liebe {Vorname}, wir laden Sie herzlich zum {Veranstaltung} am {Datum} "
        "um {Uhrzeit} ins {Ort} ein. {Stelle}",
    )
    d.fill(dialog, "Veranstaltung", "Ehrenamtsforum")
    d.fill(dialog, "Datum", "12.03.2027")
    d.fill(dialog, "Uhrzeit", "18 Uhr")
    d.fill(dialog, "Ort", "Rathaus")
    d.choose(d.field(dialog, "Vorschau für"), "Ольга Петрова <olga.petrova@example.org>")
    preview = d.field(dialog, "Vorschau").toPlainText()
    assert "Betreff: Einladung Ehrenamtsforum, 12.03.2027" in preview
    assert "Guten Tag Ольга Петрова, liebe Ольга, wir laden Sie herzlich" in preview

    d.answer_next("Speichern", then=lambda box: box.setTextValue("Ehrenamtsforum"))
    d.click(dialog, "Als Vorlage speichern …")
    assert d.items(d.field(dialog, "Vorlage"))[-1] == "Ehrenamtsforum"

    asked = d.answer_next("Senden")
    d.click(dialog, "Über den Mailserver senden …")
    assert asked == ["3 persönliche E-Mails über 127.0.0.1 senden?"]
    qtbot.waitUntil(lambda: "3 E-Mails gesendet." in dialog.status.text(), timeout=30000)

    # what arrived: one personal message each, none to those left out
    received = {r.recipients[0]: r.message for r in mail_server.received}
    assert sorted(received) == sorted(a for _f, _l, a in WITH_CONSENT)
    assert len(mail_server.received) == 3
    for first, last, address in WITH_CONSENT:
        message = received[address]
        assert message["Subject"] == "Einladung Ehrenamtsforum, 12.03.2027"
        assert message["To"].addresses[0].display_name == f"{first} {last}"
        assert message.get_content().startswith(f"Guten Tag {first} {last}, liebe {first},")
    # and the contact logs say so
    with sqlite_db.read() as session:
        notes = session.execute(
            select(m.ContactNote.volunteer_id, m.ContactNote.subject, m.ContactNote.channel)
        ).all()
    expected = f"E-Mail: Einladung Ehrenamtsforum, 12.03.2027, {TODAY:%d.%m.%Y}"
    assert sorted((v, s) for v, s, _c in notes) == sorted(
        (ids[first], expected) for first, _l, _a in WITH_CONSENT
    )
    assert {c.value for _v, _s, c in notes} == {"email"}
    dialog.grab().save("/tmp/writing_sent.png")
