"""Weekly availability (weekday × morning/afternoon/evening) packed into one integer.

Bit ``weekday * 3 + slot`` is set when the person is available then; an integer column
lets both SQLite and PostgreSQL test overlaps with ``mask & wanted != 0``.
"""

from __future__ import annotations

from collections.abc import Iterable

from .enums import SLOT_LABELS, WEEKDAY_LABELS, DaySlot, Weekday
from .i18n import _

ALL_SLOTS = (1 << 21) - 1


def bit(weekday: int, slot: int) -> int:
    if not (0 <= weekday <= 6 and 0 <= slot <= 2):
        raise ValueError(f"ungültiger Zeitpunkt: {weekday}/{slot}")
    return 1 << (weekday * 3 + slot)


def pack(slots: Iterable[tuple[int, int]]) -> int:
    mask = 0
    for weekday, slot in slots:
        mask |= bit(weekday, slot)
    return mask


def unpack(mask: int) -> list[tuple[Weekday, DaySlot]]:
    return [
        (Weekday(day), DaySlot(slot))
        for day in range(7)
        for slot in range(3)
        if mask & bit(day, slot)
    ]


def describe(mask: int) -> str:
    """German text such as 'Dienstag Nachmittag, Donnerstag Nachmittag'."""
    if not mask:
        return _("keine Angabe")
    return ", ".join(f"{_(WEEKDAY_LABELS[d])} {_(SLOT_LABELS[s])}" for d, s in unpack(mask))
