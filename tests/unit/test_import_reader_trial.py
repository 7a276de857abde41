"""Files a new colleague tried in the import: text named as a workbook, a list with only
its header; and what an undo says when it has nothing to take back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from servicestelle.db import Database
from servicestelle.importing.header import detect_layout
from servicestelle.importing.reader import ImportFileError, open_table
from servicestelle.importing.service import ImportService
from servicestelle.importing.undo import UndoPreview
from servicestelle.services.volunteers import VolunteerService


def message_of(path: Path) -> str:
    with pytest.raises(ImportFileError) as caught, open_table(path) as table:
        list(table.rows())
    assert str(path.parent) not in caught.value.message
    return caught.value.message


@pytest.mark.parametrize("name", ["7_kaputt.xlsx", "liste.xlsm", "liste.ods", "alt.xls"])
def test_a_text_named_as_a_workbook_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("das ist keine Tabelle\n", encoding="utf-8")
    assert message_of(path) == (
        f"Die Datei »{name}« ist beschädigt oder unvollständig. Bitte in Excel oder "
        "LibreOffice öffnen, neu speichern und erneut importieren."
    )


def test_a_list_saved_as_text_under_a_workbook_name_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"  # some programs save their CSV so
    path.write_text("Nachname\tVorname\r\nWeiß\tMatthias\r\n", encoding="cp1252")
    with open_table(path) as table:
        assert table.kind == "csv"
        assert list(table.rows()) == [["Nachname", "Vorname"], ["Weiß", "Matthias"]]


def test_a_single_column_csv_stays_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "namen.csv"  # its name says text: one column is a list all the same
    path.write_text("Nachname\nWeiß\n", encoding="utf-8")
    with open_table(path) as table:
        assert list(table.rows()) == [["Nachname"], ["Weiß"]]


def test_a_web_page_named_xls_keeps_its_own_message(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>Name</td></tr></table></body></html>")
    assert "ist eine Web- oder XML-Seite" in message_of(path)


def test_a_list_with_only_its_header_has_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "9_nurkopf.csv"
    path.write_text("Vorname;Nachname\n", encoding="utf-8")
    with open_table(path) as table:
        layout = detect_layout(table.rows())
    assert layout.headers == ["Vorname", "Nachname"] and layout.rows == []


# -- undo with nothing to take back ---------------------------------------------------


def test_the_preview_of_an_undo_that_removes_nothing() -> None:
    nothing = UndoPreview(1, "volunteer", 0, updated=2, created=0)
    assert nothing.nothing_to_undo
    assert nothing.text() == (
        "Dieser Import hat keine Einträge angelegt – es gibt nichts rückgängig zu machen.\n"
        "Was er bei vorhandenen Einträgen ergänzt hat (Felder, Sprachen, "
        "Einwilligungen), bleibt, wie es ist."
    )
    gone = UndoPreview(2, "volunteer", 0, created=3)
    assert gone.text() == (
        "Die Einträge dieses Imports sind nicht mehr vorhanden – es gibt nichts rückgängig "
        "zu machen."
    )
    kept = UndoPreview(3, "volunteer", 0, ["Weiß, Matthias"], 1, created=1)
    assert kept.nothing_to_undo
    assert kept.text().startswith("Es wird kein Eintrag entfernt.\n1 bleibt, weil")
    some = UndoPreview(4, "volunteer", 2, created=2)
    assert not some.nothing_to_undo and some.text() == "2 Einträge werden entfernt."


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_an_import_of_only_duplicates_has_nothing_to_undo(
    sqlite_db: Database, tmp_path: Path
) -> None:
    VolunteerService(sqlite_db).create(last_name="Weiß", first_name="Matthias",
                                       email="m.weiss@gmx.de")
    service = ImportService(sqlite_db)
    path = xlsx(tmp_path / "liste.xlsx", [["Nachname", "Vorname", "E-Mail", "Telefon"],
                                          ["Weiß", "Matthias", "m.weiss@gmx.de", "0385 123456"]])
    preview = service.read("volunteer", path)
    result = service.run(service.plan("volunteer", preview), preview, on_duplicate="fill")
    assert (result.created, result.updated) == (0, 1)
    undo = service.undo_preview(result.batch_id)
    assert undo.nothing_to_undo and undo.created == 0
    assert undo.text() == (
        "Dieser Import hat keine Einträge angelegt – es gibt nichts rückgängig zu machen.\n"
        "Was er bei vorhandenen Einträgen ergänzt hat (Felder, Sprachen, "
        "Einwilligungen), bleibt, wie es ist."
    )
    (entry,) = service.history()
    assert (entry.created, entry.remaining, entry.undone) == (0, 0, False)
