"""Organisations (MSOs and partners), contact persons, consultations, funding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import FromClause, func, select
from sqlalchemy.orm import Session

from .. import models as m
from ..enums import FoundingStage, FundingStatus, OrganisationKind
from ..errors import ValidationError
from ..i18n import N_, _
from ..validation import Field, not_before, not_in_future
from .base import Column, EntityService, Filter
from .people import in_values, person_fields, postcode_check
from .short_lists import names_of

O = m.Organisation  # noqa: E741
_district = m.District.__table__.alias("od")


def _contacts_count() -> Any:
    return (
        select(func.count())
        .where(m.ContactPerson.organisation_id == O.id, m.ContactPerson.archived_at.is_(None))
        .scalar_subquery()
    )


class OrganisationService(EntityService[m.Organisation]):
    model = m.Organisation
    entity = "organisation"
    fields: ClassVar[Mapping[str, Field]] = {
        "name": Field("Name", required=True, max_len=200),
        "short_name": Field("Kurzname", max_len=60),
        "kind": Field("Art", kind="enum", enum=OrganisationKind, required=True),
        "street": Field("Straße", max_len=120),
        "postcode": Field("PLZ", max_len=10, check=postcode_check),
        "city": Field("Ort", max_len=80),
        "district_id": Field("Stadtteil", kind="ref"),
        "phone": Field("Telefon", kind="phone"),
        "email": Field("E-Mail", kind="email"),
        "website": Field("Internetseite", max_len=200),
        "notes": Field("Notizen"),
        "founding_stage": Field("Gründungsphase", kind="enum", enum=FoundingStage),
        "statutes_on": Field("Satzung vom", kind="date", check=not_in_future),
        "register_number": Field("Vereinsregister-Nr.", max_len=40),
        "registered_on": Field("Eingetragen am", kind="date", check=not_in_future),
        "charity_notice_on": Field(
            "Gemeinnützigkeit: Bescheid vom", kind="date", check=not_in_future
        ),
        "charity_notice_until": Field(
            "Gemeinnützigkeit: gültig bis",
            kind="date",
            check=not_before("charity_notice_on", N_("Bescheid vom")),
        ),
        "members_count": Field("Mitglieder", kind="int", minimum=0, maximum=100000),
        "countries": Field("Herkunftsländer", max_len=300),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "name": Column("Name", O.name),
        "kind": Column("Art", O.kind, kind="enum"),
        "founding_stage": Column("Gründungsphase", O.founding_stage, kind="enum"),
        "district": Column("Stadtteil", _district.c.name),
        "phone": Column("Telefon", O.phone, kind="phone"),
        "email": Column("E-Mail", O.email),
        "contacts": Column("Ansprechpersonen", _contacts_count(), kind="int"),
        "register_number": Column("Vereinsregister", O.register_number, shown=False),
        "charity_notice_until": Column(
            "Gemeinnützig bis", O.charity_notice_until, kind="date", shown=False
        ),
        "members_count": Column("Mitglieder", O.members_count, kind="int", shown=False),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        "kind": Filter("Art", in_values(O.kind)),
        "founding_stage": Filter("Gründungsphase", in_values(O.founding_stage)),
        "district": Filter("Stadtteil", in_values(O.district_id), kind="ref"),
    }
    default_sort = (("name", False),)

    def _from(self) -> FromClause:
        return O.__table__.outerjoin(_district, _district.c.id == O.district_id)

    def _validate_record(self, session: Session, obj: m.Organisation) -> None:
        if obj.founding_stage is not None and obj.kind != OrganisationKind.MSO:
            raise ValidationError(
                {
                    "founding_stage": _(
                        "Gründungsphase: nur bei MSOs (Migrantenselbstorganisationen)."
                    )
                }
            )
        if obj.kind == OrganisationKind.MSO and obj.founding_stage is None:
            obj.founding_stage = FoundingStage.IDEA

    def choices(self) -> list[tuple[int, str]]:
        return names_of(self.db, O)


class ContactPersonService(EntityService[m.ContactPerson]):
    model = m.ContactPerson
    entity = "contact_person"
    fields: ClassVar[Mapping[str, Field]] = {
        **{
            k: v
            for k, v in person_fields(14, 100).items()
            if k in ("first_name", "last_name", "email", "phone", "notes")
        },
        "organisation_id": Field("Organisation", kind="ref", required=True),
        "role": Field("Funktion", max_len=120),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "last_name": Column(
            "Nachname", m.ContactPerson.last_name, sort_by=m.ContactPerson.sort_key
        ),
        "first_name": Column("Vorname", m.ContactPerson.first_name),
        "role": Column("Funktion", m.ContactPerson.role),
        "phone": Column("Telefon", m.ContactPerson.phone, kind="phone"),
        "email": Column("E-Mail", m.ContactPerson.email),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        "organisation": Filter(
            "Organisation", in_values(m.ContactPerson.organisation_id), kind="ref"
        ),
    }
    default_sort = (("last_name", False),)


class ConsultationService(EntityService[m.Consultation]):
    """Consultations of an MSO or of a volunteer; can be corrected and deleted."""

    model = m.Consultation
    entity = "consultation"
    can_delete = True
    fields: ClassVar[Mapping[str, Field]] = {
        "organisation_id": Field("Organisation", kind="ref"),
        "volunteer_id": Field("Ehrenamtliche*r", kind="ref"),
        "held_on": Field("Am", kind="date", required=True, check=not_in_future),
        "topic": Field("Thema", required=True, max_len=200),
        "notes": Field("Notizen"),
        "minutes": Field("Dauer (Minuten)", kind="int", minimum=0, maximum=24 * 60),
        "staff": Field("Beraten von", max_len=80),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "held_on": Column("Am", m.Consultation.held_on, kind="date"),
        "topic": Column("Thema", m.Consultation.topic),
        "staff": Column("Beraten von", m.Consultation.staff),
        "minutes": Column("Minuten", m.Consultation.minutes, kind="int"),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        "organisation": Filter(
            "Organisation", in_values(m.Consultation.organisation_id), kind="ref"
        ),
        "volunteer": Filter("Ehrenamtliche*r", in_values(m.Consultation.volunteer_id), kind="ref"),
    }
    default_sort = (("held_on", True),)

    def create(self, **values: Any) -> m.Consultation:
        values.setdefault("held_on", dt.date.today())
        values.setdefault("staff", self.db.user)
        return super().create(**values)

    def _validate_record(self, session: Session, obj: m.Consultation) -> None:
        if (obj.organisation_id is None) == (obj.volunteer_id is None):
            raise ValidationError(
                {
                    "organisation_id": _(
                        "Eine Beratung gehört zu genau einer Organisation "
                        "oder einer*m Ehrenamtlichen."
                    )
                }
            )


class FundingService(EntityService[m.FundingApplication]):
    model = m.FundingApplication
    entity = "funding_application"
    can_delete = True
    fields: ClassVar[Mapping[str, Field]] = {
        "organisation_id": Field("Organisation", kind="ref", required=True),
        "programme": Field("Förderprogramm", required=True, max_len=120),
        "applied_on": Field("Beantragt am", kind="date"),
        "amount": Field("Betrag (€)", kind="money", minimum=0, maximum=10_000_000),
        "status": Field("Stand", kind="enum", enum=FundingStatus, required=True),
        "decided_on": Field(
            "Entschieden am", kind="date", check=not_before("applied_on", N_("Beantragt am"))
        ),
        "note": Field("Anmerkung"),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "programme": Column("Förderprogramm", m.FundingApplication.programme),
        "applied_on": Column("Beantragt", m.FundingApplication.applied_on, kind="date"),
        "amount": Column("Betrag", m.FundingApplication.amount, kind="money"),
        "status": Column("Stand", m.FundingApplication.status, kind="enum"),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        "organisation": Filter(
            "Organisation", in_values(m.FundingApplication.organisation_id), kind="ref"
        ),
        "status": Filter("Stand", in_values(m.FundingApplication.status)),
    }
    default_sort = (("applied_on", True),)

    def create(self, **values: Any) -> m.FundingApplication:
        values.setdefault("status", FundingStatus.PLANNED)
        return super().create(**values)
