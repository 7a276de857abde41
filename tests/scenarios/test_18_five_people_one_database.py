"""Scenario 18, five people, one database: the Fachstelle's staff work on one PostgreSQL
server that IT set up with one command, each with their own login. The funding officer
sees the funding applications but no police clearances; the coordinator sees them; the
head sees the figures. A pairing that a colleague starts appears in Frau R.'s open list
within seconds, without F5 — two program windows on two logins, side by side."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget

from servicestelle.actor import Role
from servicestelle.db import Database
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.organisations import FundingService, OrganisationService
from servicestelle.services.pairings import PairingService
from servicestelle.services.volunteers import VolunteerService
from tests.conftest import drop_pg_database, new_pg_database
from tests.scenarios import driver as d
from tests.scenarios.answers import ModalAnswer, record_warnings
from tests.unit.test_server_roles import Logins
from ui.changes import release_bus
from ui.forms.form_dialog import FormDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.postgresql


@pytest.fixture
def office(pg_server: str) -> Iterator[Logins]:
    """The server as IT leaves it: »servicestelle server setup« run once, as typed."""
    url = new_pg_database(pg_server, None)
    done = subprocess.run(
        [sys.executable, "-m", "servicestelle", "--db", url, "server", "setup"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    made = Logins(url)
    yield made
    made.remove_all()
    drop_pg_database(pg_server, url)


def the_office_data(logins: Logins) -> dict[str, int]:
    """What the office had before: a volunteer with a police clearance, a newcomer, a
    proposed pairing, an MSO with a funding application (entered by the head)."""
    head = logins.open(Role.LEITUNG, "Frau Leitung")
    try:
        volunteers = VolunteerService(head)
        anna = volunteers.create(first_name="Anna", last_name="Berger", status="aktiv")
        volunteers.add_clearance(anna.id, issued_on="2026-01-10", seen_on="2026-01-12")
        family = NewcomerService(head).create(last_name="Kovalenko", kind="haushalt")
        pairing = PairingService(head).propose(anna.id, family.id)
        mso = OrganisationService(head).create(name="Syrischer Frauenverein", kind="mso")
        FundingService(head).create(
            organisation_id=mso.id, programme="Integrationsfonds", status="beantragt"
        )
        return {"anna": anna.id, "pairing": pairing.id, "mso": mso.id}
    finally:
        head.dispose()


def open_window(qtbot, db: Database, tmp_path, name: str) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def areas(window: MainWindow) -> list[str]:
    return [
        window.navigation.item(i).text().split(" (")[0] for i in range(window.navigation.count())
    ]


def table_texts(tab: QWidget) -> str:
    """Every cell of the tables shown on a tab of a record window."""
    cells = []
    for table in tab.findChildren(QTableWidget):
        if d.visible(table):
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    cells.append(item.text() if item is not None else "")
    return " | ".join(cells)


def close(window: MainWindow, db: Database) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, FormDialog) and widget.isVisible():
            widget.close()
    window.close()
    release_bus(db)
    db.dispose()


def test_each_sees_what_the_role_allows_and_a_started_pairing_appears_without_f5(
    qtbot, office: Logins, tmp_path, monkeypatch
):
    ids = the_office_data(office)
    warnings = record_warnings(monkeypatch)  # (a refusal would show here, not hang)

    # The funding officer: the MSO's funding application, no police clearances.
    funding = office.open(Role.FOERDERUNG, "Herr Förderung")
    window = open_window(qtbot, funding, tmp_path, "foerderung")
    try:
        assert "Organisationen & MSO" in areas(window)
        d.go_to(window, "Organisationen & MSO")
        page = window.current_list()
        qtbot.waitUntil(lambda: page.row_count() == 1)
        mso = d.opened(FormDialog, lambda: d.double_click_row(page.view, 0))
        applications = d.tab(mso, "Förderanträge")
        assert "Integrationsfonds" in table_texts(applications)
        tabs = [mso.tabs.tabText(i) for i in range(mso.tabs.count())]
        assert "Kontakte" not in tabs, tabs  # notes are not the funding officer's
        assert "Wiedervorlage" not in areas(window)
        # A volunteer's window: no police clearance tab (nor notes) for her role.
        d.go_to(window, "Ehrenamtliche")
        people = window.current_list()
        qtbot.waitUntil(lambda: people.row_count() == 1)
        anna = d.opened(FormDialog, lambda: d.double_click_row(people.view, 0))
        assert not warnings, warnings
        tabs = [anna.tabs.tabText(i) for i in range(anna.tabs.count())]
        assert "Führungszeugnis" not in tabs and "Kontakte" not in tabs, tabs
    finally:
        close(window, funding)

    # Frau R. (coordination) has the pairings open; her colleague starts one.
    mine = office.open(Role.KOORDINATION, "Frau R.")
    theirs = office.open(Role.KOORDINATION, "Herr B.")
    window = open_window(qtbot, mine, tmp_path, "frau_r")
    colleague = open_window(qtbot, theirs, tmp_path, "herr_b")
    try:
        d.go_to(window, "Patenschaften")
        page = window.current_list()
        qtbot.waitUntil(lambda: page.row_count() == 1)
        status = page.model.column_of("status")
        assert page.model.index(0, status).data() == "vorgeschlagen"

        d.go_to(colleague, "Patenschaften")
        other = colleague.current_list()
        qtbot.waitUntil(lambda: other.row_count() == 1)
        pairing = d.opened(FormDialog, lambda: d.double_click_row(other.view, 0))
        answer = ModalAnswer("Starten")  # the day it began: today, as offered
        d.click(pairing, "Starten")
        answer.check()

        # Her list follows within seconds, without F5.
        qtbot.waitUntil(lambda: page.model.index(0, status).data() == "aktiv", timeout=10000)

        # The coordinator sees the police clearance in the volunteer's window.
        d.go_to(window, "Ehrenamtliche")
        people = window.current_list()
        qtbot.waitUntil(lambda: people.row_count() == 1)
        anna = d.opened(FormDialog, lambda: d.double_click_row(people.view, 0))
        clearances = d.tab(anna, "Führungszeugnis")
        assert "10.01.2026" in table_texts(clearances)
    finally:
        close(colleague, theirs)
        close(window, mine)

    # The head sees the figures.
    head = office.open(Role.LEITUNG, "Frau Leitung")
    window = open_window(qtbot, head, tmp_path, "leitung")
    try:
        assert "Übersicht" in areas(window)
        d.go_to(window, "Übersicht")
    finally:
        close(window, head)
    assert PairingService(office.open(Role.LEITUNG)).get(ids["pairing"]).status.value == "aktiv"
