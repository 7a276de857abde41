"""The call-out from the matching dialog: the first N candidates are marked,
»Anfrage an Ausgewählte …« opens »Schreiben an …« for them with the request as
{Anliegen}; once written to, each one reached is an asked candidate with today's date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QUrl

from servicestelle.db import Database
from servicestelle.enums import CandidateAnswer, ContactChannel, RequestStatus
from servicestelle.services.requests import HelpRequestService
from tests.ui.test_match_dialog import finder, mail, names, office  # noqa: F401
from ui.forms.form_dialog import FormDialog


def test_the_first_candidates_are_written_to_and_asked(
    qtbot: Any,
    sqlite_db: Database,
    office: dict[str, int],  # noqa: F811
    dialogs: list[FormDialog],
    mail: list[QUrl],  # noqa: F811
) -> None:
    _window, dialog = finder(qtbot, sqlite_db, "help_request", office["request"], dialogs)
    assert dialog.call_out_button.isVisible()
    dialog.first_count.setValue(2)
    dialog.first_button.click()
    assert dialog.selected_ids() == [office["nasser"], office["khalil"]]
    dialog.call_out_button.click()
    writing = dialog.last_writing
    assert writing is not None
    qtbot.addWidget(writing)
    # Khalil did not consent to e-mail: left out, and not asked
    assert [p.id for p in writing.people] == [office["nasser"]]
    assert writing.shared["Anliegen"].text() == "Begleitung zur Ausländerbehörde"
    writing.shared["Datum"].setText("Dienstag, 14.09.")
    writing.shared["Uhrzeit"].setText("9 Uhr")
    assert "Wer kann am Dienstag, 14.09. um 9 Uhr?" in writing.preview.toPlainText()
    assert HelpRequestService(sqlite_db).candidates(office["request"]) == []

    assert writing.use_mail_program()
    assert len(mail) == 1
    assert "nasser@example.org" in mail[0].toString()
    (asked,) = HelpRequestService(sqlite_db).candidates(office["request"])
    assert asked.volunteer_id == office["nasser"]
    assert asked.asked_on == dt.date.today()
    assert asked.channel is ContactChannel.EMAIL
    assert asked.answer is CandidateAnswer.PENDING
    assert HelpRequestService(sqlite_db).get(office["request"]).status is RequestStatus.MEDIATING
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert names(dialog)  # ranked anew
    writing.close()


def test_a_newcomer_has_no_call_out(
    qtbot: Any,
    sqlite_db: Database,
    office: dict[str, int],  # noqa: F811
    dialogs: list[FormDialog],
) -> None:
    _window, dialog = finder(qtbot, sqlite_db, "newcomer", office["newcomer"], dialogs)
    assert not dialog.call_out_button.isVisible()
    assert dialog.call_out() is None
