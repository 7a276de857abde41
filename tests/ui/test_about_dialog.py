"""»Über Servicestelle«: version, data folder and the licences of the components."""

from __future__ import annotations

from typing import Any

import servicestelle
from ui.about_dialog import AboutDialog, component_rows


def test_about_names_version_folder_and_licences(window: Any, qtbot: Any) -> None:
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    labels = [label.text() for label in dialog.findChildren(type(dialog.database_label))]
    assert any(servicestelle.__version__ in text for text in labels)
    assert dialog.database_label.text() == window.database.location
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    licences = {
        dialog.table.item(r, 0).text().lower(): dialog.table.item(r, 2).text()
        for r in range(dialog.table.rowCount())
    }
    assert "SQLAlchemy" in names and any(n.lower().startswith("pyside6") for n in names)
    assert "LGPL" in licences["pyside6_essentials"] or "LGPL" in licences["pyside6-essentials"]
    assert all(row[2] for row in component_rows())  # every licence named
    assert dialog.font_button.isEnabled()
    dialog.close()
