"""Window settings (geometry, splitters, column widths) — the only use of QSettings.

The records themselves live in the database; QSettings keeps only how the windows look.
When ``SERVICESTELLE_HOME`` moves the data folder (tests, portable installs), the
settings move with it into an INI file there, so that they never touch the registry.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ORGANISATION = "Servicestelle"
APPLICATION = "Servicestelle"


# The staff member's name for the audit log, kept per user on this computer.
STAFF_NAME_KEY = "staff/name"


def window_settings() -> QSettings:
    home = os.environ.get("SERVICESTELLE_HOME")
    if home:
        return QSettings(os.path.join(home, "fenster.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)
