""""Cannot write here" told apart from "damaged".

A SQLite database in a folder where nothing may be written (a write-protected share, a
read-only medium) or on a full disk does not open for writing, and SQLite's reason
("unable to open database file") reads like damage. Before anyone calls such a file
damaged or offers to replace it, :func:`cannot_write` tries what the program needs —
to create and write a small file beside the database — and :func:`read_only_problem`
checks the file without writing anything (SQLite's ``immutable`` mode, which needs no
journal). A healthy file that cannot be written is :class:`CannotWriteHere`, never
damage.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import uuid
from pathlib import Path

from .errors import DatabaseError, os_reason
from .i18n import _

log = logging.getLogger(__name__)

READ_ONLY = "read_only"
FULL = "full"
FILE_READ_ONLY = "file_read_only"
_READ_ONLY_ERRORS = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL_ERRORS = {errno.ENOSPC, errno.EDQUOT}


def cannot_write(path: str | os.PathLike[str]) -> str | None:
    """Why nothing can be saved at the database file ``path`` (``READ_ONLY``, ``FULL``,
    ``FILE_READ_ONLY`` or another German reason); None when it can (or the folder does
    not exist yet: it is made when the database is created)."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        return None
    probe = folder / f".servicestelle-probe-{uuid.uuid4().hex}.teil"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError as exc:
        return _kind(exc)
    try:
        os.write(fd, b"\0" * 4096)
    except OSError as exc:
        return _kind(exc)
    finally:
        os.close(fd)
        try:
            probe.unlink()
        except OSError:
            log.warning("Probedatei im Datenbankordner nicht entfernt")
    if target.exists() and not os.access(target, os.W_OK):
        return FILE_READ_ONLY
    return None


def _kind(exc: OSError) -> str:
    if exc.errno in _READ_ONLY_ERRORS:
        return READ_ONLY
    if exc.errno in _FULL_ERRORS:
        return FULL
    return os_reason(exc)


def read_only_problem(path: str | os.PathLike[str]) -> str | None:
    """SQLite's quick check of ``path`` without writing a byte (no journal, no lock
    file): None if sound, else the problem. An encrypted file cannot be checked this
    way and counts as sound (its damage shows where it can be written)."""
    from . import encryption

    target = Path(path)
    if encryption.is_encrypted(target):
        return None
    uri = target.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5)
    except sqlite3.Error as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.Error as exc:
        from .db import _first_line

        return _first_line(exc)
    finally:
        conn.close()
    problems = [str(r[0]) for r in rows if r and r[0] != "ok"]
    return "; ".join(problems)[:300] if problems else None


def reason_text(reason: str) -> str:
    """A reason of :func:`cannot_write` as a German phrase."""
    return {
        READ_ONLY: _("der Ordner ist schreibgeschützt"),
        FULL: _("der Datenträger ist voll"),
        FILE_READ_ONLY: _("die Datenbankdatei ist schreibgeschützt"),
    }.get(reason, reason)


class CannotWriteHere(DatabaseError):
    """A sound database where nothing can be saved: no damage, no restore."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(message(path, reason))


def message(path: Path, reason: str) -> str:
    """The German message for a sound database that cannot be written at ``path``."""
    if reason == READ_ONLY:
        return _(
            "Der Ordner ist schreibgeschützt – die Datenbank ist in Ordnung, aber Änderungen "
            "können hier nicht gespeichert werden.\n\nOrdner: {folder}\n\nBitte die IT um "
            "Schreibrechte für diesen Ordner bitten oder die Datei in einen Ordner kopieren, "
            "in dem Sie speichern dürfen.",
            folder=path.parent,
        )
    if reason == FULL:
        return _(
            "Der Datenträger ist voll – die Datenbank ist in Ordnung, aber Änderungen können "
            "nicht gespeichert werden.\n\nOrdner: {folder}\n\nBitte Platz schaffen (nicht mehr "
            "benötigte Dateien löschen) oder die IT fragen und Servicestelle dann neu starten.",
            folder=path.parent,
        )
    if reason == FILE_READ_ONLY:
        return _(
            "Die Datenbankdatei ist schreibgeschützt – die Datenbank ist in Ordnung, aber "
            "Änderungen können nicht gespeichert werden.\n\nDatei: {path}\n\nBitte den "
            "Schreibschutz der Datei aufheben lassen (IT).",
            path=path,
        )
    return _(
        "Im Ordner der Datenbank kann nichts gespeichert werden ({reason}) – die Datenbank "
        "ist in Ordnung.\n\nOrdner: {folder}",
        reason=reason,
        folder=path.parent,
    )


def check_writable(path: str | os.PathLike[str]) -> None:
    """Raise :class:`CannotWriteHere` for a sound database file that cannot be written;
    return for a writable one or a damaged one (its damage is told elsewhere)."""
    target = Path(path)
    reason = cannot_write(target)
    if reason is None or not target.exists():
        return
    if read_only_problem(target) is None:
        log.warning("Datenbank nicht beschreibbar (%s), aber in Ordnung", reason)
        raise CannotWriteHere(target, reason)
