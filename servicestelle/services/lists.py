"""The configurable lists (districts, languages, activity fields) and their defaults."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..defaults import all_language_names, seed_defaults
from ..errors import ValidationError
from ..i18n import N_, _
from ..validation import Field
from .base import Column, EntityService
from .short_lists import names_of, short_list

__all__ = ["all_language_names", "seed_defaults"]


class _ListService(EntityService[Any]):
    can_delete = True
    default_sort = (("sort_order", False), ("name", False))
    in_use_hint = N_(" Stattdessen »aktiv« abwählen: dann wird der Eintrag nicht mehr angeboten.")
    unique: ClassVar[tuple[str, ...]] = ("name",)

    def _validate_record(self, session: Session, obj: Any) -> None:
        # Lists are short: compare in Python, where case folding knows umlauts.
        errors = {}
        for name in self.unique:
            wanted = str(getattr(obj, name)).casefold()
            column = getattr(self.model, name)
            others = session.execute(select(self.model.id, column))  # type: ignore[attr-defined]
            if any(str(v).casefold() == wanted and i != obj.id for i, v in others):
                errors[name] = _(
                    "{label}: »{value}« gibt es schon.",
                    label=self.fields[name].label,
                    value=getattr(obj, name),
                )
        if errors:
            raise ValidationError(errors)

    def choices(self, *, include_inactive: bool = False) -> list[tuple[int, str]]:
        """(id, name) pairs in the configured order, for selection lists."""
        stmt = select(self.model.id, self.model.name).order_by(  # type: ignore[attr-defined]
            self.model.sort_order,
            self.model.name,  # type: ignore[attr-defined]
        )
        if not include_inactive:
            return names_of(self.db, self.model)  # shared with the filters' lists
        return short_list(self.db, ("choices", self.entity, include_inactive), self.entity, stmt)

    def by_name(self) -> dict[str, int]:
        return {name: i for i, name in self.choices(include_inactive=True)}


class DistrictService(_ListService):
    model = m.District
    entity = "district"
    fields: ClassVar[Mapping[str, Field]] = {
        "name": Field("Name", required=True, max_len=80),
        "ortsteil": Field("Ortsteil", kind="int", minimum=0),
        "area": Field("Bereich", max_len=80),
        "sort_order": Field("Reihenfolge", kind="int"),
        "active": Field("Aktiv", kind="bool"),
    }
    columns = {
        "name": Column("Stadtteil", m.District.name),
        "ortsteil": Column("Ortsteil", m.District.ortsteil, kind="int"),
        "area": Column("Bereich", m.District.area),
        "sort_order": Column("Reihenfolge", m.District.sort_order, shown=False, kind="int"),
    }


class ActivityFieldService(_ListService):
    model = m.ActivityField
    entity = "activity_field"
    fields: ClassVar[Mapping[str, Field]] = {
        "name": Field("Name", required=True, max_len=120),
        "description": Field("Beschreibung"),
        "sort_order": Field("Reihenfolge", kind="int"),
        "active": Field("Aktiv", kind="bool"),
    }
    columns = {
        "name": Column("Tätigkeitsfeld", m.ActivityField.name),
        "description": Column("Beschreibung", m.ActivityField.description),
        "sort_order": Column("Reihenfolge", m.ActivityField.sort_order, shown=False, kind="int"),
    }


class LanguageService(_ListService):
    model = m.Language
    entity = "language"
    unique = ("code",)
    default_sort = (("common", True), ("sort_order", False), ("name", False))
    fields: ClassVar[Mapping[str, Field]] = {
        "code": Field("ISO-639-Code", required=True, max_len=8),
        "name": Field("Name", required=True, max_len=80),
        "common": Field("Häufig gebraucht", kind="bool"),
        "sort_order": Field("Reihenfolge", kind="int"),
        "active": Field("Aktiv", kind="bool"),
    }
    columns = {
        "name": Column("Sprache", m.Language.name),
        "code": Column("Code", m.Language.code),
        "common": Column("Häufig", m.Language.common, kind="bool"),
        "sort_order": Column("Reihenfolge", m.Language.sort_order, shown=False, kind="int"),
    }

    def choices(self, *, include_inactive: bool = False) -> list[tuple[int, str]]:
        stmt = select(m.Language.id, m.Language.name).order_by(
            m.Language.common.desc(), m.Language.sort_order, m.Language.name
        )
        if not include_inactive:
            return names_of(self.db, self.model)
        return short_list(self.db, ("choices", self.entity, include_inactive), self.entity, stmt)

    def ids_by_code(self) -> dict[str, int]:
        with self.db.read() as session:
            return dict(session.execute(select(m.Language.code, m.Language.id)).all())
