"""The erasure register: erasures that a restore cannot undo.

Every erasure on request (Art. 17) and every record a retention rule anonymised or
deleted is noted in the table ``erasure_register`` — kind of record, number, when and
how, never a name — in the same transaction as the erasure itself. Because a backup
made before the erasure carries an older register, the register is mirrored beside
the backups: ``<Identität>.loeschungen.json`` in the backup folder of a SQLite
database (written complete or not at all, readable by its owner only; entries are
only ever added).

After a restore, and at every start of the program, :func:`reapply` compares the two:
each entry of the file that the database's own register lacks is done again (a record
that is gone already is fine), in the order it was first done, and then noted in the
database; finally the file is compacted so that the erased data leaves its bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select

from . import models as m
from .errors import ServiceError
from .i18n import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .db import Database

log = logging.getLogger(__name__)

ERASURE = "erasure"  # on request (Art. 17): deleted, or anonymised where a pairing refers
ANONYMISED = "anonymisation"  # by a retention rule
DELETED = "deletion"  # by a retention rule (police clearances)
HOWS = (ERASURE, ANONYMISED, DELETED)
SUFFIX = ".loeschungen.json"
FORMAT = 1


@dataclass(frozen=True, order=True)
class Entry:
    at: dt.datetime
    entity: str
    entity_id: int
    how: str

    @property
    def key(self) -> tuple[str, int, str, str]:
        return (self.entity, self.entity_id, self.how, self.at.isoformat())

    def as_list(self) -> list[object]:
        return [self.at.isoformat(), self.entity, self.entity_id, self.how]


def _table():  # type: ignore[no-untyped-def]
    return m.ErasureRecord.__table__


# -- in the database ----------------------------------------------------------------------


def note(
    session: Session,
    records: Iterable[tuple[str, int]],
    how: str,
    at: dt.datetime | None = None,
) -> None:
    """Note erased records (kind, number) in the caller's transaction."""
    when = at or m.utcnow()
    rows = [
        {"at": when, "entity": entity, "entity_id": int(number), "how": how}
        for entity, number in records
    ]
    if rows:
        session.execute(insert(_table()), rows)


def entries_in(session: Session) -> list[Entry]:
    table = _table()
    rows = session.execute(select(table.c.at, table.c.entity, table.c.entity_id, table.c.how))
    return sorted(Entry(at, entity, int(number), how) for at, entity, number, how in rows)


# -- beside the backups -------------------------------------------------------------------


def _identity(session: Session) -> str | None:
    from .backup import IDENTITY_KEY

    value = session.scalar(select(m.Setting.value).where(m.Setting.key == IDENTITY_KEY))
    return str(value) if value else None


def file_for(folder: Path, identity: str) -> Path:
    return folder / f"{identity}{SUFFIX}"


def _register_file(db: Database, folder: str | os.PathLike[str] | None = None) -> Path | None:
    """The file beside the backups of ``db`` (None: a server database, or no identity)."""
    if not db.is_sqlite or not db.location or db.location == ":memory:":
        return None
    with db.read() as session:
        identity = _identity(session)
    if identity is None:
        return None
    from .backup import backup_folder

    return file_for(backup_folder(db.location, folder), identity)


def read_file(path: Path) -> list[Entry]:
    """The entries of a register file (none when it is missing or unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        log.warning("Löschverzeichnis im Sicherungsordner nicht lesbar: %s", path.name)
        return []
    found = []
    for item in data.get("eintraege", []) if isinstance(data, dict) else []:
        try:
            at, entity, number, how = item
            if how in HOWS:
                found.append(Entry(dt.datetime.fromisoformat(at), str(entity), int(number), how))
        except (TypeError, ValueError):
            continue
    return sorted(found)


def write_file(path: Path, entries: Iterable[Entry]) -> None:
    """Write the register file complete or not at all (owner only); raises OSError."""
    from .leftovers import writing

    data = {"format": FORMAT, "eintraege": [e.as_list() for e in sorted(set(entries))]}
    partial = path.with_name(path.name + ".teil")
    with writing(partial):
        try:
            fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, separators=(",", ":"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)


def _merge(path: Path, entries: Iterable[Entry]) -> None:
    known = {e.key: e for e in read_file(path)}
    new = {e.key: e for e in entries if e.key not in known}
    if new or not path.exists():
        write_file(path, [*known.values(), *new.values()])


def mirror(db: Database, folder: str | os.PathLike[str] | None = None) -> bool:
    """Add the database's register to the file beside its backups; False (and a line in
    the log) when that is not possible — the erasure itself is done all the same."""
    try:
        path = _register_file(db, folder)
        if path is None:
            return False
        with db.read() as session:
            entries = entries_in(session)
        _merge(path, entries)
    except (OSError, ServiceError) as exc:
        reason = exc.message if isinstance(exc, ServiceError) else type(exc).__name__
        log.warning("Löschverzeichnis im Sicherungsordner nicht geschrieben: %s", reason)
        return False
    return True


def mirror_backup(backup: Path, identity: str) -> None:
    """After a backup: its register (the database's at that moment) joins the file in
    its folder, so that a new backup folder has the file too."""
    import sqlite3

    from . import encryption

    try:
        conn = encryption.connect(backup, timeout=5)
        try:
            found = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'erasure_register'"
            ).fetchone()
            if found is None:  # the backup before the update that brings the register
                return
            rows = conn.execute("SELECT at, entity, entity_id, how FROM erasure_register")
            entries = [
                Entry(dt.datetime.fromisoformat(str(at)), entity, int(number), how)
                for at, entity, number, how in rows
            ]
        finally:
            conn.close()
        _merge(file_for(backup.parent, identity), entries)
    except (OSError, ValueError, sqlite3.Error, *encryption.ERRORS, ServiceError):
        log.warning("Löschverzeichnis neben der Sicherung nicht geschrieben", exc_info=True)


# -- after a restore ----------------------------------------------------------------------


def pending(db: Database, folder: str | os.PathLike[str] | None = None) -> list[Entry]:
    """Entries beside the backups that the database's register lacks, oldest first
    (none while the backup folder cannot be reached: nothing is known to be missing)."""
    try:
        path = _register_file(db, folder)
    except ServiceError as exc:
        log.warning("Löschverzeichnis nicht verglichen: %s", exc.message)
        return []
    if path is None:
        return []
    wanted = read_file(path)
    if not wanted:
        return []
    with db.read() as session:
        have = {e.key for e in entries_in(session)}
    return [e for e in wanted if e.key not in have]


def reapply(db: Database, folder: str | os.PathLike[str] | None = None) -> int:
    """Do again every erasure the file beside the backups names and the database's
    register lacks; returns how many entries were missing (0: nothing to do). Erasures
    on request one by one; what retention runs did, in one transaction."""
    missing = pending(db, folder)
    if not missing:
        return 0
    from .changes import ANY, Changes
    from .services.privacy_erase import compact_database

    for entry in missing:
        if entry.how == ERASURE:
            _erase_again(db, entry)
    retention = [e for e in missing if e.how != ERASURE]
    if retention:
        _retention_again(db, retention)
    compact_database(db)
    db.notify(Changes.of([ANY]))
    counts: dict[str, int] = {}
    for entry in missing:
        counts[entry.how] = counts.get(entry.how, 0) + 1
    log.info("Löschverzeichnis: %d Einträge erneut angewandt (%s)", len(missing), counts)
    return len(missing)


def _erase_again(db: Database, entry: Entry) -> None:
    from .kinds import PEOPLE

    model = PEOPLE.get(entry.entity)
    if model is not None:
        with db.read() as session:
            there = session.get(model, entry.entity_id) is not None
        if there:
            from .services.privacy_erase import erase

            erase(db, entry.entity, entry.entity_id, compact=False, registered_at=entry.at)
            return
    with db.session() as session:  # gone already: noted, so that it is not looked for again
        note(session, [(entry.entity, entry.entity_id)], entry.how, entry.at)


def _retention_again(db: Database, entries: list[Entry]) -> None:
    from .kinds import PEOPLE
    from .services.privacy_anon import Anonymiser, is_anonymous, optimise_index

    with db.session() as session:
        anonymiser = Anonymiser(session, db.user)
        reason = _("Löschfrist: anonymisiert")
        clearances = m.PoliceClearance.__table__
        for entry in entries:
            model = PEOPLE.get(entry.entity)
            if entry.how == ANONYMISED and model is not None:
                person = session.get(model, entry.entity_id)
                if person is not None and not is_anonymous(person.first_name, person.last_name):
                    session.expunge(person)
                    anonymiser.run(entry.entity, [entry.entity_id], reason)
            elif entry.how == DELETED and entry.entity == "police_clearance":
                session.execute(delete(clearances).where(clearances.c.id == entry.entity_id))
            note(session, [(entry.entity, entry.entity_id)], entry.how, entry.at)
        anonymiser.finish()
        optimise_index(session)


def describe(count: int, *, at_start: bool = False) -> str:
    """What the user is told after erasures were done again."""
    if at_start:
        if count == 1:
            return _(
                "Beim Start wurde 1 Löschung erneut angewandt: Die Datenbank war älter als "
                "das Löschverzeichnis im Sicherungsordner (vermutlich wurde eine ältere "
                "Datei zurückkopiert)."
            )
        return _(
            "Beim Start wurden {n} Löschungen erneut angewandt: Die Datenbank war älter "
            "als das Löschverzeichnis im Sicherungsordner (vermutlich wurde eine ältere "
            "Datei zurückkopiert).",
            n=count,
        )
    if count == 1:
        return _(
            "Nach der Wiederherstellung wurde 1 Löschung erneut angewandt, die nach der "
            "Sicherung gemacht wurde."
        )
    return _(
        "Nach der Wiederherstellung wurden {n} Löschungen erneut angewandt, die nach der "
        "Sicherung gemacht wurden.",
        n=count,
    )
