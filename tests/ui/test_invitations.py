"""Inviting to an event from the long list (search field, boxes, birth year and
district), the invitation in the mail program with everybody in BCC (in groups when they
are many, addresses to copy for Outlook), and the consent filter by scope."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QSettings, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from servicestelle.db import Database
from servicestelle.services.consents import ConsentService
from servicestelle.services.events import EventService
from servicestelle.services.lists import DistrictService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from ui.forms.form_dialog import FormDialog, open_record_dialog
from ui.invite_dialog import InviteDialog
from ui.mail_program import MailGroupsDialog


@pytest.fixture
def forum(sqlite_db: Database) -> int:
    return EventService(sqlite_db).create(
        title="Schulung Kinderschutz", starts_at="2026-05-04 10:00"
    ).id


def volunteer(db: Database, first: str, last: str, *, mail: bool = True, **values: Any) -> int:
    record = VolunteerService(db).create(first_name=first, last_name=last, **values)
    ConsentService(db).give("volunteer", record.id, contact_email=mail)
    return record.id


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def box(_parent: object, _title: str, text: str, *_args: object) -> object:
        seen.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("question", "information", "warning"):
        monkeypatch.setattr(QMessageBox, name, box)
    return seen


@pytest.fixture
def mail_program(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return opened


def in_next_dialog(work: Callable[[Any], None]) -> list[str]:
    """Do ``work`` in the next modal dialog once it is open; problems are kept."""
    problems: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        try:
            work(dialog)
        except AssertionError as exc:
            problems.append(str(exc))
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, act)
    return problems


def event_window(db: Database, event_id: int, dialogs: list[FormDialog]) -> FormDialog:
    window = open_record_dialog(None, db, "event", event_id)
    dialogs.append(window)
    d.tab(window, "Teilnahme")
    return window


def bcc(link: str) -> list[str]:
    return parse_qs(urlsplit(link).query)["bcc"][0].split(",")


def test_the_long_list_tells_equal_names_apart_and_search_narrows_it(
    qtbot, sqlite_db: Database, forum: int, dialogs: list[FormDialog], messages: list[str]
) -> None:
    districts = DistrictService(sqlite_db).by_name()
    older = volunteer(
        sqlite_db, "Anna", "Müller", status="aktiv", email="anna.m@example.org",
        birth_date="1961-04-02", district_id=districts["Lankow"],
    )
    younger = volunteer(
        sqlite_db, "Anna", "Müller", status="interessiert", email="anna@example.org",
        birth_date="1994-09-30", district_id=districts["Weststadt"],
    )
    volunteer(sqlite_db, "Jens", "Carstens", status="aktiv", email="j@example.org", mail=False)
    volunteer(sqlite_db, "Ina", "Krüger", status="aktiv")  # no address
    volunteer(sqlite_db, "Paul", "Weber", status="ausgeschieden", email="p@example.org")
    invited = volunteer(sqlite_db, "Olga", "Baranowa", status="aktiv", email="o@example.org")
    EventService(sqlite_db).invite(forum, [invited])
    window = event_window(sqlite_db, forum, dialogs)
    seen: dict[str, Any] = {}

    def choose(dialog: InviteDialog) -> None:
        table = dialog.picker.table
        seen["rows"] = [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        seen["left_out"] = dialog.picker.left_out_label.text()
        seen["ok_at_first"] = dialog.ok_button.isEnabled()
        d.fill(dialog, "Suchen", "Müller 1994")
        seen["shown"] = [table.item(r, 0).text() for r in dialog.picker.shown_rows()]
        d.click(dialog, "Alle gezeigten auswählen")
        d.fill(dialog, "Suchen", "weststadt")
        seen["by_district"] = len(dialog.picker.shown_rows())
        d.click(dialog, "Einladen")

    problems = in_next_dialog(choose)
    d.click(window, "Einladen…")
    assert not problems, problems
    assert seen["rows"] == [
        ["Baranowa, Olga", "", "", "aktiv", "schon eingeladen"],
        ["Carstens, Jens", "", "", "aktiv", "nicht einladbar: ohne Einwilligung zur E-Mail"],
        ["Krüger, Ina", "", "", "aktiv", "nicht einladbar: ohne E-Mail-Adresse"],
        ["Müller, Anna", "1961", "Lankow", "aktiv", ""],
        ["Müller, Anna", "1994", "Weststadt", "interessiert", ""],
    ]  # who has left is not offered
    assert seen["left_out"] == (
        "2 ausgelassen: 1 ohne Einwilligung zur E-Mail, 1 ohne E-Mail-Adresse"
    )
    assert not seen["ok_at_first"]  # nobody ticked yet
    assert seen["shown"] == ["Müller, Anna"]
    assert seen["by_district"] == 1
    stored = {a.volunteer_id for a in EventService(sqlite_db).attendances(forum)}
    assert stored == {invited, younger}
    assert older not in stored


def test_the_invitation_opens_the_mail_program_with_the_invitees_in_bcc(
    qtbot,
    sqlite_db: Database,
    forum: int,
    dialogs: list[FormDialog],
    messages: list[str],
    mail_program: list[str],
) -> None:
    ids = [
        volunteer(sqlite_db, "Klaus", "Albrecht", status="aktiv", email="k@example.org"),
        volunteer(sqlite_db, "Jens", "Carstens", status="aktiv", email="j@example.org", mail=False),
    ]
    EventService(sqlite_db).invite(forum, ids)  # one of them no longer wants e-mail
    window = event_window(sqlite_db, forum, dialogs)

    d.click(window, "Einladung per E-Mail…")
    assert len(mail_program) == 1
    assert bcc(mail_program[0]) == ["k@example.org"]
    assert messages == [
        "Die E-Mail geht an 1 Eingeladene.\n\n1 ausgelassen: 1 ohne Einwilligung zur "
        "E-Mail. Diese laden Sie bitte auf anderem Weg ein."
    ]

    d.click(window, "Adressen kopieren")
    assert QGuiApplication.clipboard().text() == "k@example.org"
    assert "in das Feld BCC" in messages[-1]


def test_many_invitees_are_written_to_in_groups(
    qtbot,
    sqlite_db: Database,
    forum: int,
    dialogs: list[FormDialog],
    messages: list[str],
    mail_program: list[str],
) -> None:
    addresses = [
        f"ehrenamtliche.person.{n:03d}@freiwilligen-agentur.example.org" for n in range(90)
    ]
    ids = [
        volunteer(sqlite_db, "Eva", f"Person {n:03d}", status="aktiv", email=address)
        for n, address in enumerate(addresses)
    ]
    EventService(sqlite_db).invite(forum, ids)
    window = event_window(sqlite_db, forum, dialogs)
    seen: dict[str, Any] = {}

    def send_each(dialog: MailGroupsDialog) -> None:
        seen["buttons"] = [b.text() for b in dialog.group_buttons]
        for text in list(seen["buttons"]):
            d.click(dialog, text)
        seen["after"] = [b.text() for b in dialog.group_buttons]
        d.click(dialog, "Adressen kopieren")
        d.click(dialog, "Schließen")

    problems = in_next_dialog(send_each)
    d.click(window, "Einladung per E-Mail…")
    assert not problems, problems
    groups = len(seen["buttons"])
    assert groups > 1
    assert seen["buttons"][0] == f"Gruppe 1 von {groups}"
    assert all(text.endswith("✓") for text in seen["after"])
    assert len(mail_program) == groups
    assert all(len(link) < 2000 for link in mail_program)
    assert sorted(a for link in mail_program for a in bcc(link)) == sorted(addresses)
    assert QGuiApplication.clipboard().text() == "; ".join(sorted(addresses))


def test_the_consent_filter_offers_each_scope(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    from ui.main_window import MainWindow

    volunteer(sqlite_db, "Klaus", "Albrecht", status="aktiv")
    volunteer(sqlite_db, "Jens", "Carstens", status="aktiv", mail=False)
    settings = QSettings(str(tmp_path / "fenster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(sqlite_db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    d.go_to(window, "Ehrenamtliche")
    page = window.current_list()
    more = [b for b in page.findChildren(type(page.filter_bar.more_button)) if b.isCheckable()]
    if more and more[0].isVisible() and not more[0].isChecked():
        more[0].click()  # »Weitere Filter«
    box = d.field(page, "Einwilligung")
    assert "E-Mail-Kontakt erlaubt" in d.items(box)
    assert "Fotos erlaubt" in d.items(box)
    d.choose(box, "E-Mail-Kontakt erlaubt")
    model = page.model
    column = model.column_of("last_name")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0, column)) == "Albrecht"


def test_pickers_tell_volunteers_with_the_same_name_apart(
    qtbot, sqlite_db: Database, dialogs: list[FormDialog]
) -> None:
    from ui.forms.step_dialogs import VolunteerSearch

    districts = DistrictService(sqlite_db).by_name()
    VolunteerService(sqlite_db).create(
        first_name="Anna", last_name="Müller", status="aktiv", birth_date="1961-04-02",
        district_id=districts["Lankow"],
    )
    younger = VolunteerService(sqlite_db).create(
        first_name="Anna", last_name="Müller", status="aktiv", birth_date="1994-09-30",
        district_id=districts["Weststadt"],
    )

    finder = VolunteerSearch(sqlite_db)
    finder.search("Müller")
    titles = [finder.hits.item(r).text() for r in range(finder.hits.count())]
    assert sorted(titles) == [
        "Müller, Anna (geb. 1961, Lankow)",
        "Müller, Anna (geb. 1994, Weststadt)",
    ]

    # The volunteer field of a new pairing: both are offered, the one chosen is taken.
    pairing = open_record_dialog(None, sqlite_db, "pairing", None)
    dialogs.append(pairing)
    pairing.show()
    d.pick(qtbot, pairing, "Ehrenamtliche*r", "Müller", "Müller, Anna (geb. 1994")
    assert pairing.form.editors["volunteer_id"].to_core() == younger.id
