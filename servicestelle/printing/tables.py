"""Long lists as one reportlab Table: header row repeated on every page, optional group
rows, column widths from the content, long texts wrapped.

Cells are plain strings; a text too long for its column is split into lines (a string
with line breaks), which a Table lays out far faster than a Paragraph per cell.
Every cell is measured once; the same widths choose the orientation of the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from .layout import INK, MUTED, RULE, SHADE, ZEBRA, Page
from .text import FONT, FONT_BOLD, fit, lines, visual

SIZE = 8.5  # font size of list cells
LEADING = 10.5
PAD = 3.5  # left and right padding of a cell
PORTRAIT_WIDTH = Page("", "").width
LANDSCAPE_WIDTH = Page("", "", wide=True).width


@dataclass(frozen=True)
class Col:
    """A printed column: its title, how wide it may grow, and whether it may wrap."""

    title: str
    max_width: float = 60 * mm  # the widest it gets before its texts wrap
    wrap: bool = True  # False: dates, numbers, phone numbers keep one line
    align: str = "LEFT"
    min_width: float = 14 * mm


@dataclass
class Group:
    """A heading row that starts a group of rows (spans the whole table)."""

    label: str


Row = Sequence[str]


@lru_cache(maxsize=50_000)
def text_width(text: str) -> float:
    """The width of a cell's text (lists repeat many values: dates, districts, status)."""
    return float(stringWidth(text, FONT, SIZE))


def _natural_widths(columns: Sequence[Col], rows: Sequence[Row | Group]) -> list[float]:
    widths = [
        max((stringWidth(word, FONT_BOLD, SIZE) for word in col.title.split()), default=0) + 2 * PAD
        for col in columns
    ]
    for row in rows:
        if isinstance(row, Group):
            continue
        for i, text in enumerate(row):
            if text:
                w = text_width(text) + 2 * PAD
                if w > widths[i]:
                    widths[i] = w
    return widths


def plan_widths(
    columns: Sequence[Col], rows: Sequence[Row | Group], *, wide: bool | None = None
) -> tuple[bool, list[float]]:
    """Whether the list needs a landscape page, and the width of each column."""
    natural = _natural_widths(columns, rows)
    wanted = [
        max(col.min_width, min(w, col.max_width if col.wrap else w))
        for col, w in zip(columns, natural, strict=True)
    ]
    if wide is None:
        wide = sum(wanted) > PORTRAIT_WIDTH
    available = LANDSCAPE_WIDTH if wide else PORTRAIT_WIDTH
    total = sum(wanted)
    if total > available:
        # Narrow the columns that may wrap, each in proportion to its room above its minimum.
        flexible = [i for i, col in enumerate(columns) if col.wrap and wanted[i] > col.min_width]
        room = sum(wanted[i] - columns[i].min_width for i in flexible)
        excess = total - available
        for i in flexible:
            share = (wanted[i] - columns[i].min_width) / room if room else 0
            wanted[i] -= min(excess * share, wanted[i] - columns[i].min_width)
        if sum(wanted) > available:  # even the minimums do not fit: scale everything
            factor = available / sum(wanted)
            wanted = [w * factor for w in wanted]
    else:
        # Spread the room left over: to the columns that were cut first, then evenly
        # to the texts (never to narrow date or number columns).
        spare = available - total
        cut = [i for i, w in enumerate(natural) if w > wanted[i]]
        for i in cut:
            grow = min(natural[i] - wanted[i], spare)
            wanted[i] += grow
            spare -= grow
        textual = [i for i, col in enumerate(columns) if col.wrap] or list(range(len(columns)))
        weight = sum(wanted[i] for i in textual)
        for i in textual:
            wanted[i] += spare * wanted[i] / weight
    return wide, wanted


def list_table(
    columns: Sequence[Col],
    rows: Sequence[Row | Group],
    widths: Sequence[float],
    *,
    zebra: bool = True,
    row_height: float | None = None,
) -> Table:
    """The Table of a list; its header row repeats on every page."""
    header = [
        "\n".join(lines(col.title, FONT_BOLD, SIZE, w - 2 * PAD))
        for col, w in zip(columns, widths, strict=True)
    ]
    data: list[list[str]] = [header]
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, SIZE, LEADING),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, SIZE, LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ]
    for i, col in enumerate(columns):
        if col.align != "LEFT":
            commands.append(("ALIGN", (i, 0), (i, -1), col.align))
    if zebra:  # one command for all rows: per-row commands cost on every page split
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]))
    else:
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE))
    inner = [w - 2 * PAD for w in widths]
    for row in rows:
        index = len(data)
        if isinstance(row, Group):
            # The heading stands in the first cell and runs on over the empty others
            # (a SPAN would make reportlab recompute spans at every page break).
            data.append([visual(row.label)] + [""] * (len(columns) - 1))
            commands += [
                ("FONT", (0, index), (-1, index), FONT_BOLD, SIZE + 0.5, LEADING + 1),
                ("TOPPADDING", (0, index), (-1, index), 7),
                ("BACKGROUND", (0, index), (-1, index), colors.white),
                ("LINEBELOW", (0, index), (-1, index), 0.6, INK),
            ]
            continue
        cells = []
        for i, text in enumerate(row):
            if not text:
                cells.append("")
            elif "\n" not in text and text_width(text) <= inner[i] + 0.01:
                cells.append(visual(text))
            else:
                cells.append(fit(text, FONT, SIZE, inner[i]))
        data.append(cells)
    heights = None
    if row_height is not None:
        heights = [None] + [row_height] * (len(data) - 1)
        commands.append(("VALIGN", (0, 1), (-1, -1), "MIDDLE"))
    table = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def key_value_table(
    pairs: Sequence[tuple[str, str]], width: float, *, skip_empty: int = 0
) -> Table:
    """Label and value side by side (profile sheets, event details); the last
    ``skip_empty`` pairs are left out when they have no value."""
    if skip_empty:
        keep = len(pairs) - skip_empty
        pairs = [p for i, p in enumerate(pairs) if i < keep or p[1]]
    label_width = 45 * mm
    value_width = width - label_width
    data = [
        [fit(label, FONT, 9.5, label_width - 2 * PAD), fit(value, FONT, 9.5, value_width - 2 * PAD)]
        for label, value in pairs
    ]
    table = Table(data, colWidths=[label_width, value_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5, 12.5),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ("TEXTCOLOR", (1, 0), (1, -1), INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return table
