"""Manual follow-ups (Wiedervorlagen) staff set themselves: a day, a text, who sees to it,
and optionally the record it is about."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..i18n import N_
from .base import Base, Tracked
from .people import Consent
from .work import ContactNote


class Reminder(Tracked, Base):
    """A reminder for a day: »Nachweis der Verwendung anfordern«, »Frau K. zurückrufen«.

    ``entity``/``entity_id`` name the record it belongs to (a kind's key, see
    ``servicestelle.kinds``); both are empty for a reminder of the office's own.
    ``staff`` is the staff member responsible (the name the program knows them by)."""

    __tablename__ = "reminder"
    __label__ = N_("Wiedervorlage")
    __table_args__ = (
        Index("ix_reminder_entity", "entity", "entity_id"),
        # What the Wiedervorlage reads: the open ones by their day.
        Index("ix_reminder_open", "done_on", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    due_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    staff: Mapped[str | None] = mapped_column(String(80))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_by: Mapped[str | None] = mapped_column(String(80))


# What the Wiedervorlage reads of other tables, covered by an index each (no table
# lookups): a pairing's last contact note, and a person's newest consent in force.
Index("ix_contact_note_pairing_noted", ContactNote.pairing_id, ContactNote.noted_on)
Index(
    "ix_consent_volunteer_current",
    Consent.volunteer_id,
    Consent.withdrawn_on,
    Consent.given_on,
)
Index("ix_consent_newcomer_current", Consent.newcomer_id, Consent.withdrawn_on, Consent.given_on)
