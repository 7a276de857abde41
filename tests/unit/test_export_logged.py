"""Personal data leaving the program is logged: an Excel export or a printed list names
who wrote which list, with which filter, how many rows and into which file — shown in
the audit log like every change."""

from __future__ import annotations

from pathlib import Path

from servicestelle.enums import AuditAction
from servicestelle.exporting.service import ExportService
from servicestelle.printing import render
from servicestelle.services.audit_log import AuditLogService, AuditQuery
from servicestelle.services.base import ListQuery
from servicestelle.services.volunteers import VolunteerService


def _exports(db):
    rows = AuditLogService(db).page(AuditQuery(), 0, 100)
    return [r for r in rows if r.action == AuditAction.EXPORT.label]


def test_an_excel_export_and_a_printed_list_are_logged(db, tmp_path: Path):
    VolunteerService(db).create(last_name="Muster", first_name="Erika", status="aktiv")
    ExportService(db).export(
        "volunteers", ListQuery(text="Muster"), None, tmp_path / "Ehrenamtliche.xlsx"
    )
    render(db, "volunteers", tmp_path / "Liste.pdf")
    logged = _exports(db)
    assert len(logged) == 2
    texts = " | ".join(str(r.new_value) for r in logged)
    assert (
        "Excel-Export »Ehrenamtliche« (Suche: Muster), Zeilen: 1, Datei: Ehrenamtliche.xlsx"
        in texts
    )
    assert "Ausdruck" in texts and "Liste.pdf" in texts
    assert {r.user for r in logged} == {"Frau Test"}
