"""``servicestelle match request ID`` and ``match newcomer ID``: the ranked volunteers
for a help request or a newcomer's pairing, with the reasons, as text or JSON."""

from __future__ import annotations

import argparse
import json

from ..i18n import _
from .common import Commands, open_database_for

COMMANDS = ("match",)


def add_parsers(commands: Commands) -> None:
    match = commands.add_parser(
        "match",
        help=_("passende Ehrenamtliche für eine Anfrage oder Patenschaft finden"),
        description=_(
            "Listet die aktiven Ehrenamtlichen, die zu einer Hilfsanfrage oder einer "
            "Patenschaft für eine*n Neuzugewanderte*n passen, nach Punkten geordnet, "
            "mit den Gründen dafür und dagegen."
        ),
    )
    match.add_argument(
        "kind",
        choices=("request", "newcomer"),
        metavar=_("ART"),
        help=_("request (Hilfsanfrage) oder newcomer (Neuzugewanderte*r)"),
    )
    match.add_argument("id", type=int, metavar=_("NR"), help=_("Nummer des Eintrags"))
    match.add_argument(
        "--top", type=int, default=10, metavar="N", help=_("höchstens so viele (Standard: 10)")
    )
    match.add_argument("--json", action="store_true", help=_("als JSON ausgeben"))


def run(args: argparse.Namespace) -> int:
    from ..services.matching import MatchingService

    db = open_database_for(args)
    try:
        service = MatchingService(db)
        top = max(args.top, 0)
        if args.kind == "request":
            result = service.for_request(args.id, top=top)
        else:
            result = service.for_newcomer(args.id, top=top)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return 0
    heading = _("Hilfsanfrage") if args.kind == "request" else _("Patenschaft für")
    print(f"{heading} {result.need.record_id}: {result.need.title}")
    print(_("{n} aktive Ehrenamtliche geprüft.", n=result.considered))
    for reason, count in sorted(result.excluded.items()):
        print(_("  ausgeschlossen: {count} – {reason}", count=count, reason=reason))
    if not result.matches:
        print(_("Niemand passt."))
    for rank, match in enumerate(result.matches, 1):
        print()
        print(f"{rank:>3}. {match.name} ({_('Nr.')} {match.volunteer_id}) – {match.score:g}")
        for text in match.reasons_for:
            print(f"       + {text}")
        for text in match.reasons_against:
            print(f"       − {text}")
    return 0
