"""Optional encryption at rest with SQLCipher (the extra ``encryption``: ``sqlcipher3``).

An encrypted database file has no plain SQLite header: SQLCipher encrypts every page,
the first one included, and derives the key from the password (``PRAGMA key``, PBKDF2).
Its WAL file and its backups are encrypted with the same key. Passwords are kept in
this process only (never written, never logged): the one given when a database was
opened, and ``SERVICESTELLE_PASSWORD`` for scripts and tests.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DatabaseError, ServiceError
from .i18n import _

if TYPE_CHECKING:
    from sqlalchemy import URL

try:  # the optional extra
    from sqlcipher3 import dbapi2 as _cipher
except ImportError:  # pragma: no cover - depends on the installation
    _cipher = None

log = logging.getLogger(__name__)

PLAIN_HEADER = b"SQLite format 3\x00"
PASSWORD_ENV = "SERVICESTELLE_PASSWORD"
MIN_LENGTH = 8
_SCHEMA_TEXT = b"CREATE "  # in the plain pages of sqlite_master; never plain when encrypted
_SCAN_BYTES = 4 * 1024 * 1024

# Errors of either driver, for ``except`` clauses that handle both kinds of file.
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + ((_cipher.Error,) if _cipher else ())
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,) + (
    (_cipher.OperationalError,) if _cipher else ()
)

_passwords: dict[str, str] = {}  # resolved path -> password, for this process only


class WrongPassword(DatabaseError):
    def __init__(self) -> None:
        super().__init__(_("Das Kennwort passt nicht zu dieser Datenbank."))


class PasswordRequired(DatabaseError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "Die Datei ist keine lesbare Datenbank: entweder ist sie verschlüsselt – "
                "dann bitte das Kennwort angeben (Kommandozeile: Umgebungsvariable {env}) – "
                "oder sie ist beschädigt.",
                env=PASSWORD_ENV,
            )
        )


def available() -> bool:
    """True if SQLCipher (the package ``sqlcipher3``) is installed."""
    return _cipher is not None


def _require() -> Any:
    if _cipher is None:
        raise DatabaseError(
            _(
                "Für verschlüsselte Datenbanken fehlt das Zusatzpaket sqlcipher3 "
                '(Installation: pip install "servicestelle[encryption]").'
            )
        )
    return _cipher


def _key(path: str | os.PathLike[str]) -> str:
    return str(Path(path).expanduser().resolve())


# Databases this process has open, and whether each is encrypted. On POSIX, closing
# any file handle of a file drops every lock this process holds on it — also SQLite's
# locks of its open connections, which would let another program write or checkpoint
# under them. So a database that is open here is never read with a plain file handle:
# its state was read once, before its first connection.
_live: dict[str, list[bool]] = {}


def mark_open(path: str | os.PathLike[str], encrypted: bool) -> None:
    """A ``Database`` on ``path`` is open in this process (counted)."""
    entry = _live.setdefault(_key(path), [encrypted])
    if len(entry) > 1:
        entry[0] = encrypted
    entry.append(encrypted)


def mark_closed(path: str | os.PathLike[str]) -> None:
    entry = _live.get(_key(path))
    if entry is None:
        return
    entry.pop()
    if len(entry) == 1:
        del _live[_key(path)]


def is_encrypted(path: str | os.PathLike[str] | None) -> bool:
    """True if ``path`` looks like a SQLCipher file: no plain SQLite header and no plain
    schema text (``CREATE …``) near its start, and whole pages. A plain file with a
    damaged header still shows its schema and counts as damaged, not as encrypted; a
    text file has no whole pages. A database open in this process is not read again
    (see ``_live``)."""
    if not path:
        return False
    known = _live.get(_key(path))
    if known is not None:
        return known[0]
    try:
        if os.path.getsize(path) % 512:
            return False
        with open(path, "rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
            if len(head) < len(PLAIN_HEADER) or head == PLAIN_HEADER:
                return False
            return _SCHEMA_TEXT not in handle.read(_SCAN_BYTES)
    except OSError:
        return False


def remember(path: str | os.PathLike[str], password: str) -> None:
    _passwords[_key(path)] = password


def forget(path: str | os.PathLike[str]) -> None:
    _passwords.pop(_key(path), None)


def _candidates(path: str | os.PathLike[str]) -> list[str]:
    """Passwords to try for ``path``: its own, the others known (its backups share the
    database's key), then the environment's."""
    found = [_passwords.get(_key(path)), *reversed(list(_passwords.values()))]
    found.append(os.environ.get(PASSWORD_ENV) or None)
    unique: list[str] = []
    for value in found:
        if value is not None and value not in unique:
            unique.append(value)
    return unique


def _quote(password: str) -> str:
    return "'" + password.replace("'", "''") + "'"


def _keyed(path: str | os.PathLike[str], password: str, timeout: float = 15.0) -> Any:
    """A SQLCipher connection to ``path`` with ``password`` (a new file gets this key)."""
    cipher = _require()
    conn = cipher.connect(os.fspath(path), timeout=timeout)
    try:
        with contextlib.suppress(cipher.Error):  # older SQLCipher: no such pragma
            conn.execute("PRAGMA cipher_log_level = NONE")  # no decrypt errors on stderr
        conn.execute(f"PRAGMA key = {_quote(password)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc).lower():
            raise WrongPassword() from None
        raise
    return conn


def check_password(path: str | os.PathLike[str], password: str) -> None:
    """Raise :class:`WrongPassword` unless ``password`` opens the encrypted ``path``."""
    _keyed(path, password).close()


def find_password(path: str | os.PathLike[str], password: str | None = None) -> str:
    """The password that opens the encrypted ``path`` (``password`` if given, else a
    known one); remembered for the backups. Raises WrongPassword / PasswordRequired."""
    tries = [password] if password is not None else _candidates(path)
    if not tries:
        raise PasswordRequired()
    for candidate in tries:
        try:
            check_password(path, candidate)
        except WrongPassword:
            continue
        remember(path, candidate)
        return candidate
    log.warning("Verschlüsselte Datenbank: Kennwort passt nicht")
    raise WrongPassword()


def connect_with_password(
    path: str | os.PathLike[str], timeout: float = 15.0
) -> tuple[Any, str | None]:
    """A DB-API connection to ``path`` (plain: ``sqlite3``; encrypted: SQLCipher with a
    known password) and the password used (None for a plain file)."""
    if not is_encrypted(path):
        return sqlite3.connect(path, timeout=timeout), None
    password = find_password(path)
    return _keyed(path, password, timeout), password


def connect(path: str | os.PathLike[str], timeout: float = 15.0) -> Any:
    return connect_with_password(path, timeout)[0]


def connect_new(path: str | os.PathLike[str], password: str | None, timeout: float = 15.0) -> Any:
    """A connection to a copy target: encrypted with ``password``, plain without one."""
    if password is None:
        return sqlite3.connect(path, timeout=timeout)
    conn = _keyed(path, password, timeout)
    remember(path, password)
    return conn


def keyed_url(url: URL, password: str | None = None) -> URL:
    """The SQLAlchemy URL for a SQLite file: ``sqlite+pysqlcipher`` with the key for an
    encrypted file (or a new file and an explicit ``password``), else unchanged."""
    path = url.database
    if not path or path == ":memory:" or url.get_backend_name() != "sqlite":
        return url
    if is_encrypted(path):
        _require()
        key = find_password(path, password)
    elif password is not None and not Path(path).exists():
        _require()
        key = password
        remember(path, key)
    else:
        return url
    return url.set(drivername="sqlite+pysqlcipher", password=key)


def _check_new_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ServiceError(_("Das Kennwort muss mindestens {n} Zeichen lang sein.", n=MIN_LENGTH))


def _remove_securely(path: Path) -> None:
    """Overwrite ``path`` with zeros, then delete it (best effort on SSDs and journaling
    file systems; together with encryption the data is gone from the file)."""
    if not path.exists():
        return
    try:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            chunk = b"\0" * (1024 * 1024)
            written = 0
            while written < size:
                handle.write(chunk[: min(len(chunk), size - written)])
                written += min(len(chunk), size - written)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        log.warning("Datei ließ sich nicht überschreiben: %s", path.name)
    path.unlink(missing_ok=True)


def encrypt_database(
    path: str | os.PathLike[str], password: str, *, keep_plain_copy: bool = False
) -> Path | None:
    """Convert the unencrypted SQLite file ``path`` into an encrypted one in place,
    crash-safe (see :mod:`servicestelle.conversion`).

    The plain file is overwritten and removed, unless ``keep_plain_copy``: then it is
    kept as ``<name>.unverschluesselt.db`` and returned. No program may have the
    database open meanwhile (close the engine first); others are told and refused."""
    from . import conversion

    _require()
    source = Path(path).expanduser().resolve()
    conversion.recover(source)
    if not source.is_file():
        raise ServiceError(_("Die Datenbank {path} gibt es nicht.", path=source))
    if is_encrypted(source):
        raise ServiceError(_("Die Datenbank ist bereits verschlüsselt."))
    _check_new_password(password)
    return conversion.convert(source, password, keep_plain_copy=keep_plain_copy)


def change_password(path: str | os.PathLike[str], old: str, new: str) -> None:
    """Give the encrypted database ``path`` a new password: a re-keyed copy replaces it,
    crash-safe like the encryption (see :mod:`servicestelle.conversion`)."""
    from . import conversion

    _check_new_password(new)
    source = Path(path).expanduser().resolve()
    conversion.recover(source)
    check_password(source, old)
    conversion.convert(source, new, old=old)
    check_password(source, new)
    log.info("Kennwort der Datenbank geändert: %s", source.name)
