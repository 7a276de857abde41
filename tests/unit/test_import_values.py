"""The parsers of the import: dates, phone numbers, yes/no, languages, list entries,
names; and the suggested column mapping."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from servicestelle.enums import LanguageLevel
from servicestelle.importing.mapping import (
    FULL_NAME,
    check,
    from_json,
    suggest,
    to_json,
)
from servicestelle.importing.values import (
    ACTIVITY_ALIASES,
    LanguageMatcher,
    ListMatcher,
    date_order,
    parse_bool,
    parse_date,
    parse_phone,
    split_name,
)
from servicestelle.validation import Invalid

TODAY = dt.date(2026, 11, 22)

# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (dt.date(1961, 7, 3), dt.date(1961, 7, 3)),
        (dt.datetime(1961, 7, 3, 0, 0), dt.date(1961, 7, 3)),
        ("3.7.1961", dt.date(1961, 7, 3)),
        ("03.07.61", dt.date(1961, 7, 3)),
        ("03.07.05", dt.date(2005, 7, 3)),
        ("1961-07-03", dt.date(1961, 7, 3)),
        (" 3. 7. 1961 ", dt.date(1961, 7, 3)),
        (22465, dt.date(1961, 7, 3)),  # an Excel serial number
        (22465.0, dt.date(1961, 7, 3)),
        ("08.02.2024 18:47:00", dt.date(2024, 2, 8)),
        (None, None),
        ("", None),
    ],
)
def test_dates_as_offices_type_them(cell, expected):
    assert parse_date(cell, today=TODAY).value == expected


def test_slashed_dates_follow_the_columns_order():
    column = ["07/03/1961", "12/25/1990", "01/02/2000"]
    assert date_order(column) == "mdy"
    assert parse_date("01/02/2000", "mdy").value == dt.date(2000, 1, 2)
    german = ["25/12/1990", "01/02/2000"]
    assert date_order(german) == "dmy"
    assert parse_date("01/02/2000", "dmy").value == dt.date(2000, 2, 1)
    assert date_order(["3.7.1961", "4.8.1962"]) == "dmy"  # dots are always day first


def test_a_bare_year_is_a_warning_not_a_date():
    parsed = parse_date("1983")
    assert parsed.value is None
    assert "1983" in parsed.warnings[0]
    assert parse_date(1983.0).value is None


@pytest.mark.parametrize("cell", ["31.02.2020", "gestern", "liegt vor", "12345678901"])
def test_impossible_dates_are_refused_in_german(cell):
    with pytest.raises(Invalid, match="Datum"):
        parse_date(cell)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
@settings(max_examples=200, deadline=None)
def test_every_date_survives_each_written_form(day):
    assert parse_date(day.strftime("%d.%m.%Y")).value == day
    assert parse_date(f"{day.day}.{day.month}.{day.year}").value == day
    assert parse_date(day.isoformat()).value == day
    assert parse_date(day.strftime("%m/%d/%Y"), "mdy").value == day
    assert parse_date(day.strftime("%d/%m/%Y"), "dmy").value == day
    if dt.date(1910, 1, 1) <= day:
        serial = (day - dt.date(1899, 12, 30)).days
        assert parse_date(serial).value == day


@given(st.dates(min_value=dt.date(1927, 1, 1), max_value=TODAY))
@settings(max_examples=200, deadline=None)
def test_two_digit_years_are_never_in_the_future(day):
    assert parse_date(day.strftime("%d.%m.%y"), today=TODAY).value == day


# -- phone numbers, yes/no ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (3855451261.0, "+493855451261"),  # lost its leading zero in a number cell
        ("3855451261", "+493855451261"),
        ("0385/545-1261", "+493855451261"),
        ("0385 545 1261", "+493855451261"),
        ("+49 176 01344162", "+4917601344162"),
        ("0176 01344162", "+4917601344162"),
        ("+380 44 123 4567", "+380441234567"),
    ],
)
def test_phone_numbers_become_e164(cell, expected):
    assert parse_phone(cell).value == expected


@pytest.mark.parametrize("cell", ["12", "keine", "0385"])
def test_broken_phone_numbers_are_refused(cell):
    with pytest.raises(Invalid, match="Telefonnummer"):
        parse_phone(cell)


@given(st.integers(min_value=1000000, max_value=9999999))
@settings(max_examples=100, deadline=None)
def test_schwerin_numbers_in_every_spelling_agree(local):
    expected = f"+49385{local}"
    spellings = [
        f"0385{local}", f"0385/{local}", f"0385 {local}", f"385{local}", f"+49 385 {local}"
    ]
    assert {parse_phone(s).value for s in spellings} == {expected}


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("ja", True), ("Ja ", True), ("x", True), ("X", True), ("1", True), (1.0, True),
     ("yes", True), ("nein", False), ("", False), (None, False), (0, False)],
)
def test_yes_and_no(cell, expected):
    assert parse_bool(cell).value is expected


def test_yes_no_that_is_neither_is_refused():
    with pytest.raises(Invalid):
        parse_bool("vielleicht")


# -- languages --------------------------------------------------------------------------------

LANGUAGES = [
    ("de", "Deutsch", True), ("ar", "Arabisch", True), ("uk", "Ukrainisch", True),
    ("ru", "Russisch", True), ("fa", "Persisch (Farsi)", True), ("prs", "Dari", True),
    ("ps", "Paschtu", True), ("ku", "Kurdisch", False), ("tr", "Türkisch", True),
    ("en", "Englisch", True), ("fr", "Französisch", True), ("es", "Spanisch", True),
    ("pl", "Polnisch", True), ("ro", "Rumänisch", True), ("am", "Amharisch", True),
]


@pytest.fixture(scope="module")
def languages():
    return LanguageMatcher(LANGUAGES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("arab., engl.", [("ar", None), ("en", None)]),
        ("Russisch/Ukrainisch", [("ru", None), ("uk", None)]),
        ("Farsi (Muttersprache), Deutsch B2",
         [("fa", LanguageLevel.NATIVE), ("de", LanguageLevel.GOOD)]),
        ("Ukrainian, Russian", [("uk", None), ("ru", None)]),
        ("Englisch (gut), Spanisch (etwas)",
         [("en", LanguageLevel.GOOD), ("es", LanguageLevel.BASIC)]),
        ("Arabisch; Kurdisch", [("ar", None), ("ku", None)]),
        ("Deutsch C1 und Französisch", [("de", LanguageLevel.FLUENT), ("fr", None)]),
        ("Dari, Paschtu, Englisch", [("prs", None), ("ps", None), ("en", None)]),
        ("tür.", [("tr", None)]),
        ("dt., frz., kurd.", [("de", None), ("fr", None), ("ku", None)]),
    ],
)
def test_languages_from_free_text(languages, text, expected):
    parsed = languages.parse(text)
    assert parsed.value == expected
    assert parsed.warnings == []


def test_an_unknown_language_is_reported_not_dropped(languages):
    parsed = languages.parse("Arabisch, Klingonisch")
    assert parsed.value == [("ar", None)]
    assert parsed.unknown == ["Klingonisch"]
    assert "Klingonisch" in parsed.warnings[0]


# -- districts and activity fields ---------------------------------------------------------------

DISTRICTS = [(1, "Mueßer Holz"), (2, "Großer Dreesch"), (3, "Neu Zippendorf"), (4, "Zippendorf"),
             (5, "Lankow"), (6, "Wüstmark"), (7, "Mueß")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Muesser Holz", 1), ("mueßer holz", 1), ("Gr. Dreesch", 2), ("Grosser Dreesch", 2),
     ("Neu Zippendorf", 3), ("Zippendorf", 4), ("Lankwo", 5), ("Wuestmark", 6), ("Mueß", 7)],
)
def test_districts_are_found_despite_spelling(text, expected):
    hit = ListMatcher(DISTRICTS).match(text)
    assert hit is not None and hit[0] == expected


def test_an_unknown_district_is_not_guessed():
    assert ListMatcher(DISTRICTS).match("Innenstadt") is None


def test_activity_fields_from_an_office_list():
    fields = [(1, "Deutsch üben"), (2, "Kita und Schule"), (3, "Freizeit, Sport und Kultur"),
              (4, "Hausaufgabenhilfe und Lernpatenschaft"), (5, "Dolmetschen und Übersetzen")]
    matcher = ListMatcher(fields, ACTIVITY_ALIASES)
    parsed = matcher.match_many("Sprachcafé, Kita-Begleitung, Freizeit/Sport, Hausaufgabenhilfe")
    assert parsed.value == [1, 2, 3, 4]
    unknown = matcher.match_many("Dolmetschen; Raketenbau")
    assert unknown.value == [5]
    assert unknown.unknown == ["Raketenbau"]


# -- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Müller, Anna", ("Anna", "Müller")), ("Anna Müller", ("Anna", "Müller")),
     ("Anna Maria von der Heide", ("Anna Maria", "von der Heide")),
     ("Haddad", ("", "Haddad")), ("  Шевченко ,  Олена ", ("Олена", "Шевченко"))],
)
def test_a_combined_name_is_split(text, expected):
    assert split_name(text) == expected


@given(
    st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=12),
    st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=12),
)
@settings(max_examples=200, deadline=None)
def test_last_comma_first_always_splits_back(first, last):
    assert split_name(f"{last}, {first}") == (first, last)


# -- the suggested mapping -------------------------------------------------------------------------


def test_mapping_of_an_office_list():
    headers = ["Nr.", "Name", "Vorname", "Straße", "PLZ", "Ort", "Stadtteil", "Tel.", "E-Mail",
               "Geburtsdatum", "Sprachen", "Tätigkeit", "Zeit", "FZ vorgelegt am", "DSGVO",
               "Bemerkungen"]
    mapping = suggest("volunteer", headers)
    named = {headers[c]: k for c, k in mapping.items()}
    assert named == {
        "Name": "last_name", "Vorname": "first_name", "Straße": "street", "PLZ": "postcode",
        "Ort": "city", "Stadtteil": "district", "Tel.": "phone", "E-Mail": "email",
        "Geburtsdatum": "birth_date", "Sprachen": "languages", "Tätigkeit": "activity_fields",
        "Zeit": "availability_note", "FZ vorgelegt am": "clearance_seen_on",
        "DSGVO": "consent", "Bemerkungen": "notes",
    }
    assert check("volunteer", mapping) == []


def test_mapping_of_an_online_form_with_long_questions():
    headers = ["Zeitstempel", "First name", "Surname", "Email address", "Mobile",
               "In welchem Stadtteil wohnen Sie?", "Welche Sprachen sprechen Sie?",
               "Ich bin einverstanden, dass meine Daten gespeichert werden."]
    named = {headers[c]: k for c, k in suggest("volunteer", headers).items()}
    assert named["First name"] == "first_name"
    assert named["Surname"] == "last_name"
    assert named["Email address"] == "email"
    assert named["Mobile"] == "phone"
    assert named["In welchem Stadtteil wohnen Sie?"] == "district"
    assert named["Welche Sprachen sprechen Sie?"] == "languages"
    assert named["Ich bin einverstanden, dass meine Daten gespeichert werden."] == "consent"


def test_a_lone_name_column_holds_the_whole_name():
    assert suggest("volunteer", ["Name", "Handy"]) == {0: FULL_NAME, 1: "phone"}
    assert suggest("volunteer", ["Nachname, Vorname"]) == {0: FULL_NAME}


def test_a_mapping_without_a_name_cannot_be_imported():
    problems = check("volunteer", {0: "email", 1: "email"})
    assert any("Nachnamen" in p for p in problems)
    assert any("Mehrfach" in p for p in problems)


def test_a_saved_mapping_fits_the_same_columns_in_another_order():
    stored = to_json("volunteer", ["Name", "Mail", "Extra"], {0: "last_name", 1: "email"})
    entity, mapping = from_json(stored, ["Mail", "Sonstiges", "NAME"])
    assert entity == "volunteer"
    assert mapping == {0: "email", 2: "last_name"}
