"""``encrypt`` and ``change-password``: encryption at rest of the SQLite file (SQLCipher).

Passwords come from the environment variable ``SERVICESTELLE_PASSWORD`` (scripts) or
are asked for twice without echo. Every other command opens an encrypted database with
the password in ``SERVICESTELLE_PASSWORD``.
Exit codes: 0 done; 1 failed (nothing changed); 2 invalid call or no password.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ..i18n import _
from .common import EXIT_FAILED, EXIT_OK, Commands, database_location
from .common import EXIT_USAGE as EXIT_NOT_DONE

COMMANDS = ("encrypt", "change-password")
NEW_PASSWORD_ENV = "SERVICESTELLE_NEW_PASSWORD"


def add_parsers(commands: Commands) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        help=_("SQLite-Datenbank verschlüsseln (SQLCipher, mit Kennwort)"),
        description=_(
            "Verschlüsselt die SQLite-Datenbank mit einem Kennwort (SQLCipher). Danach "
            "öffnet sie sich nur noch mit diesem Kennwort; ohne das Kennwort kann niemand "
            "die Daten lesen, auch niemand sonst in der Servicestelle. Das Kennwort wird "
            "zweimal abgefragt oder aus der Umgebungsvariable SERVICESTELLE_PASSWORD "
            "gelesen. Die unverschlüsselte Datei wird überschrieben und gelöscht. "
            "Rückgabewert: 0 verschlüsselt, 1 fehlgeschlagen, 2 ungültiger Aufruf."
        ),
    )
    encrypt.add_argument(
        "--unverschluesselt-behalten",
        dest="keep_plain",
        action="store_true",
        help=_("die unverschlüsselte Datei als <Name>.unverschluesselt.db aufbewahren"),
    )
    change = commands.add_parser(
        "change-password",
        help=_("Kennwort einer verschlüsselten Datenbank ändern"),
        description=_(
            "Ändert das Kennwort der verschlüsselten Datenbank. Das jetzige Kennwort kommt "
            "aus SERVICESTELLE_PASSWORD oder wird abgefragt, das neue aus "
            "SERVICESTELLE_NEW_PASSWORD oder wird zweimal abgefragt. Ältere Sicherungen "
            "behalten das alte Kennwort."
        ),
    )
    change.set_defaults(keep_plain=False)


def _ask(prompt: str, env: str, *, twice: bool) -> str | None:
    """The password from ``env`` or typed in (twice for a new one); None: nobody to ask
    or the two entries differ (a message is printed)."""
    value = os.environ.get(env)
    if value:
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        print(
            _("Fehler: Kein Kennwort: bitte eingeben oder {env} setzen.", env=env),
            file=sys.stderr,
        )
        return None
    first = getpass.getpass(prompt)
    if twice and getpass.getpass(_("Kennwort wiederholen: ")) != first:
        print(_("Fehler: Die beiden Kennwörter sind verschieden."), file=sys.stderr)
        return None
    return first


def run(args: argparse.Namespace) -> int:
    from .. import backup, encryption

    target = database_location(args)
    path = backup._require_sqlite(target)  # a server database: the German note
    from .. import conversion

    conversion.recover(path)  # a conversion a crash interrupted: finished or rolled back
    if not path.is_file():
        print(_("Fehler: Die Datenbank {path} gibt es nicht.", path=path), file=sys.stderr)
        return EXIT_FAILED
    if args.command == "encrypt":
        if encryption.is_encrypted(path):
            print(_("Fehler: Die Datenbank ist bereits verschlüsselt."), file=sys.stderr)
            return EXIT_FAILED
        password = _ask(_("Neues Kennwort: "), encryption.PASSWORD_ENV, twice=True)
        if password is None:
            return EXIT_NOT_DONE
        kept = encryption.encrypt_database(path, password, keep_plain_copy=args.keep_plain)
        print(_("Die Datenbank {path} ist jetzt verschlüsselt.", path=path))
        if kept is not None:
            print(_("Unverschlüsselte Kopie (bitte sicher aufbewahren): {path}", path=kept))
        _warn_about_plain_backups(target)
        return EXIT_OK
    if not encryption.is_encrypted(path):
        print(_("Fehler: Die Datenbank ist nicht verschlüsselt."), file=sys.stderr)
        return EXIT_FAILED
    old = _ask(_("Jetziges Kennwort: "), encryption.PASSWORD_ENV, twice=False)
    if old is None:
        return EXIT_NOT_DONE
    new = _ask(_("Neues Kennwort: "), NEW_PASSWORD_ENV, twice=True)
    if new is None:
        return EXIT_NOT_DONE
    encryption.change_password(path, old, new)
    print(_("Das Kennwort der Datenbank {path} ist geändert.", path=path))
    return EXIT_OK


def _warn_about_plain_backups(target: str) -> None:
    from .. import backup, encryption
    from ..errors import ServiceError

    try:
        plain = [b for b in backup.list_backups(target) if not encryption.is_encrypted(b.path)]
    except ServiceError:
        return
    if plain:
        print(
            _(
                "Achtung: {n} ältere Sicherungen in {folder} sind nicht verschlüsselt. "
                "Bitte löschen oder sicher aufbewahren.",
                n=len(plain),
                folder=Path(plain[0].path).parent,
            )
        )
