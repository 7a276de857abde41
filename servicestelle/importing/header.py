"""Find the header row of a sheet and separate the data rows from empty, total and
repeated header rows.

Real lists often have a title block above the header ("Ehrenamtliche – …", "Stand: …"),
empty rows between the data, a "Gesamt:" row at the end, or the header repeated after a
page break. :func:`detect_layout` works on the rows :meth:`reader.Table.rows` yields.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from ..i18n import _

#: Filled rows read beyond the ``scan`` window, so that the last candidate has a row below.
LOOKAHEAD = 1

_TOTAL = re.compile(r"\s*(?:gesamt|summe|total|insgesamt|anzahl)(?:\s*:|\s|$)", re.IGNORECASE)
_FORMULA_TOTAL = re.compile(
    r"\s*=\s*(?:summe|sum|anzahl2?|counta?|teilergebnis|subtotal|mittelwert|average)\s*\(",
    re.IGNORECASE,
)
# Strings that are values rather than labels: numbers, dates, times, phone numbers, e-mail
# addresses and web addresses.
_NUMBERISH = re.compile(r"[\s\d.,:;/()+\-–−%€$#']*\d[\s\d.,:;/()+\-–−%€$#']*")
_ADDRESSISH = re.compile(r"\S+@\S+\.\S+|(?:https?://|www\.)\S+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


@dataclass
class SheetLayout:
    header_row: int | None
    """1-based row number of the header in the sheet (None: no header found)."""
    headers: list[str]
    """Header texts, stripped, whitespace collapsed; an empty header cell is "Spalte N"."""
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    """(1-based row number, values padded to ``len(headers)``) of each data row."""
    skipped: list[tuple[int, str]] = field(default_factory=list)
    """(1-based row number, German reason) of each row between the data that was left out."""


def detect_layout(
    rows: Iterable[list[Any]],
    *,
    is_known_header: Callable[[str], bool] | None = None,
    scan: int = 30,
) -> SheetLayout:
    """Split ``rows`` (row 1 of the sheet first) into header and data rows.

    The header is the row among the first ``scan`` non-empty rows that looks most like one:
    many filled cells, mostly distinct texts (not numbers, dates or addresses), cells that
    ``is_known_header`` recognises, and data-like rows below it.
    """
    source = iter(rows)
    ahead: list[tuple[int, list[Any]]] = []
    filled = 0
    number = 0
    for row in source:
        number += 1
        ahead.append((number, row))
        if _first_filled(row) >= 0:
            filled += 1
            if filled >= scan + LOOKAHEAD:
                break

    nonempty = [i for i, (_n, row) in enumerate(ahead) if _first_filled(row) >= 0]
    pick = _pick_header(ahead, nonempty, scan, is_known_header)

    if pick is None:
        header_row, header_cells, rest = None, [], ahead
    else:
        header_row, header_cells = ahead[pick]
        rest = ahead[pick + 1 :]
    layout = _split_data(chain(rest, enumerate(source, start=number + 1)), header_cells, header_row)
    return layout


# -- header --------------------------------------------------------------------------------


def _pick_header(
    ahead: list[tuple[int, list[Any]]],
    nonempty: list[int],
    scan: int,
    is_known_header: Callable[[str], bool] | None,
) -> int | None:
    """Index into ``ahead`` of the header row, or None; ``nonempty`` indexes the filled rows
    of ``ahead``, the first ``scan`` of which may be the header."""
    candidates = nonempty[:scan]
    if not candidates:
        return None
    widths = {i: sum(1 for v in ahead[i][1] if not _is_blank(v)) for i in candidates}
    widest = max(widths.values())
    first_wide = next(i for i in candidates if widths[i] >= 0.7 * widest)
    best: tuple[int, int] | None = None
    for position, i in enumerate(candidates):
        score = _header_score(ahead[i][1], is_known_header)
        if score is None:
            continue
        if widths[i] == 1:
            score -= 1  # a title or "Stand: …" line
        if i == first_wide:
            score += 2
        below = nonempty[position + 1] if position + 1 < len(nonempty) else None
        if below is not None and any(_is_value(v) for v in ahead[below][1] if not _is_blank(v)):
            score += 2
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


def _header_score(row: list[Any], is_known_header: Callable[[str], bool] | None) -> int | None:
    """How much ``row`` looks like a header, or None when it cannot be one."""
    cells = [v for v in row if not _is_blank(v)]
    texts = [_SPACES.sub(" ", v).strip() for v in cells if not _is_value(v)]
    if not texts or len(texts) < 0.6 * len(cells) or _TOTAL.match(texts[0]):
        return None
    distinct = len({t.casefold() for t in texts})
    score = distinct - (len(texts) - distinct) - 2 * (len(cells) - len(texts))
    if is_known_header is not None:
        score += 2 * sum(1 for t in texts if is_known_header(t))
    return score


def header_text(value: Any) -> str:
    """A header cell as text: stripped, whitespace collapsed, dates written the German way."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        text = value.strftime("%d.%m.%Y %H:%M")
    elif isinstance(value, dt.date):
        text = value.strftime("%d.%m.%Y")
    elif isinstance(value, dt.time):
        text = value.strftime("%H:%M")
    else:
        text = str(value)
    return _SPACES.sub(" ", text).strip()


# -- data rows -----------------------------------------------------------------------------


def _split_data(
    numbered: Iterable[tuple[int, list[Any]]],
    header_cells: list[Any],
    header_row: int | None,
) -> SheetLayout:
    texts = [header_text(v) for v in header_cells]
    while texts and not texts[-1]:
        texts.pop()
    folded = [t.casefold() for t in texts]
    header_first = next((i for i, t in enumerate(folded) if t), -1)
    header_key = folded[header_first] if header_first >= 0 else None

    data: list[tuple[int, list[Any]]] = []
    skipped: list[tuple[int, str]] = []
    empty: list[int] = []
    after_total = False
    width = len(texts)
    total_reason = _("Summenzeile")
    header_reason = _("wiederholte Kopfzeile")
    empty_reason = _("leere Zeile")

    for number, row in numbered:
        first = _first_filled(row)
        if first < 0:
            empty.append(number)
            continue
        value = row[first]
        if type(value) is str:
            if _TOTAL.match(value):
                skipped.append((number, total_reason))
                after_total = True
                continue
            if (
                first == header_first
                and _SPACES.sub(" ", value).strip().casefold() == header_key
                and _repeats_header(row, folded)
            ):
                skipped.append((number, header_reason))
                continue
        if _has_total_formula(row) or (after_total and _only_numbers(row)):
            skipped.append((number, total_reason))
            continue
        after_total = False
        if empty:
            skipped.extend((n, empty_reason) for n in empty)
            empty.clear()
        if len(row) > width:
            width = len(row)
        data.append((number, row))

    headers = [t or _("Spalte {n}", n=i + 1) for i, t in enumerate(texts)]
    headers.extend(_("Spalte {n}", n=i + 1) for i in range(len(headers), width))
    rows = [(n, r + [None] * (width - len(r)) if len(r) < width else r[:]) for n, r in data]
    skipped.sort()
    return SheetLayout(header_row, headers, rows, skipped)


def _repeats_header(row: list[Any], folded: list[str]) -> bool:
    texts = [header_text(v).casefold() for v in row]
    while texts and not texts[-1]:
        texts.pop()
    return texts == folded


def _has_total_formula(row: list[Any]) -> bool:
    return any(
        type(v) is str and "=" in v and "=" in v[:3] and _FORMULA_TOTAL.match(v) for v in row
    )


def _only_numbers(row: list[Any]) -> bool:
    return all(
        v is None or (type(v) is str and not v.strip()) or type(v) in (int, float) for v in row
    )


# -- cells ---------------------------------------------------------------------------------


def _is_blank(value: Any) -> bool:
    return value is None or (type(value) is str and not value.strip())


def _first_filled(row: list[Any]) -> int:
    """Index of the first non-blank cell, or -1 for an empty row."""
    for i, v in enumerate(row):
        if v is not None and (type(v) is not str or v.strip()):
            return i
    return -1


def _is_value(value: Any) -> bool:
    """True for a cell that holds data rather than a label."""
    if type(value) is not str:
        return True
    text = value.strip()
    return bool(_NUMBERISH.fullmatch(text) or _ADDRESSISH.fullmatch(text))
