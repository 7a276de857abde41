"""Dates, numbers and list values as people read them, in the interface language:
``22.11.2026`` and ``1.234,5`` in German, ``22/11/2026`` and ``1,234.5`` in English.

Shared by the printouts, the Excel export and the data-protection files, so that a date
reads the same on paper, in a spreadsheet and on screen.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from . import i18n
from .i18n import _

# German output is written by hand (22.11.2026, 1.234,5); English goes through babel
# (22/11/2026, 22 November 2026, 1,234.5).


def _english() -> bool:
    return i18n.language() != "de"


def short_date(value: dt.date | None) -> str:
    """``22.11.2026`` in German, ``22/11/2026`` in English."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if _english():
        from babel.dates import format_date

        return str(format_date(value, "short", locale=i18n.babel_locale()))
    return value.strftime("%d.%m.%Y")


def short_datetime(value: dt.datetime) -> str:
    """``22.11.2026 14:30`` (``22/11/2026 14:30``)."""
    return f"{short_date(value)} {value:%H:%M}"


def long_date(value: dt.date) -> str:
    """``22. November 2026`` in German, ``22 November 2026`` in English."""
    from babel.dates import format_date

    return str(format_date(value, "long", locale=i18n.babel_locale()))


def german_number(value: Any, places: int = 2) -> str:
    """``1.234,5`` – decimals with a comma, no trailing zeros after it."""
    number = Decimal(str(value))
    text = f"{number:,.{places}f}".replace(",", "\u2009").replace(".", ",")
    text = text.replace("\u2009", ".")
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def number(value: Any, places: int = 2) -> str:
    """A number as printed: ``1.234,5`` in German, ``1,234.5`` in English."""
    if not _english():
        return german_number(value, places)
    from babel.numbers import format_decimal

    pattern = "#,##0." + "#" * places if places else "#,##0"
    return str(format_decimal(Decimal(str(value)), format=pattern, locale=i18n.babel_locale()))


def money(value: Any) -> str:
    """An amount in euros as written in the office's language: ``1.500,00 €`` in German,
    ``€1,500.00`` in English."""
    from babel.numbers import format_currency

    return str(format_currency(Decimal(str(value)), "EUR", locale=i18n.babel_locale()))


def integer(value: int) -> str:
    """A count with thousands separators: ``1.234`` (``1,234``)."""
    return f"{value:,}" if _english() else f"{value:,}".replace(",", ".")


def format_value(value: Any, kind: str = "text") -> str:
    """A value of a service's list column as printed (dates, labels, phones)."""
    if value is None or value == "":
        return ""
    if kind == "date" or (kind == "text" and type(value) is dt.date):
        return short_date(value) if isinstance(value, dt.date) else str(value)
    if kind in ("datetime", "localdatetime") and isinstance(value, dt.datetime):
        if kind == "datetime":  # stored as naive UTC
            value = value.replace(tzinfo=dt.UTC).astimezone()
        return short_datetime(value)
    if kind == "phone":
        from .validation import display_phone

        return display_phone(str(value))
    if kind == "bool":
        return _("ja") if value else _("nein")
    if kind == "int" and isinstance(value, int):
        return integer(value)
    if kind == "money":
        return money(value)
    if kind == "decimal" or isinstance(value, Decimal):
        return number(value)
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    return str(value)
