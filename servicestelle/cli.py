"""Headless commands: ``python -m servicestelle [--db DB] BEFEHL …``.

A thin layer over the services, for administrators' scripts. Errors are one German
line on stderr and a non-zero exit code; the details go to the log file.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence

from . import __version__
from .errors import ServiceError
from .i18n import _

log = logging.getLogger(__name__)


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


def build_parser() -> GermanParser:
    parser = GermanParser(
        prog="servicestelle",
        description=_(
            "Servicestelle – Ehrenamtliche, Patenschaften und Hilfsanfragen "
            "verwalten (Befehle ohne Bildschirm)."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Servicestelle {__version__}",
        help=_("Version zeigen und beenden"),
    )
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
    commands.add_parser(
        "init",
        help=_("Datenbank anlegen oder auf den neuesten Stand bringen"),
        description=_(
            "Legt die Datenbank an (mit den Standardlisten) oder "
            "bringt sie auf den Stand dieser Version."
        ),
    )
    demo = commands.add_parser(
        "demo",
        help=_("Beispieldaten erzeugen"),
        description=_(
            "Füllt die Datenbank mit erfundenen, realistischen Beispieldaten zum Ausprobieren."
        ),
    )
    demo.add_argument(
        "--volunteers",
        type=int,
        required=True,
        metavar="N",
        help=_("Anzahl Ehrenamtliche (alles andere im passenden Verhältnis)"),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=_("Startwert des Zufalls (gleicher Wert, gleiche Daten)"),
    )
    stats = commands.add_parser(
        "stats", help=_("Kennzahlen zeigen"), description=_("Zeigt Anzahlen je Bereich und Status.")
    )
    stats.add_argument("--json", action="store_true", help=_("als JSON ausgeben"))
    stats.add_argument(
        "--from",
        dest="date_from",
        metavar="DATUM",
        help=_("Kennzahlen des Zeitraums ab diesem Tag (JJJJ-MM-TT; ohne: dieses Jahr)"),
    )
    stats.add_argument(
        "--to", dest="date_to", metavar="DATUM", help=_("… bis einschließlich diesem Tag")
    )
    find = commands.add_parser("search", help=_("Personen, Organisationen und Anfragen suchen"))
    find.add_argument("text", help=_("Suchbegriff"))
    find.add_argument("--limit", type=int, default=20, help=_("höchstens so viele Treffer"))
    importing = commands.add_parser(
        "import",
        help=_("Tabelle importieren (xlsx, xls, ods, csv)"),
        description=_(
            "Importiert eine Liste als Ehrenamtliche, Neuzugewanderte oder "
            "Organisationen: alles oder nichts, Dubletten erkannt. »import undo NR« "
            "macht einen Import rückgängig."
        ),
    )
    importing.add_argument(
        "kind",
        choices=[*_IMPORT_KINDS, "undo"],
        metavar=_("ART"),
        help=_("volunteers, newcomers, organisations – oder undo"),
    )
    importing.add_argument(
        "file", metavar=_("DATEI_ODER_NR"), help=_("die Datei (bei undo: die Nummer des Imports)")
    )
    importing.add_argument(
        "--sheet", metavar=_("NAME"), help=_("Tabellenblatt (Standard: das erste)")
    )
    importing.add_argument(
        "--mapping",
        metavar=_("NAME_ODER_JSON"),
        help=_('gespeicherte Zuordnung oder JSON {"Spalte": "feld"}'),
    )
    importing.add_argument("--dry-run", action="store_true", help=_("nur prüfen, nichts speichern"))
    importing.add_argument(
        "--on-duplicate",
        choices=("skip", "fill", "create"),
        default="skip",
        help=_("Dubletten überspringen (Standard), leere Felder ergänzen oder trotzdem anlegen"),
    )
    importing.add_argument(
        "--report", metavar=_("AUS.xlsx"), help=_("Fehlerbericht: abgelehnte Zeilen mit Grund")
    )
    importing.add_argument("--json", action="store_true", help=_("Ergebnis als JSON"))
    from . import cli_print

    cli_print.add_parser(commands)
    from . import cli_match

    cli_match.add_parser(commands)
    from . import cli_export

    cli_export.add_parser(commands)
    from . import cli_privacy

    cli_privacy.add_parser(commands)
    from . import cli_backup

    cli_backup.add_parser(commands)
    from . import cli_crypt

    cli_crypt.add_parser(commands)
    return parser


_IMPORT_KINDS = {
    "volunteers": "volunteer",
    "newcomers": "newcomer",
    "organisations": "organisation",
}


def _user(name: str | None) -> str:
    if name:
        return name
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on this system
        return "unbekannt"


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .db import open_database
    from .paths import default_database

    return open_database(args.db or default_database(), user=_user(args.user))


def run(args: argparse.Namespace) -> int:
    if args.command == "init":
        db = _open(args)
        print(_("Datenbank bereit: {location}", location=db.location))
        db.dispose()
        return 0
    if args.command == "demo":
        if args.volunteers < 1:
            raise ServiceError(_("--volunteers muss mindestens 1 sein."))
        from .demo import generate

        db = _open(args)
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(
                    f"\r{_('Beispieldaten')}: {done * 100 // max(total, 1)} %",
                    end="",
                    file=sys.stderr,
                    flush=True,
                )

        counts = generate(db, volunteers=args.volunteers, seed=args.seed, progress=progress)
        db.optimize()
        if sys.stderr.isatty():
            print(file=sys.stderr)
        total = sum(counts.values())
        print(
            _(
                "{n} Datensätze Beispieldaten angelegt in {s:.1f} s.",
                n=total,
                s=time.perf_counter() - started,
            )
        )
        db.dispose()
        return 0
    if args.command == "stats":
        from .services.figures import format_period_figures, period_figures
        from .services.periods import Period
        from .services.stats import format_figures, key_figures

        db = _open(args)
        figures = key_figures(db)
        if args.date_from or args.date_to:
            this_year = Period.containing("year")
            period = Period.between(
                args.date_from or this_year.start, args.date_to or this_year.end
            )
        else:
            period = Period.containing("year")
        in_period = period_figures(db, period)
        if args.json:
            data = {**figures, "period": in_period.as_dict()}
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(format_figures(figures))
            print()
            print(format_period_figures(in_period))
        db.dispose()
        return 0
    if args.command == "search":
        from .services.global_search import search

        db = _open(args)
        for result in search(db, args.text, args.limit):
            print(f"{result.kind}\t{result.entity_id}\t{result.title}\t{result.detail}")
        db.dispose()
        return 0
    if args.command == "import":
        return _import(args)
    if args.command == "print":
        from . import cli_print

        return cli_print.run(args)
    if args.command == "match":
        from . import cli_match

        return cli_match.run(args)
    if args.command == "privacy":
        from . import cli_privacy

        return cli_privacy.run(args)
    if args.command == "export":
        from . import cli_export

        return cli_export.run(args)
    if args.command in ("backup", "restore"):
        from . import cli_backup

        return cli_backup.run(args)
    if args.command in ("encrypt", "change-password"):
        from . import cli_crypt

        return cli_crypt.run(args)
    build_parser().print_help()
    return 2


def _import(args: argparse.Namespace) -> int:
    from .importing.reader import ImportFileError
    from .services.imports import ImportService, write_error_report

    db = _open(args)
    service = ImportService(db)
    try:
        if args.kind == "undo":
            try:
                batch = int(args.file)
            except ValueError:
                print(
                    _("Fehler: »{value}« ist keine Importnummer.", value=args.file), file=sys.stderr
                )
                return 2
            removed = service.undo(batch)
            print(
                _(
                    "Import Nr. {batch} rückgängig gemacht: {n} Einträge entfernt.",
                    batch=batch,
                    n=removed,
                )
            )
            return 0
        entity = _IMPORT_KINDS[args.kind]
        try:
            preview = service.read(entity, args.file, args.sheet)
        except ImportFileError as exc:
            print(_("Fehler: {message}", message=exc.message), file=sys.stderr)
            return 1
        mapping = (
            service.apply_mapping(entity, args.mapping, preview.layout.headers)
            if args.mapping
            else preview.mapping
        )
        plan = service.plan(entity, preview, mapping)
        if args.dry_run:
            from .importing.commit import ImportResult

            result = ImportResult(None)
            result.errors = plan.count("fehler")
            result.warnings = sum(1 for r in plan.rows if r.warnings and not r.errors)
            result.skipped_duplicates = plan.count("duplikat")
            result.created = len(plan.rows) - result.errors - result.skipped_duplicates
        else:
            result = service.run(plan, preview, on_duplicate=args.on_duplicate)
        if args.report:
            write_error_report(plan, args.report)
        if args.json:
            data = result.as_dict()
            data.update(
                dry_run=bool(args.dry_run),
                sheet=preview.sheet,
                mapping={preview.layout.headers[c]: k for c, k in sorted(mapping.items())},
                rejected=[{"row": r.row, "reason": r.reason} for r in plan.rows if r.errors],
            )
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            heading = (
                _("Probelauf (nichts gespeichert)")
                if args.dry_run
                else _("Import Nr. {batch}", batch=result.batch_id)
            )
            print(f"{heading}: {preview.path.name}, {_('Blatt')} »{preview.sheet}«")
            print(result.summary())
            for row in plan.rows:
                if row.errors:
                    print(_("  Zeile {row}: {reason}", row=row.row, reason=row.reason))
        return 0
    finally:
        db.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        from .logs import setup_logging

        setup_logging()
    except OSError:
        pass  # no writable data folder: go on without a log file
    try:
        return run(args)
    except ServiceError as exc:
        print(_("Fehler: {message}", message=exc.message), file=sys.stderr)
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
