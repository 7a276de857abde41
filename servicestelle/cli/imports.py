"""``import ART DATEI`` and ``import undo NR``: lists from Excel, Calc or CSV files."""

from __future__ import annotations

import argparse
import json
import sys

from ..i18n import _
from .common import Commands, open_database_for, print_error

COMMANDS = ("import",)

# The kinds of list the command line names → the importer's entity.
IMPORT_KINDS = {
    "volunteers": "volunteer",
    "newcomers": "newcomer",
    "organisations": "organisation",
}


def add_parsers(commands: Commands) -> None:
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
        choices=[*IMPORT_KINDS, "undo"],
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


def run(args: argparse.Namespace) -> int:
    from ..importing.reader import ImportFileError
    from ..importing.service import ImportService, write_error_report

    db = open_database_for(args)
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
        entity = IMPORT_KINDS[args.kind]
        try:
            preview = service.read(entity, args.file, args.sheet)
        except ImportFileError as exc:
            print_error(exc.message)
            return 1
        mapping = (
            service.apply_mapping(entity, args.mapping, preview.layout.headers)
            if args.mapping
            else preview.mapping
        )
        plan = service.plan(entity, preview, mapping)
        if args.dry_run:
            from ..importing.commit import ImportResult

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
