"""Workflow buttons, the contact log and hours inside the record dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from servicestelle.db import Database
from servicestelle.enums import PairingEndReason, PairingStatus, RequestStatus
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.pairings import PairingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from ui.forms.form_dialog import FormDialog, open_record_dialog
from ui.forms.record_panels import StepDialog


@pytest.fixture
def people(sqlite_db: Database) -> tuple[int, int]:
    volunteer = VolunteerService(sqlite_db).create(
        first_name="Jürgen", last_name="Müller", status="aktiv"
    )
    newcomer = NewcomerService(sqlite_db).create(first_name="Amira", last_name="Haddad")
    return int(volunteer.id), int(newcomer.id)


def open_dialog(db: Database, entity: str, record_id: int, opened: list[FormDialog]) -> FormDialog:
    dialog = open_record_dialog(None, db, entity, record_id)
    opened.append(dialog)
    return dialog


def test_pairing_moves_through_its_workflow(
    sqlite_db: Database,
    people: tuple[int, int],
    dialogs: list[FormDialog],
    warnings: list[str],
    step_input: Callable[[dict[str, Any]], None],
) -> None:
    pairing = PairingService(sqlite_db).propose(*people)
    dialog = open_dialog(sqlite_db, "pairing", int(pairing.id), dialogs)
    bar = dialog.workflow_bar
    assert bar is not None
    assert bar.labels() == ["Starten", "Beenden"]
    saved: list[tuple[str, int]] = []
    dialog.saved.connect(lambda entity, record_id: saved.append((entity, record_id)))

    step_input({})  # the date stays today
    bar.button("Starten").click()

    assert dialog.record.status == PairingStatus.ACTIVE
    assert dialog.record.started_on is not None
    assert bar.labels() == ["Pausieren", "Beenden"]
    assert saved == [("pairing", pairing.id)]
    assert not warnings

    step_input({})  # no reason chosen
    bar.button("Beenden").click()
    assert warnings and "Grund" in warnings[0]
    assert dialog.record.status == PairingStatus.ACTIVE

    step_input({"reason": PairingEndReason.GOAL_REACHED, "note": "Läuft jetzt allein."})
    bar.button("Beenden").click()
    assert dialog.record.status == PairingStatus.ENDED
    assert dialog.record.end_reason == PairingEndReason.GOAL_REACHED
    assert "beendet – Ziel erreicht" in bar.status_label.text()  # the window says why
    assert bar.labels() == ["Wieder aufnehmen"]
    assert PairingService(sqlite_db).get(pairing.id).version == dialog.version


def test_end_reasons_are_offered_in_german(
    sqlite_db: Database, people: tuple[int, int], dialogs: list[FormDialog]
) -> None:
    pairing = PairingService(sqlite_db).propose(*people)
    dialog = open_dialog(sqlite_db, "pairing", int(pairing.id), dialogs)
    assert dialog.workflow_bar is not None
    step = dialog.workflow_bar._pairing_end(int(pairing.id))
    combo = step.widgets["reason"]
    labels = [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]
    assert "Ziel erreicht" in labels


def test_help_request_answer_and_assign(
    sqlite_db: Database,
    people: tuple[int, int],
    dialogs: list[FormDialog],
    warnings: list[str],
    step_input: Callable[[dict[str, Any]], None],
) -> None:
    volunteer_id, newcomer_id = people
    service = HelpRequestService(sqlite_db)
    request = service.create(title="Begleitung zum Amt", received_on="2024-05-02")
    service.ask(int(request.id), volunteer_id)
    dialog = open_dialog(sqlite_db, "help_request", int(request.id), dialogs)
    assert dialog.record.status == RequestStatus.MEDIATING
    panel = dialog.candidates
    assert panel is not None
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "Müller, Jürgen"
    assert dialog.workflow_bar is not None
    assert "Vermittelt" in dialog.workflow_bar.labels()

    panel.select_row(0)
    panel.yes_button.click()
    assert panel.table.item(0, 3).text().startswith("zugesagt")

    step_input({"volunteer_id": volunteer_id})
    dialog.workflow_bar.button("Vermittelt").click()
    assert not warnings
    assert dialog.record.status == RequestStatus.MATCHED
    assert panel.table.item(0, 4).text().startswith("ja")
    assert dialog.workflow_bar.labels() == ["Erledigt", "Zuordnung aufheben"]


def test_give_up_needs_a_reason(
    sqlite_db: Database,
    dialogs: list[FormDialog],
    warnings: list[str],
    step_input: Callable[[dict[str, Any]], None],
) -> None:
    request = HelpRequestService(sqlite_db).create(title="Umzugshilfe", received_on="2024-05-02")
    dialog = open_dialog(sqlite_db, "help_request", int(request.id), dialogs)
    assert dialog.workflow_bar is not None
    step_input({})
    dialog.workflow_bar.button("Nicht vermittelbar").click()
    assert warnings and "begründen" in warnings[0]
    step_input({"outcome": "Niemand mit Transporter gefunden."})
    dialog.workflow_bar.button("Nicht vermittelbar").click()
    assert dialog.record.status == RequestStatus.UNMATCHABLE
    assert dialog.workflow_bar.labels() == ["Wieder öffnen"]


def test_ask_a_volunteer_by_name(
    sqlite_db: Database,
    people: tuple[int, int],
    dialogs: list[FormDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    request = HelpRequestService(sqlite_db).create(title="Arztbesuch", received_on="2024-05-02")
    dialog = open_dialog(sqlite_db, "help_request", int(request.id), dialogs)

    def fake_exec(self: StepDialog) -> int:
        self.finder.search("Müller")  # type: ignore[attr-defined]
        self.try_accept()
        return int(self.result())

    monkeypatch.setattr(StepDialog, "exec", fake_exec)
    assert dialog.candidates is not None
    assert dialog.candidates.ask()
    assert dialog.candidates.table.rowCount() == 1
    assert dialog.record.status == RequestStatus.MEDIATING


def test_contact_note_from_a_volunteer_dialog(
    sqlite_db: Database,
    people: tuple[int, int],
    dialogs: list[FormDialog],
    warnings: list[str],
    step_input: Callable[[dict[str, Any]], None],
) -> None:
    volunteer_id = people[0]
    dialog = open_dialog(sqlite_db, "volunteer", volunteer_id, dialogs)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Daten",
        "Patenschaften",
        "Hilfsanfragen",
        "Veranstaltungen",
        "Kontakte",
        "Stunden",
        "Einwilligungen",
        "Führungszeugnis",
    ]
    log = dialog.contacts
    assert log is not None and log.table.rowCount() == 0

    step_input({"channel": "telefon", "subject": "Rückruf", "text": "Hat Zeit ab Juni."})
    log.add_button.click()

    assert not warnings
    assert log.texts() == ["Rückruf – Hat Zeit ab Juni."]
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.contacts)) == "Kontakte (1)"
    notes = ContactNoteService(sqlite_db).for_record("volunteer", volunteer_id)
    assert [n.subject for n in notes] == ["Rückruf"]

    step_input({})  # neither subject nor text
    log.add_button.click()
    assert warnings and "Betreff" in warnings[0]


def test_hours_are_recorded_with_a_german_decimal(
    sqlite_db: Database,
    people: tuple[int, int],
    dialogs: list[FormDialog],
    warnings: list[str],
    step_input: Callable[[dict[str, Any]], None],
) -> None:
    dialog = open_dialog(sqlite_db, "volunteer", people[0], dialogs)
    panel = dialog.hours
    assert panel is not None
    step_input({"hours": "2,5", "description": "Begleitung zur Ausländerbehörde"})
    panel.add_button.click()
    assert not warnings
    assert panel.total_text() == "2,5"
    assert "2,5" in panel.total_label.text()
    assert panel.table.item(0, 1).text() == "2,5"
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.hours)) == "Stunden (2,5)"


def test_contacts_tab_for_other_records(
    sqlite_db: Database, people: tuple[int, int], dialogs: list[FormDialog]
) -> None:
    dialog = open_dialog(sqlite_db, "newcomer", people[1], dialogs)
    assert dialog.contacts is not None and dialog.contacts.owner == "newcomer"
    assert dialog.hours is None and dialog.workflow_bar is None


def test_cancelled_step_changes_nothing(
    sqlite_db: Database,
    people: tuple[int, int],
    dialogs: list[FormDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pairing = PairingService(sqlite_db).propose(*people)
    dialog = open_dialog(sqlite_db, "pairing", int(pairing.id), dialogs)
    monkeypatch.setattr(StepDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected))
    assert dialog.workflow_bar is not None
    assert not dialog.workflow_bar.run("start")
    assert dialog.record.status == PairingStatus.PROPOSED
