"""Reading spreadsheets for the import: every format, the encodings and delimiters people
send, title blocks, totals and repeated headers, and files that are broken or no tables
at all (each with a German message)."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.styles import Font

from servicestelle.errors import ServiceError
from servicestelle.importing import reader
from servicestelle.importing.header import SheetLayout, detect_layout
from servicestelle.importing.reader import ImportFileError, SheetInfo, open_table

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"

TITLE = "Ehrenamtliche – Servicestelle Integration Schwerin"
HEADER = ["Nr.", "Name", "Vorname", "PLZ", "Geburtsdatum", "E-Mail", "Bemerkungen"]


def person(n: int) -> list:
    return [n, f"Name{n}", "Käthe", 19061, dt.date(1980, 1, n % 28 + 1), f"p{n}@web.de", None]


# -- builders ------------------------------------------------------------------------------


def write_xlsx(path: Path, sheets: dict[str, list[list]], hidden: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)


def ods_cell(value: object) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, bool):
        kind, attr = "boolean", f'office:boolean-value="{str(value).lower()}"'
    elif isinstance(value, int | float):
        kind, attr = "float", f'office:value="{value}"'
    elif isinstance(value, dt.date):
        kind, attr = "date", f'office:date-value="{value.isoformat()}"'
    else:
        kind, attr = "string", ""
    text = escape(str(value))
    return (
        f'<table:table-cell office:value-type="{kind}" {attr}>'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


def write_ods(path: Path, sheets: dict[str, list[list]], hidden: tuple[str, ...] = ()) -> Path:
    """A minimal OpenDocument spreadsheet: mimetype (stored first), manifest, content."""
    tables = []
    for name, rows in sheets.items():
        style = "hidden" if name in hidden else "shown"
        body = "".join(
            "<table:table-row>" + "".join(ods_cell(v) for v in row) + "</table:table-row>"
            for row in rows
        )
        # LibreOffice pads every sheet with a huge block of repeated empty rows.
        body += (
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        tables.append(
            f'<table:table table:name="{escape(name)}" table:style-name="{style}">{body}'
            "</table:table>"
        )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS} '
        'office:version="1.2"><office:automatic-styles>'
        '<style:style style:name="shown" style:family="table">'
        '<style:table-properties table:display="true"/></style:style>'
        '<style:style style:name="hidden" style:family="table">'
        '<style:table-properties table:display="false"/></style:style>'
        "</office:automatic-styles><office:body><office:spreadsheet>"
        + "".join(tables)
        + "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def write_csv(
    path: Path, rows: list[list], *, encoding: str = "utf-8", delimiter: str = ";"
) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def read_all(path: Path, sheet: str | int | None = None) -> list[list]:
    with open_table(path) as table:
        return list(table.rows(sheet))


def message_of(path: Path, sheet: str | int | None = None) -> str:
    with pytest.raises(ImportFileError) as caught, open_table(path) as table:
        list(table.rows(sheet))
    assert isinstance(caught.value, ServiceError)
    assert str(path.parent) not in caught.value.message  # the name only, not the full path
    return caught.value.message


# -- workbooks -----------------------------------------------------------------------------


def test_xlsx_values_are_typed(tmp_path):
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        {
            "Daten": [
                ["Text", 19061.0, 12.5, True, dt.date(2024, 3, 14), None, None],
                [dt.datetime(2024, 3, 14, 8, 30), dt.time(14, 30), None, " x ", 3858433822],
            ]
        },
    )
    with open_table(path) as table:
        assert table.kind == "xlsx"
        assert table.encoding is None and table.delimiter is None
        rows = list(table.rows())
    assert rows == [
        ["Text", 19061, 12.5, True, dt.date(2024, 3, 14)],
        [dt.datetime(2024, 3, 14, 8, 30), dt.time(14, 30), None, " x ", 3858433822],
    ]
    assert type(rows[0][1]) is int and type(rows[0][3]) is bool


def test_xlsx_cells_keep_their_columns_and_rows(tmp_path):
    path = tmp_path / "versetzt.xlsx"
    book = openpyxl.Workbook()
    book.active["C3"] = "Name"
    book.active["D4"] = 7
    book.save(path)
    assert read_all(path) == [[], [], [None, None, "Name"], [None, None, None, 7]]


def test_hidden_sheet_is_marked_and_the_first_visible_one_is_read(tmp_path):
    path = write_xlsx(
        tmp_path / "mappe.xlsx",
        {"Intern": [["geheim"]], "Aktive": [["Name"], ["Weiß"]], "Ehemalige": [["Name"], ["Voß"]]},
        hidden=("Intern",),
    )
    with open_table(path) as table:
        assert table.sheets == [
            SheetInfo("Intern", 0, True),
            SheetInfo("Aktive", 1, False),
            SheetInfo("Ehemalige", 2, False),
        ]
        assert list(table.rows()) == [["Name"], ["Weiß"]]
        assert list(table.rows("Ehemalige")) == [["Name"], ["Voß"]]
        assert list(table.rows(2)) == [["Name"], ["Voß"]]
        assert list(table.rows("intern")) == [["geheim"]]  # case does not matter


def test_unknown_sheet_names_the_sheets_there_are(tmp_path):
    path = write_xlsx(tmp_path / "mappe.xlsx", {"Aktive": [["a"]], "Ehemalige": [["b"]]})
    assert message_of(path, "Neue") == (
        "Die Tabelle »Neue« gibt es in der Datei nicht. Vorhanden: Aktive, Ehemalige."
    )
    assert "Vorhanden: Aktive, Ehemalige." in message_of(path, 5)


def test_xls_fixture(tmp_path):
    with open_table(FIXTURES / "sample.xls") as table:
        assert table.kind == "xls"
        assert [(s.name, s.hidden) for s in table.sheets] == [
            ("Liste", False),
            ("Intern", True),
            ("Zweite", False),
        ]
        rows = list(table.rows())
        assert rows[2] == ["Name", "Vorname", "PLZ", "Geburtsdatum", "Aktiv", "Betrag"]
        assert rows[3] == ["Müller", "Käthe", 19061, dt.date(1975, 7, 9), True, 12.5]
        assert rows[4] == ["Öztürk", "Ayşe", 19057]
        assert list(table.rows("Zweite")) == [[], [None, None, "versetzt"], [None, None, None, 7]]


def test_ods_by_hand(tmp_path):
    path = write_ods(
        tmp_path / "liste.ods",
        {
            "Liste": [
                ["Titel"],
                [],
                ["Name", "PLZ", "Seit", "Aktiv"],
                ["Müller", 19061, dt.date(2021, 6, 6), True],
            ],
            "Versteckt": [[None, "x"]],
        },
        hidden=("Versteckt",),
    )
    with open_table(path) as table:
        assert table.kind == "ods"
        assert [s.hidden for s in table.sheets] == [False, True]
        assert list(table.rows()) == [
            ["Titel"],
            [],
            ["Name", "PLZ", "Seit", "Aktiv"],
            ["Müller", 19061, dt.date(2021, 6, 6), True],
        ]
        assert list(table.rows("Versteckt")) == [[None, "x"]]


def test_format_comes_from_the_content_not_the_name(tmp_path):
    real = write_xlsx(tmp_path / "a.xlsx", {"Daten": [["Name"], ["Weiß"]]})
    renamed = tmp_path / "export.xls"
    renamed.write_bytes(real.read_bytes())
    with open_table(renamed) as table:
        assert table.kind == "xlsx"
    text = write_csv(tmp_path / "liste.xlsx", [["Name", "Ort"], ["Weiß", "Schwerin"]])
    with open_table(text) as table:
        assert table.kind == "csv"
        assert list(table.rows()) == [["Name", "Ort"], ["Weiß", "Schwerin"]]


def test_rows_after_close_are_refused(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", {"Daten": [["x"]]})
    table = open_table(path)
    table.close()
    table.close()
    with pytest.raises(ImportFileError, match="bereits geschlossen"):
        list(table.rows())


# -- CSV -----------------------------------------------------------------------------------


def test_german_excel_csv_cp1252_semicolon(tmp_path):
    path = tmp_path / "Helferliste.csv"
    path.write_bytes(
        "Nachname;Vorname;Sprachen;seit;Spende\r\n"
        "Müller;Käthe;Deutsch, Englisch;06.06.2021;12,50 €\r\n"
        "Groß;Jürgen;;;\r\n"
        "Voß;„Björn“ – ß;Arabisch, Kurdisch, Englisch;01.02.2022;\r\n".encode("cp1252")
    )
    with open_table(path) as table:
        assert (table.kind, table.encoding, table.delimiter) == ("csv", "cp1252", ";")
        assert table.sheets == [SheetInfo("Helferliste", 0, False)]
        assert list(table.rows()) == [
            ["Nachname", "Vorname", "Sprachen", "seit", "Spende"],
            ["Müller", "Käthe", "Deutsch, Englisch", "06.06.2021", "12,50 €"],
            ["Groß", "Jürgen"],
            ["Voß", "„Björn“ – ß", "Arabisch, Kurdisch, Englisch", "01.02.2022"],
        ]
        assert list(table.rows("Helferliste")) == list(table.rows(0))


def test_utf8_bom_form_export_with_multiline_cells(tmp_path):
    path = tmp_path / "Online-Anmeldung.csv"
    path.write_bytes(
        codecs.BOM_UTF8
        + (
            "Zeitstempel,Vorname,Welche Sprachen sprechen Sie?,Wann haben Sie Zeit?,"
            '"Ich bin einverstanden, dass meine Daten gespeichert werden."\n'
            "08.02.2024 18:47:00,Amira,Arabisch;Deutsch;Englisch,Di + Do,Ja\n"
            '09.02.2024 12:26:00,Nadia,Deutsch;Englisch,"Montags ab 17 Uhr,\n'
            'freitags nach ""Absprache""",\n'
            "10.02.2024 09:00:00,Ірина,Українська;Deutsch,flexibel,Ja\n"
        ).encode()
    )
    with open_table(path) as table:
        assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
        rows = list(table.rows())
    assert rows[0][0] == "Zeitstempel"  # no BOM left in the first header
    assert rows[0][4] == "Ich bin einverstanden, dass meine Daten gespeichert werden."
    assert rows[2] == [
        "09.02.2024 12:26:00",
        "Nadia",
        "Deutsch;Englisch",
        'Montags ab 17 Uhr,\nfreitags nach "Absprache"',
    ]
    assert rows[3][1] == "Ірина"
    assert len(rows) == 4


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("utf-16-le", b"", "utf-16-le"),
    ],
)
def test_utf16_tab_separated(tmp_path, encoding, bom, expected):
    rows = [["Name", "Vorname", "Ort"], ["Öztürk", "Ayşe", "Schwerin"], ["Бондаренко", "Ірина", ""]]
    path = tmp_path / "unicode.txt"
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter="\t").writerows(rows)
    path.write_bytes(bom + buffer.getvalue().encode(encoding))
    with open_table(path) as table:
        assert (table.encoding, table.delimiter) == (expected, "\t")
        assert list(table.rows()) == [rows[0], rows[1], ["Бондаренко", "Ірина"]]


def test_pipe_and_single_column_csv(tmp_path):
    piped = write_csv(tmp_path / "p.csv", [["a", "b", "c"], ["1", "2", "3"]], delimiter="|")
    with open_table(piped) as table:
        assert table.delimiter == "|"
    single = tmp_path / "namen.csv"
    single.write_text("Name\nWeiß\nVoß\n", encoding="utf-8")
    assert read_all(single) == [["Name"], ["Weiß"], ["Voß"]]


def test_sniffing_is_not_fooled_by_delimiters_inside_cells(tmp_path):
    # Semicolons inside unquoted cells of a comma file (multiple-choice answers) …
    commas = tmp_path / "form.csv"
    commas.write_text(
        "Name,Sprachen,Hilfe\nA,Arabisch;Deutsch;Englisch,Dolmetschen;Sport\n"
        "B,Deutsch,Sprachcafé\nC,Deutsch;Englisch,Bewerbungen;Sport;Kita\n",
        encoding="utf-8",
    )
    with open_table(commas) as table:
        assert table.delimiter == ","
    # … and commas inside cells of a semicolon file.
    semis = tmp_path / "excel.csv"
    semis.write_text(
        "Name;Sprachen;Ort\nA;Deutsch, Englisch;Schwerin\nB;Deutsch;Lankow\n"
        "C;Farsi, Dari, Deutsch;Schwerin\n",
        encoding="utf-8",
    )
    with open_table(semis) as table:
        assert table.delimiter == ";"


CELL_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters=";,|\t\u2028\u2029\x85"
    )
    | st.sampled_from(["\n", "\r", '"', " "]),
    max_size=12,
)
CP1252_TEXT = st.text(alphabet="abcXYZ 019.-äöüÄÖÜß\"\n'", max_size=12)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.data(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    delimiter=st.sampled_from([";", ",", "\t", "|"]),
    columns=st.integers(3, 6),
)
def test_csv_round_trip(tmp_path, data, encoding, delimiter, columns):
    """Any cells written with an encoding and a delimiter come back as they were."""
    text = CP1252_TEXT if encoding == "cp1252" else CELL_TEXT
    # Cells may contain the delimiter itself (then they are quoted), but no other candidate:
    # a file like "a,b;c" is honestly ambiguous.
    cell = st.one_of(text, text.map(lambda t: t + delimiter + t))
    header = [f"Spalte {i}" for i in range(columns)]
    body = data.draw(st.lists(st.lists(cell, min_size=columns, max_size=columns), max_size=8))
    rows = [header, *body]
    path = write_csv(tmp_path / "rund.csv", rows, encoding=encoding, delimiter=delimiter)
    with open_table(path) as table:
        assert table.delimiter == delimiter
        got = list(table.rows())
    expected = []
    for row in rows:
        values = [v if v != "" else None for v in row]
        while values and values[-1] is None:
            values.pop()
        expected.append(values)
    while expected and not expected[-1]:
        expected.pop()  # trailing empty rows are not returned
    assert got == expected


def test_a_long_run_of_empty_rows_ends_the_sheet(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_EMPTY_RUN", 5)
    path = tmp_path / "luecke.csv"
    path.write_text("a;b\n1;2\n\n\n\n3;4\n" + "\n" * 5 + "5;6\n", encoding="utf-8")
    assert read_all(path) == [["a", "b"], ["1", "2"], [], [], [], ["3", "4"]]


# -- header and data rows ------------------------------------------------------------------


def layout_of(rows: list[list], **kwargs) -> SheetLayout:
    return detect_layout(iter(rows), **kwargs)


def test_header_below_a_title_block_with_gaps_totals_and_repeats(tmp_path):
    people = [person(n) for n in range(1, 7)]
    rows = [
        [TITLE],
        ["Stand: 14.03.2024"],
        [],
        HEADER,
        *people[:3],
        [],  # row 8: an empty row between the data
        *people[3:5],
        [x.upper() if isinstance(x, str) else x for x in HEADER],  # row 11: page break
        people[5],
        [],
        ["Gesamt:", None, None, None, None, None, None],
        [None, None, None, 6],  # only numbers under the total label
        [],
        [],
    ]
    path = write_xlsx(tmp_path / "Ehrenamtliche.xlsx", {"Aktive": rows})
    with open_table(path) as table:
        layout = detect_layout(table.rows())
    assert layout.header_row == 4
    assert layout.headers == HEADER
    assert [n for n, _ in layout.rows] == [5, 6, 7, 9, 10, 12]
    assert layout.rows[0][1] == [1, "Name1", "Käthe", 19061, dt.date(1980, 1, 2), "p1@web.de", None]
    assert all(len(values) == len(HEADER) for _, values in layout.rows)
    assert layout.skipped == [
        (8, "leere Zeile"),
        (11, "wiederholte Kopfzeile"),
        (14, "Summenzeile"),
        (15, "Summenzeile"),
    ]


def test_first_row_header_from_a_csv(tmp_path):
    path = write_csv(
        tmp_path / "liste.csv",
        [
            ["Nachname", "Vorname", "Telefon", "E-Mail", "seit"],
            ["Müller", "Dmytro", "0385/545-4534", "d@gmail.com", "06.06.2021"],
            ["Rahimi", "Björn", "+49 176 04034853", "b@gmx.de", "05.12.2022"],
        ],
        encoding="cp1252",
    )
    with open_table(path) as table:
        layout = detect_layout(table.rows())
    assert layout.header_row == 1
    assert layout.headers == ["Nachname", "Vorname", "Telefon", "E-Mail", "seit"]
    assert [n for n, _ in layout.rows] == [2, 3]
    assert layout.skipped == []


def test_all_text_rows_keep_the_first_row_as_header():
    rows = [["Name", "Vorname", "Ort", None], ["Weiß", "Matthias", "Schwerin", "hat Auto"]]
    layout = layout_of(rows)
    assert layout.header_row == 1
    assert layout.headers == ["Name", "Vorname", "Ort", "Spalte 4"]


def test_header_texts_are_cleaned_and_empty_ones_named():
    rows = [
        ["Titel"],
        ["  Name ", None, "FZ vorgelegt\n am", 2024, "Notiz"],
        ["Weiß", "x", dt.date(2024, 1, 1), 3, None, "überzählig"],
    ]
    layout = layout_of(rows)
    assert layout.header_row == 2
    assert layout.headers == ["Name", "Spalte 2", "FZ vorgelegt am", "2024", "Notiz", "Spalte 6"]
    assert layout.rows == [(3, ["Weiß", "x", dt.date(2024, 1, 1), 3, None, "überzählig"])]


def test_known_headers_win_over_a_wordy_title_row():
    rows = [
        ["Liste", "der", "aktiven", "Ehrenamtlichen", "2024"],
        ["Name", "Ort", "Telefon"],
        ["Weiß", "Schwerin", "0385 123"],
    ]
    known = {"name", "ort", "telefon"}
    layout = layout_of(rows, is_known_header=lambda text: text.casefold() in known)
    assert layout.header_row == 2
    assert layout.headers == ["Name", "Ort", "Telefon"]


def test_total_rows_in_their_forms():
    rows = [
        ["Name", "Stunden"],
        ["Gesamtschule Lankow", 3],  # a name, not a total
        ["Weiß", 4],
        ["Summe", 7],
        ["insgesamt: 2 Personen"],
        ["ANZAHL:", 2],
        [None, "=SUMME(B2:B3)"],
        ["Total", 7],
    ]
    layout = layout_of(rows)
    assert [n for n, _ in layout.rows] == [2, 3]
    assert [n for n, reason in layout.skipped if reason == "Summenzeile"] == [4, 5, 6, 7, 8]


def test_without_header_every_row_is_data():
    rows = [[1, 2.5, dt.date(2024, 1, 1)], [2, 3.5, dt.date(2024, 1, 2)]]
    layout = layout_of(rows)
    assert layout.header_row is None
    assert layout.headers == ["Spalte 1", "Spalte 2", "Spalte 3"]
    assert [n for n, _ in layout.rows] == [1, 2]


def test_empty_input():
    assert layout_of([]) == SheetLayout(None, [], [], [])
    assert layout_of([[], [None, "  "]]) == SheetLayout(None, [], [], [])


def test_twenty_thousand_rows_are_quick():
    rows = [[TITLE], [], [f"Spalte{i}" for i in range(15)]]
    rows += [
        [
            n,
            f"Name{n}",
            "Käthe",
            19061,
            dt.date(1990, 1, 1),
            "a@b.de",
            3.5,
            "Text",
            "x",
            None,
            "Lankow",
            True,
            12,
            "0385 123",
            "Bem",
        ]
        for n in range(20000)
    ]
    layout = layout_of(rows)
    assert layout.header_row == 3 and len(layout.rows) == 20000


# -- hostile files -------------------------------------------------------------------------


def test_file_not_found(tmp_path):
    assert message_of(tmp_path / "fehlt.xlsx") == "Die Datei »fehlt.xlsx« wurde nicht gefunden."


def test_a_folder_is_no_file(tmp_path):
    (tmp_path / "ordner.csv").mkdir()
    assert message_of(tmp_path / "ordner.csv") == "»ordner.csv« ist ein Ordner, keine Datei."


def test_empty_file(tmp_path):
    for name in ("leer.xlsx", "leer.csv"):
        (tmp_path / name).write_bytes(b"")
        assert message_of(tmp_path / name) == f"Die Datei »{name}« ist leer."
    (tmp_path / "bom.csv").write_bytes(codecs.BOM_UTF8 + b"\r\n")
    assert message_of(tmp_path / "bom.csv") == "Die Datei »bom.csv« ist leer."


def test_corrupt_zip(tmp_path):
    whole = write_xlsx(tmp_path / "ganz.xlsx", {"Daten": [["x"] * 50] * 50}).read_bytes()
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "»kaputt.xlsx« ist beschädigt oder unvollständig" in message_of(path)


def test_zip_with_broken_workbook_inside(tmp_path):
    path = tmp_path / "innen.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("xl/workbook.xml", "kein xml")
    assert "»innen.xlsx« ist beschädigt oder unvollständig" in message_of(path)


def test_other_zip_files_are_no_tables(tmp_path):
    docx = tmp_path / "brief.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert "ist ein anderes Office-Dokument, keine Tabelle" in message_of(docx)
    plain = tmp_path / "fotos.xlsx"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("bild.jpg", b"\xff\xd8\xff")
    assert "ist ein ZIP-Archiv, keine Tabelle" in message_of(plain)


def test_password_protected_workbook(tmp_path):
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path = tmp_path / "geheim.xlsx"
    path.write_bytes(ole2)
    assert message_of(path) == (
        "Die Datei »geheim.xlsx« ist mit einem Kennwort geschützt. "
        "Bitte in Excel ohne Kennwort speichern und erneut importieren."
    )
    # The same container named .xls: found by the encrypted package inside.
    renamed = tmp_path / "geheim.xls"
    renamed.write_bytes(ole2 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64)
    assert "»geheim.xls« ist mit einem Kennwort geschützt" in message_of(renamed)


def test_broken_xls(tmp_path):
    path = tmp_path / "alt.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 4)
    assert "»alt.xls« ist beschädigt oder unvollständig" in message_of(path)


def test_pdf_renamed_to_xlsx(tmp_path):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    assert message_of(path).startswith(
        "Die Datei »liste.xlsx« ist ein PDF-Dokument, keine Tabelle."
    )


def test_html_saved_as_xls(tmp_path):
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>Name</td></tr></table></body></html>")
    assert "»export.xls« ist eine Web- oder XML-Seite, keine echte Excel-Datei" in message_of(path)


def test_binary_garbage_as_csv(tmp_path):
    path = tmp_path / "daten.csv"
    path.write_bytes(bytes((i * 37 + 11) % 256 for i in range(4096)))
    assert message_of(path) == (
        "Die Datei »daten.csv« hat ein unbekanntes Format: Sie ist weder eine Excel- oder "
        "LibreOffice-Tabelle noch eine CSV-Textdatei."
    )
    no_nul = tmp_path / "bild.csv"
    no_nul.write_bytes(bytes(i % 31 + 1 for i in range(4096)))
    assert "»bild.csv« hat ein unbekanntes Format" in message_of(no_nul)


def test_million_empty_formatted_rows_stay_fast(tmp_path):
    path = tmp_path / "formatiert.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Ort"])
    sheet.append(["Weiß", "Schwerin"])
    sheet.cell(row=1_000_000, column=1).font = Font(bold=True)
    sheet.cell(row=1_000_000, column=2).value = ""
    book.save(path)
    with open_table(path) as table:
        layout = detect_layout(table.rows())
    assert layout.rows == [(2, ["Weiß", "Schwerin"])]
    assert layout.skipped == []


def test_a_value_far_below_is_cut_off_after_the_empty_run(tmp_path):
    path = tmp_path / "weit.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.active.append(["Weiß"])
    book.active.cell(row=1_000_000, column=1).value = "verirrt"
    book.save(path)
    assert read_all(path) == [["Name"], ["Weiß"]]


def test_sixteen_thousand_columns(tmp_path):
    path = tmp_path / "breit.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in range(1, 51):
        sheet.cell(row=row, column=1).value = f"Zeile {row}"
    sheet["XFD1"] = "ganz rechts"
    book.save(path)
    with open_table(path) as table:
        rows = list(table.rows())
    assert len(rows[0]) == 16384 and rows[0][-1] == "ganz rechts"
    assert rows[1] == ["Zeile 2"]


def test_a_value_in_the_last_cell_is_refused_not_a_crash(tmp_path):
    path = tmp_path / "ecke.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Ort"])
    book.active["XFD1048576"] = "x"
    book.save(path)
    assert message_of(path).startswith(
        "Das Tabellenblatt »Sheet« in »ecke.xlsx« reicht bis Zelle XFD1048576 und ist zu groß"
    )


def test_a_formatted_last_cell_is_no_problem(tmp_path):
    path = tmp_path / "format.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Ort"])
    book.active["XFD1048576"].font = Font(italic=True)
    book.save(path)
    assert read_all(path) == [["Name", "Ort"]]


def test_no_read_permission(tmp_path):
    path = write_xlsx(tmp_path / "gesperrt.xlsx", {"Daten": [["x"]]})
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("this user (root) can read a file without permissions")
        assert message_of(path) == (
            "Die Datei »gesperrt.xlsx« ist gerade in einem anderen Programm geöffnet oder "
            "gesperrt. Bitte dort schließen und erneut versuchen."
        )
    finally:
        path.chmod(0o600)


def test_file_locked_by_another_program(tmp_path, monkeypatch):
    """Windows refuses to open a file Excel holds open with a PermissionError; that cannot be
    produced on every system, so the error is raised by a stand-in for ``Path.open``."""
    path = write_csv(tmp_path / "offen.csv", [["a", "b"]])

    def locked(self, *args, **kwargs):
        raise PermissionError(13, "The process cannot access the file", str(self))

    monkeypatch.setattr(Path, "open", locked)
    assert "»offen.csv« ist gerade in einem anderen Programm geöffnet" in message_of(path)
