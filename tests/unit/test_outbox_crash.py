"""A sending program killed (SIGKILL) in the two moments around the one commit of a
message, besides the one ``test_writing_smtp`` kills it in (while the server holds a
message): inside that transaction, after the server took message 3 and its »sent«, its
contact-log entry and the claim of message 4 were written but not committed; and just
after that commit, before message 4 is handed over. Either way nobody is written to
twice, nothing half-written stays behind, and whoever got a message has it on their
contact log once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.services.consents import ConsentService
from servicestelle.services.reach import reach
from servicestelle.services.volunteers import VolunteerService
from servicestelle.writing import outbox
from servicestelle.writing.messages import recipients
from servicestelle.writing.server import ServerSettings
from tests.mailserver import PASSWORD, USER, MailServer

ROOT = Path(__file__).resolve().parents[2]
SENDER = "info@stadt.example"

# The child sends the mailing and kills itself at the third message's commit: before it
# (``inside``: in the transaction, right after the contact-log entry) or after it.
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from servicestelle.db import open_database
    from servicestelle.writing import outbox, outbox_log
    from servicestelle.writing.server import ServerSettings

    moment, calls = os.environ["KILL_AT"], []

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    add_note, sent = outbox_log.add_note, outbox._sent

    def add_note_then_die(*args, **kwargs):
        note = add_note(*args, **kwargs)
        calls.append(1)
        if moment == "inside" and len(calls) == 3:
            die()
        return note

    def sent_then_die(*args, **kwargs):
        claimed = sent(*args, **kwargs)
        if moment == "after" and len(calls) == 3:
            die()
        return claimed

    outbox_log.add_note, outbox._sent = add_note_then_die, sent_then_die
    db = open_database(sys.argv[1], user="Testkind")
    server = ServerSettings(host="127.0.0.1", port=int(sys.argv[2]), user=os.environ["MAILUSER"],
                            sender="info@stadt.example", rate=0)
    outbox.send(db, int(sys.argv[3]), server, os.environ["MAILPASSWORD"])
    """
)


@pytest.fixture
def mail_server(tmp_path):
    folder = tmp_path / "server"
    folder.mkdir()
    server = MailServer(folder).start()
    yield server
    server.stop()


def _people(db, count):
    volunteers = VolunteerService(db)
    ids = []
    for n in range(count):
        person = volunteers.create(first_name=f"Vorname{n}", last_name=f"Nachname{n}",
                                   email=f"person{n}@example.org", status="aktiv")
        ConsentService(db).give("volunteer", person.id, contact_email=True)
        ids.append(person.id)
    return recipients(db, "volunteer", reach(db, "volunteer", [m.Volunteer.id.in_(ids)]))


def _notes(db, person_id):
    with db.read() as session:
        return session.scalars(
            select(m.ContactNote.id).where(m.ContactNote.volunteer_id == person_id)
        ).all()


def _audited_notes(db):
    with db.read() as session:
        return set(session.scalars(
            select(m.AuditEntry.entity_id).where(m.AuditEntry.entity == "contact_note")
        ))


def _run_child(db, mail_server, mailing, moment):
    env = {**os.environ, "MAILUSER": USER, "MAILPASSWORD": PASSWORD, "KILL_AT": moment,
           "PYTHONPATH": str(ROOT), "SSL_CERT_FILE": str(mail_server.cert_file)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, db.location, str(mail_server.port), str(mailing)],
        env=env, cwd=ROOT,
    )
    try:
        assert child.wait(120) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()


@pytest.mark.parametrize("moment", ["inside", "after"])
def test_killed_at_a_messages_commit_nobody_gets_it_twice(sqlite_db, mail_server, monkeypatch,
                                                          moment):
    monkeypatch.setenv("SSL_CERT_FILE", str(mail_server.cert_file))
    db = sqlite_db
    people = _people(db, 6)
    mailing = outbox.queue(db, "Einladung", "{Anrede}\n\nHallo.", {}, SENDER, people)
    _run_child(db, mail_server, mailing, moment)

    assert len(mail_server.received) == 3  # the third was taken before the kill
    before = outbox.state(db, mailing)
    if moment == "inside":  # nothing of the third's transaction is left
        assert (before.sent, before.uncertain, before.queued) == (2, 1, 3)
        assert [len(_notes(db, p.id)) for p in people] == [1, 1, 0, 0, 0, 0]
    else:  # the third recorded; the fourth claimed, never handed over
        assert (before.sent, before.uncertain, before.queued) == (3, 1, 2)
        assert [len(_notes(db, p.id)) for p in people] == [1, 1, 1, 0, 0, 0]
    notes = {n for p in people for n in _notes(db, p.id)}
    assert _audited_notes(db) == notes  # every note with its audit entries, no others

    settings = ServerSettings("127.0.0.1", mail_server.port, user=USER, sender=SENDER, rate=0)
    result = outbox.send(db, mailing, settings, PASSWORD)
    assert result.uncertain == 1 and "unklar" in result.summary()  # asked about, not sent
    received = [r.recipients[0] for r in mail_server.received]
    assert len(received) == len(set(received)) == (6 if moment == "inside" else 5)
    uncertain = [a for a, s, _r in outbox.rows(db, mailing) if s == outbox.SENDING]
    assert uncertain == [people[2 if moment == "inside" else 3].address]
    if moment == "after":  # never handed over: the user may send it
        assert outbox.requeue(db, mailing, failed=False, uncertain=True) == 1
        assert outbox.send(db, mailing, settings, PASSWORD).sent == 1
        uncertain = []
    received = sorted(r.recipients[0] for r in mail_server.received)
    assert received == sorted(p.address for p in people)  # everyone exactly once
    for person in people:  # on the contact log once, unless its outcome is still asked
        assert len(_notes(db, person.id)) == (0 if person.address in uncertain else 1)
    assert _audited_notes(db) == {n for p in people for n in _notes(db, p.id)}
