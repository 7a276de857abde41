"""Scenario 3, a request from Caritas: a Syrian family needs someone who speaks Arabic
to accompany the mother to the Ausländerbehörde. Frau R. records the request with its
language on screen and asks for matching volunteers: those who speak Arabic come first."""

from __future__ import annotations

import datetime as dt

from servicestelle.db import Database
from servicestelle.enums import LanguageLevel
from servicestelle.services.consents import ConsentService
from servicestelle.services.lists import DistrictService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from tests.scenarios import driver as d
from ui.forms.form_dialog import FormDialog
from ui.match_dialog import MatchDialog


def the_family(db: Database) -> int:
    """The family, registered by a colleague last month."""
    districts = DistrictService(db).by_name()
    return int(
        NewcomerService(db)
        .create(
            last_name="Al-Ahmad",
            kind="haushalt",
            status="offen",
            district_id=districts["Lankow"],
            household_size="5",
            children_count="3",
        )
        .id
    )


def colleagues_volunteers(db: Database) -> None:
    """The office's volunteers before the scenario: only one of them speaks Arabic,
    and she does not live in the same district as the others."""
    districts = DistrictService(db).by_name()
    volunteers = VolunteerService(db)
    for first, last, district, languages in (
        ("Klaus", "Albrecht", "Lankow", [("de", "muttersprache")]),
        ("Olga", "Baranowa", "Lankow", [("ru", "muttersprache"), ("de", "gut")]),
        ("Samira", "Nasser", "Weststadt", [("ar", "muttersprache"), ("de", "gut")]),
        ("Jens", "Carstens", "Lankow", [("de", "muttersprache"), ("en", "gut")]),
    ):
        record = volunteers.create(
            first_name=first,
            last_name=last,
            status="aktiv",
            district_id=districts[district],
            languages=languages,
        )
        ConsentService(db).give("volunteer", record.id, contact_email=True)


def test_a_request_for_an_arabic_speaker_entered_on_screen_ranks_arabic_speakers_first(
    qtbot, office_window, sqlite_db: Database
):
    colleagues_volunteers(sqlite_db)
    family = the_family(sqlite_db)
    window = office_window

    d.go_to(window, "Hilfsanfragen")
    dialog = d.opened(FormDialog, lambda: d.trigger(window, "Neu"))
    d.fill(dialog, "Anliegen", "Begleitung zur Ausländerbehörde")
    d.fill(dialog, "Eingegangen am", dt.date.today().strftime("%d.%m.%Y"))
    d.pick(qtbot, dialog, "Für (Neuzugewanderte*r)", "Al-Ahm", "Al-Ahmad")
    assert d.field(dialog, "Stadtteil").currentText() == "Lankow"  # the family's district
    d.click(dialog, "Sprache hinzufügen")
    d.choose(d.field(dialog, "Sprache in Zeile 1"), "Arabisch")
    d.choose(d.field(dialog, "Niveau in Zeile 1"), LanguageLevel.GOOD.label)
    d.click(dialog, "Sprache zwingend")
    d.click(dialog, "Speichern")

    requests = HelpRequestService(sqlite_db)
    assert requests.count() == 1
    (request,) = [requests.get(1)]
    assert [link.language.code for link in request.languages] == ["ar"]
    assert request.languages[0].min_level is LanguageLevel.GOOD
    assert request.languages_required is True
    assert request.newcomer_id == family
    assert request.district_id == DistrictService(sqlite_db).by_name()["Lankow"]
    assert dialog.windowTitle().startswith("Hilfsanfrage: Begleitung zur Ausländerbehörde")

    # The saved language is shown when the request is opened again.
    assert d.field(dialog, "Sprache in Zeile 1").currentText() == "Arabisch"

    matches = d.opened(MatchDialog, lambda: d.click(dialog, "Passende Ehrenamtliche finden…"))
    qtbot.waitUntil(lambda: not matches.busy)
    assert matches.table.rowCount() > 0, matches.summary.text()
    names = d.table_texts(matches.table, column=2)
    assert names[0].startswith("Nasser, Samira"), names
    # Each candidate's district and languages are shown beside the reasons.
    where = d.table_texts(matches.table, column=5)[0]
    assert "Weststadt" in where and "Arabisch (Muttersprache)" in where, where
    # With the language required, nobody without Arabic is offered at all.
    assert all("Nasser" in name for name in names), names
