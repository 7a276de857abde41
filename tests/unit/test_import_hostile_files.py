"""Hostile spreadsheets are refused before they cost memory or minutes: a workbook that
unpacks a hundredfold (a zip bomb), a CSV with thousands of columns, a cell longer than
any list entry. Each gets a German message."""

from __future__ import annotations

import resource
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from servicestelle.importing.reader import ImportFileError, open_table


def _workbook(path: Path) -> Path:
    book = Workbook()
    book.active.append(["Name", "Vorname"])
    book.active.append(["Muster", "Erika"])
    book.save(path)
    return path


def _bomb(path: Path, megabytes: int) -> Path:
    """A real workbook whose shared strings unpack to ``megabytes`` MB of one letter."""
    plain = _workbook(path.with_name("plain.xlsx"))
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(
        path, "w", zipfile.ZIP_DEFLATED
    ) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        chunk = b"A" * (1024 * 1024)
        with target.open("xl/sharedStrings.xml", "w", force_zip64=True) as handle:
            handle.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
                         b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>')
            for _ in range(megabytes):
                handle.write(chunk)
            handle.write(b"</t></si></sst>")
    return path


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path):
    path = _bomb(tmp_path / "liste.xlsx", 64)
    assert path.stat().st_size < 1024 * 1024  # small on disk
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ImportFileError, match="entpackt ein Vielfaches"), open_table(path) as t:
        list(t.rows())
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 32 * 1024  # nothing near the 64 MB it would unpack to


def test_an_ordinary_workbook_still_opens(tmp_path: Path):
    with open_table(_workbook(tmp_path / "liste.xlsx")) as table:
        assert list(table.rows()) == [["Name", "Vorname"], ["Muster", "Erika"]]


def test_a_csv_with_thousands_of_columns_is_refused(tmp_path: Path):
    path = tmp_path / "breit.csv"
    row = ";".join(f"Spalte {n}" for n in range(10_000))
    path.write_text("\n".join([row] * 50), encoding="utf-8")
    with pytest.raises(ImportFileError, match="über 1000 Spalten"), open_table(path) as table:
        list(table.rows())


def test_a_cell_longer_than_any_entry_is_refused(tmp_path: Path):
    path = tmp_path / "lang.csv"
    path.write_text("Name;Notiz\nMuster;" + "x" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="über 32.767 Zeichen"), open_table(path) as table:
        list(table.rows())
