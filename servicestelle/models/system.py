"""Import batches, the audit log, the portable search table and the erasure register."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..enums import AuditAction, ImportStatus
from ..i18n import N_
from .base import Base, Tracked, enum_column, utcnow


class ImportBatch(Tracked, Base):
    """One import of a spreadsheet; its records point back to it so it can be undone."""

    __tablename__ = "import_batch"
    __label__ = N_("Import")

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(260))
    sheet: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[ImportStatus] = mapped_column(
        enum_column(ImportStatus), default=ImportStatus.RUNNING
    )
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    # What the import did, for the history (migration 0010): records created, existing
    # records filled or updated, duplicates skipped, records removed by an undo.
    rows_created: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    rows_updated: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    rows_removed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    mapping: Mapped[object | None] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """Who changed which field of which record when. Written by the core only."""

    __tablename__ = "audit_entry"
    __label__ = N_("Protokolleintrag")

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(80), index=True)
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String(80))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class SearchEntry(Base):
    """Folded search text of one record (PostgreSQL; SQLite uses an FTS5 table instead)."""

    __tablename__ = "search_entry"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    folded: Mapped[str] = mapped_column(Text)


class FollowUpSnooze(Base):
    """A follow-up of the Wiedervorlage that someone moved on or marked as done.

    ``key`` names the follow-up and the state it is about (e.g. a clearance's id), so a
    new state brings the follow-up back. ``until`` None means done."""

    __tablename__ = "follow_up_snooze"
    __label__ = N_("Wiedervorlage")

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    until: Mapped[dt.date | None] = mapped_column(Date)
    set_by: Mapped[str | None] = mapped_column(String(80))
    set_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ErasureRecord(Base):
    """One record erased (Art. 17), anonymised or deleted by a retention rule: which
    kind and number, when, and how — never a name. Kept in the database and mirrored
    beside the backups (``servicestelle.erasure_register``), so that a restored older
    backup gets the same erasures again."""

    __tablename__ = "erasure_register"
    __label__ = N_("Löschvermerk")

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    how: Mapped[str] = mapped_column(String(20))  # erasure, anonymisation, deletion
