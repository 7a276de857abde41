"""Scenario 5b, an own Wiedervorlage: Frau R. (the staff member at the desk) has agreed
with Anna Müller to ask for her proof of the training course in ten days. From Anna's
record window she adds »Neue Wiedervorlage…«, finds it in the Wiedervorlage under
»nächste 4 Wochen« with »nur meine«, and marks it done once she has the proof. A colleague's
reminder in three months (the proof of use of a grant) shows only under »alle
kommenden«."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from servicestelle import models as m
from servicestelle.db import Database
from servicestelle.services.followups_reminders import ReminderService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.test_05_monday_follow_ups import (
    click_row,
    close_window,
    item_rows,
    navigation_text,
    row_of,
    rows,
)
from ui.forms.form_dialog import FormDialog
from ui.pages.followups import FollowUpPage

TODAY = dt.date.today()
DUE = TODAY + dt.timedelta(days=10)
GRANT = TODAY + dt.timedelta(days=90)
TEXT = "Nachweis Schulung Erste Hilfe erbitten"


def the_office(db: Database) -> None:
    VolunteerService(db).create(first_name="Anna", last_name="Müller", status="aktiv")
    ReminderService(db).create(GRANT, "Verwendungsnachweis Kulturverein prüfen", "Herr Kaya")


def loaded(qtbot, page: FollowUpPage) -> None:
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running)
    qtbot.wait(20)


def test_she_adds_a_reminder_in_the_record_window_and_works_it_off(
    qtbot, office_window, sqlite_db: Database
):
    the_office(sqlite_db)
    window = office_window
    user = sqlite_db.user

    # From Anna's record window: »Neue Wiedervorlage…« with a day, a text, herself.
    d.go_to(window, "Ehrenamtliche")
    listing = window.current_list()
    names = d.table_texts(listing.view, 0)
    d.double_click_row(listing.view, [n.startswith("Müller") for n in names].index(True))
    anna = d.active_dialog(FormDialog)

    def fill_in(box: QWidget) -> None:
        d.fill(box, "Fällig am", DUE.strftime("%d.%m.%Y"))
        d.fill(box, "Worum es geht", TEXT)
        assert d.field(box, "Zuständig").currentText() == user

    d.answer_next("Anlegen", then=fill_in)
    d.click(anna, "Neue Wiedervorlage…")
    close_window(anna)

    # The Wiedervorlage of this week has nothing of hers; the next four weeks do.
    d.go_to(window, "Wiedervorlage")
    page = window.current_page()
    assert isinstance(page, FollowUpPage)
    loaded(qtbot, page)
    assert TEXT not in [reason for _k, _t, reason in rows(page)]
    d.choose(d.field(page, "Zeitraum"), "nächste 4 Wochen")
    loaded(qtbot, page)
    d.click(page, "nur meine")
    loaded(qtbot, page)
    assert rows(page) == [("Eigene Wiedervorlage", "Müller, Anna", TEXT)]
    assert page.summary.text().startswith("1 Punkt · nächste 4 Wochen"), page.summary.text()

    # The colleague's reminder in three months: only under »alle kommenden«, for all.
    d.click(page, "nur meine")  # everyone's again
    loaded(qtbot, page)
    assert "Verwendungsnachweis Kulturverein prüfen" not in [r for _k, _t, r in rows(page)]
    d.choose(d.field(page, "Zeitraum"), "alle kommenden")
    loaded(qtbot, page)
    assert ("Eigene Wiedervorlage", "–", "Verwendungsnachweis Kulturverein prüfen") in rows(page)

    # Anna sent the proof: she opens the record from the list, then marks it done.
    d.choose(d.field(page, "Zeitraum"), "nächste 4 Wochen")
    d.click(page, "nur meine")
    loaded(qtbot, page)
    d.double_click_row(page.table, row_of(page, "Müller, Anna"), 2)
    record = d.active_dialog(FormDialog)
    assert record.windowTitle().startswith("Ehrenamtliche*r: Müller, Anna")
    close_window(record)
    click_row(page.table, row_of(page, "Müller, Anna"), 2)
    d.click(page, "Erledigt")
    qtbot.waitUntil(lambda: item_rows(page) == 0 and not page.task.running)
    assert page.empty.isVisibleTo(page)
    assert navigation_text(window, "Wiedervorlage") == "Wiedervorlage"  # nothing due today

    with sqlite_db.read() as session:
        stored = session.execute(
            select(
                m.Reminder.due_on, m.Reminder.entity, m.Reminder.staff, m.Reminder.done_on
            ).where(m.Reminder.text == TEXT)
        ).one()
    assert tuple(stored) == (DUE, "volunteer", user, TODAY)
