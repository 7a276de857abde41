"""Matching: each scoring criterion on its own, the hard filters, the order, and the
whole ranking on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import random
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from servicestelle.availability import pack
from servicestelle.enums import CandidateAnswer, LanguageLevel
from servicestelle.errors import NotFoundError, ValidationError
from servicestelle.services.consents import ConsentService
from servicestelle.services.lists import ActivityFieldService, DistrictService
from servicestelle.services.match_rules import (
    NO_CLEARANCE,
    NO_CONSENT,
    NO_LANGUAGE,
    Candidate,
    Need,
    NeedLanguage,
    exclusion,
    judge,
    word,
)
from servicestelle.services.matching import (
    MatchingService,
    default_neighbour_names,
    mail_text,
    mailto_url,
    neighbour_names,
    rank_candidates,
    save_neighbours,
)
from servicestelle.services.newcomers import NewcomerService
from servicestelle.services.pairings import PairingService
from servicestelle.services.requests import HelpRequestService
from servicestelle.services.volunteers import VolunteerService

DAY = dt.date(2025, 6, 10)  # a Tuesday
ARABIC = NeedLanguage(1, "Arabisch", LanguageLevel.GOOD)
KURDISH = NeedLanguage(2, "Kurdisch", LanguageLevel.GOOD)
TUESDAY_MORNING = pack([(1, 0)])
THURSDAY_AFTERNOON = pack([(3, 1)])


def need(**values) -> Need:
    values.setdefault("kind", "request")
    values.setdefault("record_id", 1)
    values.setdefault("title", "Begleitung zur Ausländerbehörde")
    return Need(**values)


def person(volunteer_id: int = 1, **values) -> Candidate:
    values.setdefault("first_name", "Test")
    values.setdefault("last_name", f"Person {volunteer_id:03d}")
    values.setdefault("sort_key", values["last_name"].lower())
    values.setdefault("consent", True)
    values.setdefault("last_asked", DAY - dt.timedelta(days=45))  # neither old nor recent
    return Candidate(id=volunteer_id, **values)


def verdict(n: Need, c: Candidate, near=None):
    v = judge(n, c, DAY, near or {})
    return v.score, [word(r) for r in v.reasons_for], [word(r) for r in v.reasons_against]


# -- one criterion at a time ---------------------------------------------------------------


def test_languages_count_by_level_and_name_it():
    n = need(languages=(ARABIC,))
    scores = {}
    for level in LanguageLevel:
        score, pro, con = verdict(n, person(languages={1: level}))
        scores[level] = score
    assert (
        scores[LanguageLevel.NATIVE]
        > scores[LanguageLevel.FLUENT]
        > scores[LanguageLevel.GOOD]
        > scores[LanguageLevel.BASIC]
    )
    _score, pro, _con = verdict(n, person(languages={1: LanguageLevel.NATIVE}))
    assert "spricht Arabisch (Muttersprache)" in pro


def test_a_language_below_the_wanted_level_counts_half_and_against():
    n = need(languages=(ARABIC,))
    good, _pro, _con = verdict(n, person(languages={1: LanguageLevel.GOOD}))
    basic, pro, con = verdict(n, person(languages={1: LanguageLevel.BASIC}))
    nothing, _pro, missing = verdict(n, person())
    assert nothing < basic < good
    assert "spricht Arabisch nur: Grundkenntnisse (gewünscht: gut)" in con
    assert not any("Arabisch" in text for text in pro)
    assert "spricht kein Arabisch" in missing


def test_the_best_of_several_languages_counts():
    n = need(languages=(ARABIC, KURDISH))
    score, pro, _con = verdict(
        n, person(languages={1: LanguageLevel.BASIC, 2: LanguageLevel.NATIVE})
    )
    assert pro[0] == "spricht Kurdisch (Muttersprache)"
    _none, _pro, con = verdict(n, person())
    assert "spricht keine der gewünschten Sprachen (Arabisch, Kurdisch)" in con


def test_required_language_is_a_hard_filter_at_the_wanted_level():
    n = need(languages=(ARABIC, KURDISH), languages_required=True)
    assert exclusion(n, person(), DAY) == NO_LANGUAGE
    assert exclusion(n, person(languages={1: LanguageLevel.BASIC}), DAY) == NO_LANGUAGE
    assert exclusion(n, person(languages={2: LanguageLevel.GOOD}), DAY) is None
    # Without »Sprache zwingend« nobody is excluded for a language.
    assert exclusion(need(languages=(ARABIC,)), person(), DAY) is None


def test_same_district_beats_neighbouring_beats_elsewhere():
    n = need(district_id=10, district="Lankow")
    near = {10: frozenset({11})}
    same, pro_same, _ = verdict(n, person(district_id=10), near)
    neighbour, pro_near, _ = verdict(n, person(district_id=11), near)
    far, _, con_far = verdict(n, person(district_id=12), near)
    unknown, _, con_unknown = verdict(n, person(), near)
    assert same > neighbour > far == unknown
    assert "wohnt im selben Stadtteil" in pro_same
    assert "wohnt im Nachbarstadtteil" in pro_near
    assert "wohnt in einem anderen Stadtteil" in con_far
    assert "Stadtteil unbekannt" in con_unknown


def test_activity_field_fit():
    n = need(activity_field_id=3, activity_field="Begleitung zu Ämtern")
    fits, pro, _ = verdict(n, person(has_field=True))
    other, _, con = verdict(n, person())
    assert fits > other
    assert "möchte »Begleitung zu Ämtern« übernehmen" in pro
    assert "hat »Begleitung zu Ämtern« nicht als Tätigkeitsfeld angegeben" in con


def test_availability_overlap_with_the_needed_times():
    n = need(slots=TUESDAY_MORNING | THURSDAY_AFTERNOON)
    both, pro_both, _ = verdict(n, person(availability=TUESDAY_MORNING | THURSDAY_AFTERNOON))
    one, pro_one, _ = verdict(n, person(availability=TUESDAY_MORNING | pack([(0, 2)])))
    none, _, con_none = verdict(n, person(availability=pack([(5, 0)])))
    unknown, _, con_unknown = verdict(n, person())
    assert both > one > none == unknown
    assert "hat Dienstag Vormittag, Donnerstag Nachmittag Zeit" in pro_both
    assert "hat Dienstag Vormittag Zeit (1 von 2 gewünschten Zeiten)" in pro_one
    assert con_none[0].startswith("hat zu den gewünschten Zeiten keine Zeit")
    assert "keine Zeiten angegeben" in con_unknown


def test_load_against_the_own_maximum():
    n = need()
    free, pro, _ = verdict(n, person(max_pairings=2, busy_pairings=1))
    idle, _, _ = verdict(n, person(max_pairings=2, busy_pairings=0))
    full, _, con = verdict(n, person(max_pairings=2, busy_pairings=2))
    assert idle > free > full
    assert "hat noch 1 von 2 Patenschaften frei" in pro
    assert "hat schon 2 von 2 Patenschaften" in con


def test_a_pairing_needs_a_free_place():
    pairing = need(kind="newcomer", title="Familie Haddad")
    full, _, con = verdict(pairing, person(max_pairings=1, busy_pairings=1))
    none_wanted, _, con_none = verdict(pairing, person(max_pairings=0))
    free, _, _ = verdict(pairing, person(max_pairings=1))
    assert free - full == pytest.approx(30)  # 10 for the free place, 20 taken off
    assert "möchte keine Patenschaft übernehmen" in con_none
    assert none_wanted < free


def test_police_clearance_is_required_when_children_are_involved():
    n = need(children=True)
    assert exclusion(n, person(), DAY) == NO_CLEARANCE
    assert exclusion(n, person(clearance_until=DAY), DAY) == NO_CLEARANCE  # expires today
    valid = person(clearance_until=DAY + dt.timedelta(days=1))
    assert exclusion(n, valid, DAY) is None
    assert exclusion(need(), person(), DAY) is None  # no children: not needed
    _score, pro, con = verdict(n, valid)
    assert "Führungszeugnis gültig bis 11.06.2025" in pro
    assert "Führungszeugnis läuft am 11.06.2025 ab" in con
    _score, _pro, con = verdict(n, person(clearance_until=DAY + dt.timedelta(days=400)))
    assert not con


def test_consent_is_required():
    assert exclusion(need(), person(consent=False), DAY) == NO_CONSENT


def test_fairness_prefers_those_waiting():
    never, pro_never, _ = verdict(need(), person(last_asked=None))
    waiting, pro_waiting, _ = verdict(need(), person(last_asked=DAY - dt.timedelta(days=155)))
    neutral, _, _ = verdict(need(), person(last_asked=DAY - dt.timedelta(days=45)))
    recent, _, con_recent = verdict(need(), person(last_asked=DAY - dt.timedelta(days=3)))
    busy, _, con_busy = verdict(
        need(), person(last_asked=DAY - dt.timedelta(days=3), recent_asks=5)
    )
    assigned, _, con_assigned = verdict(
        need(), person(last_asked=None, last_assigned=DAY - dt.timedelta(days=20))
    )
    assert never >= waiting > neutral > recent > busy
    assert "bisher noch nie angefragt" in pro_never
    assert "seit 5 Monaten nicht angefragt" in pro_waiting
    assert "vor 3 Tagen schon angefragt" in con_recent
    assert "in den letzten 3 Monaten 5-mal angefragt" in con_busy
    assert "vor 2 Wochen schon eine Anfrage übernommen" in con_assigned
    assert assigned < neutral


def test_this_request_answers_count():
    asked = DAY - dt.timedelta(days=2)
    declined, _, con = verdict(need(), person(this_request=(asked, CandidateAnswer.NO, False)))
    pending, _, con_pending = verdict(
        need(), person(this_request=(asked, CandidateAnswer.PENDING, False))
    )
    yes, pro_yes, _ = verdict(need(), person(this_request=(asked, CandidateAnswer.YES, False)))
    assert declined < pending == yes
    assert "hat für diese Anfrage abgesagt (angefragt am 08.06.2025)" in con
    assert "für diese Anfrage am 08.06.2025 angefragt, noch keine Antwort" in con_pending
    assert pro_yes[-1].startswith("hat für diese Anfrage zugesagt")


def test_already_accompanying_this_newcomer_counts_against():
    pairing = need(kind="newcomer", title="Familie Haddad")
    again, _, con = verdict(pairing, person(pairs_this_newcomer=True))
    new, _, _ = verdict(pairing, person())
    assert again < new
    assert "begleitet diese*n Neuzugewanderte*n schon" in con


# -- hard filters and order, for any data (property tests) ----------------------------------

LEVELS = st.sampled_from(list(LanguageLevel))
candidates = st.builds(
    lambda i, name, district, times, most, busy, langs, field, until, consent, asked: Candidate(
        id=i,
        first_name="",
        last_name=name,
        sort_key=name,
        district_id=district,
        availability=times,
        max_pairings=most,
        busy_pairings=busy,
        languages=langs,
        has_field=field,
        clearance_until=until,
        consent=consent,
        last_asked=asked,
    ),
    st.integers(1, 10**6),
    st.sampled_from(["Amiri", "Bauer", "Haddad", "Müller", "Özdemir"]),
    st.one_of(st.none(), st.integers(1, 4)),
    st.integers(0, (1 << 21) - 1),
    st.integers(0, 3),
    st.integers(0, 3),
    st.dictionaries(st.integers(1, 3), LEVELS, max_size=3),
    st.booleans(),
    st.one_of(st.none(), st.dates(DAY - dt.timedelta(days=30), DAY + dt.timedelta(days=30))),
    st.booleans(),
    st.one_of(st.none(), st.dates(DAY - dt.timedelta(days=400), DAY)),
)
needs = st.builds(
    lambda kind, langs, required, district, field, slots, children: Need(
        kind=kind,
        record_id=1,
        title="x",
        languages=tuple(NeedLanguage(i, f"Sprache {i}", level) for i, level in langs.items()),
        languages_required=required,
        district_id=district,
        activity_field_id=field,
        activity_field="Feld" if field else None,
        slots=slots,
        children=children,
    ),
    st.sampled_from(["request", "newcomer"]),
    st.dictionaries(st.integers(1, 3), LEVELS, max_size=2),
    st.booleans(),
    st.one_of(st.none(), st.integers(1, 4)),
    st.one_of(st.none(), st.just(7)),
    st.integers(0, (1 << 21) - 1),
    st.booleans(),
)
unique_people = st.lists(candidates, max_size=30, unique_by=lambda c: c.id)
NEAR = {1: frozenset({2}), 2: frozenset({1})}


@settings(max_examples=200, deadline=None)
@given(needs, unique_people)
def test_hard_filters_are_never_violated(n, people):
    result = rank_candidates(n, people, DAY, NEAR)
    by_id = {c.id: c for c in people}
    for match in result.matches:
        c = by_id[match.volunteer_id]
        assert c.consent
        if n.children:
            assert c.clearance_until is not None and c.clearance_until > DAY
        if n.languages_required and n.languages:
            assert any(
                lang.language_id in c.languages
                and list(LanguageLevel).index(c.languages[lang.language_id])
                <= list(LanguageLevel).index(lang.min_level)
                for lang in n.languages
            )
    assert len(result.matches) + sum(result.excluded.values()) == len(people)


@settings(max_examples=200, deadline=None)
@given(needs, unique_people, st.randoms(use_true_random=False))
def test_order_is_by_score_then_name_then_number_whatever_the_input_order(n, people, rnd):
    result = rank_candidates(n, people, DAY, NEAR)
    keys = {c.id: (c.sort_key, c.id) for c in people}
    order = [(-m.score, *keys[m.volunteer_id]) for m in result.matches]
    assert order == sorted(order)
    shuffled = list(people)
    rnd.shuffle(shuffled)
    again = rank_candidates(n, shuffled, DAY, NEAR)
    assert [m.volunteer_id for m in again.matches] == [m.volunteer_id for m in result.matches]


def test_equal_scores_are_ordered_by_name_then_number():
    people = [
        person(5, last_name="Müller", sort_key="muller"),
        person(2, last_name="Müller", sort_key="muller"),
        person(9, last_name="Bauer", sort_key="bauer"),
    ]
    random.Random(1).shuffle(people)
    result = rank_candidates(need(), people, DAY, {})
    assert len({m.score for m in result.matches}) == 1
    assert [m.volunteer_id for m in result.matches] == [9, 2, 5]


# -- the whole ranking on a database -------------------------------------------------------------


@pytest.fixture
def office(db):
    """Lists' ids and a few helpers to make volunteers as the office enters them."""
    districts = DistrictService(db).by_name()
    fields = ActivityFieldService(db).by_name()
    volunteers = VolunteerService(db)
    consents = ConsentService(db)

    def volunteer(last_name, *, consent=True, email_ok=True, clearance=None, **values):
        values.setdefault("status", "aktiv")
        record = volunteers.create(first_name="Eva", last_name=last_name, **values)
        if consent:
            consents.give("volunteer", record.id, contact_email=email_ok)
        if clearance:
            volunteers.add_clearance(record.id, clearance)
        return record.id

    return {"db": db, "districts": districts, "fields": fields, "volunteer": volunteer}


def test_scenario_arabic_request_with_children(office):
    db, d, add = office["db"], office["districts"], office["volunteer"]
    field = next(iter(office["fields"].values()))
    recent = dt.date.today() - dt.timedelta(days=30)
    best = add(
        "Nasser",
        languages=[("ar", "muttersprache")],
        district_id=d["Großer Dreesch"],
        activity_field_ids=[field],
        availability=TUESDAY_MORNING,
        max_pairings=2,
        clearance=recent,
        email="nasser@example.org",
    )
    neighbour = add(
        "Khalil",
        languages=[("ar", "fliessend")],
        district_id=d["Neu Zippendorf"],
        clearance=recent,
    )
    add("Ohne Zeugnis", languages=[("ar", "muttersprache")], district_id=d["Großer Dreesch"])
    add("Ohne Einwilligung", languages=[("ar", "muttersprache")], consent=False, clearance=recent)
    add("Pausiert", status="pausiert", languages=[("ar", "muttersprache")], clearance=recent)
    add("Ausgeschieden", status="ausgeschieden", languages=["ar"], clearance=recent)
    add("Interessiert", status="interessiert", languages=["ar"], clearance=recent)
    add("Nur Russisch", languages=[("ru", "muttersprache")], clearance=recent)
    request = HelpRequestService(db).create(
        title="Begleitung zur Ausländerbehörde",
        languages=["ar"],
        languages_required=True,
        children_involved=True,
        district_id=d["Großer Dreesch"],
        activity_field_id=field,
        needed_slots=TUESDAY_MORNING,
    )
    result = MatchingService(db).for_request(request.id)
    assert [m.volunteer_id for m in result.matches] == [best, neighbour]
    assert result.considered == 5  # the active ones
    assert result.excluded == {
        "kein gültiges Führungszeugnis (Kinder beteiligt)": 1,
        "keine gültige Einwilligung zur Datenspeicherung": 1,
        "spricht keine der verlangten Sprachen": 1,
    }
    first = result.matches[0]
    assert first.name == "Nasser, Eva"
    assert first.email_allowed
    assert "spricht Arabisch (Muttersprache)" in first.reasons_for
    assert "wohnt im selben Stadtteil" in first.reasons_for
    assert "hat Dienstag Vormittag Zeit" in first.reasons_for
    assert "hat noch 2 von 2 Patenschaften frei" in first.reasons_for
    assert "bisher noch nie angefragt" in first.reasons_for
    assert any(r.startswith("Führungszeugnis gültig bis") for r in first.reasons_for)
    assert "wohnt im Nachbarstadtteil" in result.matches[1].reasons_for
    assert not result.matches[1].email_allowed  # no address
    top = MatchingService(db).for_request(request.id, top=1)
    assert [m.volunteer_id for m in top.matches] == [best]


def test_asking_and_assigning_change_the_fairness(office):
    db, add = office["db"], office["volunteer"]
    a = add("Albers")
    b = add("Brandt")
    requests = HelpRequestService(db)
    earlier = requests.create(title="Arztbegleitung")
    requests.ask(earlier.id, a, asked_on=dt.date.today() - dt.timedelta(days=3))
    now = requests.create(title="Wohnungssuche")
    result = MatchingService(db).for_request(now.id)
    assert [m.volunteer_id for m in result.matches] == [b, a]
    assert "vor 3 Tagen schon angefragt" in result.matches[1].reasons_against

    requests.ask(now.id, b, channel="telefon")
    requests.answer(now.id, b, "abgesagt")
    result = MatchingService(db).for_request(now.id)
    assert [m.volunteer_id for m in result.matches] == [a, b]
    assert any("abgesagt" in r for r in result.matches[1].reasons_against)


def test_pairings_count_as_load(office):
    db, add = office["db"], office["volunteer"]
    busy = add("Busy", max_pairings=1)
    free = add("Frei", max_pairings=1)
    newcomers = NewcomerService(db)
    PairingService(db).propose(busy, newcomers.create(last_name="Erste").id)
    newcomer = newcomers.create(last_name="Haddad", kind="haushalt", languages=["ar", "de"])
    result = MatchingService(db).for_newcomer(newcomer.id)
    assert result.need.title == "Familie Haddad"
    assert [lang.name for lang in result.need.languages] == ["Arabisch"]  # German goes without
    assert [m.volunteer_id for m in result.matches] == [free, busy]
    assert "hat schon 1 von 1 Patenschaften" in result.matches[1].reasons_against


def test_a_newcomer_with_children_needs_a_clearance(office):
    db, add = office["db"], office["volunteer"]
    cleared = add("Geprüft", clearance=dt.date.today() - dt.timedelta(days=10))
    add("Ungeprüft")
    newcomer = NewcomerService(db).create(
        last_name="Koval", kind="haushalt", household_size=3, children_count=2
    )
    result = MatchingService(db).for_newcomer(newcomer.id)
    assert [m.volunteer_id for m in result.matches] == [cleared]
    PairingService(db).propose(cleared, newcomer.id)
    again = MatchingService(db).for_newcomer(newcomer.id)
    assert "begleitet diese*n Neuzugewanderte*n schon" in again.matches[0].reasons_against


def test_a_withdrawn_consent_excludes(office):
    db, add = office["db"], office["volunteer"]
    volunteer = add("Widerruf")
    consents = ConsentService(db)
    consent = consents.current("volunteer", volunteer)
    consents.withdraw(consent.id, consent.version)
    request = HelpRequestService(db).create(title="Sachspenden abholen")
    result = MatchingService(db).for_request(request.id)
    assert result.matches == []
    assert result.excluded == {"keine gültige Einwilligung zur Datenspeicherung": 1}


@pytest.mark.any_db
def test_unknown_records_are_reported(db):
    with pytest.raises(NotFoundError):
        MatchingService(db).for_request(999)
    with pytest.raises(NotFoundError):
        MatchingService(db).for_newcomer(999)


# -- neighbouring districts ----------------------------------------------------------------


def test_default_neighbours_are_the_districts_of_the_same_area():
    names = default_neighbour_names()
    assert "Neu Zippendorf" in names["Großer Dreesch"]
    assert "Mueßer Holz" in names["Großer Dreesch"]
    assert "Lankow" not in names["Großer Dreesch"]
    assert "Großer Dreesch" not in names["Großer Dreesch"]


def test_neighbours_can_be_edited(office):
    db, d, add = office["db"], office["districts"], office["volunteer"]
    assert neighbour_names(db) == default_neighbour_names()
    lankow = add("Lankower", district_id=d["Lankow"])
    request = HelpRequestService(db).create(title="Formulare", district_id=d["Großer Dreesch"])
    before = MatchingService(db).for_request(request.id).matches[0]
    assert "wohnt in einem anderen Stadtteil" in before.reasons_against
    save_neighbours(db, {"Lankow": ["Großer Dreesch"]})  # one side is enough
    after = MatchingService(db).for_request(request.id).matches[0]
    assert after.volunteer_id == lankow
    assert "wohnt im Nachbarstadtteil" in after.reasons_for
    with pytest.raises(ValidationError):
        save_neighbours(db, {"Atlantis": ["Lankow"]})


# -- the prepared e-mail -----------------------------------------------------------------------


def test_mail_text_and_mailto_url_are_encoded():
    n = need(
        title="Begleitung zum Jobcenter & Ämter",
        district="Mueßer Holz",
        activity_field="Begleitung zu Ämtern",
        slots=TUESDAY_MORNING,
        languages=(ARABIC,),
        children=True,
    )
    match = rank_candidates(
        n,
        [
            person(
                1,
                languages={1: LanguageLevel.NATIVE},
                clearance_until=DAY + dt.timedelta(days=900),
                email="eva@example.org",
            )
        ],
        DAY,
        {},
    ).matches[0]
    subject, body = mail_text(n, match, "Servicestelle Integration")
    assert subject == "Anfrage: Begleitung zum Jobcenter & Ämter – können Sie helfen?"
    assert body.startswith("Guten Tag Test Person 001,")
    assert "Stadtteil: Mueßer Holz" in body
    assert "Zeiten: Dienstag Vormittag" in body
    assert body.endswith("Servicestelle Integration")
    url = mailto_url("eva@example.org", subject, body)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "eva@example.org"
    assert " " not in url and "&Ämter" not in url
    query = parse_qs(parts.query)
    assert query["subject"] == [subject]
    assert query["body"] == [body]
    assert unquote(url).count("\r\n") == body.count("\r\n")
