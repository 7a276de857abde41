"""Events (Ehrenamtsforum, trainings) and who was invited and came."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..enums import EventKind, EventStatus
from ..i18n import N_
from .base import Archivable, Base, Tracked, enum_column, named
from .people import Volunteer


class Event(Archivable, Tracked, Base):
    __tablename__ = "event"
    __label__ = N_("Veranstaltung")

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind), default=EventKind.FORUM)
    status: Mapped[EventStatus] = mapped_column(
        enum_column(EventStatus), default=EventStatus.PLANNED, index=True
    )
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    location: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)

    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )


ANSWER_YES, ANSWER_NO = "zugesagt", "abgesagt"


class Attendance(Tracked, Base):
    __tablename__ = "attendance"
    __label__ = N_("Teilnahme")
    __audit_parent__ = ("event", "event_id")
    __table_args__ = (UniqueConstraint("event_id", "volunteer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # indexed by the longer index it starts (0017)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    invited_on: Mapped[dt.date | None] = mapped_column(Date)
    registered: Mapped[bool] = mapped_column(Boolean, default=False)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    # the answer to the invitation: ANSWER_YES, ANSWER_NO or None (none yet)
    answer: Mapped[str | None] = mapped_column(String(20))
    answered_on: Mapped[dt.date | None] = mapped_column(Date)

    event: Mapped[Event] = relationship(back_populates="attendances")
    volunteer: Mapped[Volunteer] = relationship(lazy="joined")

    def audit_field(self) -> str:
        return f"Teilnahme {named(self, 'volunteer', self.volunteer_id)}"

    def audit_value(self) -> str:
        if self.attended:
            return "teilgenommen"
        if self.answer:
            return self.answer
        return "angemeldet" if self.registered else "eingeladen"
