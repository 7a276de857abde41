"""Staff logins on the server: add, remove, give a role, list (by the IT).

A login is a PostgreSQL role that can log in and is a member of exactly one group role
(``roles.group_of``). Its password reaches the server only as a SCRAM verifier made
here, so that it is never in a statement the server might log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from ..actor import Role
from ..errors import ServiceError, ValidationError
from ..i18n import _
from .roles import GROUPS, PREFIX, group_of

_LOGIN = re.compile(r"^[a-z][a-z0-9_.\-]{0,62}$")


@dataclass(frozen=True)
class StaffLogin:
    login: str
    role: Role | None
    can_login: bool


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_login(login: str) -> str:
    """A login name as the server will know it (lower case, no reserved prefix)."""
    name = login.strip()
    if not _LOGIN.match(name) or name.startswith((PREFIX, "pg_")):
        raise ValidationError(
            {"login": _("Ungültiger Anmeldename »{name}«: Kleinbuchstaben, Ziffern, Punkt, "
                        "Binde- und Unterstrich, mit einem Buchstaben am Anfang.", name=login)}
        )
    return name


def _exists(conn: Connection, login: str) -> bool:
    return bool(conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"),
                             {"n": login}).scalar_one())


def _verifier(conn: Connection, login: str, password: str) -> str:
    pgconn = conn.connection.driver_connection.pgconn  # type: ignore[union-attr]
    return bytes(pgconn.encrypt_password(password.encode(), login.encode(),
                                         b"scram-sha-256")).decode()


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _groups_of(conn: Connection, login: str) -> list[str]:
    return list(conn.execute(
        text("SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
             "JOIN pg_roles u ON u.oid = a.member WHERE u.rolname = :n"),
        {"n": login},
    ).scalars())


def add(conn: Connection, login: str, password: str, role: Role) -> None:
    name = check_login(login)
    if role is Role.ALL:
        raise ServiceError(_("Eine Anmeldung bekommt eine Rolle, nicht alle Rechte."))
    if len(password) < 8:
        raise ValidationError({"password": _("Das Kennwort braucht mindestens 8 Zeichen.")})
    if _exists(conn, name):
        raise ServiceError(_("Die Anmeldung »{name}« gibt es schon.", name=name))
    conn.exec_driver_sql(
        f"CREATE ROLE {_quote(name)} LOGIN PASSWORD {_literal(_verifier(conn, name, password))} "
        f"IN ROLE {_quote(group_of(role))}"
    )


def set_password(conn: Connection, login: str, password: str) -> None:
    name = _staff(conn, login)
    if len(password) < 8:
        raise ValidationError({"password": _("Das Kennwort braucht mindestens 8 Zeichen.")})
    conn.exec_driver_sql(
        f"ALTER ROLE {_quote(name)} PASSWORD {_literal(_verifier(conn, name, password))}"
    )


def _staff(conn: Connection, login: str) -> str:
    name = check_login(login)
    if not _exists(conn, name):
        raise ServiceError(_("Die Anmeldung »{name}« gibt es nicht.", name=name))
    return name


def set_role(conn: Connection, login: str, role: Role) -> None:
    name = _staff(conn, login)
    if role is Role.ALL:
        raise ServiceError(_("Eine Anmeldung bekommt eine Rolle, nicht alle Rechte."))
    for group in _groups_of(conn, name):
        if group in GROUPS:
            conn.exec_driver_sql(f"REVOKE {_quote(group)} FROM {_quote(name)}")
    conn.exec_driver_sql(f"GRANT {_quote(group_of(role))} TO {_quote(name)}")


def remove(conn: Connection, login: str) -> None:
    """The login is gone (its entries in the audit log keep its name)."""
    name = _staff(conn, login)
    if not any(group in GROUPS for group in _groups_of(conn, name)):
        raise ServiceError(
            _("»{name}« ist keine Anmeldung von Servicestelle und bleibt.", name=name)
        )
    conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE usename = :n"), {"n": name})
    conn.exec_driver_sql(f"DROP ROLE {_quote(name)}")


def listing(conn: Connection) -> list[StaffLogin]:
    rows = conn.execute(
        text("SELECT u.rolname, g.rolname, u.rolcanlogin FROM pg_auth_members a "
             "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles u ON u.oid = a.member "
             "WHERE g.rolname LIKE 'servicestelle\\_%' ORDER BY u.rolname")
    ).all()
    return [StaffLogin(u, GROUPS.get(g), bool(c)) for u, g, c in rows if g in GROUPS]
