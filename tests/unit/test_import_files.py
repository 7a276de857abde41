"""The same family list as Excel, LibreOffice (.ods), old Excel (.xls, written by
LibreOffice) and a German Excel CSV: everywhere two people who share an e-mail address,
the consent as the list says it, and the same numbers."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from servicestelle.db import Database
from servicestelle.enums import VolunteerStatus
from servicestelle.importing.service import ImportService
from servicestelle.services.volunteers import VolunteerService
from tests.conftest import IN_CI

HEADER = ["Nachname", "Vorname", "E-Mail", "Geburtsdatum", "DSGVO", "DSGVO unterschrieben am"]
ROWS = [
    ["Nowak", "Jana", "familie.nowak@web.de", dt.date(1985, 6, 1), "ja", dt.date(2023, 3, 12)],
    ["Nowak", "Jan", "familie.nowak@web.de", dt.date(2010, 2, 3), "ja", None],
    ["Haddad", "Amir", "haddad@gmx.de", None, "nein", None],
]


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        reason = "LibreOffice fehlt (Debian-Paket »libreoffice-calc-nogui«)"
        if IN_CI:
            pytest.fail(f"LibreOffice wird in CI verlangt: {reason}")
        pytest.skip(reason)
    return found


def family_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Familien"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
        sheet.cell(sheet.max_row, 4).number_format = "DD.MM.YYYY"
        sheet.cell(sheet.max_row, 6).number_format = "DD.MM.YYYY"
    book.save(path)
    return path


def converted(source: Path, to: str, *options: str) -> Path:
    """``source`` saved by LibreOffice as ``to`` (ods, xls); ``options`` go before the
    conversion (an import filter)."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        subprocess.run(
            [soffice(), "--headless", f"-env:UserInstallation={profile.as_uri()}", *options,
             "--convert-to", to, "--outdir", str(source.parent), str(source)],
            check=True, capture_output=True, timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    target = source.with_suffix(f".{to}")
    assert target.exists()
    return target


def german_excel_csv(path: Path) -> Path:
    lines = [";".join(HEADER)]
    for row in ROWS:
        cells = [v.strftime("%d.%m.%Y") if isinstance(v, dt.date) else (v or "") for v in row]
        lines.append(";".join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("familien")
    xlsx = family_xlsx(folder / "familien.xlsx")
    return {
        "xlsx": xlsx,
        "ods": converted(xlsx, "ods"),
        "xls": converted(xlsx, "xls"),
        "csv": german_excel_csv(folder / "familien.csv"),
    }


@pytest.mark.parametrize("kind", ["xlsx", "ods", "xls", "csv"])
def test_a_family_list_from_every_program(sqlite_db: Database, files, kind):
    service = ImportService(sqlite_db)
    preview = service.read("volunteer", files[kind])
    named = {preview.layout.headers[c]: k for c, k in preview.mapping.items()}
    assert named["DSGVO"] == "consent" and named["DSGVO unterschrieben am"] == "consent_on"
    plan = service.plan("volunteer", preview)
    counts = plan.counts()
    assert (counts.ok, counts.warning, counts.duplicate, counts.error) == (1, 2, 0, 0)
    assert "Gleiche E-Mail-Adresse wie Zeile 2 (andere Person?)." in plan.rows[1].warnings
    assert len(plan.notices) == 1  # Jan: »ja« without a day
    result = service.run(plan, preview)
    assert (result.created, result.warnings, result.skipped_duplicates) == (3, 2, 0)

    volunteers = VolunteerService(sqlite_db)
    people = {v.first_name: volunteers.get(v.id) for v in map(volunteers.get, range(1, 4))}
    assert [c.given_on for c in people["Jana"].consents] == [dt.date(2023, 3, 12)]
    assert people["Jana"].birth_date == dt.date(1985, 6, 1)
    assert "Datum unbekannt" in people["Jan"].consents[0].note
    assert people["Amir"].consents == []
    assert people["Amir"].status == VolunteerStatus.INTERESTED
