"""Setting up and upgrading the office's database on a PostgreSQL server (by the IT).

``setup`` (once, as an administrator of the server): the owner and the group roles,
the tables created or brought up to date *as the owner* (so that no staff login owns
anything), every group's rights, and the server's own indexes (``indexes``: the
search's trigram index with the extension ``pg_trgm``, the name order). ``upgrade``:
the migrations of a new program version, again as the owner, the rights anew (new
tables get theirs) and the indexes. A staff login never migrates: the program tells
it to ask the IT.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from ..errors import DatabaseError
from ..i18n import _
from .indexes import prepare_on
from .roles import OWNER, apply_grants, create_groups

log = logging.getLogger(__name__)


@dataclass
class SetupReport:
    database: str
    roles_created: list[str] = field(default_factory=list)
    revision_before: str | None = None
    revision: str = ""
    search_indexed: bool = False  # pg_trgm and the search table's trigram index are there


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def admin_engine(url: str) -> Engine:
    """An engine for the IT's own login on the server named by ``url``."""
    from ..db import to_url

    parsed = to_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise DatabaseError(
            _("Logins und Rollen gibt es nur auf einem PostgreSQL-Server (URL "
              "postgresql+psycopg://…); eine SQLite-Datei nutzt eine Person.")
        )
    return create_engine(parsed, poolclass=NullPool, hide_parameters=True)


def _require_admin(conn: Connection) -> None:
    superuser = conn.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if not superuser:
        raise DatabaseError(
            _("Einrichten und Aktualisieren braucht eine Administrator-Anmeldung des "
              "Servers (z. B. »postgres«).")
        )


def _hand_to_owner(conn: Connection) -> None:
    """Tables, sequences and functions made before (by another login) go to the owner."""
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    conn.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA {_quote(schema)} TO {_quote(OWNER)}")
    owned = conn.execute(
        text(
            "SELECT c.relname, c.relkind FROM pg_class c "
            "WHERE c.relnamespace = current_schema()::regnamespace "
            "AND c.relkind IN ('r', 'p', 'v', 'm') "
            "AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = :owner)"
        ),
        {"owner": OWNER},
    ).all()
    for name, kind in owned:
        what = "TABLE" if kind in ("r", "p") else ("MATERIALIZED VIEW" if kind == "m" else "VIEW")
        conn.exec_driver_sql(f"ALTER {what} {_quote(name)} OWNER TO {_quote(OWNER)}")
    functions = conn.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p "
            "WHERE p.pronamespace = current_schema()::regnamespace "
            "AND p.proname LIKE 'servicestelle\\_%'"
        )
    ).scalars()
    for signature in functions:
        conn.exec_driver_sql(f"ALTER FUNCTION {signature} OWNER TO {_quote(OWNER)}")


def _migrate_as_owner(url: str) -> tuple[str | None, str]:
    from ..db import SCHEMA_REVISION, upgrade_schema

    engine = admin_engine(url)

    @event.listens_for(engine, "connect")
    def _as_owner(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        with dbapi_conn.cursor() as cursor:
            cursor.execute(f"SET ROLE {_quote(OWNER)}")
        dbapi_conn.commit()

    try:
        before = upgrade_schema(engine)
    finally:
        engine.dispose()
    return before, SCHEMA_REVISION


def _told(exc: DBAPIError) -> DatabaseError:
    from ..db import _first_line

    log.exception("Einrichten auf dem Server fehlgeschlagen")
    return DatabaseError(_("Der Datenbankserver hat abgelehnt: {reason}", reason=_first_line(exc)))


def setup(url: str, *, require_schema: bool = False) -> SetupReport:
    """Set up (or bring up to date) the database at ``url`` for the office's roles."""
    engine = admin_engine(url)
    try:
        with engine.begin() as conn:
            _require_admin(conn)
            report = SetupReport(conn.execute(text("SELECT current_database()")).scalar_one())
            if require_schema and not conn.dialect.has_table(conn, "alembic_version"):
                raise DatabaseError(
                    _("Die Datenbank ist noch nicht eingerichtet: bitte zuerst »servicestelle "
                      "server setup«.")
                )
            report.roles_created = create_groups(conn)
            _hand_to_owner(conn)
        report.revision_before, report.revision = _migrate_as_owner(url)
        with engine.begin() as conn:
            _hand_to_owner(conn)  # anything the migrations left to another login
            apply_grants(conn)
            # the server's own indexes (search, name order); the extension needs us
            report.search_indexed = prepare_on(conn).search
    except DBAPIError as exc:
        raise _told(exc) from None
    finally:
        engine.dispose()
    log.info("Server eingerichtet: Datenbank %s, Schema %s", report.database, report.revision)
    return report


def upgrade(url: str) -> SetupReport:
    """The migrations of this program version, as the owner, and the rights anew."""
    return setup(url, require_schema=True)
