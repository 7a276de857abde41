"""Replacing a SQLite database file by a re-keyed copy without ever losing it:
encrypting a plain database and changing the password of an encrypted one.

The order (each step is safe to be killed at; the next open finishes or rolls back):

1. The conversion lock ``<db>.umstellung`` is taken (an OS lock that dies with its
   process) and records the step; while it is held, every other program that opens
   the database is told that a conversion is running. A conversion does not start
   while another program instance has the database open (see :func:`register`).
2. A checked backup of the database is made in its backup folder.
3. The database is locked exclusively (SQLite's own lock: nobody reads or writes it
   meanwhile), copied with the new key into ``<db>.verschluesselt.teil``, and the copy
   is checked (``integrity_check`` and the row count of every table) and written to
   disk (fsync). Until here, nothing has touched the original.
4. The original is kept reachable under a second name (a hard link), then the copy is
   renamed over it in one atomic step.
5. The old plain file is overwritten with zeros and removed, the backup of step 2 is
   removed (it holds the data under the old key or none), and the lock file goes.

:func:`recover` runs before a database is opened: with a lock file whose process has
ended it rolls back (before step 4: the original is intact, the half copy is deleted)
or finishes (after it). A copy left by an earlier version of the program without a
lock file is put in place when the original is missing or damaged, and deleted when
the original is sound. Nothing here ever lets an empty database be created in place
of a full one.
"""

from __future__ import annotations

import contextlib
import glob
import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import encryption
from .errors import DatabaseError, ServiceError, os_reason
from .filelock import FileLock, is_locked, read_text
from .i18n import _

log = logging.getLogger(__name__)

MARKER_SUFFIX = ".umstellung"
COPY_SUFFIX = ".verschluesselt.teil"
OLD_SUFFIX = ".alt.teil"
RESTORE_STAGE_SUFFIX = ".wiederherstellung.teil"  # restore.py's encrypted stage
INSTANCE_INFIX = ".offen-"

# Steps recorded in the marker; the tests kill the process at each one.
BEGUN, BACKED_UP, COPIED, VERIFIED, LINKED, REPLACED, CLEANED = (
    "begonnen",
    "gesichert",
    "kopiert",
    "geprueft",
    "verknuepft",
    "ersetzt",
    "aufgeraeumt",
)


class ConversionRunning(DatabaseError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "Die Datenbank wird gerade umgestellt (verschlüsselt, ihr Kennwort geändert "
                "oder aus einer Sicherung wiederhergestellt), in einem anderen "
                "Servicestelle-Fenster. Bitte warten, bis das fertig ist, und dann erneut "
                "öffnen."
            )
        )


class OpenElsewhere(ServiceError):
    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(
            _(
                "Die Datenbank ist noch in einem anderen Servicestelle-Fenster geöffnet "
                "(auch an einem anderen Rechner?). Bitte dort schließen und dann erneut "
                "versuchen. Es wurde nichts verändert."
            )
        )


def _companions(path: Path) -> list[Path]:
    return [Path(f"{path}{extra}") for extra in ("-wal", "-shm", "-journal")]


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows commits renames itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _checkpoint(step: str) -> None:
    """A point the conversion passed (the fault-injection tests stop the process here)."""


# -- program instances that have a database open ----------------------------------------


class Registration:
    """This program instance has the database open: a locked file beside it, so that a
    conversion elsewhere knows (and refuses) until it is released."""

    def __init__(self, lock: FileLock | None) -> None:
        self.lock = lock

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release(remove=True)
            self.lock = None


_counter = iter(range(1, 1 << 62))


def register(path: str | os.PathLike[str]) -> Registration:
    """Mark ``path`` as open by this instance (best effort: a folder where no file can
    be created is simply not marked)."""
    target = Path(path).expanduser().resolve()
    name = f"{target.name}{INSTANCE_INFIX}{os.getpid()}-{next(_counter)}"
    try:
        open_elsewhere(target)  # marks of instances that were killed go now
        return Registration(FileLock.try_acquire(target.with_name(name)))
    except OSError:
        return Registration(None)


def open_elsewhere(path: Path) -> int:
    """How many other live instances have ``path`` open; stale marks are removed."""
    count = 0
    for mark in path.parent.glob(f"{glob.escape(path.name)}{INSTANCE_INFIX}*"):
        lock = FileLock.try_acquire(mark)
        if lock is None:
            count += 1
        else:
            lock.release(remove=True)
    return count


# -- the conversion ---------------------------------------------------------------------


def _marker(path: Path) -> Path:
    return path.with_name(path.name + MARKER_SUFFIX)


def _write_state(lock: FileLock, state: dict[str, Any], step: str) -> None:
    state["step"] = step
    lock.write(json.dumps(state).encode("utf-8"))
    _checkpoint(step)


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[Any]:
    """A SQLCipher connection (the plain file needs no key) holding SQLite's exclusive
    lock on ``path`` until it is closed: nobody else reads or writes it meanwhile."""
    cipher = encryption._require()
    conn = cipher.connect(str(path), timeout=5, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def _table_counts(conn: Any, schema: str) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {
        name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
        for name in names
    }


def _make_copy(path: Path, copy: Path, old: str | None, new: str) -> None:
    """The database under the new key in ``copy``, checked and on disk."""
    copy.unlink(missing_ok=True)
    with _exclusive(path) as conn:
        try:
            if old is not None:
                conn.execute(f"PRAGMA key = {encryption._quote(old)}")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")  # no WAL left beside the file
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")  # held until the connection closes
            conn.execute("COMMIT")
            _checkpoint("gesperrt")
            conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(copy), new))
            conn.execute("SELECT sqlcipher_export('converted')")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA converted.user_version = {int(version)}")
            before, after = _table_counts(conn, "main"), _table_counts(conn, "converted")
            conn.execute("DETACH DATABASE converted")
        except encryption.ERRORS as exc:
            copy.unlink(missing_ok=True)
            from .db import _first_line

            reason = _first_line(exc)
            if "gesperrt" in reason or "locked" in reason.lower():
                raise DatabaseError(
                    _(
                        "Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte "
                        "dort schließen und erneut versuchen. Es wurde nichts verändert."
                    )
                ) from exc
            raise DatabaseError(
                _("Die Umstellung ist misslungen: {reason}", reason=reason)
            ) from exc
    if before != after:
        copy.unlink(missing_ok=True)
        raise DatabaseError(_("Die neue Kopie ist unvollständig; nichts wurde geändert."))
    check = encryption._keyed(copy, new)
    try:
        problems = check.execute("PRAGMA integrity_check(1)").fetchone()
    finally:
        check.close()
    if not problems or problems[0] != "ok":
        copy.unlink(missing_ok=True)
        raise DatabaseError(_("Die neue Kopie ist fehlerhaft; nichts wurde geändert."))
    _fsync_file(copy)


def encrypted_copy(source: Path, target: Path, key: str) -> None:
    """An encrypted, checked copy of the plain, closed file ``source`` in ``target``."""
    _make_copy(source, target, None, key)


def _remove_plain(path: Path) -> None:
    encryption._remove_securely(path)


def _remove_backup(path: Path) -> None:
    """The conversion's own backup, finished or half written."""
    partial = path.with_name(path.name + ".teil")
    for file in (path, partial, Path(f"{partial}-journal")):
        _remove_plain(file)


def convert(
    path: str | os.PathLike[str],
    new: str,
    *,
    old: str | None = None,
    keep_plain_copy: bool = False,
) -> Path | None:
    """Give the SQLite file ``path`` the key ``new`` (``old``: its present key, None for
    a plain file), crash-safe as described above. With ``keep_plain_copy`` the plain
    original is kept as ``<name>.unverschluesselt.db`` and returned."""
    from . import backup

    source = Path(path).expanduser().resolve()
    recover(source)
    marker = _marker(source)
    try:
        lock = FileLock.try_acquire(marker)
    except OSError as exc:
        raise DatabaseError(
            _(
                "Die Umstellung ist nicht möglich: im Ordner {folder} darf nichts angelegt "
                "werden ({reason}). Es wurde nichts verändert.",
                folder=source.parent,
                reason=os_reason(exc),
            )
        ) from None
    if lock is None:
        raise ConversionRunning()
    state: dict[str, Any] = {
        "kind": "encrypt" if old is None else "rekey",
        "pid": os.getpid(),
        "keep_plain": keep_plain_copy,
    }
    made_backup: Path | None = None
    try:
        others = open_elsewhere(source)
        if others:
            raise OpenElsewhere(others)
        if old is not None:
            encryption.find_password(source, old)  # WrongPassword; the backup needs it
        reason = backup.Reason.ENCRYPT if old is None else backup.Reason.REKEY
        made_backup = backup.free_name(source, reason)  # recorded before it is written
        state["backup"] = str(made_backup)
        _write_state(lock, state, BEGUN)
        backup.make_backup(source, reason, file=made_backup, during_conversion=True)
        _write_state(lock, state, BACKED_UP)
        copy = source.with_name(source.name + COPY_SUFFIX)
        _make_copy(source, copy, old, new)
        _write_state(lock, state, COPIED)
        _write_state(lock, state, VERIFIED)
    except BaseException as exc:
        source_copy = source.with_name(source.name + COPY_SUFFIX)
        for leftover in (source_copy, Path(f"{source_copy}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        if made_backup is not None:
            with contextlib.suppress(OSError):
                _remove_backup(made_backup)
        lock.release(remove=True)
        if isinstance(exc, OSError):
            raise DatabaseError(
                _(
                    "Die Umstellung ist misslungen ({reason}). Die Datenbank ist unverändert.",
                    reason=os_reason(exc),
                )
            ) from None
        raise
    # From here on the new copy is complete: finish, whatever happens.
    kept = _replace(source, copy, state, lock)
    encryption.remember(source, new)
    log.info("Datenbank umgestellt (%s): %s", state["kind"], source.name)
    return kept


def _replace(source: Path, copy: Path, state: dict[str, Any], lock: FileLock) -> Path | None:
    old_link = source.with_name(source.name + OLD_SUFFIX)
    kept: Path | None = None
    if copy.exists():
        for companion in _companions(source):
            companion.unlink(missing_ok=True)  # checkpointed and closed: nothing in them
        old_link.unlink(missing_ok=True)
        try:
            os.link(source, old_link)
        except OSError:
            log.warning("Alte Datei lässt sich nicht verknüpfen; sie wird nicht überschrieben")
        _write_state(lock, state, LINKED)
        os.replace(copy, source)
        _fsync_folder(source.parent)
    _write_state(lock, state, REPLACED)
    if old_link.exists() and _same_file(old_link, source):
        old_link.unlink()  # never: the link is made before the replace; to be sure
    elif old_link.exists():
        if state.get("keep_plain") and state.get("kind") == "encrypt":
            kept = source.with_name(f"{source.stem}.unverschluesselt{source.suffix}")
            os.replace(old_link, kept)
        else:
            _remove_plain(old_link)
    _checkpoint("alt-entfernt")
    made_backup = state.get("backup")
    if made_backup:
        _remove_backup(Path(made_backup))
    _write_state(lock, state, CLEANED)
    lock.release(remove=True)
    return kept


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


# -- after a crash ----------------------------------------------------------------------


def _sound(path: Path) -> bool:
    """True if ``path`` is a plain SQLite file that passes a quick check."""
    if not path.is_file() or encryption.is_encrypted(path):
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def recover(path: str | os.PathLike[str] | None) -> str | None:
    """Finish or roll back a conversion of ``path`` that a crash interrupted (see the
    module's notes). Raises :class:`ConversionRunning` while another process converts.
    Returns what was done (for the log and the tests), None if there was nothing."""
    if path is None:
        return None
    source = Path(path).expanduser().resolve()
    try:
        return _recover(source)
    except OSError as exc:
        log.error("Unterbrochene Umstellung nicht bereinigt: %s", exc.strerror or type(exc))
        raise DatabaseError(
            _(
                "Eine unterbrochene Verschlüsselung der Datenbank lässt sich nicht abschließen, "
                "weil im Ordner {folder} nichts geändert werden darf ({reason}). Bitte die "
                "Schreibrechte prüfen lassen; die Daten sind unverändert.",
                folder=source.parent,
                reason=os_reason(exc),
            )
        ) from None


def _recover(source: Path) -> str | None:
    marker = _marker(source)
    copy = source.with_name(source.name + COPY_SUFFIX)
    old_link = source.with_name(source.name + OLD_SUFFIX)
    stage = source.with_name(source.name + RESTORE_STAGE_SUFFIX)
    if stage.exists() and not busy(source):  # a restore killed while staging its copy
        for leftover in (stage, Path(f"{stage}-journal")):
            leftover.unlink(missing_ok=True)
    if not marker.exists() and not copy.exists() and not old_link.exists():
        Path(f"{copy}-journal").unlink(missing_ok=True)
        return None  # the usual case: a few stat calls
    if marker.exists():
        lock = FileLock.try_acquire(marker)
        if lock is None:
            raise ConversionRunning()
        try:
            state = json.loads(read_text(marker) or "{}")
        except ValueError:
            state = {}
        step = state.get("step", BEGUN)
        if step in (VERIFIED, LINKED, REPLACED, CLEANED):
            _replace(source, copy, state, lock)
            log.warning("Unterbrochene Umstellung der Datenbank abgeschlossen (%s)", step)
            return "abgeschlossen"
        copy.unlink(missing_ok=True)
        Path(f"{copy}-journal").unlink(missing_ok=True)
        old_link.unlink(missing_ok=True)  # a second name of the intact original
        made_backup = state.get("backup")
        if made_backup:
            _remove_backup(Path(made_backup))
        lock.release(remove=True)
        log.warning("Unterbrochene Umstellung der Datenbank zurückgenommen (%s)", step)
        return "zurückgenommen"
    # No marker: leftovers of an earlier version, or of a run killed after its end.
    if old_link.exists() and not copy.exists():
        if _same_file(old_link, source):
            old_link.unlink()  # a second name of the database itself
        else:
            _remove_plain(old_link)
        return "aufgeräumt"
    if copy.exists():
        if _sound(source):
            copy.unlink()  # the original is intact: the copy was unfinished
            log.warning("Unfertige verschlüsselte Kopie gelöscht; die Datenbank ist unverändert")
            return "zurückgenommen"
        if encryption.is_encrypted(copy):
            if source.exists():
                from .restore import _set_aside

                _set_aside(source)
            for companion in _companions(source):
                companion.unlink(missing_ok=True)
            os.replace(copy, source)
            _fsync_folder(source.parent)
            log.warning("Verschlüsselte Kopie einer unterbrochenen Umstellung übernommen")
            return "übernommen"
    return None


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[None]:
    """Hold the conversion lock of ``path`` while another replacement of its contents
    runs (a restore): other programs that open the database meanwhile are told to wait,
    and recovery leaves the work's files alone."""
    source = Path(path).expanduser().resolve()
    try:
        lock = FileLock.try_acquire(_marker(source))
    except OSError as exc:
        raise DatabaseError(
            _(
                "Im Ordner {folder} darf nichts angelegt werden ({reason}). Es wurde nichts "
                "verändert.",
                folder=source.parent,
                reason=os_reason(exc),
            )
        ) from None
    if lock is None:
        raise ConversionRunning()
    try:
        yield
    finally:
        lock.release(remove=True)


def busy(path: str | os.PathLike[str]) -> bool:
    """True while another process converts ``path``."""
    return is_locked(_marker(Path(path).expanduser().resolve()))
