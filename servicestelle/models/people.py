"""Volunteers, newcomers, contact persons and what is stored about every person."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from ..collation import sort_key
from ..dates import add_years
from ..enums import (
    ClearanceKind,
    LanguageLevel,
    NewcomerKind,
    NewcomerStatus,
    Salutation,
    VolunteerStatus,
)
from ..i18n import N_
from .base import Archivable, Base, Tracked, current_index, enum_column, exactly_one, named
from .lists import ActivityField, District, Language


class PersonFields:
    """Name and contact columns shared by every kind of person."""

    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    # German alphabetical order of "last name first name" (see collation.py), kept
    # up to date on every save.
    sort_key: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))  # E.164
    notes: Mapped[str | None] = mapped_column(Text)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[object, ...]:  # noqa: N805
        # Lists are sorted by name most of the time: keep that order in an index.
        table = cls.__tablename__  # type: ignore[attr-defined]
        return (current_index(f"ix_{table}_name", "sort_key", "id"),)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @property
    def sort_name(self) -> str:
        return ", ".join(p for p in (self.last_name, self.first_name) if p)


class Volunteer(PersonFields, Archivable, Tracked, Base):
    __tablename__ = "volunteer"
    __label__ = N_("Ehrenamtliche*r")
    __table_args__ = (
        current_index("ix_volunteer_name", "sort_key", "id"),
        current_index("ix_volunteer_since", "since", "id"),
        current_index("ix_volunteer_consent_on", "consent_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # how letters and e-mails greet the person (migration 0012); empty: the default
    salutation: Mapped[Salutation | None] = mapped_column(enum_column(Salutation, 10))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    street: Mapped[str | None] = mapped_column(String(120))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(80))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("district.id"), index=True)
    status: Mapped[VolunteerStatus] = mapped_column(
        enum_column(VolunteerStatus), default=VolunteerStatus.INTERESTED, index=True
    )
    since: Mapped[dt.date | None] = mapped_column(Date)  # »Aktiv seit«
    # »Beruf / Kenntnisse«: what the person does or can, in their own words (searched,
    # and named in the matching reasons when it fits a request).
    skills: Mapped[str | None] = mapped_column(String(300))
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    # why the person stopped (migration 0015), e.g. »Umzug«, »beruflich keine Zeit«
    left_reason: Mapped[str | None] = mapped_column(String(200))
    # the day of the newest consent in force: kept by the database (migration 0016)
    consent_on: Mapped[dt.date | None] = mapped_column(Date, deferred=True)
    max_pairings: Mapped[int] = mapped_column(Integer, default=1)
    availability: Mapped[int] = mapped_column(Integer, default=0)  # see availability.py
    availability_note: Mapped[str | None] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )

    district: Mapped[District | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()  # noqa: F821
    languages: Mapped[list[VolunteerLanguage]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan", lazy="selectin"
    )
    activities: Mapped[list[VolunteerActivity]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan", lazy="selectin"
    )
    clearances: Mapped[list[PoliceClearance]] = relationship(
        back_populates="volunteer",
        cascade="all, delete-orphan",
        order_by="PoliceClearance.issued_on.desc()",
        lazy="selectin",
    )
    consents: Mapped[list[Consent]] = relationship(
        back_populates="volunteer",
        cascade="all, delete-orphan",
        order_by="Consent.given_on",
        lazy="selectin",
    )


class VolunteerLanguage(Tracked, Base):
    __tablename__ = "volunteer_language"
    __label__ = N_("Sprache")
    __audit_parent__ = ("volunteer", "volunteer_id")
    __table_args__ = (UniqueConstraint("volunteer_id", "language_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE")
    )  # indexed by the longer index it starts (0017)
    language_id: Mapped[int] = mapped_column(ForeignKey("language.id"), index=True)
    level: Mapped[LanguageLevel] = mapped_column(
        enum_column(LanguageLevel), default=LanguageLevel.GOOD
    )

    volunteer: Mapped[Volunteer] = relationship(back_populates="languages")
    language: Mapped[Language] = relationship(lazy="joined")

    def audit_field(self) -> str:
        return f"Sprache {named(self, 'language', self.language_id)}"

    def audit_value(self) -> str:
        return self.level.german


class VolunteerActivity(Tracked, Base):
    __tablename__ = "volunteer_activity"
    __label__ = N_("Tätigkeitsfeld")
    __audit_parent__ = ("volunteer", "volunteer_id")
    __table_args__ = (UniqueConstraint("volunteer_id", "activity_field_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE")
    )  # indexed by the longer index it starts (0017)
    activity_field_id: Mapped[int] = mapped_column(ForeignKey("activity_field.id"), index=True)

    volunteer: Mapped[Volunteer] = relationship(back_populates="activities")
    activity_field: Mapped[ActivityField] = relationship(lazy="joined")

    def audit_field(self) -> str:
        return f"Tätigkeitsfeld {named(self, 'activity_field', self.activity_field_id)}"

    def audit_value(self) -> str:
        return "ja"


class Newcomer(PersonFields, Archivable, Tracked, Base):
    """A newly arrived person or a household (then ``last_name`` names the family)."""

    __tablename__ = "newcomer"
    __label__ = N_("Neuzugewanderte*r")
    __table_args__ = (
        current_index("ix_newcomer_name", "sort_key", "id"),
        current_index("ix_newcomer_consent_on", "consent_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # how letters and e-mails greet the person (migration 0012); empty: the default
    salutation: Mapped[Salutation | None] = mapped_column(enum_column(Salutation, 10))
    kind: Mapped[NewcomerKind] = mapped_column(
        enum_column(NewcomerKind), default=NewcomerKind.PERSON
    )
    status: Mapped[NewcomerStatus] = mapped_column(
        enum_column(NewcomerStatus), default=NewcomerStatus.OPEN, index=True
    )
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    household_size: Mapped[int] = mapped_column(Integer, default=1)
    children_count: Mapped[int] = mapped_column(Integer, default=0)
    contact_name: Mapped[str | None] = mapped_column(String(200))  # for households
    country_of_origin: Mapped[str | None] = mapped_column(String(80))
    arrived_on: Mapped[dt.date | None] = mapped_column(Date)
    street: Mapped[str | None] = mapped_column(String(120))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(80))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("district.id"), index=True)
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )
    # the day of the newest consent in force: kept by the database (migration 0016)
    consent_on: Mapped[dt.date | None] = mapped_column(Date, deferred=True)

    district: Mapped[District | None] = relationship()
    languages: Mapped[list[NewcomerLanguage]] = relationship(
        back_populates="newcomer", cascade="all, delete-orphan", lazy="selectin"
    )
    consents: Mapped[list[Consent]] = relationship(
        back_populates="newcomer",
        cascade="all, delete-orphan",
        order_by="Consent.given_on",
        lazy="selectin",
    )


class NewcomerLanguage(Tracked, Base):
    __tablename__ = "newcomer_language"
    __label__ = N_("Sprache")
    __audit_parent__ = ("newcomer", "newcomer_id")
    __table_args__ = (UniqueConstraint("newcomer_id", "language_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    newcomer_id: Mapped[int] = mapped_column(
        ForeignKey("newcomer.id", ondelete="CASCADE")
    )  # indexed by the longer index it starts (0017)
    language_id: Mapped[int] = mapped_column(ForeignKey("language.id"), index=True)
    level: Mapped[LanguageLevel] = mapped_column(
        enum_column(LanguageLevel), default=LanguageLevel.NATIVE
    )

    newcomer: Mapped[Newcomer] = relationship(back_populates="languages")
    language: Mapped[Language] = relationship(lazy="joined")

    def audit_field(self) -> str:
        return f"Sprache {named(self, 'language', self.language_id)}"

    def audit_value(self) -> str:
        return self.level.german


class ContactPerson(PersonFields, Archivable, Tracked, Base):
    """A person to contact at an organisation."""

    __tablename__ = "contact_person"
    __label__ = N_("Ansprechperson")

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(120))

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")  # noqa: F821
    consents: Mapped[list[Consent]] = relationship(
        back_populates="contact_person",
        cascade="all, delete-orphan",
        order_by="Consent.given_on",
        lazy="selectin",
    )


PERSON_OWNER = exactly_one("volunteer_id", "newcomer_id", "contact_person_id")


class Consent(Tracked, Base):
    """A consent (Einwilligung) of one person: when, for what, and when withdrawn."""

    __tablename__ = "consent"
    __label__ = N_("Einwilligung")
    __table_args__ = (CheckConstraint(PERSON_OWNER, name="one_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE")
    )  # indexed by the longer index it starts (0017)
    newcomer_id: Mapped[int | None] = mapped_column(
        ForeignKey("newcomer.id", ondelete="CASCADE")
    )  # indexed by the longer index it starts (0017)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="CASCADE"), index=True
    )
    given_on: Mapped[dt.date] = mapped_column(Date)
    storage: Mapped[bool] = mapped_column(Boolean, default=True)
    contact_email: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_post: Mapped[bool] = mapped_column(Boolean, default=False)
    share_with_partners: Mapped[bool] = mapped_column(Boolean, default=False)
    photos: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(300))
    # The printed form signed: »Fassung 2026-12 (Deutsch, Englisch)« (consent_form.py).
    form_version: Mapped[str | None] = mapped_column(String(80))

    volunteer: Mapped[Volunteer | None] = relationship(back_populates="consents")
    newcomer: Mapped[Newcomer | None] = relationship(back_populates="consents")
    contact_person: Mapped[ContactPerson | None] = relationship(back_populates="consents")

    def is_valid_on(self, day: dt.date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


def _valid_until_default(context: Any) -> dt.date:
    """A clearance written without its end of validity: the default period after issue
    (the services pass the period set in the office's settings)."""
    issued = context.get_current_parameters()["issued_on"]
    return add_years(issued, PoliceClearance.VALID_YEARS)


class PoliceClearance(Tracked, Base):
    """That a police clearance was seen: its kind, issue date and end of validity.
    Never its content."""

    __tablename__ = "police_clearance"
    __label__ = N_("Führungszeugnis")
    __audit_parent__ = ("volunteer", "volunteer_id")

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    issued_on: Mapped[dt.date] = mapped_column(Date)
    seen_on: Mapped[dt.date] = mapped_column(Date)
    seen_by: Mapped[str | None] = mapped_column(String(80))
    kind: Mapped[ClearanceKind] = mapped_column(
        enum_column(ClearanceKind), default=ClearanceKind.EXTENDED
    )
    # Stored: the period is a setting (``clearance.valid_years``) and may change later.
    valid_until: Mapped[dt.date] = mapped_column(Date, default=_valid_until_default)

    volunteer: Mapped[Volunteer] = relationship(back_populates="clearances")

    VALID_YEARS = 5  # the period when nothing else is said (the setting's default)

    def is_valid_on(self, day: dt.date) -> bool:
        return self.issued_on <= day < self.valid_until

    def audit_field(self) -> str:
        return f"Führungszeugnis {self.id}"

    def audit_value(self) -> str:
        kind = ClearanceKind(self.kind or ClearanceKind.EXTENDED).german
        until = f", gültig bis {self.valid_until:%d.%m.%Y}" if self.valid_until else ""
        return (
            f"{kind}, ausgestellt {self.issued_on:%d.%m.%Y}, gesehen {self.seen_on:%d.%m.%Y}{until}"
        )


def _update_sort_key(_mapper: object, _connection: object, person: PersonFields) -> None:
    person.sort_key = sort_key(person.last_name, person.first_name)


for _model in (Volunteer, Newcomer, ContactPerson):
    event.listen(_model, "before_insert", _update_sort_key)
    event.listen(_model, "before_update", _update_sort_key)
