"""What the first trial at a real window found in the record windows, walked through the
screens: a newcomer's languages, »Neu« clicked twice, an amount in euros, a consent
entered before the first save, the hours booked when a request is closed, the consent
form printed and its version recorded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget

from servicestelle.consent_form import ENGLISH, VERSION, version_label
from servicestelle.db import Database
from servicestelle.enums import LanguageLevel
from servicestelle.services.base import ListQuery
from servicestelle.services.hours import HoursService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.organisations import FundingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from tests.scenarios.answers import (
    ModalAnswer,
    click_menu_entry,
    record_warnings,
    save_files_as,
    shown_texts,
    typed,
)
from ui.forms.form_dialog import FormDialog
from ui.print_preview import PrintPreview


def _forms() -> list[FormDialog]:
    return [w for w in d.windows() if isinstance(w, FormDialog)]


def test_a_newcomers_languages_with_level_are_entered_in_the_form(
    qtbot, office_window, sqlite_db: Database
):
    d.go_to(office_window, "Neuzugewanderte")
    dialog = d.opened(FormDialog, lambda: d.trigger(office_window, "Neu"))
    d.fill(dialog, "Nachname", "Kovalenko")
    d.fill(dialog, "Vorname", "Oksana")
    d.click(dialog, "Sprache hinzufügen")
    d.choose(d.field(dialog, "Sprache in Zeile 1"), "Ukrainisch")
    d.choose(d.field(dialog, "Niveau in Zeile 1"), LanguageLevel.NATIVE.label)
    d.click(dialog, "Sprache hinzufügen")
    d.choose(d.field(dialog, "Sprache in Zeile 2"), "Deutsch")
    d.choose(d.field(dialog, "Niveau in Zeile 2"), LanguageLevel.BASIC.label)
    d.click(dialog, "Speichern")

    newcomer = NewcomerService(sqlite_db).get(1)
    assert {(link.language.code, link.level) for link in newcomer.languages} == {
        ("uk", LanguageLevel.NATIVE),
        ("de", LanguageLevel.BASIC),
    }
    # The list shows them at once (no F5).
    page = office_window.current_list()
    qtbot.waitUntil(lambda: page.row_count() == 1)


def test_new_clicked_twice_opens_one_form(qtbot, office_window, sqlite_db: Database):
    d.go_to(office_window, "Veranstaltungen")
    d.trigger(office_window, "Neu")
    d.trigger(office_window, "Neu")
    assert len(_forms()) == 1
    d.go_to(office_window, "Organisationen & MSO")
    organisation = d.opened(FormDialog, lambda: d.trigger(office_window, "Neu"))
    assert len(_forms()) == 2  # another kind: its own form
    d.fill(organisation, "Name", "Syrischer Frauenverein")
    d.click(organisation, "Speichern")
    d.trigger(office_window, "Neu")  # the first one is saved: a new form again
    assert len(_forms()) == 3


def test_a_funding_amount_is_typed_as_people_write_it_and_shown_in_euros(
    qtbot, office_window, sqlite_db: Database, monkeypatch
):
    warnings = record_warnings(monkeypatch)
    d.go_to(office_window, "Organisationen & MSO")
    organisation = d.opened(FormDialog, lambda: d.trigger(office_window, "Neu"))
    d.fill(organisation, "Name", "Syrischer Frauenverein")
    d.click(organisation, "Speichern")
    d.tab(organisation, "Förderanträge")
    application = d.opened(FormDialog, lambda: d.click(organisation, "Förderantrag eintragen…"))
    d.fill(application, "Förderprogramm", "Integrationsfonds")
    d.fill(application, "Betrag (€)", "zwölf")
    d.select_field(application, "Stand", "beantragt")
    d.click(application, "Speichern")
    assert any("kein Betrag" in text for text in warnings + [shown_texts(application)]), warnings
    application.activateWindow()  # a click into the window in front
    qtbot.waitUntil(application.isActiveWindow)
    d.fill(application, "Betrag (€)", "1.500")
    QTest.keyClick(d.field(application, "Betrag (€)"), Qt.Key.Key_Tab)  # on to the next field
    assert typed(application, "Betrag (€)") == "1.500,00\xa0€"  # (kept on one line)
    d.click(application, "Speichern")

    stored = FundingService(sqlite_db).get(1)
    assert stored.amount == Decimal("1500.00")
    funding = d.tab(organisation, "Förderanträge")
    tables = [t for t in funding.findChildren(QTableWidget) if d.visible(t)]
    qtbot.waitUntil(lambda: tables[0].rowCount() == 1)
    assert "1.500,00\xa0€" in d.table_texts(tables[0], 2)


def test_a_walk_in_is_entered_with_consent_before_the_first_save(
    qtbot, office_window, sqlite_db: Database, monkeypatch
):
    """The related tabs are there while the record is new: the consent is entered in the
    same go; its window first stores what was typed (and says what is missing)."""
    warnings = record_warnings(monkeypatch)
    d.go_to(office_window, "Neuzugewanderte")
    dialog = d.opened(FormDialog, lambda: d.trigger(office_window, "Neu"))
    d.tab(dialog, "Einwilligungen")
    d.click(dialog, "Einwilligung eintragen…")  # nothing typed yet: nothing stored
    assert NewcomerService(sqlite_db).count() == 0
    assert "Pflichtfelder" in shown_texts(dialog)
    assert dialog.tabs.currentIndex() == 0  # back on the fields to fill in

    d.fill(dialog, "Nachname", "Haidari")
    d.fill(dialog, "Vorname", "Zahra")
    d.tab(dialog, "Einwilligungen")
    answer = ModalAnswer("Eintragen", lambda box: d.fill(box, "Anmerkung", "mündlich"))
    d.click(dialog, "Einwilligung eintragen…")
    answer.check()
    assert not warnings, warnings
    assert dialog.windowTitle().startswith("Neuzugewanderte*r: Haidari, Zahra"), (
        dialog.windowTitle()
    )
    newcomer = NewcomerService(sqlite_db).get(1)
    assert [(c.note, c.storage) for c in newcomer.consents] == [("mündlich", True)]
    assert NewcomerService(sqlite_db).count() == 1
    d.click(dialog, "Speichern")  # nothing more to store, no second record
    assert NewcomerService(sqlite_db).count() == 1


def test_closing_a_request_books_the_hours_and_refuses_a_future_day(
    qtbot, office_window, sqlite_db: Database, monkeypatch
):
    volunteers = VolunteerService(sqlite_db)
    anna = volunteers.create(first_name="Anna", last_name="Berger", status="aktiv")
    requests = HelpRequestService(sqlite_db)
    request = requests.create(title="Begleitung zur Ausländerbehörde")
    requests.assign(request.id, anna.id)
    warnings = record_warnings(monkeypatch)

    d.go_to(office_window, "Hilfsanfragen")
    page = office_window.current_list()
    qtbot.waitUntil(lambda: page.row_count() == 1)
    window = d.opened(FormDialog, lambda: d.double_click_row(page.view, 0))
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).strftime("%d.%m.%Y")

    def too_early(box) -> None:
        d.fill(box, "Erledigt am", tomorrow)
        d.fill(box, "Stunden von Berger, Anna", "3,5")

    refused = ModalAnswer("Erledigt", too_early)
    d.click(window, "Erledigt")
    assert "Zukunft" in " ".join(refused.problems + warnings), (refused.problems, warnings)
    assert requests.get(request.id).status.value != "erledigt"

    answer = ModalAnswer("Erledigt", lambda box: d.fill(box, "Stunden von Berger, Anna", "3,5"))
    d.click(window, "Erledigt")
    answer.check()
    assert requests.get(request.id).closed_on == dt.date.today()
    booked = HoursService(sqlite_db).page(ListQuery(filters={"volunteer": anna.id}), 0, 10)
    assert [(row[1], row[2]) for row in booked] == [(dt.date.today(), Decimal("3.50"))]


def test_the_consent_form_is_printed_signed_and_its_version_recorded(
    qtbot, office_window, sqlite_db: Database, monkeypatch, tmp_path
):
    """Frau Okafor speaks English: the form comes in German and English; the consent
    entered afterwards records that version of the form."""
    NewcomerService(sqlite_db).create(
        last_name="Okafor", first_name="Grace", kind="person", languages=[("en", "gut")]
    )
    d.go_to(office_window, "Neuzugewanderte")
    page = office_window.current_list()
    qtbot.waitUntil(lambda: page.row_count() == 1)
    window = d.opened(FormDialog, lambda: d.double_click_row(page.view, 0))
    click_menu_entry(window, "Drucken", "Einwilligungserklärung …")
    qtbot.waitUntil(lambda: any(isinstance(w, PrintPreview) for w in d.windows()), timeout=20000)
    preview = d.active_dialog(PrintPreview)
    pdf = tmp_path / "Einwilligung_Okafor.pdf"
    save_files_as(monkeypatch, "ui.print_preview", pdf)
    d.click(preview, "Als PDF speichern …")
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Consent to the processing of personal data" in text and "Okafor" in text
    preview.close()

    d.tab(window, "Einwilligungen")

    def consent(box) -> None:
        assert typed(box, "Formular") == version_label(ENGLISH)
        d.click(box, "Kontakt per E-Mail")

    answer = ModalAnswer("Eintragen", consent)
    d.click(window, "Einwilligung eintragen…")
    answer.check()
    stored = NewcomerService(sqlite_db).get(1).consents
    assert [(c.form_version, c.contact_email) for c in stored] == [
        (f"Fassung {VERSION} (Deutsch, Englisch)", True)
    ]


def test_a_volunteer_who_stops_is_entered_with_the_reason(
    qtbot, office_window, sqlite_db: Database
):
    """»Ausgeschieden« with the day and the reason, in fields of their own (the list can
    show the reason); back again later, the old reason is history and goes."""
    from servicestelle.enums import VolunteerStatus

    d.go_to(office_window, "Ehrenamtliche")
    dialog = d.opened(FormDialog, lambda: d.trigger(office_window, "Neu"))
    d.fill(dialog, "Nachname", "Berg")
    d.fill(dialog, "Vorname", "Uwe")
    d.choose(d.field(dialog, "Status"), VolunteerStatus.LEFT.label)
    d.fill(dialog, "Grund des Ausscheidens", "Umzug nach Hamburg")
    d.click(dialog, "Speichern")

    uwe = VolunteerService(sqlite_db).get(1)
    assert uwe.status == VolunteerStatus.LEFT
    assert uwe.left_reason == "Umzug nach Hamburg"
    assert uwe.left_on == dt.date.today()
    assert typed(dialog, "Grund des Ausscheidens") == "Umzug nach Hamburg"

    d.choose(d.field(dialog, "Status"), VolunteerStatus.ACTIVE.label)
    d.click(dialog, "Speichern")
    back = VolunteerService(sqlite_db).get(1)
    assert back.status == VolunteerStatus.ACTIVE
    assert back.left_on is None and back.left_reason is None
