"""What every command shares: the German argument parser, the exit codes, the database
named by ``--db`` and the one-line error messages.

Light on purpose: building the parser imports this and the command modules, and
nothing that talks to a database (``python -m servicestelle --help`` stays fast).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..i18n import _

if TYPE_CHECKING:
    from ..db import Database

EXIT_OK = 0
EXIT_FAILED = 1  # the command failed; nothing changed, or as the message says
EXIT_USAGE = 2  # an invalid call, or not confirmed: nothing was done

# The object ``add_subparsers`` returns; each command module adds its parsers to it.
Commands = Any


class GermanParser(argparse.ArgumentParser):
    """argparse with German usage, help and error lines."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.add_argument("-h", "--help", action="help", help=_("diese Hilfe zeigen und beenden"))

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", _("Aufruf:"), 1)

    def format_help(self) -> str:
        text = super().format_help().replace("usage:", _("Aufruf:"), 1)
        text = text.replace("positional arguments:", _("Argumente:"))
        text = text.replace("options:", _("Optionen:"))
        return text

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, _("Fehler: ungültiger Aufruf ({detail}). Hilfe mit --help.\n", detail=message))


class VersionAction(argparse._VersionAction):
    """``--version``: the version is looked up when asked for (reading the package
    metadata is slow, and ``--help`` does not need it)."""

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        from .. import __version__

        self.version = f"Servicestelle {__version__}"
        super().__call__(*args, **kwargs)


def user_name(name: str | None) -> str:
    """The name for the change log: ``--user`` or the login name."""
    if name:
        return name
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on this system
        return "unbekannt"


def database_location(args: argparse.Namespace) -> str:
    """The database the call names: ``--db``, else SERVICESTELLE_DB or the data folder's."""
    from ..paths import default_database

    return str(args.db or default_database())


def open_database_for(args: argparse.Namespace) -> Database:
    """The database the call names, opened (and migrated) for the ``--user``."""
    from ..db import open_database
    from ..paths import default_database

    return open_database(args.db or default_database(), user=user_name(args.user))


def print_error(message: str) -> None:
    """``Fehler: …`` as one line on stderr."""
    print(_("Fehler: {message}", message=message), file=sys.stderr)
