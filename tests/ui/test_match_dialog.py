"""»Passende Ehrenamtliche finden« from a help request's and a newcomer's window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from servicestelle.db import Database
from servicestelle.enums import ContactChannel, PairingStatus, RequestStatus
from servicestelle.services.consents import ConsentService
from servicestelle.services.lists import DistrictService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.pairings import PairingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from ui.forms.form_dialog import FormDialog, open_record_dialog
from ui.match_dialog import MatchDialog


@pytest.fixture
def office(sqlite_db: Database) -> dict[str, int]:
    """Two active volunteers who speak Arabic (one with e-mail consent), one paused,
    an Arabic request in Lankow and a newcomer family."""
    districts = DistrictService(sqlite_db).by_name()
    volunteers = VolunteerService(sqlite_db)
    consents = ConsentService(sqlite_db)
    ids: dict[str, int] = {}
    for key, last_name, district, email, status in (
        ("nasser", "Nasser", "Lankow", "nasser@example.org", "aktiv"),
        ("khalil", "Khalil", "Weststadt", "khalil@example.org", "aktiv"),
        ("paused", "Pause", "Lankow", None, "pausiert"),
    ):
        record = volunteers.create(
            first_name="Samira",
            last_name=last_name,
            status=status,
            district_id=districts[district],
            email=email,
            phone="0385 5451261",
            languages=[("ar", "muttersprache")],
        )
        consents.give("volunteer", record.id, contact_email=key == "nasser")
        ids[key] = int(record.id)
    ids["request"] = int(
        HelpRequestService(sqlite_db)
        .create(
            title="Begleitung zur Ausländerbehörde",
            languages=["ar"],
            district_id=districts["Lankow"],
        )
        .id
    )
    ids["newcomer"] = int(
        NewcomerService(sqlite_db)
        .create(
            last_name="Haddad", kind="haushalt", languages=["ar"], district_id=districts["Lankow"]
        )
        .id
    )
    return ids


@pytest.fixture
def mail(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """URLs the program asked the desktop to open; the question boxes say yes."""
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    return opened


def finder(
    qtbot: Any, db: Database, entity: str, record_id: int, dialogs: list[FormDialog]
) -> tuple[FormDialog, MatchDialog]:
    window = open_record_dialog(None, db, entity, record_id)
    dialogs.append(window)
    assert window.match_button.text() == "Passende Ehrenamtliche finden…"
    window.match_button.click()
    match = window.match_dialog
    assert isinstance(match, MatchDialog)
    qtbot.addWidget(match)
    settle(qtbot, match)
    return window, match


def settle(qtbot: Any, dialog: MatchDialog) -> None:
    """Wait until the ranking running in the background is shown."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)


def names(dialog: MatchDialog) -> list[str]:
    return [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]


def select(dialog: MatchDialog, name: str) -> None:
    # (selectRow follows the keyboard's modifiers: a Ctrl left pressed by an earlier
    # test would toggle the row already marked off again)
    dialog.table.clearSelection()
    dialog.table.selectRow(names(dialog).index(name))


def test_request_window_lists_the_ranked_volunteers_with_reasons(
    qtbot: Any, sqlite_db: Database, office: dict[str, int], dialogs: list[FormDialog]
) -> None:
    _window, dialog = finder(qtbot, sqlite_db, "help_request", office["request"], dialogs)
    assert names(dialog) == ["Nasser, Samira", "Khalil, Samira"]  # not the paused one
    assert dialog.table.item(0, 0).text() == "1"
    reasons = dialog.table.item(0, 3).text().splitlines()
    assert "+ spricht Arabisch (Muttersprache)" in reasons
    assert "+ wohnt im selben Stadtteil" in reasons
    assert "+ bisher noch nie angefragt" in reasons
    assert "Begleitung zur Ausländerbehörde" in dialog.heading.text()
    assert "2 aktive Ehrenamtliche geprüft, 2 kommen in Frage." in dialog.summary.text()
    assert not dialog.more_button.isVisible()
    assert dialog.ask_button.isEnabled() and dialog.assign_button.isEnabled()


def test_asking_records_it_and_opens_a_prepared_mail(
    qtbot: Any,
    sqlite_db: Database,
    office: dict[str, int],
    dialogs: list[FormDialog],
    warnings: list[str],
    step_input: Callable[[dict[str, Any]], None],
    mail: list[QUrl],
) -> None:
    window, dialog = finder(qtbot, sqlite_db, "help_request", office["request"], dialogs)
    select(dialog, "Nasser, Samira")
    step_input({})  # today, by e-mail (the default for someone who consented)
    assert dialog.ask()
    settle(qtbot, dialog)

    asked = HelpRequestService(sqlite_db).candidates(office["request"])
    assert [(c.volunteer_id, c.channel) for c in asked] == [
        (office["nasser"], ContactChannel.EMAIL)
    ]
    assert window.record.status == RequestStatus.MEDIATING  # the window was refreshed
    assert window.candidates is not None and window.candidates.count == 1
    assert len(mail) == 1
    url = mail[0].toString(QUrl.ComponentFormattingOption.FullyEncoded)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "nasser@example.org"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Anfrage: Begleitung zur Ausländerbehörde – können Sie helfen?"]
    assert "Guten Tag Samira Nasser," in query["body"][0]
    assert "Haddad" not in query["body"][0]  # no newcomer's name in the mail
    # The list was ranked anew: the ask shows as a reason against.
    row = names(dialog).index("Nasser, Samira")
    assert "noch keine Antwort" in dialog.table.item(row, 4).text()
    assert not warnings


def test_no_mail_without_consent_to_email_contact(
    qtbot: Any,
    sqlite_db: Database,
    office: dict[str, int],
    dialogs: list[FormDialog],
    warnings: list[str],
    step_input: Callable[[dict[str, Any]], None],
    mail: list[QUrl],
) -> None:
    _window, dialog = finder(qtbot, sqlite_db, "help_request", office["request"], dialogs)
    select(dialog, "Khalil, Samira")
    step_input({"channel": ContactChannel.EMAIL.value})
    assert dialog.ask()
    assert mail == []
    assert warnings == [
        "Khalil, Samira hat keiner Kontaktaufnahme per E-Mail zugestimmt. Telefon: 0385 5451261"
    ]


def test_assigning_matches_the_request(
    qtbot: Any,
    sqlite_db: Database,
    office: dict[str, int],
    dialogs: list[FormDialog],
    warnings: list[str],
    step_input: Callable[[dict[str, Any]], None],
) -> None:
    window, dialog = finder(qtbot, sqlite_db, "help_request", office["request"], dialogs)
    saved: list[tuple[str, int]] = []
    window.saved.connect(lambda entity, record_id: saved.append((entity, record_id)))
    select(dialog, "Khalil, Samira")
    step_input({})
    assert dialog.assign()
    settle(qtbot, dialog)
    assert window.record.status == RequestStatus.MATCHED
    assert saved == [("help_request", office["request"])]
    row = names(dialog).index("Khalil, Samira")
    assert "ist dieser Anfrage schon zugeordnet" in dialog.table.item(row, 3).text()
    assert not warnings


def test_newcomer_window_proposes_a_pairing(
    qtbot: Any,
    sqlite_db: Database,
    office: dict[str, int],
    dialogs: list[FormDialog],
    warnings: list[str],
    step_input: Callable[[dict[str, Any]], None],
    mail: list[QUrl],
) -> None:
    window, dialog = finder(qtbot, sqlite_db, "newcomer", office["newcomer"], dialogs)
    assert "Familie Haddad" in dialog.heading.text()
    assert names(dialog)[0] == "Nasser, Samira"
    select(dialog, "Nasser, Samira")
    step_input({"focus": "Schule und Kita"})
    assert dialog.assign()
    settle(qtbot, dialog)
    pairings = PairingService(sqlite_db)
    pairing = pairings.get(1)
    assert (pairing.volunteer_id, pairing.newcomer_id) == (office["nasser"], office["newcomer"])
    assert pairing.status == PairingStatus.PROPOSED
    assert pairing.focus == "Schule und Kita"
    row = names(dialog).index("Nasser, Samira")
    assert "begleitet diese*n Neuzugewanderte*n schon" in dialog.table.item(row, 4).text()
    # For a newcomer »Anfragen…« only writes the e-mail.
    select(dialog, "Nasser, Samira")
    assert dialog.ask()
    assert len(mail) == 1
    assert "Patenschaft" in mail[0].toString()
    assert not warnings
    assert window.match_dialog is dialog


def test_other_windows_have_no_match_button(
    sqlite_db: Database, office: dict[str, int], dialogs: list[FormDialog]
) -> None:
    window = open_record_dialog(None, sqlite_db, "volunteer", office["nasser"])
    dialogs.append(window)
    assert getattr(window, "match_button", None) is None


def test_more_are_shown_on_request(
    qtbot: Any,
    sqlite_db: Database,
    office: dict[str, int],
    dialogs: list[FormDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("ui.match_dialog.PAGE", 1)
    _window, dialog = finder(qtbot, sqlite_db, "help_request", office["request"], dialogs)
    assert names(dialog) == ["Nasser, Samira"]
    assert "Gezeigt: die besten 1." in dialog.summary.text()
    assert not dialog.more_button.isHidden()
    dialog.more_button.click()
    assert dialog.busy and not dialog.ask_button.isEnabled()
    settle(qtbot, dialog)
    assert names(dialog) == ["Nasser, Samira", "Khalil, Samira"]
    assert dialog.more_button.isHidden()
