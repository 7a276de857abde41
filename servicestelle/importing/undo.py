"""The import history and undoing an import.

Undo removes the records an import created, except those worked on since: a record
edited after the import (or a newer import filled it), or one that anything entered
later points to (a pairing, a contact note, hours, a new consent …). Those stay, and
``undo_preview`` names them before anything happens. Fields an import filled or
updated in records that existed before stay as they are (the audit log shows them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, func, insert, or_, select, update

from .. import models as m
from ..changes import Changes
from ..db import Database
from ..enums import AuditAction, ImportStatus
from ..errors import ServiceError
from ..i18n import _
from ..models import utcnow

_MODELS: dict[str, Any] = {
    "volunteer": m.Volunteer,
    "newcomer": m.Newcomer,
    "organisation": m.Organisation,
}
MAX_NAMES = 50  # names listed in a preview; more are counted


@dataclass
class HistoryEntry:
    """One import as the history lists it."""

    id: int
    entity: str
    file_name: str
    sheet: str | None
    at: dt.datetime
    user: str | None
    status: ImportStatus
    rows_total: int
    created: int
    updated: int
    skipped: int
    rejected: int
    removed: int
    remaining: int  # records of this import still in the database

    @property
    def undone(self) -> bool:
        return self.status == ImportStatus.UNDONE


@dataclass
class UndoPreview:
    """What undoing an import would do."""

    batch_id: int
    entity: str
    remove: int  # records that go
    keep: list[str] = field(default_factory=list)  # names of records that stay
    keep_count: int = 0
    updated: int = 0  # records that existed before and were filled or updated
    created: int = 0  # records the import created (some may be gone since)

    @property
    def nothing_to_undo(self) -> bool:
        """True when an undo would remove nothing (the import created nothing, or all
        it created is in use or gone): there is no question to ask, only to say so."""
        return self.remove == 0

    def text(self) -> str:
        """The German explanation shown before an undo (or why there is nothing to do)."""
        if self.remove == 0 and not self.keep_count:
            if self.created:
                lines = [
                    _(
                        "Die Einträge dieses Imports sind nicht mehr vorhanden – es gibt "
                        "nichts rückgängig zu machen."
                    )
                ]
            else:
                lines = [
                    _(
                        "Dieser Import hat keine Einträge angelegt – es gibt nichts "
                        "rückgängig zu machen."
                    )
                ]
            if self.updated:
                lines.append(
                    _(
                        "Was er bei vorhandenen Einträgen ergänzt hat (Felder, Sprachen, "
                        "Einwilligungen), bleibt, wie es ist."
                    )
                )
            return "\n".join(lines)
        if self.remove == 0:
            lines = [_("Es wird kein Eintrag entfernt.")]
        else:
            lines = [
                _("{n} Einträge werden entfernt.", n=self.remove)
                if self.remove != 1
                else _("1 Eintrag wird entfernt.")
            ]
        if self.keep_count:
            names = "; ".join(self.keep)  # (each name has a comma of its own)
            if self.keep_count > len(self.keep):
                names += _(" und {n} weitere", n=self.keep_count - len(self.keep))
            lines.append(
                _(
                    "{n} bleiben, weil sie seit dem Import bearbeitet oder verwendet wurden: "
                    "{names}.",
                    n=self.keep_count,
                    names=names,
                )
                if self.keep_count != 1
                else _(
                    "1 bleibt, weil er seit dem Import bearbeitet oder verwendet wurde: {names}.",
                    names=names,
                )
            )
        if self.updated:
            lines.append(
                _(
                    "Ergänzungen und Änderungen an {n} schon vorher vorhandenen Einträgen "
                    "bleiben (sie stehen im Protokoll).",
                    n=self.updated,
                )
                if self.updated != 1
                else _(
                    "Ergänzungen und Änderungen an einem schon vorher vorhandenen Eintrag "
                    "bleiben (sie stehen im Protokoll)."
                )
            )
        return "\n".join(lines)


def history(db: Database, limit: int = 200) -> list[HistoryEntry]:
    """Every import, newest first."""
    batch = m.ImportBatch
    entries = []
    with db.read() as session:
        batches = session.scalars(select(batch).order_by(batch.id.desc()).limit(limit)).all()
        remaining: dict[int, int] = {}
        for entity, model in _MODELS.items():
            ids = [b.id for b in batches if b.entity == entity]
            if not ids:
                continue
            rows = session.execute(
                select(model.import_batch_id, func.count())
                .where(model.import_batch_id.in_(ids))
                .group_by(model.import_batch_id)
            )
            remaining.update({int(i): int(n) for i, n in rows})
        for b in batches:
            entries.append(
                HistoryEntry(
                    b.id,
                    b.entity,
                    b.file_name,
                    b.sheet,
                    b.started_at,
                    b.created_by,
                    b.status,
                    b.rows_total or 0,
                    b.rows_created or 0,
                    b.rows_updated or 0,
                    b.rows_skipped or 0,
                    b.rows_rejected or 0,
                    b.rows_removed or 0,
                    remaining.get(b.id, 0),
                )
            )
    return entries


def _batch(conn: Any, batch_id: int) -> Any:
    batch = conn.execute(
        select(m.ImportBatch.__table__).where(m.ImportBatch.id == batch_id)
    ).first()
    if batch is None:
        raise ServiceError(_("Den Import Nr. {batch} gibt es nicht.", batch=batch_id))
    if batch.status == ImportStatus.UNDONE:
        raise ServiceError(
            _("Der Import Nr. {batch} wurde schon rückgängig gemacht.", batch=batch_id)
        )
    model = _MODELS.get(batch.entity)
    if model is None or "import_batch_id" not in model.__table__.c:
        raise ServiceError(_("Dieser Import lässt sich nicht rückgängig machen."))
    return batch


def _in_use(conn: Any, batch: Any) -> set[int]:
    """Ids of the import's records worked on since: edited, or pointed to by a row
    entered or changed after the import."""
    table: Table = _MODELS[batch.entity].__table__
    mine = select(table.c.id).where(table.c.import_batch_id == batch.id)
    since = batch.started_at
    used = set(
        conn.execute(
            select(table.c.id).where(
                table.c.import_batch_id == batch.id,
                table.c.version > 1,
                # (filled from a later row of the same import: not worked on since)
                or_(table.c.updated_at != since, table.c.updated_by != batch.created_by),
            )
        ).scalars()
    )
    for other in m.Base.metadata.sorted_tables:
        for key in other.foreign_keys:
            if key.column.table is not table or other is table:
                continue
            column = key.parent
            query = select(column).where(column.in_(mine)).distinct()
            later = [
                other.c[name] > since for name in ("created_at", "updated_at") if name in other.c
            ]
            if later:
                query = query.where(or_(*later))
            used.update(i for i in conn.execute(query).scalars() if i is not None)
    return used


def _name(record: Any, entity: str) -> str:
    if entity == "organisation":
        return str(record.name)
    return ", ".join(x for x in (record.last_name, record.first_name) if x)


def undo_preview(db: Database, batch_id: int) -> UndoPreview:
    """What an undo of ``batch_id`` would remove and keep (nothing is changed)."""
    with db.engine.connect() as conn:
        batch = _batch(conn, batch_id)
        table = _MODELS[batch.entity].__table__
        used = _in_use(conn, batch)
        total = conn.execute(
            select(func.count()).where(table.c.import_batch_id == batch_id)
        ).scalar_one()
        name_columns = (
            [table.c.name]
            if batch.entity == "organisation"
            else [table.c.last_name, table.c.first_name]
        )
        kept = sorted(used)
        names = [
            _name(r, batch.entity)
            for r in conn.execute(
                select(*name_columns)
                .where(table.c.id.in_(kept[:MAX_NAMES]))
                .order_by(*name_columns)
            )
        ]
    return UndoPreview(
        batch_id,
        batch.entity,
        total - len(used),
        names,
        len(used),
        int(batch.rows_updated or 0),
        int(batch.rows_created or 0),
    )


def undo_import(db: Database, batch_id: int) -> int:
    """Remove the records an import created and nobody worked on since; returns how
    many went (``undo_preview`` says which stay)."""
    with db.engine.begin() as conn:
        batch = _batch(conn, batch_id)
        table = _MODELS[batch.entity].__table__
        used = _in_use(conn, batch)
        ids = [
            i
            for i in conn.execute(
                select(table.c.id).where(table.c.import_batch_id == batch_id)
            ).scalars()
            if i not in used
        ]
        for start in range(0, len(ids), 5000):
            chunk = ids[start : start + 5000]
            for entity_id in chunk:
                db.search.remove(conn, batch.entity, entity_id)
            if batch.entity == "organisation":  # their contact persons go with them
                people = m.ContactPerson.__table__
                for person_id in conn.execute(
                    select(people.c.id).where(people.c.organisation_id.in_(chunk))
                ).scalars():
                    db.search.remove(conn, "contact_person", person_id)
            conn.execute(delete(table).where(table.c.id.in_(chunk)))
        # The records that stay keep their link: where a record came from is part of what
        # the office can tell the person (access report).
        now = utcnow()
        conn.execute(
            update(m.ImportBatch.__table__)
            .where(m.ImportBatch.id == batch_id)
            .values(
                status=ImportStatus.UNDONE,
                rows_removed=len(ids),
                updated_at=now,
                updated_by=db.user,
                version=m.ImportBatch.__table__.c.version + 1,
            )
        )
        text = _(
            "Import Nr. {batch} rückgängig gemacht: {count} Einträge entfernt",
            batch=batch_id,
            count=len(ids),
        )
        if used:
            text += _(", {n} bearbeitete behalten", n=len(used))
        conn.execute(
            insert(m.AuditEntry.__table__),
            [
                {
                    "at": now,
                    "user": db.user,
                    "action": AuditAction.DELETE,
                    "entity": batch.entity,
                    "entity_id": 0,
                    "field": None,
                    "old_value": None,
                    "new_value": text,
                }
            ],
        )
    db.notify(Changes.of(["volunteer", "newcomer", "organisation", "contact_person"]))
    return len(ids)
