"""Office-wide settings stored in the database (letterhead, periods, …) and staff users."""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy import select

from .. import models as m
from ..db import Database
from ..errors import ValidationError
from ..i18n import _

# Defaults of settings that later features read; an office changes them in the program.
DEFAULTS: dict[str, Any] = {
    "office.name": "Servicestelle Integration",
    "office.address": "",
    "pairing.checkin_days": 30,
    "request.open_too_long_days": 14,
    "clearance.warn_days": 60,
    # How long a police clearance counts after its issue, for new entries (editable there).
    "clearance.valid_years": 5,
    "consent.renewal_months": 24,
    "charity.warn_days": 90,
    # Retention rules (see services/privacy.py).
    "retention.newcomer_years": 2,
    "retention.volunteer_years": 3,
    "retention.clearance_months": 3,
    # Named in the access report (Art. 15 DSGVO): where a person may complain, and whom
    # to ask about data protection at the office.
    "privacy.authority_name": (
        "Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern"
    ),
    "privacy.authority_address": "Werderstraße 74a, 19055 Schwerin",
    "privacy.authority_web": "https://www.datenschutz-mv.de",
    "privacy.dpo_contact": "",
    # The office's mail server (writing/server.py); the password only in the system's
    # credential store. security: "starttls", "ssl" or "none"; rate: messages a minute.
    "smtp.host": "",
    "smtp.port": 587,
    "smtp.security": "starttls",
    "smtp.user": "",
    "smtp.sender": "",
    "smtp.rate": 60,
}


def address_lines(value: Any) -> list[str]:
    """An address from the settings as lines: stored as text (one line each) or as the
    parts the settings dialog keeps (street, postcode, city, phone, email, website)."""
    if isinstance(value, dict):
        place = " ".join(str(value.get(k) or "").strip() for k in ("postcode", "city")).strip()
        parts = [str(value.get("street") or "").strip(), place]
        parts += [str(value.get(k) or "").strip() for k in ("phone", "email", "website")]
        return [p for p in parts if p]
    return [line.strip() for line in str(value or "").splitlines() if line.strip()]


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        with self.db.read() as session:
            setting = session.scalar(select(m.Setting).where(m.Setting.key == key))
        if setting is not None:
            return setting.value
        return DEFAULTS.get(key, default)

    def all(self) -> dict[str, Any]:
        """Every setting (the defaults where none is stored), read once and kept until
        a setting is saved."""

        def load() -> dict[str, Any]:
            with self.db.read() as session:
                return {s.key: s.value for s in session.scalars(select(m.Setting))}

        stored = self.db.kept(("settings",), ("setting",), load)
        return copy.deepcopy({**DEFAULTS, **stored})

    def set(self, key: str, value: Any) -> None:
        if not key or len(key) > 80:
            raise ValidationError({"key": _("Einstellung: ungültiger Name.")})
        with self.db.session() as session:
            setting = session.scalar(select(m.Setting).where(m.Setting.key == key))
            if setting is None:
                session.add(m.Setting(key=key, value=value))
            elif setting.value != value:
                setting.value = value


class StaffService:
    """Staff members who work with the program (their names appear in the audit log)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def register(self, username: str, display_name: str | None = None) -> m.StaffUser:
        name = username.strip()
        if not name:
            raise ValidationError({"username": _("Name: bitte ausfüllen.")})
        with self.db.session() as session:
            user = session.scalar(select(m.StaffUser).where(m.StaffUser.username == name))
            if user is None:
                user = m.StaffUser(username=name, display_name=display_name or name)
                session.add(user)
            elif display_name and user.display_name != display_name:
                user.display_name = display_name
            session.flush()
        return user

    def active(self) -> list[m.StaffUser]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(m.StaffUser)
                    .where(m.StaffUser.active.is_(True))
                    .order_by(m.StaffUser.display_name)
                )
            )
