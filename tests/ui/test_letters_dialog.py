"""»Briefe drucken…« and »Adressetiketten…« from the volunteer list and from an event's
invitations: who may be written to by post (and who not, and why), the letters saved as
one PDF, the labels from the first free label of a sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from servicestelle.db import Database
from servicestelle.services.consents import ConsentService
from servicestelle.services.events import EventService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import save_files_as
from ui.forms.form_dialog import FormDialog, open_record_dialog
from ui.letters_dialog import LettersDialog


def by_post(db: Database, first: str, last: str, *, post: bool = True, street: str = "Weg 1"):
    record = VolunteerService(db).create(
        first_name=first, last_name=last, status="aktiv", street=street, postcode="19053",
        city="Schwerin",
    )  # fmt: skip
    ConsentService(db).give("volunteer", record.id, contact_post=post)
    return record.id


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def box(_parent: object, _title: str, text: str, *_args: object) -> object:
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, box)
    return seen


@pytest.fixture
def people(volunteers: Database) -> Database:
    by_post(volunteers, "Jörg", "Äbischer")
    by_post(volunteers, "Ольга", "Петрова", street="Am Markt 12a")
    by_post(volunteers, "Karl", "Keinpost", post=False)
    by_post(volunteers, "Otto", "Ohneadresse", street="")
    return volunteers


def opened(window, text: str) -> LettersDialog:
    d.go_to(window, "Ehrenamtliche")
    dialog = d.opened(LettersDialog, lambda: d.trigger(window, text))
    return dialog


def test_letters_from_the_list_go_to_those_who_may_get_post(
    qtbot, window, people, messages, monkeypatch, tmp_path: Path
):
    dialog = opened(window, "Briefe drucken…")
    assert dialog.summary.text() == (
        "7 in der Liste: 2 per Post, 5 nicht anschreibbar (4 ohne Einwilligung zum Kontakt "
        "per Post, 1 ohne Postanschrift)"
    )
    d.fill(dialog, "Betreff", "Einladung zum {Veranstaltung}")
    d.fill(dialog, "Veranstaltung", "Ehrenamtsforum")
    d.fill(dialog, "Unser Zeichen", "EF-27")
    out = tmp_path / "Briefe.pdf"
    save_files_as(monkeypatch, "ui.letters_dialog", out)
    d.click(dialog, "PDF speichern …")
    pages = PdfReader(out).pages
    assert len(pages) == 2
    first, second = (page.extract_text() for page in pages)
    assert "Jörg Äbischer" in first and "Einladung zum Ehrenamtsforum" in first
    assert "Ольга Петрова" in second and "Am Markt 12a" in second
    assert messages[-1].startswith(f"2 Briefe gespeichert in {out}.")
    assert "ohne Einwilligung zum Kontakt per Post" in messages[-1]
    dialog.close()


def test_an_unknown_placeholder_is_shown_before_anything_is_written(
    qtbot, window, people, messages, monkeypatch, tmp_path: Path
):
    dialog = opened(window, "Briefe drucken…")
    d.fill(dialog, "Betreff", "Zum {Geburtstag}")
    save_files_as(monkeypatch, "ui.letters_dialog", tmp_path / "Briefe.pdf")
    d.click(dialog, "PDF speichern …")
    assert "Unbekannte Platzhalter: {Geburtstag}" in messages[-1]
    assert not (tmp_path / "Briefe.pdf").exists()
    dialog.close()


def test_labels_start_on_the_first_free_label(
    qtbot, window, people, messages, monkeypatch, tmp_path: Path
):
    dialog = opened(window, "Adressetiketten…")
    d.choose(d.field(dialog, "Etikettenbogen"), "Avery Zweckform 3475 (3 × 8, 70 × 36 mm)")
    d.fill(dialog, "Erstes freies Etikett", "4")
    out = tmp_path / "Etiketten.pdf"
    save_files_as(monkeypatch, "ui.letters_dialog", out)
    d.click(dialog, "PDF speichern …")
    assert messages[-1].startswith(f"2 Adressetiketten gespeichert in {out}.")
    text = PdfReader(out).pages[0].extract_text()
    assert "Jörg Äbischer" in text and "Keinpost" not in text
    dialog.close()


def test_letters_to_the_invitees_of_an_event(
    qtbot, sqlite_db: Database, dialogs: list[FormDialog], messages, monkeypatch, tmp_path: Path
):
    forum = EventService(sqlite_db).create(
        title="Ehrenamtsforum", starts_at="2027-03-12 18:00", location="Rathaus"
    ).id
    ids = [
        by_post(sqlite_db, "Jörg", "Äbischer"),
        by_post(sqlite_db, "Karl", "Keinpost", post=False),
    ]
    EventService(sqlite_db).invite(forum, ids)
    window = open_record_dialog(None, sqlite_db, "event", forum)
    dialogs.append(window)
    d.tab(window, "Teilnahme")
    dialog = d.opened(LettersDialog, lambda: d.click(window, "Briefe drucken…"))
    assert dialog.summary.text() == (
        "2 in der Liste: 1 per Post, 1 nicht anschreibbar (1 ohne Einwilligung zum Kontakt "
        "per Post)"
    )
    assert d.field(dialog, "Veranstaltung").text() == "Ehrenamtsforum"
    out = tmp_path / "Einladung.pdf"
    save_files_as(monkeypatch, "ui.letters_dialog", out)
    d.click(dialog, "PDF speichern …")
    text = PdfReader(out).pages[0].extract_text()
    assert "Einladung: Ehrenamtsforum" in text
    assert "am 12.03.2027 um 18:00 Uhr" in text and "Ort: Rathaus" in text
    dialog.close()
