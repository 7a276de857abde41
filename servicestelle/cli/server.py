"""``server setup`` and ``server upgrade``: the office's database on a PostgreSQL server,
set up and upgraded by the IT with an administrator login (see docs/IT.md).

Exit codes: 0 done; 1 failed (the server's reason is said); 2 invalid call.
"""

from __future__ import annotations

import argparse

from ..i18n import _
from .common import EXIT_OK, Commands, GermanParser, database_location

COMMANDS = ("server",)


def add_parsers(commands: Commands) -> None:
    server = commands.add_parser(
        "server",
        help=_("Datenbank auf einem PostgreSQL-Server einrichten oder aktualisieren (IT)"),
        description=_(
            "Für die IT, mit einer Administrator-Anmeldung des Servers in --db, z. B. "
            "--db postgresql+psycopg://postgres@server/servicestelle. Rückgabewert: 0 "
            "erledigt, 1 fehlgeschlagen, 2 ungültiger Aufruf."
        ),
    )
    actions = server.add_subparsers(dest="server_action", metavar=_("AKTION"),
                                    parser_class=GermanParser, required=True)
    actions.add_parser(
        "setup",
        help=_("einmalig: Eigentümer, Rollen, Tabellen und Rechte anlegen"),
        description=_(
            "Legt den Eigentümer der Tabellen (servicestelle_owner) und die Rollen "
            "(Leitung, Koordination, Förderung, Datenschutz, Lesen, Administration) an, "
            "erstellt oder aktualisiert die Tabellen als Eigentümer und vergibt die "
            "Rechte. Mehrfach ausführbar."
        ),
    )
    actions.add_parser(
        "upgrade",
        help=_("nach einem Programm-Update: Datenbank aktualisieren, Rechte neu vergeben"),
        description=_(
            "Bringt die Tabellen als Eigentümer auf den Stand dieser Programmversion und "
            "vergibt die Rechte neu. Mitarbeitende aktualisieren die Datenbank nie selbst."
        ),
    )


def run(args: argparse.Namespace) -> int:
    from ..server import setup

    url = database_location(args)
    report = setup.setup(url) if args.server_action == "setup" else setup.upgrade(url)
    if report.roles_created:
        print(_("Angelegte Rollen: {names}", names=", ".join(report.roles_created)))
    if report.revision_before != report.revision:
        print(_("Datenbank {name}: Schema {old} → {new}.", name=report.database,
                old=report.revision_before or _("leer"), new=report.revision))
    print(_("Datenbank {name} ist eingerichtet (Schema {rev}); die Rechte der Rollen sind "
            "vergeben.", name=report.database, rev=report.revision))
    if not report.search_indexed:
        print(_("Hinweis: Die Erweiterung »pg_trgm« fehlt auf dem Server (Paket "
                "»postgresql-contrib«). Die Suche funktioniert, ist bei vielen Einträgen "
                "aber langsamer. Nach dem Installieren den Befehl erneut ausführen."))
    return EXIT_OK
