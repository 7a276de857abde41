"""The office's address as the settings dialog keeps it (street, postcode, city …) is
printed as an address, never as the stored structure."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from servicestelle.db import Database
from servicestelle.printing.privacy import write_records_of_processing
from servicestelle.services.settings import SettingsService, address_lines

PARTS = {"street": "Am Packhof 2–6", "postcode": "19053", "city": "Schwerin", "phone": ""}


def test_the_parts_become_lines() -> None:
    assert address_lines(PARTS) == ["Am Packhof 2–6", "19053 Schwerin"]
    assert address_lines("Am Packhof 2–6\n19053 Schwerin\n") == ["Am Packhof 2–6", "19053 Schwerin"]
    assert address_lines(None) == []


def test_the_records_of_processing_print_the_address(sqlite_db: Database, tmp_path: Path):
    SettingsService(sqlite_db).set("office.address", PARTS)
    out = tmp_path / "Verarbeitungsverzeichnis.pdf"
    write_records_of_processing(sqlite_db, out)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Am Packhof 2–6, 19053 Schwerin" in text
    assert "street" not in text and "{" not in text
