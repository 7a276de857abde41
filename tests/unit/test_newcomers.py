"""Newcomers: persons and households, languages, list filters and search, archiving."""

from __future__ import annotations

import datetime as dt

import pytest

from servicestelle.enums import LanguageLevel, NewcomerKind, NewcomerStatus
from servicestelle.errors import ConflictError, ServiceError, ValidationError
from servicestelle.services.base import ListQuery
from servicestelle.services.lists import DistrictService, LanguageService
from servicestelle.services.newcomers import NewcomerService


@pytest.fixture
def service(db):
    return NewcomerService(db)


@pytest.fixture
def districts(db):
    return DistrictService(db).by_name()


@pytest.fixture
def languages(db):
    return LanguageService(db).ids_by_code()


def names(service, query=None):
    """Last names in the order the list shows them."""
    columns = list(service.columns)
    rows = service.page(query or ListQuery(), 0, 100)
    return [row[1 + columns.index("last_name")] for row in rows]


@pytest.mark.any_db
def test_person_gets_defaults_and_languages_as_native(service):
    created = service.create(first_name="Olena", last_name="Koval", languages=["uk", "ru"])
    person = service.get(created.id)
    assert person.kind is NewcomerKind.PERSON
    assert person.status is NewcomerStatus.OPEN
    assert person.created_by == "Frau Test"
    assert {link.language.code: link.level for link in person.languages} == {
        "uk": LanguageLevel.NATIVE,
        "ru": LanguageLevel.NATIVE,
    }


def test_household_with_language_levels_and_district(service, districts):
    created = service.create(
        last_name="Familie Haddad", kind="haushalt", household_size="5", children_count=3,
        contact_name="Rami Haddad", district_id=districts["Mueßer Holz"],
        languages=[("ar", "muttersprache"), ("de", "Grundkenntnisse")],
    )
    household = service.get(created.id)
    assert household.kind is NewcomerKind.HOUSEHOLD
    assert (household.household_size, household.children_count) == (5, 3)
    assert household.district_id == districts["Mueßer Holz"]
    assert {link.language.code: link.level for link in household.languages} == {
        "ar": LanguageLevel.NATIVE,
        "de": LanguageLevel.BASIC,
    }


@pytest.mark.any_db
def test_unknown_language_is_rejected_on_field_languages(service):
    with pytest.raises(ValidationError) as caught:
        service.create(last_name="Nowak", languages=["xx"])
    assert "xx" in caught.value.field_errors["languages"]
    assert service.count() == 0


@pytest.mark.parametrize(("size", "children"), [(2, 2), (3, 4), (None, 1)])
@pytest.mark.any_db
def test_at_least_one_adult_per_household(service, size, children):
    with pytest.raises(ValidationError) as caught:
        service.create(last_name="Ahmadi", kind="haushalt", household_size=size,
                       children_count=children)
    assert caught.value.field_errors["children_count"] == (
        "Kinder: mehr Kinder als Personen im Haushalt."
    )
    assert service.count() == 0


@pytest.mark.any_db
def test_children_check_also_applies_when_editing(service):
    household = service.create(last_name="Rahimi", kind="haushalt", household_size=4,
                               children_count=2)
    with pytest.raises(ValidationError) as caught:
        service.update(household.id, household.version, household_size=2)
    assert "children_count" in caught.value.field_errors
    assert service.get(household.id).household_size == 4


@pytest.mark.any_db
def test_birth_date_in_the_future_is_rejected(service):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        service.create(last_name="Yilmaz", birth_date=tomorrow.strftime("%d.%m.%Y"))
    assert caught.value.field_errors["birth_date"] == "Geburtsdatum: liegt in der Zukunft"


@pytest.mark.any_db
def test_unknown_referring_organisation_is_rejected_with_a_message(service):
    with pytest.raises(ValidationError) as caught:
        service.create(last_name="Nowak", referred_by_id=99999)
    assert "unbekannt" in caught.value.field_errors["referred_by_id"]
    assert service.count() == 0


def test_list_filters_by_status_kind_district_and_language(service, districts, languages):
    service.create(last_name="Koval", languages=["uk"], district_id=districts["Lankow"])
    service.create(last_name="Haddad", kind="haushalt", household_size=4, children_count=2,
                   languages=["ar"], district_id=districts["Mueßer Holz"])
    service.create(last_name="Rahimi", status="begleitet", languages=["fa", "de"],
                   district_id=districts["Mueßer Holz"])

    def found(**filters):
        return sorted(names(service, ListQuery(filters=filters)))

    assert found(status=NewcomerStatus.SUPPORTED) == ["Rahimi"]
    assert found(status=["offen", "begleitet"]) == ["Haddad", "Koval", "Rahimi"]
    assert found(kind=NewcomerKind.HOUSEHOLD) == ["Haddad"]
    assert found(district=districts["Mueßer Holz"]) == ["Haddad", "Rahimi"]
    assert found(language=languages["ar"]) == ["Haddad"]
    assert found(language=[languages["uk"], languages["fa"]]) == ["Koval", "Rahimi"]
    assert found(district=districts["Mueßer Holz"], language=languages["de"]) == ["Rahimi"]
    assert service.count(ListQuery(filters={"district": districts["Mueßer Holz"]})) == 2


def test_list_shows_district_and_language_names(service, districts):
    created = service.create(last_name="Haddad", languages=["ar"],
                             district_id=districts["Mueßer Holz"])
    columns = list(service.columns)
    (row,) = service.page(ListQuery(), 0, 10)
    assert row[0] == created.id
    assert row[1 + columns.index("district")] == "Mueßer Holz"
    assert row[1 + columns.index("languages")] == "Arabisch"


def test_list_is_sorted_by_name_and_can_be_reversed(service):
    for last, first in [("Weber", "Anna"), ("Abdi", "Samir"), ("Koval", "Olena"),
                        ("Abdi", "Ayan")]:
        service.create(first_name=first, last_name=last)
    assert names(service) == ["Abdi", "Abdi", "Koval", "Weber"]
    columns = list(service.columns)
    rows = service.page(ListQuery(), 0, 2)
    assert [row[1 + columns.index("first_name")] for row in rows] == ["Ayan", "Samir"]
    descending = ListQuery(sort=[("last_name", True)])
    assert names(service, descending) == ["Weber", "Koval", "Abdi", "Abdi"]


@pytest.mark.parametrize("typed", ["mueller", "Müller", "MULLER", "muel"])
def test_text_search_finds_umlauts_however_typed(service, typed):
    service.create(first_name="Jürgen", last_name="Müller")
    service.create(first_name="Hans", last_name="Schmidt")
    assert names(service, ListQuery(text=typed)) == ["Müller"]


def test_search_follows_a_renamed_person(service):
    person = service.create(last_name="Schmidt")
    service.update(person.id, person.version, last_name="Schröder")
    assert names(service, ListQuery(text="schroeder")) == ["Schröder"]
    assert names(service, ListQuery(text="schmidt")) == []


def test_archived_person_is_hidden_unless_asked_for(service):
    kept = service.create(last_name="Koval")
    gone = service.create(last_name="Haddad")
    archived = service.archive(gone.id, gone.version)
    assert archived.is_archived
    assert names(service) == ["Koval"]
    assert service.count() == 1
    assert sorted(names(service, ListQuery(include_archived=True))) == ["Haddad", "Koval"]
    restored = service.restore(gone.id, archived.version)
    assert not restored.is_archived
    assert service.count() == 2
    assert service.get(kept.id).archived_at is None


@pytest.mark.any_db
def test_delete_is_refused_because_history_matters(service):
    person = service.create(last_name="Koval")
    with pytest.raises(ServiceError) as caught:
        service.delete(person.id, person.version)
    assert "archiviert, nicht gelöscht" in str(caught.value)
    assert service.get(person.id).last_name == "Koval"


def test_version_grows_by_one_per_save(service):
    person = service.create(last_name="Koval", languages=["uk"])
    assert person.version == 1
    person = service.update(person.id, 1, phone="0385 5451261")
    assert person.version == 2
    person = service.update(person.id, 2, languages=["uk", "de"])
    assert person.version == 3
    person = service.archive(person.id, 3)
    assert person.version == 4
    assert service.get(person.id).version == 4


def test_stale_version_is_a_conflict(service):
    person = service.create(last_name="Koval")
    service.update(person.id, person.version, first_name="Olena")
    with pytest.raises(ConflictError) as caught:
        service.update(person.id, person.version, first_name="Olha")
    assert caught.value.changed_by == "Frau Test"
    assert service.get(person.id).first_name == "Olena"
