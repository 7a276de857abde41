"""How values of the core look on screen: dates, enums, phone numbers, yes/no, numbers.

The kinds are those of ``servicestelle.services.base.Column.kind``. Stored times are
naive UTC (see ``servicestelle.models.utcnow``) and are shown in local time.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from servicestelle.validation import display_phone


def format_value(value: Any, kind: str = "text") -> str:
    """The text a list cell or a read-only field shows for ``value``."""
    if value is None or value == "":
        return ""
    if kind == "date" or (kind == "text" and type(value) is dt.date):
        return value.strftime("%d.%m.%Y") if isinstance(value, dt.date) else str(value)
    if kind == "datetime" and isinstance(value, dt.datetime):
        return _local(value).strftime("%d.%m.%Y %H:%M")
    if kind == "localdatetime" and isinstance(value, dt.datetime):  # wall-clock, as entered
        return value.strftime("%d.%m.%Y %H:%M")
    if kind == "phone":
        return display_phone(str(value))
    if kind == "bool":
        return (
            QCoreApplication.translate("Formatting", "ja")
            if value
            else QCoreApplication.translate("Formatting", "nein")
        )
    if kind == "int" and isinstance(value, int):
        return format_count(value)
    if kind == "money":
        from servicestelle.formats import money

        return money(value)
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    return str(value)


def _local(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def format_count(number: int) -> str:
    """A whole number with the interface's thousands separator (German: 1.234)."""
    return QLocale().toString(number)


def use_german_numbers() -> None:
    """Make German the default locale of number formatting (and of Qt's own dialogs)."""
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))


def plural(count: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many``; both may hold ``{count}`` (formatted German)."""
    return (one if count == 1 else many).format(count=format_count(count))
