"""The office's roles on the server: group roles, what each may do, and who a login is.

Each role of ``servicestelle.actor.Role`` is a group role on the server
(``servicestelle_leitung`` …), without a login of its own; a staff login is a member of
one of them. The tables belong to the schema owner ``servicestelle_owner`` (no login
either: the IT acts as it for upgrades). Grants follow the same areas as the program's
checks (``actor.READ`` / ``actor.WRITE``), so a role is refused by the database itself
what the program does not offer it:

- a table is readable by a role that reads its area and writable by one that writes it;
- personal notes (the ``notes`` of volunteers, newcomers and pairings) are left out of
  the columns a role without the right to read notes may select;
- the audit log takes new entries from everybody, is read by Leitung and Datenschutz,
  and is never changed: only an erasure (Leitung, Datenschutz) may blank the values of
  entries or remove the entries of erased records, and the database writes who (its
  ``current_user``) and when into every new entry (triggers of revision 0008).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from ..actor import NOTE_FIELDS, READ, STAFF_ROLES, WRITE, Role
from ..errors import DatabaseError
from ..i18n import _

log = logging.getLogger(__name__)

PREFIX = "servicestelle_"
OWNER = PREFIX + "owner"


def group_of(role: Role) -> str:
    """The group role of ``role`` on the server."""
    return PREFIX + role.value


GROUPS: dict[str, Role] = {group_of(role): role for role in STAFF_ROLES}

# The area of each table (see ``actor.AREA_OF_KIND``); link rows go with their parent.
TABLE_AREAS: dict[str, str] = {
    "volunteer": "people",
    "volunteer_language": "people",
    "volunteer_activity": "people",
    "newcomer": "people",
    "newcomer_language": "people",
    "consent": "people",
    "organisation": "organisations",
    "organisation_language": "organisations",
    "contact_person": "organisations",
    "consultation": "organisations",
    "funding_application": "funding",
    "pairing": "work",
    "help_request": "work",
    "request_language": "work",
    "request_candidate": "work",
    "hours_entry": "work",
    "event": "work",
    "attendance": "work",
    "contact_note": "notes",
    "police_clearance": "clearances",
    "district": "lists",
    "language": "lists",
    "activity_field": "lists",
    "setting": "settings",
    "staff_user": "staff",
    "audit_entry": "audit",
    # written along with every record (search index) or by every working role
    "search_entry": "system",
    "import_batch": "system",
    "follow_up_snooze": "system",
    "reminder": "system",
    "erasure_register": "system",  # written with every erasure and retention run
    # writing to people: templates by every working role, the outbox with the people
    "mail_template": "system",
    "mailing": "people",
    "mailing_recipient": "people",
    "mailing_attachment": "people",
    "alembic_version": "schema",
}
# Columns with personal notes: selected only by roles that read notes.
NOTE_COLUMNS: dict[str, tuple[str, ...]] = NOTE_FIELDS
# An erasure (Art. 17) touches every kind of personal record.
_ERASED = frozenset({"people", "organisations", "work", "notes", "clearances", "funding"})


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_area(table: str) -> str:
    area = TABLE_AREAS.get(table)
    if area is None:
        log.warning("Tabelle %s hat keinen Bereich: wie Patenschaften behandelt", table)
        return "work"
    return area


def privileges(role: Role, table: str, columns: Iterable[str]) -> list[str]:
    """The GRANT statements (without the grantee) that ``role`` gets on ``table``."""
    area = table_area(table)
    reads, writes = READ[role], WRITE[role]
    erases = "privacy" in writes
    q = _quote(table)
    if area == "schema":
        return [f"GRANT SELECT ON {q}"]
    if area == "audit":
        grants = [f"GRANT INSERT ON {q}", f"GRANT SELECT (id) ON {q}"]
        if "audit" in reads:
            grants.append(f"GRANT SELECT ON {q}")
        if erases:
            grants.append(f"GRANT UPDATE (field, old_value, new_value), DELETE ON {q}")
        return grants
    if area == "system":
        if writes:
            return [f"GRANT SELECT, INSERT, UPDATE, DELETE ON {q}"]
        return [f"GRANT SELECT ON {q}"]
    grants = []
    if area in writes or (erases and area in _ERASED):
        grants.append(f"GRANT INSERT, UPDATE, DELETE ON {q}")
    if area in reads or grants:
        hidden = set(NOTE_COLUMNS.get(table, ())) if "notes" not in reads else set()
        shown = [c for c in columns if c not in hidden]
        if hidden:
            grants.append(f"GRANT SELECT ({', '.join(_quote(c) for c in shown)}) ON {q}")
        else:
            grants.append(f"GRANT SELECT ON {q}")
    return grants


def _tables(conn: Connection) -> dict[str, list[str]]:
    rows = conn.execute(
        text(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c "
            "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
            "AND t.table_name = c.table_name "
            "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
            "ORDER BY c.table_name, c.ordinal_position"
        )
    )
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    return tables


def create_groups(conn: Connection) -> list[str]:
    """The owner and the group roles, where missing; returns the names created."""
    made = []
    existing = set(conn.execute(text("SELECT rolname FROM pg_roles")).scalars())
    for name in (OWNER, *GROUPS):
        if name not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {_quote(name)} NOLOGIN")
            made.append(name)
    return made


def apply_grants(conn: Connection) -> None:
    """Every group's rights on every table of the schema, anew (run by setup and after
    each upgrade, as an administrator or the owner)."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    tables = _tables(conn)
    for table in tables:
        conn.exec_driver_sql(f"REVOKE ALL ON {_quote(table)} FROM PUBLIC")
    for group, role in GROUPS.items():
        g = _quote(group)
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {_quote(database)} TO {g}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {_quote(schema)} TO {g}")
        conn.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA {_quote(schema)} FROM {g}")
        conn.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {_quote(schema)} TO {g}")
        for table, columns in tables.items():
            for grant in privileges(role, table, columns):
                conn.exec_driver_sql(f"{grant} TO {g}")


# -- who a login is ------------------------------------------------------------------------


@dataclass(frozen=True)
class Standing:
    """What the server says about the login of a connection."""

    login: str
    role: Role  # ALL for the owner, a superuser or a database without roles
    may_migrate: bool


def standing(conn: Connection) -> Standing:
    """The role of the connection's login: from its group, or every right for the
    schema's owner, an administrator and a server on which no roles were set up."""
    # one statement: over a VPN each one is a round trip of 40 ms
    login, superuser, owner, groups = conn.execute(
        text(
            "SELECT current_user, r.rolsuper, "
            "(SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class "
            " WHERE oid = to_regclass('alembic_version')), "
            "ARRAY(SELECT g.rolname FROM pg_auth_members a "
            " JOIN pg_roles g ON g.oid = a.roleid "
            " JOIN pg_roles u ON u.oid = a.member "
            " WHERE u.rolname = current_user AND g.rolname LIKE 'servicestelle\\_%') "
            "FROM pg_roles r WHERE r.rolname = current_user"
        )
    ).one()
    groups = list(groups or [])
    roles = [GROUPS[g] for g in groups if g in GROUPS]
    if superuser or (owner and not roles):
        return Standing(login, Role.ALL, True)
    if roles:
        best = min(roles, key=STAFF_ROLES.index)
        return Standing(login, best, False)
    set_up = conn.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = :owner"), {"owner": OWNER}
    ).scalar_one()
    if not set_up:  # one person's server database, as before roles: every right
        return Standing(login, Role.ALL, True)
    raise DatabaseError(
        _(
            "Die Anmeldung »{login}« hat keine Rolle in Servicestelle. Bitte die IT "
            "bitten, eine Rolle zu vergeben (»servicestelle staff role«).",
            login=login,
        )
    )
