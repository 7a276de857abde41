"""``servicestelle export LISTE AUS.xlsx``: a list, filtered and sorted, as Excel file.

Usage errors (unknown list, filter, column or value) end with exit code 2, a file that
cannot be written with 1, like the other commands.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from ..errors import ServiceError
from ..i18n import _
from .common import Commands, open_database_for

COMMANDS = ("export",)

# The lists that can be exported, as ``exporting.service.ENTITIES`` names them (written
# out here so that building the parser does not import the services; a test compares).
LISTS = ("volunteers", "newcomers", "pairings", "requests", "organisations", "events")


def add_parsers(commands: Commands) -> None:
    export = commands.add_parser(
        "export",
        help=_("eine Liste als Excel-Datei (.xlsx) speichern"),
        description=_(
            "Speichert eine Liste so, wie sie die Listenseite zeigt: Filter, Suche, "
            "Sortierung und Spalten wählbar. Das zweite Tabellenblatt »Info« nennt "
            "Datum, Filter und Benutzer."
        ),
    )
    export.add_argument("list", choices=LISTS, metavar=_("LISTE"), help=", ".join(LISTS))
    export.add_argument("out", metavar=_("AUS.xlsx"), help=_("die Datei, die entsteht"))
    export.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar=_("FELD=WERT"),
        help=_(
            "nur Einträge mit diesem Wert (mehrmals möglich; derselbe FELD mehrmals: "
            "einer der Werte). Werte als Name oder Nummer, Daten als TT.MM.JJJJ"
        ),
    )
    export.add_argument(
        "--columns",
        metavar=_("a,b,c"),
        help=_("diese Spalten in dieser Reihenfolge (Standard: die der Listenseite)"),
    )
    export.add_argument("--search", metavar=_("TEXT"), default="", help=_("Suchtext der Liste"))
    export.add_argument(
        "--sort",
        metavar=_("SPALTE"),
        help=_("sortieren nach dieser Spalte; SPALTE:ab sortiert absteigend"),
    )
    export.add_argument(
        "--archived", action="store_true", help=_("archivierte Einträge einschließen")
    )


class UsageError(ServiceError):
    """A wrong argument (exit code 2)."""


def _filter_value(service: Any, key: str, text: str) -> Any:
    """A filter value given as text: an enum's value or label, a list entry's name or
    number; dates and yes/no as they are (the service checks them)."""
    spec = service.filters[key]
    if spec.kind in ("date_from", "date_to"):
        return text
    if spec.kind == "bool":
        return text.strip().casefold() in ("1", "ja", "j", "yes", "true", "wahr")
    choices = service.filter_choices(key)
    wanted = text.strip().casefold()
    for value, label in choices:
        if wanted in (str(getattr(value, "value", value)).casefold(), str(label).casefold()):
            return value
    if spec.kind == "ref" and wanted.isdigit():
        return int(wanted)
    known = ", ".join(str(label) for _value, label in choices[:30])
    raise UsageError(
        _(
            "Unbekannter Wert »{value}« für den Filter »{key}«.{known}",
            value=text,
            key=key,
            known=_(" Möglich: {known}.", known=known) if known else "",
        )
    )


def build_query(service: Any, args: argparse.Namespace) -> Any:
    from ..search import BY_ENTITY
    from ..services.base import ListQuery

    filters: dict[str, Any] = {}
    for item in args.filter:
        key, sep, text = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UsageError(_("»{item}«: bitte als FELD=WERT angeben.", item=item))
        if key not in service.filters:
            raise UsageError(
                _(
                    "Unbekannter Filter »{key}«. Möglich sind: {known}.",
                    key=key,
                    known=", ".join(service.filters),
                )
            )
        several = service.filters[key].kind in ("choice", "ref")
        texts = [t for t in text.split(",") if t.strip()] if several else [text]
        for value in (_filter_value(service, key, t) for t in texts or [text]):
            if key in filters:  # repeated (or »a,b«): any of the values
                previous = filters[key]
                filters[key] = [*(previous if isinstance(previous, list) else [previous]), value]
            else:
                filters[key] = value
    if args.search.strip() and service.entity not in BY_ENTITY:
        raise UsageError(_("Diese Liste lässt sich nicht nach Text durchsuchen."))
    sort: list[tuple[str, bool]] = []
    if args.sort:
        name, _sep, direction = args.sort.partition(":")
        key = name.strip().lstrip("-")
        descending = name.strip().startswith("-") or direction.strip().casefold() in (
            "ab",
            "absteigend",
            "desc",
        )
        column = service.columns.get(key)
        if column is None or not column.sortable:
            sortable = [k for k, c in service.columns.items() if c.sortable]
            raise UsageError(
                _(
                    "Nach »{key}« lässt sich nicht sortieren. Möglich sind: {known}.",
                    key=key,
                    known=", ".join(sortable),
                )
            )
        sort.append((key, descending))
    return ListQuery(filters=filters, text=args.search, sort=sort, include_archived=args.archived)


def run(args: argparse.Namespace) -> int:
    from ..exporting.lists import check_columns
    from ..exporting.service import ExportService, service_for

    db = open_database_for(args)
    try:
        service = service_for(db, args.list)
        try:
            query = build_query(service, args)
            columns = [c.strip() for c in (args.columns or "").split(",") if c.strip()]
            columns = check_columns(service, columns)
            service.list_select(query, columns)  # wrong filter values: German message now
        except ServiceError as exc:
            print(_("Fehler: {message}", message=exc.message), file=sys.stderr)
            return 2
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                share = done * 100 // max(total, 1)
                print(f"\r{_('Export')}: {share} %", end="", file=sys.stderr, flush=True)

        count = ExportService(db).export(service, query, columns, args.out, progress=progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(
            _(
                "{n} Zeilen exportiert nach {path} ({s} s).",
                n=f"{count:,}".replace(",", "."),
                path=args.out,
                s=f"{time.perf_counter() - started:.1f}".replace(".", ","),
            )
        )
        return 0
    finally:
        db.dispose()
