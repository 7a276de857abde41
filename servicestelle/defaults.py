"""The lists a new database starts with (Schwerin's districts, activity fields, every
language with a German name), read from the files shipped in ``resources/lists``.

Apart from the services: opening a new database (``db``) fills them, and the list
services offer the language names again.
"""

from __future__ import annotations

import csv

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import models as m
from .paths import resource_path


def _read_csv(name: str) -> list[dict[str, str]]:
    with resource_path("lists", name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def all_language_names() -> dict[str, str]:
    """ISO 639 codes with German names: the office's common ones first, then babel's."""
    from babel import Locale

    names = {row["iso"]: row["deutsch"] for row in _read_csv("languages_common.csv")}
    for code, name in sorted(Locale("de").languages.items(), key=lambda kv: kv[1]):
        if len(code) == 2 and code not in names:
            names[code] = name
    return names


def seed_defaults(session: Session) -> None:
    """Fill empty lists with the shipped defaults (Schwerin's districts …)."""
    if session.scalar(select(m.District.id).limit(1)) is None:
        for order, row in enumerate(_read_csv("districts_schwerin.csv")):
            session.add(
                m.District(
                    name=row["stadtteil"],
                    ortsteil=int(row["ortsteil"]) if row["ortsteil"] else None,
                    area=row["bereich"] or None,
                    sort_order=order,
                )
            )
    if session.scalar(select(m.ActivityField.id).limit(1)) is None:
        for order, row in enumerate(_read_csv("activity_fields.csv")):
            session.add(
                m.ActivityField(
                    name=row["taetigkeitsfeld"],
                    description=row["beschreibung"] or None,
                    sort_order=order,
                )
            )
    if session.scalar(select(m.Language.id).limit(1)) is None:
        common = {row["iso"] for row in _read_csv("languages_common.csv")}
        session.add_all(
            m.Language(code=code, name=name, common=code in common, sort_order=order)
            for order, (code, name) in enumerate(all_language_names().items())
        )


