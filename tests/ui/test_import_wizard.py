"""The import wizard: a file read in the background, the mapping corrected, the
preview checked, duplicates handled, the import run and undone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QMessageBox, QWizard

from servicestelle.db import Database
from servicestelle.services.volunteers import VolunteerService
from ui.import_wizard import ImportWizard

ROWS = [
    ["Name", "Vorname", "Telefon", "E-Mail", "Stadtteil", "Hobby"],
    ["Weiß", "Matthias", 3858433822, "matthias.weiss@gmx.de", "Schelfstadt", "Schach"],
    ["Schulz", "Anna", "0385/545-1261", "anna.schulz@t-online.de", "Muesser Holz", None],
    [None, "Ohne Nachnamen", None, None, None, None],
    ["Müller", "Jürgen", None, "j.mueller@web.de", "Lankow", None],
]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Helfer"
    sheet.append(["Helferliste Lankow"])
    sheet.append([])
    for row in ROWS:
        sheet.append(row)
    hidden = book.create_sheet("Alt")
    hidden.sheet_state = "hidden"
    hidden.append(["Name"])
    path = tmp_path / "helfer.xlsx"
    book.save(path)
    return path


@pytest.fixture
def wizard(qtbot: Any, sqlite_db: Database) -> ImportWizard:
    VolunteerService(sqlite_db).create(last_name="Müller", first_name="Jürgen",
                                       email="J.Mueller@web.de")
    wizard = ImportWizard(sqlite_db, "volunteer")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def wait_done(qtbot: Any, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.task is not None and not wizard.task.running, timeout=20000)
    qtbot.wait(10)  # the finished signal is delivered in the event loop


def test_a_list_goes_through_the_wizard_and_can_be_undone(
    qtbot: Any, wizard: ImportWizard, workbook: Path, sqlite_db: Database,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    imported: list[str] = []
    wizard.imported.connect(imported.append)
    page = wizard.file_page
    assert not page.isComplete()
    page.set_file(str(workbook))
    wait_done(qtbot, wizard)
    assert page.isComplete()
    assert "Kopfzeile in Zeile 3, 4 Datenzeilen" in page.status.text()
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == [
        "Helfer", "Alt (ausgeblendet)"]

    wizard.next()  # mapping
    mapping = wizard.mapping_page
    assert [c.currentText() for c in mapping.combos] == [
        "Nachname", "Vorname", "Telefon", "E-Mail", "Stadtteil", "– nicht übernehmen –"]
    assert "3858433822" in mapping.table.item(2, 1).text()
    mapping.set_target(5, "notes")  # the hobby goes into the notes
    mapping.set_target(0, "")
    assert not mapping.isComplete() and "Nachnamen" in mapping.problems.text()
    mapping.set_target(0, "last_name")
    assert mapping.isComplete()
    assert mapping.store("Lankow")
    assert "Lankow" in [mapping.saved.itemText(i) for i in range(mapping.saved.count())]

    wizard.next()  # preview, checked in the background
    wait_done(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.summary.text() == (
        "4 Zeilen: 2 in Ordnung, 0 mit Hinweis, 1 Dublette, 1 mit Fehler.")
    model = preview.model
    statuses = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert statuses == ["in Ordnung", "in Ordnung", "Fehler", "Dublette"]
    preview.only.setChecked(True)
    assert model.rowCount() == 2
    assert "Nachname" in model.data(model.index(0, 2))

    wizard.next()  # duplicates
    options = wizard.options_page
    assert options.on_duplicate() == "skip"
    assert options.decisions() == {7: "skip"}
    assert options.info.text().startswith("1 Zeile gleicht einem vorhandenen Eintrag")
    side = options.side  # the pair side by side: the list's row against the record
    assert side.horizontalHeaderItem(1).text() == "In der Liste (Zeile 7)"
    assert side.horizontalHeaderItem(2).text().startswith("Vorhandener Eintrag Nr.")
    fields = {side.item(r, 0).text(): (side.item(r, 1).text(), side.item(r, 2).text())
              for r in range(side.rowCount())}
    assert fields["E-Mail"] == ("j.mueller@web.de", "J.Mueller@web.de")  # not marked
    assert side.item(list(fields).index("E-Mail"), 1).background().color().name() != "#fff4ce"
    assert fields["Stadtteil"] == ("Lankow", "")
    wizard.next()  # import
    wait_done(qtbot, wizard)
    run = wizard.run_page
    assert "Neu angelegt: 2" in run.summary.text()
    assert "Wegen Fehlern nicht importiert: 1" in run.summary.text()
    assert "Dubletten übersprungen: 1" in run.summary.text()
    assert imported == ["volunteer"]
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()

    people = {v.sort_name: v for v in (VolunteerService(sqlite_db).get(i) for i in range(1, 4))}
    assert people["Weiß, Matthias"].notes == "Hobby: Schach"
    assert people["Weiß, Matthias"].phone == "+493858433822"

    report = run.write_report()
    assert report is not None
    rows = list(load_workbook(report).active.values)
    assert rows[1][0] == 6 and "Nachname" in rows[1][1]

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert run.undo()
    assert "2 Einträge entfernt" in run.summary.text()
    assert VolunteerService(sqlite_db).count() == 1


def test_an_unreadable_file_gets_a_german_message(
    qtbot: Any, wizard: ImportWizard, tmp_path: Path
) -> None:
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"PK\x03\x04 das ist kein Excel")
    wizard.file_page.set_file(str(broken))
    wait_done(qtbot, wizard)
    assert not wizard.file_page.isComplete()
    assert wizard.file_page.error.isVisible()
    assert "kaputt.xlsx" in wizard.file_page.error.text()


def test_the_main_window_opens_the_wizard_for_the_list_shown(window: Any, qtbot: Any) -> None:
    assert window.commands.import_.isEnabled()
    window.commands.import_.trigger()
    wizard = window.import_wizard
    assert wizard.isVisible() and wizard.entity == "volunteer"
    wizard.close()  # deletes itself


def test_each_duplicate_gets_its_own_decision_and_the_summary_repeats_the_preview(
    qtbot: Any, wizard: ImportWizard, workbook: Path, sqlite_db: Database
) -> None:
    wizard.file_page.set_file(str(workbook))
    wait_done(qtbot, wizard)
    wizard.next()
    wizard.next()
    wait_done(qtbot, wizard)
    preview = wizard.preview_page.summary.text()
    wizard.next()
    options = wizard.options_page
    options.choose("create")  # »Alle neu anlegen«
    assert options.decisions() == {7: "create"}
    options.decide(7, "update")  # Müller's district from the list
    assert options.decisions() == {7: "update"}
    wizard.next()
    wait_done(qtbot, wizard)
    summary = wizard.run_page.summary.text()
    counts = wizard.plan.counts()
    assert preview.startswith(f"{counts.rows} Zeilen: {counts.ok} in Ordnung")
    assert f"Neu angelegt: {counts.ok + counts.warning}" in summary
    assert f"Vorhandene Einträge ergänzt oder aktualisiert: {counts.duplicate}" in summary
    assert f"Wegen Fehlern nicht importiert: {counts.error}" in summary
    mueller = next(v for v in (VolunteerService(sqlite_db).get(i) for i in range(1, 4))
                   if v.last_name == "Müller")
    assert mueller.district_id is not None  # updated from the list


def test_the_history_names_the_records_an_undo_keeps(
    qtbot: Any, sqlite_db: Database, workbook: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from servicestelle.importing.service import ImportService
    from ui.import_history import ImportHistoryDialog

    service = ImportService(sqlite_db)
    preview = service.read("volunteer", workbook)
    result = service.run(service.plan("volunteer", preview), preview)
    weiss = next(v for v in (VolunteerService(sqlite_db).get(i) for i in range(1, 4))
                 if v.last_name == "Weiß")
    VolunteerService(sqlite_db).update(weiss.id, weiss.version, notes="angerufen")
    dialog = ImportHistoryDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "helfer.xlsx"
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)  # the question: not confirmed
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.buttons()[0])
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    dialog.select(result.batch_id)
    assert dialog.undo_selected()
    assert asked == ["2 Einträge werden entfernt.\n1 bleibt, weil er seit dem Import "
                     "bearbeitet oder verwendet wurde: Weiß, Matthias."]
    assert VolunteerService(sqlite_db).count() == 1
    assert VolunteerService(sqlite_db).get(weiss.id).notes == "angerufen"
    assert dialog.table.item(0, 10).text() == "rückgängig gemacht (2 entfernt, 1 behalten)"
    assert not dialog.undo_button.isEnabled()


def test_the_status_of_new_people_is_asked_with_a_default_from_the_list(
    qtbot: Any, wizard: ImportWizard, tmp_path: Path, sqlite_db: Database
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Ausgeschieden"
    sheet.append(["Nachname", "Vorname", "Grund", "DSGVO"])
    sheet.append(["Berg", "Uwe", "Umzug", "ja"])
    sheet.append(["Dahl", "Ole", "keine Zeit", "nein"])
    path = tmp_path / "ehrenamt.xlsx"
    book.save(path)
    wizard.file_page.set_file(str(path))
    wait_done(qtbot, wizard)
    wizard.next()  # mapping
    assert "Grund des Ausscheidens" in [c.currentText() for c in wizard.mapping_page.combos]
    wizard.next()  # preview
    wait_done(qtbot, wizard)
    wizard.next()  # duplicates and options
    options = wizard.options_page
    assert options.status_label.text() == "Status neuer Personen:"
    assert options.status.currentText() == "ausgeschieden"  # the sheet's name says so
    assert options.consent.isHidden()  # nobody is to be »aktiv«
    options.status.setCurrentIndex(options.status.findText("aktiv"))
    assert not options.consent.isHidden()  # Dahl has no consent
    options.status.setCurrentIndex(options.status.findText("pausiert"))
    assert options.consent.isHidden()
    assert options.new_status() is not None and options.new_status().value == "pausiert"
    wizard.next()  # import
    wait_done(qtbot, wizard)
    assert "Neu angelegt: 2" in wizard.run_page.summary.text()
    assert "statt »aktiv«" not in wizard.run_page.summary.text()
    service = VolunteerService(sqlite_db)
    people = {v.last_name: v for v in (service.get(i) for i in range(1, 4))}
    assert people["Berg"].status.value == "pausiert"
    assert people["Dahl"].status.value == "pausiert"
    assert people["Dahl"].left_reason == "keine Zeit"  # a field of its own
