"""Organisations (MSOs and partners), their consultations and funding applications."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..enums import FoundingStage, FundingStatus, OrganisationKind
from ..i18n import N_
from .base import Archivable, Base, Tracked, enum_column, exactly_one, named
from .lists import District, Language
from .people import ContactPerson


class Organisation(Archivable, Tracked, Base):
    __tablename__ = "organisation"
    __label__ = N_("Organisation")

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind), index=True)
    street: Mapped[str | None] = mapped_column(String(120))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(80))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("district.id"), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    # For MSOs: where they stand on the way to an established association.
    founding_stage: Mapped[FoundingStage | None] = mapped_column(enum_column(FoundingStage))
    statutes_on: Mapped[dt.date | None] = mapped_column(Date)  # Satzung beschlossen
    register_number: Mapped[str | None] = mapped_column(String(40))  # Vereinsregister (VR …)
    registered_on: Mapped[dt.date | None] = mapped_column(Date)
    charity_notice_on: Mapped[dt.date | None] = mapped_column(Date)  # Gemeinnützigkeit
    charity_notice_until: Mapped[dt.date | None] = mapped_column(Date)
    members_count: Mapped[int | None] = mapped_column(Integer)
    countries: Mapped[str | None] = mapped_column(String(300))  # countries of origin
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )

    district: Mapped[District | None] = relationship()
    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )
    languages: Mapped[list[OrganisationLanguage]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", lazy="selectin"
    )
    funding: Mapped[list[FundingApplication]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )


class OrganisationLanguage(Tracked, Base):
    __tablename__ = "organisation_language"
    __label__ = N_("Sprache")
    __audit_parent__ = ("organisation", "organisation_id")

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    language_id: Mapped[int] = mapped_column(ForeignKey("language.id"), index=True)

    organisation: Mapped[Organisation] = relationship(back_populates="languages")
    language: Mapped[Language] = relationship(lazy="joined")

    def audit_field(self) -> str:
        return f"Sprache {named(self, 'language', self.language_id)}"

    def audit_value(self) -> str:
        return "ja"


class FundingApplication(Tracked, Base):
    """An application for local funding (Integrationsfonds, 100-€-Pauschalförderung …)."""

    __tablename__ = "funding_application"
    __label__ = N_("Förderantrag")

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    programme: Mapped[str] = mapped_column(String(120))
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    status: Mapped[FundingStatus] = mapped_column(
        enum_column(FundingStatus), default=FundingStatus.PLANNED
    )
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation] = relationship(back_populates="funding")


class Consultation(Tracked, Base):
    """A consultation (Beratung) of an MSO or of a volunteer."""

    __tablename__ = "consultation"
    __label__ = N_("Beratung")
    __table_args__ = (
        CheckConstraint(exactly_one("organisation_id", "volunteer_id"), name="one_subject"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    topic: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    minutes: Mapped[int | None] = mapped_column(Integer)
    staff: Mapped[str | None] = mapped_column(String(80))
