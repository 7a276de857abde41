"""Scenario 14, the letter side: the volunteers without e-mail get the Ehrenamtsforum
invitation as a letter on the letterhead, and their envelopes get address labels. Frau R.
records one more postal consent in a volunteer's record, opens »Briefe drucken…« on the
volunteer list, reads who may get a letter and who not, types the subject and the
event's data and saves the letters as one PDF; then »Adressetiketten…« on a sheet of
which two labels are already used."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QMessageBox
from reportlab.lib.units import mm

from servicestelle.db import Database
from servicestelle.services.consents import ConsentService
from servicestelle.services.settings import SettingsService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import ModalAnswer, save_files_as
from ui.letters_dialog import LettersDialog

PEOPLE = [  # first, last, street, consent before the scenario
    ("Jürgen", "Größmann", "Lindenstraße 4", "post"),
    ("Ольга", "Петрова", "Am Markt 12a", None),  # her postal consent comes today
    ("Lea", "Mailer", "Weg 1", "email"),  # e-mail only: not by post
]


@pytest.fixture
def office(sqlite_db: Database) -> Database:
    SettingsService(sqlite_db).set("office.name", "Servicestelle Integration Schwerin")
    SettingsService(sqlite_db).set("office.address", "Am Packhof 2–6\n19053 Schwerin")
    for first, last, street, consent in PEOPLE:
        person = VolunteerService(sqlite_db).create(
            first_name=first, last_name=last, status="aktiv", street=street,
            postcode="19053", city="Schwerin",
        )  # fmt: skip
        if consent:
            ConsentService(sqlite_db).give(
                "volunteer", person.id, contact_post=consent == "post",
                contact_email=consent == "email",
            )  # fmt: skip
    return sqlite_db


def said(dialog_text: list[str]):
    def keep(box: QDialog) -> None:
        assert isinstance(box, QMessageBox), type(box)
        dialog_text.append(box.text())

    return keep


def test_letters_and_labels_for_those_without_email(
    qtbot, office_window, office, monkeypatch, tmp_path: Path
):
    window = office_window
    # Olga signed the form with »Kontakt per Post« today: Frau R. enters it in her record.
    d.go_to(window, "Ehrenamtliche")
    page = window.current_list()
    qtbot.waitUntil(lambda: page.row_count() == 3)
    names = d.table_texts(page.view, 0)
    d.double_click_row(page.view, names.index("Петрова"))
    record = d.active_dialog()
    d.tab(record, "Einwilligungen")
    answer = ModalAnswer("Eintragen", lambda box: d.click(box, "Kontakt per Post"))
    d.click(record, "Einwilligung eintragen…")
    answer.check()
    record.close()

    # The letters: two may get one, Lea has agreed to e-mail only.
    letters = d.opened(LettersDialog, lambda: d.trigger(window, "Briefe drucken…"))
    assert letters.summary.text() == (
        "3 in der Liste: 2 per Post, 1 nicht anschreibbar (1 ohne Einwilligung zum Kontakt "
        "per Post)"
    )
    d.fill(letters, "Betreff", "Einladung zum {Veranstaltung}")
    d.fill(letters, "Veranstaltung", "Ehrenamtsforum")
    d.fill(letters, "Text", "{Anrede} am {Datum} laden wir Sie zum {Veranstaltung} ein.")
    d.fill(letters, "Datum", "12.03.2027")
    out = tmp_path / "Briefe.pdf"
    save_files_as(monkeypatch, "ui.letters_dialog", out)
    shown: list[str] = []
    answer = ModalAnswer("OK", said(shown))
    d.click(letters, "PDF speichern …")
    answer.check()
    assert shown[0].startswith("2 Briefe gespeichert")
    pages = PdfReader(out).pages
    assert len(pages) == 2
    for page_of, name in zip(pages, ("Jürgen Größmann", "Ольга Петрова"), strict=True):
        assert in_window(page_of, name), name
        text = page_of.extract_text()
        assert "Einladung zum Ehrenamtsforum" in text
        assert "am 12.03.2027 laden wir Sie zum Ehrenamtsforum ein." in text
    letters.close()

    # The labels: the sheet from last time has its first two labels used.
    labels = d.opened(LettersDialog, lambda: d.trigger(window, "Adressetiketten…"))
    d.choose(d.field(labels, "Etikettenbogen"), "Avery Zweckform L7163 (2 × 7, 99,1 × 38,1 mm)")
    d.fill(labels, "Erstes freies Etikett", "3")
    out = tmp_path / "Etiketten.pdf"
    save_files_as(monkeypatch, "ui.letters_dialog", out)
    answer = ModalAnswer("OK")
    d.click(labels, "PDF speichern …")
    answer.check()
    tops = label_tops(out)
    assert tops == {"Jürgen Größmann": 15.15 + 38.1, "Ольга Петрова": 15.15 + 38.1}  # row 2
    labels.close()


def positions(page) -> list[tuple[str, float, float]]:
    found = []

    def visitor(text, cm, tm, _font, _size):
        if text.strip():
            found.append((text.strip(), (tm[4] * cm[0] + cm[4]) / mm,
                          297 - (tm[5] * cm[3] + cm[5]) / mm))  # fmt: skip

    page.extract_text(visitor_text=visitor)
    return found


def in_window(page, text: str) -> bool:
    """``text`` stands in the address window (DIN 5008 form B: 20 mm from the left, 45 mm
    from the top, 85 × 45 mm)."""
    return any(t == text and 20 <= x <= 105 and 45 <= y <= 90 for t, x, y in positions(page))


def label_tops(path: Path) -> dict[str, float]:
    """The top of the label row each name is printed in (mm from the sheet's top)."""
    rows = {}
    for text, _x, y in positions(PdfReader(path).pages[0]):
        if text in ("Jürgen Größmann", "Ольга Петрова"):
            rows[text] = round(15.15 + ((y - 15.15) // 38.1) * 38.1, 2)
    return rows
