"""Input as people really type it: words for yes/no, dates as text, phone numbers with
spaces, empty names, odd ids. Each gets the right value or a German message."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from servicestelle.db import describe_target
from servicestelle.enums import RequestStatus
from servicestelle.errors import ServiceError, ValidationError
from servicestelle.services.base import ListQuery
from servicestelle.services.consents import ConsentService
from servicestelle.services.events import EventService
from servicestelle.services.global_search import search
from servicestelle.services.hours import HoursService
from servicestelle.services.lists import ActivityFieldService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.pairings import PairingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from servicestelle.validation import Invalid, normalise_email, normalise_phone


@pytest.fixture
def volunteer(db):
    return VolunteerService(db).create(last_name="Öztürk", first_name="Ayşe", status="aktiv",
                                       since="2023-05-01", phone="0385 5451261")


@pytest.mark.parametrize(("typed", "stored"), [
    ("nein", False), ("Nein ", False), ("0", False), ("", False),
    ("ja", True), ("x", True), ("1", True), (True, True),
])
@pytest.mark.any_db
def test_yes_and_no_as_typed(db, volunteer, typed, stored):
    consent = ConsentService(db).give("volunteer", volunteer.id, photos=typed)
    assert consent.photos is stored


@pytest.mark.any_db
def test_a_word_that_is_neither_yes_nor_no_is_refused(db, volunteer):
    with pytest.raises(ValidationError) as caught:
        ConsentService(db).give("volunteer", volunteer.id, photos="vielleicht")
    assert "weder ja noch nein" in caught.value.field_errors["photos"]


@pytest.mark.any_db
def test_clearing_a_first_name_keeps_the_record_saveable(db, volunteer):
    service = VolunteerService(db)
    saved = service.update(volunteer.id, volunteer.version, first_name="")
    assert saved.first_name == "" and saved.sort_name == "Öztürk"


@pytest.mark.parametrize(("value", "message"), [("2,9", "keine ganze Zahl"), ("nan", "keine")])
@pytest.mark.any_db
def test_numbers_must_be_numbers(db, volunteer, value, message):
    with pytest.raises(ValidationError) as caught:
        if message == "keine ganze Zahl":
            VolunteerService(db).update(volunteer.id, volunteer.version, max_pairings=value)
        else:
            HoursService(db).record(volunteer.id, hours=value)
    assert message in str(caught.value)


def test_date_filters_accept_german_dates_as_text(db, volunteer):
    service = VolunteerService(db)
    assert service.count(ListQuery(filters={"since_to": "31.12.2020"})) == 0
    assert service.count(ListQuery(filters={"since_from": "01.05.2023"})) == 1
    with pytest.raises(ValidationError) as caught:
        service.count(ListQuery(filters={"since_from": "irgendwann"}))
    assert "kein Datum" in caught.value.field_errors["since_from"]


@pytest.mark.any_db
def test_odd_ids_in_filters_and_lists_get_a_message(db, volunteer):
    with pytest.raises(ValidationError):
        VolunteerService(db).count(ListQuery(filters={"district": "Lankow"}))
    forum = EventService(db).create(title="Ehrenamtsforum", starts_at="2026-03-12 18:00")
    with pytest.raises(ValidationError):
        EventService(db).invite(forum.id, ["abc"])
    with pytest.raises(ValidationError):
        VolunteerService(db).update(volunteer.id, volunteer.version, activity_field_ids=["x"])


@pytest.mark.parametrize("typed", ["0385 5451261", "0385/545-1261", "+49 385 5451261",
                                   "03855451261"])
def test_phone_numbers_are_found_as_people_type_them(db, volunteer, typed):
    assert [hit.entity_id for hit in search(db, typed)] == [volunteer.id]


def test_list_names_are_unique_regardless_of_case_and_umlauts(db):
    fields = ActivityFieldService(db)
    fields.create(name="Übersetzen schriftlich")
    with pytest.raises(ValidationError) as caught:
        fields.create(name="ÜBERSETZEN SCHRIFTLICH")
    assert "gibt es schon" in caught.value.field_errors["name"]


@pytest.mark.any_db
def test_a_volunteer_who_left_cannot_be_assigned(db, volunteer):
    left = VolunteerService(db).update(volunteer.id, volunteer.version, status="ausgeschieden")
    requests = HelpRequestService(db)
    request = requests.create(title="Arztbegleitung")
    with pytest.raises(ValidationError):
        requests.assign(request.id, left.id)
    assert requests.get(request.id).status is RequestStatus.OPEN


@pytest.mark.any_db
def test_reopening_a_request_clears_the_assignment(db, volunteer):
    requests = HelpRequestService(db)
    request = requests.assign(requests.create(title="Umzugshilfe").id, volunteer.id)
    done = requests.complete(request.id, request.version)
    reopened = requests.reopen(done.id, done.version)
    assert [(c.assigned, c.assigned_on) for c in reopened.candidates] == [(False, None)]


@pytest.mark.any_db
def test_end_date_of_a_running_pairing_cannot_be_set_by_editing(db, volunteer):
    newcomer = NewcomerService(db).create(last_name="Kovalenko")
    pairings = PairingService(db)
    pairing = pairings.start(*(lambda p: (p.id, p.version))(
        pairings.propose(volunteer.id, newcomer.id)))
    with pytest.raises(ValidationError) as caught:
        pairings.update(pairing.id, pairing.version, ended_on="2030-01-01")
    assert "Beenden" in caught.value.field_errors["ended_on"]


def test_database_addresses_in_logs_never_show_the_password():
    shown = describe_target("postgresql+psycopg://amt:Geheim123@server/servicestelle")
    assert "Geheim123" not in shown and "server/servicestelle" in shown
    assert describe_target("C:/Daten/servicestelle.db") == "C:/Daten/servicestelle.db"


@pytest.mark.any_db
def test_unknown_list_entry_cannot_be_deleted_twice(db):
    fields = ActivityFieldService(db)
    field = fields.create(name="Nähcafé")
    fields.delete(field.id, field.version)
    with pytest.raises(ServiceError):
        fields.delete(field.id, field.version)


@given(
    st.from_regex(r"[A-Za-z0-9_%+-]{1,20}(\.[A-Za-z0-9_%+-]{1,10}){0,2}", fullmatch=True),
    st.from_regex(r"([A-Za-z0-9]([A-Za-z0-9-]{0,8}[A-Za-z0-9])?\.){1,3}[A-Za-z]{2,6}",
                  fullmatch=True),
)
@settings(max_examples=1000, deadline=None)
def test_quick_email_check_agrees_with_email_validator(local, domain):
    from email_validator import EmailNotValidError, validate_email

    address = f"{local}@{domain}"
    try:
        expected = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    try:
        got = normalise_email(address)
    except Invalid:
        got = None
    assert got == expected


def _phone_the_long_way(value):
    """What phonenumbers alone makes of a number (the program's quick path must agree)."""
    import phonenumbers

    text = value.strip()
    candidates = [text]
    digits = re.sub(r"\D", "", text)
    if not text.startswith(("+", "0")) and 6 <= len(digits) <= 12:
        candidates.append("0" + digits)
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, "DE")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


@given(
    st.sampled_from(["", "0", "+49 ", "0049 ", "+49 (0)", "+49-"]),
    st.text(alphabet="0123456789", min_size=4, max_size=13),
    st.sampled_from(["", " ", "/", "-", " / "]),
    st.integers(min_value=1, max_value=12),
)
@settings(max_examples=2000, deadline=None)
def test_quick_phone_check_agrees_with_phonenumbers(prefix, digits, separator, cut):
    written = prefix + digits[:cut] + separator + digits[cut:]
    try:
        got = normalise_phone(written)
    except Invalid:
        got = None
    assert got == _phone_the_long_way(written)
