"""``import ART DATEI``, ``import history`` and ``import undo NR``: lists from Excel, Calc or
CSV files, the imports made so far, and undoing one."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from ..enums import VolunteerStatus
from ..i18n import _
from .common import Commands, open_database_for, print_error

if TYPE_CHECKING:
    from ..importing.service import ImportService

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
            "Organisationen: alles oder nichts, Dubletten erkannt. »import history« "
            "listet die bisherigen Importe, »import undo NR« macht einen rückgängig "
            "(bearbeitete Einträge bleiben)."
        ),
    )
    importing.add_argument(
        "kind",
        choices=[*IMPORT_KINDS, "history", "undo"],
        metavar=_("ART"),
        help=_("volunteers, newcomers, organisations – oder history, undo"),
    )
    importing.add_argument(
        "file",
        nargs="?",
        metavar=_("DATEI_ODER_NR"),
        help=_("die Datei (bei undo: die Nummer des Imports)"),
    )
    importing.add_argument(
        "--sheet", metavar=_("NAME"), help=_("Tabellenblatt (Standard: das erste)")
    )
    importing.add_argument(
        "--mapping",
        metavar=_("NAME_ODER_JSON"),
        help=_('gespeicherte Zuordnung oder JSON {"Spalte": "feld"}'),
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=_("nur prüfen, nichts speichern (bei undo: nur sagen, was geschähe)"),
    )
    importing.add_argument(
        "--on-duplicate",
        choices=("skip", "fill", "update", "create"),
        default="skip",
        help=_(
            "Dubletten überspringen (Standard), leere Felder ergänzen, geänderte Felder "
            "aktualisieren oder trotzdem anlegen"
        ),
    )
    importing.add_argument(
        "--keep-date-cells",
        action="store_true",
        help=_(
            "Datumszellen übernehmen, wie sie sind – auch wenn die Liste durch ein "
            "englisch eingestelltes Tabellenprogramm ging (Standard: dort Tag und Monat "
            "der Datumszellen tauschen)"
        ),
    )
    importing.add_argument(
        "--active-without-consent",
        action="store_true",
        help=_("Personen ohne Einwilligung in der Liste trotzdem als »aktiv« anlegen"),
    )
    importing.add_argument(
        "--status",
        choices=[s.value for s in VolunteerStatus],
        metavar="STATUS",
        help=_(
            "Status neuer Ehrenamtlicher, wo die Liste keinen nennt: interessiert, aktiv, "
            "pausiert oder ausgeschieden (Standard: nach der Liste – »ausgeschieden« für "
            "eine Liste Ausgeschiedener, »interessiert« für Online-Anmeldungen, sonst "
            "»aktiv«)"
        ),
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
        if args.kind == "history":
            return _history(service, args)
        if args.kind == "undo":
            return _undo(service, args)
        if not args.file:
            print_error(_("Bitte die Datei angeben."))
            return 2
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
        plan = service.plan(
            entity, preview, mapping, swap_dates=() if args.keep_date_cells else None
        )
        if args.dry_run:
            from ..importing.commit import ImportResult

            result = ImportResult(None)
            result.errors = plan.count("fehler")
            result.warnings = sum(1 for r in plan.rows if r.warnings and not r.errors)
            result.skipped_duplicates = plan.count("duplikat")
            result.created = len(plan.rows) - result.errors - result.skipped_duplicates
            chosen = (
                VolunteerStatus(args.status) if args.status else service.suggested_status(preview)
            )
            if chosen == VolunteerStatus.ACTIVE:  # as the run would hold them back
                held = plan.counts().without_consent
                if args.active_without_consent:
                    result.active_without_consent = held
                else:
                    result.held_back = held
        else:
            result = service.run(
                plan,
                preview,
                on_duplicate=args.on_duplicate,
                active_without_consent=args.active_without_consent,
                status=(
                    VolunteerStatus(args.status)
                    if args.status
                    else service.suggested_status(preview)
                ),
            )
        if args.report:
            write_error_report(plan, args.report)
        if args.json:
            data = result.as_dict()
            data.update(
                dry_run=bool(args.dry_run),
                sheet=preview.sheet,
                mapping={preview.layout.headers[c]: k for c, k in sorted(mapping.items())},
                rejected=[{"row": r.row, "reason": r.reason} for r in plan.rows if r.errors],
                notices=plan.notices,
            )
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            heading = (
                _("Probelauf (nichts gespeichert)")
                if args.dry_run
                else _("Import Nr. {batch}", batch=result.batch_id)
            )
            print(f"{heading}: {preview.path.name}, {_('Blatt')} »{preview.sheet}«")
            for notice in plan.notices:
                print(notice)
            if result.held_back and not args.active_without_consent:
                print(_("(--active-without-consent legt sie trotzdem als »aktiv« an.)"))
            print(result.summary())
            for row in plan.rows:
                if row.errors:
                    print(_("  Zeile {row}: {reason}", row=row.row, reason=row.reason))
            for row_number, why in getattr(result, "refused", []):
                print(_("  Zeile {row} (nicht ergänzt): {reason}", row=row_number, reason=why))
            for row in plan.rows:
                if row.warnings and not row.errors:
                    text = " ".join(row.warnings)
                    print(_("  Zeile {row} (Hinweis): {reason}", row=row.row, reason=text))
        return 0
    finally:
        db.dispose()


def _history(service: ImportService, args: argparse.Namespace) -> int:
    from ..formats import format_value
    from ..importing.commit import entity_label

    entries = service.history()
    if args.json:
        data = [
            {
                "id": e.id,
                "entity": e.entity,
                "file": e.file_name,
                "sheet": e.sheet,
                "at": e.at.isoformat(),
                "user": e.user,
                "undone": e.undone,
                "rows": e.rows_total,
                "created": e.created,
                "updated": e.updated,
                "skipped_duplicates": e.skipped,
                "errors": e.rejected,
                "removed": e.removed,
                "remaining": e.remaining,
            }
            for e in entries
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print(_("Noch keine Importe."))
        return 0
    for e in entries:
        sheet = f" »{e.sheet}«" if e.sheet else ""
        if e.undone and e.remaining:
            state = _(
                "rückgängig gemacht ({n} entfernt, {kept} behalten)", n=e.removed, kept=e.remaining
            )
        elif e.undone:
            state = _("rückgängig gemacht ({n} entfernt)", n=e.removed)
        else:
            state = _("{n} noch vorhanden", n=e.remaining)
        print(
            _(
                "Nr. {id}  {at}  {user}  {kind}: {file}{sheet} – {created} angelegt, "
                "{updated} ergänzt, {skipped} Dubletten übersprungen, {errors} Fehler; {state}",
                id=e.id,
                at=format_value(e.at, "datetime"),
                user=e.user or "–",
                kind=entity_label(e.entity),
                file=e.file_name,
                sheet=sheet,
                created=e.created,
                updated=e.updated,
                skipped=e.skipped,
                errors=e.rejected,
                state=state,
            )
        )
    return 0


def _undo(service: ImportService, args: argparse.Namespace) -> int:
    try:
        batch = int(args.file or "")
    except ValueError:
        print(_("Fehler: »{value}« ist keine Importnummer.", value=args.file), file=sys.stderr)
        return 2
    preview = service.undo_preview(batch)
    if args.dry_run:  # only say what an undo would do
        if args.json:
            data = {"batch_id": batch, "remove": preview.remove, "kept": preview.keep}
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(preview.text())
        return 0
    if preview.nothing_to_undo:  # said, and the import is not marked as undone
        if args.json:
            data = {"batch_id": batch, "removed": 0, "kept": preview.keep, "nothing": True}
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(preview.text())
        return 0
    if not args.json:
        print(preview.text())
    removed = service.undo(batch)
    if args.json:
        print(
            json.dumps(
                {"batch_id": batch, "removed": removed, "kept": preview.keep},
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(
        _(
            "Import Nr. {batch} rückgängig gemacht: {n} Einträge entfernt.",
            batch=batch,
            n=removed,
        )
    )
    return 0
