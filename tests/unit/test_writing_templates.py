"""Templates: placeholders filled per person, unknown ones refused in German before
anything is written, the salutation that needs no gender, saved by name."""

from __future__ import annotations

import pytest

from servicestelle.errors import ServiceError, ValidationError
from servicestelle.writing import templates
from servicestelle.writing.templates import TemplateService


def test_placeholders_are_filled_for_one_person():
    values = {**templates.person_values("Olga", "Petrowa"), "Veranstaltung": "Ehrenamtsforum"}
    text = templates.fill("{Anrede}\n\nwir laden Sie zum {Veranstaltung} ein.", values)
    assert text == "Guten Tag Olga Petrowa,\n\nwir laden Sie zum Ehrenamtsforum ein."


def test_the_default_salutation_needs_no_gender():
    assert templates.salutation("Sam", "Weber") == "Guten Tag Sam Weber,"
    assert templates.salutation("Anna", "Groß", "frau") == "Sehr geehrte Frau Groß,"
    assert templates.salutation("Ali", "Haddad", "herr") == "Sehr geehrter Herr Haddad,"
    assert templates.salutation("Ali", "Haddad", "keine") == "Guten Tag,"
    assert templates.salutation("", "") == "Guten Tag,"


def test_unknown_placeholders_are_named_in_german():
    with pytest.raises(ValidationError) as caught:
        templates.check("Einladung {Termin}", "Hallo {Vorname}, {Strasse} und {Termin}")
    assert "Unbekannte Platzhalter: {Termin}, {Strasse}" in caught.value.message


def test_a_single_brace_is_an_error_and_double_braces_stay():
    with pytest.raises(ValidationError) as caught:
        templates.check("Betreff", "Hallo {Vorname")
    assert "geschweifte Klammer" in caught.value.message
    assert templates.fill("{{Vorname}} heißt {Vorname}", {"Vorname": "Lea"}) == (
        "{Vorname} heißt Lea"
    )


def test_an_empty_subject_is_refused():
    with pytest.raises(ValidationError, match="Betreff"):
        templates.check("  ", "Text")


def test_templates_are_saved_by_name_and_replaced(db):
    service = TemplateService(db)
    service.save("Ehrenamtsforum", "Einladung {Veranstaltung}", "{Anrede}\nbis bald")
    service.save("Dank", "Danke", "{Anrede}\ndanke!")
    service.save("Ehrenamtsforum", "Einladung: {Veranstaltung}", "{Anrede}\nbis dann")
    assert service.names() == ["Dank", "Ehrenamtsforum"]
    saved = service.get("Ehrenamtsforum")
    assert (saved.subject, saved.body) == ("Einladung: {Veranstaltung}", "{Anrede}\nbis dann")
    with pytest.raises(ValidationError, match="Unbekannte Platzhalter"):
        service.save("Kaputt", "Hallo {Vornahme}", "")
    assert "Kaputt" not in service.names()
    service.delete("Dank")
    with pytest.raises(ServiceError, match="gibt es nicht"):
        service.get("Dank")


def test_office_values_come_from_the_settings(db):
    from servicestelle.services.settings import SettingsService

    SettingsService(db).set("office.name", "Integrationsbüro Schwerin")
    values = templates.office_values(db)
    assert values["Stelle"] == "Integrationsbüro Schwerin"
    assert values["Absender"] == db.user
