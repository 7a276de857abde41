"""Scenario 4, a pairing: a Ukrainian mother with two children in Neu Zippendorf is
paired with a volunteer for school matters. Frau R. proposes the pairing from the
family's record, starts it, writes a contact note every few weeks, pauses it over the
summer, resumes it, and ends it after ten months with »Ziel erreicht«. In between the
Wiedervorlage reminds her that a check-in is due.

The ten months are walked through on one day: every step's date is typed into its
dialog as Frau R. would enter it afterwards (the screens let each step be dated)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.enums import (
    ContactChannel,
    LanguageLevel,
    PairingEndReason,
    PairingStatus,
)
from servicestelle.services.lists import ActivityFieldService, DistrictService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.pairings import PairingService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import ModalAnswer, record_warnings, see, typed
from ui.forms.form_dialog import FormDialog

SCHOOL = "Kita und Schule"


# -- helpers that belong in driver.py ------------------------------------------------------


def wait_for_button(qtbot, window: QWidget, text: str) -> None:
    """Wait until the button ``text`` is shown (a workflow bar puts up the buttons of
    the next steps after each step)."""

    def shown() -> bool:
        try:
            d.button(window, text)
        except AssertionError:
            return False
        return True

    try:
        qtbot.waitUntil(shown, timeout=3000)
    except qtbot.TimeoutError:
        d.button(window, text)  # says which button is missing
        raise


def navigation_texts(window: QWidget) -> list[str]:
    navigation = window.findChild(QListWidget, "Navigation")
    return [navigation.item(row).text() for row in range(navigation.count())]


def row_of(table: QWidget, column: int, starts: str) -> int:
    """The row whose cell in ``column`` starts with ``starts`` (as a person reads it)."""
    texts = d.table_texts(table, column)
    rows = [r for r, text in enumerate(texts) if text.startswith(starts)]
    assert rows, f"keine Zeile »{starts}…« in {texts}"
    return rows[0]


def opened_by(act: Callable[[], None], kind: type[QWidget] = FormDialog) -> QWidget:
    """The one window of ``kind`` that ``act`` opened (``driver.active_dialog`` may pick
    another one when several are open: Qt lists top-level windows in no fixed order)."""
    before = {shiboken6.getCppPointer(w)[0] for w in d.windows()}
    act()
    new = [
        w
        for w in d.windows()
        if isinstance(w, kind) and shiboken6.getCppPointer(w)[0] not in before
    ]
    assert len(new) == 1, f"{len(new)} neue Fenster"
    return new[0]


def day(delta_days: int = 0) -> str:
    return (dt.date.today() + dt.timedelta(days=delta_days)).strftime("%d.%m.%Y")


def date(delta_days: int = 0) -> dt.date:
    return dt.date.today() + dt.timedelta(days=delta_days)


# -- what the office had before ------------------------------------------------------------


def the_family(db: Database) -> int:
    """Registered by a colleague: a Ukrainian mother with two children."""
    districts = DistrictService(db).by_name()
    return int(
        NewcomerService(db)
        .create(
            last_name="Kovalenko",
            first_name="Oksana",
            kind="haushalt",
            status="offen",
            district_id=districts["Neu Zippendorf"],
            household_size="3",
            children_count="2",
            country_of_origin="Ukraine",
            languages=[("uk", LanguageLevel.NATIVE.value), ("ru", LanguageLevel.FLUENT.value)],
        )
        .id
    )


def the_volunteer(db: Database) -> int:
    districts = DistrictService(db).by_name()
    school = ActivityFieldService(db).by_name()[SCHOOL]
    return int(
        VolunteerService(db)
        .create(
            first_name="Olga",
            last_name="Baranowa",
            status="aktiv",
            district_id=districts["Großer Dreesch"],
            languages=[("ru", "muttersprache"), ("uk", "gut"), ("de", "fliessend")],
            activity_field_ids=[school],
        )
        .id
    )


# -- the scenario ---------------------------------------------------------------------------


def step(qtbot, window: QWidget, button: str, press: str, fill: Callable[[QDialog], None]) -> str:
    """Click a step's button in the record window, fill its dialog and confirm."""
    wait_for_button(qtbot, window, button)
    answer = ModalAnswer(press, fill)
    d.click(window, button)
    answer.check()
    return answer.title


def open_the_family(qtbot, window: QWidget) -> FormDialog:
    """The family's record, from the list of newcomers."""
    d.go_to(window, "Neuzugewanderte")
    page = window.current_list()
    qtbot.waitUntil(lambda: page.row_count() == 1)
    family_window = opened_by(lambda: d.double_click_row(page.view, 0))
    assert family_window.windowTitle().startswith("Neuzugewanderte*r: Kovalenko, Oksana")
    return family_window


def propose(qtbot, family_window: FormDialog, proposed_on: int) -> FormDialog:
    """From the family's »Patenschaften« tab: a pairing with Olga for school matters."""
    d.tab(family_window, "Patenschaften")
    pairing = opened_by(lambda: d.click(family_window, "Neue Patenschaft…"))
    assert d.field(pairing, "Neuzugewanderte*r").text().startswith("Kovalenko")  # filled in
    d.pick(qtbot, pairing, "Ehrenamtliche*r", "Baran", "Baranowa, Olga")
    d.select_field(pairing, "Schwerpunkt", SCHOOL)
    d.fill(pairing, "Schwerpunkt (Text)", "Schulanmeldung und Elterngespräche der Kinder")
    d.fill(pairing, "Vorgeschlagen am", day(proposed_on))
    d.click(pairing, "Speichern")
    assert pairing.windowTitle().startswith("Patenschaft: Baranowa, Olga – Kovalenko, Oksana")
    see(qtbot, pairing, "Status: <b>vorgeschlagen</b>")
    return pairing


def close(qtbot, window: FormDialog) -> None:
    """»Schließen« on a window with nothing unsaved (no question comes up). A record
    window is deleted once the event loop turns, as it is long before a person's next
    click; wait for that, or the program would find the closed window and show it again."""
    assert not window.isWindowModified(), f"ungespeichert: {window.windowTitle()}"
    deleted = window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # cleared by close
    d.click(window, "Schließen")
    assert not window.isVisible()
    if deleted:
        qtbot.waitUntil(lambda: not shiboken6.isValid(window))


def test_a_pairing_from_proposal_to_goal_reached_with_a_check_in_reminder(
    qtbot, office_window, sqlite_db: Database, monkeypatch
):
    warnings = record_warnings(monkeypatch)
    family = the_family(sqlite_db)
    olga = the_volunteer(sqlite_db)
    window = office_window

    # Proposed about ten months ago, started ten days later.
    family_window = open_the_family(qtbot, window)
    pairing = propose(qtbot, family_window, -310)
    assert not warnings, warnings

    def started(box: QDialog) -> None:
        d.fill(box, "Begonnen am", day(-300))

    assert step(qtbot, pairing, "Starten", "Starten", started) == "Starten"
    see(qtbot, pairing, "Status: <b>aktiv</b>")

    # A contact note every few weeks.
    def note(on: int, channel: ContactChannel, subject: str, text: str) -> None:
        d.tab(pairing, "Kontakte")

        def fill(box: QDialog) -> None:
            d.fill(box, "Datum", day(on))
            d.select_field(box, "Weg", channel.label)
            d.fill(box, "Betreff", subject)
            d.fill(box, "Notiz", text)

        step(qtbot, pairing, "Kontakt eintragen…", "Eintragen", fill)

    note(-280, ContactChannel.PHONE, "Schulanmeldung", "Beide Kinder in der Grundschule.")
    note(-250, ContactChannel.IN_PERSON, "Elterngespräch", "Gemeinsam beim Elterngespräch, gut.")
    assert d.table_texts(d.field(pairing, "Kontakte (2)"), 0) == [day(-250), day(-280)]
    assert not warnings, warnings

    # Paused over the summer, resumed afterwards.
    def paused(box: QDialog) -> None:
        d.fill(box, "Pausiert ab", day(-200))

    step(qtbot, pairing, "Pausieren", "Pausieren", paused)
    see(qtbot, pairing, "Status: <b>pausiert</b>")
    d.go_to(window, "Wiedervorlage")  # while it rests, nobody is reminded
    see(qtbot, window.current_page(), "Nichts fällig")

    def resumed(box: QDialog) -> None:
        d.fill(box, "Fortgesetzt am", day(-150))

    step(qtbot, pairing, "Fortsetzen", "Fortsetzen", resumed)
    see(qtbot, pairing, "Status: <b>aktiv</b>")
    assert not warnings, warnings
    close(qtbot, pairing)
    close(qtbot, family_window)

    # No contact for months: the Wiedervorlage reminds her to check in.
    d.go_to(window, "Wiedervorlage")
    followups = window.current_page()
    see(qtbot, followups, "1 Punkt · diese Woche, davon 1 überfällig")
    assert navigation_texts(window)[-1] == "Wiedervorlage (1)"
    table = d.field(followups, "Fällige Punkte")
    assert row_of(table, 0, "Patenschaft nachfragen (1)") < row_of(table, 2, "Baranowa, Olga")
    row = row_of(table, 2, "Baranowa, Olga")  # under its kind's heading
    assert d.table_texts(table, 1)[row] == "überfällig"
    assert d.table_texts(table, 3)[row] == "seit 250 Tagen kein Kontakt vermerkt"
    assert d.table_texts(table, 0)[row] == day(-250 + 30)  # due 30 days after the last note
    # The item opens the pairing.
    pairing = opened_by(lambda: d.double_click_row(table, row, 3))
    assert pairing.windowTitle().startswith("Patenschaft: Baranowa, Olga – Kovalenko, Oksana")

    # She calls and notes it: the reminder is gone.
    note(0, ContactChannel.PHONE, "Nachgefragt", "Alles gut, die Zeugnisse sind gut.")
    see(qtbot, followups, "Nichts fällig")
    assert navigation_texts(window)[-1] == "Wiedervorlage"

    # Ended after ten months: goal reached.
    def ended(box: QDialog) -> None:
        assert typed(box, "Beendet am") == day()  # offered: today
        d.select_field(box, "Grund", PairingEndReason.GOAL_REACHED.label)
        d.fill(box, "Anmerkung", "Die Familie kommt in der Schule allein zurecht.")

    step(qtbot, pairing, "Beenden", "Beenden", ended)
    see(qtbot, pairing, "Status: <b>beendet – Ziel erreicht</b>")
    assert not warnings, warnings
    close(qtbot, pairing)

    # The family's record lists the pairing as ended.
    family_window = open_the_family(qtbot, window)
    d.tab(family_window, "Patenschaften")
    listed = d.field(family_window, "Patenschaften (1)")  # the tab's table
    assert d.table_texts(listed, 0) == ["Baranowa, Olga"]
    assert d.table_texts(listed, 1) == ["beendet"]

    # -- what is stored ------------------------------------------------------------------
    pairings = PairingService(sqlite_db)
    assert pairings.count() == 1
    stored = pairings.get(1)
    assert (stored.volunteer_id, stored.newcomer_id) == (olga, family)
    assert stored.activity_field_id == ActivityFieldService(sqlite_db).by_name()[SCHOOL]
    assert stored.status is PairingStatus.ENDED
    assert stored.end_reason is PairingEndReason.GOAL_REACHED
    assert stored.end_note == "Die Familie kommt in der Schule allein zurecht."
    assert stored.proposed_on == date(-310)
    assert stored.started_on == date(-300)
    assert stored.ended_on == date()
    notes = ContactNoteService(sqlite_db).for_record("pairing", stored.id)
    assert sorted(n.noted_on for n in notes) == [date(-280), date(-250), date()]


def test_the_pairing_opens_again_while_the_familys_window_is_open(
    qtbot, office_window, sqlite_db: Database, monkeypatch
):
    """Weeks later, with the family's window still open, Frau R. opens the pairing
    from the list of pairings to write a contact note. (The family's window once came up
    instead: it had filed itself under the pairing it passed the »saved« of.)"""
    warnings = record_warnings(monkeypatch)
    the_family(sqlite_db)
    the_volunteer(sqlite_db)
    window = office_window
    family_window = open_the_family(qtbot, window)
    close(qtbot, propose(qtbot, family_window, -30))
    assert not warnings, warnings

    d.go_to(window, "Patenschaften")
    page = window.current_list()
    qtbot.waitUntil(lambda: page.row_count() == 1)
    pairing = opened_by(lambda: d.double_click_row(page.view, 0))
    assert pairing.windowTitle().startswith("Patenschaft: Baranowa, Olga – Kovalenko, Oksana")
    d.tab(pairing, "Kontakte")

    def fill(box: QDialog) -> None:
        d.fill(box, "Betreff", "Erster Schultag")
        d.fill(box, "Notiz", "Beide Kinder gut angekommen.")

    step(qtbot, pairing, "Kontakt eintragen…", "Eintragen", fill)
    assert d.table_texts(d.field(pairing, "Kontakte (1)"), 2) == [
        "Erster Schultag – Beide Kinder gut angekommen."
    ]
    assert not warnings, warnings


def test_an_agreed_check_in_date_is_met_by_a_contact_note(
    qtbot, office_window, sqlite_db: Database, monkeypatch
):
    """Frau R. starts the pairing and agrees to check in after a month (the start dialog
    asks for it). When the day has come, the Wiedervorlage reminds her; she calls and
    notes the call in the pairing — the reminder should be done."""
    warnings = record_warnings(monkeypatch)
    the_family(sqlite_db)
    the_volunteer(sqlite_db)
    window = office_window
    family_window = open_the_family(qtbot, window)
    pairing = propose(qtbot, family_window, -45)

    def started(box: QDialog) -> None:
        d.fill(box, "Begonnen am", day(-40))
        d.fill(box, "Nächstes Nachfragen", day(-10))

    step(qtbot, pairing, "Starten", "Starten", started)
    see(qtbot, pairing, "Status: <b>aktiv</b>")
    close(qtbot, pairing)
    close(qtbot, family_window)

    d.go_to(window, "Wiedervorlage")
    followups = window.current_page()
    see(qtbot, followups, "1 Punkt · diese Woche, davon 1 überfällig")
    table = d.field(followups, "Fällige Punkte")
    row = row_of(table, 2, "Baranowa, Olga")
    assert d.table_texts(table, 0)[row] == day(-10)
    pairing = opened_by(lambda: d.double_click_row(table, row, 3))

    d.tab(pairing, "Kontakte")

    def fill(box: QDialog) -> None:
        d.select_field(box, "Weg", ContactChannel.PHONE.label)
        d.fill(box, "Betreff", "Nachgefragt")
        d.fill(box, "Notiz", "Alles gut, nächster Termin beim Elternabend.")

    step(qtbot, pairing, "Kontakt eintragen…", "Eintragen", fill)
    assert not warnings, warnings
    see(qtbot, followups, "Nichts fällig")
