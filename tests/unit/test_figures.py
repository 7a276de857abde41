"""Key figures of a period, checked against a small data set counted by hand, and the
lists behind every figure (the same records as the number)."""

from __future__ import annotations

import datetime as dt

import pytest

from servicestelle.errors import ValidationError
from servicestelle.services.base import ListQuery
from servicestelle.services.events import EventService
from servicestelle.services.figures import Figure, KeyFigures, format_period_figures, period_figures
from servicestelle.services.hours import HoursService
from servicestelle.services.lists import ActivityFieldService, DistrictService, LanguageService
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.notes import ContactNoteService as NoteService
from servicestelle.services.organisations import OrganisationService
from servicestelle.services.pairings import PairingService
from servicestelle.services.periods import Period
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService
from tests.conftest import database_template

YEAR = Period.year(2025)
D = dt.date


def _office(db):
    """A year of a small office, every number counted by hand in the tests below."""
    districts = DistrictService(db).by_name()
    languages = LanguageService(db).ids_by_code()
    fields = ActivityFieldService(db).by_name()
    lankow, altstadt = districts["Lankow"], districts["Altstadt"]
    field_x, field_y = sorted(fields.values())[:2]
    ids = {"lankow": lankow, "altstadt": altstadt, "ar": languages["ar"], "ru": languages["ru"],
           "de": languages["de"], "field_x": field_x, "field_y": field_y}

    volunteers = VolunteerService(db)

    def volunteer(name, status, since, district=None, langs=(), **more):
        return volunteers.create(last_name=name, status=status, since=since,
                                 district_id=district, languages=list(langs), **more).id

    a = volunteer("Anders", "aktiv", "2024-05-01", lankow, ["ar", "de"], max_pairings=3)
    b = volunteer("Berg", "aktiv", "2025-03-10", lankow, ["ru"])
    c = volunteer("Claus", "aktiv", "2023-01-01", altstadt)  # leaves on 30.06.2025
    volunteer("Dorn", "ausgeschieden", "2022-01-01", altstadt, left_on="2024-12-31")
    volunteer("Ebert", "interessiert", None, lankow)
    volunteer("Fink", "pausiert", "2026-01-05", lankow)
    ids.update(a=a, b=b, c=c)

    newcomers = NewcomerService(db)
    n1 = newcomers.create(last_name="Haddad", district_id=lankow).id
    n2 = newcomers.create(last_name="Kovalenko", district_id=altstadt).id

    pairings = PairingService(db)
    notes = NoteService(db)

    def pairing(volunteer_id, newcomer_id, started=None, ended=None, reason="umzug", note_days=()):
        made = pairings.propose(volunteer_id, newcomer_id, proposed_on="2022-01-01")
        if started:
            made = pairings.start(made.id, made.version, on=started)
        for day in note_days:
            notes.add("pairing", made.id, noted_on=day, subject="Treffen")
        if ended:
            made = pairings.end(made.id, made.version, reason, on=ended)
        return made.id

    # all twelve months of 2025 with a note: regular
    ids["p1"] = pairing(a, n1, "2025-01-15", note_days=[D(2025, mo, 20) for mo in range(1, 13)])
    # November yes, December no: not regular
    ids["p2"] = pairing(b, n2, "2025-11-03", note_days=[D(2025, 11, 20)])
    # ran January to March 2025, a note each month: regular; ended (Umzug)
    ids["p3"] = pairing(c, n1, "2024-02-01", "2025-03-31",
                        note_days=[D(2025, 1, 10), D(2025, 2, 10), D(2025, 3, 5)])
    pairing(a, n2)  # only proposed
    pairing(a, n2, "2023-01-01", "2024-06-30", reason="ziel_erreicht")  # over before 2025
    volunteers.update(c, None, status="ausgeschieden", left_on="2025-06-30")

    requests = HelpRequestService(db)

    def request(received, field=None, district=None, langs=(), assign=None, on=None):
        made = requests.create(title="Begleitung", received_on=received, activity_field_id=field,
                               district_id=district, languages=list(langs))
        if assign:
            made = requests.assign(made.id, assign, on=on)
        return made

    r1 = request("2025-02-01", field_x, lankow, ["ar"], assign=a, on="2025-02-11")  # 10 days
    requests.complete(r1.id, r1.version, on="2025-02-20")
    request("2025-05-01", field_x, altstadt, assign=b, on="2025-05-05")  # 4 days
    request("2025-12-20", field_y)  # open, no district
    request("2024-12-01", field_x, assign=a, on="2025-01-02")  # 32 days, matched in 2025
    r5 = request("2024-06-01", field_x)
    requests.give_up(r5.id, r5.version, "niemand frei", on="2024-06-10")

    hours = HoursService(db)
    hours.record(a, "2.5", "2025-03-01")
    hours.record(a, "1.5", "2025-04-01")
    hours.record(b, "3", "2025-06-01")
    hours.record(b, "5", "2024-12-31")

    events = EventService(db)
    forum = events.create(title="Ehrenamtsforum", starts_at="2025-03-15 17:00",
                          status="durchgefuehrt")
    events.invite(forum.id, [a, b, c], on="2025-02-01")
    events.set_attendance(forum.id, a)
    events.set_attendance(forum.id, b)
    cancelled = events.create(title="Schulung", kind="schulung", starts_at="2025-06-01 10:00",
                              status="abgesagt")
    events.set_attendance(cancelled.id, a)
    old = events.create(title="Forum alt", starts_at="2024-12-15 17:00", status="durchgefuehrt")
    events.set_attendance(old.id, a)

    organisations = OrganisationService(db)
    organisations.create(name="Frauen aus Syrien", kind="mso", founding_stage="idee")
    organisations.create(name="Ukrainischer Verein", kind="mso", founding_stage="eingetragen")
    organisations.create(name="Caritas", kind="traeger")
    gone = organisations.create(name="Alte MSO", kind="mso", founding_stage="idee")
    organisations.archive(gone.id, gone.version)
    return ids


# Made once per module and kind of database; each test that asks for ``office`` gets a
# copy of it as its ``db`` (see tests/conftest.py).
db_template = database_template(_office)


@pytest.fixture
def office(db, db_template):
    """The ids of the office's records in the test's database."""
    return db_template.result(db)


def values(figures: KeyFigures) -> dict[str, object]:
    return {key: f.value for key, f in figures.figures.items()}


def items(figures: KeyFigures, key: str) -> dict[str, object]:
    return {item.label: item.value for item in figures.breakdowns[key].items}


def test_the_figures_of_a_year_match_the_hand_count(db, office):
    figures = period_figures(db, YEAR)
    assert values(figures) == {
        "volunteers_active": 3,  # Anders, Berg, Claus (left in June)
        "volunteers_new": 1,  # Berg
        "volunteers_left": 1,  # Claus
        "pairings_started": 2,
        "pairings_active": 3,
        "pairings_ended": 1,
        "pairings_regular_contact": 2,
        "pairings_irregular_contact": 1,
        "requests_received": 3,
        "requests_matched": 3,
        "request_days_to_match": 10.0,  # median of 4, 10 and 32 days
        "hours": 7.0,
        "hours_volunteers": 2,
        "events_held": 1,
        "event_attendances": 2,
        "event_attendees": 2,
        "msos": 2,
    }
    assert items(figures, "volunteers_by_district") == {"Lankow": 2, "Altstadt": 1}
    by_language = items(figures, "volunteers_by_language")
    assert by_language == {"Arabisch": 1, "Deutsch": 1, "Russisch": 1}
    assert items(figures, "pairings_by_district") == {"Lankow": 2, "Altstadt": 1}
    reasons = items(figures, "pairings_by_end_reason")
    assert reasons["Umzug"] == 1 and sum(reasons.values()) == 1
    assert len(reasons) == 6  # every reason, zero when none
    assert sorted(items(figures, "requests_by_field").values()) == [1, 2]
    outcome = items(figures, "requests_by_outcome")
    assert outcome == {"offen": 1, "in Vermittlung": 0, "vermittelt": 1, "erledigt": 1,
                       "nicht vermittelbar": 0}
    assert items(figures, "requests_by_district") == {"Lankow": 1, "Altstadt": 1,
                                                      "ohne Stadtteil": 1}
    assert items(figures, "requests_by_language") == {"Arabisch": 1}
    assert items(figures, "msos_by_stage") == {"Idee": 1, "in Gründung": 0,
                                               "eingetragen (e.V.)": 1, "etabliert": 0}


SERVICES = {
    "volunteer": VolunteerService,
    "pairing": PairingService,
    "help_request": HelpRequestService,
    "organisation": OrganisationService,
    "event": EventService,
}
# Figures whose value is not the number of records in their list.
NOT_COUNTS = {"request_days_to_match", "hours", "event_attendances"}


def _linked(figures: KeyFigures) -> list[Figure]:
    shown = [f for k, f in figures.figures.items() if k not in NOT_COUNTS]
    for breakdown in figures.breakdowns.values():
        shown.extend(breakdown.items)
    return [f for f in shown if f.link is not None]


@pytest.mark.parametrize("period", [YEAR, Period.quarter(2025, 1), Period.month(2025, 11)])
def test_every_figure_opens_a_list_with_as_many_records(db, office, period):
    figures = period_figures(db, period)
    linked = _linked(figures)
    assert len(linked) > 20
    for figure in linked:
        link = figure.link
        service = SERVICES[link.entity](db)
        query = ListQuery(filters=link.filters, include_archived=link.include_archived)
        assert service.count(query) == figure.value, (period.label, figure.label, link)
        assert period.label in link.title or link.entity == "organisation"


def test_the_records_behind_a_figure_are_the_right_ones(db, office):
    figures = period_figures(db, YEAR)
    link = figures.figures["pairings_irregular_contact"].link
    rows = PairingService(db).page(ListQuery(filters=link.filters, include_archived=True), 0, 10)
    assert [row[0] for row in rows] == [office["p2"]]
    link = figures.figures["volunteers_left"].link
    rows = VolunteerService(db).page(ListQuery(filters=link.filters, include_archived=True), 0, 10)
    assert [row[0] for row in rows] == [office["c"]]


def test_period_boundaries_count_both_ends(db, office):
    # Claus left on 30.06.2025: active in June, not in July
    assert period_figures(db, Period.month(2025, 6)).value("volunteers_active") == 3
    assert period_figures(db, Period.month(2025, 7)).value("volunteers_active") == 2
    # P3 ended on 31.03.2025: running (and ended) in the first quarter, not in the second
    first, second = (period_figures(db, Period.quarter(2025, q)) for q in (1, 2))
    assert first.value("pairings_ended") == 1 and second.value("pairings_ended") == 0
    assert first.value("pairings_active") == 2 and second.value("pairings_active") == 1
    # One day: the request of 20.12.2025, the day before and after nothing
    day = period_figures(db, Period.between("2025-12-20", "2025-12-20"))
    assert day.value("requests_received") == 1
    assert period_figures(db, Period.between("2025-12-21", "2025-12-31")).value(
        "requests_received") == 0
    assert period_figures(db, Period.between("2025-12-19", "2025-12-19")).value(
        "requests_received") == 0
    # The forum on 15.03.2025 17:00 belongs to its day
    assert period_figures(db, Period.between("2025-03-15", "2025-03-15")).value(
        "events_held") == 1
    assert period_figures(db, Period.between("2025-03-16", "2025-03-31")).value(
        "events_held") == 0


def test_contact_months_stop_at_today_and_at_a_pause(db, office):
    # Seen on 30.11.2025, December has not happened yet: P2 had its note in November
    figures = period_figures(db, YEAR, today=D(2025, 11, 30))
    assert figures.value("pairings_regular_contact") == 3
    assert figures.value("pairings_irregular_contact") == 0
    pairings = PairingService(db)
    p2 = pairings.get(office["p2"])
    pairings.pause(p2.id, p2.version, on="2025-11-25")
    figures = period_figures(db, YEAR)
    assert figures.value("pairings_regular_contact") == 3  # paused before December


def test_an_empty_database_has_zeros_and_no_median(db):
    figures = period_figures(db, Period.month(2025, 2))
    assert figures.value("volunteers_active") == 0
    assert figures.value("request_days_to_match") is None
    assert figures.breakdowns["volunteers_by_district"].items == ()
    assert figures.breakdowns["requests_by_outcome"].total == 0
    text = format_period_figures(figures)
    assert text.splitlines()[0] == "Kennzahlen Februar 2025"
    assert "Tage bis zur Vermittlung (Median):" in text and "–" in text


def test_periods_and_their_german_names():
    assert Period.month(2024, 2).end == D(2024, 2, 29)
    assert Period.quarter(2025, 4) == Period(D(2025, 10, 1), D(2025, 12, 31), "quarter")
    assert Period.containing("quarter", D(2025, 5, 17)).label == "2. Quartal 2025"
    assert Period.containing("month", D(2025, 3, 1)).label == "März 2025"
    assert Period.year(2025).label == "2025"
    assert Period.between("2025-01-05", "2025-02-04").label == "05.01.2025 – 04.02.2025"
    assert Period.month(2025, 1).shifted(-1) == Period.month(2024, 12)
    assert Period.quarter(2025, 4).shifted(1) == Period.quarter(2026, 1)
    assert Period.year(2025).shifted(-2) == Period.year(2023)
    assert Period.between("2025-01-01", "2025-01-10").shifted(1) == Period.between(
        "2025-01-11", "2025-01-20")
    with pytest.raises(ValidationError):
        Period.between("2025-02-01", "2025-01-01")
    with pytest.raises(ValidationError):
        Period.between("gestern", "2025-01-01")


@pytest.mark.any_db
def test_a_period_filter_with_a_bad_value_says_so_in_german(db):
    with pytest.raises(ValidationError) as raised:
        VolunteerService(db).count(ListQuery(filters={"active_in": ["kein Datum"]}))
    assert "Zeitraum nicht lesbar" in raised.value.message


def test_as_dict_is_json_ready(db, office):
    import json

    data = period_figures(db, Period.quarter(2025, 1)).as_dict()
    text = json.dumps(data, ensure_ascii=False)
    assert data["period"] == {"from": "2025-01-01", "to": "2025-03-31", "kind": "quarter",
                              "label": "1. Quartal 2025"}
    assert data["figures"]["pairings_ended"]["value"] == 1
    assert data["figures"]["pairings_ended"]["link"]["filters"] == {
        "ended_in": ["2025-01-01", "2025-03-31"]}
    assert "Beendete Patenschaften nach Grund" in text
