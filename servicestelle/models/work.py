"""The office's work: pairings, help requests, hours and the contact log."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..enums import (
    CandidateAnswer,
    ContactChannel,
    LanguageLevel,
    PairingEndReason,
    PairingStatus,
    RequestStatus,
)
from ..i18n import N_
from .base import Archivable, Base, Tracked, enum_column, exactly_one, named
from .lists import ActivityField, District, Language
from .people import Newcomer, Volunteer


class Pairing(Archivable, Tracked, Base):
    """A mentoring pairing (Patenschaft/Tandem) of one volunteer and one newcomer."""

    __tablename__ = "pairing"
    __label__ = N_("Patenschaft")

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"), index=True)
    newcomer_id: Mapped[int] = mapped_column(ForeignKey("newcomer.id"), index=True)
    status: Mapped[PairingStatus] = mapped_column(
        enum_column(PairingStatus), default=PairingStatus.PROPOSED, index=True
    )
    activity_field_id: Mapped[int | None] = mapped_column(ForeignKey("activity_field.id"))
    focus: Mapped[str | None] = mapped_column(String(200))
    proposed_on: Mapped[dt.date | None] = mapped_column(Date)
    started_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    paused_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    end_reason: Mapped[PairingEndReason | None] = mapped_column(enum_column(PairingEndReason))
    end_note: Mapped[str | None] = mapped_column(String(300))
    next_checkin_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    notes: Mapped[str | None] = mapped_column(Text)

    volunteer: Mapped[Volunteer] = relationship()
    newcomer: Mapped[Newcomer] = relationship()
    activity_field: Mapped[ActivityField | None] = relationship()


class HelpRequest(Archivable, Tracked, Base):
    """A request for help (Hilfsanfrage) from a newcomer or a partner organisation."""

    __tablename__ = "help_request"
    __label__ = N_("Hilfsanfrage")

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[RequestStatus] = mapped_column(
        enum_column(RequestStatus), default=RequestStatus.OPEN, index=True
    )
    activity_field_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity_field.id"), index=True
    )
    newcomer_id: Mapped[int | None] = mapped_column(
        ForeignKey("newcomer.id", ondelete="SET NULL"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    requester: Mapped[str | None] = mapped_column(String(200))  # who asked, if no record
    district_id: Mapped[int | None] = mapped_column(ForeignKey("district.id"), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    needed_on: Mapped[dt.date | None] = mapped_column(Date)
    needed_slots: Mapped[int] = mapped_column(Integer, default=0)  # availability bits
    languages_required: Mapped[bool] = mapped_column(Boolean, default=False)
    children_involved: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)

    activity_field: Mapped[ActivityField | None] = relationship()
    newcomer: Mapped[Newcomer | None] = relationship()
    district: Mapped[District | None] = relationship()
    languages: Mapped[list[RequestLanguage]] = relationship(
        back_populates="request", cascade="all, delete-orphan", lazy="selectin"
    )
    candidates: Mapped[list[RequestCandidate]] = relationship(
        back_populates="request",
        cascade="all, delete-orphan",
        order_by="RequestCandidate.id",
        lazy="selectin",
    )


class RequestLanguage(Tracked, Base):
    __tablename__ = "request_language"
    __label__ = N_("Sprache")
    __audit_parent__ = ("help_request", "request_id")
    __table_args__ = (UniqueConstraint("request_id", "language_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("help_request.id", ondelete="CASCADE")
    )  # indexed by the longer index it starts (0017)
    language_id: Mapped[int] = mapped_column(ForeignKey("language.id"), index=True)
    min_level: Mapped[LanguageLevel] = mapped_column(
        enum_column(LanguageLevel), default=LanguageLevel.GOOD
    )

    request: Mapped[HelpRequest] = relationship(back_populates="languages")
    language: Mapped[Language] = relationship(lazy="joined")

    def audit_field(self) -> str:
        return f"Sprache {named(self, 'language', self.language_id)}"

    def audit_value(self) -> str:
        return self.min_level.german


class RequestCandidate(Tracked, Base):
    """A volunteer asked for a request: when, how, the answer, and whether assigned."""

    __tablename__ = "request_candidate"
    __label__ = N_("Angefragte*r")
    __audit_parent__ = ("help_request", "request_id")
    __table_args__ = (UniqueConstraint("request_id", "volunteer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("help_request.id", ondelete="CASCADE")
    )  # indexed by the longer index it starts (0017)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    asked_on: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[ContactChannel] = mapped_column(
        enum_column(ContactChannel), default=ContactChannel.EMAIL
    )
    answer: Mapped[CandidateAnswer] = mapped_column(
        enum_column(CandidateAnswer), default=CandidateAnswer.PENDING
    )
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    assigned: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    assigned_on: Mapped[dt.date | None] = mapped_column(Date)

    request: Mapped[HelpRequest] = relationship(back_populates="candidates")
    volunteer: Mapped[Volunteer] = relationship(lazy="joined")

    def audit_field(self) -> str:
        return f"Angefragt {named(self, 'volunteer', self.volunteer_id)}"

    def audit_value(self) -> str:
        state = self.answer.german + (", zugeordnet" if self.assigned else "")
        return f"{self.asked_on:%d.%m.%Y} ({self.channel.german}): {state}"


class HoursEntry(Tracked, Base):
    """Hours a volunteer worked, optionally for a pairing, a request or an event."""

    __tablename__ = "hours_entry"
    __label__ = N_("Stunden")

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    worked_on: Mapped[dt.date] = mapped_column(Date, index=True)
    hours: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    pairing_id: Mapped[int | None] = mapped_column(
        ForeignKey("pairing.id", ondelete="SET NULL"), index=True
    )
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("help_request.id", ondelete="SET NULL"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    activity_field_id: Mapped[int | None] = mapped_column(ForeignKey("activity_field.id"))
    description: Mapped[str | None] = mapped_column(String(300))


NOTE_OWNERS = (
    "volunteer_id",
    "newcomer_id",
    "pairing_id",
    "request_id",
    "organisation_id",
    "contact_person_id",
    "event_id",
)


class ContactNote(Tracked, Base):
    """A dated entry in the contact log of exactly one record, with an optional follow-up."""

    __tablename__ = "contact_note"
    __label__ = N_("Kontaktnotiz")
    __table_args__ = (CheckConstraint(exactly_one(*NOTE_OWNERS), name="one_owner"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    newcomer_id: Mapped[int | None] = mapped_column(
        ForeignKey("newcomer.id", ondelete="CASCADE"), index=True
    )
    pairing_id: Mapped[int | None] = mapped_column(
        ForeignKey("pairing.id", ondelete="CASCADE")
    )  # indexed by the longer index it starts (0017)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("help_request.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    noted_on: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[ContactChannel] = mapped_column(
        enum_column(ContactChannel), default=ContactChannel.PHONE
    )
    subject: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    follow_up_done_on: Mapped[dt.date | None] = mapped_column(Date)
    staff: Mapped[str | None] = mapped_column(String(80))

    @property
    def owner(self) -> tuple[str, int]:
        for column in NOTE_OWNERS:
            value = getattr(self, column)
            if value is not None:
                return column.removesuffix("_id"), value
        raise ValueError("Kontaktnotiz ohne Bezug")
