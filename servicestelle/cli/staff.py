"""``staff add|remove|role|password|list``: staff logins on the PostgreSQL server (IT).

The password is asked for (twice, not shown), never taken from the command line.
Exit codes: 0 done; 1 failed; 2 invalid call or the passwords did not match.
"""

from __future__ import annotations

import argparse
import sys

from ..i18n import _
from .common import EXIT_OK, EXIT_USAGE, Commands, GermanParser, database_location

COMMANDS = ("staff",)


def _role_help() -> str:
    return _("Leitung, Koordination, Förderung, Datenschutz, Lesen oder Administration")


def add_parsers(commands: Commands) -> None:
    staff = commands.add_parser(
        "staff",
        help=_("Anmeldungen der Mitarbeitenden auf dem Server verwalten (IT)"),
        description=_(
            "Für die IT, mit einer Administrator-Anmeldung des Servers in --db. Das "
            "Kennwort wird abgefragt, nie auf der Befehlszeile übergeben."
        ),
    )
    actions = staff.add_subparsers(dest="staff_action", metavar=_("AKTION"),
                                   parser_class=GermanParser, required=True)
    add = actions.add_parser("add", help=_("Anmeldung anlegen (Kennwort wird abgefragt)"))
    add.add_argument("name", metavar=_("NAME"), help=_("Anmeldename, z. B. m.mueller"))
    add.add_argument("--rolle", dest="role", required=True, metavar=_("ROLLE"),
                     help=_role_help())
    remove = actions.add_parser("remove", help=_("Anmeldung entfernen"))
    remove.add_argument("name", metavar=_("NAME"))
    role = actions.add_parser("role", help=_("Rolle einer Anmeldung ändern"))
    role.add_argument("name", metavar=_("NAME"))
    role.add_argument("role", metavar=_("ROLLE"), help=_role_help())
    password = actions.add_parser("password", help=_("neues Kennwort (wird abgefragt)"))
    password.add_argument("name", metavar=_("NAME"))
    actions.add_parser("list", help=_("Anmeldungen und ihre Rollen zeigen"))


def ask_password(login: str) -> str | None:
    """The new password, typed twice without echo (None: the two did not match)."""
    import getpass

    first = getpass.getpass(_("Kennwort für {name}: ", name=login))
    second = getpass.getpass(_("Kennwort wiederholen: "))
    return first if first == second else None


def run(args: argparse.Namespace) -> int:
    from ..actor import Role
    from ..server import staff
    from ..server.setup import admin_engine

    action = args.staff_action
    role = Role.parse(args.role) if action in ("add", "role") else None
    password = None
    if action in ("add", "password"):
        password = ask_password(args.name)
        if password is None:
            print(_("Fehler: Die beiden Kennwörter stimmen nicht überein. Nichts geändert."),
                  file=sys.stderr)
            return EXIT_USAGE
    engine = admin_engine(database_location(args))
    try:
        with engine.begin() as conn:
            if action == "add":
                assert role is not None and password is not None
                staff.add(conn, args.name, password, role)
                print(_("Anmeldung {name} angelegt, Rolle {role}.", name=args.name,
                        role=role.title))
            elif action == "role":
                assert role is not None
                staff.set_role(conn, args.name, role)
                print(_("Anmeldung {name} hat jetzt die Rolle {role}.", name=args.name,
                        role=role.title))
            elif action == "password":
                assert password is not None
                staff.set_password(conn, args.name, password)
                print(_("Kennwort von {name} geändert.", name=args.name))
            elif action == "remove":
                staff.remove(conn, args.name)
                print(_("Anmeldung {name} entfernt.", name=args.name))
            else:
                for login in staff.listing(conn):
                    title = login.role.title if login.role else "?"
                    print(f"{login.login}\t{title}")
    finally:
        engine.dispose()
    return EXIT_OK
