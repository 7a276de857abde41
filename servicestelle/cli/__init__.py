"""Headless commands: ``python -m servicestelle [--db DB] BEFEHL …``.

A thin layer over the services, for administrators' scripts. Errors are one German
line on stderr and a non-zero exit code; the details go to the log file.

One module per group of commands, each with ``COMMANDS`` (the names it answers to),
``add_parsers(commands)`` and ``run(args)``. Building the parser imports only these
light modules; ``run`` imports the services, the models and the rest it needs.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from ..errors import ServiceError
from ..i18n import _
from . import (
    backup,
    crypt,
    database,
    export,
    imports,
    match,
    printing,
    privacy,
    records,
    server,
    staff,
    writing,
)
from .common import GermanParser, VersionAction, print_error

__all__ = ["GermanParser", "build_parser", "main", "run"]

log = logging.getLogger(__name__)

# In the order of the help page.
GROUPS: tuple[ModuleType, ...] = (
    database,  # init, demo
    records,  # stats, search
    imports,  # import
    printing,  # print
    match,  # match
    export,  # export
    privacy,  # privacy …
    backup,  # backup, restore
    crypt,  # encrypt, change-password
    server,  # server setup, server upgrade
    staff,  # staff add, remove, role, password, list
    writing,  # write, outbox
)
_GROUP_OF = {command: group for group in GROUPS for command in group.COMMANDS}


def build_parser() -> GermanParser:
    parser = GermanParser(
        prog="servicestelle",
        description=_(
            "Servicestelle – Ehrenamtliche, Patenschaften und Hilfsanfragen "
            "verwalten (Befehle ohne Bildschirm)."
        ),
    )
    parser.add_argument("--version", action=VersionAction, help=_("Version zeigen und beenden"))
    parser.add_argument(
        "--db",
        metavar=_("PFAD_ODER_URL"),
        help=_(
            "Datenbank: Pfad einer SQLite-Datei oder eine URL wie "
            "postgresql+psycopg://benutzer@server/servicestelle "
            "(Standard: Umgebungsvariable SERVICESTELLE_DB oder die Datei im Datenordner). "
            "Eine verschlüsselte Datenbank öffnet jeder Befehl mit dem Kennwort aus der "
            "Umgebungsvariable SERVICESTELLE_PASSWORD"
        ),
    )
    parser.add_argument(
        "--user",
        metavar=_("NAME"),
        help=_("Name für das Änderungsprotokoll (Standard: Anmeldename)"),
    )
    commands = parser.add_subparsers(dest="command", metavar=_("BEFEHL"), parser_class=GermanParser)
    for group in GROUPS:
        group.add_parsers(commands)
    return parser


def run(args: argparse.Namespace) -> int:
    group = _GROUP_OF.get(args.command)
    if group is None:
        build_parser().print_help()
        return 2
    return int(group.run(args))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from ..paths import private_files

    private_files()  # databases, backups, logs and reports: the owner's alone
    try:
        from ..leftovers import clean_up

        clean_up()  # what a killed run left half-written
    except OSError:
        pass
    try:
        from ..logs import setup_logging

        setup_logging()  # once per process: a second call adds no second handler
    except OSError:
        pass  # no writable data folder: go on without a log file
    try:
        return run(args)
    except ServiceError as exc:
        print_error(exc.message)
        return 1
    except KeyboardInterrupt:
        print(_("Abgebrochen."), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - never a traceback in front of a user
        log.exception("Unerwarteter Fehler im Befehl %s", args.command)
        print(
            _(
                "Fehler: {kind}: {message} (Einzelheiten in der Protokolldatei)",
                kind=type(exc).__name__,
                message=exc,
            ),
            file=sys.stderr,
        )
        return 1
