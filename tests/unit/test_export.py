"""Excel export of the lists: read back with python-calamine and with LibreOffice (an
independent reader), formula injection, round trip through the importer, write errors."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from servicestelle.db import open_database
from servicestelle.errors import ServiceError
from servicestelle.exporting import ExportCancelled, suggested_file_name
from servicestelle.exporting import lists as export_lists
from servicestelle.exporting.phones import PhoneFormatter
from servicestelle.exporting.service import ENTITIES, ExportService, service_for
from servicestelle.importing.service import ImportService
from servicestelle.services.base import ListQuery
from servicestelle.services.volunteers import VolunteerService
from servicestelle.validation import display_phone
from tests.conftest import IN_CI

INJECTIONS = ["=1+1", "+cmd|' /C calc'!A0", "-2", "@SUM(A1:A2)", "\tTab", "\rWagenrücklauf"]


def sheets(path: Path) -> dict[str, list[list[object]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


@pytest.fixture
def out(tmp_path):
    """A folder of its own for the exports (the test database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def people(db):
    service = VolunteerService(db)
    service.create(
        first_name="Anna",
        last_name="Müller",
        status="aktiv",
        phone="0385 5451261",
        since="2024-03-01",
        postcode="19053",
        birth_date="03.07.1961",
        email="anna@example.org",
    )
    service.create(
        first_name="Olena",
        last_name="Шевченко",
        status="aktiv",
        phone="+380 44 123 4567",
        since="2023-05-15",
        postcode="01067",
    )
    service.create(
        first_name="أحمد",
        last_name="Haddad",
        status="pausiert",
        phone="0171 2345678",
        since="2022-11-30",
    )
    return db


def test_export_matches_the_database_row_by_row(people, tmp_path):
    service = VolunteerService(people)
    target = tmp_path / "Ehrenamtliche.xlsx"
    query = ListQuery(sort=[("last_name", False)])
    columns = ["last_name", "first_name", "status", "phone", "postcode", "since", "birth_date"]
    reported = []
    count = ExportService(people).export(
        "volunteers", query, columns, target, progress=lambda d, t: reported.append((d, t))
    )
    assert count == 3
    assert reported[0] == (0, 3) and reported[-1] == (3, 3)
    data = sheets(target)
    assert list(data) == ["Ehrenamtliche", "Info"]
    rows = data["Ehrenamtliche"]
    assert rows[0] == [
        "Nachname",
        "Vorname",
        "Status",
        "Telefon",
        "PLZ",
        "Aktiv seit",
        "Geburtsdatum",
    ]
    with people.read() as session:
        expected = session.execute(service.list_select(query, columns)).all()
    assert len(rows) == len(expected) + 1
    for got, record in zip(rows[1:], expected, strict=True):
        _id, last, first, status, phone, postcode, since, born = record
        assert got[0] == last and got[1] == first
        assert got[2] == status.label
        assert got[3] == display_phone(phone)
        assert got[4] == (postcode or "")  # text, leading zero kept ("01067")
        assert got[5] == since  # a real date
        assert got[6] == (born or "")
    olena = next(r for r in rows if r[1] == "Olena")
    assert olena[4] == "01067" and olena[3] == "+380 44 123 4567"
    info = dict((r[0], r[1]) for r in data["Info"])
    assert info["Exportiert von"] == "Frau Test"
    assert info["Zeilen"] == 3
    assert isinstance(info["Exportiert am"], dt.datetime)
    assert info["Sortierung"] == "Nachname (aufsteigend)"


@pytest.mark.any_db
def test_workbook_is_formatted(people, tmp_path):
    target = tmp_path / "x.xlsx"
    ExportService(people).export("volunteers", None, None, target)
    with zipfile.ZipFile(target) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        styles = book.read("xl/styles.xml").decode()
        workbook = book.read("xl/workbook.xml").decode()
    assert 'state="frozen"' in sheet and 'ySplit="1"' in sheet
    assert '<autoFilter ref="A1:H4"/>' in sheet
    assert "_xlnm._FilterDatabase" in workbook
    assert 'formatCode="DD.MM.YYYY"' in styles and "<b/>" in styles
    assert sheet.count('customWidth="1"') == 8
    assert '<c t="inlineStr" s="1">' in sheet  # bold header


def test_filters_search_and_sort_are_exported_and_described(people, tmp_path):
    service = VolunteerService(people)
    query = ListQuery(filters={"status": ["aktiv"]}, text="", sort=[("since", True)])
    target = tmp_path / "aktiv.xlsx"
    assert ExportService(people).export(service, query, ["first_name", "since"], target) == 2
    data = sheets(target)
    assert [r[0] for r in data["Ehrenamtliche"][1:]] == ["Anna", "Olena"]
    info = dict((r[0], r[1]) for r in data["Info"])
    assert info["Filter: Status"] == "aktiv"
    assert info["Sortierung"] == "Aktiv seit (absteigend)"
    assert info["Suche"] == "keine"
    target = tmp_path / "suche.xlsx"
    ExportService(people).export(service, ListQuery(text="Haddad"), ["last_name"], target)
    assert sheets(target)["Ehrenamtliche"][1:] == [["Haddad"]]
    assert dict((r[0], r[1]) for r in sheets(target)["Info"])["Suche"] == "Haddad"


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_list_exports_with_its_default_columns(sqlite_db, tmp_path, entity):
    from servicestelle.demo import generate

    generate(sqlite_db, volunteers=40, seed=3)
    service = service_for(sqlite_db, entity)
    target = tmp_path / suggested_file_name(entity)
    count = ExportService(sqlite_db).export(entity, None, None, target)
    assert count == service.count(ListQuery())
    rows = sheets(target)[next(iter(sheets(target)))]
    assert rows[0] == [c.title for c in service.columns.values() if c.shown]
    assert len(rows) == count + 1


@pytest.mark.any_db
def test_unknown_column_and_filter_are_german_errors(people, out):
    with pytest.raises(ServiceError, match="Unbekannte Spalte »shoe_size«"):
        ExportService(people).export("volunteers", None, ["shoe_size"], out / "x.xlsx")
    with pytest.raises(ServiceError, match="Unbekannter Filter"):
        ExportService(people).export(
            "volunteers", ListQuery(filters={"x": 1}), None, out / "x.xlsx"
        )
    assert list(out.iterdir()) == []


def test_suggested_file_name():
    assert suggested_file_name("Ehrenamtliche", dt.date(2026, 11, 22)) == (
        "Ehrenamtliche_2026-11-22.xlsx"
    )
    assert suggested_file_name("Organisationen & MSO", dt.date(2026, 1, 2)) == (
        "Organisationen_&_MSO_2026-01-02.xlsx"
    )


# -- formula injection --------------------------------------------------------------


def _injected(db):
    service = VolunteerService(db)
    for index in range(len(INJECTIONS)):
        service.create(last_name=f"Person {index}", first_name="x", status="aktiv")
    # The service strips names; the stored value is what could reach a cell.
    with db.session() as session:
        from servicestelle import models as m

        for index, text in enumerate(INJECTIONS):
            person = session.query(m.Volunteer).filter_by(last_name=f"Person {index}").one()
            person.first_name = text
    return service


def test_formula_like_texts_stay_text_in_calamine(sqlite_db, tmp_path):
    _injected(sqlite_db)
    target = tmp_path / "inj.xlsx"
    ExportService(sqlite_db).export("volunteers", None, ["last_name", "first_name"], target)
    rows = sheets(target)["Ehrenamtliche"][1:]
    assert [r[1] for r in rows] == INJECTIONS
    with zipfile.ZipFile(target) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere
    assert sheet.count('s="4"') == len(INJECTIONS)  # with Excel's quote prefix


# -- LibreOffice as an independent reader -----------------------------------------------


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        reason = "LibreOffice fehlt (Debian-Paket »libreoffice-calc-nogui«)"
        if IN_CI:
            pytest.fail(f"LibreOffice wird in CI verlangt: {reason}")
        pytest.skip(reason)
    return found


def libreoffice_csv(path: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet of ``path`` as LibreOffice reads it, text cells quoted (UTF-8)."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        subprocess.run(
            [
                soffice(),
                "--headless",
                f"-env:UserInstallation={profile.as_uri()}",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,1031,true,true,true,false,false,-1",
                "--outdir",
                str(out),
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    result = {}
    for name in ("Ehrenamtliche", "Info"):
        # decoded by hand: read_text would turn a carriage return inside a cell into \n
        text = (out / f"{path.stem}-{name}.csv").read_bytes().decode("utf-8")
        result[name] = text
    return result


def _cells(text: str) -> list[list[tuple[str, bool]]]:
    """CSV rows as (value, quoted): LibreOffice quotes text cells, never numbers."""
    rows = []
    for line in csv.reader(io.StringIO(text, newline=""), strict=True):
        rows.append(line)
    quoted = []
    for raw_line, values in zip(_raw_lines(text), rows, strict=True):
        fields = _split_raw(raw_line)
        quoted.append([(v, f.startswith('"')) for v, f in zip(values, fields, strict=True)])
    return quoted


def _raw_lines(text: str) -> list[str]:
    lines, current, inside = [], "", False
    for char in text:
        if char == '"':
            inside = not inside
        if char == "\n" and not inside:
            lines.append(current.removesuffix("\r"))
            current = ""
        else:
            current += char
    if current:
        lines.append(current)
    return lines


def _split_raw(line: str) -> list[str]:
    fields, current, inside = [], "", False
    for char in line:
        if char == '"':
            inside = not inside
        if char == "," and not inside:
            fields.append(current)
            current = ""
        else:
            current += char
    fields.append(current)
    return fields


def test_libreoffice_reads_the_same_cells_and_no_formula(sqlite_db, tmp_path):
    soffice()
    _injected(sqlite_db)
    VolunteerService(sqlite_db).create(
        first_name="Olena",
        last_name="Шевченко",
        status="aktiv",
        phone="+380 44 123 4567",
        since="2023-05-15",
        postcode="01067",
    )
    target = tmp_path / "lo.xlsx"
    columns = ["last_name", "first_name", "status", "phone", "postcode", "since", "max_pairings"]
    ExportService(sqlite_db).export("volunteers", None, columns, target)
    calamine = sheets(target)["Ehrenamtliche"]
    office = _cells(libreoffice_csv(target, tmp_path / "csv")["Ehrenamtliche"])
    assert len(office) == len(calamine)
    for row, (ours, theirs) in enumerate(zip(calamine, office, strict=True)):
        for value, (text, quoted) in zip(ours, theirs, strict=True):
            if isinstance(value, dt.date):
                assert (text, quoted) == (value.strftime("%d.%m.%Y"), False)
            elif isinstance(value, float):  # a number (calamine gives floats)
                assert (text, quoted) == (str(int(value)), False)
            elif value == "":
                assert text == ""
            else:  # text stays text: quoted and not evaluated
                assert (text, quoted) == (value, True), (row, value)
    first_names = [r[1][0] for r in office[1:]]
    for text in INJECTIONS:
        assert text in first_names


# -- round trip through the importer ---------------------------------------------------

NAMES = st.sampled_from(
    [
        "Müller",
        "Öztürk",
        "Yılmaz",
        "Şahin",
        "Çelik",
        "Ğül",
        "İpek",
        "Шевченко",
        "Ірина",
        "Бондаренко",
        "حداد",
        "أحمد",
        "يوسف",
        "Weiß",
        "Nguyễn",
        "O'Brien",
        "Jean-Luc",
        "Żaneta",
    ]
)
PHONES = st.one_of(
    st.builds(lambda n: f"0385 {n}", st.integers(1000000, 9999999)),
    st.builds(lambda n: f"0171 {n}", st.integers(1000000, 99999999)),
    st.builds(lambda n: f"+90 532 {n}", st.integers(1000000, 9999999)),
    st.none(),
)
PERSON = st.fixed_dictionaries(
    {
        "last_name": NAMES,
        "first_name": NAMES,
        "status": st.sampled_from(["interessiert", "aktiv", "pausiert"]),
        "phone": PHONES,
        "since": st.dates(dt.date(1990, 1, 1), dt.date(2025, 12, 31)),
        "birth_date": st.one_of(st.none(), st.dates(dt.date(1930, 1, 1), dt.date(2005, 1, 1))),
        "postcode": st.one_of(st.none(), st.sampled_from(["19053", "01067", "19061"])),
        "number": st.integers(0, 10**6),
    }
)
ROUND_TRIP = [
    "last_name",
    "first_name",
    "status",
    "phone",
    "email",
    "since",
    "birth_date",
    "postcode",
]


def _records(db):
    service = VolunteerService(db)
    with db.read() as session:
        rows = session.execute(service.list_select(ListQuery(), ROUND_TRIP)).all()
    return sorted(tuple(r[1:]) for r in rows)


MUELLER = {
    "status": "interessiert",
    "phone": "0385 1000000",
    "since": dt.date(1990, 1, 1),
    "birth_date": None,
    "postcode": None,
    "number": 0,
}


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    people=st.lists(
        PERSON, min_size=1, max_size=12, unique_by=lambda p: (p["last_name"], p["first_name"])
    )
)
# Found in CI: two people sharing e-mail and phone, one last name, were taken for one.
@example(
    people=[
        {**MUELLER, "last_name": "Müller", "first_name": "Müller"},
        {**MUELLER, "last_name": "Müller", "first_name": "Öztürk"},
    ]
)
def test_round_trip_through_the_importer(sqlite_template, people):
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copy(sqlite_template, work / "a.db")
        shutil.copy(sqlite_template, work / "b.db")
        source = open_database(work / "a.db", user="Frau Test")
        target = open_database(work / "b.db", user="Frau Test")
        try:
            service = VolunteerService(source)
            for person in people:
                values = dict(person)
                number = values.pop("number")
                values["email"] = f"p{number}@example.org"
                service.create(**values)
            path = work / "export.xlsx"
            ExportService(source).export("volunteers", None, ROUND_TRIP, path)
            importer = ImportService(target)
            preview = importer.read("volunteer", path)
            plan = importer.plan("volunteer", preview)
            assert [r.reason for r in plan.rows if r.errors] == []
            # The export has no consent column: whoever re-imports it says that the
            # people listed »aktiv« stay so (else they would come in »interessiert«).
            result = importer.run(plan, preview, active_without_consent=True)
            assert result.created == len(people)
            assert _records(target) == _records(source)
        finally:
            source.dispose()
            target.dispose()


# -- phone numbers ------------------------------------------------------------------------


@given(
    st.sampled_from([49, 49, 49, 1, 44, 90, 7, 380, 963, 39, 33, 43, 964, 98, 93, 212]),
    st.integers(10**5, 10**12),
)
@settings(max_examples=400, deadline=None)
def test_fast_phone_format_equals_the_list(country, number):
    formatter = PhoneFormatter()
    e164 = f"+{country}{number}"
    assert formatter(e164) == display_phone(e164)
    assert formatter(e164) == display_phone(e164)  # the second time from the cache


# -- write errors: German messages, no partial file ---------------------------------------


@pytest.mark.any_db
def test_full_disk_leaves_no_file(people, out, monkeypatch):
    from servicestelle.exporting import xlsx

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsx.SheetStream, "flush", full)
    with pytest.raises(ServiceError, match="nicht genug Platz"):
        ExportService(people).export("volunteers", None, None, out / "voll.xlsx")
    assert list(out.iterdir()) == []


@pytest.mark.any_db
def test_file_open_in_excel_keeps_the_old_file(people, out, monkeypatch):
    target = out / "offen.xlsx"
    target.write_bytes(b"old")

    def locked(_src, _dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(export_lists.os, "replace", locked)
    with pytest.raises(ServiceError, match="in einem anderen Programm"):
        ExportService(people).export("volunteers", None, None, target)
    assert [p.name for p in out.iterdir()] == ["offen.xlsx"]
    assert target.read_bytes() == b"old"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file modes")
@pytest.mark.any_db
def test_read_only_folder_and_file(people, out):
    folder = out / "nur-lesen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ServiceError, match="schreibgeschützt"):
            ExportService(people).export("volunteers", None, None, folder / "x.xlsx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)
    target = out / "fest.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o400)
    with pytest.raises(ServiceError, match="schreibgeschützt"):
        ExportService(people).export("volunteers", None, None, target)
    assert target.read_bytes() == b"old"


@pytest.mark.any_db
def test_read_only_target_as_root_too(people, out, monkeypatch):
    target = out / "fest.xlsx"
    target.write_bytes(b"old")
    monkeypatch.setattr(export_lists.os, "access", lambda *_args: False)
    with pytest.raises(ServiceError, match="schreibgeschützt"):
        ExportService(people).export("volunteers", None, None, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["fest.xlsx"]


def test_cancel_leaves_no_file(sqlite_db, out, monkeypatch):
    from tests.ui.conftest import add_many

    add_many(sqlite_db, 50)
    monkeypatch.setattr(export_lists, "CHUNK", 10)
    with pytest.raises(ExportCancelled):
        ExportService(sqlite_db).export(
            "volunteers", None, None, out / "x.xlsx", cancelled=lambda: True
        )
    assert list(out.iterdir()) == []


def test_streams_in_chunks(sqlite_db, tmp_path, monkeypatch):
    from tests.ui.conftest import add_many

    add_many(sqlite_db, 25)
    monkeypatch.setattr(export_lists, "CHUNK", 10)
    reported = []
    count = ExportService(sqlite_db).export(
        "volunteers",
        None,
        ["last_name"],
        tmp_path / "x.xlsx",
        progress=lambda d, t: reported.append(d),
    )
    assert count == 25
    assert reported == [0, 10, 20, 25]
    names = [r[0] for r in sheets(tmp_path / "x.xlsx")["Ehrenamtliche"][1:]]
    assert names == [f"Person {i:04d}" for i in range(25)]


def test_times_are_local_like_the_list(people, out, monkeypatch):
    import time

    from servicestelle import models as m

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        target = out / "zeiten.xlsx"
        ExportService(people).export("volunteers", None, ["last_name", "updated_at"], target)
        rows = sheets(target)["Ehrenamtliche"][1:]
        with people.read() as session:
            stored = dict(session.query(m.Volunteer.last_name, m.Volunteer.updated_at).all())
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    for last, shown in rows:
        local = stored[last].replace(tzinfo=dt.UTC).astimezone(ZoneInfo("Europe/Berlin"))
        assert abs(shown - local.replace(tzinfo=None)) < dt.timedelta(seconds=1)
        assert shown != stored[last]  # Berlin is never UTC
