"""Detail forms: create, edit, validation at the field, conflicts, unsaved changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from servicestelle.availability import bit
from servicestelle.db import Database, open_database
from servicestelle.enums import LanguageLevel
from servicestelle.services.lists import ActivityFieldService, LanguageService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.volunteers import VolunteerService
from ui.forms.form_dialog import FormDialog, open_record_dialog
from ui.forms.record_form import ChoiceEditor, DateEditor, NumberEditor, TextEditor


@pytest.fixture
def dialogs(qtbot: object) -> Iterator[list[FormDialog]]:
    """Dialogs opened by a test; closed without questions afterwards."""
    opened: list[FormDialog] = []
    yield opened
    for dialog in opened:
        try:
            dialog.form.load(dialog.record)  # nothing unsaved: no question on close
            dialog.close()
        except RuntimeError:  # already deleted
            pass


def open_dialog(
    db: Database, entity: str, dialogs: list[FormDialog], record_id: int | None = None
) -> FormDialog:
    dialog = open_record_dialog(None, db, entity, record_id)
    dialogs.append(dialog)
    return dialog


def set_text(dialog: FormDialog, name: str, text: str) -> None:
    editor = dialog.form.editors[name]
    assert isinstance(editor, TextEditor | DateEditor)
    editor.set_raw(text)  # sets the widget's text: as typed, without key events


def choose(dialog: FormDialog, name: str, value: object) -> None:
    editor = dialog.form.editors[name]
    assert isinstance(editor, ChoiceEditor)
    combo = editor.widget
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


@pytest.fixture
def volunteer(sqlite_db: Database) -> int:
    record = VolunteerService(sqlite_db).create(
        first_name="Jürgen", last_name="Müller", status="aktiv", phone="0385 5451261"
    )
    return int(record.id)


def test_create_volunteer_through_the_dialog(
    sqlite_db: Database, dialogs: list[FormDialog]
) -> None:
    dialog = open_dialog(sqlite_db, "volunteer", dialogs)
    assert dialog.title() == "Neue*r Ehrenamtliche*r"
    set_text(dialog, "last_name", "Öztürk")
    set_text(dialog, "first_name", "Ayşe")
    set_text(dialog, "phone", "0385 5451261")
    set_text(dialog, "since", "01.03.2024")
    saved: list[tuple[str, int]] = []
    dialog.saved.connect(lambda entity, record_id: saved.append((entity, record_id)))

    dialog.save_button.click()

    assert saved and saved[0][0] == "volunteer"
    record = VolunteerService(sqlite_db).get(saved[0][1])
    assert (record.last_name, record.first_name) == ("Öztürk", "Ayşe")
    assert record.phone == "+493855451261"
    assert record.since.isoformat() == "2024-03-01"
    assert record.created_by == "Frau Test"
    assert dialog.title() == "Ehrenamtliche*r: Öztürk, Ayşe"
    assert not dialog.form.is_dirty()
    # The phone number is shown the German way again.
    assert dialog.form.editors["phone"].raw() == "0385 5451261"


def test_required_field_is_marked(sqlite_db: Database, dialogs: list[FormDialog]) -> None:
    dialog = open_dialog(sqlite_db, "volunteer", dialogs)
    assert dialog.form.label_text(dialog.form.fields["last_name"]) == "Nachname *"
    assert dialog.form.label_text(dialog.form.fields["first_name"]) == "Vorname"


def test_invalid_email_is_shown_at_its_field(
    sqlite_db: Database, dialogs: list[FormDialog]
) -> None:
    dialog = open_dialog(sqlite_db, "volunteer", dialogs)
    set_text(dialog, "last_name", "Schulz")
    set_text(dialog, "email", "schulz@@beispiel")

    assert dialog.save() is False

    message = dialog.form.error_text("email")
    assert "keine gültige E-Mail-Adresse" in message
    assert dialog.form.error_text("last_name") == ""
    assert dialog.form.editors["email"].widget.property("fieldError") is True
    assert VolunteerService(sqlite_db).count() == 0
    # Editing the field clears its message.
    set_text(dialog, "email", "schulz@beispiel.de")
    assert dialog.form.error_text("email") == ""
    assert dialog.save() is True
    assert VolunteerService(sqlite_db).count() == 1


def test_missing_required_field_and_bad_date(
    sqlite_db: Database, dialogs: list[FormDialog]
) -> None:
    dialog = open_dialog(sqlite_db, "volunteer", dialogs)
    set_text(dialog, "birth_date", "31.02.1990")
    assert dialog.save() is False
    assert "bitte ausfüllen" in dialog.form.error_text("last_name")
    assert "kein Datum" in dialog.form.error_text("birth_date")


def test_languages_activities_and_availability_round_trip(
    sqlite_db: Database, dialogs: list[FormDialog], volunteer: int
) -> None:
    languages = dict((name, i) for i, name in LanguageService(sqlite_db).choices())
    fields = ActivityFieldService(sqlite_db).choices()
    dialog = open_dialog(sqlite_db, "volunteer", dialogs, volunteer)
    form = dialog.form
    assert not form.is_dirty()

    row = form.languages.add_row(None, LanguageLevel.GOOD)
    combo = form.languages.language_combo(row)
    combo.setCurrentIndex(combo.findData(languages["Arabisch"]))
    level = form.languages.level_combo(row)
    level.setCurrentIndex(level.findData(LanguageLevel.NATIVE.value))
    row = form.languages.add_row(None, LanguageLevel.GOOD)
    combo = form.languages.language_combo(row)
    combo.setCurrentIndex(combo.findData(languages["Ukrainisch"]))
    form.activities.check(fields[0][0])
    form.activities.check(fields[2][0])
    form.editors["availability"].grid.set_checked(0, 0)  # Montag Vormittag
    form.editors["availability"].grid.set_checked(4, 2)  # Freitag Abend
    assert form.is_dirty()
    assert dialog.save()

    record = VolunteerService(sqlite_db).get(volunteer)
    assert {(link.language.name, link.level) for link in record.languages} == {
        ("Arabisch", LanguageLevel.NATIVE),
        ("Ukrainisch", LanguageLevel.GOOD),
    }
    assert sorted(link.activity_field_id for link in record.activities) == [
        fields[0][0],
        fields[2][0],
    ]
    assert record.availability == bit(0, 0) | bit(4, 2)
    assert record.version == 2

    # Shown again as saved; removing a language saves the removal.
    assert sorted(form.languages.entries()) == sorted(
        [(languages["Arabisch"], "muttersprache"), (languages["Ukrainisch"], "gut")]
    )
    assert form.editors["availability"].raw() == bit(0, 0) | bit(4, 2)
    assert "zuletzt geändert" in form.info.text() and "Frau Test" in form.info.text()
    assert "Version" not in form.info.text()  # the locking counter is no office word
    form.languages.table.setCurrentCell(0, 0)
    form.languages.remove_current()
    form.activities.check(fields[0][0], on=False)
    assert dialog.save()
    record = VolunteerService(sqlite_db).get(volunteer)
    assert len(record.languages) == 1
    assert [link.activity_field_id for link in record.activities] == [fields[2][0]]


def test_conflict_reapply_keeps_both_changes(
    sqlite_db: Database,
    dialogs: list[FormDialog],
    volunteer: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(sqlite_db, "volunteer", dialogs, volunteer)
    set_text(dialog, "city", "Schwerin")

    # A colleague at another computer: a second connection with another name.
    other = open_database(tmp_path / "test.db", user="Herr K.")
    try:
        service = VolunteerService(other)
        service.update(volunteer, 1, street="Am Markt 1")
    finally:
        other.dispose()

    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        for button in box.buttons():
            if button.text() == "Meine Änderung erneut anwenden":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert dialog.save() is True

    assert shown and "Herr K." in shown[0]
    record = VolunteerService(sqlite_db).get(volunteer)
    assert (record.street, record.city) == ("Am Markt 1", "Schwerin")
    assert record.version == 3
    assert dialog.version == 3
    assert dialog.form.editors["street"].raw() == "Am Markt 1"


def test_conflict_reload_discards_own_edits(
    sqlite_db: Database,
    dialogs: list[FormDialog],
    volunteer: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(sqlite_db, "volunteer", dialogs, volunteer)
    set_text(dialog, "city", "Rostock")
    VolunteerService(sqlite_db).update(volunteer, 1, city="Wismar")

    def answer(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Neu laden").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert dialog.save() is False
    assert dialog.form.editors["city"].raw() == "Wismar"
    assert not dialog.form.is_dirty()
    assert VolunteerService(sqlite_db).get(volunteer).city == "Wismar"


@pytest.mark.parametrize(
    ("answer", "closed", "city"),
    [
        (QMessageBox.StandardButton.Cancel, False, None),
        (QMessageBox.StandardButton.Discard, True, None),
        (QMessageBox.StandardButton.Save, True, "Schwerin"),
    ],
)
def test_closing_with_unsaved_changes_asks(
    sqlite_db: Database,
    dialogs: list[FormDialog],
    volunteer: int,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    closed: bool,
    city: str | None,
) -> None:
    dialog = FormDialog(VolunteerService(sqlite_db), _volunteer_form(sqlite_db), volunteer)
    dialogs.append(dialog)
    dialog.show()
    asked: list[str] = []

    def reply(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", reply)
    dialog.close_button.click()
    assert asked == []  # nothing changed: closes without a question
    assert not dialog.isVisible()

    dialog.show()
    set_text(dialog, "city", "Schwerin")
    dialog.close_button.click()
    assert asked == ["Änderungen speichern?"]
    assert dialog.isVisible() is not closed
    assert VolunteerService(sqlite_db).get(volunteer).city == city


def _volunteer_form(db: Database):  # type: ignore[no-untyped-def]
    from ui.forms.volunteer_form import VolunteerForm

    return VolunteerForm(db)


def test_newcomer_through_the_generic_form(
    sqlite_db: Database, dialogs: list[FormDialog]
) -> None:
    dialog = open_dialog(sqlite_db, "newcomer", dialogs)
    assert dialog.title() == "Neue*r Neuzugewanderte*r"
    set_text(dialog, "last_name", "Haddad")
    set_text(dialog, "country_of_origin", "Syrien")
    household = dialog.form.editors["household_size"]
    assert isinstance(household, NumberEditor)
    assert household.raw() is None  # an empty number stays empty
    household.set_raw(4)
    assert dialog.save()

    record = NewcomerService(sqlite_db).get(dialog.record_id)  # type: ignore[arg-type]
    assert (record.last_name, record.country_of_origin, record.household_size) == (
        "Haddad",
        "Syrien",
        4,
    )
    # Editing sends only the changed field.
    set_text(dialog, "city", "Schwerin")
    assert dialog.form.values() == {"city": "Schwerin"}
    assert dialog.save()
    assert NewcomerService(sqlite_db).get(record.id).version == 2


def test_organisation_through_the_generic_form(
    sqlite_db: Database, dialogs: list[FormDialog]
) -> None:
    dialog = open_dialog(sqlite_db, "organisation", dialogs)
    set_text(dialog, "name", "Verein Brücke e. V.")
    choose(dialog, "kind", "verein")
    set_text(dialog, "postcode", "1905")
    assert not dialog.save()
    assert "fünf Ziffern" in dialog.form.error_text("postcode")
    set_text(dialog, "postcode", "19053")
    assert dialog.save()
    record = OrganisationService(sqlite_db).get(dialog.record_id)  # type: ignore[arg-type]
    assert (record.name, record.kind.value, record.postcode) == (
        "Verein Brücke e. V.",
        "verein",
        "19053",
    )
    assert dialog.title() == "Organisation: Verein Brücke e. V."


@pytest.mark.parametrize("entity", ["help_request", "pairing", "event"])
def test_other_forms_open_without_workflow_fields(
    sqlite_db: Database, dialogs: list[FormDialog], entity: str
) -> None:
    dialog = open_dialog(sqlite_db, entity, dialogs)
    assert "status" not in dialog.form.editors or entity == "event"
    assert dialog.form.editors
    assert not dialog.form.is_dirty()


def test_pairing_picks_people_by_name(
    sqlite_db: Database, dialogs: list[FormDialog], volunteer: int
) -> None:
    from servicestelle.services.pairings import PairingService

    newcomer = NewcomerService(sqlite_db).create(last_name="Haddad", first_name="Rami")
    dialog = open_dialog(sqlite_db, "pairing", dialogs)
    picker = dialog.form.editors["volunteer_id"]
    assert (volunteer, "Müller, Jürgen (0385 5451261)") in [
        (i, t) for i, t in picker.finder("Müll")  # type: ignore[attr-defined]
    ]
    picker.choose(volunteer)  # type: ignore[attr-defined]
    dialog.form.editors["newcomer_id"].choose(newcomer.id)  # type: ignore[attr-defined]
    assert dialog.save()
    assert dialog.title() == "Patenschaft: Müller, Jürgen – Haddad, Rami"
    assert PairingService(sqlite_db).get(dialog.record_id).volunteer_id == volunteer  # type: ignore[arg-type]
