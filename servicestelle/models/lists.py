"""Configurable lists (districts, languages, activity fields), staff users and settings."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..i18n import N_
from .base import Base, Tracked


class District(Tracked, Base):
    __tablename__ = "district"
    __label__ = N_("Stadtteil")

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    # Schwerin's Ortsteil number the Stadtteil belongs to, and a coarse area of the city.
    ortsteil: Mapped[int | None] = mapped_column(Integer)
    area: Mapped[str | None] = mapped_column(String(80))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Language(Tracked, Base):
    __tablename__ = "language"
    __label__ = N_("Sprache")

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)  # ISO 639-1, or 639-3
    name: Mapped[str] = mapped_column(String(80))  # German name
    common: Mapped[bool] = mapped_column(Boolean, default=False)  # offered first in lists
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ActivityField(Tracked, Base):
    __tablename__ = "activity_field"
    __label__ = N_("Tätigkeitsfeld")

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StaffUser(Tracked, Base):
    __tablename__ = "staff_user"
    __label__ = N_("Mitarbeiter*in")

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Tracked, Base):
    """Office-wide settings (letterhead, retention periods …) as JSON values."""

    __tablename__ = "setting"
    __label__ = N_("Einstellung")

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[object] = mapped_column(JSON)
