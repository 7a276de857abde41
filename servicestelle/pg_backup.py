"""Backups of a database on a PostgreSQL server with ``pg_dump``.

A SQLite file is backed up by the program itself (``backup.py``); a server database by
PostgreSQL's own tool. When ``pg_dump`` is installed where the program runs, a backup
is one file in pg_dump's custom format (compressed, restored with ``pg_restore``),
written under a temporary name, checked with ``pg_restore --list`` and renamed: it is
complete or absent, and readable by its owner only. The password never appears on a
command line: ``pg_dump`` reads it from a temporary password file (0600) that is
removed afterwards. Without ``pg_dump`` the program says what the IT has to do.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from .errors import ServiceError
from .i18n import N_, _

log = logging.getLogger(__name__)

SUFFIX = ".dump"
PART = ".teil"


class PgDumpMissing(ServiceError):
    """``pg_dump`` is not installed here: the message says what the IT must do."""


class PgBackupCancelled(ServiceError):
    pass


@dataclass(frozen=True)
class PgBackup:
    path: Path
    size: int
    seconds: float


def _candidates(program: str) -> list[str]:
    """Where PostgreSQL's installer for Windows puts its programs (not on the PATH)."""
    if os.name != "nt":
        return []  # Debian and others: on the PATH (postgresql-client)
    root = os.environ.get("PROGRAMFILES", r"C:\Program Files")
    found = glob.glob(rf"{root}\PostgreSQL\*\bin\{program}.exe")
    return sorted(found, key=_version_of, reverse=True)


def _version_of(path: str) -> int:
    for part in Path(path).parts:
        if part.isdigit():
            return int(part)
    return 0


def find_program(program: str = "pg_dump") -> str | None:
    """The newest ``pg_dump`` (or ``pg_restore``) found, else None."""
    found = shutil.which(program)
    if found:
        return found
    candidates = _candidates(program)
    return candidates[0] if candidates else None


def missing_advice(*, tried: bool = True) -> str:
    """What the IT must do when ``pg_dump`` is not installed here (German); ``tried``:
    a backup was asked for (and nothing was written)."""
    advice = _(
        "Für die Sicherung einer Server-Datenbank braucht Servicestelle das Programm "
        "»pg_dump« von PostgreSQL, und es ist auf diesem Rechner nicht installiert.\n\n"
        "Bitte die IT: entweder die PostgreSQL-Programme für Clients installieren (Debian/"
        "Ubuntu: Paket »postgresql-client«, Windows: »Command Line Tools« des PostgreSQL-"
        "Installers; mindestens die Version des Servers), oder die Datenbank auf dem Server "
        "selbst regelmäßig sichern lassen, z. B. täglich mit\n"
        "pg_dump --format=custom --file=servicestelle.dump servicestelle"
    )
    return advice + "\n\n" + _("Es wurde nichts gesichert.") if tried else advice


def restore_advice(path: Path | str, database: str = "servicestelle") -> str:
    """How the IT restores a backup made here (German)."""
    return _(
        "Wiederherstellen (durch die IT, mit einer Administrator-Anmeldung): eine leere "
        "Datenbank anlegen, die Sicherung einspielen und die Rechte neu vergeben:\n"
        "createdb {db}_neu\n"
        "pg_restore --exit-on-error --dbname={db}_neu \"{path}\"\n"
        "servicestelle --db postgresql+psycopg://postgres@SERVER/{db}_neu server upgrade",
        db=database,
        path=path,
    )


def backup_name(database: str, when: float | None = None) -> str:
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in database) or "datenbank"
    return f"{safe}_{stamp}{SUFFIX}"


def _conninfo(url: URL) -> str:
    """A libpq connection string without the password."""

    def quoted(value: object) -> str:
        text = str(value)
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"

    parts = {"host": url.host, "port": url.port, "dbname": url.database, "user": url.username}
    for key, value in url.query.items():  # sslmode, sslrootcert … as the program uses them
        parts[key] = value if isinstance(value, str) else value[-1]
    return " ".join(f"{key}={quoted(value)}" for key, value in parts.items() if value)


def _passfile(folder: Path, url: URL) -> Path | None:
    """A password file for libpq (0600) holding just this login's password."""
    if not url.password:
        return None

    def field(value: object) -> str:
        return str(value).replace("\\", "\\\\").replace(":", "\\:")

    handle, name = tempfile.mkstemp(prefix="pgpass-", dir=folder)
    path = Path(name)
    os.chmod(path, 0o600)
    line = ":".join(field(v) for v in ("*", "*", "*", "*", url.password))
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(line + "\n")
    return path


def _environment(passfile: Path | None) -> dict[str, str]:
    env = dict(os.environ)  # a PGPASSWORD or .pgpass of the IT's own counts, as for the program
    if passfile is not None:
        env["PGPASSFILE"] = str(passfile)
    env["PGCONNECT_TIMEOUT"] = env.get("PGCONNECT_TIMEOUT", "15")
    env["LC_MESSAGES"] = "C"  # the tool's messages in English: matched below, never shown
    return env


_KNOWN = (
    ("password authentication failed", N_("Die Anmeldung am Datenbankserver ist fehlgeschlagen.")),
    ("no password supplied", N_("Der Datenbankserver verlangt ein Kennwort.")),
    ("permission denied", N_("Ihre Anmeldung darf nicht alle Daten lesen. Eine vollständige "
                             "Sicherung macht die IT mit einer Administrator-Anmeldung.")),
    ("server version mismatch", N_("Das installierte pg_dump ist älter als der "
                                   "Datenbankserver. Bitte die IT, die passende Version zu "
                                   "installieren.")),
    ("could not connect", N_("Der Datenbankserver ist nicht erreichbar.")),
    ("connection refused", N_("Der Datenbankserver ist nicht erreichbar.")),
    ("no space left", N_("Der Datenträger ist voll.")),
)


def _reason(stderr: str) -> str:
    lowered = stderr.lower()
    for known, german in _KNOWN:
        if known in lowered:
            return _(german)
    return _("pg_dump hat die Sicherung abgebrochen (Einzelheiten im Protokoll).")


def _run(command: list[str], env: dict[str, str], cancel: Callable[[], bool] | None) -> str:
    """Run ``command``; its error output if it failed, "" if it worked."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(  # noqa: S603 - our own arguments, no shell
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors,
            env=env, creationflags=flags,
        )
        while True:
            try:
                code = process.wait(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                if cancel is not None and cancel():
                    process.kill()
                    process.wait()
                    raise PgBackupCancelled(_("Die Sicherung wurde abgebrochen.")) from None
        errors.seek(0)
        text = errors.read().decode("utf-8", "replace")
    return "" if code == 0 else (text or f"exit {code}")


def make_pg_backup(
    url: URL | str,
    folder: Path | str | None = None,
    *,
    file: Path | str | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PgBackup:
    """Back up the server database at ``url`` into ``file`` or a new file in ``folder``
    (default: »Sicherungen« in the data folder). Raises a German ``ServiceError``."""
    from sqlalchemy.engine import make_url

    from .leftovers import writing
    from .paths import data_dir

    url = make_url(url) if isinstance(url, str) else url
    program = find_program("pg_dump")
    if program is None:
        raise PgDumpMissing(missing_advice())
    target = Path(file).expanduser() if file else (
        Path(folder).expanduser() if folder else data_dir() / "Sicherungen"
    ) / backup_name(url.database or "")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ServiceError(_("Der Sicherungsordner {folder} ist nicht erreichbar: {reason}",
                             folder=target.parent, reason=exc.strerror or exc)) from None
    part = target.with_name(target.name + PART)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="servicestelle-") as private:
        os.chmod(private, 0o700)
        passfile = _passfile(Path(private), url)
        env = _environment(passfile)
        with writing(part):
            try:
                # made private before pg_dump writes into it, whatever the umask
                os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
                os.chmod(part, 0o600)
                failed = _run([program, "--format=custom", "--no-password",
                               f"--file={part}", f"--dbname={_conninfo(url)}"], env, cancel)
                if failed:
                    log.error("pg_dump fehlgeschlagen: %s", failed.strip().splitlines()[-1:])
                    raise ServiceError(_("Keine Sicherung mit pg_dump: {reason}",
                                         reason=_reason(failed)))
                _check(part, env)
                with open(part, "rb") as handle:
                    os.fsync(handle.fileno())
                os.replace(part, target)
            finally:
                part.unlink(missing_ok=True)
    size = target.stat().st_size
    log.info("Server-Datenbank gesichert (%d Bytes)", size)
    return PgBackup(target, size, time.monotonic() - started)


def _check(path: Path, env: dict[str, str]) -> None:
    """The dump lists its contents with ``pg_restore --list`` (when installed)."""
    program = find_program("pg_restore")
    if program is None:
        return
    failed = _run([program, "--list", str(path)], env, None)
    if failed:
        log.error("pg_restore --list: %s", failed.strip().splitlines()[-1:])
        raise ServiceError(_("Die Sicherung ließ sich nicht prüfen; sie wurde verworfen."))
