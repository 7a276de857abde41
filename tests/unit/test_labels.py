"""Address labels: one label per recipient in its cell of the sheet, the first on the
label chosen (a half-used sheet), the rest on new sheets; private and complete files."""

from __future__ import annotations

import os
import stat

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from servicestelle.errors import ValidationError
from servicestelle.writing.labels import SHEETS, write_labels
from servicestelle.writing.postal import Addressee

A4_HEIGHT = 297 * mm


def people(count: int) -> list[Addressee]:
    return [
        Addressee("volunteer", n, f"Vorname{n:02d}", f"Nachname{n:02d}", f"Weg {n}", "19053",
                  "Schwerin")  # fmt: skip
        for n in range(1, count + 1)
    ]


def names_by_cell(path, sheet_key):
    """Per page: {label number (1 = top left, along the rows): the name drawn there}."""
    grid = SHEETS[sheet_key]
    pages = []
    for page in PdfReader(path).pages:
        cells: dict[int, list[str]] = {}

        def visitor(text, cm, tm, _font, _size, cells=cells):
            if not text.strip():
                return
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            column = int((x - grid.left) // grid.step_x)
            row = int((A4_HEIGHT - y - grid.top) // grid.step_y)
            assert 0 <= column < grid.columns and 0 <= row < grid.rows
            # inside the label itself, not in the gap between two
            assert x - grid.left - column * grid.step_x < grid.width
            cells.setdefault(row * grid.columns + column + 1, []).append(text.strip())

        page.extract_text(visitor_text=visitor)
        pages.append({cell: texts[0] for cell, texts in cells.items()})
    return pages


@pytest.mark.parametrize("sheet_key", ["L7163", "3475"])
def test_one_label_per_cell_from_the_start_position(tmp_path, sheet_key):
    grid = SHEETS[sheet_key]
    out = tmp_path / "Etiketten.pdf"
    count = grid.per_sheet + 3  # runs over onto a second sheet
    sheets = write_labels(people(count), out, sheet_key, start=5)
    assert sheets == 2
    first, second = names_by_cell(out, sheet_key)
    assert sorted(first) == list(range(5, grid.per_sheet + 1))  # 1–4 stay free
    assert first[5] == "Vorname01 Nachname01"
    left = count - (grid.per_sheet - 4)
    assert sorted(second) == list(range(1, left + 1))  # the next sheet from the top
    assert second[left] == f"Vorname{count:02d} Nachname{count:02d}"


def test_a_label_holds_name_street_and_place(tmp_path):
    out = tmp_path / "Etiketten.pdf"
    write_labels(people(1), out, "L7163")
    text = PdfReader(out).pages[0].extract_text()
    assert text.splitlines() == ["Vorname01 Nachname01", "Weg 1", "19053 Schwerin"]


def test_a_long_name_is_wrapped_not_cut(tmp_path):
    long = Addressee("volunteer", 1, "Maximiliane-Theresa", "von Hohenzollern-Sigmaringen",
                     "Hamburger Allee 126", "19063", "Schwerin")  # fmt: skip
    out = tmp_path / "Etiketten.pdf"
    write_labels([long], out, "3475")
    text = PdfReader(out).pages[0].extract_text()
    assert "Hohenzollern-Sigmaringen" in text and "…" not in text


def test_start_position_and_sheet_are_checked(tmp_path):
    with pytest.raises(ValidationError, match="von 1 bis 14"):
        write_labels(people(1), tmp_path / "x.pdf", "L7163", start=15)
    with pytest.raises(ValidationError, match="Unbekannter Etikettenbogen"):
        write_labels(people(1), tmp_path / "x.pdf", "L9999")
    with pytest.raises(ValidationError, match="Niemand"):
        write_labels([], tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_file_is_private_and_written_whole(tmp_path):
    out = tmp_path / "Etiketten.pdf"
    write_labels(people(3), out, "avery l7163")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["Etiketten.pdf"]
