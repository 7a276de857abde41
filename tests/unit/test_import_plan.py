"""Importing a spreadsheet: rows checked, duplicates found, all or nothing, undo."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from servicestelle import models as m
from servicestelle.db import Database
from servicestelle.enums import ImportStatus, LanguageLevel, VolunteerStatus
from servicestelle.errors import ServiceError
from servicestelle.importing.commit import ImportCancelled
from servicestelle.importing.service import ImportService, write_error_report
from servicestelle.services.global_search import search
from servicestelle.services.volunteers import VolunteerService

HEADERS = ["Nr.", "Name", "Vorname", "Stadtteil", "Tel.", "E-Mail", "Geburtsdatum", "Sprachen",
           "Tätigkeit", "FZ vorgelegt am", "DSGVO", "Bemerkungen"]


def office_list(path: Path, rows: list[list[object]]) -> Path:
    """An office's volunteer list: a title block, the header, rows, a total row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Aktive"
    sheet.append(["Ehrenamtliche – Servicestelle Integration"])
    sheet.append(["Stand: 14.03.2024"])
    sheet.append([])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # typed text, as a cell formatted as text holds it
    sheet.append([])
    sheet.append(["Gesamt:", len(rows)])
    book.save(path)
    return path


WEISS = [1, "Weiß", "Matthias", "Schelfstadt", 3858433822, "matthias.weiss@gmx.de",
         dt.datetime(1991, 4, 20), "Russisch/Ukrainisch", "Sprachcafé, Dolmetschen",
         dt.datetime(2024, 3, 9), "ja", "nur telefonisch erreichbar"]
SCHULZ = [2, "Schulz", "Anna", "Muesser Holz", "0385/545-1261", "anna.schulz@t-online.de",
          "23.8.1959", "arab., engl.", "Hausaufgabenhilfe", "liegt vor", "x", None]


@pytest.fixture
def service(db: Database) -> ImportService:
    return ImportService(db)


def imported(service: ImportService, path: Path, on_duplicate: str = "skip", **kwargs):
    preview = service.read("volunteer", path)
    plan = service.plan("volunteer", preview)
    return plan, service.run(plan, preview, on_duplicate=on_duplicate, **kwargs)


def volunteers(db: Database) -> list[m.Volunteer]:
    with db.read() as session:
        return list(session.scalars(select(m.Volunteer).order_by(m.Volunteer.id)))


def test_an_office_list_becomes_clean_records(db, service, tmp_path):
    path = office_list(tmp_path / "liste.xlsx", [WEISS, SCHULZ])
    plan, result = imported(service, path)

    assert [r.row for r in plan.rows] == [5, 6]  # below the title block, total row skipped
    assert (29, "leere Zeile") not in plan.skipped
    assert result.created == 2 and result.errors == 0
    weiss, schulz = (VolunteerService(db).get(v.id) for v in volunteers(db))
    assert (weiss.last_name, weiss.first_name) == ("Weiß", "Matthias")
    assert weiss.phone == "+493858433822"  # the lost leading zero is back
    assert weiss.birth_date == dt.date(1991, 4, 20)
    assert weiss.status == VolunteerStatus.ACTIVE
    assert {lang.language.code for lang in weiss.languages} == {"ru", "uk"}
    assert weiss.notes == "nur telefonisch erreichbar"
    assert [c.seen_on for c in weiss.clearances] == [dt.date(2024, 3, 9)]
    assert weiss.consents and weiss.consents[0].storage
    assert {a.activity_field.name for a in weiss.activities} == {
        "Deutsch üben", "Dolmetschen und Übersetzen"}
    with db.read() as session:
        assert session.get(m.District, schulz.district_id).name == "Mueßer Holz"
    assert schulz.birth_date == dt.date(1959, 8, 23)
    assert schulz.phone == "+493855451261"
    assert {lang.language.code: lang.level for lang in schulz.languages} == {
        "ar": LanguageLevel.GOOD, "en": LanguageLevel.GOOD}
    assert "liegt vor" in schulz.notes  # no date: kept in the notes, with a warning
    assert any("Datum nachtragen" in w for w in plan.rows[1].warnings)
    assert [h.title for h in search(db, "Weiß")][:1] == ["Weiß, Matthias"]

    with db.read() as session:
        batch = session.scalars(select(m.ImportBatch)).one()
        assert (batch.file_name, batch.sheet, batch.rows_imported) == ("liste.xlsx", "Aktive", 2)
        assert batch.status == ImportStatus.DONE
        audit = session.scalars(
            select(m.AuditEntry).where(m.AuditEntry.entity == "volunteer")
        ).all()
        assert [(a.user, a.new_value) for a in audit] == [
            (db.user, f"Import Nr. {batch.id} aus »liste.xlsx«: 2 Einträge angelegt")]
        assert weiss.import_batch_id == schulz.import_batch_id == batch.id


def test_errors_reject_a_row_and_warnings_keep_it(db, service, tmp_path):
    no_name = [3, None, "Ohne", "Lankow", None, None, None, None, None, None, None, None]
    bad_mail = [4, "Krüger", "Birgit", "Innenstadt", "12", "birgit@", "31.02.1980", "Klingonisch",
                None, None, "vielleicht", None]
    path = office_list(tmp_path / "l.xlsx", [no_name, bad_mail])
    plan, result = imported(service, path)

    rejected, kept = plan.rows
    assert rejected.status == "fehler" and "Nachname" in rejected.reason
    assert kept.status == "warnung"
    assert result.created == 1 and result.errors == 1
    krueger = VolunteerService(db).get(volunteers(db)[0].id)
    assert krueger.email is None and krueger.phone is None and krueger.birth_date is None
    for text in ("birgit@", "12", "31.02.1980", "Innenstadt", "Klingonisch", "vielleicht"):
        assert text in krueger.notes  # nothing typed is lost

    before = os.umask(0o022)  # even where the program's umask is not in force
    try:
        report = write_error_report(plan, tmp_path / "fehler.xlsx")
    finally:
        os.umask(before)
    if os.name != "nt":
        assert report.stat().st_mode & 0o777 == 0o600  # the rows name people
    sheet = load_workbook(report).active
    rows = list(sheet.values)
    assert rows[0][:3] == ("Zeile", "Grund der Ablehnung", "Nr.")
    assert rows[1][0] == 5 and "Nachname" in rows[1][1] and rows[1][4] == "Ohne"


def test_formula_text_in_a_rejected_row_stays_text_in_the_report(db, service, tmp_path):
    evil = [5, None, "=HYPERLINK(\"http://x\")", None, None, None, None, None, None, None, None,
            "=1+1"]
    plan, _result = imported(service, office_list(tmp_path / "l.xlsx", [evil]))
    report = write_error_report(plan, tmp_path / "r.xlsx")
    cells = {c.value: c.data_type for c in load_workbook(report).active[2]}
    assert cells["=1+1"] == "s"


def test_duplicates_inside_the_file_and_against_the_database(db, service, tmp_path):
    VolunteerService(db).create(last_name="Haddad", first_name="Fatemeh", birth_date="1998-09-30")
    VolunteerService(db).create(last_name="Nowak", first_name="Reza", phone="0385 2396105")
    rows = [
        [1, "Schulz", "Anna", None, None, "anna@web.de", None, None, None, None, None, None],
        [2, "Schulz", "Anna", None, None, "ANNA@WEB.DE", None, None, None, None, None, None],
        [3, "Haddad", "Fatemeh", None, None, None, "30.09.1998", None, None, None, None, None],
        [4, "Nowack", "Reza", None, "0385/239-6105", None, None, None, None, None, None, None],
        [5, "Nowak", "Jan", None, "0385/239-6105", None, None, None, None, None, None, None],
    ]
    plan, result = imported(service, office_list(tmp_path / "l.xlsx", rows))

    reasons = {r.row: r.duplicate.reason if r.duplicate else None for r in plan.rows}
    assert reasons[5] is None
    assert reasons[6].startswith("Gleicher Name und gleiche E-Mail-Adresse wie Zeile 5")
    assert reasons[7].startswith("Gleicher Name und gleiches Geburtsdatum wie ein vorhandener")
    assert reasons[8].startswith("Ähnlicher Name und gleiche Telefonnummer")
    assert reasons[9] is None  # same phone, another person of the family
    jan = plan.rows[4]
    assert jan.status == "warnung"
    assert any(w.startswith("Gleiche Telefonnummer wie »Nowak, Reza«") and "andere Person?" in w
               for w in jan.warnings)
    assert (result.created, result.skipped_duplicates) == (2, 3)


def test_a_duplicate_can_fill_the_empty_fields_of_the_record(db, service, tmp_path):
    known = VolunteerService(db).create(last_name="Weiß", first_name="Matthias",
                                        email="matthias.weiss@gmx.de")
    path = office_list(tmp_path / "l.xlsx", [WEISS])
    _plan, result = imported(service, path, on_duplicate="fill")
    assert (result.created, result.updated) == (0, 1)
    filled = VolunteerService(db).get(known.id)
    assert filled.phone == "+493858433822"
    assert filled.notes == "nur telefonisch erreichbar"
    assert filled.version == known.version + 1
    _plan, again = imported(service, path, on_duplicate="create")
    assert again.created == 1
    assert len(volunteers(db)) == 2


def test_a_cancelled_import_leaves_nothing(db, service, tmp_path):
    rows = [[i, f"Person {i:04d}", "Test", None, None, None, None, None, None, None, None, None]
            for i in range(1200)]
    path = office_list(tmp_path / "l.xlsx", rows)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # after two chunks

    with pytest.raises(ImportCancelled):
        imported(service, path, cancel=cancel)
    assert volunteers(db) == []
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(m.ImportBatch)) == 0
        assert session.scalar(select(func.count()).select_from(m.AuditEntry)) == 0
    assert search(db, "Person") == []


def test_an_import_is_undone_except_the_records_edited_since(db, service, tmp_path):
    _plan, first = imported(service, office_list(tmp_path / "a.xlsx", [WEISS]))
    assert service.undo_preview(first.batch_id).remove == 1
    assert service.undo(first.batch_id) == 1
    assert volunteers(db) == []
    assert search(db, "Weiß") == []
    with pytest.raises(ServiceError, match="schon rückgängig"):
        service.undo(first.batch_id)

    _plan, second = imported(service, office_list(tmp_path / "b.xlsx", [WEISS, SCHULZ]))
    record = next(v for v in volunteers(db) if v.last_name == "Weiß")
    VolunteerService(db).update(record.id, record.version, notes="angerufen")
    preview = service.undo_preview(second.batch_id)
    assert (preview.remove, preview.keep) == (1, ["Weiß, Matthias"])
    assert "1 Eintrag wird entfernt." in preview.text()
    assert "Weiß, Matthias" in preview.text()
    assert service.undo(second.batch_id) == 1
    assert [v.last_name for v in volunteers(db)] == ["Weiß"]  # edited: stays
    assert volunteers(db)[0].notes == "angerufen"


def test_a_mapping_saved_under_a_name_is_used_again(db, service, tmp_path):
    preview = service.read("volunteer", office_list(tmp_path / "l.xlsx", [WEISS]))
    mapping = dict(preview.mapping)
    mapping[0] = "notes"  # the »Nr.« column into the notes
    service.save_mapping("volunteer", "Liste Lankow", preview.layout.headers, mapping)
    assert service.saved_mappings("volunteer") == ["Liste Lankow"]
    again = service.apply_mapping("volunteer", "Liste Lankow", preview.layout.headers)
    assert again == mapping
    by_json = service.apply_mapping("volunteer", '{"Name": "last_name"}', preview.layout.headers)
    assert by_json == {1: "last_name"}
    with pytest.raises(ServiceError, match="nicht gespeichert"):
        service.apply_mapping("volunteer", "Gibt es nicht", preview.layout.headers)


KILLED_IMPORT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from servicestelle.db import open_database
    from servicestelle.importing.service import ImportService

    db = open_database(sys.argv[1])
    service = ImportService(db)
    preview = service.read("volunteer", sys.argv[2])
    plan = service.plan("volunteer", preview)

    def progress(done, total):
        if done >= total // 2:
            Path(sys.argv[3]).write_text("halb")
            time.sleep(60)  # killed here, half the rows written in the open transaction

    service.run(plan, preview, progress=progress)
    """
)


def test_a_killed_import_leaves_the_database_as_it_was(sqlite_db, tmp_path):
    VolunteerService(sqlite_db).create(last_name="Vorher")
    rows = [[i, f"Person {i:04d}", "Test", None, None, None, None, None, None, None, None, None]
            for i in range(3000)]
    path = office_list(tmp_path / "gross.xlsx", rows)
    marker = tmp_path / "halb.txt"
    script = tmp_path / "import.py"
    script.write_text(KILLED_IMPORT)
    url = str(sqlite_db.engine.url)
    process = subprocess.Popen(
        [sys.executable, str(script), url, str(path), str(marker)],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert process.poll() is None, "the import ended before it was killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(10)
    assert process.returncode == -signal.SIGKILL

    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert [v.last_name for v in volunteers(sqlite_db)] == ["Vorher"]
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(m.ImportBatch)) == 0


def test_newcomers_and_organisations_are_imported_the_same_way(db, service, tmp_path):
    book = Workbook()
    families = book.active
    families.title = "Familien"
    families.append(["Familienname", "Vorname", "Herkunftsland", "Personen im Haushalt",
                     "Sprachen", "Stadtteil", "Ankunft"])
    families.append(["Rahimi", "Nilofar", "Afghanistan", 5, "Dari, Paschtu", "Gr. Dreesch",
                     "03.08.2022"])
    families.append(["Kovalenko", "Iryna", "Ukraine", 2, "Ukrainisch, Russisch (gut)",
                     "Lankow", "2022-03-15"])
    path = tmp_path / "familien.xlsx"
    book.save(path)
    preview = service.read("newcomer", path)
    plan = service.plan("newcomer", preview)
    assert [r.status for r in plan.rows] == ["ok", "ok"]
    result = service.run(plan, preview)
    assert result.created == 2
    with db.read() as session:
        rahimi = session.scalars(select(m.Newcomer).where(m.Newcomer.last_name == "Rahimi")).one()
        assert (rahimi.household_size, rahimi.arrived_on) == (5, dt.date(2022, 8, 3))
        assert {(x.language.code, x.level) for x in rahimi.languages} == {
            ("prs", LanguageLevel.NATIVE), ("ps", LanguageLevel.NATIVE)}

    book = Workbook()
    sheet = book.active
    sheet.append(["Verein", "Art", "Ansprechpartner", "Telefon", "Stadtteil"])
    sheet.append(["Afrikanischer Kulturverein e.V.", "MSO", "Grace Mensah", "0385 1234567",
                  "Weststadt"])
    sheet.append(["Grundschule Lankow", "Schule", None, None, "Lankow"])
    sheet.append(["afrikanischer kulturverein e. v.", None, None, None, None])
    path = tmp_path / "vereine.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        for row in sheet.iter_rows(values_only=True):
            handle.write(";".join("" if v is None else str(v) for v in row) + "\r\n")
    preview = service.read("organisation", path)
    plan = service.plan("organisation", preview)
    assert [r.status for r in plan.rows] == ["ok", "ok", "duplikat"]
    result = service.run(plan, preview)
    assert result.created == 2
    with db.read() as session:
        club = session.scalars(
            select(m.Organisation).where(m.Organisation.name.like("Afrikan%"))
        ).one()
        assert club.kind.value == "mso"
        assert [(c.first_name, c.last_name) for c in club.contacts] == [("Grace", "Mensah")]
        school = session.scalars(select(m.Organisation).where(m.Organisation.name.like("Grund%")))
        assert school.one().kind.value == "schule_kita"
    assert [h.title for h in search(db, "Mensah")] == ["Mensah, Grace"]
    assert service.undo(result.batch_id) == 2
    assert search(db, "Mensah") == []
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(m.Organisation)) == 0
