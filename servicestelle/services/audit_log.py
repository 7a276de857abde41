"""Reading the audit log (Protokoll): who changed what and when, filtered by record,
user and date range, counted and paged in the database. Read-only: the program has no
function that edits or deletes audit entries (erasure on request removes values)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select

from .. import models as m
from ..db import Database
from ..enums import AuditAction
from ..i18n import N_, _

A = m.AuditEntry


@dataclass(frozen=True)
class AuditQuery:
    entity: str | None = None  # table name: volunteer, newcomer, pairing …
    entity_id: int | None = None
    user: str | None = None
    date_from: dt.date | None = None  # inclusive, by the day in UTC as stored
    date_to: dt.date | None = None  # inclusive


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # UTC
    user: str
    action: str  # in the current language
    entity: str
    entity_label: str  # in the current language
    entity_id: int
    field: str | None
    old_value: str | None
    new_value: str | None


def entity_labels() -> dict[str, str]:
    """Table name → German label of every kind of record the log can name."""
    labels = {}
    for mapper in m.Base.registry.mappers:
        label = getattr(mapper.class_, "__label__", "")
        if label and mapper.local_table is not None:
            labels[mapper.local_table.name] = label  # type: ignore[attr-defined]
    return labels


# Values kept beside a record's fields (its link rows), as the log names them.
_LINKED = {"languages": N_("Sprachen"), "activity_field_ids": N_("Tätigkeitsfelder")}


def field_label(entity: str, field: str | None) -> str | None:
    """A logged field as staff know it (»Aktiv seit«, not ``since``), in the current
    language; a name no service knows stays as it is."""
    if not field:
        return field
    spec = _fields_of(entity).get(field)
    if spec is not None:
        return spec.label
    return _(_LINKED[field]) if field in _LINKED else field


@functools.cache
def _fields_of(entity: str) -> Mapping[str, Any]:
    """The fields of the service whose records are logged as ``entity``."""
    from ..kinds import KINDS
    from .base import EntityService
    from .consents import ConsentService  # noqa: F401  (a subclass the walk finds)

    if entity in KINDS:
        return KINDS[entity].service_class.fields
    found: list[type[EntityService[Any]]] = list(EntityService.__subclasses__())
    while found:
        service = found.pop()
        if getattr(service, "entity", None) == entity:
            return getattr(service, "fields", {})
        found.extend(service.__subclasses__())
    return {}


def _conditions(query: AuditQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.entity:
        conditions.append(A.entity == query.entity)
    if query.entity_id is not None:
        conditions.append(A.entity_id == query.entity_id)
    if query.user:
        conditions.append(A.user == query.user)
    if query.date_from:
        conditions.append(A.at >= dt.datetime.combine(query.date_from, dt.time()))
    if query.date_to:
        end = dt.datetime.combine(query.date_to + dt.timedelta(days=1), dt.time())
        conditions.append(A.at < end)
    return conditions


class AuditLogService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.labels = {table: _(label) for table, label in entity_labels().items()}

    def count(self, query: AuditQuery) -> int:
        with self.db.read() as session:
            stmt = select(func.count()).select_from(A).where(*_conditions(query))
            return int(session.execute(stmt).scalar_one())

    def page(self, query: AuditQuery, offset: int, limit: int) -> list[AuditRow]:
        """Newest first."""
        stmt = (
            select(A)
            .where(*_conditions(query))
            .order_by(A.at.desc(), A.id.desc())
            .offset(offset)
            .limit(limit)
        )
        with self.db.read() as session:
            return [self._row(e) for e in session.scalars(stmt)]

    def _row(self, entry: Any) -> AuditRow:
        action = entry.action
        return AuditRow(
            entry.id,
            entry.at,
            entry.user,
            action.label if isinstance(action, AuditAction) else str(action),
            entry.entity,
            self.labels.get(entry.entity, entry.entity),
            entry.entity_id,
            field_label(entry.entity, entry.field),
            entry.old_value,
            entry.new_value,
        )

    def users(self) -> list[str]:
        with self.db.read() as session:
            return list(session.scalars(select(A.user).distinct().order_by(A.user)))

    def entities(self) -> list[tuple[str, str]]:
        """(table name, label) of the kinds of record present in the log."""
        with self.db.read() as session:
            present = list(session.scalars(select(A.entity).distinct()))
        return sorted(((e, self.labels.get(e, e)) for e in present), key=lambda p: p[1])


def log_export(db: Database, entity: str, what: str) -> None:
    """Note in the audit log that personal data of ``entity`` left the program: who
    (the acting staff member), when, and ``what`` (the list, its filter, the rows, the
    file's name)."""
    with db.session() as session:
        session.add(
            m.AuditEntry(
                user=db.user,
                action=AuditAction.EXPORT,
                entity=entity,
                entity_id=0,
                field=None,
                old_value=None,
                new_value=what[:2000],
            )
        )


def describe_query(service: Any, query: Any) -> str:
    """A list's filter and search as a short German text (»Stadtteil: 3; Suche: Müller«)."""
    parts = []
    for key, value in (query.filters or {}).items():
        spec = service.filters.get(key)
        label = spec.label if spec is not None else key
        shown = ", ".join(map(str, value)) if isinstance(value, list | tuple | set) else value
        parts.append(f"{label}: {shown}")
    if query.text:
        parts.append(_("Suche: {text}", text=query.text))
    if query.include_archived:
        parts.append(_("mit archivierten"))
    return "; ".join(parts) or _("ohne Filter")
