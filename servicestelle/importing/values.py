"""Cell values as offices type them, turned into what the records store.

Each parser takes one cell and returns the clean value, or raises ``Invalid`` with a
German reason. Parsers that may keep a value but want it noted return a ``Parsed``
with a warning. Dates decide day/month order per column (``date_order``); languages,
districts and activity fields are matched to the configured lists (``ListMatcher``,
``LanguageMatcher``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..collation import sort_key
from ..enums import LanguageLevel
from ..i18n import _
from ..validation import Invalid, normalise_email, normalise_phone, plain_text, to_bool

# Excel counts days from 30 December 1899 (with its 1900 leap-year bug folded in).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_RANGE = (3653, 73051)  # 1910 … 2099: a number there in a date column is a serial


@dataclass
class Parsed:
    """A value with what the user should know about it."""

    value: Any
    warnings: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # parts no list entry matched


# Cell texts as ``text_of`` gave them, per text (lists repeat names, places and
# words thousands of times); emptied when full.
_TEXTS: dict[str, str] = {}
_TEXTS_KEPT = 50_000
_TEXT_KEPT_LENGTH = 200


def forget_texts() -> None:
    """Empty what ``text_of`` kept (names and addresses stay no longer than a plan)."""
    _TEXTS.clear()


def text_of(value: Any) -> str:
    """A cell as text: whole numbers without ``.0``, dates the German way."""
    kind = value.__class__
    if kind is str:
        text = _TEXTS.get(value)
        if text is None:
            if value.isascii() and value.isprintable():  # as plain_text leaves it
                text = " ".join(value.split())
            else:
                text = " ".join(plain_text(value).split())
            if len(value) <= _TEXT_KEPT_LENGTH:
                if len(_TEXTS) >= _TEXTS_KEPT:
                    _TEXTS.clear()
                _TEXTS[value] = text
        return text
    if kind is int:
        return str(value)
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


def empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- dates ----------------------------------------------------------------------------

_NUMERIC_DATE = re.compile(r"^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})\.?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_TIME_PART = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")
_YEAR = re.compile(r"^(19|20)\d{2}$")


def date_order(values: Iterable[Any]) -> str:
    """``"dmy"`` or ``"mdy"`` for a column: decided by its unambiguous values (a first
    number above 12 is a day, a second above 12 is a day too). German order unless
    the column shows otherwise. Dotted dates are always day first."""
    day_first = month_first = 0
    for value in values:
        if not isinstance(value, str):
            continue
        match = _NUMERIC_DATE.match(_TIME_PART.sub("", value.strip()))
        if match is None or match.group(2) == ".":
            continue
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    return "mdy" if month_first > day_first else "dmy"


@dataclass(frozen=True)
class DateSwap:
    """A date column that went through a spreadsheet program set to another language
    (US English): dates whose day is at most 12 became date cells with day and month
    swapped, the others stayed text that reads only day first ("23/03/1974")."""

    cells: int  # date cells (each has a day of at most 12)
    example: str  # a text of the column that reads only day first


def date_swap(values: Iterable[Any]) -> DateSwap | None:
    """The finding for a column's cells, or None: it needs two or more date cells that
    all have a day of at most 12 (not all the 1st) next to text dates with slashes or
    dashes that read only day first, and no such text that reads only month first.
    (Dotted text dates tell nothing: a program set to US English keeps them as text.)"""
    cells = firsts = 0
    example = None
    for value in values:
        if isinstance(value, dt.date):  # (a datetime is one too)
            if value.day > 12:
                return None
            cells += 1
            firsts += value.day == 1
            continue
        if not isinstance(value, str):
            continue
        match = _NUMERIC_DATE.match(_TIME_PART.sub("", value.strip()))
        if match is None or match.group(2) == ".":  # (no US program reads dots as a date)
            continue
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            example = example or value.strip()
        elif second > 12 >= first:
            return None  # month first: the program read the list as it was meant
    if cells < 2 or example is None or firsts == cells:
        # One date cell tells too little; a column of firsts of the month (»Aktiv seit
        # 01.09.2019«) is German as it stands (swapped, they would all be in January).
        return None
    return DateSwap(cells, example)


def swapped(day: dt.date) -> dt.date:
    """A date cell's day and month exchanged (its day is at most 12)."""
    if isinstance(day, dt.datetime):
        day = day.date()
    return dt.date(day.year, day.day, day.month)


def _two_digit_year(year: int, today: dt.date) -> int:
    """'61 → 1961, '05 → 2005: a two-digit year is never in the future."""
    century = today.year - today.year % 100
    full = century + year
    return full - 100 if full > today.year else full


def parse_date(value: Any, order: str = "dmy", *, today: dt.date | None = None) -> Parsed:
    """A date from a date cell, an Excel serial number, or text (3.7.1961, 03.07.61,
    1961-07-03, 07/03/1961 per ``order``). A bare year gives no date and a warning."""
    today = today or dt.date.today()
    if empty(value):
        return Parsed(None)
    if isinstance(value, dt.datetime):
        return Parsed(value.date())
    if isinstance(value, dt.date):
        return Parsed(value)
    if isinstance(value, bool):
        raise Invalid(_("»{value}« ist kein Datum.", value=text_of(value)))
    if isinstance(value, int | float):
        number = float(value)
        if number.is_integer() and _YEAR.match(str(int(number))):
            return _bare_year(int(number))
        if _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
            return Parsed(_EXCEL_EPOCH + dt.timedelta(days=int(number)))
        raise Invalid(_("»{value}« ist kein Datum.", value=text_of(value)))
    text = " ".join(str(value).split())
    if _YEAR.match(text):
        return _bare_year(int(text))
    iso = _ISO_DATE.match(text)
    if iso:
        return Parsed(_make_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), text))
    match = _NUMERIC_DATE.match(_TIME_PART.sub("", text))
    if match:
        first, separator, second, year_text = match.groups()
        year = int(year_text)
        if len(year_text) == 2:
            year = _two_digit_year(year, today)
        day, month = int(first), int(second)
        if separator != "." and order == "mdy":
            day, month = month, day
        return Parsed(_make_date(year, month, day, text))
    raise Invalid(_("»{value}« ist kein Datum (erwartet z. B. 03.07.1961).", value=text))


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Invalid(_("»{value}« ist kein gültiges Datum.", value=text)) from None


def _bare_year(year: int) -> Parsed:
    return Parsed(
        None,
        [_("Nur das Jahr {year} angegeben – Datum leer gelassen, Jahr in den Notizen.", year=year)],
    )


# -- phone, e-mail, yes/no ------------------------------------------------------------------


def parse_phone(value: Any) -> Parsed:
    """A phone number as E.164; one that lost its leading zero in a spreadsheet (a
    number cell like 3855451261) is repaired."""
    if empty(value):
        return Parsed(None)
    text = text_of(value)
    return Parsed(normalise_phone(text))


def parse_email(value: Any) -> Parsed:
    if empty(value):
        return Parsed(None)
    return Parsed(normalise_email(text_of(value)))


def parse_bool(value: Any) -> Parsed:
    """ja/x/1/yes → True; nein/0/no/empty → False."""
    if empty(value):
        return Parsed(False)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return Parsed(to_bool(value))


_DATE_IN_TEXT = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}")
_CONSENT_WORDS = re.compile(r"[,;:()]|\b(?:am|vom|seit|unterschrieben|erteilt|on|signed)\b")


_REFUSAL = re.compile(
    r"\b(?:nicht|nein|kein\w*|widerruf\w*|abgelehnt|no|not|don'?t|disagree|refused)\b"
)
_AGREEMENT = re.compile(
    r"\b(?:ja|yes|stimme\w*(?: \w+)* zu|zugestimmt|einverstanden|akzeptier\w*|agreed?|"
    r"accept\w*|einwillig\w*)\b"
)


def _agreement(text: str) -> bool | None:
    """A sentence that agrees ("Ja, ich stimme zu", "Einverstanden", "I agree") or
    refuses ("Nein, ich stimme nicht zu", "widerrufen"); None for anything else."""
    folded = text.casefold()
    if _REFUSAL.search(folded):
        return False
    if _AGREEMENT.search(folded):
        return True
    return None


def parse_consent(value: Any, order: str = "dmy", *, today: dt.date | None = None) -> Parsed:
    """A consent cell: ``(True, date)`` for a date cell, "ja, 12.03.2023" or "12.03.2023";
    ``(True, None)`` for "ja"/"x"; ``(False, None)`` for "nein" or an empty cell. Anything
    else is ``Invalid`` (the row then records no consent)."""
    if empty(value):
        return Parsed((False, None))
    if isinstance(value, dt.date | dt.datetime):
        return Parsed((True, parse_date(value).value))
    if isinstance(value, int | float) and not isinstance(value, bool) and value not in (0, 1):
        day = parse_date(value, order, today=today)  # an Excel serial number
        return Parsed((True, day.value), day.warnings)
    if isinstance(value, bool | int | float):
        return Parsed((bool(value), None))
    text = " ".join(str(value).split())
    found = _DATE_IN_TEXT.search(text)
    if found is None:
        said = _agreement(text)  # an online form's answer: "Ich stimme zu", "I agree"
        return Parsed((to_bool(text) if said is None else said, None))
    day = parse_date(found.group(0).replace(" ", ""), order, today=today).value
    rest = _CONSENT_WORDS.sub(" ", (text[: found.start()] + " " + text[found.end() :]).lower())
    said = to_bool(rest.strip()) if rest.strip() else True
    if not said:  # "nein (12.03.2023)": no consent, whatever the date says
        return Parsed((False, None))
    if day is not None and day > (today or dt.date.today()):
        raise Invalid(_("»{value}« liegt in der Zukunft.", value=text))
    return Parsed((True, day))


# -- configured lists: districts, activity fields --------------------------------------------

# Words offices abbreviate in list entries.
_ABBREVIATIONS = {"gr": "grosser", "kl": "kleiner", "st": "sankt", "neu": "neu"}

# Short forms of the default activity fields, as office lists write them.
ACTIVITY_ALIASES = {
    "sprachcafe": "Deutsch üben",
    "sprachkurs": "Deutsch üben",
    "deutschkurs": "Deutsch üben",
    "behoerdengaenge": "Begleitung zu Ämtern und Behörden",
    "behoerden": "Begleitung zu Ämtern und Behörden",
    "aemter": "Begleitung zu Ämtern und Behörden",
    "begleitung arzt": "Arztbegleitung und Gesundheit",
    "arztbesuche": "Arztbegleitung und Gesundheit",
    "kita begleitung": "Kita und Schule",
    "schule": "Kita und Schule",
    "bewerbungen": "Ausbildung, Arbeit und Bewerbung",
    "bewerbung": "Ausbildung, Arbeit und Bewerbung",
    "jobsuche": "Ausbildung, Arbeit und Bewerbung",
    "dolmetschen": "Dolmetschen und Übersetzen",
    "uebersetzen": "Dolmetschen und Übersetzen",
    "freizeit sport": "Freizeit, Sport und Kultur",
    "fahrradwerkstatt": "Mobilität",
    "fahrrad": "Mobilität",
    "formulare": "Post und Formulare verstehen",
    "wohnungssuche": "Wohnungssuche und Umzug",
    "hausaufgabenhilfe": "Hausaufgabenhilfe und Lernpatenschaft",
    "nachhilfe": "Hausaufgabenhilfe und Lernpatenschaft",
    "spenden": "Sachspenden",
    "muettercafe": "Frauen- und Müttertreff",
}


def fold_entry(text: str) -> str:
    """A list entry as compared: folded, punctuation gone, abbreviations spelt out."""
    words = re.sub(r"[^\w]+", " ", sort_key(text)).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


class ListMatcher:
    """Finds entries of a configured list (districts, activity fields) by what people
    type: exact (folded), a known short form, or fuzzily close enough."""

    def __init__(
        self, entries: Sequence[tuple[int, str]], aliases: dict[str, str] | None = None
    ) -> None:
        self.entries = list(entries)
        self.by_fold = {fold_entry(name): (entry_id, name) for entry_id, name in entries}
        by_name = {name: entry_id for entry_id, name in entries}
        self.aliases = {
            fold_entry(alias): (by_name[target], target)
            for alias, target in (aliases or {}).items()
            if target in by_name
        }
        self._folded = list(self.by_fold)
        self._cache: dict[tuple[str, int], tuple[int, str] | None] = {}
        self._many: dict[str, Parsed] = {}

    def match(self, text: str, cutoff: int = 80) -> tuple[int, str] | None:
        """(id, name) of the entry ``text`` means, or None (remembered per text: lists
        repeat the same few spellings thousands of times)."""
        key = (text, cutoff)
        if key not in self._cache:
            self._cache[key] = self._match(text, cutoff)
        return self._cache[key]

    def _match(self, text: str, cutoff: int) -> tuple[int, str] | None:
        """(id, name) of the entry ``text`` means, or None. Fuzzy matching counts a
        swapped pair of letters as one slip ("Lankwo" is Lankow)."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        folded = fold_entry(text)
        if not folded:
            return None
        hit = self.by_fold.get(folded) or self.aliases.get(folded)
        if hit is not None:
            return hit
        best = process.extractOne(
            folded,
            self._folded,
            scorer=OSA.normalized_similarity,
            score_cutoff=cutoff / 100,
        )
        if best is not None:
            return self.by_fold[best[0]]
        # One word that starts an entry's name: "Hausaufgabenhilfe", "Wohnungssuche".
        starts = [f for f in self._folded if f.startswith(folded + " ") and len(folded) >= 5]
        if len(starts) == 1:
            return self.by_fold[starts[0]]
        return None

    def match_many(self, value: Any) -> Parsed:
        """Several entries in one cell (see ``_match_many``), remembered per text."""
        text = text_of(value)
        found = self._many.get(text)
        if found is None:
            found = self._many[text] = self._match_many(text)
        return Parsed(list(found.value), list(found.warnings), list(found.unknown))

    def _match_many(self, value: Any) -> Parsed:
        """Several entries in one cell ("Sprachcafé, Kita-Begleitung"): the ids found;
        unknown parts are reported in a warning (and kept by the caller in the notes).
        A part is split further at »/« and »und« only when it is not an entry as a
        whole ("Freizeit/Sport" is one)."""
        ids: list[int] = []
        unknown: list[str] = []
        for part in _split(text_of(value), _MAJOR):
            hits = [self.match(part)]
            pieces = [part]
            if hits[0] is None:
                pieces = _split(part, _MINOR)
                hits = [self.match(piece) for piece in pieces]
            for piece, hit in zip(pieces, hits, strict=True):
                if hit is None:
                    unknown.append(piece)
                elif hit[0] not in ids:
                    ids.append(hit[0])
        parsed = Parsed(ids)
        if unknown:
            parsed.warnings.append(_("Nicht in der Liste: {names}.", names=", ".join(unknown)))
            parsed.unknown = unknown
        return parsed


_MAJOR = re.compile(r"\s*[,;\n|]\s*")
_MINOR = re.compile(r"\s*(?:[/+&]|\bund\b|\band\b|\bsowie\b|\bu\.)\s*", re.IGNORECASE)


def _split(text: str, pattern: re.Pattern[str]) -> list[str]:
    return [part.strip(" .-") for part in pattern.split(text or "") if part.strip(" .-")]


# -- languages -------------------------------------------------------------------------------

_LEVEL_WORDS: list[tuple[re.Pattern[str], LanguageLevel]] = [
    (
        re.compile(r"mutterspr\w*|erstsprache|native|herkunftssprache|ms\b", re.I),
        LanguageLevel.NATIVE,
    ),
    (
        re.compile(r"\b[cC][12]\b|flie(ss|ß)end|sehr gut|fluent|verhandlungssicher", re.I),
        LanguageLevel.FLUENT,
    ),
    (re.compile(r"\b[bB][12]\b|\bgut\b|\bgood\b", re.I), LanguageLevel.GOOD),
    (
        re.compile(
            r"\b[aA][12]\b|etwas|grundkenntnisse|wenig|basis|basic|some|anf(ä|ae)nger", re.I
        ),
        LanguageLevel.BASIC,
    ),
]
_LANGUAGE_SPLIT = re.compile(r"\s*(?:[,;/+&\n|]|\bund\b|\band\b|\bsowie\b)\s*", re.IGNORECASE)


def _level_of(text: str) -> tuple[LanguageLevel | None, str]:
    """The level named in a language entry, and the entry without it."""
    for pattern, level in _LEVEL_WORDS:
        if pattern.search(text):
            rest = pattern.sub(" ", text)
            return level, rest
    return None, text


class LanguageMatcher:
    """Languages from free text in German or English: "arab., engl.", "Russisch/
    Ukrainisch", "Farsi (Muttersprache), Deutsch B2", "Ukrainian, Russian"."""

    def __init__(self, languages: Sequence[tuple[str, str, bool]]) -> None:
        """``languages``: (ISO code, German name, commonly needed) of the configured list."""
        from babel import Locale

        english = Locale("en").languages
        self._parsed: dict[str, Parsed] = {}
        self.codes = {code for code, _name, _common in languages}
        self.common = {code for code, _name, common in languages if common}
        self.names: dict[str, str] = {}  # folded word or name → code
        self.display = {code: name for code, name, _common in languages}
        for code, name, _common in languages:
            for spelling in (name, english.get(code, "")):
                folded = fold_entry(spelling)
                if not folded:
                    continue
                self.names.setdefault(folded, code)
                for word in folded.split():  # "Persisch (Farsi)" is found as "farsi"
                    if len(word) >= 4 and word not in ("kurdisch", "kurdish"):
                        self.names.setdefault(word, code)
        for alias, code in (
            ("kurdisch", "ku"),
            ("kurdish", "ku"),
            ("kurd", "ku"),
            ("farsi", "fa"),
            ("dt", "de"),  # the short forms German lists use: "dt.", "frz."
            ("dtsch", "de"),
            ("frz", "fr"),
        ):
            if code in self.codes:
                self.names[alias] = code
        if "ku" not in self.codes and "kmr" in self.codes:
            self.names["kurdisch"] = self.names["kurdish"] = self.names["kurd"] = "kmr"

    def code_of(self, text: str) -> str | None:
        folded = fold_entry(text)
        if not folded:
            return None
        if folded in self.codes:
            return folded
        code = self.names.get(folded)
        if code is not None:
            return code
        if len(folded) >= 3:  # "arab", "engl", "russ", "ukr": a name's beginning
            starts = {c for name, c in self.names.items() if name.startswith(folded)}
            if len(starts) > 1:
                starts = {c for c in starts if c in self.common} or starts
            if len(starts) == 1:
                return starts.pop()
        from rapidfuzz import fuzz, process

        best = process.extractOne(folded, list(self.names), scorer=fuzz.ratio, score_cutoff=86)
        return self.names[best[0]] if best else None

    def parse(self, value: Any) -> Parsed:
        """[(code, level or None), …] in the order written; unknown parts warned about
        (remembered per text)."""
        text = text_of(value)
        found = self._parsed.get(text)
        if found is None:
            found = self._parsed[text] = self._parse(text)
        return Parsed(list(found.value), list(found.warnings), list(found.unknown))

    def _parse(self, value: Any) -> Parsed:
        found: list[tuple[str, LanguageLevel | None]] = []
        unknown: list[str] = []
        for part in _LANGUAGE_SPLIT.split(text_of(value)):
            part = part.strip(" .-")
            if not part:
                continue
            level, rest = _level_of(part)
            rest = re.sub(r"[()\[\]:]", " ", rest).strip(" .-")
            code = self.code_of(rest)
            if code is None:
                unknown.append(part)
            elif all(code != c for c, _level in found):
                found.append((code, level))
        parsed = Parsed(found)
        if unknown:
            parsed.warnings.append(_("Sprache nicht erkannt: {names}.", names=", ".join(unknown)))
            parsed.unknown = unknown
        return parsed


# -- names ---------------------------------------------------------------------------------

_PARTICLES = {"von", "van", "de", "der", "den", "del", "da", "di", "zu", "ten", "ter", "el", "al"}


def split_name(value: Any) -> tuple[str, str]:
    """(first name, last name) from "Nachname, Vorname" or "Vorname Nachname"
    ("Anna von Berg" → Anna / von Berg)."""
    text = " ".join(text_of(value).split())
    if "," in text:
        last, _comma, first = text.partition(",")
        return first.strip(), last.strip()
    words = text.split(" ")
    if len(words) == 1:
        return "", words[0]
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def clean_name(value: Any) -> str:
    """A name as stored: spaces tidied; an ALL-CAPS name given its usual capitals."""
    text = " ".join(text_of(value).split())
    if len(text) > 3 and text.isupper():
        text = "-".join(part.capitalize() for part in text.title().split("-"))
    return text
