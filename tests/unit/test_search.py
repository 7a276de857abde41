"""The global search box: names, e-mail, phone, notes, organisations, as you type."""

from __future__ import annotations

import pytest

from servicestelle.search import fold_document, fold_query
from servicestelle.services.global_search import search
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService


def test_folding_writes_umlauts_out_and_strips_accents():
    assert fold_query("Müller-Lüdenscheidt") == [("mueller", "muller"),
                                                 ("luedenscheidt", "ludenscheidt")]
    assert fold_query("Straße") == [("strasse",)]
    assert set(fold_document(["Öztürk"]).split()) == {"oeztuerk", "ozturk"}


@pytest.fixture
def filled(db):
    volunteers = VolunteerService(db)
    people = {
        "mueller": volunteers.create(last_name="Müller", first_name="Jürgen",
                                     email="j.mueller@web.de", phone="0385 5451261"),
        "olena": volunteers.create(last_name="Шевченко", first_name="Олена",
                                   notes="kommt aus Charkiw"),
        "ahmad": volunteers.create(last_name="الحسن", first_name="أحمد"),
    }
    org = OrganisationService(db).create(name="Syrischer Frauenverein Schwerin e.V.", kind="mso")
    request = HelpRequestService(db).create(title="Begleitung Ausländerbehörde",
                                            description="Termin am Dienstag, Arabisch")
    return people, org, request


@pytest.mark.parametrize("typed", ["müller", "MUELLER", "Muller", "mül", "jürgen müller"])
def test_umlaut_spellings_all_find_mueller(db, filled, typed):
    people, _org, _request = filled
    hits = search(db, typed)
    assert [(h.entity, h.entity_id) for h in hits] == [("volunteer", people["mueller"].id)]
    assert hits[0].title == "Müller, Jürgen"


def test_search_covers_email_phone_notes_scripts_organisations_and_requests(db, filled):
    people, org, request = filled
    assert search(db, "j.mueller@web")[0].entity_id == people["mueller"].id
    assert search(db, "0385545")[0].entity_id == people["mueller"].id
    assert search(db, "charkiw")[0].entity_id == people["olena"].id
    assert search(db, "олена")[0].entity_id == people["olena"].id
    assert search(db, "أحمد")[0].entity_id == people["ahmad"].id
    assert [(h.entity, h.entity_id) for h in search(db, "frauenverein")] == [
        ("organisation", org.id)]
    assert search(db, "frauenverein")[0].detail == "MSO"
    assert [(h.entity, h.entity_id) for h in search(db, "ausländerbehörde")] == [
        ("help_request", request.id)]
    assert search(db, "   ") == []


def test_search_follows_edits_and_hides_archived_records(db, filled):
    people, _org, _request = filled
    volunteers = VolunteerService(db)
    olena = volunteers.update(people["olena"].id, people["olena"].version,
                              last_name="Коваленко")
    assert search(db, "шевченко") == []
    assert search(db, "коваленко")[0].title == "Коваленко, Олена"
    volunteers.archive(olena.id, olena.version)
    assert search(db, "коваленко") == []
    assert search(db, "коваленко", include_archived=True)[0].archived is True
