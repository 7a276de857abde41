"""``backup [ZIEL]`` and ``restore DATEI``: backups of the SQLite database from scripts.

Exit codes: 0 done; 1 failed (nothing changed, or the old state is kept as a backup);
2 invalid call or the restore was not confirmed (nothing changed).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..i18n import _
from .common import EXIT_FAILED, EXIT_OK, Commands, database_location
from .common import EXIT_USAGE as EXIT_NOT_DONE

COMMANDS = ("backup", "restore")
_FILE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def add_parsers(commands: Commands) -> None:
    backup = commands.add_parser(
        "backup",
        help=_("Datenbank sichern (geprüfte Kopie, alte Sicherungen rotiert)"),
        description=_(
            "Sichert die SQLite-Datenbank mit der Sicherungsfunktion von SQLite, prüft die "
            "Kopie (integrity_check) und räumt alte Sicherungen auf (7 tägliche, 4 "
            "wöchentliche, 12 monatliche; von Hand angelegte bleiben). Ohne ZIEL in den "
            "Sicherungsordner (Einstellung, sonst »Sicherungen« im Datenordner). Eine "
            "Datenbank auf einem PostgreSQL-Server wird mit pg_dump gesichert (eine Datei "
            ".dump). Rückgabewert: 0 gesichert, 1 fehlgeschlagen, 2 ungültiger Aufruf."
        ),
    )
    backup.add_argument(
        "dest",
        nargs="?",
        metavar=_("ZIEL"),
        help=_(
            "Ordner für die Sicherung (auch ein Netzlaufwerk) oder eine neue Datei "
            "mit der Endung .db (Server: .dump)"
        ),
    )
    backup.add_argument(
        "--liste", action="store_true", help=_("die vorhandenen Sicherungen zeigen, nichts sichern")
    )
    restore = commands.add_parser(
        "restore",
        help=_("Datenbank aus einer Sicherung wiederherstellen"),
        description=_(
            "Ersetzt die Datenbank durch die Sicherung DATEI. Die Sicherung wird vorher "
            "geprüft, der jetzige Stand vorher gesichert (»vor Wiederherstellung«). "
            "Rückgabewert: 0 wiederhergestellt, 1 fehlgeschlagen, 2 ungültiger Aufruf "
            "oder nicht bestätigt."
        ),
    )
    restore.add_argument("file", metavar=_("DATEI"), help=_("die Sicherungsdatei"))
    restore.add_argument("--yes", action="store_true", help=_("ohne Rückfrage wiederherstellen"))
    restore.add_argument(
        "--andere-datenbank",
        dest="other_database",
        action="store_true",
        help=_("auch die Sicherung einer anderen Datenbank (gleichen Namens) einspielen"),
    )
    restore.add_argument(
        "--ordner",
        metavar=_("ORDNER"),
        help=_("Ordner für die Sicherung des jetzigen Stands (Standard: der Sicherungsordner)"),
    )


def run(args: argparse.Namespace) -> int:
    from .. import backup

    target = database_location(args)
    if backup.sqlite_path(target) is None:
        if args.command == "backup" and not args.liste:
            return _server_backup(args, target)  # pg_dump, or what the IT must do
        backup._require_sqlite(target)  # raises the German note about pg_dump
    return _backup(args, target) if args.command == "backup" else _restore(args, target)


def _server_backup(args: argparse.Namespace, target: str) -> int:
    """A server database: a pg_dump into ZIEL (a folder or a new .dump file)."""
    from ..db import to_url
    from ..pg_backup import SUFFIX, make_pg_backup, restore_advice

    dest = Path(args.dest).expanduser() if args.dest else None
    is_file = dest is not None and dest.suffix.lower() == SUFFIX and not dest.is_dir()
    url = to_url(target)
    made = make_pg_backup(url, None if is_file else dest, file=dest if is_file else None)
    print(_("Sicherung mit pg_dump angelegt und geprüft: {path} ({size} Bytes, {s:.1f} s).",
            path=made.path, size=made.size, s=made.seconds))
    print(restore_advice(made.path, url.database or "servicestelle"))
    return EXIT_OK


def _backup(args: argparse.Namespace, target: str) -> int:
    from .. import backup

    dest = Path(args.dest).expanduser() if args.dest else None
    is_file = dest is not None and dest.suffix.lower() in _FILE_SUFFIXES and not dest.is_dir()
    folder = None if is_file or dest is None else dest
    if args.liste:
        backups = backup.list_backups(target, folder)
        for item in backups:
            print(
                f"{item.made_at:%d.%m.%Y %H:%M:%S}\t{item.reason.label}\t"
                f"{backup.format_size(item.size)}\t{item.path}"
            )
        if not backups:
            print(_("Keine Sicherungen in {folder}.", folder=backup.backup_folder(target, folder)))
        return EXIT_OK
    started = time.perf_counter()
    made = backup.make_backup(target, backup.Reason.MANUAL, folder, file=dest if is_file else None)
    print(
        _(
            "Sicherung angelegt und geprüft: {path} ({size}, {s:.1f} s).",
            path=made.path,
            size=backup.format_size(made.size),
            s=time.perf_counter() - started,
        )
    )
    return EXIT_OK


def _confirmed(question: str) -> bool | None:
    """The user's answer (None: nobody there to ask)."""
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    try:
        answer = input(question + " [j/N] ")
    except EOFError:
        return None
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def _restore(args: argparse.Namespace, target: str) -> int:
    from .. import backup
    from ..restore import restore_backup

    source = Path(args.file).expanduser()
    if not source.is_file():
        print(_("Fehler: Die Datei {path} gibt es nicht.", path=source), file=sys.stderr)
        return EXIT_FAILED
    if not args.yes:
        parsed = backup.parse_name(source)
        when = _(" vom {when}", when=f"{parsed[1]:%d.%m.%Y %H:%M}") if parsed else ""
        answer = _confirmed(
            _(
                "Die Datenbank {db} wird durch die Sicherung {name}{when} ersetzt. "
                "Der jetzige Stand wird vorher gesichert. Fortfahren?",
                db=backup.sqlite_path(target),
                name=source.name,
                when=when,
            )
        )
        if answer is None:
            print(_("Fehler: Bitte die Wiederherstellung mit --yes bestätigen."), file=sys.stderr)
            return EXIT_NOT_DONE
        if not answer:
            print(_("Nicht wiederhergestellt; nichts wurde geändert."))
            return EXIT_NOT_DONE
    result = restore_backup(target, source, args.ordner, other_database=args.other_database)
    print(_("Wiederhergestellt aus {path}.", path=result.restored_from))
    if result.safety is not None:
        print(_("Der vorige Stand ist gesichert in {path}.", path=result.safety.path))
    if result.set_aside is not None:
        print(_("Die beschädigte Datei ist aufbewahrt als {path}.", path=result.set_aside))
    if result.reapplied:
        print(result.describe_reapplied())
    return EXIT_OK
