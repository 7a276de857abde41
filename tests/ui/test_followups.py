"""The Wiedervorlage page: due items listed, opened, done and postponed; the count in
the navigation."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from servicestelle.db import Database
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.pairings import PairingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from ui.pages.followups import FollowUpPage

TODAY = dt.date.today()


@pytest.fixture
def due(sqlite_db: Database) -> Database:
    volunteer = VolunteerService(sqlite_db).create(last_name="Müller", first_name="Anna",
                                                   status="aktiv")
    newcomer = NewcomerService(sqlite_db).create(last_name="Haddad", first_name="Amira")
    pairings = PairingService(sqlite_db)
    pairing = pairings.propose(volunteer.id, newcomer.id,
                               proposed_on=TODAY - dt.timedelta(days=45))
    pairings.start(pairing.id, pairing.version, on=TODAY - dt.timedelta(days=40))
    HelpRequestService(sqlite_db).create(
        title="Begleitung zum Jobcenter", received_on=TODAY - dt.timedelta(days=20)
    )
    ContactNoteService(sqlite_db).add(
        "volunteer", volunteer.id, noted_on=TODAY - dt.timedelta(days=3),
        subject="Rückruf wegen Schulung", follow_up_on=TODAY,
    )
    return sqlite_db


def loaded(qtbot: Any, page: FollowUpPage) -> None:
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=10000)
    qtbot.wait(10)


def titles(page: FollowUpPage) -> list[tuple[str, str]]:
    return [(i.kind_label, i.title) for i in page.shown]


def test_due_items_are_listed_and_opened(qtbot: Any, due: Database) -> None:
    page = FollowUpPage(due)
    qtbot.addWidget(page)
    counts: list[int] = []
    page.count_changed.connect(counts.append)
    loaded(qtbot, page)
    assert counts == [3]
    assert sorted(titles(page)) == [
        ("Hilfsanfrage lange offen", "Begleitung zum Jobcenter"),
        ("Patenschaft nachfragen", "Müller, Anna – Haddad, Amira"),
        ("Wiedervorlage aus Kontakt", "Müller, Anna"),
    ]
    assert page.summary.text().startswith("3 Punkte · diese Woche, davon 2 überfällig")
    states = [page.table.item(page.row_of(i), 1).text() for i in page.shown]
    assert states.count("überfällig") == 2  # told in words, not only by colour
    assert states.count("heute") == 1
    headings = [page.table.item(r, 0).text() for r, i in enumerate(page.row_items) if i is None]
    assert sorted(headings) == [  # grouped by kind, with the count of each
        "Hilfsanfrage lange offen (1)",
        "Patenschaft nachfragen (1)",
        "Wiedervorlage aus Kontakt (1)",
    ]

    page.kind.setCurrentIndex(page.kind.findData("request"))
    loaded(qtbot, page)
    assert titles(page) == [("Hilfsanfrage lange offen", "Begleitung zum Jobcenter")]
    opened: list[tuple[str, int]] = []
    page.open_requested.connect(lambda entity, rid: opened.append((entity, rid)))
    page.select_row(0)
    page.open_current()
    assert opened and opened[0][0] == "help_request"


def test_done_and_postponed_items_leave_the_list(qtbot: Any, due: Database) -> None:
    page = FollowUpPage(due)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    kinds = [i.kind for i in page.shown]

    page.select_row(kinds.index("checkin"))
    assert page.mark_done()  # a contact note of today: the next check-in counts from now
    loaded(qtbot, page)
    assert "checkin" not in [i.kind for i in page.shown]
    notes = ContactNoteService(due).for_record("pairing", 1)
    assert notes[0].subject == "Nachgefragt (Wiedervorlage)"

    page.select_row([i.kind for i in page.shown].index("note"))
    assert page.postpone_by(7)
    loaded(qtbot, page)
    assert [i.kind for i in page.shown] == ["request"]
    note = ContactNoteService(due).for_record("volunteer", 1)[0]
    assert note.follow_up_on == TODAY + dt.timedelta(days=7)

    page.select_row(0)
    assert page.mark_done()
    loaded(qtbot, page)
    assert page.shown == [] and page.empty.isVisible() is not None
    assert "Nichts fällig" in page.empty.text()


def test_postponing_into_the_past_is_refused(
    qtbot: Any, due: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    page = FollowUpPage(due)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    page.select_row(0)
    monkeypatch.setattr(page, "_ask_day", lambda: TODAY)
    assert not page.postpone_to_chosen_day()
    assert shown and "nach heute" in shown[0]


def test_the_navigation_shows_how_many_are_due(window: Any, qtbot: Any) -> None:
    ContactNoteService(window.database).add(
        "volunteer", 1, subject="Anrufen", follow_up_on=TODAY
    )
    window.count_followups()
    qtbot.waitUntil(lambda: getattr(window, "followup_count", None) == 1, timeout=10000)
    item = window.navigation.item(window._index_of("followups"))
    assert item.text() == "Wiedervorlage (1)"
