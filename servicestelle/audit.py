"""The audit log and the search index, kept up to date by every flush of a session.

Services never write audit rows by hand: whatever an ORM session changes is recorded
in the same transaction, field by field (who, when, entity, id, field, old → new).
Link rows (a volunteer's languages, a request's asked volunteers …) are recorded on
their parent record, named by ``__audit_parent__``.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, event, insert, inspect
from sqlalchemy.orm import Mapper, Session, UOWTransaction, object_session

from . import models as m
from .enums import AuditAction, LabeledEnum
from .search import SearchBackend, document_of

_NOT_AUDITED = {"created_at", "updated_at", "created_by", "updated_by", "version", "sort_key"}
_NEVER = (m.AuditEntry, m.SearchEntry, m.FollowUpSnooze)  # the last keeps who and when itself


def display(value: Any) -> str | None:
    """A value as the audit log stores it: readable German text."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, LabeledEnum):
        return value.german
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def user_of(session: Session) -> str:
    return str(session.info.get("user") or "system")


def _before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    user = user_of(session)
    for obj in session.new:
        if isinstance(obj, m.Tracked):
            obj.created_by = obj.created_by or user
            obj.updated_by = user
    for obj in session.dirty:
        if isinstance(obj, m.Tracked) and session.is_modified(obj, include_collections=False):
            obj.updated_by = user


def _entry(action: AuditAction, obj: Any, field: str | None, old: Any, new: Any) -> dict[str, Any]:
    parent = getattr(type(obj), "__audit_parent__", None)
    if parent:
        entity, id_attr = parent
        return {
            "action": AuditAction.UPDATE,
            "entity": entity,
            "entity_id": getattr(obj, id_attr),
            "field": field,
            "old_value": display(old),
            "new_value": display(new),
        }
    return {
        "action": action,
        "entity": obj.__tablename__,
        "entity_id": obj.id,
        "field": field,
        "old_value": display(old),
        "new_value": display(new),
    }


def _changes(obj: Any) -> list[tuple[str, Any, Any]]:
    state = inspect(obj)
    changed = []
    for attr in state.mapper.column_attrs:
        if attr.key in _NOT_AUDITED:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if display(old) != display(new):
                changed.append((attr.key, old, new))
    return changed


def _previous_audit_value(obj: Any, changes: list[tuple[str, Any, Any]]) -> str:
    """What ``audit_value()`` said before this flush: the old column values are put
    back for a moment (in the instance's dictionary, which records no history)."""
    current = {key: obj.__dict__.get(key) for key, _old, _new in changes}
    try:
        for key, old, _new in changes:
            obj.__dict__[key] = old
        return str(obj.audit_value())
    finally:
        obj.__dict__.update(current)


def _audit_rows(session: Session) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, _NEVER):
            continue
        if hasattr(obj, "audit_field"):
            rows.append(_entry(AuditAction.UPDATE, obj, obj.audit_field(), None, obj.audit_value()))
            continue
        rows.append(_entry(AuditAction.CREATE, obj, None, None, None))
        for key, _old, new in _changes(obj):
            if display(new) is not None:
                rows.append(_entry(AuditAction.CREATE, obj, key, None, new))
    for obj in session.dirty:
        if isinstance(obj, _NEVER) or not session.is_modified(obj, include_collections=False):
            continue
        if hasattr(obj, "audit_field"):
            changes = _changes(obj)
            if changes:
                old = _previous_audit_value(obj, changes)
                rows.append(
                    _entry(AuditAction.UPDATE, obj, obj.audit_field(), old, obj.audit_value())
                )
            continue
        rows.extend(_entry(AuditAction.UPDATE, obj, k, o, n) for k, o, n in _changes(obj))
    return rows


def _write(conn: Connection, session: Session, rows: list[dict[str, Any]]) -> None:
    changes = session.info.get("changes")
    if changes is not None:  # reported to the screens after the commit
        for row in rows:
            changes.add(row["entity"], row["entity_id"])
    if rows and session.info.get("audit", True):
        user = user_of(session)
        now = m.utcnow()
        for row in rows:
            row["user"] = user
            row["at"] = now
        conn.execute(insert(m.AuditEntry.__table__), rows)


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    conn = session.connection()
    _write(conn, session, _audit_rows(session))
    search: SearchBackend | None = session.info.get("search")
    if search is not None:
        documents = [
            doc for obj in (*session.new, *session.dirty) if (doc := document_of(obj)) is not None
        ]
        search.put_many(conn, documents)


def _after_delete(_mapper: Mapper[Any], conn: Connection, obj: Any) -> None:
    """Deletions (including orphaned link rows, which only the flush discovers)."""
    session = object_session(obj)
    if session is None or isinstance(obj, _NEVER):
        return
    if hasattr(obj, "audit_field"):
        row = _entry(AuditAction.UPDATE, obj, obj.audit_field(), obj.audit_value(), None)
    else:
        row = _entry(AuditAction.DELETE, obj, None, None, None)
    _write(conn, session, [row])
    search: SearchBackend | None = session.info.get("search")
    doc = document_of(obj)
    if search is not None and doc is not None:
        search.remove(conn, doc[0], doc[1])


def install(session_class: type[Session]) -> None:
    """Attach the audit and search hooks to a session class (once)."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)
        event.listen(m.Base, "after_delete", _after_delete, propagate=True)
