"""The outbox writes a sent message's contact-log entry by SQL (``outbox_log``), not
through a session's flush: the note, its audit entries and the change reported to the
screens must be exactly those of a ``ContactNote`` added to a session."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.changes import Changes
from servicestelle.enums import ContactChannel
from servicestelle.search import BY_MODEL
from servicestelle.services.volunteers import VolunteerService
from servicestelle.writing import outbox_log

IGNORED = {"id", "created_at", "updated_at"}


def _values(person_id: int, text: str) -> dict:
    return {
        "volunteer_id": person_id,
        "noted_on": dt.date(2027, 3, 12),
        "channel": ContactChannel.EMAIL,
        "subject": "E-Mail: Einladung Ehrenamtsforum, 12.03.2027",
        "text": text,
        "staff": "Frau Ömer",
    }


def _note(db, note_id: int) -> tuple[dict, list[tuple]]:
    with db.read() as session:
        row = session.execute(
            select(m.ContactNote.__table__).where(m.ContactNote.id == note_id)
        ).one()
        entries = session.execute(
            select(m.AuditEntry.user, m.AuditEntry.action, m.AuditEntry.entity,
                   m.AuditEntry.field, m.AuditEntry.old_value, m.AuditEntry.new_value)
            .where(m.AuditEntry.entity == "contact_note", m.AuditEntry.entity_id == note_id)
            .order_by(m.AuditEntry.id)
        ).all()
    return {k: v for k, v in row._mapping.items() if k not in IGNORED}, [tuple(e) for e in entries]


def test_a_note_by_sql_is_the_note_a_session_writes(db):
    person = VolunteerService(db).create(first_name="Олга", last_name="Größ", status="aktiv")
    reported: list[Changes] = []
    db.subscribe(reported.append)

    with db.session() as session:
        by_orm = m.ContactNote(**_values(person.id, "Rundschreiben Nr. 1 an a@example.org"))
        session.add(by_orm)
    orm_changes = reported.pop()
    with db.session() as session:
        by_sql = outbox_log.add_note(
            session, _values(person.id, "Rundschreiben Nr. 1 an a@example.org"), m.utcnow()
        )
    sql_changes = reported.pop()

    orm_row, orm_entries = _note(db, by_orm.id)
    sql_row, sql_entries = _note(db, by_sql)
    assert sql_row == orm_row
    assert sql_entries == orm_entries
    assert len(sql_entries) == 7  # »angelegt«, then each field set
    assert orm_changes.records == {"contact_note": {by_orm.id}}
    assert sql_changes.records == {"contact_note": {by_sql}}
    # a note has no search-index entry (the SQL path would have to write it)
    assert m.ContactNote not in BY_MODEL


def test_a_note_by_sql_leaves_out_empty_fields_as_the_audit_does(db):
    person = VolunteerService(db).create(first_name="A", last_name="B", status="aktiv")
    values = {**_values(person.id, ""), "subject": None}
    with db.session() as session:
        by_orm = m.ContactNote(**values)
        session.add(by_orm)
    with db.session() as session:
        by_sql = outbox_log.add_note(session, dict(values), m.utcnow())
    assert _note(db, by_sql) == _note(db, by_orm.id)


# -- the messages: composed once per mailing's headers, the same bytes as compose() -------

SENDERS = ["Servicestelle Integration <info@stadt.example>", "info@stadt.example",
           "Ämter-Büro »Süd« <buero@stadt.example>", ""]
NAMES = [("Jürgen Größmann", "juergen@example.org"), ("Ольга Петрова", "olga@example.org"),
         ("فاطمة الحسيني", "fatima@example.org"), ("", "ohne.name@example.org"),
         ("O'Brien, Seán", "sean@example.org"), ("Jürgen Größmann", "juergen2@example.org")]


def _numbered(monkeypatch) -> None:
    """Message-IDs counted from 1 again for each of the two ways (else random)."""
    from servicestelle.writing import messages, outbox_compose

    count = iter(range(10**6))
    monkeypatch.setattr(messages, "make_msgid", lambda domain=None: f"<{next(count)}@{domain}>")
    monkeypatch.setattr(outbox_compose, "make_msgid", messages.make_msgid)


def _unbounded(message) -> bytes:
    """The message's bytes without its multipart boundary (a random number)."""
    return re.sub(rb"=+\d+==", b"BOUNDARY", message.as_bytes())


@pytest.mark.parametrize("sender", SENDERS)
def test_the_composer_sends_the_bytes_compose_makes(sender, monkeypatch):
    from servicestelle.writing.messages import Attachment, compose
    from servicestelle.writing.outbox_compose import Composer

    when = [dt.datetime(2027, 3, 1, 9, 0, s // 2, tzinfo=dt.UTC) for s in range(len(NAMES))]
    subjects = ["Einladung Ehrenamtsforum", "Einladung Ehrenamtsforum",
                "Привет " + "sehr lange Betreffzeile " * 6, "Einladung Ehrenamtsforum",
                "Einladung Ehrenamtsforum", "Einladung Ehrenamtsforum"]
    for files in ([], [Attachment("forum.ics", "text/calendar", b"BEGIN:VCALENDAR\r\n"),
                       Attachment("Größe.pdf", "application/pdf", bytes(range(256)))]):
        _numbered(monkeypatch)
        expected = [
            _unbounded(compose(sender, name, address, subject,
                               f"Guten Tag {name},\n\nü " * 30, when=day, attachments=files))
            for (name, address), subject, day in zip(NAMES, subjects, when, strict=True)
        ]
        _numbered(monkeypatch)
        composer = Composer(sender, files)
        made = [
            composer(name, address, subject, f"Guten Tag {name},\n\nü " * 30, when=day)
            for (name, address), subject, day in zip(NAMES, subjects, when, strict=True)
        ]
        assert [_unbounded(message) for message in made] == expected
