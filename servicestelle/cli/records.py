"""``stats`` and ``search``: key figures and the global search, as text or JSON."""

from __future__ import annotations

import argparse
import json
import re

from ..i18n import _
from .common import Commands, open_database_for

COMMANDS = ("stats", "search")


def add_parsers(commands: Commands) -> None:
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


def run(args: argparse.Namespace) -> int:
    return _stats(args) if args.command == "stats" else _search(args)


def _stats(args: argparse.Namespace) -> int:
    from ..services.figures import format_period_figures, period_figures
    from ..services.periods import Period
    from ..services.stats import format_figures, key_figures

    db = open_database_for(args)
    figures = key_figures(db)
    if args.date_from or args.date_to:
        this_year = Period.containing("year")
        period = Period.between(args.date_from or this_year.start, args.date_to or this_year.end)
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


# Control characters (a NUL or an escape sequence of a file written by another program,
# tabs and line breaks inside a field) never reach the terminal raw.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def printable(value: object) -> str:
    """One field of an output line, its control characters shown as one space each run."""
    return _CONTROL.sub(" ", "" if value is None else str(value)).strip()


def _search(args: argparse.Namespace) -> int:
    from ..services.global_search import search

    text = printable(args.text)
    db = open_database_for(args)
    try:
        for result in search(db, text, args.limit) if text else []:
            fields = (result.kind, result.entity_id, result.title, result.detail)
            print("\t".join(printable(f) for f in fields))
    finally:
        db.dispose()
    return 0
