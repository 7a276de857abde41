"""Helpers shared by the services of people (volunteers, newcomers, contact persons)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from .. import models as m
from ..enums import LanguageLevel
from ..errors import ValidationError
from ..i18n import _
from ..validation import Field, plausible_age


def postcode_check(value: str, _values: Mapping[str, Any]) -> str | None:
    return None if re.fullmatch(r"\d{5}", value) else _("fünf Ziffern, z. B. 19053")


def person_fields(min_age: int, max_age: int) -> dict[str, Field]:
    return {
        "first_name": Field("Vorname", max_len=100, empty=""),
        "last_name": Field("Nachname", required=True, max_len=100),
        "birth_date": Field("Geburtsdatum", kind="date", check=plausible_age(min_age, max_age)),
        "email": Field("E-Mail", kind="email", max_len=254),
        "phone": Field("Telefon", kind="phone"),
        "street": Field("Straße", max_len=120),
        "postcode": Field("PLZ", max_len=10, check=postcode_check),
        "city": Field("Ort", max_len=80),
        "district_id": Field("Stadtteil", kind="ref"),
        "notes": Field("Notizen"),
    }


def language_names(link: type[m.Base], owner_column: Any, owner_id: Any) -> Any:
    """A correlated subquery: the owner's language names, comma-separated."""
    return (
        select(func.aggregate_strings(m.Language.name, ", "))
        .join(link, link.language_id == m.Language.id)  # type: ignore[attr-defined]
        .where(owner_column == owner_id)
        .scalar_subquery()
    )


def has_language(link: type[m.Base], owner_column: Any, owner_id: Any) -> Any:
    def build(value: Any) -> ColumnElement[bool]:
        ids = list(value) if isinstance(value, list | tuple | set) else [value]
        return exists().where(
            owner_column == owner_id,
            link.language_id.in_(ids),  # type: ignore[attr-defined]
        )

    return choices_from(m.Language, build)


def choices_from(model: type[m.Base], build: Any) -> Any:
    """Mark a hand-written filter as choosing among the entries of ``model``."""
    build.choices_from = model
    return build


def in_values(column: Any):  # type: ignore[no-untyped-def]
    """A filter accepting one value or a list of values (its choices come from the
    column: an enum's members, or the records a foreign key points at)."""

    def build(value: Any) -> ColumnElement[bool]:
        if isinstance(value, list | tuple | set):
            return column.in_(list(value))
        return column == value

    build.column = column  # type: ignore[attr-defined]
    return build


def linked_to(key: Any, link_key: Any, link_column: Any):  # type: ignore[no-untyped-def]
    """A filter for records (``key``) linked through a table (``link_key`` pointing at
    them) to one of the given values of ``link_column``: e.g. the requests a volunteer
    was asked for. Screens set it from a record, never offer it as a choice."""

    def build(value: Any) -> ColumnElement[bool]:
        values = list(value) if isinstance(value, list | tuple | set) else [value]
        return key.in_(select(link_key).where(link_column.in_(values)))

    return build


def clean_languages(
    session: Session, entries: Iterable[Any], default_level: LanguageLevel
) -> dict[int, LanguageLevel]:
    """Languages given as ids, ISO codes, or (id-or-code, level) pairs → {id: level}."""
    codes = dict(session.execute(select(m.Language.code, m.Language.id)).all())
    known_ids = set(codes.values())
    result: dict[int, LanguageLevel] = {}
    unknown: list[str] = []
    for entry in entries:
        key, level = entry if isinstance(entry, list | tuple) else (entry, default_level)
        language_id = codes.get(str(key).strip().lower()) if isinstance(key, str) else key
        if language_id not in known_ids:
            unknown.append(str(key))
            continue
        try:
            result[language_id] = (
                level if isinstance(level, LanguageLevel) else LanguageLevel(level)
            )
        except ValueError:
            try:
                result[language_id] = LanguageLevel.from_label(str(level))  # type: ignore[assignment]
            except ValueError:
                unknown.append(f"{key} ({level})")
    if unknown:
        raise ValidationError(
            {"languages": _("Sprachen: unbekannt: {names}", names=", ".join(unknown))}
        )
    return result


def sync_languages(
    session: Session,
    links: list[Any],
    wanted: dict[int, LanguageLevel],
    make: Any,
    level_attr: str = "level",
) -> bool:
    """Bring a person's language links in line with ``wanted``; True when changed.
    ``make(language, level)`` builds a new link row for a ``Language``."""
    changed = False
    for link in list(links):
        if link.language_id not in wanted:
            links.remove(link)
            changed = True
        elif getattr(link, level_attr) != wanted[link.language_id]:
            setattr(link, level_attr, wanted[link.language_id])
            changed = True
    present = {link.language_id for link in links}
    for language_id, level in wanted.items():
        if language_id not in present:
            links.append(make(session.get(m.Language, language_id), level))
            changed = True
    return changed


def current_consent(consents: Iterable[m.Consent], day: dt.date | None = None) -> m.Consent | None:
    """The latest consent valid on ``day`` (today by default)."""
    day = day or dt.date.today()
    valid = [c for c in consents if c.is_valid_on(day)]
    return max(valid, key=lambda c: (c.given_on, c.id or 0)) if valid else None
