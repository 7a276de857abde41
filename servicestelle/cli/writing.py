"""``servicestelle write``: write to the people of a list, filtered like ``export``, with
a saved template: one draft per person (``--eml DIR``) or through the office's mail
server (``--smtp``, the outbox). ``servicestelle outbox``: the mailings not yet finished;
``--retry`` sends what waits (refused addresses again too).

The mail server's password comes from the system's credential store (saved in the
program's settings) or the environment variable SERVICESTELLE_SMTP_PASSWORD.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ..errors import ServiceError
from ..i18n import _
from .common import Commands, open_database_for

COMMANDS = ("write", "outbox")
LISTS = ("volunteers", "newcomers")


def add_parsers(commands: Commands) -> None:
    write = commands.add_parser(
        "write",
        help=_("den Personen einer Liste schreiben (E-Mail-Entwürfe oder Mailserver)"),
        description=_(
            "Schreibt allen Personen einer (gefilterten) Liste, die per E-Mail "
            "angeschrieben werden dürfen, mit einer gespeicherten Vorlage."
        ),
    )
    write.add_argument("--list", required=True, choices=LISTS, metavar=_("LISTE"),
                       help=", ".join(LISTS))
    write.add_argument("--filter", action="append", default=[], metavar=_("FELD=WERT"),
                       help=_("nur Einträge mit diesem Wert (wie bei export)"))
    write.add_argument("--search", metavar=_("TEXT"), default="", help=_("Suchtext der Liste"))
    write.add_argument("--template", required=True, metavar=_("NAME"),
                       help=_("die gespeicherte Vorlage"))
    write.add_argument("--set", action="append", default=[], metavar=_("PLATZHALTER=WERT"),
                       help=_("Wert für alle, z. B. Veranstaltung=Ehrenamtsforum"))
    way = write.add_mutually_exclusive_group(required=True)
    way.add_argument("--eml", metavar=_("ORDNER"), help=_("ein Entwurf (.eml) je Person"))
    way.add_argument("--smtp", action="store_true", help=_("über den Mailserver senden"))
    # by post (cli/letters.py): letters as one PDF, or address labels
    way.add_argument("--letters", metavar=_("DATEI.pdf"), help=_("Briefe per Post, ein PDF"))
    way.add_argument("--labels", metavar=_("DATEI.pdf"), help=_("Adressetiketten als PDF"))
    write.add_argument("--sheet", default="L7163", metavar=_("BOGEN"),
                       help=_("Etikettenbogen: L7163, 3475, 3490 oder 3422"))
    write.add_argument("--start", type=int, default=1, metavar=_("N"),
                       help=_("erstes freies Etikett eines angebrochenen Bogens"))
    write.add_argument("--dry-run", action="store_true",
                       help=_("nur zeigen, wer angeschrieben würde, und eine Vorschau"))
    write.add_argument("--archived", action="store_true", help=argparse.SUPPRESS)
    write.add_argument("--sort", help=argparse.SUPPRESS)
    outbox = commands.add_parser(
        "outbox",
        help=_("Postausgang zeigen und Wartendes senden"),
        description=_("Zeigt die Rundschreiben, die noch nicht ganz gesendet sind."),
    )
    outbox.add_argument("--retry", action="store_true",
                        help=_("Wartende und abgelehnte E-Mails (erneut) senden"))


def _password(server: Any) -> str | None:
    from ..writing.server import stored_password

    return os.environ.get("SERVICESTELLE_SMTP_PASSWORD") or stored_password(server)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    db = open_database_for(args)
    try:
        return _write(db, args) if args.command == "write" else _outbox(db, args)
    except ServiceError as exc:
        print(_("Fehler: {message}", message=exc.message), file=sys.stderr)
        return 1
    finally:
        db.dispose()


def _write(db: Any, args: argparse.Namespace) -> int:
    from ..exporting.service import service_for
    from ..services.reach import reach
    from ..writing import outbox, templates
    from ..writing.drafts import write_drafts
    from ..writing.messages import personalise, recipients
    from ..writing.server import server_settings
    from ..writing.templates import TemplateService
    from .export import build_query

    service = service_for(db, args.list)
    try:
        query = build_query(service, args)
        chosen = service.list_select(query, []).order_by(None)
        template = TemplateService(db).get(args.template)
        shared = templates.office_values(db)
        for item in args.set:
            key, sep, value = item.partition("=")
            if not sep or key.strip() not in templates.SHARED:
                raise ServiceError(
                    _("»{item}«: bitte als PLATZHALTER=WERT, möglich: {known}.", item=item,
                      known=", ".join(templates.SHARED))
                )
            shared[key.strip()] = value.strip()
        templates.check(template.subject, template.body)
    except ServiceError as exc:
        print(_("Fehler: {message}", message=exc.message), file=sys.stderr)
        return 2
    if args.letters or args.labels:
        from .letters import write_by_post

        where = [service.model.id.in_(chosen)]
        return write_by_post(db, args, service.entity, where, template, shared)
    found = reach(db, service.entity, [service.model.id.in_(chosen)])
    people = recipients(db, service.entity, found)
    print(_("{total} in der Liste, {count} per E-Mail.", total=len(found.people),
            count=len(people)) + (" " + found.summary() if found.summary() else ""))
    if not people:
        return 0
    if args.dry_run:
        subject, body = personalise(template.subject, template.body, shared, people[0].values())
        print(_("Vorschau für {name} <{address}>:", name=people[0].display_name,
                address=people[0].address))
        print(_("Betreff: {subject}", subject=subject))
        print(body)
        return 0
    server = server_settings(db)
    if args.eml:
        files = write_drafts(args.eml, server.sender, template.subject, template.body, shared,
                             people, _progress)
        print(_("{count} Entwürfe gespeichert in {folder}.", count=len(files), folder=args.eml))
        return 0
    mailing = outbox.queue(db, template.subject, template.body, shared, server.sender, people)
    result = outbox.send(db, mailing, server, _password(server), _progress)
    print(result.summary())
    return 0 if not result.failed else 1


def _outbox(db: Any, args: argparse.Namespace) -> int:
    from ..writing import outbox
    from ..writing.server import server_settings

    waiting = [s for s in outbox.mailings(db) if s.queued or s.uncertain or s.failed]
    if not waiting:
        print(_("Im Postausgang wartet nichts."))
        return 0
    for state in waiting:
        print(_("Nr. {id} »{subject}«: {queued} wartend, {uncertain} unklar, {failed} "
                "abgelehnt, {sent} gesendet", id=state.id, subject=state.subject,
                queued=state.queued, uncertain=state.uncertain, failed=state.failed,
                sent=state.sent))
    if not args.retry:
        return 0
    server = server_settings(db)
    password = _password(server)
    code = 0
    for state in waiting:
        outbox.requeue(db, state.id, failed=True)
        result = outbox.send(db, state.id, server, password, _progress)
        print(_("Nr. {id}: {summary}", id=state.id, summary=result.summary()))
        code = code or (1 if result.failed else 0)
    return code
