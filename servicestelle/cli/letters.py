"""``servicestelle write … --letters OUT.pdf`` and ``--labels OUT.pdf [--sheet L7163]
[--start N]``: letters (with the saved template) or address labels for the people of
the list who may be written to by post; the others are counted with their reason."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from ..errors import ServiceError
from ..i18n import _


def write_by_post(
    db: Any,
    args: argparse.Namespace,
    kind: str,
    where: Sequence[Any],
    template: Any,
    shared: dict[str, str],
) -> int:
    from ..writing import labels, letters
    from ..writing.postal import addressees, postal_reach

    found = postal_reach(db, kind, where)
    people = addressees(db, kind, found)
    summary = found.summary()
    print(
        _("{total} in der Liste, {count} per Post.", total=len(found.people), count=len(people))
        + (" " + summary if summary else "")
    )
    if not people or args.dry_run:
        return 0
    try:
        if args.labels:
            labels.write_labels(people, args.labels, args.sheet, args.start)
            print(_("{count} Adressetiketten gespeichert in {path}.", count=len(people),
                    path=args.labels))  # fmt: skip
            return 0
        written = letters.compose(db, people, template.subject, template.body, shared)
        letters.write_letters(db, written, args.letters, progress=_progress)
    except ServiceError as exc:
        print(_("Fehler: {message}", message=exc.message), file=sys.stderr)
        return 2
    except OSError:
        print(_("Fehler: Die Datei {path} ließ sich nicht schreiben.", path=args.letters
                or args.labels), file=sys.stderr)  # fmt: skip
        return 1
    print(_("{count} Briefe gespeichert in {path}.", count=len(people), path=args.letters))
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
