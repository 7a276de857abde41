"""Scenario 8, an MSO is founded: a Syrian women's group wants to become an e.V. Frau R.
enters the group as an MSO at the stage »Idee«, logs the consultations on the statutes
and on the registration, moves the founding stage to »in Gründung« and, once the
register court has entered it, to »eingetragen (e.V.)« with its register number, and
stores the group's two contact persons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTableWidget

from servicestelle.db import Database
from servicestelle.enums import FoundingStage, OrganisationKind
from servicestelle.services.audit_log import AuditLogService, AuditQuery
from servicestelle.services.base import ListQuery
from servicestelle.services.organisations import (
    ConsultationService,
    ContactPersonService,
    OrganisationService,
)
from tests.scenarios import driver as d
from ui.forms.form_dialog import FormDialog

TODAY = dt.date.today()
STATUTES_TALK = TODAY - dt.timedelta(days=70)
STATUTES_ADOPTED = TODAY - dt.timedelta(days=56)
REGISTRATION_TALK = TODAY - dt.timedelta(days=42)
REGISTERED = TODAY - dt.timedelta(days=7)


def _day(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


# -- generic helpers (candidates for driver.py) ------------------------------------------


def form_window(title: str) -> FormDialog:
    """The open record window whose title starts with ``title`` (the one a person
    looks at among several open windows)."""
    found = [
        w
        for w in d.windows()
        if isinstance(w, FormDialog) and w.windowTitle().removesuffix("[*]").startswith(title)
    ]
    assert found, f"kein Fenster »{title}…«: {[w.windowTitle() for w in d.windows()]}"
    return found[-1]


def table_on(tab: object) -> QTableWidget:
    """The table shown on a tab of a record window."""
    tables = [t for t in tab.findChildren(QTableWidget) if d.visible(t)]  # type: ignore[attr-defined]
    assert tables, "keine Tabelle auf dem Reiter"
    return tables[0]


def double_click_text(table: QTableWidget, text: str, column: int = 0) -> None:
    """Double-click the row whose cell in ``column`` reads ``text``."""
    rows = [r for r in range(table.rowCount()) if table.item(r, column).text() == text]
    assert rows, f"»{text}« nicht in der Tabelle: {d.table_texts(table, column)}"
    d.double_click_row(table, rows[0], column)


def close_window(window: FormDialog) -> None:
    d.click(window, "Schließen")
    assert not window.isVisible()


# -- the scenario --------------------------------------------------------------------------


def log_consultation(
    organisation: FormDialog, day: dt.date, topic: str, notes: str, minutes: str
) -> None:
    """»Beratungen« → »Beratung eintragen…«: the consultation's own window, saved and
    closed."""
    d.tab(organisation, "Beratungen")
    d.click(organisation, "Beratung eintragen…")
    consultation = form_window("Neue Beratung")
    # The consultation already belongs to the group whose window it came from.
    assert d.field(consultation, "Organisation").currentText() == "Syrischer Frauenverein"
    d.fill(consultation, "Am", _day(day))
    d.fill(consultation, "Thema", topic)
    d.fill(consultation, "Dauer (Minuten)", minutes)
    d.fill(consultation, "Notizen", notes)
    d.click(consultation, "Speichern")
    assert consultation.windowTitle().startswith(f"Beratung: {topic}"), (
        consultation.form.form_error.text()
    )
    close_window(consultation)


def add_contact_person(
    organisation: FormDialog, last: str, first: str, role: str, phone: str, email: str
) -> None:
    d.tab(organisation, "Ansprechpersonen")
    d.click(organisation, "Neue Ansprechperson…")
    person = form_window("Neue Ansprechperson")
    assert d.field(person, "Organisation").currentText() == "Syrischer Frauenverein"
    d.fill(person, "Nachname", last)
    d.fill(person, "Vorname", first)
    d.fill(person, "Funktion", role)
    d.fill(person, "Telefon", phone)
    d.fill(person, "E-Mail", email)
    d.click(person, "Speichern")
    assert person.windowTitle().startswith("Ansprechperson: "), person.form.form_error.text()
    close_window(person)


def found_the_group(window: object) -> FormDialog:
    """The whole founding, done in the group's window, which stays open."""
    # The group comes for the first time: an MSO with only an idea.
    d.go_to(window, "Organisationen & MSO")
    d.trigger(window, "Neu")
    organisation = d.active_dialog(FormDialog)
    d.fill(organisation, "Name", "Syrischer Frauenverein")
    d.select_field(organisation, "Art", OrganisationKind.MSO.label)
    d.select_field(organisation, "Gründungsphase", FoundingStage.IDEA.label)
    d.fill(organisation, "Herkunftsländer", "Syrien")
    d.fill(organisation, "Mitglieder", "9")
    d.click(organisation, "Speichern")
    assert organisation.windowTitle().startswith("Organisation: Syrischer Frauenverein"), (
        organisation.form.form_error.text()
    )

    # First consultation: the statutes.
    log_consultation(
        organisation,
        STATUTES_TALK,
        "Satzung",
        "Mustersatzung besprochen, Zweck und Gemeinnützigkeit formuliert.",
        "90",
    )
    # The statutes are adopted at the founding meeting: the group is »in Gründung«.
    d.tab(organisation, "Daten")
    d.select_field(organisation, "Gründungsphase", FoundingStage.FOUNDING.label)
    d.fill(organisation, "Satzung vom", _day(STATUTES_ADOPTED))
    d.click(organisation, "Speichern")
    assert not organisation.isWindowModified(), organisation.form.form_error.text()

    # Second consultation: the registration with the notary and the register court.
    log_consultation(
        organisation,
        REGISTRATION_TALK,
        "Eintragung ins Vereinsregister",
        "Anmeldung beim Notar, Unterlagen für das Amtsgericht zusammengestellt.",
        "60",
    )
    # Registered: the stage, the register number and the day of entry.
    d.tab(organisation, "Daten")
    d.select_field(organisation, "Gründungsphase", FoundingStage.REGISTERED.label)
    d.fill(organisation, "Vereinsregister-Nr.", "VR 10582")
    d.fill(organisation, "Eingetragen am", _day(REGISTERED))
    d.click(organisation, "Speichern")
    assert not organisation.isWindowModified(), organisation.form.form_error.text()

    # The contact persons of the new e.V.
    add_contact_person(
        organisation, "Haddad", "Rania", "Vorsitzende", "0385 555 0101", "rania.haddad@example.org"
    )
    add_contact_person(
        organisation,
        "Khalil",
        "Mariam",
        "Kassenwartin",
        "0385 555 0102",
        "mariam.khalil@example.org",
    )
    return organisation


def test_an_mso_is_founded_consultations_stage_contacts_and_register_number(
    qtbot, office_window, sqlite_db: Database
):
    window = office_window
    organisation = found_the_group(window)

    # What she sees in the group's window: both consultations, both contact persons.
    consultations = table_on(d.tab(organisation, "Beratungen"))
    qtbot.waitUntil(lambda: consultations.rowCount() == 2)
    assert d.table_texts(consultations, 1) == ["Eintragung ins Vereinsregister", "Satzung"]
    assert d.table_texts(consultations, 3) == ["60", "90"]
    contacts = table_on(d.tab(organisation, "Ansprechpersonen"))
    qtbot.waitUntil(lambda: contacts.rowCount() == 2)
    assert d.table_texts(contacts, 0) == ["Haddad", "Khalil"]
    assert d.table_texts(contacts, 2) == ["Vorsitzende", "Kassenwartin"]
    d.tab(organisation, "Daten")
    assert d.field(organisation, "Gründungsphase").currentText() == "eingetragen (e.V.)"
    assert d.field(organisation, "Vereinsregister-Nr.").text() == "VR 10582"
    assert d.field(organisation, "Eingetragen am").text() == _day(REGISTERED)
    close_window(organisation)

    # The list of organisations shows the group at its new stage with two contacts.
    page = window.current_list()
    qtbot.waitUntil(lambda: page.row_count() == 1)
    model = page.model
    assert model.index(0, model.column_of("founding_stage")).data() == "eingetragen (e.V.)"
    assert model.index(0, model.column_of("contacts")).data() == "2"

    # -- what was stored
    stored = OrganisationService(sqlite_db).get(1)
    assert stored.name == "Syrischer Frauenverein"
    assert stored.kind is OrganisationKind.MSO
    assert stored.founding_stage is FoundingStage.REGISTERED
    assert stored.register_number == "VR 10582"
    assert stored.registered_on == REGISTERED
    assert stored.statutes_on == STATUTES_ADOPTED
    assert stored.countries == "Syrien"
    held = ConsultationService(sqlite_db).page(
        ListQuery(filters={"organisation": stored.id}), 0, 10
    )
    assert sorted((row[1], row[2], row[4]) for row in held) == [
        (STATUTES_TALK, "Satzung", 90),
        (REGISTRATION_TALK, "Eintragung ins Vereinsregister", 60),
    ]
    people = ContactPersonService(sqlite_db).page(
        ListQuery(filters={"organisation": stored.id}), 0, 10
    )
    assert sorted((row[1], row[2], row[3], row[5]) for row in people) == [
        ("Haddad", "Rania", "Vorsitzende", "rania.haddad@example.org"),
        ("Khalil", "Mariam", "Kassenwartin", "mariam.khalil@example.org"),
    ]
    # The stage went Idee → in Gründung → eingetragen, each step in the record's history.
    history = AuditLogService(sqlite_db).page(
        AuditQuery(entity="organisation", entity_id=stored.id), 0, 100
    )
    stages = [(e.old_value, e.new_value) for e in reversed(history) if e.field == "Gründungsphase"]
    assert stages == [
        (None, "Idee"),
        ("Idee", "in Gründung"),
        ("in Gründung", "eingetragen (e.V.)"),
    ]


def test_a_logged_consultation_opens_again_from_the_groups_window(
    qtbot, office_window, sqlite_db: Database
):
    # Once a window opened from a tab forwarded its »saved« to the organisation window,
    # which then filed itself under the consultation's number: the next double-click
    # raised the organisation window, and its next »Speichern« ran in an endless loop.
    organisation = found_the_group(office_window)
    consultations = table_on(d.tab(organisation, "Beratungen"))
    qtbot.waitUntil(lambda: consultations.rowCount() == 2)
    double_click_text(consultations, "Satzung", 1)
    statutes = form_window("Beratung: Satzung")
    assert d.field(statutes, "Am").text() == _day(STATUTES_TALK)
    assert d.field(statutes, "Thema").text() == "Satzung"
    # Both windows keep working: the consultation's topic corrected, the group saved.
    d.fill(statutes, "Thema", "Satzung und Vorstand")
    d.click(statutes, "Speichern")
    qtbot.waitUntil(lambda: "Satzung und Vorstand" in d.table_texts(consultations, 1))
    d.tab(organisation, "Daten")
    d.fill(organisation, "Kurzname", "SFV")
    d.click(organisation, "Speichern")
    assert OrganisationService(sqlite_db).get(organisation.record_id).short_name == "SFV"
