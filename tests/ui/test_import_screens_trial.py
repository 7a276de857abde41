"""What a new colleague met in the import screens, driven the way staff do: the undo of
an import that created nothing, the history window's columns, the preview's check
column beside a file's own »Grund«, the duplicates' share of the room, the error report
saved where she chooses, odd files and a list without rows, and the sheet choice of the
file chosen before.

Set H29_SHOTS to a folder to keep pictures of the screens (offscreen grabs)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QTableWidget, QWizard

from servicestelle.db import Database
from servicestelle.importing.service import ImportService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import ModalAnswer, record_warnings, see, shown_texts
from ui.import_history import ImportHistoryDialog
from ui.import_wizard import ImportWizard

PEOPLE = [
    ["Nachname", "Vorname", "E-Mail", "Telefon", "Stadtteil"],
    ["Schmidt", "Anna", "familie.schmidt@web.de", "0171 1234567", "Nordstadt"],
    ["Yilmaz", "Fatma", "f.yilmaz@gmx.de", "0231/987654", "Innenstadt"],
    ["Becker", "Jonas", "jonas.becker@web.de", "02 31 - 55 66 77", "Südviertel"],
    ["Kowalski", "Maria", "m.kowalski@web.de", "01761234567", "Weststadt"],
    ["Lang", "Ute", "ute.lang@gmx.de", "", "Nordstadt"],
    ["Meier", "Klaus", "k.meier@web.de", "0172 111222", "Oststadt"],
]
LEFT = [
    ["Nachname", "Vorname", "E-Mail", "Telefon", "Ausgeschieden am", "Grund"],
    ["Meier", "Klaus", "k.meier@web.de", "0172 111222", "31.12.2023",
     "Umzug nach Hamburg, dort weiter im Ehrenamt bei der Tafel"],
    ["Lang", "Ute", "ute.lang@gmx.de", "", "15.06.2024", "keine Zeit mehr wegen Pflege"],
    ["Neumann", "Jonas", "", "", "01.03.2024", "gesundheitliche Gründe"],
]
SIGN_UP = (
    "Zeitstempel;Vorname;Nachname;E-Mail-Adresse;Telefonnummer;Stadtteil\r\n"
    "03.04.2024 14:22:10;Jürgen;Größe;j.groesse@web.de;0176 2233445;Südviertel\r\n"
    "05.04.2024 09:01:55;Zeynep;Öztürk;zeynep.o@gmail.com;+49 176 998877;Nordstadt\r\n"
)


def xlsx(path: Path, rows: list[list[Any]], sheet: str = "Liste") -> Path:
    book = Workbook()
    book.active.title = sheet
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def shot(widget: Any, name: str) -> None:
    folder = os.environ.get("H29_SHOTS")
    if folder:
        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def wait_done(qtbot: Any, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.task is not None and not wizard.task.running, timeout=20000)
    qtbot.wait(10)


def next_page(wizard: QWizard) -> None:
    d.click(wizard, wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", ""))


@pytest.fixture
def wizard(qtbot: Any, sqlite_db: Database) -> ImportWizard:
    wizard = ImportWizard(sqlite_db, "volunteer")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def choose_file(monkeypatch: pytest.MonkeyPatch, wizard: ImportWizard, path: Path) -> None:
    monkeypatch.setattr(
        "ui.file_dialogs.QFileDialog.getOpenFileName",
        staticmethod(lambda *_a, **_k: (str(path), "")),
    )
    d.click(wizard, "Durchsuchen …")


def imported_history(db: Database, folder: Path) -> dict[str, int]:
    """Four imports as the trial had them: a sign-up CSV, a list, the same list again
    (only duplicates, nothing created) and a list undone with one record kept."""
    service = ImportService(db)
    batches = {}
    csv_path = folder / "3_anmeldung.csv"
    csv_path.write_bytes(SIGN_UP.encode("cp1252"))
    listing = xlsx(folder / "1_ehrenamtliche_mit_einem_recht_langen_dateinamen.xlsx", PEOPLE,
                   "Ehrenamtliche")
    for key, path in (("csv", csv_path), ("list", listing), ("again", listing)):
        preview = service.read("volunteer", path)
        batches[key] = service.run(service.plan("volunteer", preview), preview).batch_id
    left = xlsx(folder / "2_ausgeschieden.xlsx", LEFT[:3], "Ausgeschieden")
    preview = service.read("volunteer", left)
    plan = service.plan("volunteer", preview)
    batches["left"] = service.run(plan, preview, on_duplicate="create").batch_id
    kept = next(v for v in people(db) if v.import_batch_id == batches["left"])
    VolunteerService(db).update(kept.id, kept.version, notes="angerufen")  # stays on undo
    service.undo(batches["left"])
    return batches


def people(db: Database) -> list[Any]:
    from sqlalchemy import select

    from servicestelle import models as m

    with db.read() as session:
        ids = session.scalars(select(m.Volunteer.id)).all()
    return [VolunteerService(db).get(i) for i in ids]


def click_row(table: QTableWidget, row: int) -> None:
    table.scrollToItem(table.item(row, 0))
    spot = table.visualItemRect(table.item(row, 1)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def row_of(table: QTableWidget, batch: int) -> int:
    return d.table_texts(table, 0).index(str(batch))


def open_history(window: Any) -> ImportHistoryDialog:
    return d.opened(ImportHistoryDialog, lambda: d.trigger(window, "Importe …"))


def fits(widget: Any, text: str, width: int) -> bool:
    return widget.fontMetrics().horizontalAdvance(text) <= width


# -- 9: an import that created nothing -------------------------------------------------


def test_an_import_that_created_nothing_has_nothing_to_undo(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings = record_warnings(monkeypatch)
    batches = imported_history(window.database, tmp_path)
    history = open_history(window)
    imports = d.first(t for t in history.findChildren(QTableWidget) if d.visible(t))
    shot(history, "history")
    again = row_of(imports, batches["again"])
    assert d.table_texts(imports, 6)[again] == "0"  # created nothing: only duplicates
    assert d.table_texts(imports, 10)[again] == "nichts angelegt"
    click_row(imports, again)
    undo = d.button(history, "Rückgängig machen …")
    assert not undo.isEnabled()  # no pointless question with »0 Einträge werden entfernt«
    shown = shown_texts(history)
    assert (
        f"Der Import Nr. {batches['again']} hat keine Einträge angelegt – es gibt nichts "
        "rückgängig zu machen." in shown
    ), shown
    shot(history, "history_nothing")

    click_row(imports, row_of(imports, batches["list"]))  # an import with records
    assert undo.isEnabled()
    assert "nichts rückgängig" not in shown_texts(history)
    assert not warnings, warnings


def test_an_import_whose_records_are_all_in_use_says_so_without_a_question(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    service = ImportService(window.database)
    path = xlsx(tmp_path / "eine.xlsx", PEOPLE[:2])
    preview = service.read("volunteer", path)
    batch = service.run(service.plan("volunteer", preview), preview).batch_id
    (anna,) = [v for v in people(window.database) if v.import_batch_id == batch]
    VolunteerService(window.database).update(anna.id, anna.version, notes="angerufen")
    history = open_history(window)
    imports = d.first(t for t in history.findChildren(QTableWidget) if d.visible(t))
    assert d.table_texts(imports, 10) == ["1 Eintrag vorhanden"]  # singular
    click_row(imports, row_of(imports, batch))
    said: list[str] = []
    answer = ModalAnswer("OK", lambda box: said.append(box.text()))  # one button, no Cancel
    d.click(history, "Rückgängig machen …")
    answer.check()
    assert said and said[0].startswith("Es wird kein Eintrag entfernt."), said
    assert "Schmidt, Anna" in said[0]
    assert d.table_texts(imports, 10) == ["1 Eintrag vorhanden"]  # not marked undone
    assert [v.id for v in people(window.database) if v.import_batch_id == batch] == [anna.id]


# -- 10: the history window -----------------------------------------------------------


def test_the_history_shows_file_and_state_readable_after_an_undo(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    batches = imported_history(window.database, tmp_path)
    history = open_history(window)
    screen = history.screen().availableGeometry()
    assert history.width() <= screen.width() and history.height() <= screen.height()
    history.resize(1240, 480)  # an office laptop: 1280 × 800
    qtbot.wait(10)
    shot(history, "history_1280")
    imports = d.first(t for t in history.findChildren(QTableWidget) if d.visible(t))
    header = imports.horizontalHeader()
    csv_row, left_row = row_of(imports, batches["csv"]), row_of(imports, batches["left"])
    assert d.table_texts(imports, 5)[csv_row] == "–"  # a CSV file has no sheet
    assert d.table_texts(imports, 5)[left_row] == "Ausgeschieden"
    state = d.table_texts(imports, 10)[left_row]
    assert state == "rückgängig gemacht (1 entfernt, 1 behalten)"
    for row in range(imports.rowCount()):  # the names and states readable, not »…«
        for column in (4, 10):
            text = imports.item(row, column).text()
            if "mit_einem_recht_langen" not in text:
                assert fits(imports, text, header.sectionSize(column) - 8), (text, column)
        assert imports.item(row, 10).text() in imports.item(row, 10).toolTip()
    long_name = imports.item(row_of(imports, batches["list"]), 4)
    assert header.sectionSize(4) >= 200 and long_name.text() in long_name.toolTip()
    assert imports.horizontalScrollBar().maximum() == 0  # every column in the window
    texts = d.table_texts(imports, 10)
    assert "6 Einträge vorhanden" in texts and "2 Einträge vorhanden" in texts

    # An undo in the window: the columns stay readable (the trial's »Datei« became »…«).
    click_row(imports, csv_row)
    answers: list[ModalAnswer] = []
    confirm = ModalAnswer("Rückgängig machen", lambda _box: answers.append(ModalAnswer("OK")))
    d.click(history, "Rückgängig machen …")
    confirm.check()
    qtbot.waitUntil(lambda: bool(answers) and bool(answers[0].title or answers[0].problems))
    answers[0].check()
    csv_row = row_of(imports, batches["csv"])
    assert d.table_texts(imports, 10)[csv_row] == "rückgängig gemacht (2 entfernt)"
    shot(history, "history_after_undo")
    for row in range(imports.rowCount()):
        for column in (4, 10):
            text = imports.item(row, column).text()
            if "mit_einem_recht_langen" not in text:
                assert fits(imports, text, header.sectionSize(column) - 8), (text, column)
    assert imports.horizontalScrollBar().maximum() == 0
    assert not d.button(history, "Rückgängig machen …").isEnabled()


# -- 11: preview and duplicates --------------------------------------------------------


def test_the_preview_names_its_own_column_apart_from_the_files_grund(
    qtbot: Any, wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_file(monkeypatch, wizard, xlsx(tmp_path / "aus.xlsx", LEFT, "Ausgeschieden"))
    see(qtbot, wizard, "Kopfzeile in Zeile 1, 3 Datenzeilen, 6 Spalten.")
    next_page(wizard)
    next_page(wizard)
    see(qtbot, wizard, "3 Zeilen: 2 in Ordnung, 1 mit Hinweis")
    view = d.first(v for v in wizard.findChildren(QTableView) if d.visible(v))
    model, header = view.model(), view.horizontalHeader()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[:3] == ["Zeile", "Status", "Hinweis der Prüfung"]
    assert titles.count("Grund") == 1  # only the file's own column
    for column, title in enumerate(titles):  # no header cut (»usgeschieden ar«)
        assert fits(header, title, header.sectionSize(column)), title
    shot(wizard, "preview")
    narrow = header.sectionSize(titles.index("Grund"))
    wizard.resize(1500, 700)
    qtbot.waitUntil(lambda: view.viewport().width() > 1200)
    qtbot.wait(10)
    shot(wizard, "preview_wide")
    reason = next(
        model.index(r, titles.index("Grund")).data() for r in range(model.rowCount())
        if "Hamburg" in model.index(r, titles.index("Grund")).data()
    )
    assert header.sectionSize(titles.index("Grund")) > narrow  # a wider window: wider
    assert header.sectionSize(2) >= 400  # the check's hint too
    for column, title in enumerate(titles):
        if title not in ("Hinweis der Prüfung", "Grund"):  # the file's short columns whole
            for row in range(model.rowCount()):
                assert fits(view, model.index(row, column).data(), header.sectionSize(column))
    assert reason in view.model().index(0, titles.index("Grund")).data(Qt.ItemDataRole.ToolTipRole)


def test_the_preview_shows_the_chosen_rows_check_in_full(
    qtbot: Any, wizard: ImportWizard, sqlite_db: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [*PEOPLE[:2], ["", "Ohne", "", "", ""],
            ["Meier", "Klaus", "", "0172 111222", "ein Stadtteil, den es nicht gibt"]]
    choose_file(monkeypatch, wizard, xlsx(tmp_path / "liste.xlsx", rows))
    see(qtbot, wizard, "Kopfzeile in Zeile 1")
    next_page(wizard)
    next_page(wizard)
    see(qtbot, wizard, "3 Zeilen:")
    view = d.first(v for v in wizard.findChildren(QTableView) if d.visible(v))
    reasons = d.table_texts(view, 2)
    row = next(r for r, text in enumerate(reasons) if "Stadtteil" in text)
    d.double_click_row(view, row, 3)
    see(qtbot, wizard, f"Zeile {view.model().index(row, 0).data()}: {reasons[row]}")


def test_the_duplicates_get_the_larger_share_of_the_step(
    qtbot: Any, wizard: ImportWizard, sqlite_db: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = xlsx(tmp_path / "liste.xlsx", PEOPLE)
    service = ImportService(sqlite_db)
    preview = service.read("volunteer", path)
    service.run(service.plan("volunteer", preview), preview)  # the same list once before
    choose_file(monkeypatch, wizard, path)
    see(qtbot, wizard, "Kopfzeile in Zeile 1, 6 Datenzeilen")
    next_page(wizard)
    next_page(wizard)
    see(qtbot, wizard, "6 Dubletten")
    next_page(wizard)
    see(qtbot, wizard, "6 Zeilen gleichen einem vorhandenen Eintrag")
    qtbot.wait(10)
    shot(wizard, "duplicates")
    options = wizard.options_page
    pairs, side = options.split.sizes()
    assert pairs >= side * 3 // 2, (pairs, side)
    shown = options.pairs.viewport().height() // options.pairs.rowHeight(0)
    assert shown >= 5, shown  # not three rows over an empty comparison
    assert options.side.rowCount() and options.side.viewport().height() >= (
        options.side.verticalHeader().length() * 2 // 3
    )


# -- 12: the error report --------------------------------------------------------------


def imported_with_an_error(qtbot: Any, wizard: ImportWizard, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [*PEOPLE[:3], ["", "Ohne Nachnamen", "", "", ""]]
    choose_file(monkeypatch, wizard, xlsx(tmp_path / "6_errors.xlsx", rows))
    see(qtbot, wizard, "Kopfzeile in Zeile 1")
    next_page(wizard)
    next_page(wizard)
    see(qtbot, wizard, "1 mit Fehler")
    next_page(wizard)
    d.click(wizard, "Importieren")
    see(qtbot, wizard, "Wegen Fehlern nicht importiert: 1 – siehe Fehlerbericht")


def test_the_error_report_is_saved_where_she_chooses_and_she_is_told_where(
    qtbot: Any, wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    imported_with_an_error(qtbot, wizard, tmp_path, monkeypatch)
    shot(wizard, "run")
    folder = tmp_path / "Dokumente"
    folder.mkdir()
    target = folder / "Fehler aus der Liste"  # typed without .xlsx
    asked: list[str] = []
    monkeypatch.setattr(
        "ui.file_dialogs.QFileDialog.getSaveFileName",
        lambda _parent, caption, start, _filters: (asked.append(start) or (str(target), "")),
    )
    d.click(wizard, "Fehlerbericht speichern …")
    saved = folder / "Fehler aus der Liste.xlsx"
    assert saved.exists()
    assert asked and asked[0].endswith("Importfehler Nr. 1.xlsx")
    rows = list(load_workbook(saved).active.values)
    assert rows[1][0] == 4 and "Nachname" in rows[1][1]
    see(qtbot, wizard, f"Der Fehlerbericht ist gespeichert: {saved}")
    if os.name == "posix":
        assert saved.stat().st_mode & 0o077 == 0

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
                        or True)
    d.click(wizard, "Fehlerbericht öffnen")
    assert opened == [str(saved)]  # the one she saved
    see(qtbot, wizard, f"Der Fehlerbericht wird geöffnet: {saved}")
    shot(wizard, "run_saved")


def test_the_error_report_opened_without_saving_says_it_is_temporary(
    qtbot: Any, wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    imported_with_an_error(qtbot, wizard, tmp_path, monkeypatch)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
                        or False)  # no program for .xlsx
    d.click(wizard, "Fehlerbericht öffnen")
    assert len(opened) == 1 and Path(opened[0]).exists()
    see(qtbot, wizard, "Der Fehlerbericht ließ sich nicht öffnen")
    assert opened[0] in shown_texts(wizard)


# -- 13: odd files ---------------------------------------------------------------------


def test_a_text_named_xlsx_is_refused_and_the_sheets_of_the_file_before_go(
    qtbot: Any, wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = Workbook()
    book.active.title = "Ehrenamtliche"
    for row in PEOPLE:
        book.active.append(row)
    book.create_sheet("Archiv").append(["Nachname"])
    book.save(tmp_path / "zwei.xlsx")
    choose_file(monkeypatch, wizard, tmp_path / "zwei.xlsx")
    see(qtbot, wizard, "Kopfzeile in Zeile 1, 6 Datenzeilen")
    assert d.items(wizard.file_page.sheet) == ["Ehrenamtliche", "Archiv"]

    fake = tmp_path / "7_kaputt.xlsx"
    fake.write_text("das ist keine Tabelle\n", encoding="utf-8")
    choose_file(monkeypatch, wizard, fake)
    see(qtbot, wizard, "Die Datei »7_kaputt.xlsx« ist beschädigt oder unvollständig.")
    assert d.items(wizard.file_page.sheet) == []  # not the sheets of zwei.xlsx
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "1 Spalten" not in shown_texts(wizard)

    sign_up = tmp_path / "3_anmeldung.csv"
    sign_up.write_bytes(SIGN_UP.encode("cp1252"))
    choose_file(monkeypatch, wizard, sign_up)
    see(qtbot, wizard, "Kopfzeile in Zeile 1, 2 Datenzeilen, 6 Spalten.")
    assert d.items(wizard.file_page.sheet) == ["–"]  # a CSV file has no sheets
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_list_with_only_its_header_says_why_next_stays_grey(
    qtbot: Any, wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    only_head = tmp_path / "9_nurkopf.csv"
    only_head.write_text("Vorname;Nachname\n", encoding="utf-8")
    choose_file(monkeypatch, wizard, only_head)
    see(qtbot, wizard, "Die Liste enthält unter der Kopfzeile keine Zeilen")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    shot(wizard, "only_header")


# -- 14: help -------------------------------------------------------------------------


def test_the_wizard_has_a_help_button_for_its_step(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.help_browser import HelpBrowser

    wizard = window.start_import()
    qtbot.waitExposed(wizard)
    d.click(wizard, "Hilfe")

    def shown() -> list[HelpBrowser]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, HelpBrowser) and w.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    guide = shown()[0]
    assert guide.current_page() == "liste-importieren.html"
    assert guide.current_place() == "datei"
    guide.close()
    wizard.close()


def test_the_history_opens_its_own_section_of_the_guide(window: Any) -> None:
    from ui.help_context import page_for

    history = open_history(window)
    assert page_for(history) == "liste-importieren.html#importe"
    assert d.button(history, "Hilfe").isEnabled()


def help_text(language: str) -> str:
    from ui.help_browser import help_folder

    path = Path(help_folder(language)) / "liste-importieren.html"
    return path.read_text(encoding="utf-8")


def test_the_guide_names_what_the_screens_show() -> None:
    import xml.etree.ElementTree as ET

    from ui.import_decisions import DUPLICATE_CHOICES, FOR_ALL

    german = help_text("de")
    for _key, text in (*DUPLICATE_CHOICES, *FOR_ALL):
        assert f"»{text}«" in german or f"<b>{text}</b>" in german, text
    assert "Geänderte Felder aktualisieren" in german
    assert "In die Notizen" not in german and "»Notizen«" in german
    assert "Extras → Importe …" in german and 'name="importe"' in german
    for words in ("Fehlerbericht speichern …", "Fehlerbericht öffnen", "Rückgängig machen …",
                  "Hinweis der Prüfung", "nichts rückgängig zu machen"):
        assert words in german, words

    catalogue = Path(__file__).parents[2] / "resources" / "translations" / "servicestelle_en.ts"
    english = {
        message.findtext("source"): message.findtext("translation")
        for context in ET.parse(catalogue).getroot().iter("context")
        if context.findtext("name") == "ImportWizard"
        for message in context.iter("message")
    }
    text = help_text("en")
    for _key, label in (*DUPLICATE_CHOICES, *FOR_ALL):
        assert english[label] in text, english[label]
    assert "Tools → Imports…" in text and 'name="importe"' in text


