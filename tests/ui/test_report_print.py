"""Drucken on the Übersicht prints the key figures report of the period shown, with the
very figures the screen shows (the same counting, the same period)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from servicestelle.printing import render
from servicestelle.services.figures import CHART_KEYS, format_figure
from servicestelle.services.periods import Period
from servicestelle.services.volunteers import VolunteerService


def asked_to_print(window: Any, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict]]:
    asked: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr("ui.print_preview.start_print",
                        lambda parent, db, document, **params: asked.append((document, params)))
    return asked


def test_print_on_the_overview_prints_its_period(window: Any, monkeypatch: pytest.MonkeyPatch
                                                 ) -> None:
    asked = asked_to_print(window, monkeypatch)
    window.navigation.setCurrentRow(window._index_of("overview"))
    assert window.commands.print_.isEnabled()
    window.commands.print_.trigger()
    page = window.pages["overview"]
    assert asked == [("report", {"start": page.period.start, "end": page.period.end})]


def test_the_printed_report_has_the_figures_of_the_screen(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    VolunteerService(window.database).create(
        last_name="Neumann", status="aktiv", since=dt.date.today().isoformat()
    )
    window.navigation.setCurrentRow(window._index_of("overview"))
    page = window.pages["overview"]
    qtbot.waitUntil(lambda: page.figures is not None and not page.is_loading(), timeout=10_000)
    page.kind_box.setCurrentIndex(page.kind_box.findData("quarter"))
    qtbot.waitUntil(
        lambda: page.figures.period.kind == "quarter" and not page.is_loading(), timeout=10_000
    )
    asked = asked_to_print(window, monkeypatch)
    window.commands.print_.trigger()
    [(document, params)] = asked
    out = tmp_path / "bericht.pdf"
    render(window.database, document, out, **params)
    text = " ".join(
        unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(out).pages
    ).split()
    text = " ".join(text)
    shown = page.figures
    assert Period.of(params["start"], params["end"]) == shown.period
    assert f"Im Zeitraum: {shown.period.label}" in text
    for key, tile in page.tiles.items():
        figure = shown.figures[key]
        assert tile.number.text() == format_figure(figure)
        assert f"{figure.label} {tile.number.text()}" in text, key
    for key in CHART_KEYS:
        assert shown.breakdowns[key].title in text, key
