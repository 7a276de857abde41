"""The access report (Auskunft, Art. 15 DSGVO): everything stored about one person.

``access_report(db, person, id)`` returns plain, JSON-ready data:

- ``person``: every column of the person's record;
- ``records``: for every table that refers to the person (found from the data model's
  foreign keys, so a table added later is included without a change here) its rows,
  each with every column, and readable names of what they point at (``…_name``);
- ``related_contact_notes``: contact notes on the person's pairings and help requests;
- ``import_batch``: the import the record came from, if any;
- ``audit_log``: every change recorded on the person's record and on the rows above;
- ``follow_ups``: follow-ups moved on or marked as done for the person;
- ``meta``: when, by whom, for which office, with the retention periods.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, and_, or_, select
from sqlalchemy.orm import Session

from .. import models as m
from ..db import Database
from ..errors import NotFoundError, ServiceError
from ..i18n import N_, _
from .privacy_anon import PEOPLE
from .privacy_erase import _referencing
from .settings import SettingsService

SCHEMA = "servicestelle-auskunft/1"
_NAMED_BY = ("name", "title", "topic", "programme")


def plain(value: Any) -> Any:
    """A column value as JSON can hold it (dates as ISO text, enums by value)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return value


def _row(table: Table, row: Any) -> dict[str, Any]:
    return {c.name: plain(row._mapping[c]) for c in table.columns}


class _Names:
    """Readable names of referenced rows (a language, an event, the other person)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[tuple[str, int], str | None] = {}

    def of(self, table: Table, record_id: int) -> str | None:
        key = (table.name, record_id)
        if key not in self.cache:
            row = self.session.execute(select(table).where(table.c.id == record_id)).first()
            self.cache[key] = None if row is None else self._label(table, row._mapping)
        return self.cache[key]

    @staticmethod
    def _label(table: Table, row: Any) -> str | None:
        if "last_name" in table.c:
            return ", ".join(p for p in (row["last_name"], row["first_name"]) if p)
        for name in _NAMED_BY:
            if name in table.c and row[name]:
                if "starts_at" in table.c and row["starts_at"]:
                    return f"{row[name]} ({row['starts_at']:%d.%m.%Y})"
                return str(row[name])
        return None

    def add(self, table: Table, data: dict[str, Any], skip: str) -> dict[str, Any]:
        for column in table.columns:
            if column.name == skip or data.get(column.name) is None:
                continue
            for fk in column.foreign_keys:
                label = self.of(fk.column.table, data[column.name])  # type: ignore[arg-type]
                if label:
                    data[column.name.removesuffix("_id") + "_name"] = label
        return data


def _audited(table: Table) -> bool:
    """Tables whose rows have their own audit entries (link rows log on their parent)."""
    for mapper in m.Base.registry.mappers:
        if mapper.local_table is table:
            return not hasattr(mapper.class_, "__audit_parent__") and table.name not in (
                "audit_entry",
                "follow_up_snooze",
            )
    return False


def access_report(db: Database, person: str, person_id: int) -> dict[str, Any]:
    model = PEOPLE.get(person)
    if model is None:
        raise ServiceError(_("Eine Auskunft gibt es für »{p}« nicht.", p=person))
    table: Table = model.__table__  # type: ignore[assignment]
    settings = SettingsService(db)
    with db.read() as session:
        row = session.execute(select(table).where(table.c.id == person_id)).first()
        if row is None:
            raise NotFoundError(model.__label__, person_id)
        names = _Names(session)
        data = names.add(table, _row(table, row), "id")
        records: dict[str, list[dict[str, Any]]] = {}
        audit_keys: list[tuple[str, list[int]]] = [(person, [person_id])]
        for ref_table, column in _referencing(person):
            rows = session.execute(
                select(ref_table).where(column == person_id).order_by(*ref_table.primary_key)
            ).all()
            if not rows:
                continue
            records.setdefault(ref_table.name, []).extend(
                names.add(ref_table, _row(ref_table, r), column.name) for r in rows
            )
            if _audited(ref_table):
                audit_keys.append((ref_table.name, [r._mapping["id"] for r in rows]))
        related = _related_notes(session, records)
        audit_keys.append(("contact_note", [n["id"] for n in related]))
        batch = None
        if data.get("import_batch_id"):
            batch_table: Table = m.ImportBatch.__table__  # type: ignore[assignment]
            found = session.execute(
                select(batch_table).where(batch_table.c.id == data["import_batch_id"])
            ).first()
            batch = _row(batch_table, found) if found else None
        audit = _audit_log(session, audit_keys)
        follow_ups = _follow_ups(session, person, person_id, records)
    return {
        "schema": SCHEMA,
        "meta": {
            "created_at": dt.datetime.now().isoformat(timespec="seconds"),
            "created_by": db.user,
            "office": settings.get("office.name"),
            "office_address": settings.get("office.address"),
            "person_kind": person,
            "person_label": model.__label__,
            "retention": {k: v for k, v in settings.all().items() if k.startswith("retention.")},
        },
        "person": data,
        "records": records,
        "related_contact_notes": related,
        "import_batch": batch,
        "audit_log": audit,
        "follow_ups": follow_ups,
    }


def _related_notes(
    session: Session, records: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    note: Table = m.ContactNote.__table__  # type: ignore[assignment]
    conditions = []
    for key, column in (("pairing", note.c.pairing_id), ("help_request", note.c.request_id)):
        ids = [r["id"] for r in records.get(key, [])]
        if ids:
            conditions.append(column.in_(ids))
    if not conditions:
        return []
    rows = session.execute(
        select(note).where(or_(*conditions)).order_by(note.c.noted_on, note.c.id)
    )
    return [_row(note, r) for r in rows]


def _audit_log(session: Session, keys: list[tuple[str, list[int]]]) -> list[dict[str, Any]]:
    audit: Table = m.AuditEntry.__table__  # type: ignore[assignment]
    conditions = [
        and_(audit.c.entity == entity, audit.c.entity_id.in_(ids)) for entity, ids in keys if ids
    ]
    rows = session.execute(select(audit).where(or_(*conditions)).order_by(audit.c.at, audit.c.id))
    return [_row(audit, r) for r in rows]


def _follow_ups(
    session: Session, person: str, person_id: int, records: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    prefixes = [f"consent:{person}:{person_id}:"]
    if person == "volunteer":
        prefixes.append(f"clearance:{person_id}:")
    prefixes += [f"checkin:{r['id']}:" for r in records.get("pairing", [])]
    prefixes += [f"request:{r['id']}:" for r in records.get("help_request", [])]
    notes = {f"note:{r['id']}" for r in records.get("contact_note", [])}
    table: Table = m.FollowUpSnooze.__table__  # type: ignore[assignment]
    return [
        _row(table, r)
        for r in session.execute(select(table).order_by(table.c.key))
        if r.key.startswith(tuple(prefixes)) or r.key in notes
    ]


def log_access_report(db: Database, person: str, person_id: int, what: str) -> None:
    """Note in the audit log that an access report was issued (on the person's record,
    so that an erasure takes the entry with it)."""
    from ..enums import AuditAction

    with db.session() as session:
        session.add(
            m.AuditEntry(
                user=db.user,
                action=AuditAction.EXPORT,
                entity=person,
                entity_id=person_id,
                field=N_("Auskunft (Art. 15 DSGVO)"),
                old_value=None,
                new_value=what[:2000],
            )
        )
