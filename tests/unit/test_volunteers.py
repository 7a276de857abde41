"""Volunteers: validation with German messages, lists in the database, links, clearances."""

from __future__ import annotations

import datetime as dt

import pytest

from servicestelle.enums import LanguageLevel, VolunteerStatus
from servicestelle.errors import NotFoundError, ServiceError, ValidationError
from servicestelle.services.base import ListQuery
from servicestelle.services.lists import ActivityFieldService, DistrictService
from servicestelle.services.volunteers import VolunteerService


@pytest.fixture
def service(db):
    return VolunteerService(db)


def test_create_normalises_phone_and_email_and_reads_back(service):
    created = service.create(
        first_name=" Jürgen ", last_name="Müller", phone="0385/545-1261",
        email="Juergen.Mueller@Web.DE", birth_date="03.07.1961", status="aktiv",
    )
    volunteer = service.get(created.id)
    assert volunteer.first_name == "Jürgen"
    assert volunteer.phone == "+493855451261"
    assert volunteer.email == "Juergen.Mueller@web.de"
    assert volunteer.birth_date == dt.date(1961, 7, 3)
    assert volunteer.status is VolunteerStatus.ACTIVE
    assert volunteer.version == 1
    assert volunteer.created_by == "Frau Test"


@pytest.mark.any_db
def test_phone_that_lost_its_leading_zero_is_repaired(service):
    assert service.create(last_name="Haddad", phone="3856500615").phone == "+493856500615"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "anna@", "keine gültige E-Mail-Adresse"),
        ("phone", "12", "keine gültige Telefonnummer"),
        ("birth_date", "2999-01-01", "liegt in der Zukunft"),
        ("birth_date", "01.01.1850", "nicht plausibel"),
        ("birth_date", "31.02.2000", "kein Datum"),
        ("postcode", "1905", "fünf Ziffern"),
        ("max_pairings", "viele", "keine ganze Zahl"),
        ("status", "verschollen", "erlaubt sind"),
    ],
)
@pytest.mark.any_db
def test_invalid_values_get_a_german_message_at_their_field(service, field, value, message):
    with pytest.raises(ValidationError) as caught:
        service.create(last_name="Schröder", **{field: value})
    assert message in caught.value.field_errors[field]
    assert service.count() == 0


@pytest.mark.any_db
def test_last_name_is_required(service):
    with pytest.raises(ValidationError) as caught:
        service.create(first_name="Olena", last_name="  ")
    assert caught.value.field_errors == {"last_name": "Nachname: bitte ausfüllen."}


@pytest.mark.any_db
def test_unknown_district_is_rejected(service):
    with pytest.raises(ValidationError) as caught:
        service.create(last_name="Öztürk", district_id=99999)
    assert "Stadtteil" in caught.value.field_errors["district_id"]


def test_languages_and_activity_fields_are_stored_and_replaced(db, service):
    fields = ActivityFieldService(db).by_name()
    volunteer = service.create(
        last_name="Karimi", languages=[("fa", "muttersprache"), "de"],
        activity_field_ids=[fields["Deutsch üben"]],
    )
    levels = {link.language.code: link.level for link in service.get(volunteer.id).languages}
    assert levels == {"fa": LanguageLevel.NATIVE, "de": LanguageLevel.GOOD}

    updated = service.update(volunteer.id, volunteer.version, languages=[("de", "Fließend")],
                             activity_field_ids=[])
    fresh = service.get(volunteer.id)
    assert [(x.language.code, x.level) for x in fresh.languages] == [("de", LanguageLevel.FLUENT)]
    assert fresh.activities == []
    assert updated.version == volunteer.version + 1


@pytest.mark.any_db
def test_unknown_language_is_reported(service):
    with pytest.raises(ValidationError) as caught:
        service.create(last_name="Ahmadzai", languages=["xx"])
    assert "xx" in caught.value.field_errors["languages"]


def _some_volunteers(db, service):
    districts = DistrictService(db).by_name()
    people = [
        ("Müller", "Anna", "aktiv", "Lankow", ["de", "ru"]),
        ("Mueller", "Bernd", "aktiv", "Weststadt", ["de"]),
        ("Al-Hassan", "Samir", "pausiert", "Mueßer Holz", ["ar", "de"]),
        ("Шевченко", "Олена", "aktiv", "Neu Zippendorf", ["uk", "ru"]),
        ("Öztürk", "Ayşe", "interessiert", "Lankow", ["tr", "de"]),
    ]
    for last, first, status, district, languages in people:
        service.create(last_name=last, first_name=first, status=status,
                       district_id=districts[district], languages=languages)
    return districts


def test_list_filters_sorts_and_pages_in_the_database(db, service):
    districts = _some_volunteers(db, service)
    columns = list(service.columns)
    name = columns.index("last_name") + 1

    assert service.count() == 5
    assert service.count(ListQuery(filters={"status": "aktiv"})) == 3
    assert service.count(ListQuery(filters={"status": ["aktiv", "pausiert"]})) == 4
    assert service.count(ListQuery(filters={"district": districts["Lankow"]})) == 2
    russian = db_language_id(db, "ru")
    assert service.count(ListQuery(filters={"language": russian})) == 2

    descending = service.page(ListQuery(sort=[("last_name", True)]), 0, 10)
    assert descending[0][name] == "Шевченко"
    second_page = service.page(ListQuery(sort=[("last_name", False)]), 2, 2)
    assert len(second_page) == 2
    row = service.page(ListQuery(filters={"district": districts["Mueßer Holz"]}), 0, 10)[0]
    assert row[columns.index("district") + 1] == "Mueßer Holz"
    assert "Arabisch" in row[columns.index("languages") + 1]


def db_language_id(db, code):
    from servicestelle.services.lists import LanguageService

    return LanguageService(db).ids_by_code()[code]


def test_list_text_filter_finds_umlauts_both_ways(db, service):
    _some_volunteers(db, service)
    assert service.count(ListQuery(text="müller")) == 2
    assert service.count(ListQuery(text="MUELLER")) == 2
    assert service.count(ListQuery(text="oztürk")) == 1
    assert service.count(ListQuery(text="олена")) == 1
    assert service.count(ListQuery(text="anna müll")) == 1


@pytest.mark.any_db
def test_unknown_filter_is_a_clear_error(service):
    with pytest.raises(ServiceError, match="Unbekannter Filter"):
        service.count(ListQuery(filters={"shoe_size": 42}))


def test_archived_volunteers_are_hidden_but_kept(service):
    volunteer = service.create(last_name="Lange", first_name="Heike")
    archived = service.archive(volunteer.id, volunteer.version)
    assert archived.archived_at is not None
    assert service.count() == 0
    assert service.count(ListQuery(include_archived=True)) == 1
    restored = service.restore(archived.id, archived.version)
    assert restored.archived_at is None and service.count() == 1


@pytest.mark.any_db
def test_volunteers_are_archived_not_deleted(service):
    volunteer = service.create(last_name="Brandt")
    with pytest.raises(ServiceError, match="archiviert, nicht gelöscht"):
        service.delete(volunteer.id, volunteer.version)


@pytest.mark.any_db
def test_missing_record_is_reported_in_german(service):
    with pytest.raises(NotFoundError, match="Nr. 4711 gibt es nicht"):
        service.get(4711)


@pytest.mark.any_db
def test_leaving_sets_the_date_and_coming_back_clears_it(service):
    volunteer = service.create(last_name="Voß", status="aktiv", since="2020-01-01")
    left = service.update(volunteer.id, volunteer.version, status="ausgeschieden")
    assert left.left_on == dt.date.today()
    back = service.update(left.id, left.version, status="aktiv")
    assert back.left_on is None


def test_police_clearance_stores_dates_only_and_expires_after_five_years(service):
    volunteer = service.create(last_name="Krüger", status="aktiv")
    issued = dt.date.today() - dt.timedelta(days=14)
    clearance = service.add_clearance(volunteer.id, issued_on=issued)
    assert clearance.seen_on == dt.date.today()
    assert clearance.valid_until == issued.replace(year=issued.year + 5)
    assert service.valid_clearance(volunteer.id) is not None
    assert service.valid_clearance(volunteer.id, clearance.valid_until) is None
    with pytest.raises(ValidationError):
        service.add_clearance(volunteer.id, issued_on=dt.date.today() + dt.timedelta(days=3))


def test_pages_read_from_the_end_equal_pages_read_from_the_start(db, service):
    for i in range(23):
        service.create(last_name=f"Name{i % 7}", first_name=f"V{i:02d}", status="aktiv")
    query = ListQuery(sort=[("last_name", True)])
    total = service.count(query)
    everything = service.page(query, 0, 100)
    assert len(everything) == total == 23
    for offset, limit in ((0, 5), (10, 5), (15, 5), (20, 5), (21, 10), (23, 5)):
        assert service.page(query, offset, limit, total=total) == everything[offset:offset + limit]


def test_names_are_listed_in_german_alphabetical_order(service):
    for last, first in [("Zimmermann", "Udo"), ("Öztürk", "Ayşe"), ("de Vries", "Jan"),
                        ("Albers", "Eva"), ("Müller", "Bernd"), ("Mueller", "Anna"),
                        ("Özdemir", "Can")]:
        service.create(last_name=last, first_name=first)
    name = list(service.columns).index("last_name") + 1
    ordered = [row[name] for row in service.page(ListQuery(), 0, 20)]
    assert ordered == ["Albers", "de Vries", "Mueller", "Müller", "Özdemir", "Öztürk",
                       "Zimmermann"]
    descending = service.page(ListQuery(sort=[("last_name", True)]), 0, 20)
    assert [row[name] for row in descending] == list(reversed(ordered))


def test_renaming_moves_the_person_in_the_list(service):
    anna = service.create(last_name="Albers", first_name="Anna")
    service.create(last_name="Brandt", first_name="Bea")
    service.update(anna.id, anna.version, last_name="Ziegler")
    name = list(service.columns).index("last_name") + 1
    assert [row[name] for row in service.page(ListQuery(), 0, 5)] == ["Brandt", "Ziegler"]


def test_filters_offer_their_choices_in_german(service):
    statuses = service.filter_choices("status")
    assert [label for _value, label in statuses] == ["interessiert", "aktiv", "pausiert",
                                                     "ausgeschieden"]
    districts = dict(service.filter_choices("district"))
    assert "Mueßer Holz" in districts.values()
    languages = [label for _v, label in service.filter_choices("language")]
    assert languages.index("Arabisch") < languages.index("Zulu")
    fields = [label for _v, label in service.filter_choices("activity_field")]
    assert fields[0] == "Begleitung zu Ämtern und Behörden"
    assert service.filter_choices("since_from") == []
