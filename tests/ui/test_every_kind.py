"""Every registered kind of record has its screens: for each kind, its list page (from
the navigation), a record window, an Excel export of its list and a hit in the global
search; kinds without a list of their own open in a record window. A kind registered
half-way fails here. And the change bus: whatever writes a record — a record window,
a background task — the open list shows it without F5."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from servicestelle import kinds
from servicestelle.db import Database, open_database
from servicestelle.demo import generate
from servicestelle.exporting.service import ExportService
from servicestelle.models import Organisation
from servicestelle.services.global_search import search
from ui.background import Task
from ui.forms.form_dialog import FormDialog, open_record_dialog
from ui.kinds import SCREENS
from ui.main_window import MainWindow
from ui.pages.list_page import ListPage


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    path = tmp_path_factory.mktemp("kinds") / "demo.db"
    shutil.copy(sqlite_template, path)
    db = open_database(path)
    generate(db, 40, seed=5)
    db.dispose()
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_file: Path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    db = open_database(path, user="Frau Test")
    yield db
    db.dispose()


@pytest.fixture
def window(qtbot, demo: Database, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "fenster.ini"), QSettings.Format.IniFormat)
    main = MainWindow(demo, settings)
    qtbot.addWidget(main)
    main.show()
    return main


def _show(window: MainWindow, key: str) -> ListPage:
    """Click the area's entry in the navigation, as staff do."""
    title = next(e.title for e in window.entries if e.key == key)
    item = window.navigation.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    window.navigation.setCurrentItem(item)
    page = window.current_list()
    assert page is not None
    return page


def _windows() -> list[FormDialog]:
    shown = QApplication.topLevelWidgets()
    return [w for w in shown if isinstance(w, FormDialog) and w.isVisible()]


def test_every_kind_with_a_list_has_its_page_window_export_and_search(
    qtbot, window: MainWindow, demo: Database, tmp_path: Path
):
    assert set(kinds.LISTS) <= {e.key for e in window.entries}
    for list_key, kind in kinds.BY_LIST.items():
        assert kind.key in SCREENS, kind.key
        page = _show(window, list_key)
        qtbot.waitUntil(lambda p=page: p.row_count() > 0)
        assert window.count_label.text()  # the status bar counts it
        page.view.selectRow(0)
        record_id = page.current_record_id()
        assert record_id is not None
        before = set(_windows())
        window.commands.open.trigger()
        opened = [w for w in _windows() if w not in before]
        assert len(opened) == 1, list_key
        dialog = opened[0]
        assert dialog.entity == kind.key
        assert dialog.windowTitle().startswith(kind.label)
        dialog.close()

        target = tmp_path / f"{list_key}.xlsx"
        ExportService(demo).export(list_key, None, None, target)
        rows = list(load_workbook(target, read_only=True).active.iter_rows(values_only=True))
        assert len(rows) > 1, list_key

        if kind.searchable:
            record = kind.service(demo).get(record_id)
            words = kind.title(record).split()
            hits = search(demo, " ".join(words[:2]), limit=50)
            assert (kind.key, record_id) in {(h.entity, h.entity_id) for h in hits}


@pytest.mark.parametrize("key", [k for k, v in kinds.KINDS.items() if v.list_key is None])
def test_every_kind_without_a_list_opens_in_a_record_window(qtbot, demo: Database, key: str):
    kind = kinds.kind(key)
    with demo.read() as session:
        record_id = session.scalar(select(kind.model.id).limit(1))  # type: ignore[attr-defined]
        organisation_id = session.scalar(select(Organisation.id).limit(1))
    if record_id is None and key == "funding_application":  # the small demo has none
        record_id = kind.service(demo).create(
            organisation_id=organisation_id, programme="Integration vor Ort", status="geplant"
        ).id
    assert record_id is not None
    dialog = open_record_dialog(None, demo, key, record_id)
    assert dialog.windowTitle().startswith(kind.label)
    assert dialog.record is not None and dialog.record.id == record_id
    dialog.close()


def test_a_record_saved_in_its_window_appears_in_the_open_list(qtbot, window: MainWindow):
    page = _show(window, "events")
    qtbot.waitUntil(lambda: page.row_count() > 0)
    before = page.row_count()
    window.commands.new.trigger()
    dialog = next(w for w in _windows() if w.record_id is None)
    import datetime as dt

    form = dialog.form
    form.editors["title"].set_value("Sprachcafé am Markt")
    form.editors["starts_at"].set_value(dt.datetime(2027, 2, 1, 18, 0))
    assert dialog.save()
    qtbot.waitUntil(lambda: page.row_count() == before + 1)


def test_a_change_written_in_the_background_reaches_the_list(qtbot, window: MainWindow, demo):
    from servicestelle.services.volunteers import VolunteerService

    page = _show(window, "volunteers")
    qtbot.waitUntil(lambda: page.row_count() > 0)
    before = page.row_count()
    task = Task(lambda _p, _c: VolunteerService(demo).create(last_name="Hintergrund"), window)
    task.start()
    qtbot.waitUntil(lambda: not task.running)
    qtbot.waitUntil(lambda: page.row_count() == before + 1)


def test_a_list_not_on_screen_is_refreshed_when_shown(qtbot, window: MainWindow, demo):
    from servicestelle.services.organisations import OrganisationService

    organisations = _show(window, "organisations")
    qtbot.waitUntil(lambda: organisations.row_count() > 0)
    before = organisations.row_count()
    _show(window, "volunteers")
    OrganisationService(demo).create(name="Neuer Verein", kind="mso")
    assert organisations.row_count() == before  # not on screen: not loaded yet
    _show(window, "organisations")
    qtbot.waitUntil(lambda: organisations.row_count() == before + 1)


def _new_record(db: Database, key: str) -> None:
    """One new record of the list ``key``, written the way another window would."""
    import datetime as dt

    from servicestelle.services.events import EventService
    from servicestelle.services.newcomers import NewcomerService
    from servicestelle.services.organisations import OrganisationService
    from servicestelle.services.pairings import PairingService
    from servicestelle.services.requests import HelpRequestService
    from servicestelle.services.volunteers import VolunteerService

    if key == "volunteers":
        VolunteerService(db).create(last_name="Neu", first_name="Nora")
    elif key == "newcomers":
        NewcomerService(db).create(last_name="Neu", kind="person")
    elif key == "pairings":
        volunteer = VolunteerService(db).create(last_name="Neu", status="aktiv")
        newcomer = NewcomerService(db).create(last_name="Neu", kind="person")
        PairingService(db).propose(volunteer.id, newcomer.id)
    elif key == "requests":
        HelpRequestService(db).create(title="Neue Anfrage")
    elif key == "organisations":
        OrganisationService(db).create(name="Neuer Verein", kind="mso")
    elif key == "events":
        EventService(db).create(title="Neues Treffen", starts_at=dt.datetime(2027, 3, 1, 18))
    else:
        raise AssertionError(f"keine Art, neue Einträge zu schreiben: {key}")


@pytest.mark.parametrize(
    "key", ["volunteers", "newcomers", "pairings", "requests", "organisations", "events"]
)
def test_a_new_record_of_each_list_appears_in_its_open_list_at_once(
    qtbot, window: MainWindow, demo: Database, key: str
):
    page = _show(window, key)
    qtbot.waitUntil(lambda: page.row_count() > 0)
    before = page.row_count()
    _new_record(demo, key)
    qtbot.waitUntil(lambda: page.row_count() == before + 1)
