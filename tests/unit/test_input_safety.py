"""Hostile text: direction overrides and control characters never reach the database,
long texts have a limit, and a rejected import row with a control character still gets
a readable error report, with its values kept out of the log."""

from __future__ import annotations

import csv
import logging
from pathlib import Path

import pytest
from openpyxl import load_workbook

from servicestelle.errors import ValidationError
from servicestelle.importing.service import ImportService, write_error_report
from servicestelle.services.volunteers import VolunteerService

pytestmark = pytest.mark.any_db

RLO, PDF = "\u202e", "\u202c"


def test_direction_overrides_and_control_characters_are_not_stored(db):
    service = VolunteerService(db)
    created = service.create(
        first_name=f"Ali{RLO}dammahoM{PDF}", last_name="Haddad\x01", notes="Zeile 1\r\nZeile 2\x00"
    )
    stored = service.get(created.id)
    assert stored.first_name == "AlidammahoM"
    assert stored.last_name == "Haddad"
    assert stored.notes == "Zeile 1\nZeile 2"
    assert VolunteerService(db).create(last_name="مرحبا").last_name == "مرحبا"  # Arabic kept


def test_a_text_without_its_own_limit_is_limited(db):
    with pytest.raises(ValidationError, match="höchstens 20.000 Zeichen"):
        VolunteerService(db).create(last_name="Lang", notes="x" * 20_001)


def test_a_rejected_row_with_a_control_character_gets_a_report_and_a_clean_log(
    db, tmp_path: Path, caplog
):
    path = tmp_path / "liste.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Name", "Vorname", "E-Mail"])
        writer.writerow(["", "Qux\x01geheim", "zora@example.org"])
        writer.writerow(["Muster", "Erika", "erika@example.org"])
    service = ImportService(db)
    caplog.set_level(logging.DEBUG)
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    result = service.run(plan, preview)
    assert result.created == 1 and result.errors == 1
    report = write_error_report(plan, tmp_path / "Importfehler.xlsx")
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0] == 2  # the sheet's row, with its reason
    assert "Qux\ufffdgeheim" in rows[1]
    assert "Qux" not in caplog.text and "geheim" not in caplog.text
