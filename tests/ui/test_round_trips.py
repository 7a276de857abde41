"""Round trips over the network per screen action, on a real PostgreSQL server.

Every request the program sends and waits for costs one network round trip: 0.1 ms on
the same machine, 4 ms in a city's LAN, 40 ms over a VPN from home. The program reaches
the server through a counting proxy (``tests.wire``), and each screen action a member
of staff does is held to a budget, so that a screen that starts asking once per tab or
per row again fails here instead of on a slow line:

- a list page with its count: at most 4 round trips;
- a record window, each kind: at most 6;
- a save from the record window with its reload: at most 8;
- the Wiedervorlage page: at most 6.

Statements are counted too (each is one round trip at least, unless several are sent
together in the driver's pipeline mode, which SQLAlchemy does not see). Background work
is waited for before and after each action, so the counts do not depend on timing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import event, select
from sqlalchemy.engine import make_url

from servicestelle import models as m
from servicestelle.db import Database, open_database
from servicestelle.demo import generate
from tests.conftest import USER, drop_pg_database, new_pg_database
from tests.scenarios import driver as d
from tests.wire import WireProxy
from ui.changes import release_bus
from ui.forms.form_dialog import FormDialog, open_record_dialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.postgresql

LIST_PAGE = 4
RECORD_WINDOW = 6
SAVE = 8
# The Wiedervorlage gathers nine kinds of due things (check-ins, requests, consents,
# clearances, charity notices, contact notes, own reminders …): asked together in one
# round trip on a server, then the names of the ones shown.
FOLLOW_UPS = 6


@dataclass
class Wire:
    proxy: WireProxy
    statements: list[str]

    def measure(self, qtbot, action: Callable[[], object]) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        """(round trips, statements) of ``action`` and of what it set going."""
        settle(qtbot)
        trips, said = self.proxy.round_trips, len(self.statements)
        action()
        settle(qtbot)
        return self.proxy.round_trips - trips, len(self.statements) - said


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let queued signals run and background work end (twice: one may start another)."""
    for _ in range(2):
        qtbot.wait(50)
        QThreadPool.globalInstance().waitForDone(10_000)
        QApplication.processEvents()


@pytest.fixture(scope="module")
def demo_server(pg_server: str, pg_template: str) -> Iterator[str]:
    """A server database with the demo data of a small office."""
    url = new_pg_database(pg_server, pg_template)
    setup = open_database(url, user=USER)
    try:
        generate(setup, 40, seed=3)
    finally:
        setup.dispose()
    yield url
    drop_pg_database(pg_server, url)


@pytest.fixture
def wired(demo_server: str) -> Iterator[tuple[Database, Wire]]:
    """The program's database reached through the counting proxy."""
    address = make_url(demo_server)
    proxy = WireProxy(address.host or "127.0.0.1", int(address.port or 5432))
    db = open_database(proxy.url_for(demo_server), user=USER)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda _c, _k, sql, *_rest: statements.append(sql))
    yield db, Wire(proxy, statements)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, FormDialog) and widget.isVisible():
            widget.form.load(widget.record)  # nothing unsaved: no question on close
            widget.close()
    release_bus(db)
    db.dispose()
    proxy.close()


def main_window(qtbot, db: Database, tmp_path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "fenster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_table(window: MainWindow) -> QTableView:
    return next(t for t in window.findChildren(QTableView) if d.visible(t))


def test_a_list_page_with_its_count(qtbot, wired, tmp_path):
    db, wire = wired
    window = main_window(qtbot, db, tmp_path)
    d.go_to(window, "Ehrenamtliche")
    trips, statements = wire.measure(qtbot, lambda: QTest.keyClick(window, Qt.Key.Key_F5))
    assert trips <= LIST_PAGE and statements <= LIST_PAGE
    assert shown_table(window).model().rowCount() > 0
    # A page seen for the first time: its filter bar's lists are known already.
    trips, statements = wire.measure(qtbot, lambda: d.go_to(window, "Hilfsanfragen"))
    assert trips <= LIST_PAGE, trips


def test_the_wiedervorlage_page(qtbot, wired, tmp_path):
    db, wire = wired
    window = main_window(qtbot, db, tmp_path)
    trips, statements = wire.measure(qtbot, lambda: d.go_to(window, "Wiedervorlage"))
    assert trips <= FOLLOW_UPS, [bytes(x[:50]) for x in wire.proxy.said[-trips:]]
    assert statements <= FOLLOW_UPS


KINDS = {
    "volunteer": m.Volunteer,
    "newcomer": m.Newcomer,
    "help_request": m.HelpRequest,
    "pairing": m.Pairing,
    "organisation": m.Organisation,
    "event": m.Event,
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_record_window_of_each_kind(qtbot, wired, tmp_path, kind):
    db, wire = wired
    window = main_window(qtbot, db, tmp_path)  # its lists are read once at the start
    with db.read() as session:
        record_id = session.scalar(select(KINDS[kind].id).order_by(KINDS[kind].id).limit(1))
    opened: list[FormDialog] = []
    trips, statements = wire.measure(
        qtbot, lambda: opened.append(open_record_dialog(window, db, kind, record_id))
    )
    assert opened[0].isVisible() and opened[0].record.id == record_id
    assert trips <= RECORD_WINDOW, (kind, trips)
    assert statements <= RECORD_WINDOW


def test_opening_from_the_list_and_saving_with_the_reload(qtbot, wired, tmp_path):
    db, wire = wired
    window = main_window(qtbot, db, tmp_path)
    d.go_to(window, "Ehrenamtliche")
    settle(qtbot)
    trips, _statements = wire.measure(qtbot, lambda: d.double_click_row(shown_table(window), 0))
    assert trips <= RECORD_WINDOW
    opened = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, FormDialog) and w.isVisible())
    record_id = opened.record.id
    opened.close()
    window.close()  # the save alone: the list's refresh is counted above
    settle(qtbot)
    dialog = open_record_dialog(None, db, "volunteer", record_id)
    settle(qtbot)
    d.fill(dialog, "Telefon", "0385 555 1234")
    trips, statements = wire.measure(qtbot, lambda: d.click(dialog, "Speichern"))
    assert trips <= SAVE and statements <= SAVE, wire.proxy.said[-trips:]
    with db.read() as session:
        stored = session.get(m.Volunteer, dialog.record.id)
        assert stored is not None and stored.phone and "555" in stored.phone
    assert "555" in d.field(dialog, "Telefon").text()  # the window shows what is stored
    # Another tab is filled when it is first shown: one question of its own.
    trips, _statements = wire.measure(qtbot, lambda: d.tab(dialog, "Stunden"))
    assert trips <= 3


def test_a_list_over_the_network_loads_while_the_window_answers(qtbot, wired, tmp_path):
    """F5 on a server: the count and the rows are asked in the background; the window
    handles events meanwhile and shows the rows when they arrive."""
    db, _wire = wired
    window = main_window(qtbot, db, tmp_path)
    d.go_to(window, "Ehrenamtliche")
    settle(qtbot)
    page = window.current_list()
    assert page is not None
    shown = page.row_count()
    assert shown > 0
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert page.model.loading  # asked, not waited for: the click has returned
    assert page.row_count() == shown  # the rows seen so far stay until the new ones come
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10_000)
    assert page.row_count() == shown
    d.fill(window, "Liste filtern", "zzzz-niemand")
    qtbot.waitUntil(lambda: not page.model.loading and page.row_count() == 0, timeout=10_000)


def test_a_save_over_the_network_leaves_the_window_answering(qtbot, wired, tmp_path):
    """While a save travels, the record window is disabled (nothing is clicked twice)
    and the program handles events; the stored record is shown after."""
    from PySide6.QtCore import QTimer

    db, wire = wired
    window = main_window(qtbot, db, tmp_path)
    with db.read() as session:
        record_id = session.scalar(select(m.Volunteer.id).order_by(m.Volunteer.id).limit(1))
    dialog = open_record_dialog(window, db, "volunteer", record_id)
    settle(qtbot)
    d.fill(dialog, "Telefon", "0385 444 1234")
    seen: list[bool] = []

    def meanwhile() -> None:  # runs only if the event loop turns during the save
        seen.append(dialog.isEnabled())
        wire.proxy.line_open.set()

    wire.proxy.line_open.clear()  # the server's answer waits for the timer above
    QTimer.singleShot(0, meanwhile)
    d.click(dialog, "Speichern")
    assert seen == [False]
    assert dialog.isEnabled() and "444" in d.field(dialog, "Telefon").text()
    with db.read() as session:
        assert "444" in (session.get(m.Volunteer, record_id).phone or "")


def test_closing_a_new_record_while_it_is_saved_stores_it_once(qtbot, wired, tmp_path):
    """The window's close button (or a second save) during a save over the network is
    held back until the server has answered: one record, then the window closes."""
    from PySide6.QtCore import QTimer

    db, wire = wired
    window = main_window(qtbot, db, tmp_path)
    dialog = open_record_dialog(window, db, "volunteer")
    settle(qtbot)
    d.fill(dialog, "Nachname", "Zwischenzeit")
    seen: list[object] = []

    def meanwhile() -> None:
        dialog.close()  # the title bar's ×
        seen.append(dialog.save())  # and a second save
        seen.append(dialog.isVisible())
        wire.proxy.line_open.set()

    wire.proxy.line_open.clear()
    QTimer.singleShot(0, meanwhile)
    d.click(dialog, "Speichern")
    assert seen == [False, True]  # nothing stored twice, the window still there
    import shiboken6

    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    with db.read() as session:
        stored = session.scalars(
            select(m.Volunteer.id).where(m.Volunteer.last_name == "Zwischenzeit")
        ).all()
    assert len(stored) == 1


def test_tabs_not_filled_yet_never_look_empty(qtbot, wired, tmp_path):
    """On a server the other tabs are filled when first shown; until then they show
    the count the record brought (consents, clearances) or »(…)«, never the bare title
    of an empty tab."""
    from servicestelle.services.consents import ConsentService
    from servicestelle.services.volunteers import VolunteerService

    db, wire = wired
    window = main_window(qtbot, db, tmp_path)
    anna = VolunteerService(db).create(first_name="Anna", last_name="Tabs", status="aktiv")
    for day in ("2024-01-05", "2025-02-06"):
        ConsentService(db).give("volunteer", anna.id, given_on=day)
    dialog = open_record_dialog(window, db, "volunteer", anna.id)
    settle(qtbot)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Einwilligungen (2)" in titles
    assert "Stunden (…)" in titles and "Kontakte (…)" in titles
    d.tab(dialog, "Stunden")
    settle(qtbot)
    assert "Stunden" in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
