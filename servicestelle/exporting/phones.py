"""Phone numbers shown as the lists show them (``validation.display_phone``), fast.

``display_phone`` parses and formats each number with phonenumbers: about 35 µs, or
3.5 s for a list of 100,000 people, a third of an export's time budget. Its result
depends only on the country code and the national number: the formatting rule is
chosen by the number's first few digits (the longest "leading digits" pattern of the
country, 5 for Germany) and its length, and the digits then fill the rule's groups.
So one number of each (country, length, first digits) is formatted by phonenumbers
and serves as a template for the others. Where the metadata does not allow this
shortcut (rules that look at more than digit counts), every number goes through
``display_phone``.
"""

from __future__ import annotations

import re

# the width of a pattern: how many digits it can look at
import re._parser as sre_parse  # type: ignore[import-not-found]
from typing import Any

from ..validation import display_phone

_E164 = re.compile(r"\+[1-9]\d{5,16}")
# A formatting pattern that only counts digits: "(\d{3})(\d)(\d{4,10})".
_DIGIT_GROUPS = re.compile(r"(?:\(\\d(?:\{\d+(?:,\d*)?\})?\))+")
_MAX_PREFIX = 8  # beyond this many digits a cache would hardly ever be hit


def _width(pattern: str) -> int | None:
    width = sre_parse.parse(pattern).getwidth()[1]
    return width if width <= _MAX_PREFIX else None


def _prefix_length(country_code: int) -> int | None:
    """How many leading digits of a national number decide its format; None when the
    shortcut is not safe for this country."""
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
    if metadata is None:
        return None
    widths = [0]
    for number_format in [*metadata.number_format, *metadata.intl_number_format]:
        if not _DIGIT_GROUPS.fullmatch(number_format.pattern or ""):
            return None
        if number_format.leading_digits_pattern:
            width = _width(number_format.leading_digits_pattern[-1])
            if width is None:
                return None
            widths.append(width)
    if metadata.national_prefix_for_parsing:  # parsing could strip a "national prefix"
        width = _width(metadata.national_prefix_for_parsing)
        if width is None:
            return None
        widths.append(width)
    return max(widths)


def _template(shown: str, national: str) -> str | None:
    """``shown`` with the national number's digits replaced by ``{}`` (from the end)."""
    pieces: list[str] = []
    left = len(national)
    for char in reversed(shown):
        if left and char.isdigit():
            left -= 1
            if char != national[left]:
                return None
            pieces.append("\0")
        else:
            pieces.append(char.replace("{", "{{").replace("}", "}}"))
    if left:
        return None
    return "".join(reversed(pieces)).replace("\0", "{}")


class PhoneFormatter:
    """``display_phone`` with a cache of formats (see the module's explanation)."""

    def __init__(self) -> None:
        self._prefix: dict[int, int | None] = {}
        self._templates: dict[tuple[int, int, str], str | None] = {}

    def __call__(self, value: Any) -> str:
        text = str(value)
        if not _E164.fullmatch(text):
            return display_phone(text)
        country = self._country(text)
        if country is None:
            return display_phone(text)
        code, national = country
        width = self._prefix.get(code, -1)
        if width == -1:
            width = self._prefix[code] = _prefix_length(code)
        if width is None or national.startswith("0"):
            return display_phone(text)
        key = (code, len(national), national[:width])
        template = self._templates.get(key, "")
        if template is None:
            return display_phone(text)
        if template == "":
            shown = display_phone(text)
            self._templates[key] = _template(shown, national)
            return shown
        return template.format(*national)

    @staticmethod
    def _country(text: str) -> tuple[int, str] | None:
        from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

        for length in (1, 2, 3):  # country codes are prefix-free
            code = int(text[1 : 1 + length])
            if code in COUNTRY_CODE_TO_REGION_CODE:
                return code, text[1 + length :]
        return None
