"""Writing a prepared import: all rows in one transaction, through the fast bulk path,
as one ImportBatch that can be undone as a whole while its records are untouched.

A cancel (the ``cancel`` callback returns True) or any error rolls everything back;
a killed process leaves the database as it was, since nothing is committed before the
last row is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from .. import models as m
from ..bulk import Writer, enlarge_sqlite_cache
from ..changes import Changes
from ..collation import sort_key
from ..db import Database
from ..enums import AuditAction, ImportStatus, LanguageLevel
from ..errors import ServiceError
from ..i18n import N_, _
from ..models import utcnow
from .plan import ImportPlan, RowResult
from .values import split_name

SKIP, FILL, CREATE = "skip", "fill", "create"
ON_DUPLICATE = (SKIP, FILL, CREATE)
CHUNK = 500  # rows between progress reports and cancel checks

_MODELS: dict[str, Any] = {
    "volunteer": m.Volunteer,
    "newcomer": m.Newcomer,
    "organisation": m.Organisation,
}
_LANGUAGE_LINKS = {
    "volunteer": ("volunteer_language", "volunteer_id", "level", LanguageLevel.GOOD),
    "newcomer": ("newcomer_language", "newcomer_id", "level", LanguageLevel.NATIVE),
}
_ENTITY_LABELS = {
    "volunteer": N_("Ehrenamtliche"),
    "newcomer": N_("Neuzugewanderte"),
    "organisation": N_("Organisationen"),
}


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(_("Import abgebrochen – es wurde nichts gespeichert."))


@dataclass
class ImportResult:
    batch_id: int | None
    created: int = 0
    updated: int = 0
    skipped_duplicates: int = 0
    errors: int = 0
    warnings: int = 0
    rejected: list[RowResult] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "batch_id": self.batch_id,
            "created": self.created,
            "updated": self.updated,
            "skipped_duplicates": self.skipped_duplicates,
            "errors": self.errors,
            "warnings": self.warnings,
        }

    def summary(self) -> str:
        """One German sentence: what the import did."""

        def counted(count: int, one: str, many: str) -> str:
            return _(one) if count == 1 else _(many, n=count)

        parts = [
            _("{n} neu angelegt", n=self.created),
            _("{n} ergänzt", n=self.updated),
            counted(
                self.skipped_duplicates,
                N_("1 Dublette übersprungen"),
                N_("{n} Dubletten übersprungen"),
            ),
            counted(
                self.errors,
                N_("1 Zeile mit Fehlern nicht importiert"),
                N_("{n} Zeilen mit Fehlern nicht importiert"),
            ),
            counted(self.warnings, N_("1 mit Hinweisen"), N_("{n} mit Hinweisen")),
        ]
        return ", ".join(parts) + "."


def run_import(
    db: Database,
    plan: ImportPlan,
    *,
    file_name: str,
    sheet: str | None = None,
    on_duplicate: str = SKIP,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the plan's rows (rows with errors never). Duplicates are skipped, fill the
    empty fields of the record they duplicate, or are created anyway."""
    if on_duplicate not in ON_DUPLICATE:
        raise ServiceError(_("Unbekannte Wahl für Dubletten: {value}.", value=on_duplicate))
    result = ImportResult(None)
    result.rejected = [r for r in plan.rows if r.errors]
    result.errors = len(result.rejected)
    result.warnings = sum(1 for r in plan.rows if r.warnings and not r.errors)
    total = len(plan.rows)
    from ..backup import before_import

    before_import(db)  # a checked backup of the state before, kept by rotation
    now = utcnow()
    today = dt.date.today()
    with db.engine.begin() as conn:
        restore = enlarge_sqlite_cache(conn, total)
        writer = Writer(db, conn, now, total, None, author=db.user)
        batch_id = conn.execute(
            insert(m.ImportBatch.__table__).values(
                entity=plan.entity,
                file_name=file_name[:260],
                sheet=(sheet or "")[:120] or None,
                status=ImportStatus.DONE,
                started_at=now,
                finished_at=now,
                rows_total=total,
                mapping={plan.headers[c]: k for c, k in plan.mapping.items()},
                created_at=now,
                updated_at=now,
                created_by=db.user,
                updated_by=db.user,
                version=1,
            )
        ).inserted_primary_key[0]
        result.batch_id = batch_id
        languages = dict(conn.execute(select(m.Language.code, m.Language.id)).all())
        audit: list[dict[str, Any]] = []
        fills: list[RowResult] = []
        created_in_file: dict[int, int] = {}  # sheet row → new id (for in-file fills)
        for index, row in enumerate(plan.rows):
            if index % CHUNK == 0:
                if cancel is not None and cancel():
                    raise ImportCancelled()
                if progress is not None:
                    progress(index, total)
            if row.errors:
                continue
            duplicate = row.duplicate
            if duplicate is not None and on_duplicate != CREATE:
                if on_duplicate == FILL:
                    fills.append(row)
                else:
                    result.skipped_duplicates += 1
                continue
            record_id = _create(writer, plan.entity, row, batch_id, now, today, languages, db.user)
            created_in_file[row.row] = record_id
            result.created += 1
        writer.flush()
        for row in fills:
            target = row.duplicate.existing_id if row.duplicate else None
            if target is None and row.duplicate is not None and row.duplicate.row is not None:
                target = created_in_file.get(row.duplicate.row)
            if target is None:
                result.skipped_duplicates += 1
                continue
            changed = _fill(conn, db, plan.entity, target, row, now)
            if changed:
                result.updated += 1
                audit.extend(
                    {**_audit(now, db.user, plan.entity, target, batch_id), **entry}
                    for entry in changed
                )
            else:
                result.skipped_duplicates += 1
        if result.created:  # one entry for all: each record names its import
            audit.append(
                {
                    **_audit(now, db.user, plan.entity, 0, batch_id),
                    "new_value": _(
                        "Import Nr. {batch} aus »{file}«: {n} Einträge angelegt",
                        batch=batch_id,
                        file=file_name,
                        n=result.created,
                    ),
                }
            )
        if audit:
            for start in range(0, len(audit), 5000):
                conn.execute(insert(m.AuditEntry.__table__), audit[start : start + 5000])
        conn.execute(
            update(m.ImportBatch.__table__)
            .where(m.ImportBatch.id == batch_id)
            .values(
                rows_imported=result.created + result.updated,
                rows_rejected=result.errors,
                finished_at=utcnow(),
                note=result.summary(),
            )
        )
        if cancel is not None and cancel():
            raise ImportCancelled()
        if restore is not None:
            conn.exec_driver_sql(f"PRAGMA cache_size = {restore}")
        if progress is not None:
            progress(total, total)
    if result.created > 1000:
        db.optimize()
    db.notify(
        Changes.of([plan.entity, *(["contact_person"] if plan.entity == "organisation" else [])])
    )
    return result


def _audit(
    now: dt.datetime, user: str, entity: str, record_id: int, batch_id: int
) -> dict[str, Any]:
    return {
        "at": now,
        "user": user,
        "action": AuditAction.CREATE,
        "entity": entity,
        "entity_id": record_id,
        "field": None,
        "old_value": None,
        "new_value": _("Import Nr. {batch}", batch=batch_id),
    }


_NOT_COLUMNS = ("languages", "activity_field_ids")


def _create(
    writer: Writer,
    entity: str,
    row: RowResult,
    batch_id: int,
    now: dt.datetime,
    today: dt.date,
    languages: dict[str, int],
    user: str,
) -> int:
    table = _MODELS[entity].__tablename__
    values = {k: v for k, v in row.values.items() if k not in _NOT_COLUMNS}
    values.update(created_at=now, updated_at=now)
    contact = values.pop("contact", None)
    values["import_batch_id"] = batch_id
    if entity in ("volunteer", "newcomer"):
        values.setdefault("first_name", "")
        values.setdefault("availability" if entity == "volunteer" else "kind", _default(entity))
        if entity == "volunteer":
            values.setdefault("max_pairings", 1)
    record_id = writer.add(table, today, values)
    if contact:
        first, last = split_name(contact)
        writer.add(
            "contact_person",
            today,
            {
                "organisation_id": record_id,
                "first_name": first,
                "last_name": last,
                "created_at": now,
                "updated_at": now,
            },
        )
    link = _LANGUAGE_LINKS.get(entity)
    if link is not None:
        link_table, owner, level_column, default = link
        for entry in row.values.get("languages") or []:
            code, level = entry if isinstance(entry, tuple) else (entry, None)
            language_id = languages.get(code)
            if language_id is None:
                continue
            writer.add(
                link_table,
                today,
                {
                    owner: record_id,
                    "language_id": language_id,
                    level_column: LanguageLevel(level) if level else default,
                    "created_at": now,
                    "updated_at": now,
                },
            )
    if entity == "volunteer":
        for field_id in row.values.get("activity_field_ids") or []:
            writer.add(
                "volunteer_activity",
                today,
                {
                    "volunteer_id": record_id,
                    "activity_field_id": field_id,
                    "created_at": now,
                    "updated_at": now,
                },
            )
        if row.clearance_seen_on is not None:
            writer.add(
                "police_clearance",
                today,
                {
                    "volunteer_id": record_id,
                    "issued_on": row.clearance_seen_on,
                    "seen_on": row.clearance_seen_on,
                    "seen_by": user,
                    "created_at": now,
                    "updated_at": now,
                },
            )
    if row.consent and entity in ("volunteer", "newcomer"):
        writer.add(
            "consent",
            today,
            {
                f"{entity}_id": record_id,
                "given_on": today,
                "storage": True,
                "note": _("laut importierter Liste (Import Nr. {batch})", batch=batch_id),
                "created_at": now,
                "updated_at": now,
            },
        )
    return record_id


def _default(entity: str) -> Any:
    from ..enums import NewcomerKind

    return 0 if entity == "volunteer" else NewcomerKind.PERSON


def _fill(
    conn: Any, db: Database, entity: str, record_id: int, row: RowResult, now: dt.datetime
) -> list[dict[str, Any]]:
    """Fill the empty fields of a record from a duplicate row; returns audit fields."""
    from ..audit import display

    model = _MODELS[entity]
    table = model.__table__
    current = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if current is None:
        return []
    changes: dict[str, Any] = {}
    for key, value in row.values.items():
        if key in _NOT_COLUMNS or key not in table.c or value in (None, ""):
            continue
        if current[key] in (None, ""):
            changes[key] = value
        elif key == "notes" and value not in current[key]:
            changes[key] = f"{current[key]}\n{value}"
    if not changes:
        return []
    conn.execute(
        update(table)
        .where(table.c.id == record_id)
        .values(**changes, updated_at=now, updated_by=db.user, version=table.c.version + 1)
    )
    if "last_name" in changes or "first_name" in changes:
        name = sort_key(
            changes.get("last_name", current["last_name"]),
            changes.get("first_name", current["first_name"]),
        )
        conn.execute(update(table).where(table.c.id == record_id).values(sort_key=name))
    record = conn.execute(select(table).where(table.c.id == record_id)).first()
    _reindex(conn, db, entity, record)
    return [
        {
            "action": AuditAction.UPDATE,
            "field": key,
            "old_value": display(current[key]),
            "new_value": display(value),
        }
        for key, value in changes.items()
    ]


def _reindex(conn: Any, db: Database, entity: str, record: Any) -> None:
    from ..search import BY_ENTITY, document_of

    if entity not in BY_ENTITY or record is None:
        return
    model = _MODELS[entity]
    obj = model(**dict(record._mapping))
    document = document_of(obj)
    if document is not None:
        db.search.put_many(conn, [document])


# -- undo ------------------------------------------------------------------------------------


def undo_import(db: Database, batch_id: int) -> int:
    """Remove every record an import created, if none was edited since; returns how
    many. Records only filled by the import keep their additions (say so)."""
    with db.engine.begin() as conn:
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
        table = model.__table__
        mine = table.c.import_batch_id == batch_id
        edited = conn.execute(select(func.count()).where(mine, table.c.version > 1)).scalar_one()
        if edited:
            raise ServiceError(
                _(
                    "Der Import Nr. {batch} lässt sich nicht mehr rückgängig machen: "
                    "{count} seiner Einträge wurden inzwischen bearbeitet.",
                    batch=batch_id,
                    count=edited,
                )
            )
        ids = list(conn.execute(select(table.c.id).where(mine)).scalars())
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
        conn.execute(
            update(m.ImportBatch.__table__)
            .where(m.ImportBatch.id == batch_id)
            .values(status=ImportStatus.UNDONE, updated_at=utcnow(), updated_by=db.user)
        )
        conn.execute(
            insert(m.AuditEntry.__table__),
            [
                {
                    "at": utcnow(),
                    "user": db.user,
                    "action": AuditAction.DELETE,
                    "entity": batch.entity,
                    "entity_id": 0,
                    "field": None,
                    "old_value": None,
                    "new_value": _(
                        "Import Nr. {batch} rückgängig gemacht: {count} Einträge entfernt",
                        batch=batch_id,
                        count=len(ids),
                    ),
                }
            ],
        )
    db.notify(Changes.of(["volunteer", "newcomer", "organisation", "contact_person"]))
    return len(ids)


def entity_label(entity: str) -> str:
    label = _ENTITY_LABELS.get(entity)
    return _(label) if label else entity
