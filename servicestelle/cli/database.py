"""``init`` and ``demo``: create or migrate the database, fill it with sample data."""

from __future__ import annotations

import argparse
import sys
import time

from ..i18n import _
from .common import Commands, open_database_for

COMMANDS = ("init", "demo")


def add_parsers(commands: Commands) -> None:
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


def run(args: argparse.Namespace) -> int:
    return _init(args) if args.command == "init" else _demo(args)


def _init(args: argparse.Namespace) -> int:
    db = open_database_for(args)
    print(_("Datenbank bereit: {location}", location=db.location))
    db.dispose()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from ..errors import ServiceError

    if args.volunteers < 1:
        raise ServiceError(_("--volunteers muss mindestens 1 sein."))
    from ..demo import generate

    db = open_database_for(args)
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
