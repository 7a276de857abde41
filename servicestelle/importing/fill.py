"""What a duplicate row brings to the record it duplicates, when the user chose to fill
its empty fields (»Leere Felder ergänzen«) or to update the fields that changed
(»Geänderte Felder aktualisieren«).

Besides the fields: a consent the list states is recorded when the person has none in
force (never replacing one); languages and fields of activity the record lacks are
added (none removed); a leaving date makes the person »ausgeschieden«, and on update
a status the list names is taken. Each change is one audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, insert, select, update

from .. import models as m
from ..collation import sort_key
from ..db import Database
from ..enums import AuditAction, LanguageLevel, VolunteerStatus
from ..i18n import _
from ..validation import Cleaner
from .rows import RowResult, service_fields

MODELS: dict[str, Any] = {
    "volunteer": m.Volunteer,
    "newcomer": m.Newcomer,
    "organisation": m.Organisation,
}
LANGUAGE_LINKS = {
    "volunteer": ("volunteer_language", "volunteer_id", "level", LanguageLevel.GOOD),
    "newcomer": ("newcomer_language", "newcomer_id", "level", LanguageLevel.NATIVE),
}
NOT_COLUMNS = ("languages", "activity_field_ids")
_NEVER_OVERWRITTEN = frozenset({"status", "notes", "first_name", "last_name"})


def consent_note(row: RowResult, file_name: str, batch_id: int) -> str:
    """What a consent taken from a list says of itself. Without a date in the list it
    is dated with the day the office received the list (never earlier than it can
    show it), and says so plainly."""
    if row.consent_on is not None:
        note = _(
            "laut importierter Liste »{file}« (Import Nr. {batch})", file=file_name, batch=batch_id
        )
    else:
        note = _(
            "laut Liste, Datum unbekannt – eingetragen ist der Tag des Imports "
            "(»{file}«, Import Nr. {batch})",
            file=file_name,
            batch=batch_id,
        )
    return note[:300]


def _differs(stored: Any, value: Any) -> bool:
    """A field value changed (text case aside: "J.Mueller@web.de" is unchanged)."""
    if isinstance(stored, str) and isinstance(value, str):
        return stored.casefold() != value.casefold()
    return bool(stored != value)


class Refused(Exception):
    """A fill that would break the service's rules (the record stays as it is)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Filler:
    """Fills (or updates) records from duplicate rows inside the import's transaction.
    ``withdrawn`` counts the consents of a list not recorded because the person had
    withdrawn theirs since."""

    def __init__(
        self,
        conn: Any,
        db: Database,
        entity: str,
        now: dt.datetime,
        today: dt.date,
        languages: Mapping[str, int],
        file_name: str,
        batch_id: int,
    ) -> None:
        self.conn = conn
        self.db = db
        self.entity = entity
        self.now = now
        self.today = today
        self.languages = languages
        self.file_name = file_name
        self.batch_id = batch_id
        self.withdrawn = 0
        self._names: dict[str, dict[int, str]] = {}
        self.rules = Cleaner(service_fields(entity), keep=False)

    def fill(self, record_id: int, row: RowResult, *, overwrite: bool) -> list[dict[str, Any]]:
        """Bring ``row`` into the record; the audit entries of what changed (fields the
        caller completes: ``entity``/``entity_id`` given where they are not the record)."""
        table = MODELS[self.entity].__table__
        conn = self.conn
        current = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if current is None:
            return []
        changes = self._field_changes(current, row, overwrite)
        if changes:
            self._check(current, changes)
        entries: list[dict[str, Any]] = []
        if changes:
            conn.execute(
                update(table)
                .where(table.c.id == record_id)
                .values(
                    **changes,
                    updated_at=self.now,
                    updated_by=self.db.user,
                    version=table.c.version + 1,
                )
            )
            if "last_name" in changes or "first_name" in changes:
                name = sort_key(
                    changes.get("last_name", current["last_name"]),
                    changes.get("first_name", current["first_name"]),
                )
                conn.execute(update(table).where(table.c.id == record_id).values(sort_key=name))
            from ..audit import display

            entries.extend(
                {
                    "action": AuditAction.UPDATE,
                    "field": key,
                    "old_value": display(current[key]),
                    "new_value": display(value),
                }
                for key, value in changes.items()
            )
        entries.extend(self._links(record_id, row))
        entries.extend(self._consent(record_id, row))
        if changes:
            self._reindex(conn.execute(select(table).where(table.c.id == record_id)).first())
        return entries

    def _field_changes(
        self, current: Mapping[str, Any], row: RowResult, overwrite: bool
    ) -> dict[str, Any]:
        table = MODELS[self.entity].__table__
        changes: dict[str, Any] = {}
        for key, value in row.values.items():
            if key in NOT_COLUMNS or key not in table.c or value in (None, ""):
                continue
            differs = (
                overwrite
                and key not in _NEVER_OVERWRITTEN
                and key not in row.defaulted
                and _differs(current[key], value)
            )
            if current[key] in (None, "") or differs:
                changes[key] = value
            elif key == "notes" and value not in current[key]:
                changes[key] = f"{current[key]}\n{value}"
        if self.entity == "volunteer":
            self._status(current, row, overwrite, changes)
        return changes

    def _status(
        self, current: Mapping[str, Any], row: RowResult, overwrite: bool, changes: dict[str, Any]
    ) -> None:
        """A leaving date makes the person »ausgeschieden«; an update takes the status
        the list names (never one the check put in its place for want of a consent).
        What the volunteer service does with a new status follows, as when staff set it."""
        status = row.values.get("status")
        before = current["status"]
        if changes.get("left_on") and before != VolunteerStatus.LEFT:
            changes["status"] = VolunteerStatus.LEFT
        elif (
            overwrite
            and "status" not in row.defaulted
            and not row.held_back
            and status is not None
            and status != before
        ):
            changes["status"] = status
        after = changes.get("status", before)
        if after == before:
            return
        if after == VolunteerStatus.ACTIVE and current["since"] is None:
            changes.setdefault("since", self.today)  # »Aktiv seit«: the day first active
        if after == VolunteerStatus.LEFT:
            if current["left_on"] is None:
                changes.setdefault("left_on", self.today)
        elif "left_on" not in changes and current["left_on"] is not None:
            changes["left_on"] = None  # back again: the old leaving is history
            if "left_reason" not in changes and current["left_reason"] is not None:
                changes["left_reason"] = None

    def _check(self, current: Mapping[str, Any], changes: Mapping[str, Any]) -> None:
        """Refuse changes that break a rule the record kept so far (»Ausgeschieden am«
        before »Aktiv seit«); a rule it broke before is not this import's doing."""
        known = {k: v for k, v in current.items() if k in self.rules.fields}
        before = self.rules.broken(known)
        after = self.rules.broken({**known, **changes})
        new = [message for name, message in after.items() if before.get(name) != message]
        if new:
            raise Refused(" ".join(new))

    def _links(self, record_id: int, row: RowResult) -> list[dict[str, Any]]:
        """Languages and fields of activity the record lacks, added."""
        entries = []
        link = LANGUAGE_LINKS.get(self.entity)
        if link is not None and row.values.get("languages"):
            link_table, owner, level_column, default = link
            table = m.Base.metadata.tables[link_table]
            have = set(
                self.conn.scalars(
                    select(table.c.language_id).where(table.c[owner] == record_id)
                )
            )
            added = []
            for entry in row.values["languages"]:
                code, level = entry if isinstance(entry, tuple) else (entry, None)
                language_id = self.languages.get(code)
                if language_id is None or language_id in have:
                    continue
                have.add(language_id)
                added.append(
                    {
                        owner: record_id,
                        "language_id": language_id,
                        level_column: LanguageLevel(level) if level else default,
                    }
                )
            if added:
                self._insert(table, added)
                entries.append(self._added("languages", "language", added, "language_id"))
        if self.entity == "volunteer" and row.values.get("activity_field_ids"):
            table = m.VolunteerActivity.__table__
            have = set(
                self.conn.scalars(
                    select(table.c.activity_field_id).where(table.c.volunteer_id == record_id)
                )
            )
            added = [
                {"volunteer_id": record_id, "activity_field_id": field_id}
                for field_id in dict.fromkeys(row.values["activity_field_ids"])
                if field_id not in have
            ]
            if added:
                self._insert(table, added)
                entries.append(
                    self._added("activity_field_ids", "activity_field", added, "activity_field_id")
                )
        return entries

    def _insert(self, table: Any, rows: list[dict[str, Any]]) -> None:
        tracked = {
            "created_at": self.now,
            "updated_at": self.now,
            "created_by": self.db.user,
            "updated_by": self.db.user,
            "version": 1,
        }
        self.conn.execute(insert(table), [{**row, **tracked} for row in rows])

    def _added(
        self, field: str, names_of: str, rows: list[dict[str, Any]], column: str
    ) -> dict[str, Any]:
        names = self._names.get(names_of)
        if names is None:
            table = m.Base.metadata.tables[names_of]
            names = self._names[names_of] = dict(
                self.conn.execute(select(table.c.id, table.c.name)).all()
            )
        return {
            "action": AuditAction.UPDATE,
            "field": field,
            "old_value": None,
            "new_value": _("hinzugefügt: {names}", names=", ".join(
                names.get(r[column], str(r[column])) for r in rows
            )),
        }

    def _consent(self, record_id: int, row: RowResult) -> list[dict[str, Any]]:
        """The list's consent, recorded when the person has none in force."""
        if not row.consent or self.entity not in ("volunteer", "newcomer"):
            return []
        table = m.Consent.__table__
        owner = table.c[f"{self.entity}_id"]
        in_force = self.conn.execute(
            select(table.c.id).where(owner == record_id, table.c.withdrawn_on.is_(None)).limit(1)
        ).first()
        if in_force is not None:
            return []
        withdrawn = self.conn.execute(
            select(func.max(table.c.withdrawn_on)).where(owner == record_id)
        ).scalar()
        if withdrawn is not None and (row.consent_on is None or row.consent_on <= withdrawn):
            self.withdrawn += 1  # an older list never brings back a withdrawn consent
            return []
        note = consent_note(row, self.file_name, self.batch_id)
        consent_id = self.conn.execute(
            insert(table).values(
                **{f"{self.entity}_id": record_id},
                given_on=row.consent_on or self.today,
                storage=True,
                note=note,
                created_at=self.now,
                updated_at=self.now,
                created_by=self.db.user,
                updated_by=self.db.user,
                version=1,
            )
        ).inserted_primary_key[0]
        return [
            {
                "action": AuditAction.CREATE,
                "entity": "consent",
                "entity_id": consent_id,
                "field": None,
                "old_value": None,
                "new_value": note,
            }
        ]

    def _reindex(self, record: Any) -> None:
        from ..search import BY_ENTITY, document_of

        if self.entity not in BY_ENTITY or record is None:
            return
        obj = MODELS[self.entity](**dict(record._mapping))
        document = document_of(obj)
        if document is not None:
            self.db.search.put_many(self.conn, [document])
