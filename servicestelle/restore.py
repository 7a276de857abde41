"""Putting a backup back: checked first, the current state saved first, reopened after.

The order keeps every state that ever was:

1. the chosen backup must pass ``PRAGMA integrity_check`` and be a Servicestelle
   database this version can open;
2. the current database is backed up (``vor-Wiederherstellung``); a damaged current
   file cannot be backed up and is set aside under a new name instead;
3. the backup is copied into place with SQLite's backup API (which takes the file's
   locks, so another program on the same file waits or gets a clear message);
4. the result is checked and opened the way the program opens it;
5. every erasure made since the backup (the erasure register beside the backups) is
   done again before the restored database is handed back (``reapplied``).

A folder where nothing may be written is told before anything is done.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import encryption
from .backup import (
    IDENTITY_KEY,
    BackupFile,
    Cancelled,
    Progress,
    Reason,
    _require_sqlite,
    check_file,
    copy_database,
    identity_for,
    identity_of,
    make_backup,
)
from .errors import DatabaseError, ServiceError
from .i18n import _

log = logging.getLogger(__name__)


class OtherDatabase(ServiceError):
    """The backup belongs to another database (another identity)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            _(
                "Die Sicherung {name} gehört zu einer anderen Datenbank (einer anderen Datei "
                "gleichen Namens oder einer anderen Einrichtung). Sie wird nur auf "
                "ausdrücklichen Wunsch wiederhergestellt.",
                name=name,
            )
        )


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety: BackupFile | None  # the backup of the state before
    set_aside: Path | None  # the damaged file, kept under a new name
    reapplied: int = 0  # erasures made after the backup, done again

    def describe_reapplied(self) -> str:
        """The sentence about erasures done again ("" when there were none)."""
        from .erasure_register import describe

        return describe(self.reapplied) if self.reapplied else ""


def check_backup(source: Path, cancel: Cancelled | None = None) -> str:
    """Raise unless ``source`` is a sound Servicestelle database this version can open;
    returns its schema revision."""
    problem = check_file(source, cancel=cancel)
    if problem is not None:
        raise DatabaseError(
            _(
                "Die Sicherung {name} ist nicht in Ordnung ({problem}); sie wird nicht verwendet.",
                name=source.name,
                problem=problem,
            )
        )
    try:
        conn = encryption.connect(source)  # reads only; check_file made sure it exists
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except encryption.ERRORS:
        revision = None
    if not revision:
        raise DatabaseError(
            _("Die Datei {name} ist keine Sicherung von Servicestelle.", name=source.name)
        )
    from .migrations import known_revisions

    if revision[0] not in known_revisions():
        raise DatabaseError(
            _(
                "Die Sicherung {name} stammt von einer neueren Version von Servicestelle. "
                "Bitte zuerst das Programm aktualisieren.",
                name=source.name,
            )
        )
    return str(revision[0])


def _set_aside(path: Path) -> Path:
    """Rename a damaged database (and its journal files) so that nothing is lost."""
    stamp = f"{dt.datetime.now():%Y-%m-%d_%H-%M-%S}"
    aside = path.with_name(f"{path.stem}.beschaedigt-{stamp}{path.suffix}")
    path.replace(aside)
    for extra in ("-wal", "-shm", "-journal"):
        companion = Path(f"{path}{extra}")
        if companion.exists():
            companion.replace(Path(f"{aside}{extra}"))
    log.warning("Beschädigte Datenbank beiseitegelegt: %s", aside)
    return aside


def restore_backup(
    target: str | os.PathLike[str],
    source: str | os.PathLike[str],
    folder: str | os.PathLike[str] | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancelled | None = None,
    other_database: bool = False,
) -> RestoreResult:
    """Replace the database ``target`` by the backup ``source`` (see the module's notes).
    A backup of another database is refused unless ``other_database`` (chosen on
    purpose). The caller must have closed its own connections (``Database.dispose()``)."""
    path = _require_sqlite(target)
    from .conversion import RESTORE_STAGE_SUFFIX, recover, replacing

    recover(path)  # an interrupted conversion first (or: one runs, and we wait)
    backup = Path(source).expanduser().resolve()
    if backup == path:
        raise ServiceError(_("Die Sicherung ist die Datenbank selbst."))
    check_backup(backup, cancel)
    from .write_access import cannot_write, reason_text

    blocked = cannot_write(path)
    if blocked is not None:
        raise ServiceError(
            _(
                "Die Sicherung kann hier nicht wiederhergestellt werden: {reason}. Es wurde "
                "nichts verändert.",
                reason=reason_text(blocked),
            )
        )
    identity = identity_for(path, folder)  # the database's, kept through the restore
    theirs = identity_of(backup)
    if identity and theirs and theirs != identity and not other_database:
        raise OtherDatabase(backup.name)
    # The office chose encryption: a backup from before it comes back under the same key.
    key = (
        encryption.find_password(path)
        if path.exists() and encryption.is_encrypted(path) and not encryption.is_encrypted(backup)
        else None
    )
    with replacing(path):  # others who open the database meanwhile are told to wait
        safety: BackupFile | None = None
        aside: Path | None = None
        if path.exists():
            if check_file(path, quick=True, cancel=cancel) is None:
                safety = make_backup(
                    path,
                    Reason.RESTORE,
                    folder,
                    cancel=cancel,
                    rotate_after=False,
                    during_conversion=True,
                )
            else:
                aside = _set_aside(path)
        if cancel is not None and cancel():
            from .backup import BackupCancelled

            raise BackupCancelled()
        source_for_copy = backup
        staged = path.with_name(path.name + RESTORE_STAGE_SUFFIX)
        try:
            if key is not None:  # an encrypted copy of the backup, checked, then copied in
                from .conversion import encrypted_copy

                encrypted_copy(backup, staged, key)
                source_for_copy = staged
            copy_database(source_for_copy, path, progress)  # past this point: no cancelling
        except encryption.ERRORS as exc:
            from .db import _first_line

            raise DatabaseError(
                _("Die Wiederherstellung ist misslungen: {reason}", reason=_first_line(exc))
            ) from exc
        finally:
            if key is not None:
                companions = ("-wal", "-shm", "-journal")
                for leftover in (staged, *(Path(f"{staged}{c}") for c in companions)):
                    leftover.unlink(missing_ok=True)
                encryption.forget(staged)
    problem = check_file(path, quick=True)
    if problem is not None:
        raise DatabaseError(
            _(
                "Nach der Wiederherstellung ist die Datenbank nicht in Ordnung ({problem}).",
                problem=problem,
            )
        )
    from .db import open_database

    restored = open_database(path)  # the program can open it (older backups: upgraded)
    reapplied = 0
    try:
        if identity is not None:  # still this database, whatever the backup said
            from .services.settings import SettingsService

            SettingsService(restored).set(IDENTITY_KEY, identity)
        reapplied = _reapply_erasures(restored, folder, same=not theirs or theirs == identity)
    finally:
        restored.dispose()
    log.info("Sicherung %s wiederhergestellt", backup.name)
    return RestoreResult(backup, safety, aside, reapplied)


def _reapply_erasures(restored: Any, folder: Any, *, same: bool) -> int:
    """Erasures made after the backup, done again before anyone sees the data. A backup
    of another database (restored on purpose) has other people under these numbers:
    its register takes the entries over without touching its records."""
    from . import erasure_register

    if same:
        return erasure_register.reapply(restored, folder)
    missing = erasure_register.pending(restored, folder)
    with restored.session() as session:
        for entry in missing:
            erasure_register.note(session, [(entry.entity, entry.entity_id)], entry.how, entry.at)
    if missing:
        log.warning("Sicherung einer anderen Datenbank: Löschverzeichnis nur übernommen")
    return 0
