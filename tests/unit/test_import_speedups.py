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
from servicestelle.importing.plan import _RowParser
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
    parser = object.__new__(_RowParser)
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
