"""Anonymising people in bulk: the shared step of the retention rules and of erasure.

What stays (statistics): the record's id, status, kind, district, languages, activity
fields, dates (since, left, arrived), household size, country of origin, counts of
pairings, requests, hours, attendance and contact notes with their dates.

What goes (identifies a person): first and last name (the last name becomes
"Anonymisiert"), e-mail, phone, street, postcode, city, notes, a household's contact
name, the note on availability, and the **birth date** — removed entirely, not cut
to the year: no key figure uses an age, and a stored 1 January would look like a real
birth date. Consents and police clearances are deleted (they have no purpose without a
person). Texts written about the person go: contact notes' subjects and texts, notes
of their pairings, descriptions and outcomes of their help requests (whose title
becomes "Anonymisiert"), consultation notes, descriptions of hours. The audit log keeps
who changed which field when, without the values; entries naming the person
("Angefragt Müller, Anna") name the record's number instead. The search index forgets
the person, and follow-ups moved on or done for them are forgotten too.

Everything runs as plain SQL statements in the caller's transaction (fast on tens of
thousands of rows); the audit hooks of the ORM are not involved. One audit entry per
person records that (and why) it was anonymised.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Table, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from .. import kinds
from .. import models as m
from ..collation import sort_key
from ..enums import AuditAction
from ..search import BY_ENTITY, document_of

ANON = "Anonymisiert"
CHUNK = 500

PEOPLE: dict[str, type[m.Base]] = kinds.PEOPLE

# Columns of a person that identify them; cleared (the last name becomes ANON).
IDENTIFYING = ("email", "phone", "notes")
ADDRESS = ("birth_date", "street", "postcode", "city")
EXTRA = {"volunteer": ("availability_note",), "newcomer": ("contact_name",)}


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _t(model: type[m.Base]) -> Table:
    return model.__table__  # type: ignore[return-value]


def _ids(session: Session, column: Any, owners: list[int], table: Table) -> list[int]:
    return list(session.scalars(select(table.c.id).where(column.in_(owners))))


def person_values(person: str, user: str) -> dict[str, Any]:
    table = _t(PEOPLE[person])
    values: dict[str, Any] = {"first_name": "", "last_name": ANON, "sort_key": sort_key(ANON)}
    for name in (*IDENTIFYING, *ADDRESS, *EXTRA.get(person, ())):
        if name in table.c:
            values[name] = None
    values.update(version=table.c.version + 1, updated_at=m.utcnow(), updated_by=user)
    return values


def is_anonymous(first_name: str | None, last_name: str | None) -> bool:
    return last_name == ANON and not first_name


class Anonymiser:
    """Anonymises people of one kind within a session's transaction; counts what it did."""

    def __init__(self, session: Session, user: str) -> None:
        self.session = session
        self.user = user
        self.counts: Counter[str] = Counter()
        # Records of other kinds whose searchable text changed (entity → ids).
        self.reindex: dict[str, set[int]] = {}

    def run(self, person: str, ids: Sequence[int], reason: str) -> None:
        for chunk in chunks(list(ids)):
            self._chunk(person, chunk, reason)

    def _chunk(self, person: str, ids: list[int], reason: str) -> None:
        s = self.session
        table = _t(PEOPLE[person])
        rows = s.execute(
            select(table.c.id, table.c.last_name, table.c.first_name).where(table.c.id.in_(ids))
        )
        names = {i: ", ".join(p for p in (last, first) if p) for i, last, first in rows}
        s.execute(
            update(table).where(table.c.id.in_(ids)).values(**person_values(person, self.user))
        )
        self.counts[person] += len(ids)
        audit_targets: dict[str, list[int]] = {person: ids}

        consent = _t(m.Consent)
        owner = consent.c[f"{person}_id"]
        consent_ids = _ids(s, owner, ids, consent)
        if consent_ids:
            s.execute(delete(consent).where(consent.c.id.in_(consent_ids)))
            self.counts["consent"] += len(consent_ids)
            # A deleted row's number may be given again: its log entries go with it.
            audit = _t(m.AuditEntry)
            s.execute(
                delete(audit).where(audit.c.entity == "consent", audit.c.entity_id.in_(consent_ids))
            )

        note = _t(m.ContactNote)
        own_notes = _ids(s, note.c[f"{person}_id"], ids, note)
        pairing_ids: list[int] = []
        request_ids: list[int] = []
        snooze_keys: list[str] = [f"consent:{person}:{i}:" for i in ids]
        if person == "volunteer":
            clearance = _t(m.PoliceClearance)
            gone = s.execute(delete(clearance).where(clearance.c.volunteer_id.in_(ids)))
            self.counts["police_clearance"] += getattr(gone, "rowcount", 0) or 0
            snooze_keys += [f"clearance:{i}:" for i in ids]
            consultation = _t(m.Consultation)
            cids = _ids(s, consultation.c.volunteer_id, ids, consultation)
            if cids:
                s.execute(
                    update(consultation)
                    .where(consultation.c.id.in_(cids))
                    .values(notes=None, topic=ANON)
                )
            audit_targets["consultation"] = cids
            hours = _t(m.HoursEntry)
            hids = _ids(s, hours.c.volunteer_id, ids, hours)
            if hids:
                s.execute(update(hours).where(hours.c.id.in_(hids)).values(description=None))
            audit_targets["hours_entry"] = hids
            self._rename_in_audit(names)
        if person in ("volunteer", "newcomer"):
            pairing = _t(m.Pairing)
            pairing_ids = _ids(s, pairing.c[f"{person}_id"], ids, pairing)
            if pairing_ids:
                s.execute(
                    update(pairing)
                    .where(pairing.c.id.in_(pairing_ids))
                    .values(notes=None, end_note=None, focus=None)
                )
            snooze_keys += [f"checkin:{i}:" for i in pairing_ids]
        if person == "newcomer":
            request = _t(m.HelpRequest)
            request_ids = _ids(s, request.c.newcomer_id, ids, request)
            if request_ids:
                s.execute(
                    update(request)
                    .where(request.c.id.in_(request_ids))
                    .values(title=ANON, description=None, outcome=None, requester=None)
                )
                self.reindex.setdefault("help_request", set()).update(request_ids)
            snooze_keys += [f"request:{i}:" for i in request_ids]
        audit_targets["pairing"] = pairing_ids
        audit_targets["help_request"] = request_ids

        related_notes = list(own_notes)
        for column, owners in (("pairing_id", pairing_ids), ("request_id", request_ids)):
            for part in chunks(owners):
                related_notes += _ids(s, note.c[column], part, note)
        for part in chunks(related_notes):
            s.execute(update(note).where(note.c.id.in_(part)).values(subject=None, text=None))
        self.counts["contact_note"] += len(related_notes)
        audit_targets["contact_note"] = related_notes
        snooze_keys += [f"note:{i}" for i in related_notes]

        self._clear_audit_values(audit_targets)
        self._forget_snoozes(snooze_keys)
        from .followups_reminders import forget  # their texts may name the person

        attached = [(person, ids), ("pairing", pairing_ids), ("help_request", request_ids)]
        self.counts["reminder"] += forget(s, attached)
        unindex(s, person, ids)
        s.execute(
            insert(_t(m.AuditEntry)),
            [
                {
                    "at": m.utcnow(),
                    "user": self.user,
                    "action": AuditAction.UPDATE.value,
                    "entity": person,
                    "entity_id": i,
                    "field": reason,
                    "old_value": None,
                    "new_value": ANON,
                }
                for i in ids
            ],
        )

    def _clear_audit_values(self, targets: dict[str, list[int]]) -> None:
        audit = _t(m.AuditEntry)
        for entity, ids in targets.items():
            for part in chunks(ids):
                result = self.session.execute(
                    update(audit)
                    .where(audit.c.entity == entity, audit.c.entity_id.in_(part))
                    .where(or_(audit.c.old_value.is_not(None), audit.c.new_value.is_not(None)))
                    .values(old_value=None, new_value=None)
                )
                self.counts["audit_entry"] += getattr(result, "rowcount", 0) or 0

    def _rename_in_audit(self, names: dict[int, str]) -> None:
        """Link rows are logged on their parent as "Angefragt Müller, Anna" or
        "Teilnahme Müller, Anna": name the volunteer's number instead."""
        if not names:
            return
        by_name: dict[str, int] = {n: i for i, n in names.items() if n}
        audit = _t(m.AuditEntry)
        rows = self.session.execute(
            select(audit.c.id, audit.c.field).where(
                audit.c.entity.in_(("help_request", "event")),
                or_(audit.c.field.like("Angefragt %"), audit.c.field.like("Teilnahme %")),
            )
        )
        for entry_id, field in rows.all():
            prefix, _sep, name = field.partition(" ")
            if name in by_name:
                self.session.execute(
                    update(audit)
                    .where(audit.c.id == entry_id)
                    .values(field=f"{prefix} Nr. {by_name[name]}")
                )
                self.counts["audit_entry"] += 1

    def _forget_snoozes(self, prefixes: Iterable[str]) -> None:
        wanted = tuple(prefixes)
        if not wanted:
            return
        table = _t(m.FollowUpSnooze)
        keys = [
            k
            for k in self.session.scalars(select(table.c.key))
            if k.startswith(wanted) and (not k.startswith("note:") or k in wanted)
        ]
        for part in chunks(keys):  # type: ignore[arg-type]
            self.session.execute(delete(table).where(table.c.key.in_(part)))
        self.counts["follow_up_snooze"] += len(keys)

    def finish(self) -> None:
        """Put changed records of other kinds back into the search index."""
        search = self.session.info.get("search")
        if search is None:
            return
        conn = self.session.connection()
        for entity, ids in self.reindex.items():
            model = BY_ENTITY[entity].model
            for part in chunks(sorted(ids)):
                objects = self.session.scalars(
                    select(model)
                    .where(model.id.in_(part))  # type: ignore[attr-defined]
                    .execution_options(populate_existing=True)
                )
                docs = [d for obj in objects if (d := document_of(obj)) is not None]
                search.put_many(conn, docs)
        self.reindex.clear()


def unindex(session: Session, entity: str, ids: Sequence[int]) -> None:
    """Remove records from the search index (both kinds of index)."""
    if not ids:
        return
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        base = BY_ENTITY[entity].code * 10**12
        conn.exec_driver_sql("DELETE FROM search_fts WHERE rowid = ?", [(base + i,) for i in ids])
        return
    table = _t(m.SearchEntry)
    for part in chunks(list(ids)):
        session.execute(delete(table).where(table.c.entity == entity, table.c.entity_id.in_(part)))


def optimise_index(session: Session) -> None:
    """Merge the FTS5 index into one segment: deleted rows' terms leave the file's
    pages (until then FTS5 keeps them in old segments behind a delete marker)."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES('optimize')")
