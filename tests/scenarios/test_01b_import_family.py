"""Scenario 1, the first morning, continued: a partner's list (German Excel CSV) holds a
family who share one e-mail address, and the office already knows the father with that
address. Frau R. imports the list: mother and son are two new people, each with a
warning about the shared address, nobody is taken for a duplicate. The consent column
says »ja, 12.03.2023« for the mother and nothing for the son. Then she finds the import
under Extras → Importe … and undoes it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QTableView, QTableWidget, QWizard
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.db import Database
from servicestelle.enums import VolunteerStatus
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import ModalAnswer, record_warnings, see, shown_texts
from ui.import_history import ImportHistoryDialog
from ui.import_wizard import ImportWizard

FAMILY_CSV = (
    "Nachname;Vorname;E-Mail;Telefon;Stadtteil;DSGVO\r\n"
    "Nowak;Jana;familie.nowak@web.de;0385/239-6105;Lankow;ja, 12.03.2023\r\n"
    "Nowak;Jan;familie.nowak@web.de;0385/239-6105;Lankow;\r\n"
    "Jäger;Jürgen;juergen.jaeger@t-online.de;;Gartenstadt;ja\r\n"
)


def family_list(folder: Path) -> Path:
    path = folder / "Familien_Lankow.csv"
    path.write_bytes(FAMILY_CSV.encode("cp1252"))  # as Excel saves »CSV (Trennzeichen)«
    return path


def next_page(wizard: QWizard) -> None:
    d.click(wizard, wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", ""))


def people(db: Database) -> dict[str, m.Volunteer]:
    with db.read() as session:
        ids = session.scalars(select(m.Volunteer.id)).all()
    return {v.sort_name: v for v in (VolunteerService(db).get(i) for i in ids)}


def test_a_family_sharing_an_email_is_imported_as_two_people_and_undone(
    qtbot, office_window, sqlite_db: Database, monkeypatch, tmp_path: Path
):
    warnings = record_warnings(monkeypatch)
    father = VolunteerService(sqlite_db).create(  # entered by a colleague last week
        last_name="Nowak", first_name="Reza", email="familie.nowak@web.de", status="aktiv"
    )
    path = family_list(tmp_path)
    monkeypatch.setattr(
        "ui.file_dialogs.QFileDialog.getOpenFileName",
        staticmethod(lambda *_a, **_k: (str(path), "")),
    )
    window = office_window
    d.go_to(window, "Ehrenamtliche")
    wizard = d.opened(ImportWizard, lambda: d.trigger(window, "Importieren …"))

    d.click(wizard, "Durchsuchen …")
    see(qtbot, wizard, "Kopfzeile in Zeile 1, 3 Datenzeilen, 6 Spalten.")
    next_page(wizard)  # the mapping as proposed
    next_page(wizard)  # the preview
    see(qtbot, wizard, "3 Zeilen: 1 in Ordnung, 2 mit Hinweis, 0 Dubletten, 0 mit Fehlern.")
    shown = shown_texts(wizard)
    assert "Einwilligung: 1 Zeile nennt kein Datum" in shown, shown  # Jäger: »ja«
    view = d.first(v for v in wizard.findChildren(QTableView) if d.visible(v))
    reasons = d.table_texts(view, 2)
    assert f"Gleiche E-Mail-Adresse wie »Nowak, Reza« (Nr. {father.id}) (andere Person?)." in (
        reasons[0]
    )
    assert "Gleiche E-Mail-Adresse wie »Nowak, Reza«" in reasons[1]
    assert "Keine Einwilligung in der Liste" in reasons[1]  # the son: no consent stated
    next_page(wizard)
    see(qtbot, wizard, "Keine Dubletten gefunden – alle geprüften Zeilen sind neu.")
    as_active = d.button(wizard, "Die 1 Person ohne Einwilligung trotzdem als »aktiv« anlegen")
    assert not as_active.isChecked()  # she leaves it: the son stays »interessiert«
    d.click(wizard, "Importieren")
    see(qtbot, wizard, "Import Nr. 1 abgeschlossen.")
    summary = shown_texts(wizard)
    for line in (
        "Neu angelegt: 3",
        "Mit Hinweisen übernommen: 2",
        "Ohne Einwilligung, daher »interessiert« statt »aktiv«: 1",
    ):
        assert line in summary, summary
    d.click(wizard, wizard.buttonText(QWizard.WizardButton.FinishButton).replace("&", ""))

    found = people(sqlite_db)
    assert sorted(found) == ["Jäger, Jürgen", "Nowak, Jan", "Nowak, Jana", "Nowak, Reza"]
    jana, jan = found["Nowak, Jana"], found["Nowak, Jan"]
    assert [c.given_on for c in jana.consents] == [dt.date(2023, 3, 12)]
    assert jana.status == VolunteerStatus.ACTIVE
    assert jan.consents == [] and jan.status == VolunteerStatus.INTERESTED
    assert "Datum unbekannt" in found["Jäger, Jürgen"].consents[0].note

    # -- Extras → Importe …: the import listed, and undone ------------------------------
    history = d.opened(ImportHistoryDialog, lambda: d.trigger(window, "Importe …"))
    imports = d.first(t for t in history.findChildren(QTableWidget) if d.visible(t))
    assert d.table_texts(imports, 4) == ["Familien_Lankow.csv"]
    assert d.table_texts(imports, 6) == ["3"]
    said: list[str] = []
    answers: list[ModalAnswer] = []

    def read_and_expect_the_result(box) -> None:
        said.append(box.informativeText())
        answers.append(ModalAnswer("OK"))  # »… rückgängig gemacht: 3 Einträge entfernt.«

    confirm = ModalAnswer("Rückgängig machen", read_and_expect_the_result)
    d.click(history, "Rückgängig machen …")
    confirm.check()
    qtbot.waitUntil(lambda: bool(answers) and bool(answers[0].title or answers[0].problems))
    answers[0].check()
    assert said == ["3 Einträge werden entfernt."]
    assert list(people(sqlite_db)) == ["Nowak, Reza"]
    assert d.table_texts(imports, 10) == ["rückgängig gemacht (3 entfernt)"]
    assert not d.button(history, "Rückgängig machen …").isEnabled()
    assert not warnings, warnings
