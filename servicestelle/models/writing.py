"""Writing to people: saved mail templates and the outbox (a mailing and its recipients)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..i18n import N_
from .base import Base, Tracked, utcnow


class MailTemplate(Tracked, Base):
    """A text to write with, saved by name: subject and body with placeholders."""

    __tablename__ = "mail_template"
    __label__ = N_("Vorlage")

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")


class Mailing(Base):
    """One e-mail to many people: the subject and text once, with placeholders; what
    each recipient gets is made from them and the recipient's own values."""

    __tablename__ = "mailing"
    __label__ = N_("Rundschreiben")

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    # the values every recipient shares ({Veranstaltung}, {Datum}, {Stelle} …)
    shared: Mapped[object | None] = mapped_column(JSON)
    sender: Mapped[str] = mapped_column(String(320))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    created_by: Mapped[str | None] = mapped_column(String(80))


class MailingRecipient(Base):
    """One person of a mailing and how far their message got: queued, sending (handed
    to the server, answer not yet recorded), sent or failed (with the server's reason)."""

    __tablename__ = "mailing_recipient"
    __label__ = N_("Empfänger")

    id: Mapped[int] = mapped_column(primary_key=True)
    mailing_id: Mapped[int] = mapped_column(
        ForeignKey("mailing.id", ondelete="CASCADE"), index=True
    )
    person_kind: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[int] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(320))
    # the recipient's own values ({Vorname}, {Nachname}, {Anrede})
    values: Mapped[object | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(10), default="queued", index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class MailingAttachment(Base):
    """A file every recipient of a mailing gets (a calendar file, a PDF), kept once."""

    __tablename__ = "mailing_attachment"
    __label__ = N_("Anhang")

    id: Mapped[int] = mapped_column(primary_key=True)
    mailing_id: Mapped[int] = mapped_column(
        ForeignKey("mailing.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(260))
    mime_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
