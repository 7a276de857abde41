"""Fonts and text of printed documents: the shipped DejaVu Sans, Arabic shaping, German
dates and values.

reportlab draws glyphs left to right as they come; Arabic and Hebrew must be joined
(reshaped) and put in visual order first (``bidi.get_display``). That is done per line,
after a long text has been split into lines, never on the whole logical text.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import threading
from decimal import Decimal
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

_lock = threading.Lock()
_registered = False

# Arabic, Hebrew, Syriac, Thaana, NKo and the Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def register_fonts() -> None:
    """Register the shipped fonts with reportlab once (safe from any thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(
            TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
        )
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)
        _registered = True


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def visual(text: str) -> str:
    """One line as it must be drawn: Arabic letters joined, right-to-left runs reversed."""
    if not text or not has_rtl(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


def _split(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines at spaces; a word longer than a line (an e-mail address) is cut where
    it is full, after a separator such as @ . - / where possible."""
    result: list[str] = []
    for line in simpleSplit(text, font, size, width):
        while pdfmetrics.stringWidth(line, font, size) > width and len(line) > 1:
            cut = 1
            while cut < len(line) and pdfmetrics.stringWidth(line[: cut + 1], font, size) <= width:
                cut += 1
            separator = max(line.rfind(ch, 0, cut) for ch in "@.-/_")
            if separator >= cut // 2:
                cut = separator + 1
            result.append(line[:cut])
            line = line[cut:]
        result.append(line)
    return result or [""]


def lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` split into lines that fit ``width`` points, each in visual order."""
    if not text:
        return [""]
    if has_rtl(text):
        import arabic_reshaper
        from bidi import get_display

        shaped = arabic_reshaper.reshape(text)  # joined forms, still in logical order
        return [str(get_display(line)) for line in _split(shaped, font, size, width)]
    return _split(text, font, size, width)


def fit(text: str, font: str, size: float, width: float) -> str:
    """A table cell's text: as it is when it fits, else wrapped onto several lines."""
    if not text:
        return ""
    # (a hair of tolerance: the width was measured the same way, plus and minus padding)
    if "\n" not in text and pdfmetrics.stringWidth(text, font, size) <= width + 0.01:
        return visual(text)
    return "\n".join(lines(text, font, size, width))


# -- German values ------------------------------------------------------------------------

MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def german_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.strftime("%d.%m.%Y")


def long_date(value: dt.date) -> str:
    """``22. November 2026``"""
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"


def german_number(value: Any, places: int = 2) -> str:
    """``1.234,5`` – decimals with a comma, no trailing zeros after it."""
    number = Decimal(str(value))
    text = f"{number:,.{places}f}".replace(",", "\u2009").replace(".", ",")
    text = text.replace("\u2009", ".")
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def format_value(value: Any, kind: str = "text") -> str:
    """A value of a service's list column as printed (German dates, labels, phones)."""
    if value is None or value == "":
        return ""
    if kind == "date" or (kind == "text" and type(value) is dt.date):
        return german_date(value) if isinstance(value, dt.date) else str(value)
    if kind in ("datetime", "localdatetime") and isinstance(value, dt.datetime):
        if kind == "datetime":  # stored as naive UTC
            value = value.replace(tzinfo=dt.UTC).astimezone()
        return value.strftime("%d.%m.%Y %H:%M")
    if kind == "phone":
        from ..validation import display_phone

        return display_phone(str(value))
    if kind == "bool":
        return "ja" if value else "nein"
    if kind == "int" and isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if kind == "decimal" or isinstance(value, Decimal):
        return german_number(value)
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    return str(value)
