"""Screenshots of every page and every record form on demo data.

The main window is opened on a small demo database (200 volunteers and everything else
in proportion); each page of the navigation is shown and grabbed, then the form of one
record of each kind. A test fails when a screen is empty or shows an error: a list
without rows, an error box, an error in the log, or a picture of one flat colour.

The pictures go to pytest's ``tmp_path`` and, when the environment variable
``SCREENSHOT_DIR`` is set, also there (to look at them after a change of the layout).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from servicestelle.db import Database
from servicestelle.demo import generate
from servicestelle.kinds import BY_LIST
from ui.main_window import MainWindow
from ui.pages.list_page import ListPage
from ui.pages.placeholder import PlaceholderPage

ENTITY_OF_PAGE = {key: kind.key for key, kind in BY_LIST.items()}

DEMO_VOLUNTEERS = 200
WINDOW_SIZE = QSize(1280, 800)
# Pages that are announced but not built yet may show their placeholder.
PLANNED_PAGES = {"overview", "followups"}
# Tabs each form has at least ("Daten" first), for a stored record.
MIN_TABS = {
    "volunteer": 3,  # Daten, Kontakte, Stunden
    "newcomer": 2,
    "pairing": 2,
    "help_request": 3,  # Daten, angefragte Ehrenamtliche, Kontakte
    "organisation": 2,
    "event": 2,
}
ERROR_WORDS = ("Fehler", "lässt sich nicht", "nicht laden", "Traceback", "Exception")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """The migrated template with demo data, made once for the module."""
    import shutil

    from servicestelle.db import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copy(sqlite_template, path)
    database = open_database(path, user="Demo")
    generate(database, volunteers=DEMO_VOLUNTEERS, seed=1)
    database.dispose()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    import shutil

    from servicestelle.db import open_database

    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    database = open_database(target, user="Frau Test")
    yield database
    database.dispose()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box the screens try to show (none should appear)."""
    shown: list[str] = []

    def record(kind: str):  # noqa: ANN202
        def show(_parent: object, title: str = "", text: str = "", *args: object) -> object:
            shown.append(f"{kind}: {title}: {text}")
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


@pytest.fixture
def demo_window(qtbot, demo_db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.resize(WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def save(image: QImage, tmp_path: Path, name: str) -> Path:
    target = tmp_path / f"{name}.png"
    assert image.save(str(target)), f"{name}: Bild nicht gespeichert"
    extra = os.environ.get("SCREENSHOT_DIR")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(extra) / f"{name}.png"))
    return target


def distinct_colours(image: QImage, grid: int = 24) -> int:
    """How many colours a grid of sampled pixels has (1: a flat picture)."""
    width, height = image.width(), image.height()
    colours = {
        image.pixel(x * (width - 1) // (grid - 1), y * (height - 1) // (grid - 1))
        for x in range(grid)
        for y in range(grid)
    }
    return len(colours)


def grab(widget: QWidget, tmp_path: Path, name: str) -> QImage:
    QApplication.processEvents()
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() > 100 and image.height() > 100, name
    save(image, tmp_path, name)
    assert distinct_colours(image) >= 4, f"{name}: das Bild ist (fast) einfarbig"
    return image


def visible_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def assert_no_error_text(widget: QWidget, name: str) -> None:
    for text in visible_texts(widget):
        assert not any(word in text for word in ERROR_WORDS), f"{name}: Fehlertext {text!r}"


def test_every_page_shows_data(
    qtbot,
    demo_window: MainWindow,
    tmp_path: Path,
    boxes: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR)
    window = demo_window
    for row, entry in enumerate(window.entries):
        window.navigation.setCurrentRow(row)
        page = window.current_page()
        assert page is not None and page.isVisible(), entry.key
        name = f"seite-{row + 1:02d}-{entry.key}"
        if isinstance(page, ListPage):
            qtbot.waitUntil(lambda p=page: p.view.viewport().width() > 0)
            assert page.model.rowCount() > 0, f"{entry.key}: die Liste ist leer"
            assert page.view.isVisible()
            assert page.model.data(page.model.index(0, 0)), f"{entry.key}: erste Zeile leer"
            assert not page.model._failed, f"{entry.key}: die Liste ließ sich nicht laden"
            assert window.count_label.text(), f"{entry.key}: keine Anzahl in der Statusleiste"
            shown = [c for c in range(page.model.columnCount()) if not page.view.isColumnHidden(c)]
            assert len(shown) >= 2, f"{entry.key}: zu wenige Spalten"
            rows = grab(page.view.viewport(), tmp_path, name + "-tabelle")
            assert distinct_colours(rows) >= 4, f"{entry.key}: die Tabelle zeigt nichts"
        elif entry.key not in PLANNED_PAGES:
            assert not isinstance(page, PlaceholderPage), f"{entry.key}: nur ein Platzhalter"
        assert_no_error_text(page, entry.key)
        grab(window, tmp_path, name)
    assert not boxes, boxes
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text


@pytest.mark.parametrize("key", list(ENTITY_OF_PAGE))
def test_record_form_of_each_kind(
    qtbot,
    demo_window: MainWindow,
    tmp_path: Path,
    boxes: list[str],
    caplog: pytest.LogCaptureFixture,
    key: str,
) -> None:
    from ui.forms.form_dialog import FormDialog, open_record_dialog

    caplog.set_level(logging.ERROR)
    window = demo_window
    window.navigation.setCurrentRow(window._index_of(key))
    page = window.current_list()
    assert page is not None and page.model.rowCount() > 0, key
    record_id = page.model.record_id(0)
    assert record_id is not None
    entity = ENTITY_OF_PAGE[key]
    dialog = open_record_dialog(window, window.database, entity, record_id)
    assert isinstance(dialog, FormDialog)
    qtbot.waitExposed(dialog)
    assert dialog.record is not None and dialog.record.id == record_id
    assert dialog.windowTitle(), f"{entity}: Fenster ohne Titel"
    tabs = dialog.tabs
    assert tabs.count() >= MIN_TABS[entity], [tabs.tabText(i) for i in range(tabs.count())]
    assert tabs.tabText(0) == "Daten"
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: tabs.currentWidget().isVisible())
        assert_no_error_text(tabs.currentWidget(), f"{entity}/{tabs.tabText(index)}")
        grab(dialog, tmp_path, f"formular-{entity}-{index + 1}")
    tabs.setCurrentIndex(0)
    assert not dialog.form.is_dirty(), f"{entity}: ungespeicherte Änderungen nach dem Öffnen"
    assert not boxes, boxes
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    dialog.close()  # deletes itself; the window (a qtbot widget) is its parent
