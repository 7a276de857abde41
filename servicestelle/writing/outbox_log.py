"""The outbox's writes of one sent message, by SQL on the sending transaction's
connection: the row's state by its id and the entry in the person's contact log with
its audit entries.

A ``ContactNote`` added to a session would cost its flush (the unit of work, the audit
hook's look at every attribute's history) about a millisecond a message, more than the
database's own work; sending thousands of messages, that is most of the outbox's price.
Here the note is one INSERT and its audit entries one more, with exactly the row and
the entries the session's flush writes for such a note
(``tests/unit/test_outbox_log.py`` compares both), and its id goes into the unit of
work's ``Changes`` as the audit hook would put it there.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, bindparam, insert, inspect, update
from sqlalchemy.orm import Session

from .. import audit
from .. import models as m
from ..enums import AuditAction

# A recipient's row: queued → sending → sent or failed (see ``outbox``).
QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"
R = m.MailingRecipient.__table__
NOTE = m.ContactNote.__table__
AUDIT = m.AuditEntry.__table__

# Prepared once: the same statement every message, only its values differ.
_SENT = (
    update(R)
    .where(R.c.id == bindparam("row_id"))
    .values(status=SENT, reason=None, changed_at=bindparam("now"))
)
_CLAIM = (
    update(R)
    .where(R.c.id == bindparam("row_id"), R.c.status == QUEUED)
    .values(status=SENDING, changed_at=bindparam("now"))
)
_ADD_NOTE = insert(NOTE)
_ADD_AUDIT = insert(AUDIT)

# The note's columns in the order the audit hook visits them (the mapper's), without
# those it never records (timestamps, authors, version).
_AUDITED = [
    attr.key
    for attr in inspect(m.ContactNote).column_attrs
    if attr.key not in audit._NOT_AUDITED  # noqa: SLF001 - the hook's own list
]


def mark_sent(conn: Connection, row_id: int, now: dt.datetime) -> None:
    conn.execute(_SENT, {"row_id": row_id, "now": now})


def claim(conn: Connection, row_id: int, now: dt.datetime) -> bool:
    """Mark a queued row »sending«; False if another run took it."""
    result: Any = conn.execute(_CLAIM, {"row_id": row_id, "now": now})
    return bool(result.rowcount)


def add_note(session: Session, values: dict[str, Any], now: dt.datetime) -> int:
    """Add a contact note with ``values`` (its owner column, day, channel, subject,
    text, staff) in the session's transaction, as a flush of a new ``ContactNote``
    would: authors and timestamps, one »angelegt« audit entry and one per field set,
    the note among the session's changes. Returns the note's id."""
    user = audit.user_of(session)
    conn = session.connection()
    row = {**values, "created_by": user, "updated_by": user, "created_at": now,
           "updated_at": now, "version": 1}
    note_id = int(conn.execute(_ADD_NOTE, row).inserted_primary_key[0])  # type: ignore[index]
    entries = [_entry(note_id, None, None)]
    for key in _AUDITED:
        if key in values and (shown := audit.display(values[key])) is not None:
            entries.append(_entry(note_id, key, shown))
    changes = session.info.get("changes")
    if changes is not None:  # reported to the screens after the commit
        changes.add(NOTE.name, note_id)
    if session.info.get("audit", True):
        at = m.utcnow()
        for entry in entries:
            entry["user"] = user
            entry["at"] = at
        conn.execute(_ADD_AUDIT, entries)
    return note_id


def _entry(note_id: int, field: str | None, shown: str | None) -> dict[str, Any]:
    return {
        "action": AuditAction.CREATE,
        "entity": NOTE.name,
        "entity_id": note_id,
        "field": field,
        "old_value": None,
        "new_value": shown,
    }
