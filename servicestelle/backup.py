"""Backups of a SQLite database: made, checked, rotated, listed and restored.

A backup is a copy made with SQLite's online backup API (consistent even while the
program writes), checked with ``PRAGMA integrity_check`` and only then given its
final name, ``<Datenbank>_<JJJJ-MM-TT>_<HH-MM-SS>_<Anlass>.db``. A file with such a
name in the backup folder is therefore a checked backup. The folder is, in this order:
the one asked for (CLI), ``SERVICESTELLE_BACKUPS``, the setting ``backup.folder`` in the
database, ``<Datenordner>/Sicherungen``. Rotation: :mod:`servicestelle.backup_policy`.

A PostgreSQL database is backed up by its server (``pg_dump``); every function here
then says so in German and does nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from . import backup_policy, encryption
from .errors import DatabaseError, ServiceError, os_reason
from .i18n import _

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .db import Database

log = logging.getLogger(__name__)

FOLDER_KEY = "backup.folder"
FOLDER_ENV = "SERVICESTELLE_BACKUPS"
STEP_PAGES = 4096  # 16 MB per step of the backup API: progress and cancel in between
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class Reason(StrEnum):
    """Why a backup was made; the value is the (ASCII) part of the file name."""

    START = "Start"
    IMPORT = "vor-Import"
    UPDATE = "vor-Update"
    RETENTION = "vor-Loeschfristen"
    MANUAL = "manuell"
    RESTORE = "vor-Wiederherstellung"
    ENCRYPT = "vor-Verschluesselung"  # removed once the conversion is done
    REKEY = "vor-Kennwortwechsel"  # likewise

    @property
    def label(self) -> str:
        return {
            Reason.START: _("Start"),
            Reason.IMPORT: _("vor Import"),
            Reason.UPDATE: _("vor Update"),
            Reason.RETENTION: _("vor Löschfristen"),
            Reason.MANUAL: _("manuell"),
            Reason.RESTORE: _("vor Wiederherstellung"),
            Reason.ENCRYPT: _("vor Verschlüsselung"),
            Reason.REKEY: _("vor Kennwortwechsel"),
        }[self]


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime  # local time, from the name
    reason: Reason
    size: int

    @property
    def manual(self) -> bool:
        return self.reason is Reason.MANUAL

    def describe(self) -> str:
        return _(
            "vom {when} ({reason}, {size})",
            when=f"{self.made_at:%d.%m.%Y %H:%M}",
            reason=self.reason.label,
            size=format_size(self.size),
        )


class BackupCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(_("Die Sicherung wurde abgebrochen."))


class DamagedDatabase(DatabaseError):
    """The database file fails SQLite's check; ``newest`` is the newest backup, if any."""

    def __init__(self, message: str, problem: str, newest: BackupFile | None) -> None:
        super().__init__(message)
        self.problem = problem
        self.newest = newest


_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<date>\d{4}-\d{2}-\d{2})_(?P<time>\d{2}-\d{2}-\d{2})"
    r"_(?P<reason>[A-Za-z-]+?)(?:_(?P<n>\d+))?\.db$"
)


def format_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size, 1) / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


# -- where ----------------------------------------------------------------------------


def sqlite_path(target: str | os.PathLike[str]) -> Path | None:
    """The SQLite file of a database target (None: a server database such as PostgreSQL)."""
    value = os.fspath(target)
    if "://" not in value:
        return Path(value).expanduser().resolve()
    from sqlalchemy import make_url

    url = make_url(value)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser().resolve()


def _require_sqlite(target: str | os.PathLike[str]) -> Path:
    path = sqlite_path(target)
    if path is None:
        raise ServiceError(
            _(
                "Diese Datenbank liegt auf einem Datenbankserver (PostgreSQL). Ihre Sicherung "
                "ist Sache des Servers: bitte dort regelmäßig mit pg_dump sichern lassen "
                "(IT-Abteilung). Servicestelle hat nichts gesichert oder verändert."
            )
        )
    return path


def configured_folder(path: Path) -> str | None:
    """The folder set in the database (``backup.folder``), read without opening it fully."""
    if not path.exists():
        return None
    try:
        conn = encryption.connect(path, timeout=5)  # reads only (no URI: UNC paths fail)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (FOLDER_KEY,)).fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row and row[0] else None
    except (*encryption.ERRORS, DatabaseError, ValueError):
        return None  # no settings table yet, a damaged file: the defaults apply
    return str(value) if value else None


IDENTITY_KEY = "database.identity"  # written by schema revision 0005
_INDEX = ".datenbanken.json"  # in the backup folder: database file → its identity


def identity_of(path: Path) -> str | None:
    """The identity stored in a database or backup file (None: none, or unreadable)."""
    if not path.exists():
        return None
    try:
        conn = encryption.connect(path, timeout=5)
        try:
            row = conn.execute(
                "SELECT value FROM setting WHERE key = ?", (IDENTITY_KEY,)
            ).fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row and row[0] else None
    except (*encryption.ERRORS, DatabaseError, ValueError):
        return None
    return str(value) if value else None


def _index(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / _INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _remember_identity(folder: Path, path: Path, identity: str) -> None:
    """Note which identity the database file at ``path`` has (for when it is damaged)."""
    index = _index(folder)
    if index.get(str(path)) == identity:
        return
    index[str(path)] = identity
    temporary = folder / f"{_INDEX}.teil"
    try:
        temporary.write_text(json.dumps(index, indent=1), encoding="utf-8")
        os.replace(temporary, folder / _INDEX)
    except OSError:
        log.warning("Verzeichnis der Datenbanken im Sicherungsordner nicht geschrieben")


def identity_for(
    target: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None
) -> str | None:
    """The identity of the database ``target``: read from the file, else (a damaged
    file) as noted when its last backup was made."""
    path = _require_sqlite(target)
    found = identity_of(path)
    if found is not None:
        return found
    return _index(backup_folder(target, folder)).get(str(path))


def _set_stem(path: Path, identity: str | None) -> str:
    """The first part of a backup's name: the database's name and its identity."""
    return f"{path.stem}_{identity[:8]}" if identity else path.stem


def backup_folder(
    target: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None
) -> Path:
    """The folder for the backups of ``target`` (created if missing)."""
    from .paths import data_dir

    path = _require_sqlite(target)
    chosen = folder or os.environ.get(FOLDER_ENV) or configured_folder(path)
    result = Path(chosen).expanduser() if chosen else data_dir() / "Sicherungen"
    try:
        result.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ServiceError(
            _(
                "Der Sicherungsordner {folder} ist nicht erreichbar: {reason}",
                folder=result,
                reason=exc.strerror or exc,
            )
        ) from exc
    return result


def set_folder(db: Database, folder: str | None) -> None:
    """Keep ``folder`` (None: the default) as this database's backup folder."""
    from .services.settings import SettingsService

    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
    SettingsService(db).set(FOLDER_KEY, folder or None)


# -- listing and rotation ---------------------------------------------------------------


def parse_name(path: Path) -> tuple[str, dt.datetime, Reason] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made = dt.datetime.strptime(f"{match['date']} {match['time']}", "%Y-%m-%d %H-%M-%S")
        return match["stem"], made, Reason(match["reason"])
    except ValueError:
        return None


def list_backups(
    target: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None
) -> list[BackupFile]:
    """The backups of ``target`` in its backup folder, newest first: those named with
    its identity, and those of earlier versions (named without one) whose content is
    of this database or cannot tell. Another database with the same file name has its
    own."""
    database = _require_sqlite(target)
    identity = identity_for(target, folder)
    own, legacy = _set_stem(database, identity), database.stem
    found = []
    for path in backup_folder(target, folder).glob("*.db"):
        parsed = parse_name(path)
        if parsed is None or parsed[0] not in (own, legacy):
            continue
        if parsed[0] == legacy != own and identity_of(path) not in (None, identity):
            continue  # an earlier version's backup of another database of this name
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupFile(path, parsed[1], parsed[2], size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def rotate(
    target: str | os.PathLike[str],
    folder: str | os.PathLike[str] | None = None,
    now: dt.datetime | None = None,
) -> list[BackupFile]:
    """Delete the backups the policy no longer keeps; returns them."""
    gone = backup_policy.to_delete(list_backups(target, folder), now or dt.datetime.now())
    for backup in gone:
        try:
            backup.path.unlink()
        except OSError:
            log.warning("Alte Sicherung %s ließ sich nicht löschen", backup.path.name)
    if gone:
        log.info("Rotation: %d alte Sicherungen gelöscht", len(gone))
    return gone


# -- checking ---------------------------------------------------------------------------


def check_file(path: Path, *, quick: bool = False, cancel: Cancelled | None = None) -> str | None:
    """None if SQLite finds ``path`` sound, else the (German) problem. A locked file or a
    cancelled check raises instead: neither says anything about damage."""
    from .db import _first_line

    if not path.is_file():
        return _("Die Datei {path} gibt es nicht.", path=path)
    try:
        conn = encryption.connect(path, timeout=15)
    except encryption.ERRORS as exc:
        return _first_line(exc)
    except (encryption.WrongPassword, encryption.PasswordRequired):
        return _(
            "Die Datei ist keine Datenbank, beschädigt oder mit einem anderen Kennwort "
            "verschlüsselt."
        )
    try:
        if cancel is not None:
            conn.set_progress_handler(lambda: 1 if cancel() else 0, 20000)
        pragma = "quick_check" if quick else "integrity_check"
        rows = conn.execute(f"PRAGMA {pragma}(5)").fetchall()
    except encryption.OPERATIONAL_ERRORS as exc:
        if cancel is not None and cancel():
            raise BackupCancelled() from None
        if "locked" in str(exc).lower():
            raise DatabaseError(_first_line(exc)) from None
        return _first_line(exc)
    except encryption.ERRORS as exc:
        return _first_line(exc)
    finally:
        conn.close()
    problems = [str(r[0]) for r in rows if r and r[0] != "ok"]
    if not problems and not quick:  # integrity_check does not look inside the index
        from .search_repair import index_problem

        conn = encryption.connect(path, timeout=15)
        try:
            damaged = index_problem(conn)
        finally:
            conn.close()
        if damaged is not None:
            problems.append(_("Suchindex beschädigt ({problem})", problem=damaged))
    return "; ".join(problems)[:300] if problems else None


def damage_message(path: Path, problem: str, newest: BackupFile | None) -> str:
    text = _("Die Datenbankdatei {path} ist beschädigt ({problem}).", path=path, problem=problem)
    if newest is None:
        return text + " " + _("Es gibt keine Sicherung dieser Datenbank im Sicherungsordner.")
    return (
        text
        + " "
        + _(
            "Die neueste gute Sicherung ist {backup}: {file}",
            backup=newest.describe(),
            file=newest.path,
        )
    )


def newest_good_backup(
    target: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None
) -> BackupFile | None:
    """The newest backup that is a SQLite file (each was checked fully when made)."""
    for backup in list_backups(target, folder):
        try:
            with backup.path.open("rb") as handle:
                if handle.read(16) == b"SQLite format 3\x00" or encryption.is_encrypted(
                    backup.path
                ):
                    return backup
        except OSError:
            continue
    return None


def check_database(
    target: str | os.PathLike[str],
    folder: str | os.PathLike[str] | None = None,
    cancel: Cancelled | None = None,
) -> None:
    """The quick check at start: raises :class:`DamagedDatabase` naming the newest good
    backup, or ``write_access.CannotWriteHere`` for a sound file in a folder (or on a
    disk) where nothing can be written. Does nothing for a server database or a file
    not made yet."""
    path = sqlite_path(target)
    if path is None or not path.exists():
        return
    from .write_access import CannotWriteHere, cannot_write, read_only_problem

    blocked = cannot_write(path)  # "cannot write here" is never called damage
    if blocked is None:
        problem = check_file(path, quick=True, cancel=cancel)
    else:
        problem = read_only_problem(path)
        if problem is None:
            log.warning("Datenbank nicht beschreibbar (%s), aber in Ordnung", blocked)
            raise CannotWriteHere(path, blocked)
    if problem is not None:
        try:
            newest = newest_good_backup(target, folder)
        except ServiceError:
            newest = None
        log.error("Datenbank beschädigt: %s", problem)
        raise DamagedDatabase(damage_message(path, problem, newest), problem, newest)


# -- making -----------------------------------------------------------------------------


def _new_name(folder: Path, stem: str, made: dt.datetime, reason: Reason) -> Path:
    """A free backup name, claimed by creating its empty ``.teil`` file (owner only):
    two backups in the same second (two imports at once) never share one file."""
    base = f"{stem}_{made:%Y-%m-%d_%H-%M-%S}_{reason.value}"
    candidate, n = folder / f"{base}.db", 1
    while True:
        if not candidate.exists():
            try:
                fd = os.open(_partial(candidate), os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                pass
            else:
                os.close(fd)
                return candidate
        n += 1
        candidate = folder / f"{base}_{n}.db"


def free_name(
    target: str | os.PathLike[str], reason: Reason, folder: str | os.PathLike[str] | None = None
) -> Path:
    """A backup file name in the backup folder of ``target`` that no file (finished or
    being written) has yet, for ``make_backup(…, file=name)``."""
    source = _require_sqlite(target)
    stem = _set_stem(source, identity_of(source))
    base = f"{stem}_{dt.datetime.now():%Y-%m-%d_%H-%M-%S}_{reason.value}"
    folder_path = backup_folder(target, folder)
    candidate, n = folder_path / f"{base}.db", 1
    while candidate.exists() or _partial(candidate).exists():
        n += 1
        candidate = folder_path / f"{base}_{n}.db"
    return candidate


def _partial(final: Path) -> Path:
    return final.with_name(final.name + ".teil")


def copy_database(
    source: Path, target: Path, progress: Progress | None = None, cancel: Cancelled | None = None
) -> None:
    """Copy ``source`` into ``target`` page by page with SQLite's online backup API."""

    def step(_status: int, remaining: int, total: int) -> None:
        if cancel is not None and cancel():
            raise BackupCancelled()
        if progress is not None:
            progress(total - remaining, total)

    # an encrypted source gives an encrypted copy with the same key
    src, password = encryption.connect_with_password(source, timeout=15)
    try:
        dst = encryption.connect_new(target, password, timeout=15)
        try:
            src.backup(dst, pages=STEP_PAGES, progress=step)
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(
    target: str | os.PathLike[str],
    reason: Reason = Reason.MANUAL,
    folder: str | os.PathLike[str] | None = None,
    *,
    file: str | os.PathLike[str] | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    cancel: Cancelled | None = None,
    rotate_after: bool = True,
    during_conversion: bool = False,
) -> BackupFile:
    """Back up ``target`` into its backup folder (or exactly into ``file``), check the
    copy, then rotate the folder. A copy that fails the check is deleted and raises.
    Not while another program re-keys the file (``conversion``: it makes its own)."""
    source = _require_sqlite(target)
    if not during_conversion:
        from .conversion import ConversionRunning, busy

        if busy(source):
            raise ConversionRunning()
    if not source.is_file():
        raise ServiceError(_("Die Datenbank {path} gibt es nicht.", path=source))
    made = now or dt.datetime.now()
    if file is not None:
        final = Path(file).expanduser().resolve()
        if final.exists():
            raise ServiceError(_("Die Datei {path} gibt es schon.", path=final))
        final.parent.mkdir(parents=True, exist_ok=True)
    else:
        identity = identity_of(source)
        final = _new_name(backup_folder(target, folder), _set_stem(source, identity), made, reason)
    partial = _partial(final)
    started = time.perf_counter()
    from .leftovers import writing

    with writing(partial):  # a killed backup's half copy goes at the next start
        try:
            if not partial.exists():  # the owner's alone from the first byte
                os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            copy_database(source, partial, progress, cancel)
            conn = encryption.connect(partial)
            with conn:
                conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            conn.close()
            problem = check_file(partial, cancel=cancel)
            if problem is not None:
                raise DatabaseError(
                    _(
                        "Die Sicherung ist fehlerhaft und wurde verworfen ({problem}). Die "
                        "Datenbank ist vermutlich beschädigt.",
                        problem=problem,
                    )
                )
            partial.replace(final)
        except encryption.ERRORS as exc:
            from .db import _first_line

            raise DatabaseError(
                _("Die Sicherung ist misslungen: {reason}", reason=_first_line(exc))
            ) from exc
        except OSError as exc:
            raise ServiceError(
                _("Die Sicherung ist misslungen: {reason}", reason=os_reason(exc))
            ) from exc
        finally:
            partial.unlink(missing_ok=True)
            Path(f"{partial}-journal").unlink(missing_ok=True)
    backup = BackupFile(final, made.replace(microsecond=0), reason, final.stat().st_size)
    log.info(
        "Sicherung (%s) angelegt: %s, %s, %.1f s",
        reason.value,
        final,
        format_size(backup.size),
        time.perf_counter() - started,
    )
    if file is None:
        if identity is not None:  # for when the database file is damaged
            _remember_identity(final.parent, source, identity)
            from .erasure_register import mirror_backup

            mirror_backup(final, identity)  # the erasure register beside the backups
        if rotate_after:
            rotate(target, folder, now=made)
    return backup


def repair_search_index(target: str | os.PathLike[str]) -> bool:
    """Rebuild the search index of ``target`` if it is damaged; True when it was."""
    path = sqlite_path(target)
    if path is None or not path.exists():
        return False
    from .search_repair import index_problem, rebuild_index

    conn = encryption.connect(path, timeout=15)
    try:
        damaged = index_problem(conn)
    finally:
        conn.close()
    if damaged is None:
        return False
    log.warning("Suchindex beschädigt, wird neu aufgebaut: %s", damaged)
    from .db import open_database

    db = open_database(path)
    try:
        rebuild_index(db)
    finally:
        db.dispose()
    return True


def start_backup_due(
    target: str | os.PathLike[str],
    folder: str | os.PathLike[str] | None = None,
    today: dt.date | None = None,
) -> bool:
    """True if ``target`` is a SQLite file without any backup made today."""
    path = sqlite_path(target)
    if path is None or not path.is_file():
        return False
    day = today or dt.date.today()
    return not any(b.made_at.date() == day for b in list_backups(target, folder))


def backup_at_start(
    target: str | os.PathLike[str],
    folder: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    cancel: Cancelled | None = None,
) -> BackupFile | None:
    """The check and the once-a-day backup at start (None: nothing was due). A damaged
    search index is rebuilt from the records first (it passes SQLite's own check)."""
    check_database(target, folder, cancel)
    repair_search_index(target)
    if not start_backup_due(target, folder):
        return None
    return make_backup(target, Reason.START, folder, progress=progress, cancel=cancel)


# -- hooks for the import, the migrations and the retention rules -------------------


def before(db: Database, reason: Reason) -> BackupFile | None:
    """A backup before a change of many records (nothing for a server database)."""
    path = db.engine.url.database
    if not db.is_sqlite or not path or path == ":memory:":
        return None
    return make_backup(path, reason)


def before_import(db: Database) -> BackupFile | None:
    return before(db, Reason.IMPORT)


def before_retention(db: Database) -> BackupFile | None:
    return before(db, Reason.RETENTION)


def before_update(engine: Engine, revision: str) -> BackupFile | None:
    """The backup before a schema upgrade (called by the migration on open)."""
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return None
    log.info("Sicherung vor dem Update von Schema %s", revision)
    return make_backup(engine.url.database, Reason.UPDATE)
