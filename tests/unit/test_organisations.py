"""Organisations, their contact persons, consultations and funding applications."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from servicestelle.enums import FoundingStage, FundingStatus, OrganisationKind
from servicestelle.errors import NotFoundError, ServiceError, ValidationError
from servicestelle.services.base import ListQuery
from servicestelle.services.organisations import (
    ConsultationService,
    ContactPersonService,
    FundingService,
    OrganisationService,
)
from servicestelle.services.volunteers import VolunteerService


@pytest.fixture
def organisations(db):
    return OrganisationService(db)


@pytest.fixture
def contacts(db):
    return ContactPersonService(db)


@pytest.fixture
def mso(organisations):
    return organisations.create(name="Syrischer Kulturverein Schwerin", kind="mso")


@pytest.fixture
def volunteer(db):
    return VolunteerService(db).create(first_name="Anna", last_name="Weber")


def row_of(service, record_id, query=None):
    columns = list(service.columns)
    for row in service.page(query or ListQuery(include_archived=True), 0, 100):
        if row[0] == record_id:
            return dict(zip(columns, row[1:], strict=True))
    raise AssertionError(f"{record_id} not in list")


def test_mso_starts_at_founding_stage_idea(organisations, mso):
    assert organisations.get(mso.id).founding_stage is FoundingStage.IDEA
    assert row_of(organisations, mso.id)["founding_stage"] == FoundingStage.IDEA


@pytest.mark.any_db
def test_mso_keeps_a_given_founding_stage(organisations):
    created = organisations.create(name="Ukrainischer Verein", kind="MSO",
                                   founding_stage="in Gründung")
    assert organisations.get(created.id).founding_stage is FoundingStage.FOUNDING


@pytest.mark.any_db
def test_founding_stage_only_for_msos(organisations):
    with pytest.raises(ValidationError) as caught:
        organisations.create(name="AWO Schwerin", kind="traeger", founding_stage="idee")
    assert "nur bei MSOs" in caught.value.field_errors["founding_stage"]
    assert organisations.count() == 0
    partner = organisations.create(name="AWO Schwerin", kind="traeger")
    assert partner.founding_stage is None


@pytest.mark.any_db
def test_charity_notice_cannot_expire_before_it_was_issued(organisations, mso):
    with pytest.raises(ValidationError) as caught:
        organisations.update(mso.id, mso.version, charity_notice_on="01.03.2024",
                             charity_notice_until="28.02.2024")
    assert caught.value.field_errors["charity_notice_until"] == (
        "Gemeinnützigkeit: gültig bis: liegt vor »Bescheid vom«"
    )
    saved = organisations.update(mso.id, mso.version, charity_notice_on="01.03.2024")
    with pytest.raises(ValidationError):
        organisations.update(mso.id, saved.version, charity_notice_until="2023-12-31")
    saved = organisations.update(mso.id, saved.version, charity_notice_until="2027-03-01")
    assert saved.charity_notice_until == dt.date(2027, 3, 1)


@pytest.mark.parametrize("postcode", ["1905", "190537", "19O53", "D-19053"])
@pytest.mark.any_db
def test_postcode_must_be_five_digits(organisations, postcode):
    with pytest.raises(ValidationError) as caught:
        organisations.create(name="Caritas", kind="traeger", postcode=postcode)
    assert "fünf Ziffern" in caught.value.field_errors["postcode"]


@pytest.mark.any_db
def test_phone_is_stored_as_e164_and_postcode_accepted(organisations):
    created = organisations.create(name="Caritas", kind="traeger", phone="0385 / 5451-261",
                                   postcode="19053")
    saved = organisations.get(created.id)
    assert (saved.phone, saved.postcode) == ("+493855451261", "19053")


def test_contacts_column_counts_only_current_contact_persons(organisations, contacts, mso):
    other = organisations.create(name="AWO Schwerin", kind="traeger")
    first = contacts.create(organisation_id=mso.id, first_name="Rami", last_name="Haddad")
    contacts.create(organisation_id=mso.id, last_name="Nasser", role="Kassenwart")
    contacts.create(organisation_id=other.id, last_name="Schulz")
    assert row_of(organisations, mso.id)["contacts"] == 2
    contacts.archive(first.id, first.version)
    assert row_of(organisations, mso.id)["contacts"] == 1
    assert row_of(organisations, other.id)["contacts"] == 1
    assert contacts.count(ListQuery(filters={"organisation": mso.id})) == 1


def test_organisation_list_filters_by_kind_and_searches_names(organisations, mso):
    organisations.create(name="Caritas Mecklenburg", kind="traeger")
    query = ListQuery(filters={"kind": OrganisationKind.MSO})
    assert [row[0] for row in organisations.page(query, 0, 10)] == [mso.id]
    assert organisations.count(ListQuery(text="kulturverein")) == 1


@pytest.mark.any_db
def test_contact_person_needs_an_existing_organisation(contacts, mso):
    with pytest.raises(ValidationError) as caught:
        contacts.create(last_name="Haddad")
    assert "organisation_id" in caught.value.field_errors
    with pytest.raises(ValidationError) as caught:
        contacts.create(last_name="Haddad", organisation_id=99999)
    assert caught.value.field_errors["organisation_id"] == "Organisation: unbekannt."
    assert contacts.count() == 0
    created = contacts.create(last_name="Haddad", organisation_id=mso.id,
                              phone="0176 12345678")
    assert contacts.get(created.id).phone == "+4917612345678"


@pytest.mark.any_db
def test_consultation_of_an_organisation_defaults_to_today_and_the_user(db, mso):
    service = ConsultationService(db)
    created = service.create(organisation_id=mso.id, topic="Vereinsgründung", minutes="90")
    saved = service.get(created.id)
    assert saved.staff == "Frau Test"
    assert saved.held_on == dt.date.today()
    assert saved.minutes == 90


def test_consultation_of_a_volunteer(db, volunteer):
    service = ConsultationService(db)
    created = service.create(volunteer_id=volunteer.id, topic="Erstgespräch",
                             held_on="02.02.2025", staff="Herr Kurz")
    saved = service.get(created.id)
    assert (saved.volunteer_id, saved.organisation_id) == (volunteer.id, None)
    assert saved.staff == "Herr Kurz"
    assert service.count(ListQuery(filters={"volunteer": volunteer.id})) == 1


@pytest.mark.parametrize("both", [True, False])
@pytest.mark.any_db
def test_consultation_belongs_to_exactly_one(db, mso, volunteer, both):
    service = ConsultationService(db)
    owners = {"organisation_id": mso.id, "volunteer_id": volunteer.id} if both else {}
    with pytest.raises(ValidationError) as caught:
        service.create(topic="Förderung", **owners)
    assert "genau einer Organisation" in caught.value.field_errors["organisation_id"]
    assert service.count() == 0


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda db: ConsultationService(db).create(organisation_id=99999, topic="Satzung"),
         "organisation_id"),
        (lambda db: ConsultationService(db).create(volunteer_id=99999, topic="Erstgespräch"),
         "volunteer_id"),
        (lambda db: FundingService(db).create(organisation_id=99999, programme="Fonds"),
         "organisation_id"),
    ],
    ids=["consultation-organisation", "consultation-volunteer", "funding-organisation"],
)
@pytest.mark.any_db
def test_unknown_organisation_or_volunteer_gets_a_german_message(db, make, field):
    with pytest.raises(ValidationError) as caught:
        make(db)
    assert "unbekannt" in caught.value.field_errors[field]


def test_consultation_can_be_deleted(db, mso):
    service = ConsultationService(db)
    created = service.create(organisation_id=mso.id, topic="Versehen")
    service.delete(created.id, created.version)
    with pytest.raises(NotFoundError):
        service.get(created.id)


def test_funding_amount_is_a_decimal_with_cents(db, mso):
    service = FundingService(db)
    created = service.create(organisation_id=mso.id, programme="Integrationsfonds",
                             amount="1234,5", applied_on="15.01.2026")
    saved = service.get(created.id)
    assert saved.status is FundingStatus.PLANNED
    assert isinstance(saved.amount, Decimal)
    assert saved.amount == Decimal("1234.50")
    columns = list(service.columns)
    (row,) = service.page(ListQuery(), 0, 10)
    assert Decimal(str(row[1 + columns.index("amount")])) == Decimal("1234.50")


@pytest.mark.any_db
def test_funding_decision_not_before_application(db, mso):
    service = FundingService(db)
    with pytest.raises(ValidationError) as caught:
        service.create(organisation_id=mso.id, programme="100-€-Pauschale",
                       applied_on="15.01.2026", decided_on="14.01.2026")
    assert "liegt vor »Beantragt am«" in caught.value.field_errors["decided_on"]
    created = service.create(organisation_id=mso.id, programme="100-€-Pauschale",
                             applied_on="15.01.2026")
    with pytest.raises(ValidationError):
        service.update(created.id, created.version, decided_on="01.01.2026")
    decided = service.update(created.id, created.version, status="bewilligt",
                             decided_on="20.01.2026")
    assert decided.status is FundingStatus.GRANTED
    assert decided.version == created.version + 1


@pytest.mark.any_db
def test_negative_funding_amount_is_rejected(db, mso):
    with pytest.raises(ValidationError) as caught:
        FundingService(db).create(organisation_id=mso.id, programme="Fonds", amount="-5")
    assert "amount" in caught.value.field_errors


def test_organisation_is_archived_not_deleted(organisations, mso):
    with pytest.raises(ServiceError):
        organisations.delete(mso.id, mso.version)
    archived = organisations.archive(mso.id, mso.version)
    assert archived.version == mso.version + 1
    assert organisations.count() == 0
    assert organisations.choices() == []
