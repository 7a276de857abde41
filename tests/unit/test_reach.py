"""Reaching people: who may be contacted by e-mail (and why not), the consent filter by
scope, and the mailto links with everybody in BCC in groups short enough for Windows."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from servicestelle import models as m
from servicestelle.services.base import ListQuery
from servicestelle.services.consent_filter import ConsentChoice
from servicestelle.services.consents import ConsentService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.reach import MAILTO_LIMIT, copy_text, mailto_links, reach
from servicestelle.services.volunteers import VolunteerService

# -- the mailto links ------------------------------------------------------------------


def addresses(count: int) -> list[str]:
    return [f"ehrenamt.person{n:03d}@beispiel-verein.example.org" for n in range(count)]


def bcc_of(link: str) -> list[str]:
    return parse_qs(urlsplit(link).query)["bcc"][0].split(",")


def test_a_few_addresses_make_one_link_with_subject_and_text():
    (link,) = mailto_links(["a@example.org", "b+forum@example.org"], "Einladung: Fest", "Am 1.\n2.")
    parts = urlsplit(link)
    assert (parts.scheme, parts.path) == ("mailto", "")  # nobody in »An«
    query = parse_qs(parts.query)
    assert query["bcc"] == ["a@example.org,b+forum@example.org"]  # + kept, not a space
    assert query["subject"] == ["Einladung: Fest"]
    assert query["body"] == ["Am 1.\r\n2."]


def test_three_hundred_addresses_are_split_into_groups_under_the_limit():
    many = addresses(300)
    links = mailto_links(many, "Einladung: Ehrenamtsforum", "Liebe Ehrenamtliche,\n\nam …")
    assert len(links) > 1
    assert all(len(link) < MAILTO_LIMIT for link in links)
    assert [a for link in links for a in bcc_of(link)] == many  # each once, in order
    assert all("subject=" in link and "body=" in link for link in links)


@given(
    st.lists(
        st.emails().filter(lambda a: len(a) < 120 and "," not in a),
        min_size=1,
        max_size=80,
        unique=True,
    ),
    st.integers(min_value=400, max_value=2000),
)
def test_every_link_stays_under_the_limit_and_keeps_every_address(many, limit):
    links = mailto_links(many, "Einladung: Sommerfest im Garten", "Hallo,\nbis bald", limit)
    assert all(len(link) < limit for link in links)
    assert [a for link in links for a in bcc_of(link)] == many


def test_a_text_too_long_for_any_address_is_left_out():
    links = mailto_links(["a@example.org"], "Einladung", "ü" * 800, limit=600)
    assert len(links) == 1 and len(links[0]) < 600
    assert "body=" not in links[0]
    assert bcc_of(links[0]) == ["a@example.org"]


def test_the_addresses_to_copy_are_separated_by_semicolons():
    assert copy_text(["a@example.org", "b@example.org"]) == "a@example.org; b@example.org"
    assert mailto_links([], "x", "y") == []


# -- who may be written to ---------------------------------------------------------------


def test_people_of_other_kinds_are_reached_the_same_way(db):
    newcomers = NewcomerService(db)
    asked = newcomers.create(first_name="Amira", last_name="Haddad", email="amira@example.org")
    silent = newcomers.create(first_name="Omar", last_name="Haddad", email="omar@example.org")
    ConsentService(db).give("newcomer", asked.id, contact_email=True)
    ConsentService(db).give("newcomer", silent.id, contact_phone=True)
    found = reach(db, "newcomer", [m.Newcomer.last_name == "Haddad"])
    assert [(p.name, p.reason) for p in found.people] == [
        ("Haddad, Amira", None),
        ("Haddad, Omar", "ohne Einwilligung zur E-Mail"),
    ]
    assert found.addresses() == ["amira@example.org"]


def test_two_people_sharing_an_address_get_one_mail(db):
    volunteers = VolunteerService(db)
    for first in ("Eva", "Jan"):
        person = volunteers.create(
            first_name=first, last_name="Lange", email="Familie.Lange@example.org"
        )
        ConsentService(db).give("volunteer", person.id, contact_email=True)
    found = reach(db, "volunteer", [m.Volunteer.last_name == "Lange"])
    assert len(found.reachable) == 2
    assert found.addresses() == ["Familie.Lange@example.org"]


def test_birth_year_and_district_tell_equal_names_apart(db):
    from servicestelle.services.lists import DistrictService

    districts = DistrictService(db).by_name()
    volunteers = VolunteerService(db)
    volunteers.create(
        first_name="Anna", last_name="Müller", birth_date="1961-04-02",
        district_id=districts["Lankow"],
    )
    volunteers.create(first_name="Anna", last_name="Müller", birth_date="1994-09-30")
    found = reach(db, "volunteer", [m.Volunteer.last_name == "Müller"])
    assert [(p.name, p.birth_year, p.district) for p in found.people] == [
        ("Müller, Anna", 1961, "Lankow"),
        ("Müller, Anna", 1994, None),
    ]


# -- the consent filter by scope ---------------------------------------------------------


@pytest.fixture
def consenting(db):
    """Four volunteers: e-mail allowed; phone only; e-mail withdrawn; a newer consent
    without e-mail over an older one with it."""
    volunteers = VolunteerService(db)
    consents = ConsentService(db)
    day = dt.date(2025, 1, 10)
    ids = {}
    for name in ("Mail", "Telefon", "Widerrufen", "Neuer"):
        ids[name] = volunteers.create(last_name=name, status="aktiv").id
    consents.give("volunteer", ids["Mail"], given_on=day, contact_email=True, photos=True)
    consents.give("volunteer", ids["Telefon"], given_on=day, contact_phone=True)
    withdrawn = consents.give("volunteer", ids["Widerrufen"], given_on=day, contact_email=True)
    consents.withdraw(withdrawn.id, withdrawn.version, on=dt.date(2025, 6, 1))
    consents.give("volunteer", ids["Neuer"], given_on=day, contact_email=True)
    consents.give("volunteer", ids["Neuer"], given_on=dt.date(2025, 3, 1), contact_phone=True)
    volunteers.create(last_name="Ohne", status="aktiv")
    return volunteers


def names(service, value):
    rows = service.page(ListQuery(filters={"consent": value}), 0, 20, total=None)
    return sorted(row[1] for row in rows)


def test_the_consent_filter_offers_each_scope(consenting):
    labels = [label for _value, label in consenting.filter_choices("consent")]
    assert labels == [
        "gültig",
        "fehlt",
        "E-Mail-Kontakt erlaubt",
        "Telefonkontakt erlaubt",
        "Kontakt per Post erlaubt",
        "Weitergabe an Partner erlaubt",
        "Fotos erlaubt",
    ]


def test_the_consent_filter_by_scope_follows_the_latest_valid_consent(consenting):
    assert names(consenting, ConsentChoice.CONTACT_EMAIL) == ["Mail"]
    assert names(consenting, "contact_phone") == ["Neuer", "Telefon"]
    assert names(consenting, "photos") == ["Mail"]
    assert names(consenting, "share_with_partners") == []
    assert names(consenting, "gueltig") == ["Mail", "Neuer", "Telefon"]
    assert names(consenting, "fehlt") == ["Ohne", "Widerrufen"]
    assert names(consenting, ["contact_email", "contact_phone"]) == ["Mail", "Neuer", "Telefon"]
