"""Writing a prepared import: all rows in one transaction, through the fast bulk path,
as one ImportBatch that can be undone as a whole while its records are untouched.

A cancel (the ``cancel`` callback returns True) or any error rolls everything back;
a killed process leaves the database as it was, since nothing is committed before the
last row is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import insert, select, update

from .. import models as m
from ..bulk import Writer, collector_paused, enlarge_sqlite_cache
from ..changes import Changes
from ..dates import add_years
from ..db import Database
from ..enums import AuditAction, ImportStatus, LanguageLevel, NewcomerKind, VolunteerStatus
from ..errors import ServiceError
from ..i18n import N_, _
from ..models import utcnow
from .fill import LANGUAGE_LINKS, MODELS, NOT_COLUMNS, Filler, Refused, consent_note
from .plan import ImportPlan, PlanCounts, RowResult, new_status
from .undo import undo_import  # noqa: F401  (where callers have found it)
from .values import split_name

SKIP, FILL, UPDATE, CREATE = "skip", "fill", "update", "create"
ON_DUPLICATE = (SKIP, FILL, UPDATE, CREATE)
CHUNK = 500  # rows between progress reports and cancel checks

_MODELS = MODELS
_LANGUAGE_LINKS = LANGUAGE_LINKS
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
    created_duplicates: int = 0  # duplicates the user chose to create anyway
    active_without_consent: int = 0
    held_back: int = 0  # new people »interessiert« instead of »aktiv« (no consent listed)
    unchanged: int = 0  # duplicates to fill or update whose record needed no change
    # duplicates not filled because the record would break a rule: (sheet row, why)
    refused: list[tuple[int, str]] = field(default_factory=list)
    withdrawn: int = 0  # consents of the list not recorded: withdrawn since
    status: VolunteerStatus | None = None  # chosen for new volunteers (None: »aktiv«)
    rejected: list[RowResult] = field(default_factory=list)
    counts: PlanCounts | None = None  # the preview's numbers, which the summary repeats

    @property
    def duplicates(self) -> int:
        return self.skipped_duplicates + self.updated + self.unchanged + self.created_duplicates

    def as_dict(self) -> dict[str, Any]:
        return {
            "batch_id": self.batch_id,
            "created": self.created,
            "updated": self.updated,
            "skipped_duplicates": self.skipped_duplicates,
            "errors": self.errors,
            "warnings": self.warnings,
            "created_duplicates": self.created_duplicates,
            "unchanged": self.unchanged,
            "not_filled": [{"row": row, "reason": why} for row, why in self.refused],
            "consents_withdrawn_since": self.withdrawn,
            "held_back": self.held_back,
            "active_without_consent": self.active_without_consent,
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
        if self.refused:
            parts.append(
                counted(
                    len(self.refused),
                    N_("1 Dublette nicht ergänzt (widerspräche den Regeln)"),
                    N_("{n} Dubletten nicht ergänzt (widersprächen den Regeln)"),
                )
            )
        if self.withdrawn:
            parts.append(
                counted(
                    self.withdrawn,
                    N_("1 Einwilligung nicht übernommen (seitdem widerrufen)"),
                    N_("{n} Einwilligungen nicht übernommen (seitdem widerrufen)"),
                )
            )
        if self.unchanged:
            parts.insert(
                3,
                counted(
                    self.unchanged,
                    N_("1 Dublette ohne Änderung"),
                    N_("{n} Dubletten ohne Änderung"),
                ),
            )
        return ", ".join(parts) + "."


def run_import(
    db: Database,
    plan: ImportPlan,
    *,
    file_name: str,
    sheet: str | None = None,
    on_duplicate: str = SKIP,
    decisions: Mapping[int, str] | None = None,
    active_without_consent: bool = False,
    status: VolunteerStatus | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the plan's rows (rows with errors never). A duplicate is skipped, fills the
    empty fields of the record it duplicates, updates the fields that differ, or is
    created anyway: as ``decisions`` says for its sheet row, else as ``on_duplicate``.
    People without consent in the list are "interessiert" rather than "aktiv" unless
    ``active_without_consent``. New volunteers whose row gives neither a status nor a
    leaving date get ``status`` (None: »aktiv«, as before)."""
    with collector_paused():
        return _run_import(
            db,
            plan,
            file_name=file_name,
            sheet=sheet,
            on_duplicate=on_duplicate,
            decisions=decisions,
            active_without_consent=active_without_consent,
            status=status,
            progress=progress,
            cancel=cancel,
        )


def _run_import(
    db: Database,
    plan: ImportPlan,
    *,
    file_name: str,
    sheet: str | None,
    on_duplicate: str,
    decisions: Mapping[int, str] | None,
    active_without_consent: bool,
    status: VolunteerStatus | None,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> ImportResult:
    chosen = dict(decisions or {})
    for choice in {on_duplicate, *chosen.values()}:
        if choice not in ON_DUPLICATE:
            raise ServiceError(_("Unbekannte Wahl für Dubletten: {value}.", value=choice))
    counts = plan.counts()
    result = ImportResult(None, counts=counts)
    result.status = status if plan.entity == "volunteer" else None
    result.rejected = [r for r in plan.rows if r.errors]
    result.errors = counts.error
    result.warnings = counts.warning
    total = len(plan.rows)
    from ..backup import before_import

    before_import(db)  # a checked backup of the state before, kept by rotation
    now = utcnow()
    today = dt.date.today()
    from ..services.volunteers import VolunteerService

    clearance_years = VolunteerService(db).clearance_years()  # the office's setting
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
        fills: list[tuple[RowResult, str]] = []
        created_in_file: dict[int, int] = {}  # sheet row → new id (for in-file fills)
        consent_notes: dict[bool, str] = {}  # dated or not → the consent's note
        for index, row in enumerate(plan.rows):
            if index % CHUNK == 0:
                if cancel is not None and cancel():
                    raise ImportCancelled()
                if progress is not None:
                    progress(index, total)
            if row.errors:
                continue
            choice = chosen.get(row.row, on_duplicate)
            if row.duplicate is not None and choice != CREATE:
                if choice in (FILL, UPDATE):
                    fills.append((row, choice))
                else:
                    result.skipped_duplicates += 1
                continue
            if plan.entity == "volunteer":
                given = new_status(row, status, active_without_consent)
                if row.held_back and given == VolunteerStatus.ACTIVE:
                    result.active_without_consent += 1
                elif row.held_back and given == VolunteerStatus.INTERESTED and status in (
                    None,
                    VolunteerStatus.ACTIVE,
                ):
                    result.held_back += 1  # »interessiert« instead of »aktiv«
                if given != row.values.get("status"):
                    row = replace(row, values={**row.values, "status": given})
            record_id = _create(
                writer,
                plan.entity,
                row,
                batch_id,
                now,
                today,
                languages,
                db.user,
                clearance_years,
                file_name,
                consent_notes,
            )
            created_in_file[row.row] = record_id
            result.created += 1
            if row.duplicate is not None:
                result.created_duplicates += 1
        writer.flush()
        filler = Filler(conn, db, plan.entity, now, today, languages, file_name, batch_id)
        for row, choice in fills:
            duplicate = row.duplicate
            assert duplicate is not None
            target = duplicate.existing_id
            if target is None and duplicate.row is not None:
                target = created_in_file.get(duplicate.row)
            if target is None:
                result.skipped_duplicates += 1
                continue
            try:
                changed = filler.fill(target, row, overwrite=choice == UPDATE)
            except Refused as exc:  # the record stays as it is; the summary says why
                result.refused.append((row.row, exc.message))
                continue
            if changed:
                result.updated += 1
                audit.extend(
                    {**_audit(now, db.user, plan.entity, target, batch_id), **entry}
                    for entry in changed
                )
            else:
                result.unchanged += 1  # nothing the record lacked or that changed
        result.withdrawn = filler.withdrawn
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
                rows_created=result.created,
                rows_updated=result.updated,
                rows_skipped=result.skipped_duplicates + result.unchanged + len(result.refused),
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
    if result.created > 1000 or not db.is_sqlite:
        # a server plans blind without fresh statistics (a second instead of
        # milliseconds for a question over a table that grew from nothing)
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


_NOT_COLUMNS = NOT_COLUMNS


def _create(
    writer: Writer,
    entity: str,
    row: RowResult,
    batch_id: int,
    now: dt.datetime,
    today: dt.date,
    languages: dict[str, int],
    user: str,
    clearance_years: int = m.PoliceClearance.VALID_YEARS,
    file_name: str = "",
    consent_notes: dict[bool, str] | None = None,
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
            if values.get("status") == VolunteerStatus.ACTIVE and not values.get("since"):
                values["since"] = today  # as when staff make someone »aktiv«
        if row.consent:  # the consent written below: its day kept on the person at once
            values["consent_on"] = row.consent_on or today
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
        spoken = []
        for entry in row.values.get("languages") or []:
            code, level = entry if isinstance(entry, tuple) else (entry, None)
            language_id = languages.get(code)
            if language_id is None:
                continue
            spoken.append(
                {
                    owner: record_id,
                    "language_id": language_id,
                    level_column: LanguageLevel(level) if level else default,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        writer.add_links(link_table, spoken)
    if entity == "volunteer":
        writer.add_links(
            "volunteer_activity",
            [
                {
                    "volunteer_id": record_id,
                    "activity_field_id": field_id,
                    "created_at": now,
                    "updated_at": now,
                }
                for field_id in row.values.get("activity_field_ids") or []
            ],
        )
        if row.clearance_seen_on is not None:
            writer.add(
                "police_clearance",
                today,
                {
                    "volunteer_id": record_id,
                    "issued_on": row.clearance_seen_on,
                    "seen_on": row.clearance_seen_on,
                    "valid_until": add_years(row.clearance_seen_on, clearance_years),
                    "seen_by": user,
                    "created_at": now,
                    "updated_at": now,
                },
            )
    if row.consent and entity in ("volunteer", "newcomer"):
        dated = row.consent_on is not None
        note = consent_notes.get(dated) if consent_notes is not None else None
        if note is None:
            note = consent_note(row, file_name, batch_id)
            if consent_notes is not None:  # the same for every row of this import
                consent_notes[dated] = note
        writer.add_links(
            "consent",
            [
                {
                    f"{entity}_id": record_id,
                    "given_on": row.consent_on or today,
                    "storage": True,
                    "note": note,
                    "created_at": now,
                    "updated_at": now,
                }
            ],
        )
    return record_id


def _default(entity: str) -> Any:
    return 0 if entity == "volunteer" else NewcomerKind.PERSON


def entity_label(entity: str) -> str:
    label = _ENTITY_LABELS.get(entity)
    return _(label) if label else entity
