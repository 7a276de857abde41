"""``servicestelle privacy …``: erasure on request, access report, retention rules and
the records of processing, without a screen.

- ``privacy erase --volunteer ID`` (or ``--newcomer``, ``--contact-person``): names
  what will go and asks, unless ``--yes``;
- ``privacy report --volunteer ID [AUS.pdf]``: the access letter as PDF (``--language
  en`` in English), with the JSON file next to it (or where ``--json`` says); without
  AUS.pdf, or given a folder, named ``Auskunft_Nachname_Vorname_Datum.pdf``;
- ``privacy retention``: what the retention rules would do today; ``--apply`` does it
  (after asking, unless ``--yes``);
- ``privacy records AUS.pdf``: the records of processing activities.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..i18n import _
from .common import Commands, open_database_for

COMMANDS = ("privacy",)

PERSONS = (("volunteer", "--volunteer"), ("newcomer", "--newcomer"),
           ("contact_person", "--contact-person"))  # fmt: skip


def _person_options(parser: Any, kinds: tuple[str, ...]) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    labels = {
        "volunteer": _("Ehrenamtliche*r mit dieser Nummer"),
        "newcomer": _("Neuzugewanderte*r mit dieser Nummer"),
        "contact_person": _("Ansprechperson mit dieser Nummer"),
    }
    for kind, option in PERSONS:
        if kind in kinds:
            group.add_argument(option, dest=kind, type=int, metavar="NR", help=labels[kind])


def add_parsers(commands: Commands) -> None:
    privacy = commands.add_parser(
        "privacy",
        help=_("Datenschutz: Löschen auf Antrag, Auskunft, Löschfristen, Verzeichnis"),
        description=_("Datenschutzfunktionen (DSGVO) ohne Bildschirm."),
    )
    actions = privacy.add_subparsers(
        dest="privacy_command", metavar=_("AKTION"), parser_class=type(privacy)
    )
    erase = actions.add_parser(
        "erase",
        help=_("eine Person auf Antrag löschen (Art. 17 DSGVO)"),
        description=_(
            "Entfernt alle Spuren einer Person aus der Datenbank und verdichtet "
            "die Datei. Fragt vorher nach, außer mit --yes."
        ),
    )
    _person_options(erase, ("volunteer", "newcomer", "contact_person"))
    erase.add_argument("--yes", action="store_true", help=_("ohne Rückfrage"))
    report = actions.add_parser(
        "report",
        help=_("Auskunft über eine Person (Art. 15 DSGVO) als PDF und JSON"),
        description=_(
            "Schreibt alles, was zu einer Person gespeichert ist, als PDF und "
            "als JSON-Datei (Standard: neben der PDF-Datei)."
        ),
    )
    _person_options(report, ("volunteer", "newcomer", "contact_person"))
    report.add_argument(
        "out",
        nargs="?",
        metavar=_("AUS.pdf"),
        help=_(
            "die PDF-Datei oder ein Ordner (Standard: »Auskunft_Nachname_Vorname_Datum.pdf« "
            "im aktuellen Ordner)"
        ),
    )
    report.add_argument("--json", metavar=_("AUS.json"), help=_("die JSON-Datei"))
    report.add_argument(
        "--language",
        choices=("de", "en"),
        default="de",
        help=_("Sprache des Schreibens: de (Deutsch, Standard) oder en (Englisch)"),
    )
    retention = actions.add_parser(
        "retention",
        help=_("Löschfristen prüfen und anwenden"),
        description=_(
            "Zeigt je Regel, wie viele Einträge fällig sind; --apply wendet "
            "alle Regeln in einem Schritt an."
        ),
    )
    retention.add_argument("--apply", action="store_true", help=_("fällige Einträge bearbeiten"))
    retention.add_argument("--yes", action="store_true", help=_("ohne Rückfrage"))
    records = actions.add_parser(
        "records",
        help=_("Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO) als PDF"),
    )
    records.add_argument("out", metavar=_("AUS.pdf"), help=_("die PDF-Datei"))


def _confirm(question: str) -> bool:
    print(question + " " + _("[j/N]"), end=" ", flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, KeyboardInterrupt):
        answer = ""
    return answer.strip().casefold() in ("j", "ja", "y", "yes")


def _chosen(args: argparse.Namespace) -> tuple[str, int]:
    for kind, _option in PERSONS:
        value = getattr(args, kind, None)
        if value is not None:
            return kind, int(value)
    raise AssertionError("argparse requires one person")


def run(args: argparse.Namespace) -> int:

    command = getattr(args, "privacy_command", None)
    if command is None:
        print(
            _("Fehler: bitte eine Aktion angeben (erase, report, retention, records)."),
            file=sys.stderr,
        )
        return 2
    db = open_database_for(args)
    try:
        return {"erase": _erase, "report": _report, "retention": _retention, "records": _records}[
            command
        ](db, args)
    finally:
        db.dispose()


def _erase(db: Any, args: argparse.Namespace) -> int:
    from ..services.privacy import PrivacyService

    person, person_id = _chosen(args)
    service = PrivacyService(db)
    plan = service.plan_erasure(person, person_id)
    print(_("Es wird gelöscht:"))
    print(plan.describe())
    if not args.yes and not _confirm(_("Unwiderruflich löschen?")):
        print(_("Nichts gelöscht."))
        return 1
    result = service.erase(person, person_id)
    print(
        _(
            "Gelöscht: {label} Nr. {id} ({s:.1f} s).",
            label=plan.label,
            id=person_id,
            s=result.seconds,
        )
    )
    if not result.compacted:
        print(
            _(
                "Hinweis: die Datenbankdatei konnte nicht vollständig verdichtet werden, weil "
                "ein anderes Programm sie geöffnet hat. Bitte später erneut löschen lassen "
                "oder die Datenbank schließen."
            ),
            file=sys.stderr,
        )
    print(
        _(
            "Hinweis: ältere Datensicherungen enthalten die Person noch, bis sie durch "
            "neuere ersetzt werden."
        )
    )
    return 0


def _report(db: Any, args: argparse.Namespace) -> int:
    from ..printing.access_letter import suggested_names
    from ..printing.privacy import write_access_report

    person, person_id = _chosen(args)
    pdf_name, json_name = suggested_names(db, person, person_id)
    out = Path(args.out) if args.out else Path.cwd()
    if out.is_dir():
        out = out / pdf_name
    json_path = Path(args.json) if args.json else out.with_suffix(".json")
    write_access_report(db, person, person_id, out, json_path, language=args.language)
    print(_("Auskunft geschrieben: {pdf} und {json}", pdf=out, json=json_path))
    return 0


def _retention(db: Any, args: argparse.Namespace) -> int:
    from ..services.privacy import PrivacyService

    service = PrivacyService(db)
    rules = service.review()
    for rule in rules:
        print(f"{rule.title}: {rule.count}")
        print(f"  {rule.description}")
    if not args.apply:
        return 0
    if not any(r.count for r in rules):
        print(_("Nichts fällig."))
        return 0
    if not args.yes and not _confirm(_("Jetzt anwenden?")):
        print(_("Nichts geändert."))
        return 1
    for rule in service.apply():
        print(
            _("{title}: {n} erledigt ({s:.1f} s)", title=rule.title, n=rule.count, s=rule.seconds)
        )
    return 0


def _records(db: Any, args: argparse.Namespace) -> int:
    from ..printing.privacy import write_records_of_processing

    result = write_records_of_processing(db, args.out)
    print(_("Verzeichnis geschrieben: {path} ({n} Seiten)", path=result.path, n=result.pages))
    return 0
