"""Consents: what a person agreed to, which consent is current, and withdrawal."""

from __future__ import annotations

import datetime as dt

import pytest

from servicestelle.errors import ServiceError, ValidationError
from servicestelle.services.base import ListQuery
from servicestelle.services.consents import ConsentService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.organisations import ContactPersonService, OrganisationService
from servicestelle.services.volunteers import VolunteerService

TODAY = dt.date.today()


def days(n):
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def service(db):
    return ConsentService(db)


@pytest.fixture
def volunteer(db):
    return VolunteerService(db).create(first_name="Anna", last_name="Weber")


@pytest.fixture
def newcomer(db):
    return NewcomerService(db).create(first_name="Olena", last_name="Koval")


def test_consent_with_scopes(service, volunteer):
    created = service.give("volunteer", volunteer.id, given_on="01.02.2025",
                           contact_email=True, photos=True, note="Formular vom Erstgespräch")
    saved = service.get(created.id)
    assert saved.volunteer_id == volunteer.id
    assert saved.given_on == dt.date(2025, 2, 1)
    assert saved.storage is True
    assert (saved.contact_email, saved.contact_phone) == (True, False)
    assert (saved.share_with_partners, saved.photos) == (False, True)
    assert saved.withdrawn_on is None
    assert saved.created_by == "Frau Test"


def test_consent_of_a_newcomer_and_of_a_contact_person(db, service, newcomer):
    organisation = OrganisationService(db).create(name="Afrikanischer Verein", kind="mso")
    contact = ContactPersonService(db).create(organisation_id=organisation.id, last_name="Diallo")
    service.give("newcomer", newcomer.id, contact_phone=True)
    service.give("contact_person", contact.id, share_with_partners=True)
    assert service.current("newcomer", newcomer.id).contact_phone is True
    assert service.current("contact_person", contact.id).share_with_partners is True
    assert service.count(ListQuery(filters={"newcomer": newcomer.id})) == 1


def test_current_is_the_latest_valid_consent(service, volunteer):
    assert service.current("volunteer", volunteer.id) is None
    first = service.give("volunteer", volunteer.id, given_on=days(-400))
    second = service.give("volunteer", volunteer.id, given_on=days(-30), photos=True)
    assert service.current("volunteer", volunteer.id).id == second.id
    assert service.current("volunteer", volunteer.id, days(-100)).id == first.id
    assert service.current("volunteer", volunteer.id, days(-500)) is None


def test_same_day_consents_the_later_entry_wins(service, volunteer):
    service.give("volunteer", volunteer.id, given_on=days(-3))
    corrected = service.give("volunteer", volunteer.id, given_on=days(-3), contact_email=True)
    assert service.current("volunteer", volunteer.id).id == corrected.id


def test_consent_of_another_person_is_not_current(service, volunteer, db):
    other = VolunteerService(db).create(last_name="Karimi")
    service.give("volunteer", other.id)
    assert service.current("volunteer", volunteer.id) is None


def test_withdrawn_consent_ends_on_the_withdrawal_day(service, volunteer):
    consent = service.give("volunteer", volunteer.id, given_on=days(-10))
    withdrawn = service.withdraw(consent.id, consent.version)
    assert withdrawn.withdrawn_on == TODAY
    assert withdrawn.version == consent.version + 1
    assert service.current("volunteer", volunteer.id) is None
    assert service.current("volunteer", volunteer.id, days(-1)).id == consent.id


def test_withdrawal_from_a_later_date(service, volunteer):
    consent = service.give("volunteer", volunteer.id, given_on=days(-10))
    service.withdraw(consent.id, consent.version, on=days(5).strftime("%d.%m.%Y"))
    assert service.current("volunteer", volunteer.id).id == consent.id
    assert service.current("volunteer", volunteer.id, days(4)).id == consent.id
    assert service.current("volunteer", volunteer.id, days(5)) is None


@pytest.mark.any_db
def test_withdrawal_before_the_consent_was_given_is_rejected(service, volunteer):
    consent = service.give("volunteer", volunteer.id, given_on="01.02.2025")
    with pytest.raises(ValidationError) as caught:
        service.withdraw(consent.id, consent.version, on="31.01.2025")
    assert caught.value.field_errors["withdrawn_on"] == "Widerrufen am: liegt vor »Erteilt am«"
    assert service.get(consent.id).withdrawn_on is None
    same_day = service.withdraw(consent.id, consent.version, on="01.02.2025")
    assert same_day.withdrawn_on == dt.date(2025, 2, 1)


@pytest.mark.any_db
def test_consent_cannot_be_dated_in_the_future(service, volunteer):
    with pytest.raises(ValidationError) as caught:
        service.give("volunteer", volunteer.id, given_on=days(1))
    assert "liegt in der Zukunft" in caught.value.field_errors["given_on"]


@pytest.mark.any_db
def test_consent_for_a_person_who_does_not_exist_is_refused(service):
    with pytest.raises(ValidationError) as caught:
        service.give("newcomer", 99999)
    assert caught.value.field_errors["person"] == "Die Person gibt es nicht."
    assert service.count() == 0


@pytest.mark.any_db
def test_consent_for_an_unknown_kind_of_person_is_refused(service, volunteer):
    with pytest.raises(ServiceError) as caught:
        service.give("organisation", volunteer.id)
    assert "»organisation«" in str(caught.value)
    assert service.count() == 0


@pytest.mark.any_db
def test_consent_belongs_to_exactly_one_person(service, volunteer, newcomer):
    with pytest.raises(ValidationError) as caught:
        service.give("volunteer", volunteer.id, newcomer_id=newcomer.id)
    assert "genau einer Person" in caught.value.field_errors["person"]
    assert service.count() == 0
