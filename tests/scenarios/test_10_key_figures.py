"""Scenario 10, key figures: at year end the Fachstelle asks for the Kennzahlen — active
volunteers, pairings started/active/ended, pairings with regular contact, requests by
field and outcome, by district and language. Frau R. looks at the Übersicht for the
year, prints the report with charts and exports the figures to Excel."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from sqlalchemy import func, select

from servicestelle import models as m
from servicestelle.db import Database
from servicestelle.demo import generate
from servicestelle.services.figures import period_figures
from servicestelle.services.periods import Period
from tests.conftest import database_template
from tests.scenarios import driver as d
from tests.scenarios.answers import ScenarioGap, save_files_as
from ui.print_preview import PrintPreview

# A year of a realistic office (the demo data), made once for this module.
db_template = database_template(lambda db: generate(db, 300, seed=10))

YEAR = dt.date.today().year

# What the Fachstelle asks for: the tiles and the charts of the Übersicht that hold it.
TILES = (
    "Aktive Ehrenamtliche",
    "Begonnene Patenschaften",
    "Laufende Patenschaften",
    "Beendete Patenschaften",
    "Patenschaften mit regelmäßigem Kontakt",
)
CHARTS = (
    "Hilfsanfragen nach Tätigkeitsfeld",
    "Hilfsanfragen nach Ergebnis (heutiger Stand)",
    "Hilfsanfragen nach Stadtteil",
    "Aktive Ehrenamtliche nach Sprache",
)


# -- generic helpers (candidates for driver.py) --------------------------------------------


def offered(window, text: str) -> QAction:  # type: ignore[no-untyped-def]
    """The tool-bar or menu command ``text``; one that is missing or greyed out here is a
    gap of the program."""
    try:
        command = d.action(window, text)
    except AssertionError:
        raise ScenarioGap(f"kein Befehl »{text}«") from None
    if not command.isEnabled():
        raise ScenarioGap(f"»{text}« ist hier nicht verfügbar")
    return command


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


def figures_on_screen(page: QWidget) -> dict[str, str]:
    """The figure tiles as a screen reader reads them: caption → number shown."""
    shown: dict[str, str] = {}
    for widget in page.findChildren(QWidget):
        name = widget.accessibleName()
        number = widget.findChildren(QLabel)
        if ": " in name and d.visible(widget) and len(number) == 2:
            caption = name.rsplit(": ", 1)[0]
            shown[caption] = number[0].text()  # with its unit (»7 Tage«)
    return shown


def chart_on_screen(page: QWidget, title: str) -> dict[str, str]:
    """A chart's bars as a screen reader reads them (its title, then »name: number; …«)."""
    for widget in page.findChildren(QWidget):
        if widget.accessibleName() == title and d.visible(widget):
            parts = [p.rsplit(": ", 1) for p in widget.accessibleDescription().split("; ") if p]
            return {name: value for name, value in parts}
    raise AssertionError(f"kein Diagramm »{title}«")


def pdf_text(path: Path) -> str:
    """The words of a PDF in reading order, one space between them (a table's cells
    come out one after the other: »Begonnene Patenschaften 42«)."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


# -- the scenario --------------------------------------------------------------------------


def show_the_year(qtbot, window) -> QWidget:  # type: ignore[no-untyped-def]
    """The Übersicht for the current year, its figures counted."""
    d.go_to(window, "Übersicht")
    page = window.current_page()
    d.select_field(page, "Zeitraum", "Jahr")
    qtbot.waitUntil(lambda: "Ein Klick" in _status(page), timeout=20000)
    assert f"Kennzahlen {YEAR} (01.01.{YEAR} – 31.12.{YEAR})" in _status(page)
    return page


def _status(page: QWidget) -> str:
    return " ".join(
        label.text() for label in page.findChildren(QLabel) if label.text().startswith("Kennz")
    )


def counted(db: Database, column, start: dt.date, end: dt.date) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return int(session.scalar(select(func.count()).where(column.between(start, end))) or 0)


def test_the_years_key_figures_on_the_overview_and_in_the_printed_report(
    qtbot,
    db_template,
    office_window,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    window = office_window
    page = show_the_year(qtbot, window)
    tiles = figures_on_screen(page)
    assert set(TILES) <= set(tiles), tiles
    charts = {title: chart_on_screen(page, title) for title in CHARTS}
    assert all(charts.values()), charts

    # The report of the year shown, printed and kept as a PDF.
    d.trigger(window, "Drucken …")
    qtbot.waitUntil(lambda: any(isinstance(w, PrintPreview) for w in d.windows()), timeout=20000)
    preview = d.active_dialog(PrintPreview)
    assert preview.windowTitle() == "Vorschau: Kennzahlenbericht"
    pdf = tmp_path / f"Kennzahlen_{YEAR}.pdf"
    save_files_as(monkeypatch, "ui.print_preview", pdf)
    d.click(preview, "Als PDF speichern …")
    text = pdf_text(pdf)
    assert "Kennzahlenbericht" in text
    assert f"Zeitraum 01.01.{YEAR} bis 31.12.{YEAR}" in text
    # The figures on paper are those on the screen.
    for label in ("Begonnene Patenschaften", "Eingegangene Hilfsanfragen", "Neue Ehrenamtliche"):
        assert f"{label} {tiles[label]}" in text, (label, tiles[label], text)
    for title in ("Hilfsanfragen nach Tätigkeitsfeld", "Hilfsanfragen nach Stadtteil"):
        assert title in text  # the charts

    # What the screen showed is what the office's records say.
    year = Period.year(YEAR)
    start, end = year.start, year.end
    assert tiles["Begonnene Patenschaften"] == str(
        counted(sqlite_db, m.Pairing.started_on, start, end)
    )
    assert tiles["Beendete Patenschaften"] == str(
        counted(sqlite_db, m.Pairing.ended_on, start, end)
    )
    assert tiles["Eingegangene Hilfsanfragen"] == str(
        counted(sqlite_db, m.HelpRequest.received_on, start, end)
    )
    figures = period_figures(sqlite_db, year)
    for label in TILES:
        key = next(k for k, f in figures.figures.items() if f.label == label)
        assert tiles[label] == str(figures.figures[key].value), label


def test_the_printed_report_holds_every_figure_the_fachstelle_asks_for(
    qtbot,
    db_template,
    office_window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    window = office_window
    page = show_the_year(qtbot, window)
    tiles = figures_on_screen(page)
    d.trigger(window, "Drucken …")
    qtbot.waitUntil(lambda: any(isinstance(w, PrintPreview) for w in d.windows()), timeout=20000)
    pdf = tmp_path / f"Kennzahlen_{YEAR}.pdf"
    save_files_as(monkeypatch, "ui.print_preview", pdf)
    d.click(d.active_dialog(PrintPreview), "Als PDF speichern …")
    text = pdf_text(pdf)
    # every tile of the Übersicht, with the number (and unit) it shows there
    wanted = [f"{label} {number}" for label, number in tiles.items()]
    assert len(wanted) >= 17, tiles
    for label in ("Geleistete Stunden", "Tage bis zur Vermittlung (Median)"):
        assert label in tiles, label  # hours and the median days, with their unit
    assert any(n.endswith(" Std.") for n in tiles.values())
    wanted += [f"Hilfsanfragen nach {by}" for by in ("Tätigkeitsfeld", "Stadtteil")]
    wanted += ["Hilfsanfragen nach Ergebnis", "Hilfsanfragen nach gewünschter Sprache"]
    wanted += ["Aktive Ehrenamtliche nach Sprache", f"Im Zeitraum: {YEAR}"]
    missing = [phrase for phrase in wanted if phrase not in text]
    if missing:
        raise ScenarioGap(f"nicht im Bericht: {missing}")


def test_the_key_figures_exported_to_excel(
    qtbot,
    db_template,
    office_window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    window = office_window
    page = show_the_year(qtbot, window)
    tiles = figures_on_screen(page)
    xlsx = tmp_path / f"Kennzahlen_{YEAR}.xlsx"
    save_files_as(monkeypatch, "ui.export_action", xlsx)
    export = offered(window, "Exportieren …")
    message = answer_message("OK")
    export.trigger()
    qtbot.waitUntil(lambda: bool(message), timeout=20000)

    from openpyxl import load_workbook

    book = load_workbook(xlsx, read_only=True)
    cells = {str(v) for sheet in book.worksheets for row in sheet.values for v in row if v}
    book.close()
    for label in TILES:
        assert label in cells and tiles[label] in cells, label
    for title in CHARTS:
        assert title in cells, title
