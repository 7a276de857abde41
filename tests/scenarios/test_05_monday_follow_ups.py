"""Scenario 5, Monday follow-ups: the Wiedervorlage shows two pairings without contact
for more than 30 days, a police clearance that runs out next month, a help request open
for three weeks and an MSO whose Gemeinnützigkeit notice runs out. Frau R. works
through the list: each item opens its record; she phones one pairing and notes the
call, marks the other as asked, moves the clearance and the request on and marks the
MSO as done, until nothing is due."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QListWidget, QTableWidget, QWidget
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.dates import add_months, add_years
from servicestelle.db import Database
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.pairings import PairingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import click_menu_entry
from ui.forms.form_dialog import FormDialog
from ui.pages.followups import FollowUpPage

TODAY = dt.date.today()
EXPIRES = add_months(TODAY, 1).replace(day=15)  # the clearance runs out next month
CHARITY_UNTIL = TODAY + dt.timedelta(days=45)


def _day(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


# -- generic helpers (candidates for driver.py) ------------------------------------------


def click_row(table: QTableWidget, row: int, column: int = 0) -> None:
    """Click a row of a table (selects it)."""
    index = table.model().index(row, column)
    table.scrollTo(index)
    point = table.visualRect(index).center()
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )


def navigation_text(window: object, area: str) -> str:
    """The text of an area in the navigation, with its count."""
    navigation = window.findChild(QListWidget, "Navigation")  # type: ignore[attr-defined]
    for row in range(navigation.count()):
        text = navigation.item(row).text()
        if text == area or text.startswith(area + " ("):
            return str(text)
    raise AssertionError(f"kein Bereich »{area}«")


def form_window(title: str) -> FormDialog:
    found = [
        w
        for w in d.windows()
        if isinstance(w, FormDialog) and w.windowTitle().removesuffix("[*]").startswith(title)
    ]
    assert found, f"kein Fenster »{title}…«: {[w.windowTitle() for w in d.windows()]}"
    return found[-1]


def close_window(window: QWidget) -> None:
    d.click(window, "Schließen")
    assert not window.isVisible()


# -- before the scenario ---------------------------------------------------------------------


def last_weeks(db: Database) -> None:
    """What the office's records say on Monday morning."""
    volunteers = VolunteerService(db)
    anna = volunteers.create(first_name="Anna", last_name="Müller", status="aktiv")
    jens = volunteers.create(first_name="Jens", last_name="Carstens", status="aktiv")
    olga = volunteers.create(first_name="Olga", last_name="Baranowa", status="aktiv")
    # Olga's clearance was issued five years before it runs out next month.
    issued = add_years(EXPIRES, -5)
    seen = issued + dt.timedelta(days=9)
    volunteers.add_clearance(olga.id, issued.isoformat(), seen.isoformat())

    newcomers = NewcomerService(db)
    amira = newcomers.create(first_name="Amira", last_name="Haddad")
    oksana = newcomers.create(first_name="Oksana", last_name="Kovalenko")
    pairings = PairingService(db)
    first = pairings.propose(anna.id, amira.id, proposed_on=TODAY - dt.timedelta(days=95))
    pairings.start(first.id, first.version, on=TODAY - dt.timedelta(days=90))
    ContactNoteService(db).add(
        "pairing",
        first.id,
        noted_on=TODAY - dt.timedelta(days=40),
        subject="Elterngespräch in der Schule begleitet",
    )
    second = pairings.propose(jens.id, oksana.id, proposed_on=TODAY - dt.timedelta(days=40))
    pairings.start(second.id, second.version, on=TODAY - dt.timedelta(days=35))

    HelpRequestService(db).create(
        title="Begleitung zum Jobcenter",
        received_on=(TODAY - dt.timedelta(days=21)).isoformat(),
        newcomer_id=oksana.id,
    )
    OrganisationService(db).create(
        name="Afghanischer Kulturverein",
        kind="mso",
        founding_stage="eingetragen",
        charity_notice_on=add_years(CHARITY_UNTIL, -3).isoformat(),
        charity_notice_until=CHARITY_UNTIL.isoformat(),
    )


# -- the scenario --------------------------------------------------------------------------

PAIRING_1 = "Müller, Anna – Haddad, Amira"
PAIRING_2 = "Carstens, Jens – Kovalenko, Oksana"


def rows(page: FollowUpPage) -> list[tuple[str, str, str]]:
    """(Art, Eintrag, Worum es geht) of each row, as shown: the kind is the heading of
    the group the row is in (»Patenschaft nachfragen (2)«)."""
    shown, group = [], ""
    table = page.table
    for r in range(table.rowCount()):
        if table.columnSpan(r, 0) > 1:
            group = table.item(r, 0).text().rsplit(" (", 1)[0]
            continue
        shown.append((group, table.item(r, 2).text(), table.item(r, 3).text()))
    return shown


def item_rows(page: FollowUpPage) -> int:
    """How many follow-ups the table shows (group headings not counted)."""
    return sum(1 for r in range(page.table.rowCount()) if page.table.columnSpan(r, 0) == 1)


def row_of(page: FollowUpPage, title: str) -> int:
    titles = [
        page.table.item(r, 2).text() if page.table.columnSpan(r, 0) == 1 else ""
        for r in range(page.table.rowCount())
    ]
    assert title in titles, titles
    return titles.index(title)


def test_monday_she_works_through_the_wiedervorlage(qtbot, office_window, sqlite_db: Database):
    last_weeks(sqlite_db)
    window = office_window

    # Five points are due: the navigation says so before she looks.
    qtbot.waitUntil(lambda: navigation_text(window, "Wiedervorlage") == "Wiedervorlage (5)")
    d.go_to(window, "Wiedervorlage")
    page = window.current_page()
    assert isinstance(page, FollowUpPage)
    qtbot.waitUntil(
        lambda: item_rows(page) == 5 and page.task is not None and not page.task.running
    )
    assert page.summary.text().startswith("5 Punkte · diese Woche"), page.summary.text()
    shown = rows(page)
    assert sorted(shown) == sorted(
        [
            ("Patenschaft nachfragen", PAIRING_1, "seit 40 Tagen kein Kontakt vermerkt"),
            ("Patenschaft nachfragen", PAIRING_2, "seit 35 Tagen kein Kontakt vermerkt"),
            ("Führungszeugnis läuft ab", "Baranowa, Olga", f"gültig bis {_day(EXPIRES)}"),
            ("Hilfsanfrage lange offen", "Begleitung zum Jobcenter", "seit 21 Tagen offen"),
            (
                "Gemeinnützigkeit läuft ab",
                "Afghanischer Kulturverein",
                f"Bescheid gültig bis {_day(CHARITY_UNTIL)}",
            ),
        ]
    ), shown

    # 1. The pairing with no note for 40 days: she opens it (double-click), phones the
    #    volunteer and notes the call in the pairing's contacts.
    d.double_click_row(page.table, row_of(page, PAIRING_1), 2)
    pairing = form_window(f"Patenschaft: {PAIRING_1}")
    d.tab(pairing, "Kontakte")

    def note_the_call(box: QWidget) -> None:
        d.choose(d.field(box, "Weg"), "Telefon")
        d.fill(box, "Betreff", "Angerufen: Zeugnisgespräch läuft gut")

    d.answer_next("Eintragen", then=note_the_call)
    d.click(pairing, "Kontakt eintragen…")
    close_window(pairing)
    # The note of today takes the pairing off the list.
    qtbot.waitUntil(lambda: PAIRING_1 not in [t for _k, t, _r in rows(page)])
    assert item_rows(page) == 4

    # 2. The other pairing: opened with »Öffnen«, then »Erledigt« (asked today).
    click_row(page.table, row_of(page, PAIRING_2), 2)
    d.click(page, "Öffnen")
    other = form_window(f"Patenschaft: {PAIRING_2}")
    close_window(other)
    click_row(page.table, row_of(page, PAIRING_2), 2)
    d.click(page, "Erledigt")
    qtbot.waitUntil(lambda: item_rows(page) == 3)

    # 3. The clearance: she opens Olga's record, sees when it runs out, and moves the
    #    reminder on by two weeks (she will ask for a new one at the next meeting).
    click_row(page.table, row_of(page, "Baranowa, Olga"), 2)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    olga = form_window("Ehrenamtliche*r: Baranowa, Olga")
    clearance = d.tab(olga, "Führungszeugnis")
    said = [label.text() for label in clearance.findChildren(QLabel) if d.visible(label)]
    assert any(f"Gültiges Führungszeugnis</b> bis {_day(EXPIRES)}" in t for t in said), said
    close_window(olga)
    click_row(page.table, row_of(page, "Baranowa, Olga"), 2)
    click_menu_entry(page, "Verschieben", "um 2 Wochen")
    qtbot.waitUntil(lambda: item_rows(page) == 2)

    # 4. The request open for three weeks: opened, then moved on to a chosen day
    #    (the day offered, one week ahead).
    click_row(page.table, row_of(page, "Begleitung zum Jobcenter"), 2)
    d.click(page, "Öffnen")
    request = form_window("Hilfsanfrage: Begleitung zum Jobcenter")
    close_window(request)
    click_row(page.table, row_of(page, "Begleitung zum Jobcenter"), 2)
    d.answer_next("OK")
    click_menu_entry(page, "Verschieben", "auf ein Datum …")
    qtbot.waitUntil(lambda: item_rows(page) == 1)

    # 5. The MSO: the notice's end is in its record; the association has applied for a
    #    new notice, so she marks the point done.
    click_row(page.table, row_of(page, "Afghanischer Kulturverein"), 2)
    d.click(page, "Öffnen")
    mso = form_window("Organisation: Afghanischer Kulturverein")
    assert d.field(mso, "Gemeinnützigkeit: gültig bis").text() == _day(CHARITY_UNTIL)
    close_window(mso)
    click_row(page.table, row_of(page, "Afghanischer Kulturverein"), 2)
    d.click(page, "Erledigt")
    qtbot.waitUntil(lambda: item_rows(page) == 0)

    # Nothing is due any more: the page says so, and so does the navigation.
    assert page.empty.isVisibleTo(page), page.summary.text()
    qtbot.waitUntil(lambda: navigation_text(window, "Wiedervorlage") == "Wiedervorlage")

    # -- what was stored
    notes = ContactNoteService(sqlite_db)
    called = notes.for_record("pairing", 1)[0]
    assert (called.noted_on, called.subject) == (TODAY, "Angerufen: Zeugnisgespräch läuft gut")
    assert called.channel.label == "Telefon"
    asked = notes.for_record("pairing", 2)
    assert [(n.noted_on, n.subject) for n in asked] == [(TODAY, "Nachgefragt (Wiedervorlage)")]
    with sqlite_db.read() as session:
        moved = {
            key.split(":")[0]: until
            for key, until in session.execute(select(m.FollowUpSnooze.key, m.FollowUpSnooze.until))
        }
    assert moved == {
        "clearance": TODAY + dt.timedelta(days=14),
        "request": TODAY + dt.timedelta(days=7),
        "charity": None,
    }
