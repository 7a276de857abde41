"""Opening a database: engine, session factory, SQLite pragmas, migrations on open.

A database target is a file path (SQLite, the default) or any SQLAlchemy URL, for
example ``postgresql+psycopg://user@server/servicestelle``. Opening a database whose
schema is current costs one small query; Alembic is imported only when a database
must be created or upgraded, and an existing SQLite file is copied first.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from . import audit, encryption
from .actor import Actor, PermissionDenied, Role, actor_of
from .changes import ANY, Changes
from .collation import register_sqlite
from .errors import DatabaseError
from .i18n import N_, _
from .models import utcnow
from .search import SearchBackend, backend_for

log = logging.getLogger(__name__)
T = TypeVar("T")

# The Alembic revision this version of the program works with (a test checks it is head).
SCHEMA_REVISION = "0017"


class AppSession(Session):
    """Sessions of this program: every flush writes the audit log and search index."""


audit.install(AppSession)


def to_url(target: str | os.PathLike[str]) -> URL:
    value = os.fspath(target)
    if "://" in value:
        return make_url(value)
    path = Path(value).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite+pysqlite", database=str(path))


def describe_target(target: str | os.PathLike[str]) -> str:
    """A database target fit for a log file or the screen: never with its password."""
    value = os.fspath(target)
    if "://" not in value:
        return value
    try:
        return make_url(value).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - unparsable: show no part of it that might be secret
        return value.split("://", 1)[0] + "://…"


def _owner_only(path: Path) -> None:
    """A database file (and its journal) made readable by others before this version
    becomes the owner's alone (POSIX; Windows keeps it in the user's profile)."""
    if os.name == "nt":
        return
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if file.stat().st_mode & 0o077:
                file.chmod(0o600)
        except OSError:
            continue  # missing, or not ours to change: it opens all the same


def _is_network_path(path: str) -> bool:
    if path.startswith(("\\\\", "//")):
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(path))[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    return False


def _sqlite_engine(url: URL) -> Engine:
    # SQLCipher: the same pool as plain SQLite files (the dialect's default is per thread)
    pool = {"poolclass": QueuePool} if url.get_driver_name() == "pysqlcipher" else {}
    engine = create_engine(url, connect_args={"timeout": 15}, hide_parameters=True, **pool)
    journal = os.environ.get("SERVICESTELLE_SQLITE_JOURNAL") or (
        "DELETE" if url.database and _is_network_path(url.database) else "WAL"
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        register_sqlite(dbapi_conn)  # German sort keys in ORDER BY (collation.py)

    event.listen(engine, "handle_error", _told_plainly)
    return engine


# SQLite's reasons a write did not happen that are no fault of the program: a German
# sentence instead of the driver's text (which quotes the SQL statement).
_WRITE_REFUSED = {
    "database is locked": N_(
        "Die Datenbank ist gerade von einem anderen Programm gesperrt (ein zweites "
        "Servicestelle-Fenster, auch an einem anderen Rechner?). Es wurde nichts "
        "gespeichert. Bitte einen Moment warten und es erneut versuchen."
    ),
    "disk is full": N_(
        "Der Datenträger ist voll. Es wurde nichts gespeichert; die Datenbank ist in "
        "Ordnung. Bitte Platz schaffen (nicht mehr benötigte Dateien löschen) oder die IT "
        "fragen und es dann erneut versuchen."
    ),
    "readonly database": N_(
        "Die Datenbank ist schreibgeschützt (ihr Ordner oder die Datei selbst). Es wurde "
        "nichts gespeichert; die Datenbank ist in Ordnung. Bitte die IT um Schreibrechte "
        "bitten."
    ),
}


def _told_plainly(context: object) -> None:
    """A locked, full or write-protected SQLite file: a German ``DatabaseError`` from
    every statement and commit (sessions, imports, bulk writes alike)."""
    original = getattr(context, "original_exception", None)
    if type(original).__name__ != "OperationalError":  # sqlite3's or SQLCipher's
        return
    reason = str(original).lower()
    for known, german in _WRITE_REFUSED.items():
        if known in reason:
            log.warning("Schreiben abgelehnt: %s", known)
            raise DatabaseError(_(german)) from None


class Database:
    """An open, current database and the factory of its sessions."""

    def __init__(self, engine: Engine, user: str | Actor = "system") -> None:
        self.engine = engine
        self.actor = actor_of(user)
        self.search: SearchBackend = backend_for(engine.dialect.name)
        self._sessions, self._readers = _session_makers(engine)
        self._registration = _register(engine)
        self._file = _file_of(engine)
        if self._file is not None:  # never read with a plain handle while open here
            encryption.mark_open(self._file, engine.url.get_driver_name() == "pysqlcipher")
        self._listeners: list[Callable[[Changes], None]] = []
        self._kept: dict[Hashable, tuple[frozenset[str], Any]] = {}
        self._kept_lock = threading.Lock()
        self._kept_generation = 0

    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        """Call ``listener(changes)`` after every committed write (from the thread that
        wrote: a screen must hand it over to its own thread)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Changes], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, changes: Changes) -> None:
        """Tell the listeners what a committed write changed (bulk writes call this)."""
        if not changes:
            return
        self._forget(changes)
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # noqa: BLE001 - a listener's fault never undoes a write
                log.exception("Benachrichtigung über Änderungen fehlgeschlagen")

    def kept(
        self,
        key: Hashable,
        kinds: Iterable[str],
        load: Callable[[], T],
        since: int | None = None,
    ) -> T:
        """What ``load()`` returns, kept until a change of one of ``kinds`` is reported
        (by this program, a colleague's save on the server or another program's commit
        on the file): the short lists every form and filter offers (districts, languages,
        organisations …) are read once, not on every window. A value read before the
        call (``load`` hands it over) is kept only if no change was reported ``since``
        the :meth:`generation` taken before reading it."""
        with self._kept_lock:
            if key in self._kept:
                return self._kept[key][1]  # type: ignore[no-any-return]
            generation = self._kept_generation if since is None else since
        value = load()
        with self._kept_lock:
            if generation == self._kept_generation:  # no change reported meanwhile
                self._kept[key] = (frozenset(kinds), value)
        return value

    def generation(self) -> int:
        """A mark to pass to :meth:`kept` as ``since`` for a value read after it."""
        with self._kept_lock:
            return self._kept_generation

    def is_kept(self, key: Hashable) -> bool:
        with self._kept_lock:
            return key in self._kept

    def _forget(self, changes: Changes) -> None:
        with self._kept_lock:
            self._kept_generation += 1
            for key, (kinds, _value) in list(self._kept.items()):
                if changes.concerns(*kinds):
                    del self._kept[key]

    @property
    def user(self) -> str:
        """The acting staff member's name, as the audit log and the records show it."""
        return self.actor.display_name

    @user.setter
    def user(self, name: str) -> None:  # the staff name changed in the settings
        self.actor = replace(self.actor, name=name)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def location(self) -> str:
        url = self.engine.url
        return url.database or "" if self.is_sqlite else url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        changes = Changes()
        with _locked_is_told(), _refusal_is_told(), self._sessions() as session:
            session.info["user"] = self.user
            session.info["search"] = self.search
            session.info["changes"] = changes
            with session.begin():
                yield session
        self.notify(changes)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only (no transaction kept open beyond the block)."""
        with _refusal_is_told(), self._readers() as session:
            session.info["user"] = self.user
            session.info["search"] = self.search
            session.info["read_only"] = True
            yield session

    def reading(self, work: Callable[[Session], T]) -> T:
        """``work(session)`` in a read session, and once more on a new connection when
        the server dropped the one it had (restarted, a VPN reconnected): a screen's
        question is answered instead of failing once."""
        try:
            with self.read() as session:
                return work(session)
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            log.info("Verbindung zum Datenbankserver unterbrochen: neu verbunden")
        with self.read() as session:
            return work(session)

    def optimize(self) -> None:
        """Refresh the query planner's statistics (after migrations and bulk imports)."""
        with self.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")

    def dispose(self) -> None:
        self.engine.dispose()
        if self._registration is not None:
            self._registration.release()
            self._registration = None
        if self._file is not None:
            encryption.mark_closed(self._file)
            self._file = None

    def adopt(self, other: Database) -> None:
        """Go on with ``other``'s engine (the same file, e.g. just encrypted in place)."""
        self.dispose()
        self.engine, self.search = other.engine, other.search
        self._sessions, self._readers = other._sessions, other._readers
        self._registration, other._registration = other._registration, None
        self._file, other._file = other._file, None
        self.notify(Changes.of([ANY]))  # everything may look different now


def _session_makers(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """Sessions for units of work, and for reading. On a server, reading needs no
    transaction of its own: without BEGIN and ROLLBACK a screen's query costs one round
    trip over the network instead of three (each statement sees a consistent state)."""
    writer = sessionmaker(engine, class_=AppSession, expire_on_commit=False)
    if engine.dialect.name == "sqlite":
        return writer, writer
    reading = engine.execution_options(isolation_level="AUTOCOMMIT")
    return writer, sessionmaker(reading, class_=AppSession, expire_on_commit=False)


@event.listens_for(AppSession, "before_flush")
def _reading_writes_nothing(session: Session, _context: object, _instances: object) -> None:
    if session.info.get("read_only") and (session.new or session.deleted or session.dirty):
        raise RuntimeError("Schreiben in einer Lese-Sitzung")  # a programming error


def _file_of(engine: Engine) -> str | None:
    path = engine.url.database
    if engine.dialect.name != "sqlite" or not path or path == ":memory:":
        return None
    return path


def _register(engine: Engine):  # type: ignore[no-untyped-def]
    """Mark a SQLite file as open by this program instance (see ``conversion``)."""
    path = engine.url.database
    if engine.dialect.name != "sqlite" or not path or path == ":memory:":
        return None
    from . import conversion

    return conversion.register(path)


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty database."""
    reading = (engine if engine.dialect.name == "sqlite"
               else engine.execution_options(isolation_level="AUTOCOMMIT"))
    try:
        with reading.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):
        with engine.connect() as conn:
            if conn.dialect.has_table(conn, "volunteer"):
                raise DatabaseError(
                    _("Diese Datenbank gehört nicht zu Servicestelle oder ist beschädigt.")
                ) from None
        return None


def open_database(
    target: str | os.PathLike[str],
    user: str | Actor = "system",
    *,
    create: bool = True,
    password: str | None = None,
) -> Database:
    """Open (and if needed create or upgrade) the database at ``target``. An encrypted
    SQLite file needs ``password`` (or a known one, see :mod:`servicestelle.encryption`);
    a new file with a ``password`` is created encrypted."""
    url = to_url(target)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        from . import conversion

        conversion.recover(url.database)  # never an empty database over a half-done one
        _owner_only(Path(url.database))
    url = encryption.keyed_url(url, password)
    server = url.get_backend_name() != "sqlite"
    if server and password is not None:  # the staff login's password, asked at start
        url = url.set(password=password)
    standing = None
    try:
        engine = (
            _server_engine(url) if server else _sqlite_engine(url)
        )
        if server and engine.dialect.name == "postgresql":
            from .server.roles import standing as standing_of

            # first: a login without a role is told so (no transaction: one round trip)
            with engine.connect() as conn:
                standing = standing_of(conn.execution_options(isolation_level="AUTOCOMMIT"))
        revision = current_revision(engine)
    except DatabaseError:
        raise
    except (DBAPIError, ImportError) as exc:
        log.exception("Datenbank %s lässt sich nicht öffnen", url.render_as_string())
        raise DatabaseError(
            _("Die Datenbank lässt sich nicht öffnen: {reason}", reason=_first_line(exc))
        ) from exc

    if revision != SCHEMA_REVISION:
        if standing is not None and not standing.may_migrate:
            engine.dispose()
            raise DatabaseError(_ask_it(revision))
        if revision is None and not create:
            raise DatabaseError(_("Die Datenbank ist leer. Bitte zuerst »init« ausführen."))
        _migrate(engine, revision)
    if standing is not None and standing.may_migrate:  # the owner: server-only indexes
        from .server.indexes import prepare_server_indexes

        prepare_server_indexes(engine)
    if standing is not None and standing.role is not Role.ALL:
        actor = actor_of(user)
        user = Actor(login=standing.login, name=actor.name or standing.login,
                     role=standing.role)
    database = Database(engine, user)
    if revision != SCHEMA_REVISION:
        database.optimize()
    return database


_KNOWN_REASONS = {
    "file is not a database": N_("Die Datei ist keine Datenbank oder sie ist beschädigt."),
    "database disk image is malformed": N_("Die Datenbankdatei ist beschädigt."),
    "unable to open database file": N_("Die Datei lässt sich nicht öffnen (Pfad oder Rechte?)."),
    "database is locked": N_("Die Datenbank ist gerade von einem anderen Programm gesperrt."),
    "connection refused": N_("Der Datenbankserver ist nicht erreichbar."),
    "password authentication failed": N_("Anmeldung am Datenbankserver fehlgeschlagen."),
    "permission denied": N_("Die Anmeldung darf diese Datenbank nicht öffnen. Bitte die IT "
                            "fragen."),
    "disk is full": N_("Der Datenträger ist voll."),
    "readonly database": N_("Die Datei ist schreibgeschützt."),
    "disk i/o error": N_("Lesen oder Schreiben auf dem Datenträger ist fehlgeschlagen."),
}


@contextmanager
def _refusal_is_told() -> Iterator[None]:
    """The server refuses what the login's role may not do: a German message, never
    the server's "permission denied"; nothing was written."""
    try:
        yield
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":
            raise
        log.warning("Der Datenbankserver hat einen Zugriff abgelehnt (Rolle)")
        raise PermissionDenied(
            _("Ihre Rolle erlaubt das nicht. Es wurde nichts gespeichert oder gezeigt. "
              "Wenn Sie es brauchen, bitte die Leitung oder die IT fragen.")
        ) from None


def _ask_it(revision: str | None) -> str:
    """Why a staff login does not bring the server's database up to date itself."""
    if revision is None:
        return _(
            "Die Datenbank auf dem Server ist noch nicht eingerichtet. Bitte die IT "
            "bitten, sie mit »servicestelle server setup« einzurichten."
        )
    return _(
        "Die Datenbank auf dem Server hat einen anderen Stand als dieses Programm "
        "(Schema {rev}, erwartet {want}). Bitte die IT bitten, »servicestelle server "
        "upgrade« auszuführen (oder das Programm zu aktualisieren).",
        rev=revision,
        want=SCHEMA_REVISION,
    )


# A server connection that lay unused in the pool this long is checked before use.
IDLE_CHECK_S = 60.0


def _server_engine(url: URL) -> Engine:
    # (no HSTORE is used: its type lookup would cost three round trips per connection)
    extra = {"use_native_hstore": False} if url.get_backend_name() == "postgresql" else {}
    engine = create_engine(url, hide_parameters=True, pool_recycle=1800, **extra)
    _check_after_rest(engine)
    if engine.dialect.name == "postgresql":
        from .server.notify import remember_backends

        remember_backends(engine)  # the listener skips the echo of our own writes
    return engine


def _check_after_rest(engine: Engine) -> None:
    """No check before every use (a round trip each time, over a VPN 40 ms): a
    connection is checked only when it lay unused for a minute or more (the server may
    have been restarted, a VPN or a firewall may have dropped it meanwhile). A dead one
    is replaced by a new connection at once; connections are renewed every half hour."""

    @event.listens_for(engine, "checkin")
    def _rests(_dbapi_conn: object, record: Any) -> None:
        record.info["rests_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _wakes(dbapi_conn: object, record: Any, _proxy: object) -> None:
        since = record.info.pop("rests_since", None)
        if since is None or time.monotonic() - since < IDLE_CHECK_S:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # noqa: BLE001 - any failure: take a new connection
            log.info("Verbindung zum Datenbankserver wird erneuert (%s)", type(exc).__name__)
            raise DisconnectionError() from exc


def upgrade_schema(engine: Engine) -> str | None:
    """Create or upgrade the schema on ``engine`` (the server's owner: ``server
    setup``/``upgrade``); returns the revision found before."""
    revision = current_revision(engine)
    if revision != SCHEMA_REVISION:
        _migrate(engine, revision)
    return revision


@contextmanager
def _locked_is_told() -> Iterator[None]:
    """A write that waited the whole busy timeout for another program's lock becomes a
    German message instead of a crash; the work is rolled back, nothing is lost."""
    try:
        yield
    except OperationalError as exc:
        if "database is locked" not in str(exc.orig).lower():
            raise
        log.warning("Datenbank gesperrt: Schreiben nach Wartezeit abgebrochen")
        raise DatabaseError(
            _(
                "Die Datenbank ist gerade von einem anderen Programm gesperrt (ein zweites "
                "Servicestelle-Fenster, auch an einem anderen Rechner?). Es wurde nichts "
                "gespeichert. Bitte einen Moment warten und erneut speichern."
            )
        ) from None


def _first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc).strip()
    for known, german in _KNOWN_REASONS.items():
        if known in message.lower():
            return _(german)
    return message.splitlines()[0] if message else type(exc).__name__


def _migrate(engine: Engine, revision: str | None) -> None:
    from .migrations import known_revisions, upgrade

    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            _(
                "Diese Datenbank wurde mit einer neueren Version von Servicestelle angelegt "
                "(Schema {rev}). Bitte das Programm aktualisieren.",
                rev=revision,
            )
        )
    if revision is not None and engine.dialect.name == "sqlite":
        from .backup import before_update

        before_update(engine, revision)  # a checked copy in the backup folder
    log.info("Datenbankschema wird von %s auf %s gebracht", revision, SCHEMA_REVISION)
    upgrade(engine, after=_seed if revision is None else None)


def _seed(connection: Connection) -> None:
    """Fill a new database's lists with the shipped defaults (Schwerin's districts …)."""
    from .defaults import seed_defaults

    with Session(bind=connection) as session:
        session.info["audit"] = False  # shipped defaults, not anybody's edit
        seed_defaults(session)
        session.flush()


def backup_before_upgrade(engine: Engine, revision: str) -> Path:
    """Copy the SQLite file (consistently, via SQLite's backup API) before migrating."""
    source = Path(engine.url.database or "")
    target = source.with_name(f"{source.stem}.vor-update-{revision}-{utcnow():%Y%m%d-%H%M%S}.db")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    log.info("Sicherung vor dem Update: %s", target)
    return target
