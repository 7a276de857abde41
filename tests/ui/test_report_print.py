"""Drucken on the Übersicht prints the key figures report of the period shown."""

from __future__ import annotations

from typing import Any

import pytest


def test_print_on_the_overview_prints_its_period(window: Any, monkeypatch: pytest.MonkeyPatch
                                                 ) -> None:
    asked: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr("ui.print_preview.start_print",
                        lambda parent, db, document, **params: asked.append((document, params)))
    window.navigation.setCurrentRow(window._index_of("overview"))
    assert window.commands.print_.isEnabled()
    window.commands.print_.trigger()
    page = window.pages["overview"]
    assert asked == [("report", {"start": page.period.start, "end": page.period.end})]
