"""Fonts and text of printed documents: the shipped DejaVu Sans, Arabic shaping, dates
and values in the printout's language (German or English).

reportlab draws glyphs left to right as they come; Arabic and Hebrew must be joined
(reshaped) and put in visual order first (``bidi.get_display``). That is done per line,
after a long text has been split into lines, never on the whole logical text.
"""

from __future__ import annotations

import re
import threading

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


# -- dates and numbers in the language of the printout ------------------------------------
# Dates and numbers in the printout's language come from ``servicestelle.formats`` (the
# Excel export and the data-protection files write them the same way).
from ..formats import (  # noqa: E402
    format_value,
    german_number,
    integer,
    long_date,
    number,
    short_date,
    short_datetime,
)

__all__ = [
    "FONT",
    "FONT_BOLD",
    "fit",
    "format_value",
    "german_number",
    "has_rtl",
    "integer",
    "lines",
    "long_date",
    "number",
    "register_fonts",
    "short_date",
    "short_datetime",
    "visual",
]
