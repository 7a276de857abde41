"""Fonts and text of printed documents: the shipped DejaVu Sans, Arabic shaping, dates
and values in the printout's language (German or English).

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

from .. import i18n
from ..i18n import _
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


# -- dates and numbers in the language of the printout ------------------------------------
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
        from ..validation import display_phone

        return display_phone(str(value))
    if kind == "bool":
        return _("ja") if value else _("nein")
    if kind == "int" and isinstance(value, int):
        return integer(value)
    if kind == "decimal" or isinstance(value, Decimal):
        return number(value)
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    return str(value)
