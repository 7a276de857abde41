"""Newcomers (Neuzugewanderte): a person or a household."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import FromClause
from sqlalchemy.orm import Session

from .. import models as m
from ..enums import LanguageLevel, NewcomerKind, NewcomerStatus, Salutation
from ..errors import ValidationError
from ..i18n import _
from ..validation import Field, not_in_future
from .base import Column, EntityService, Filter
from .consent_filter import consent_filter
from .people import (
    clean_languages,
    has_language,
    in_values,
    language_names,
    person_fields,
    sync_languages,
)

N = m.Newcomer
_district = m.District.__table__.alias("nd")


class NewcomerService(EntityService[m.Newcomer]):
    model = m.Newcomer
    entity = "newcomer"
    fields: ClassVar[Mapping[str, Field]] = {
        **person_fields(0, 110),
        "salutation": Field("Anrede", kind="enum", enum=Salutation),
        "kind": Field("Art", kind="enum", enum=NewcomerKind, required=True),
        "status": Field("Status", kind="enum", enum=NewcomerStatus, required=True),
        "household_size": Field("Personen im Haushalt", kind="int", minimum=1, maximum=30),
        "children_count": Field("Kinder", kind="int", minimum=0, maximum=20),
        "contact_name": Field("Ansprechperson", max_len=200),
        "country_of_origin": Field("Herkunftsland", max_len=80),
        "arrived_on": Field("Angekommen am", kind="date", check=not_in_future),
        "referred_by_id": Field("Vermittelt durch", kind="ref"),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "last_name": Column("Name", N.last_name, sort_by=N.sort_key),
        "first_name": Column("Vorname", N.first_name),
        "kind": Column("Art", N.kind, kind="enum"),
        "status": Column("Status", N.status, kind="enum"),
        "district": Column("Stadtteil", _district.c.name),
        "languages": Column(
            "Sprachen",
            language_names(m.NewcomerLanguage, m.NewcomerLanguage.newcomer_id, N.id),
            sortable=False,
        ),
        "household_size": Column("Personen", N.household_size, kind="int"),
        "country_of_origin": Column("Herkunft", N.country_of_origin),
        "phone": Column("Telefon", N.phone, kind="phone"),
        "arrived_on": Column("Angekommen", N.arrived_on, shown=False, kind="date"),
        "email": Column("E-Mail", N.email, shown=False),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        "status": Filter("Status", in_values(N.status)),
        "kind": Filter("Art", in_values(N.kind)),
        "district": Filter("Stadtteil", in_values(N.district_id), kind="ref"),
        "language": Filter(
            "Sprache",
            has_language(m.NewcomerLanguage, m.NewcomerLanguage.newcomer_id, N.id),
            kind="ref",
        ),
        "consent": Filter(
            "Einwilligung", consent_filter(m.Consent.newcomer_id, N.id), kind="choice"
        ),
        "arrived_from": Filter("angekommen ab", lambda v: N.arrived_on >= v, kind="date_from"),
        "arrived_to": Filter("angekommen bis", lambda v: N.arrived_on <= v, kind="date_to"),
    }
    default_sort = (("last_name", False),)
    link_fields = frozenset({"languages"})

    def _from(self) -> FromClause:
        return N.__table__.outerjoin(_district, _district.c.id == N.district_id)

    def create(self, **values: Any) -> m.Newcomer:
        values.setdefault("kind", NewcomerKind.PERSON)
        values.setdefault("status", NewcomerStatus.OPEN)
        return super().create(**values)

    def _apply(self, session: Session, obj: m.Newcomer, values: Mapping[str, Any]) -> None:
        values = dict(values)
        languages = values.pop("languages", None)
        super()._apply(session, obj, values)
        if languages is not None:
            wanted = clean_languages(session, languages, LanguageLevel.NATIVE)
            changed = sync_languages(
                session,
                obj.languages,
                wanted,
                lambda language, level: m.NewcomerLanguage(language=language, level=level),
            )
            if changed and obj.id is not None:
                self._touch(obj)

    def _validate_record(self, session: Session, obj: m.Newcomer) -> None:
        if obj.children_count and obj.children_count >= (obj.household_size or 1):
            raise ValidationError(
                {"children_count": _("Kinder: mehr Kinder als Personen im Haushalt.")}
            )
        if obj.district_id is not None and session.get(m.District, obj.district_id) is None:
            raise ValidationError({"district_id": _("Stadtteil: unbekannt.")})
