"""Scenario 7, tonight's meeting: Frau R. prints the active pairings of Großer Dreesch,
Neu Zippendorf and Mueßer Holz as a Patenschaftsliste (landscape; names in Latin,
Cyrillic and Arabic script) and exports the same list to Excel for the partner
organisation."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from servicestelle.db import Database
from servicestelle.enums import PairingEndReason
from servicestelle.services.lists import DistrictService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.pairings import PairingService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import save_files_as
from ui.print_preview import PrintPreview

SOUTH_EAST = ("Großer Dreesch", "Neu Zippendorf", "Mueßer Holz")

# The office's pairings before tonight: volunteer → (newcomer, the newcomer's district),
# names as the lists show them (»Nachname, Vorname«).
ON_THE_LIST = {
    "Schulz, Anna": ("Шевченко, Дмитрий", "Großer Dreesch"),
    "حداد, سمير": ("الأحمد, فاطمة", "Großer Dreesch"),
    "Иванова, Ольга": ("Kovalenko, Oksana", "Neu Zippendorf"),
    "Yılmaz, Deniz": ("Haddad, Rami", "Mueßer Holz"),
}
NOT_ON_THE_LIST = {
    "Carstens, Jens": ("Rahimi, Ali", "Lankow"),  # active, but the family lives in Lankow
    "Weber, Lena": ("Nowak, Marta", "Neu Zippendorf"),  # only proposed
    "Brandt, Uwe": ("Demir, Yusuf", "Großer Dreesch"),  # ended in spring
}


def the_office(db: Database) -> None:
    """The pairings the office keeps (entered by colleagues over the year)."""
    districts = DistrictService(db).by_name()
    volunteers, newcomers, pairings = VolunteerService(db), NewcomerService(db), PairingService(db)
    started = dt.date.today() - dt.timedelta(days=120)
    phones = iter(f"0385 {545_1200 + i}" for i in range(20))

    def person(service, name: str, district: str | None = None, **values):  # type: ignore[no-untyped-def]
        last, first = name.split(", ")
        if district is not None:
            values["district_id"] = districts[district]
        return service.create(last_name=last, first_name=first, **values).id

    def pair(volunteer: str, newcomer: str, district: str):  # type: ignore[no-untyped-def]
        return pairings.propose(
            person(volunteers, volunteer, status="aktiv", phone=next(phones)),
            person(newcomers, newcomer, district, kind="person", status="begleitet"),
            focus="Schule, Hausaufgaben und Begleitung zu Behörden",
            proposed_on=started - dt.timedelta(days=250),
        )

    for volunteer, (newcomer, district) in ON_THE_LIST.items():
        pairing = pair(volunteer, newcomer, district)
        pairings.start(pairing.id, pairing.version, on=started)
    active_elsewhere = pair("Carstens, Jens", *NOT_ON_THE_LIST["Carstens, Jens"])
    pairings.start(active_elsewhere.id, active_elsewhere.version, on=started)
    pair("Weber, Lena", *NOT_ON_THE_LIST["Weber, Lena"])  # proposed only
    ended = pair("Brandt, Uwe", *NOT_ON_THE_LIST["Brandt, Uwe"])
    ended = pairings.start(ended.id, ended.version, on=started - dt.timedelta(days=200))
    pairings.end(ended.id, ended.version, PairingEndReason.GOAL_REACHED, on=started)


def has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def answer_message(text: str) -> list[str]:
    """Press ``text`` in the next message box — not in a progress window that may come
    first, as ``driver.answer_next`` would; returns a list that receives its text."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        d.click(box, text)

    QTimer.singleShot(0, press)
    return seen


def pdf_text(path: Path) -> str:
    """The text of a PDF as a reader copies it out, Arabic presentation forms (the joined
    letters drawn) folded back to the letters typed (NFKC)."""
    return unicodedata.normalize("NFKC", raw_pdf_text(path))


def raw_pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def print_and_save(qtbot, window, monkeypatch, target: Path) -> PrintPreview:  # type: ignore[no-untyped-def]
    """»Drucken …« on the list shown, then »Als PDF speichern …« in the preview."""
    d.trigger(window, "Drucken …")
    qtbot.waitUntil(lambda: any(isinstance(w, PrintPreview) for w in d.windows()), timeout=20000)
    preview = d.active_dialog(PrintPreview)
    save_files_as(monkeypatch, "ui.print_preview", target)
    d.click(preview, "Als PDF speichern …")
    assert target.exists()
    return preview


def export_to(qtbot, window, monkeypatch, target: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """»Exportieren …« on the list shown, saved as ``target``; returns the message."""
    save_files_as(monkeypatch, "ui.export_action", target)
    message = answer_message("OK")
    d.trigger(window, "Exportieren …")
    qtbot.waitUntil(lambda: bool(message), timeout=20000)
    return message


def sheet_rows(path: Path) -> list[tuple]:  # type: ignore[type-arg]
    book = load_workbook(path, read_only=True)
    rows = [tuple("" if v is None else v for v in row) for row in book.worksheets[0].values]
    book.close()
    return rows


def check_printout(path: Path, wanted: dict[str, tuple[str, str]]) -> None:
    """The Patenschaftsliste: landscape, its title, every pairing wanted with both names
    in their own script, no other pairing."""
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert box.width > box.height, "nicht im Querformat"
    text = pdf_text(path)
    assert "Patenschaftsliste" in text
    assert f"{len(wanted)} Patenschaften" in text
    for volunteer, (newcomer, _district) in wanted.items():
        assert volunteer in text, (volunteer, text)
        assert newcomer in text, (newcomer, text)
    if any(has_arabic(name) for pair in wanted.items() for name in (pair[0], pair[1][0])):
        # Arabic is drawn with its letters joined (presentation forms), not as loose letters.
        assert any("\ufe70" <= ch <= "\ufefc" for ch in raw_pdf_text(path))
    others = {**{v: n for v, n in ON_THE_LIST.items() if v not in wanted}, **NOT_ON_THE_LIST}
    for volunteer, (newcomer, _district) in others.items():
        assert volunteer.split(",")[0] not in text and newcomer.split(",")[0] not in text, (
            volunteer,
            text,
        )


def check_export(path: Path, wanted: dict[str, tuple[str, str]]) -> None:
    """The Excel file: a header row, then one row per pairing wanted, names as typed."""
    header, *rows = sheet_rows(path)
    assert "Ehrenamtliche*r" in header and "Neuzugewanderte*r" in header, header
    volunteer, newcomer = header.index("Ehrenamtliche*r"), header.index("Neuzugewanderte*r")
    district, status = header.index("Stadtteil"), header.index("Status")
    assert sorted((r[volunteer], r[newcomer], r[district]) for r in rows) == sorted(
        (v, n, place) for v, (n, place) in wanted.items()
    )
    assert {r[status] for r in rows} == {"aktiv"}


# -- the scenario --------------------------------------------------------------------------


def test_the_active_pairings_of_three_districts_printed_and_exported(
    qtbot, office_window, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    the_office(sqlite_db)
    window = office_window
    d.go_to(window, "Patenschaften")
    page = window.current_list()
    d.select_field(page, "Status", "aktiv")
    d.choose_several(d.field(page, "Stadtteil"), SOUTH_EAST)
    qtbot.waitUntil(lambda: page.row_count() == len(ON_THE_LIST))

    pdf = tmp_path / "Patenschaftsliste_Treffen.pdf"
    print_and_save(qtbot, window, monkeypatch, pdf)
    check_printout(pdf, ON_THE_LIST)

    xlsx = tmp_path / "Patenschaften_Suedost.xlsx"
    export_to(qtbot, window, monkeypatch, xlsx)
    check_export(xlsx, ON_THE_LIST)


def test_the_active_pairings_of_one_district_printed_and_exported(
    qtbot, office_window, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """What works today: the same list for one district at a time (Großer Dreesch)."""
    the_office(sqlite_db)
    window = office_window
    d.go_to(window, "Patenschaften")
    page = window.current_list()
    d.select_field(page, "Status", "aktiv")
    d.select_field(page, "Stadtteil", "Großer Dreesch")
    wanted = {v: n for v, n in ON_THE_LIST.items() if n[1] == "Großer Dreesch"}
    qtbot.waitUntil(lambda: page.row_count() == len(wanted))

    pdf = tmp_path / "Patenschaftsliste_Grosser_Dreesch.pdf"
    preview = print_and_save(qtbot, window, monkeypatch, pdf)
    assert "Gespeichert" in preview.pages_label.text()
    check_printout(pdf, wanted)

    xlsx = tmp_path / "Patenschaften_Grosser_Dreesch.xlsx"
    message = export_to(qtbot, window, monkeypatch, xlsx)
    assert f"{len(wanted)} Zeilen" in message[0], message
    check_export(xlsx, wanted)
