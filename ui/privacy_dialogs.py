"""Data protection screens: "Löschfristen prüfen", the audit view ("Protokoll"), the
records of processing, and a record window's "Auskunft (Art. 15)" and "Löschen auf
Antrag (Art. 17)". The work itself is done by ``servicestelle.services.privacy*``; long
steps run in the background (``Task``).

The screens live in ``ui.privacy``, one module each; this module gathers their names for
the main window's Extras menu (``open_*``) and the record windows (``privacy_buttons``).
A test that replaces one of these names replaces it in the module that uses it."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from .privacy.audit import COLUMNS, AuditDialog, AuditModel, open_audit
from .privacy.documents import (
    open_records_of_processing,
    save_access_report,
    show_pdf,
    show_records_of_processing,
)
from .privacy.person import PERSON_ENTITIES, confirm_erasure, erase_person, privacy_buttons
from .privacy.retention import PERIODS, RetentionDialog, open_retention, refresh_lists

__all__ = [
    "COLUMNS",
    "PERIODS",
    "PERSON_ENTITIES",
    "AuditDialog",
    "AuditModel",
    "QFileDialog",
    "RetentionDialog",
    "confirm_erasure",
    "erase_person",
    "open_audit",
    "open_records_of_processing",
    "open_retention",
    "privacy_buttons",
    "refresh_lists",
    "save_access_report",
    "show_pdf",
    "show_records_of_processing",
]
