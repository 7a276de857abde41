"""``servicestelle privacy …`` end to end: confirmation and --yes,
the access report's two files, the retention review and the records of processing."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from servicestelle.db import open_database
from servicestelle.services.volunteers import VolunteerService
from tests.cli.runner import Result
from tests.cli.runner import run as run_cli


def run(*args: str, home: Path, answer: str | None = None) -> Result:
    return run_cli(*args, home=home, stdin=answer if answer is not None else "")


@pytest.fixture
def database(tmp_path, sqlite_template) -> tuple[str, int]:
    path = tmp_path / "daten.db"
    shutil.copy(sqlite_template, path)
    db = open_database(path, user="Frau Test")
    service = VolunteerService(db)
    volunteer = service.create(
        first_name="Zoltan",
        last_name="Quxbaum",
        status="aktiv",
        email="zq@example.org",
        phone="0385 7771234",
    )
    service.create(
        last_name="Ausgeschieden",
        status="ausgeschieden",
        left_on=dt.date.today() - dt.timedelta(days=4 * 366),
    )
    db.dispose()
    return str(path), volunteer.id


def test_erase_asks_and_no_keeps_the_person(database, tmp_path):
    path, volunteer_id = database
    result = run(
        "--db",
        path,
        "privacy",
        "erase",
        "--volunteer",
        str(volunteer_id),
        home=tmp_path,
        answer="n\n",
    )
    assert result.returncode == 1
    assert "Quxbaum, Zoltan" in result.stdout  # names what would go
    assert "Nichts gelöscht" in result.stdout
    assert b"Quxbaum" in Path(path).read_bytes() + _wal(path)


def _wal(path: str) -> bytes:
    wal = Path(path + "-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_erase_after_yes_and_with_the_option(database, tmp_path):
    path, volunteer_id = database
    result = run(
        "--db",
        path,
        "privacy",
        "erase",
        "--volunteer",
        str(volunteer_id),
        home=tmp_path,
        answer="j\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Gelöscht" in result.stdout
    assert b"Quxbaum" not in Path(path).read_bytes() + _wal(path)
    again = run(
        "--db", path, "privacy", "erase", "--volunteer", str(volunteer_id), "--yes", home=tmp_path
    )
    assert again.returncode == 1 and "gibt es nicht" in again.stderr


def test_report_writes_pdf_and_json(database, tmp_path):
    path, volunteer_id = database
    out = tmp_path / "auskunft.pdf"
    result = run(
        "--db", path, "privacy", "report", "--volunteer", str(volunteer_id), str(out), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["person"]["last_name"] == "Quxbaum"
    other = tmp_path / "anders.json"
    result = run(
        "--db",
        path,
        "privacy",
        "report",
        "--volunteer",
        str(volunteer_id),
        str(out),
        "--json",
        str(other),
        home=tmp_path,
    )
    assert result.returncode == 0 and other.exists()


def test_retention_review_apply_and_records(database, tmp_path):
    path, _volunteer_id = database
    review = run("--db", path, "privacy", "retention", home=tmp_path)
    assert review.returncode == 0, review.stderr
    assert "Ausgeschiedene Ehrenamtliche anonymisieren: 1" in review.stdout
    refused = run("--db", path, "privacy", "retention", "--apply", home=tmp_path, answer="\n")
    assert refused.returncode == 1 and "Nichts geändert" in refused.stdout
    applied = run("--db", path, "privacy", "retention", "--apply", "--yes", home=tmp_path)
    assert applied.returncode == 0, applied.stderr
    assert "1 erledigt" in applied.stdout
    after = run("--db", path, "privacy", "retention", home=tmp_path)
    assert "Ausgeschiedene Ehrenamtliche anonymisieren: 0" in after.stdout
    pdf = tmp_path / "verzeichnis.pdf"
    records = run("--db", path, "privacy", "records", str(pdf), home=tmp_path)
    assert records.returncode == 0, records.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_person_must_be_named(database, tmp_path):
    path, _volunteer_id = database
    result = run("--db", path, "privacy", "erase", home=tmp_path)
    assert result.returncode == 2
