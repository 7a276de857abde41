"""Address labels as PDF for the common German label sheets (A4): one label per
recipient with name, street, postcode and city.

A sheet is its grid (columns × rows, the label's size, the margins and the distance from
one label to the next). ``start`` is the number of the first free label (1 = top left,
counted along the rows), so that a sheet used halfway can go through the printer again;
the following sheets start at the top.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..errors import ValidationError
from ..i18n import _
from ..printing.layout import INK
from ..printing.text import FONT, FONT_BOLD, register_fonts
from ..printing.text import lines as wrapped
from .postal import Addressee, private_file


@dataclass(frozen=True)
class Sheet:
    key: str
    name: str  # as offered on screen
    columns: int
    rows: int
    width: float  # one label, points
    height: float
    left: float  # the sheet's edge to the first label
    top: float
    step_x: float  # from one label's left edge to the next one's
    step_y: float

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def cell(self, index: int) -> tuple[float, float]:
        """The lower left corner of label ``index`` (0 = top left, along the rows)."""
        row, column = divmod(index % self.per_sheet, self.columns)
        x = self.left + column * self.step_x
        y = A4[1] - self.top - row * self.step_y - self.height
        return x, y


SHEETS: dict[str, Sheet] = {
    "L7163": Sheet(
        "L7163",
        "Avery Zweckform L7163 (2 × 7, 99,1 × 38,1 mm)",
        2,
        7,
        99.1 * mm,
        38.1 * mm,
        4.65 * mm,
        15.15 * mm,
        101.6 * mm,
        38.1 * mm,
    ),
    "3475": Sheet(
        "3475",
        "Avery Zweckform 3475 (3 × 8, 70 × 36 mm)",
        3,
        8,
        70 * mm,
        36 * mm,
        0,
        4.5 * mm,
        70 * mm,
        36 * mm,
    ),
    "3490": Sheet(
        "3490",
        "Avery Zweckform 3490 (3 × 8, 70 × 36 mm, randlos)",
        3,
        8,
        70 * mm,
        36 * mm,
        0,
        4.5 * mm,
        70 * mm,
        36 * mm,
    ),
    "3422": Sheet(
        "3422",
        "Avery Zweckform 3422 (3 × 8, 70 × 35 mm)",
        3,
        8,
        70 * mm,
        35 * mm,
        0,
        8.5 * mm,
        70 * mm,
        35 * mm,
    ),
}
DEFAULT_SHEET = "L7163"
PADDING = 6 * mm  # inside a label, left and right
SMALLEST = 8.0  # points


def sheet(key: str) -> Sheet:
    """The sheet called ``key`` (German ``ValidationError`` naming the known ones)."""
    found = SHEETS.get(key.strip().upper().removeprefix("AVERY").strip())
    if found is None:
        raise ValidationError(
            {
                "sheet": _(
                    "Unbekannter Etikettenbogen »{key}«. Möglich sind: {known}.",
                    key=key,
                    known=", ".join(SHEETS),
                )
            }
        )
    return found


def write_labels(
    people: Sequence[Addressee],
    path: str | os.PathLike[str],
    sheet_key: str = DEFAULT_SHEET,
    start: int = 1,
) -> int:
    """One label per person on ``sheet_key`` sheets, the first on label ``start``;
    written complete or not at all, readable by its owner only. Returns the number of
    sheets."""
    grid = sheet(sheet_key)
    if not 1 <= start <= grid.per_sheet:
        raise ValidationError(
            {"start": _("Erstes Etikett: eine Zahl von 1 bis {n}.", n=grid.per_sheet)}
        )
    if not people:
        raise ValidationError({"recipients": _("Niemand kann per Post angeschrieben werden.")})
    register_fonts()
    pages = 0
    with private_file(path) as handle:
        canvas = Canvas(handle, pagesize=A4, pageCompression=1)
        canvas.setTitle(_("Adressetiketten"))
        canvas.setCreator("Servicestelle")
        index = start - 1
        for person in people:
            if index and index % grid.per_sheet == 0:
                canvas.showPage()
                pages += 1
            _label(canvas, grid, index, person.lines())
            index += 1
        canvas.showPage()
        pages += 1
        canvas.save()
    return pages


def _label(canvas: Canvas, grid: Sheet, index: int, lines: list[str]) -> None:
    """The address in the label, centred from top to bottom; smaller type for a long
    name or street, and at the smallest size a line too long is wrapped (never cut,
    the post must read all of it)."""
    x, y = grid.cell(index)
    room = grid.width - 2 * PADDING
    size = 10.0

    def fonts(number: int) -> str:
        return FONT_BOLD if number == 0 else FONT

    while size > SMALLEST and any(
        stringWidth(line, fonts(n), size) > room for n, line in enumerate(lines)
    ):
        size -= 0.5
    drawn = [
        (fonts(n), part)
        for n, line in enumerate(lines)
        for part in wrapped(line, fonts(n), size, room)
    ]
    leading = size * 1.3
    block = leading * (len(drawn) - 1) + size
    top = y + (grid.height + block) / 2 - size * 0.8
    canvas.setFillColor(INK)
    for number, (font, line) in enumerate(drawn):
        canvas.setFont(font, size)
        canvas.drawString(x + PADDING, top - number * leading, line)


__all__ = ["DEFAULT_SHEET", "SHEETS", "Sheet", "sheet", "write_labels"]
