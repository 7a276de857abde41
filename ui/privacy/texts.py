"""The translation context shared by the data protection screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translated(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("PrivacyDialogs", …)`` or named by the core,
    translated at run time (literal texts call ``QCoreApplication.translate`` directly, so
    that lupdate sees them)."""
    return QCoreApplication.translate("PrivacyDialogs", text)
