"""The ``print`` command: PDF documents without a screen.

``servicestelle --db DB print pairings OUT.pdf --filter status=aktiv``,
``print profile --id 7 OUT.pdf`` and so on (``print --help`` lists them).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import ServiceError
from ..i18n import _
from .common import Commands, open_database_for

COMMANDS = ("print",)

LISTS = ("pairings", "volunteers", "requests", "organisations")
RECORDS = ("profile", "certificate", "attendance")


def add_parsers(commands: Commands) -> None:
    from ..printing import DOCUMENTS

    names = ", ".join(f"{key} ({doc.title})" for key, doc in DOCUMENTS.items())
    printing = commands.add_parser(
        "print",
        help=_("Liste oder Dokument als PDF ausgeben"),
        description=_(
            "Schreibt ein Dokument als PDF-Datei: {names}. Listen drucken, was der Filter "
            "auswählt; Profilblatt, Ehrenamtsnachweis und Teilnahmeliste brauchen --id.",
            names=names,
        ),
    )
    printing.add_argument(
        "document", choices=list(DOCUMENTS), metavar=_("DOKUMENT"), help=_("welches Dokument")
    )
    printing.add_argument("out", metavar=_("AUS.pdf"), help=_("die PDF-Datei"))
    printing.add_argument(
        "--id", type=int, metavar="N", help=_("Nummer des Datensatzes (Person, Veranstaltung)")
    )
    printing.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar=_("FELD=WERT"),
        help=_(
            "nur passende Einträge, z. B. status=aktiv oder district=Lankow "
            "(mehrfach möglich; mehrere Werte mit Komma)"
        ),
    )
    printing.add_argument(
        "--columns", metavar=_("SPALTEN"), help=_("Spalten mit Komma, z. B. last_name,phone")
    )
    printing.add_argument(
        "--group-by",
        metavar=_("SPALTE"),
        help=_("gruppieren nach dieser Spalte (»none«: keine Gruppen)"),
    )
    printing.add_argument(
        "--from", dest="start", metavar=_("DATUM"), help=_("Zeitraum ab (Nachweis, Bericht)")
    )
    printing.add_argument(
        "--to", dest="end", metavar=_("DATUM"), help=_("Zeitraum bis (Nachweis, Bericht)")
    )


def parse_filters(service: Any, pairs: list[str]) -> dict[str, Any]:
    """``["status=aktiv", "district=Lankow"]`` as a list query's filters: choices given
    by their value, their German label or (for lists such as districts) their name."""
    filters: dict[str, list[Any]] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ServiceError(_("Filter »{pair}«: bitte als FELD=WERT angeben.", pair=pair))
        spec = service.filters.get(key)
        if spec is None:
            known = ", ".join(service.filters)
            raise ServiceError(
                _("Unbekannter Filter »{key}« (möglich: {known}).", key=key, known=known)
            )
        values = [v.strip() for v in raw.split(",") if v.strip()]
        if spec.kind in ("choice", "ref"):
            values = [_choice(service, key, value) for value in values]
        filters.setdefault(key, []).extend(values)
    return {k: v[0] if len(v) == 1 else v for k, v in filters.items()}


def _choice(service: Any, key: str, value: str) -> Any:
    choices = service.filter_choices(key)
    if not choices:
        return value
    wanted = value.casefold()
    for choice, label in choices:
        if wanted in (str(getattr(choice, "value", choice)).casefold(), str(label).casefold()):
            return getattr(choice, "value", choice)
    known = ", ".join(str(label) for _c, label in choices[:30])
    raise ServiceError(
        _(
            "Filter {key}: »{value}« gibt es nicht (möglich: {known}).",
            key=key,
            value=value,
            known=known,
        )
    )


def run(args: argparse.Namespace) -> int:
    from ..printing import DOCUMENTS, render

    document = DOCUMENTS[args.document]
    if document.entity is not None and args.id is None:
        raise ServiceError(_("{title}: bitte mit --id N angeben, für wen.", title=document.title))
    params: dict[str, Any] = {}
    db = open_database_for(args)
    try:
        if args.document in LISTS:
            from ..printing.lists import LISTS as SPECS

            service = SPECS[args.document].service(db)
            if args.filter:
                params["filters"] = parse_filters(service, args.filter)
            if args.columns:
                params["columns"] = [c.strip() for c in args.columns.split(",") if c.strip()]
            if args.group_by:
                params["group_by"] = None if args.group_by == "none" else args.group_by
        elif args.filter or args.columns or args.group_by:
            raise ServiceError(
                _(
                    "{title}: --filter, --columns und --group-by gelten nur für Listen.",
                    title=document.title,
                )
            )
        if document.entity is not None:
            params["record_id"] = args.id
        if args.document in ("certificate", "report"):
            params.update(start=args.start, end=args.end)

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(
                    f"\r{_('Seiten')}: {done}/{max(total, done)}",
                    end="",
                    file=sys.stderr,
                    flush=True,
                )

        result = render(db, args.document, args.out, progress=progress, **params)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(
            _(
                "{title}: {pages} Seite(n) geschrieben nach {path}",
                title=result.title,
                pages=result.pages,
                path=result.path,
            )
        )
        return 0
    finally:
        db.dispose()
