"""Related records inside a record's window: a volunteer's pairings, requests and
events; a newcomer's pairings and requests; an organisation's contact persons,
consultations and funding; an event's invitees and attendance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from servicestelle.db import Database
from servicestelle.services.consents import ConsentService
from servicestelle.services.events import EventService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.organisations import ConsultationService, OrganisationService
from servicestelle.services.pairings import PairingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from ui.forms.form_dialog import FormDialog, open_record_dialog


@pytest.fixture
def office(sqlite_db: Database) -> dict[str, Any]:
    """Two volunteers, a family, a pairing, two requests and an MSO."""
    volunteers = VolunteerService(sqlite_db)
    anna = volunteers.create(first_name="Anna", last_name="Müller", status="aktiv")
    karl = volunteers.create(first_name="Karl", last_name="Berger", status="aktiv")
    volunteers.create(first_name="Ida", last_name="Ohm", status="ausgeschieden")
    family = NewcomerService(sqlite_db).create(first_name="Amira", last_name="Haddad")
    pairing = PairingService(sqlite_db).propose(anna.id, family.id)
    requests = HelpRequestService(sqlite_db)
    school = requests.create(title="Anmeldung Schule", newcomer_id=family.id)
    doctor = requests.create(title="Arztbesuch begleiten", received_on="2026-01-05")
    requests.ask(doctor.id, anna.id, asked_on="2026-01-06")
    mso = OrganisationService(sqlite_db).create(name="Afrikanischer Kulturverein", kind="mso")
    return {
        "anna": anna.id,
        "karl": karl.id,
        "family": family.id,
        "pairing": pairing.id,
        "school": school.id,
        "doctor": doctor.id,
        "mso": mso.id,
    }


def opened(
    db: Database, entity: str, record_id: int | None, dialogs: list[FormDialog], **kwargs: Any
) -> FormDialog:
    dialog = open_record_dialog(None, db, entity, record_id, **kwargs)
    dialogs.append(dialog)
    return dialog


def cells(panel: Any) -> list[list[str]]:
    table = panel.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def tab_titles(dialog: FormDialog) -> list[str]:
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_volunteer_window_lists_pairings_requests_and_events(
    sqlite_db: Database, office: dict[str, Any], dialogs: list[FormDialog]
) -> None:
    events = EventService(sqlite_db)
    forum = events.create(title="Ehrenamtsforum", starts_at="2026-03-12 18:00")
    events.invite(forum.id, [office["anna"]], on="2026-02-20")
    events.set_attendance(forum.id, office["anna"], attended=True)

    dialog = opened(sqlite_db, "volunteer", office["anna"], dialogs)

    assert tab_titles(dialog)[:4] == [
        "Daten",
        "Patenschaften (1)",
        "Hilfsanfragen (1)",
        "Veranstaltungen (1)",
    ]
    assert cells(dialog.related["pairings"])[0][:2] == ["Haddad, Amira", "vorgeschlagen"]
    assert cells(dialog.related["requests"]) == [
        ["05.01.2026", "Arztbesuch begleiten", "in Vermittlung", "06.01.2026", "keine Antwort", ""]
    ]
    assert cells(dialog.related["events"]) == [
        ["12.03.2026 18:00", "Ehrenamtsforum", "20.02.2026", "teilgenommen"]
    ]


def test_an_empty_tab_says_what_to_do(
    sqlite_db: Database, office: dict[str, Any], dialogs: list[FormDialog]
) -> None:
    dialog = opened(sqlite_db, "volunteer", office["karl"], dialogs)
    panel = dialog.related["pairings"]
    assert tab_titles(dialog)[1] == "Patenschaften"
    assert panel.table.isHidden() and not panel.empty.isHidden()
    assert "Neue Patenschaft" in panel.empty.text()


def test_a_related_record_opens_with_enter_and_its_changes_show(
    sqlite_db: Database, office: dict[str, Any], dialogs: list[FormDialog], qtbot: Any
) -> None:
    dialog = opened(sqlite_db, "newcomer", office["family"], dialogs)
    panel = dialog.related["requests"]
    assert cells(panel)[0][1] == "Anmeldung Schule"
    relayed: list[tuple[str, int]] = []
    dialog.saved.connect(lambda entity, record_id: relayed.append((entity, record_id)))

    panel.table.setCurrentCell(0, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    request_window = panel.last_opened
    dialogs.append(request_window)
    assert request_window.entity == "help_request"
    assert request_window.record.id == office["school"]

    request_window.form.editors["title"].set_value("Anmeldung Grundschule")
    assert request_window.save()
    assert cells(panel)[0][1] == "Anmeldung Grundschule"
    assert relayed == [("help_request", office["school"])]  # the main window's lists hear it


def test_new_pairing_from_a_newcomer_has_the_newcomer_filled_in(
    sqlite_db: Database, office: dict[str, Any], dialogs: list[FormDialog]
) -> None:
    dialog = opened(sqlite_db, "newcomer", office["family"], dialogs)
    panel = dialog.related["pairings"]
    panel.new_entry({"newcomer_id": office["family"]})
    pairing_window = panel.last_opened
    dialogs.append(pairing_window)
    assert pairing_window.record is None
    assert pairing_window.form.editors["newcomer_id"].to_core() == office["family"]

    pairing_window.form.editors["volunteer_id"].set_value(office["karl"])
    assert pairing_window.save()
    assert tab_titles(dialog)[1] == "Patenschaften (2)"
    assert sorted(row[0] for row in cells(panel)) == ["Berger, Karl", "Müller, Anna"]


def test_organisation_window_keeps_contacts_consultations_and_founding_dates(
    sqlite_db: Database, office: dict[str, Any], dialogs: list[FormDialog]
) -> None:
    dialog = opened(sqlite_db, "organisation", office["mso"], dialogs)
    assert "Gründung und Gemeinnützigkeit (MSO)" in dialog.form.groups
    assert "founding_stage" in dialog.form.editors
    assert tab_titles(dialog)[1:5] == [
        "Ansprechpersonen",
        "Beratungen",
        "Förderanträge",
        "Hilfsanfragen",
    ]

    contacts = dialog.related["contact_persons"]
    contacts.buttons.itemAt(0).widget().click()  # »Neue Ansprechperson…«
    person = contacts.last_opened
    dialogs.append(person)
    assert person.windowTitle().startswith("Neue Ansprechperson")
    person.form.editors["first_name"].set_value("Grace")
    person.form.editors["last_name"].set_value("Mensah")
    person.form.editors["role"].set_value("Vorsitzende")
    assert person.save()
    assert cells(contacts)[0][:3] == ["Mensah", "Grace", "Vorsitzende"]

    ConsultationService(sqlite_db).create(
        organisation_id=office["mso"], held_on="2026-02-01", topic="Satzung", minutes=90
    )
    dialog.reload()
    assert cells(dialog.related["consultations"])[0][:2] == ["01.02.2026", "Satzung"]
    assert tab_titles(dialog)[1:3] == ["Ansprechpersonen (1)", "Beratungen (1)"]


def test_event_invitations_and_ticked_attendance_are_stored(
    sqlite_db: Database,
    office: dict[str, Any],
    dialogs: list[FormDialog],
    step_input: Callable[[dict[str, Any]], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events = EventService(sqlite_db)
    forum = events.create(title="Ehrenamtsforum", starts_at="2026-03-12 18:00")
    dialog = opened(sqlite_db, "event", forum.id, dialogs)
    panel = dialog.related["attendance"]
    assert tab_titles(dialog)[1] == "Teilnahme"
    assert "Einladen" in panel.empty.text()

    for key in ("anna", "karl"):  # both may be written to by e-mail
        record = VolunteerService(sqlite_db).get(office[key])
        VolunteerService(sqlite_db).update(
            office[key], record.version, email=f"{key}@example.org"
        )
        ConsentService(sqlite_db).give("volunteer", office[key], contact_email=True)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    assert panel.invite_all()  # the two active volunteers, not the one who left
    assert [row[0] for row in cells(panel)] == ["Berger, Karl", "Müller, Anna"]
    assert panel.summary_label.text() == "2 eingeladen, 0 teilgenommen"

    panel.set_ticked(office["anna"], panel.ATTENDED, True)
    stored = {a.volunteer_id: a.attended for a in events.attendances(forum.id)}
    assert stored == {office["anna"]: True, office["karl"]: False}
    assert panel.summary_label.text() == "2 eingeladen, 1 teilgenommen"
    assert cells(panel)[1][3] == "ja"

    panel.set_ticked(office["karl"], panel.REGISTERED, True)
    karl = next(a for a in events.attendances(forum.id) if a.volunteer_id == office["karl"])
    assert karl.registered and not karl.attended


def test_consent_and_police_clearance_are_recorded_in_the_volunteer_window(
    sqlite_db: Database,
    office: dict[str, Any],
    dialogs: list[FormDialog],
    step_input: Callable[[dict[str, Any]], None],
    warnings: list[str],
) -> None:
    dialog = opened(sqlite_db, "volunteer", office["karl"], dialogs)
    consents = dialog.related["consents"]
    clearances = dialog.related["clearances"]
    assert "Keine gültige Einwilligung" in consents.status.text()
    assert "Kein gültiges Führungszeugnis" in clearances.status.text()

    step_input({"given_on": "01.03.2026", "contact_email": True, "note": "Formular 2026"})
    assert consents.add()
    assert "Gültige Einwilligung" in consents.status.text()
    assert "Kontakt per E-Mail" in consents.status.text()
    assert cells(consents)[0][:3] == ["01.03.2026", "ja", "ja"]

    consents.table.selectRow(0)
    step_input({"on": "02.03.2026"})
    assert consents.withdraw()
    assert "Keine gültige Einwilligung" in consents.status.text()

    step_input({"issued_on": "10.01.2026", "seen_on": "01.02.2026"})
    assert clearances.add()
    assert cells(clearances)[0][:3] == ["10.01.2026", "01.02.2026", "10.01.2031"]
    assert "bis 10.01.2031" in clearances.status.text()
    step_input({"issued_on": "01.03.2026", "seen_on": "01.02.2026"})  # seen before issued
    assert not clearances.add()
    assert warnings and "Ausstellungsdatum" in warnings[-1]
    assert tab_titles(dialog)[-2:] == ["Einwilligungen (1)", "Führungszeugnis (1)"]
