"""Lists that went through a spreadsheet program set to US English: a dd/mm/yyyy list
opened there gets date cells with day and month swapped wherever the day is at most
12, and keeps the other dates as text ("25/12/1990"). The files here are written as
CSV and converted by LibreOffice headless with the en-US locale."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from servicestelle.db import Database
from servicestelle.importing.service import ImportService
from servicestelle.importing.values import date_swap
from servicestelle.services.volunteers import VolunteerService
from tests.unit.test_import_files import converted

# day first, as the office wrote them: 4 May 1985, 3 February 2023 …
ENGLISH = [
    ("Sara", "Neumann", "04/05/1985", "03/02/2023"),
    ("Tom", "Krause", "25/12/1990", "15/09/2022"),
    ("Eva", "Braun", "11/06/1975", "01/10/2021"),
]
MEANT = {
    "Sara": (dt.date(1985, 5, 4), dt.date(2023, 2, 3)),
    "Tom": (dt.date(1990, 12, 25), dt.date(2022, 9, 15)),
    "Eva": (dt.date(1975, 6, 11), dt.date(2021, 10, 1)),
}


def through_us_english(csv: Path, to: str, separator: str = ",") -> Path:
    """``csv`` opened by LibreOffice set to English (USA) and saved as ``to``."""
    # 1033: English (USA), the language the CSV's cells are read in
    return converted(csv, to, f"--infilter=CSV:{ord(separator)},34,76,1,,1033")


@pytest.fixture(scope="module")
def swapped_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("datum")
    english = folder / "eintritte.csv"
    english.write_text(
        "Vorname,Nachname,Geburtsdatum,Eintritt\n"
        + "".join(",".join(row) + "\n" for row in ENGLISH),
        encoding="utf-8",
    )
    german = folder / "deutsch.csv"
    german.write_text(
        "Vorname;Nachname;Geburtsdatum\nSara;Neumann;04.05.1985\nTom;Krause;25.12.1990\n",
        encoding="utf-8",
    )
    return {
        "xlsx": through_us_english(english, "xlsx"),
        "ods": through_us_english(english, "ods"),
        "german": through_us_english(german, "xlsx", ";"),
    }


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_swapped_date_cells_are_found_and_swapped_back(sqlite_db: Database, swapped_files, kind):
    service = ImportService(sqlite_db)
    preview = service.read("volunteer", swapped_files[kind])
    birth = preview.layout.headers.index("Geburtsdatum")
    cells = [values[birth] for _n, values in preview.layout.rows]
    assert isinstance(cells[0], dt.date) and cells[0].month == 4  # what the program made
    assert cells[1] == "25/12/1990"
    found = service.date_swaps(preview, preview.mapping)
    assert sorted(found) == [birth, birth + 1]
    assert found[birth].cells == 2 and found[birth].example == "25/12/1990"

    plan = service.plan("volunteer", preview)
    assert any("»Geburtsdatum«" in n and "Tag und Monat getauscht" in n for n in plan.notices)
    sara, tom, eva = plan.rows
    assert "Geburtsdatum: Tag und Monat getauscht (Datumszelle 05.04.1985 gelesen als " \
        "04.05.1985)." in sara.warnings
    assert not any("getauscht" in w for w in tom.warnings)  # text dates read as written
    assert any("getauscht" in w for w in eva.warnings)
    service.run(plan, preview)
    volunteers = VolunteerService(sqlite_db)
    for person in map(volunteers.get, range(1, 4)):
        assert (person.birth_date, person.since) == MEANT[person.first_name]


def test_the_user_may_keep_the_date_cells_as_they_are(sqlite_db: Database, swapped_files):
    service = ImportService(sqlite_db)
    preview = service.read("volunteer", swapped_files["xlsx"])
    plan = service.plan("volunteer", preview, swap_dates=())
    assert plan.rows[0].values["birth_date"] == dt.date(1985, 4, 5)
    assert not any("getauscht (" in w for row in plan.rows for w in row.warnings)
    assert any("übernommen, wie sie sind" in n for n in plan.notices)


def test_a_german_list_through_us_english_needs_no_swap(sqlite_db: Database, swapped_files):
    service = ImportService(sqlite_db)
    preview = service.read("volunteer", swapped_files["german"])
    assert service.date_swaps(preview, preview.mapping) == {}
    plan = service.plan("volunteer", preview)
    assert [r.values["birth_date"] for r in plan.rows] == [
        dt.date(1985, 5, 4), dt.date(1990, 12, 25)
    ]
    assert not any("getauscht" in n or "wie sie sind" in n for n in plan.notices)


def test_an_ordinary_list_of_date_cells_is_left_alone(sqlite_db: Database, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Nachname", "Vorname", "Geburtsdatum"])
    sheet.append(["Nowak", "Jana", dt.date(1985, 6, 1)])
    sheet.append(["Haddad", "Amir", dt.date(1979, 3, 4)])
    sheet.append(["Weiß", "Olga", "25.12.1990"])  # typed as text, German order
    book.save(tmp_path / "liste.xlsx")
    service = ImportService(sqlite_db)
    preview = service.read("volunteer", tmp_path / "liste.xlsx")
    assert service.date_swaps(preview, preview.mapping) == {}
    plan = service.plan("volunteer", preview)
    assert [r.values["birth_date"] for r in plan.rows] == [
        dt.date(1985, 6, 1), dt.date(1979, 3, 4), dt.date(1990, 12, 25)
    ]


@pytest.mark.parametrize(
    ("cells", "swap"),
    [
        ([dt.date(1985, 4, 5), dt.date(1990, 3, 2), "25/12/1990"], (2, "25/12/1990")),
        ([dt.datetime(1985, 4, 5, 0, 0), dt.date(1990, 3, 2), "25/12/1990 00:00"],
         (2, "25/12/1990 00:00")),
        ([dt.date(1985, 4, 13), dt.date(1990, 3, 2), "25/12/1990"], None),  # a day above 12
        ([dt.date(1985, 4, 5), dt.date(1990, 3, 2), "12/25/1990"], None),  # month first
        ([dt.date(1985, 4, 5), dt.date(1990, 3, 2)], None),  # no text tells
        (["25/12/1990", None, ""], None),  # no date cell
        ([dt.date(1985, 4, 5), "25/12/1990"], None),  # one date cell tells too little
        ([dt.date(2019, 9, 1), dt.date(2021, 3, 1), "15/09/2020"], None),  # firsts: German
        ([dt.date(1985, 4, 5), dt.date(1990, 3, 2), "25-12-1990", "x", 7], (2, "25-12-1990")),
        ([dt.date(1985, 4, 5), dt.date(1990, 3, 2), "25.12.1990"], None),  # dots tell nothing
    ],
)
def test_which_columns_tell_of_a_swap(cells, swap):
    found = date_swap(cells)
    assert (found.cells, found.example) == swap if swap else found is None


def test_the_command_line_swaps_unless_told_to_keep(swapped_files, tmp_path):
    from tests.cli.runner import run

    database = str(tmp_path / "cli.db")
    assert run("--db", database, "init", home=tmp_path).returncode == 0

    def notices(*extra: str) -> list[str]:
        done = run("--db", database, "import", "volunteers", str(swapped_files["xlsx"]),
                   "--dry-run", "--json", *extra, home=tmp_path)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)["notices"]

    assert any("Tag und Monat getauscht" in n for n in notices())
    assert any("übernommen, wie sie sind" in n for n in notices("--keep-date-cells"))


def test_swapped_date_cells_in_the_consent_column_are_swapped_back_too(
    sqlite_db: Database, tmp_path
):
    csv = tmp_path / "einwilligungen.csv"
    csv.write_text(
        "Vorname,Nachname,DSGVO\nSara,Neumann,04/05/2023\nTom,Krause,25/12/2022\n"
        "Eva,Braun,11/06/2021\nOle,Dahl,nein\n",
        encoding="utf-8",
    )
    service = ImportService(sqlite_db)
    preview = service.read("volunteer", through_us_english(csv, "xlsx"))
    plan = service.plan("volunteer", preview)
    assert [(r.consent, r.consent_on) for r in plan.rows] == [
        (True, dt.date(2023, 5, 4)), (True, dt.date(2022, 12, 25)),
        (True, dt.date(2021, 6, 11)), (False, None),
    ]
    assert any("(DSGVO): Tag und Monat getauscht" in w for w in plan.rows[0].warnings)
