"""The import's fast paths give what the slow ones give, for varied inputs
(deterministic: fixed seeds, no timing)."""

from __future__ import annotations

import datetime as dt
import gc
import random

import phonenumbers
import pytest

from servicestelle.bulk import collector_paused
from servicestelle.collation import sort_key
from servicestelle.importing import duplicates
from servicestelle.importing.rows import RowParser
from servicestelle.importing.values import text_of
from servicestelle.validation import Invalid, normalise_phone, plain_text, valid_german_number


def _slow_valid(national: str) -> bool:
    number = phonenumbers.PhoneNumber(country_code=49, national_number=int(national))
    return phonenumbers.is_valid_number(number)


def _nationals() -> list[str]:
    rng = random.Random(20261207)
    found = []
    for length in range(1, 18):  # every length, shorter and longer than any valid one
        for _ in range(250):
            first = rng.choice("123456789")
            found.append(first + "".join(rng.choice("0123456789") for _ in range(length - 1)))
    # the ranges offices meet: mobile, city, service and special numbers
    for prefix in ("15", "16", "17", "176", "30", "40", "385", "800", "900", "180", "700",
                   "32", "49", "137", "118", "1521", "6221", "89", "3841", "16013"):
        for length in range(len(prefix), 17):
            for _ in range(20):
                rest = "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
                found.append(prefix + rest)
    return found


def test_german_numbers_valid_exactly_when_phonenumbers_says_so():
    nationals = _nationals()
    agreed = [valid_german_number(n) == _slow_valid(n) for n in nationals]
    assert all(agreed), [n for n, ok in zip(nationals, agreed, strict=True) if not ok][:10]
    assert any(_slow_valid(n) for n in nationals)  # both kinds were tried
    assert not all(_slow_valid(n) for n in nationals)


def _old_normalise_phone(value: str) -> str:
    """normalise_phone as it was: the plain German number checked by phonenumbers."""
    from servicestelle.validation import _german_digits

    text = value.strip()
    national = _german_digits(text)
    if national is not None:
        if _slow_valid(national):
            return f"+49{national}"
        raise Invalid(text)
    return normalise_phone(value)  # the other path is unchanged


def _written(national: str, rng: random.Random) -> str:
    cut = rng.randrange(1, max(2, len(national)))
    return rng.choice(
        [
            f"0{national}",
            f"0{national[:cut]} {national[cut:]}",
            f"(0{national[:cut]}) {national[cut:]}",
            f"0{national[:cut]}/{national[cut:]}",
            f"0{national[:cut]}-{national[cut:]}",
            f"+49 {national[:cut]} {national[cut:]}",
            f"0049 {national}",
            f"+49{national}",
            national,  # lost its leading zero in a spreadsheet
            f" 0{national} ",
        ]
    )


def test_written_numbers_as_before():
    rng = random.Random(385)
    for national in _nationals()[::3]:
        written = _written(national, rng)
        try:
            expected = _old_normalise_phone(written)
        except Invalid:
            expected = None
        try:
            got = normalise_phone(written)
        except Invalid:
            got = None
        assert got == expected, written


def _texts() -> list[object]:
    rng = random.Random(7)
    pieces = ["Anna", " ", "  ", "\t", "\n", "\r\n", "Müller", "Бондаренко", "\u202e", "\x00",
              "\x07", "é", "ß", "x", "1", ".", "\u2066", "\xa0", "مرحبا", "\x7f"]
    found: list[object] = ["", " ", "abc", "  a  b  ", "a" * 250, "ä" * 250 + "  b"]
    for _ in range(2000):
        found.append("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8))))
    found += [0, 7, -12, 10**20, True, False, 1.0, 2.5, float("inf"), None,
              dt.date(2024, 3, 1), dt.datetime(2024, 3, 1, 8, 5)]
    return found


def _slow_text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return " ".join(plain_text(str(value)).split())


def test_cell_texts_as_before_also_when_asked_again():
    values = _texts()
    first = [text_of(v) for v in values]
    again = [text_of(v) for v in values]  # now from what was kept
    expected = [_slow_text_of(v) for v in values]
    assert first == expected
    assert again == expected


def test_folded_names_for_duplicates_are_the_sort_keys():
    names = [None, "", " ", "Müller", "MÜLLER", "Öztürk", "de Vries", "Бондаренко", "Weiß"]
    for name in names * 2:
        assert duplicates._folded(name) == sort_key(name)


def test_collector_paused_and_then_as_before():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def test_each_column_gets_the_parser_of_its_key():
    """The parser chosen once per column is the one the per-cell rules chose."""
    expected = {
        "first_name": "_name",
        "last_name": "_name",
        "name": "_text",
        "birth_date": "_date",
        "clearance_seen_on": "_date",
        "email": "_email",
        "phone": "_phone",
        "consent": "_consent_cell",
        "district": "_district",
        "activity_fields": "_activity_fields",
        "languages": "_languages",
        "street": "_text",
    }
    parser = object.__new__(RowParser)
    parser.entity = "volunteer"
    for key, method in expected.items():
        assert parser._handler(key).__name__ == method
    assert parser._handler("status").__name__ == "_status"
    assert parser._handler("kind").__name__ == "_text"
    parser.entity = "organisation"
    assert parser._handler("kind").__name__ == "_organisation_kind"
    assert parser._handler("status").__name__ == "_text"


def test_names_and_texts_are_not_kept_after_the_plan(db):
    from servicestelle.importing import values
    from servicestelle.importing.header import SheetLayout
    from servicestelle.importing.plan import prepare

    layout = SheetLayout(
        1,
        ["Name", "Vorname", "Ort"],
        [(2, ["Müller", "Anna", "Schwerin"]), (3, ["Müller", "Anna", "Schwerin"])],
    )
    plan = prepare(db, "volunteer", layout, {0: "last_name", 1: "first_name", 2: "city"})
    assert [r.values["city"] for r in plan.rows] == ["Schwerin", "Schwerin"]
    assert plan.rows[1].duplicate is None or plan.rows[1].duplicate.row == 2
    assert values._TEXTS == {}
    assert duplicates._FOLDED == {}
    assert gc.isenabled()


def _varied_rows(count: int) -> list[list[object]]:
    """Rows as messy lists bring them: repeated and unique cells, bad dates, numbers
    for text, consents with and without a day (fixed seed)."""
    rng = random.Random(20261208)
    pools = [
        ["Müller", "müller ", "Haddad", "AL-HASSAN", "", None, 42],
        ["Anna", "Jürgen", "Ірина", None, "Reza"],
        [dt.date(1980, 3, 4), dt.datetime(1975, 5, 6), "12.03.1990", "3/4/85", "1990",
         "gestern", 29000, "31.02.2000", "2099-01-01", True, None],
        ["a@example.org", "A@Example.org ", "kaputt@", None, "c@example.org; d@example.org"],
        ["0385 123456", 3851234567, "+49 176 12345678", "123", "keins", None, 49.5],
        ["Schelfstadt", "schelfstadt", "Mondstadt", None, "Lankow, Neumühle"],
        ["arab., engl.", "Russisch/Ukrainisch", "klingonisch", None, "Deutsch"],
        ["Sprachcafé, Kita-Begleitung", "Raketenbau", None, "Hausaufgabenhilfe"],
        ["ja", "x", "", None, "nein", "ja, 12.03.2023", "vielleicht", True, 1],
        [None, "aktiv", "ausgeschieden", "komisch"],
        [None, "hat Auto", "=SUMME(A1)"],
        [19053, "19055", "1905", None, 19053.0],
    ]
    rows = []
    for number in range(count):
        row = [rng.choice(pool) for pool in pools]
        row[3] = row[3] if number % 3 else f"person{number}@example.org"  # unique cells too
        rows.append(row)
    return rows


_VARIED_MAPPING = {
    0: "last_name", 1: "first_name", 2: "birth_date", 3: "email", 4: "phone", 5: "district",
    6: "languages", 7: "activity_fields", 8: "consent", 9: "status", 10: "notes",
    11: "postcode",
}


def _parsed(db, rows, keep: bool) -> list[tuple]:
    from servicestelle.importing import plan as plan_module
    from servicestelle.importing import rows as rows_module
    from servicestelle.importing.header import SheetLayout

    headers = ["Name", "Vorname", "geb.", "E-Mail", "Tel.", "Stadtteil", "Sprachen",
               "Tätigkeit", "DSGVO", "Status", "Bemerkungen", "PLZ"]
    layout = SheetLayout(1, headers, [(n + 2, r) for n, r in enumerate(rows)])
    original = rows_module.CellMemo.__init__

    def switched_off(self):  # every cell parsed anew
        original(self)
        self.off = True

    if not keep:
        rows_module.CellMemo.__init__ = switched_off
    try:
        plan = plan_module.prepare(
            db, "volunteer", layout, _VARIED_MAPPING, today=dt.date(2026, 12, 8)
        )
    finally:
        rows_module.CellMemo.__init__ = original
    return [
        (r.row, r.values, r.consent, r.consent_on, r.held_back, r.defaulted,
         r.clearance_seen_on, r.errors, r.warnings, r.status)
        for r in plan.rows
    ]


def test_cells_kept_per_column_give_the_rows_that_parsing_each_cell_gives(db):
    rows = _varied_rows(3000)
    kept = _parsed(db, rows, keep=True)
    assert kept == _parsed(db, rows, keep=False)
    statuses = {row[-1] for row in kept}
    assert {"fehler", "warnung"} <= statuses  # the rows were varied enough to matter
    languages = [row[1]["languages"] for row in kept if row[1].get("languages")]
    assert len({id(x) for x in languages}) == len(languages)  # each row its own list


def test_many_rows_of_fields_are_checked_as_clean_checks_one():
    from servicestelle.errors import ValidationError
    from servicestelle.services.volunteers import VolunteerService
    from servicestelle.validation import Cleaner, clean

    fields = VolunteerService.fields
    ready = frozenset({"birth_date", "email", "phone"})
    cleaner = Cleaner(fields)
    rng = random.Random(8)
    choices = {
        "last_name": ["Müller", "", None, "x" * 500, "Nowak\u202e"],
        "first_name": ["Anna", None, "Ali"],
        "postcode": ["19053", 19053, "abc", None],
        "max_pairings": [1, "2", "zwei", 2.5, None],
        "birth_date": [dt.date(1980, 1, 1), dt.date(2099, 1, 1), None],
        "left_on": [None, dt.date(2020, 1, 1), "kein Datum"],
        "since": [None, dt.date(2021, 1, 1)],
        "email": ["a@example.org", None],
        "languages": [["de"], None],
        "unknown_key": [None, 1],
    }
    for _ in range(600):
        values = {k: rng.choice(v) for k, v in choices.items() if rng.random() < 0.8}
        plain = {k: v for k, v in values.items() if k in fields and k not in ready}
        current = {k: v for k, v in values.items() if k in fields and k in ready}
        try:
            expected = ("ok", clean(fields, plain, current=current))
        except ValidationError as exc:
            expected = ("fehler", exc.field_errors)
        try:
            got = ("ok", cleaner.given(values, ready))
        except ValidationError as exc:
            got = ("fehler", exc.field_errors)
        assert got == expected, values
