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
    printing.add_argument(
        "--text",
        metavar=_("DATEI"),
        help=_(
            "Nachweis: der Text wie bearbeitet (Textdatei: Einleitung, Tätigkeiten als "
            "Zeilen mit »- «, Schluss; durch Leerzeilen getrennt)"
        ),
    )
    printing.add_argument(
        "--write-text",
        action="store_true",
        help=_("Nachweis: statt der PDF-Datei den zusammengestellten Text nach AUS schreiben"),
    )
    printing.add_argument(
        "--no-hours",
        action="store_true",
        help=_("Nachweis: ohne die Aufstellung der Stunden"),
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
        if args.document == "certificate":
            if args.write_text:
                return _write_certificate_text(db, args)
            text = _certificate_text(db, args)
            if text is not None:
                params["text"] = text
        elif args.text or args.write_text or args.no_hours:
            raise ServiceError(
                _(
                    "{title}: --text, --write-text und --no-hours gelten nur für den "
                    "Ehrenamtsnachweis.",
                    title=document.title,
                )
            )

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


def _certificate_text(db: Any, args: argparse.Namespace) -> Any:
    """The certificate's text: as given with --text (read as UTF-8), without the hours
    with --no-hours; None: as composed."""
    from dataclasses import replace
    from pathlib import Path

    from ..printing.certificate import certificate_text, from_plain_text

    if not args.text and not args.no_hours:
        return None
    text = certificate_text(db, args.id, args.start, args.end)
    if args.text:
        try:
            plain = Path(args.text).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ServiceError(
                _("Die Textdatei »{path}« ist nicht lesbar: {reason}", path=args.text,
                  reason=getattr(exc, "strerror", None) or _("kein UTF-8-Text"))
            ) from None  # fmt: skip
        text = from_plain_text(text, plain)
    return replace(text, show_hours=not args.no_hours)


def _write_certificate_text(db: Any, args: argparse.Namespace) -> int:
    """Write the composed text of the certificate to a text file (to edit, then print
    with --text)."""
    import os
    from pathlib import Path

    from ..leftovers import writing
    from ..printing.certificate import certificate_text, plain_text

    target = Path(args.out)
    text = plain_text(certificate_text(db, args.id, args.start, args.end))
    temporary = target.with_name(f".{target.name}.teil")
    try:
        with writing(temporary):
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ServiceError(
            _("Die Datei »{path}« kann nicht geschrieben werden: {reason}", path=target,
              reason=exc.strerror)
        ) from None  # fmt: skip
    print(_("Text des Nachweises geschrieben nach {path}", path=target))
    return 0
