"""Erasure on request (Art. 17 DSGVO) of one volunteer, newcomer or contact person.

In one transaction: the person is anonymised with everything written about them (see
``privacy_anon``); then every free text of the database — notes, descriptions, titles,
audit-log fields and values, import batches' file names, notes and stored mappings,
settings — is searched for the person's name, e-mail address and phone number, which
are replaced by "[entfernt]". Finally the record itself is deleted with what hangs on it
(languages, hours, attendance, being asked for requests) — unless a pairing refers to
it: then the anonymised record stays, so that the other person's pairing and the
statistics remain whole. One audit entry records the erasure, without any name.

Afterwards the database is compacted: on SQLite with ``secure_delete`` on while
deleting, the full-text index merged into one segment, ``VACUUM`` and a WAL checkpoint
that truncates the -wal file, so that none of the person's data is left in the bytes
of the database file. On PostgreSQL the changed tables are vacuumed where the server
allows it (old row versions become free space; the bytes may remain until reused).

Backups made before the erasure still contain the person until they are rotated out;
the erasure register (``erasure_register``, in the database and beside the backups)
makes sure that restoring one of them erases the person again.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Enum, String, Text, cast, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from .. import erasure_register
from .. import models as m
from ..changes import EVERY, Changes
from ..db import Database
from ..enums import AuditAction
from ..errors import NotFoundError, ServiceError
from ..i18n import N_, _
from ..search import SEARCHABLE, _phone_forms, document_of
from ..validation import display_phone
from .privacy_anon import PEOPLE, Anonymiser, _t, chunks, optimise_index, unindex

log = logging.getLogger(__name__)

REMOVED = "[entfernt]"
# Short string columns holding free text (all Text and JSON columns are searched too).
TEXT_COLUMNS = {
    "title", "subject", "focus", "end_note", "requester", "contact_name", "note", "topic",
    "availability_note", "file_name", "sheet", "field", "location", "role", "programme",
    "description", "countries",
}  # fmt: skip
# Tables never searched: shipped lists, staff users, the search index (handled itself).
SKIP_TABLES = {"district", "language", "activity_field", "staff_user", "search_entry"}
# Tables that refer to a person (German labels for the confirmation, translated where shown).
WHAT: dict[str, str] = {
    "consent": N_("Einwilligungen"),
    "police_clearance": N_("Führungszeugnis-Einträge"),
    "contact_note": N_("Kontaktnotizen"),
    "volunteer_language": N_("Sprachen"),
    "newcomer_language": N_("Sprachen"),
    "volunteer_activity": N_("Tätigkeitsfelder"),
    "pairing": N_("Patenschaften (bleiben anonymisiert erhalten)"),
    "help_request": N_("Hilfsanfragen (bleiben anonymisiert erhalten)"),
    "request_candidate": N_("Anfragen an die Person"),
    "hours_entry": N_("Stundeneinträge"),
    "attendance": N_("Teilnahmen an Veranstaltungen"),
    "consultation": N_("Beratungen"),
    "audit_entry": N_("Einträge im Änderungsprotokoll (Werte werden entfernt)"),
    "follow_up_snooze": N_("Wiedervorlage-Vermerke"),
    "reminder": N_("Eigene Wiedervorlagen (werden gelöscht)"),
}


@dataclass
class ErasurePlan:
    person: str
    person_id: int
    label: str  # the kind of record, in the current language
    name: str
    deletes_record: bool
    items: list[tuple[str, int]] = field(default_factory=list)  # (label, count)

    def describe(self) -> str:
        """The text of a confirmation: who and what will go."""
        lines = [
            _("{label} »{name}« (Nr. {id})", label=self.label, name=self.name, id=self.person_id)
        ]
        lines.append(
            _("Der Datensatz wird gelöscht.")
            if self.deletes_record
            else _(
                "Der Datensatz wird anonymisiert (eine Patenschaft verweist auf ihn; Name, "
                "Kontaktdaten, Anschrift, Geburtsdatum und Notizen werden entfernt)."
            )
        )
        lines += [f"– {label}: {count}" for label, count in self.items if count]
        lines.append(
            _(
                "Name, E-Mail-Adresse und Telefonnummer werden außerdem aus allen Notizen, "
                "Texten, dem Änderungsprotokoll, dem Suchindex und Importvermerken entfernt."
            )
        )
        return "\n".join(lines)


@dataclass
class ErasureResult:
    plan: ErasurePlan
    counts: dict[str, int]
    compacted: bool
    seconds: float


def _person(session: Session, person: str, person_id: int) -> Any:
    model = PEOPLE.get(person)
    if model is None:
        raise ServiceError(_("Löschen auf Antrag gibt es für »{p}« nicht.", p=person))
    obj = session.get(model, person_id)
    if obj is None:
        raise NotFoundError(model.__label__, person_id)
    return obj


def _referencing(table_name: str) -> list[tuple[Any, Any]]:
    """(table, column) of every foreign key pointing at ``table_name``."""
    found = []
    for table in m.Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name:
                found.append((table, fk.parent))
    return found


def _has_pairing(session: Session, person: str, person_id: int) -> bool:
    if person == "contact_person":
        return False
    column = m.Pairing.volunteer_id if person == "volunteer" else m.Pairing.newcomer_id
    return bool(session.scalar(select(func.count()).where(column == person_id)))


def plan_erasure(db: Database, person: str, person_id: int) -> ErasurePlan:
    with db.read() as session:
        obj = _person(session, person, person_id)
        items = []
        for table, column in _referencing(person):
            count = session.scalar(
                select(func.count()).select_from(table).where(column == person_id)
            )
            if count:
                items.append((_(WHAT.get(table.name, table.name)), int(count)))
        reminders = session.scalar(  # linked by kind and number, not by a foreign key
            select(func.count()).where(
                m.Reminder.entity == person, m.Reminder.entity_id == person_id
            )
        )
        if reminders:
            items.append((_(WHAT["reminder"]), int(reminders)))
        audit = m.AuditEntry
        logged = session.scalar(
            select(func.count()).where(audit.entity == person, audit.entity_id == person_id)
        )
        if logged:
            items.append((_(WHAT["audit_entry"]), int(logged)))
        return ErasurePlan(
            person,
            person_id,
            _(type(obj).__label__),
            obj.sort_name or _("Nr. {id}", id=person_id),
            not _has_pairing(session, person, person_id),
            items,
        )


def needles(obj: Any) -> list[str]:
    """The strings that identify the person in free texts, longest first."""
    found: set[str] = set()
    first, last = (obj.first_name or "").strip(), (obj.last_name or "").strip()
    if first and last:
        found.update({f"{first} {last}", f"{last}, {first}", f"{last} {first}"})
    if len(last) >= 3:
        found.add(last)
    for value in (obj.email, getattr(obj, "contact_name", None)):
        if value and len(value.strip()) >= 3:
            found.add(value.strip())
    if obj.phone:
        found.update({obj.phone, display_phone(obj.phone), *_phone_forms(obj.phone)})
    return sorted((n for n in found if len(n) >= 3), key=len, reverse=True)


def _replace(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(REMOVED, value)
    if isinstance(value, list):
        return [_replace(v, pattern) for v in value]
    if isinstance(value, dict):
        return {_replace(k, pattern): _replace(v, pattern) for k, v in value.items()}
    return value


def _scrub_texts(session: Session, words: list[str], counts: Counter[str]) -> dict[str, set[int]]:
    """Replace ``words`` in every free text; returns the searchable records changed."""
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    searchable = {s.model.__tablename__: s.entity for s in SEARCHABLE}
    changed: dict[str, set[int]] = {}
    for table in m.Base.metadata.sorted_tables:
        if table.name in SKIP_TABLES:
            continue
        pk = list(table.primary_key.columns)
        for column in table.columns:
            kind = column.type
            if isinstance(kind, Enum) or not (
                isinstance(kind, Text | JSON)
                or (isinstance(kind, String) and column.name in TEXT_COLUMNS)
            ):
                continue
            text = cast(column, Text) if isinstance(kind, JSON) else column
            hits = session.execute(
                select(*pk, column).where(
                    or_(
                        *(text.contains(w, autoescape=True) for w in words),
                        *(func.lower(text).contains(w.lower(), autoescape=True) for w in words),
                    )
                )
            ).all()
            for row in hits:
                *keys, value = row
                new = _replace(value, pattern)
                if new == value:
                    continue
                session.execute(
                    update(table)
                    .where(*(c == k for c, k in zip(pk, keys, strict=True)))
                    .values({column.name: new})
                )
                counts[table.name] += 1
                if table.name in searchable and len(keys) == 1:
                    changed.setdefault(searchable[table.name], set()).add(int(keys[0]))
    return changed


def erase(
    db: Database,
    person: str,
    person_id: int,
    *,
    compact: bool = True,
    registered_at: dt.datetime | None = None,
) -> ErasureResult:
    """Erase every trace of one person (see the module's description). The erasure is
    noted in the erasure register (and beside the backups); ``registered_at``: an
    erasure done again after a restore, noted with the time it was first done."""
    started = time.perf_counter()
    plan = plan_erasure(db, person, person_id)
    with db.session() as session:
        sqlite = session.connection().dialect.name == "sqlite"
        if sqlite:
            session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
        obj = _person(session, person, person_id)
        words = needles(obj)
        session.expunge(obj)
        anonymiser = Anonymiser(session, db.user)
        anonymiser.run(person, [person_id], _("Löschung auf Antrag (Art. 17 DSGVO)"))
        counts = anonymiser.counts
        if words:
            for entity, ids in _scrub_texts(session, words, counts).items():
                anonymiser.reindex.setdefault(entity, set()).update(ids)
        anonymiser.reindex.get(person, set()).discard(person_id)
        anonymiser.finish()
        audit = _t(m.AuditEntry)
        if plan.deletes_record:
            table = _t(PEOPLE[person])
            # SQLite may give a deleted record's number to the next new record: the log
            # entries of the deleted rows go (their values are gone anyway), so that they
            # are never shown as a newcomer's history. One entry records the erasure.
            for entity, owned in _owned_rows(session, person, person_id).items():
                for part in chunks(owned):
                    session.execute(
                        delete(audit).where(audit.c.entity == entity, audit.c.entity_id.in_(part))
                    )
            session.execute(delete(table).where(table.c.id == person_id))
            unindex(session, person, [person_id])
            session.execute(
                insert(audit).values(
                    at=m.utcnow(),
                    user=db.user,
                    action=AuditAction.DELETE.value,
                    entity=person,
                    entity_id=0,
                    field=_("Löschung auf Antrag (Art. 17 DSGVO) von Nr. {id}", id=person_id),
                )
            )
        else:
            obj_after = session.get(PEOPLE[person], person_id, populate_existing=True)
            doc = document_of(obj_after) if obj_after is not None else None
            if doc is not None and session.info.get("search") is not None:
                session.info["search"].put_many(session.connection(), [doc])
        # the outbox keeps the person's address and names for the placeholders
        outbox = _t(m.MailingRecipient)
        session.execute(
            delete(outbox).where(outbox.c.person_kind == person, outbox.c.person_id == person_id)
        )
        optimise_index(session)
        erasure_register.note(
            session, [(person, person_id)], erasure_register.ERASURE, registered_at
        )
        if sqlite:
            session.connection().exec_driver_sql("PRAGMA secure_delete=OFF")
    if registered_at is None:  # a restore cannot bring the person back
        erasure_register.mirror(db)
    compacted = compact_database(db, _touched_tables(counts, person)) if compact else False
    # Rows went by SQL, not through the session's records: say so, so lists refresh.
    db.notify(Changes.of([person, *counts], [person_id, EVERY]))
    log.info("Löschung auf Antrag: %s Nr. %s", person, person_id)
    return ErasureResult(plan, dict(counts), compacted, time.perf_counter() - started)


def _owned_rows(session: Session, person: str, person_id: int) -> dict[str, list[int]]:
    """Rows deleted with the person that have log entries of their own."""
    owned = {person: [person_id]}
    for table, column in _referencing(person):
        if table.name in ("contact_note", "consent", "hours_entry", "consultation"):
            owned[table.name] = list(session.scalars(select(table.c.id).where(column == person_id)))
    return owned


def _touched_tables(counts: Counter[str], person: str) -> list[str]:
    names = {person, "audit_entry", "search_entry", "consent", "contact_note", *counts}
    known = {t.name for t in m.Base.metadata.sorted_tables}
    return sorted(n for n in names if n in known)


def compact_database(db: Database, tables: list[str] | None = None, attempts: int = 20) -> bool:
    """Rewrite the database so that deleted data leaves its bytes. True when done
    completely (on SQLite: the -wal file truncated; a reader in another program can
    keep it from being emptied until it closes)."""
    engine = db.engine
    if engine.dialect.name == "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
            conn.exec_driver_sql("VACUUM")
            for _attempt in range(attempts):
                busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
                if not busy:
                    conn.exec_driver_sql("PRAGMA secure_delete=OFF")
                    return True
                time.sleep(0.1)
            conn.exec_driver_sql("PRAGMA secure_delete=OFF")
        log.warning("WAL-Datei konnte nicht geleert werden (anderer Leser aktiv)")
        return False
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for name in tables or []:
                conn.exec_driver_sql(f'VACUUM "{name}"')
        return True
    except Exception:  # noqa: BLE001 - vacuum needs the table's owner; the rows are gone anyway
        log.warning("VACUUM auf dem Datenbankserver nicht möglich", exc_info=True)
        return False


def erased_everywhere(path: str, words: list[str]) -> list[str]:
    """Which of ``words`` still occur in the bytes of an SQLite file or its -wal file
    (checked as UTF-8, also in lower case and folded as the search index writes them)."""
    from pathlib import Path

    from ..search import fold_document

    left = []
    blobs = [Path(path).read_bytes()]
    wal = Path(path + "-wal")
    if wal.exists():
        blobs.append(wal.read_bytes())
    for word in words:
        # Names as the search index writes them (an e-mail address is checked whole).
        folded = [] if "@" in word else [t for t in fold_document([word]).split() if len(t) >= 5]
        forms = {word, word.lower(), word.casefold(), *folded}
        for form in forms:
            if len(form) >= 3 and any(form.encode() in blob for blob in blobs):
                left.append(form)
    return left
