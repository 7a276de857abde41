"""One row of a sheet as an import reads it: its cells parsed by the parsers of
``values`` (the parser of each column chosen once, and what each distinct cell makes
kept per column), the service's rules applied, the consent as the list states it.
Nothing typed is dropped silently: what cannot go into a field goes into the record's
notes, with a warning that says so. ``plan`` runs this over every row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from .. import models as m
from ..collation import sort_key
from ..db import Database
from ..enums import NewcomerKind, NewcomerStatus, OrganisationKind, VolunteerStatus
from ..errors import ValidationError
from ..formats import format_value
from ..i18n import _
from ..validation import Cleaner, Field, Invalid
from .mapping import CONSENT_ON, FULL_NAME, NOTES, SENT_HEADERS, fold_header, targets
from .values import (
    ACTIVITY_ALIASES,
    LanguageMatcher,
    ListMatcher,
    Parsed,
    clean_name,
    parse_consent,
    parse_date,
    parse_email,
    parse_phone,
    split_name,
    swapped,
    text_of,
)

if TYPE_CHECKING:
    from .duplicates import Duplicate

DATE_KEYS = frozenset(
    {
        "birth_date",
        "since",
        "left_on",
        "arrived_on",
        "clearance_seen_on",
        "registered_on",
        CONSENT_ON,
    }
)
CONSENT_KEYS = frozenset({"consent", CONSENT_ON})
NAME_KEYS = frozenset({"first_name", "last_name"})
# Fields whose parsers here already give the stored form (the rules only check them).
PARSED_KEYS = DATE_KEYS | {"phone", "email"}


OK, WARNING, DUPLICATE, ERROR = "ok", "warnung", "duplikat", "fehler"


@dataclass
class RowResult:
    row: int  # the row's number in the sheet (1-based, as the spreadsheet shows it)
    raw: list[Any]
    values: dict[str, Any] = field(default_factory=dict)  # as the service takes them
    consent: bool = False
    consent_on: dt.date | None = None  # the day signed, when the list says so
    held_back: bool = False  # would be "aktiv", but the list shows no consent
    defaulted: frozenset[str] = frozenset()  # values the list did not give (never updated)
    clearance_seen_on: dt.date | None = None
    refused: bool = False  # the consent cell says no (or cannot be read)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicate: Duplicate | None = None

    @property
    def status(self) -> str:
        if self.errors:
            return ERROR
        if self.duplicate is not None:
            return DUPLICATE
        return WARNING if self.warnings else OK

    @property
    def reason(self) -> str:
        """Everything to say about the row in one German text."""
        parts = list(self.errors)
        if self.duplicate is not None:
            parts.append(self.duplicate.reason)
        parts.extend(self.warnings)
        return " ".join(parts)



# -- the lists a plan compares with --------------------------------------------------------


@dataclass
class Lists:
    districts: ListMatcher
    fields: ListMatcher
    languages: LanguageMatcher
    field_names: dict[int, str]


def lists_of(db: Database) -> Lists:
    with db.read() as session:
        districts = list(session.execute(select(m.District.id, m.District.name)))
        fields = list(
            session.execute(
                select(m.ActivityField.id, m.ActivityField.name).where(
                    m.ActivityField.active.is_(True)
                )
            )
        )
        languages = list(
            session.execute(select(m.Language.code, m.Language.name, m.Language.common))
        )
    return Lists(
        ListMatcher([(i, n) for i, n in districts]),
        ListMatcher([(i, n) for i, n in fields], ACTIVITY_ALIASES),
        LanguageMatcher([(c, n, bool(common)) for c, n, common in languages]),
        {i: n for i, n in fields},
    )


def service_fields(entity: str) -> Mapping[str, Field]:
    from ..services.newcomers import NewcomerService
    from ..services.organisations import OrganisationService
    from ..services.volunteers import VolunteerService

    service = {
        "volunteer": VolunteerService,
        "newcomer": NewcomerService,
        "organisation": OrganisationService,
    }[entity]
    return service.fields


# -- one row ------------------------------------------------------------------------------

_NO_HEADER = "\x00"  # a notes column beyond the headers (by identity)
# Keys whose parser reads what other columns put into the row (so is not kept per cell).
_READS_ROW = frozenset({FULL_NAME, "consent"})


class _Effect:
    """What one cell of a column puts into a row, kept to be put into the next row
    with the same cell: values (lists copied for each row), warnings, notes and the
    consent and clearance days."""

    __slots__ = ("values", "lists", "warnings", "notes", "marks")

    def __init__(self, scratch: RowResult, notes: list[str]) -> None:
        self.values = {k: v for k, v in scratch.values.items() if v.__class__ is not list}
        self.lists = [(k, v) for k, v in scratch.values.items() if v.__class__ is list]
        self.warnings = scratch.warnings
        self.notes = notes
        self.marks = [
            (name, getattr(scratch, name))
            for name in ("consent", "consent_on", "clearance_seen_on")
            if getattr(scratch, name)
        ]

    def apply(self, result: RowResult, notes: list[str]) -> None:
        values = result.values
        if self.values:
            values.update(self.values)
        for key, value in self.lists:
            values[key] = value.copy()
        if self.warnings:
            result.warnings.extend(self.warnings)
        if self.notes:
            notes.extend(self.notes)
        for name, value in self.marks:
            setattr(result, name, value)


class CellMemo(dict[Any, _Effect]):
    """The effects of a column's distinct cells. A column whose cells hardly repeat
    (e-mail addresses, phone numbers) is no longer kept once that shows."""

    __slots__ = ("off",)

    def __init__(self) -> None:
        super().__init__()
        self.off = False

    def keep(self, key: Any, effect: _Effect, rows: int) -> _Effect:
        """Keep ``effect`` (``rows``: how many rows were parsed before this one)."""
        self[key] = effect
        size = len(self)
        if (size == 1000 and rows < 1250) or size >= 100_000:  # four in five were new
            self.off = True
            self.clear()
        return effect


class RowParser:
    def __init__(
        self,
        entity: str,
        headers: list[str],
        mapping: dict[int, str],
        lists: Lists,
        orders: dict[int, str],
        today: dt.date,
        swap: frozenset[int] = frozenset(),
    ) -> None:
        self.entity = entity
        self.swap = swap  # date columns whose date cells have day and month swapped
        self.headers = headers
        self.mapping = mapping
        self.lists = lists
        self.orders = orders
        self.today = today
        self.fields = service_fields(entity)
        self._clean = Cleaner(self.fields)  # the service's own rules, kept per value
        self.labels = {key: target.label for key, target in targets(entity).items()}
        self.asks_consent = any(key in CONSENT_KEYS for key in mapping.values())
        # An online form's time of sending dates the consent its consent column gives;
        # it is no consent of its own (an unticked box stays no consent).
        self.dates_only = frozenset(
            column
            for column, key in mapping.items()
            if key == CONSENT_ON
            and "consent" in mapping.values()
            and column < len(headers)
            and fold_header(headers[column]) in SENT_HEADERS
        )
        # What each mapped column needs, worked out once for all rows: its key, label,
        # the parser of its cell, and for notes the text put before the cell's text.
        self._parsed = 0  # rows parsed so far
        # A column whose cells mean the same in every row (all but the name split and
        # the consent cell, which read what other columns set) keeps what each distinct
        # cell made (``_Effect``): districts, languages, consents and the like repeat.
        self._columns = [
            (
                column,
                key,
                self.labels.get(key, key),
                self._handler(key),
                self._notes_prefix(column) if key == NOTES else None,
                CellMemo() if key not in _READS_ROW and key != NOTES else None,
            )
            for column, key in mapping.items()
        ]

    def _notes_prefix(self, column: int) -> str:
        """What a notes column's text is noted with: nothing under a notes header, else
        the header (a column without one is looked up, and fails, when filled)."""
        if column >= len(self.headers):
            return _NO_HEADER
        header = self.headers[column]
        return "" if self._is_notes_header(header) else f"{header}: "

    def parse(self, number: int, raw: list[Any]) -> RowResult:
        result = RowResult(number, raw)
        values = result.values
        notes: list[str] = []
        size = len(raw)
        for column, key, label, handler, notes_prefix, memo in self._columns:
            cell = raw[column] if column < size else None
            if cell is None or (isinstance(cell, str) and not cell.strip()):  # empty()
                continue
            if notes_prefix is not None:
                if notes_prefix is _NO_HEADER:
                    notes_prefix = f"{self.headers[column]}: "
                notes.append(notes_prefix + text_of(cell))
                continue
            if memo is None or memo.off:
                self._column(result, notes, key, label, handler, column, cell)
                continue
            try:
                found = memo.get((cell.__class__, cell))
            except TypeError:  # a value that cannot be a key
                self._column(result, notes, key, label, handler, column, cell)
                continue
            if found is None:
                found = memo.keep(
                    (cell.__class__, cell),
                    self._effect(key, label, handler, column, cell),
                    self._parsed,
                )
            found.apply(result, notes)
        self._parsed += 1
        if result.refused:  # the consent cell says no: a day in another column changes nothing
            result.consent = False
            result.consent_on = None
        self._defaults(result)
        if notes:
            values["notes"] = "\n".join(x for x in [values.get("notes"), *notes] if x)
        self._validate(result, notes)
        if result.errors:
            return result
        if self.asks_consent and self.entity in ("volunteer", "newcomer"):
            self._consent(result)
        elif self.entity == "volunteer" and values.get("status") == VolunteerStatus.ACTIVE:
            # A list without a consent column says of nobody that they consented: the
            # same as an empty cell, said once for the list (``ImportPlan.notices``).
            result.held_back = True
            values["status"] = VolunteerStatus.INTERESTED
        return result

    def _column(
        self,
        result: RowResult,
        notes: list[str],
        key: str,
        label: str,
        handler: Callable[[str, Any, int, RowResult], Parsed | None],
        column: int,
        cell: Any,
    ) -> None:
        """What one filled cell puts into the row: values, warnings and notes."""
        try:
            parsed = handler(key, cell, column, result)
        except Invalid as exc:
            if key == "clearance_seen_on":
                reason = _(
                    "»{value}« ohne Datum – bitte das Datum nachtragen (in den Notizen "
                    "vermerkt).",
                    value=text_of(cell),
                )
                result.warnings.append(f"{label}: {reason}")
            else:
                result.warnings.append(
                    _(
                        "{label}: {reason} – in die Notizen übernommen.",
                        label=label,
                        reason=str(exc).rstrip("."),
                    )
                )
            notes.append(f"{label}: {text_of(cell)}")
            return
        if parsed is None:
            return
        if parsed.warnings:
            result.warnings.extend(f"{label}: {w}" for w in parsed.warnings)
        if parsed.unknown:
            notes.append(f"{label}: {text_of(', '.join(parsed.unknown))}")
        elif parsed.value is None and parsed.warnings:
            notes.append(f"{label}: {text_of(cell)}")

    def _effect(
        self,
        key: str,
        label: str,
        handler: Callable[[str, Any, int, RowResult], Parsed | None],
        column: int,
        cell: Any,
    ) -> _Effect:
        """What a cell does to any row, worked out once on an empty row."""
        scratch = RowResult(0, [])
        notes: list[str] = []
        self._column(scratch, notes, key, label, handler, column, cell)
        return _Effect(scratch, notes)

    @staticmethod
    def _is_notes_header(header: str) -> bool:
        return fold_header(header) in targets("volunteer")[NOTES].names

    def _cell(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        return self._handler(key)(key, cell, column, result)

    def _handler(self, key: str) -> Callable[[str, Any, int, RowResult], Parsed | None]:
        """The parser of a cell under ``key`` (the first of these rules that applies)."""
        if key in NAME_KEYS:
            return self._name
        if key == FULL_NAME:
            return self._full_name
        if key == CONSENT_ON:
            return self._consent_on
        if key in DATE_KEYS:
            return self._date
        if key == "email":
            return self._email
        if key == "phone":
            return self._phone
        if key == "consent":
            return self._consent_cell
        if key == "district":
            return self._district
        if key == "activity_fields":
            return self._activity_fields
        if key == "languages":
            return self._languages
        if key == "kind" and self.entity == "organisation":
            return self._organisation_kind
        if key == "status" and self.entity == "volunteer":
            return self._status
        return self._text

    def _name(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        result.values[key] = clean_name(cell)
        return None

    def _full_name(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        values = result.values
        first, last = split_name(cell)
        values["last_name"] = clean_name(last)
        if first and not values.get("first_name"):
            values["first_name"] = clean_name(first)
        return None

    def _consent_on(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        day = self._day(cell, column)
        if day.value is not None and day.value > self.today:
            raise Invalid(_("»{value}« liegt in der Zukunft.", value=text_of(cell)))
        if day.value is not None:
            result.consent_on = day.value
            if column not in self.dates_only:
                result.consent = True  # a day of signing is a consent
        return day

    def _date(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        parsed = self._day(cell, column)
        if key == "clearance_seen_on":
            result.clearance_seen_on = parsed.value
        elif parsed.value is not None:
            result.values[key] = parsed.value
        return parsed

    def _day(self, cell: Any, column: int) -> Parsed:
        """A date cell or text; in a column whose date cells came with day and month
        swapped (and the user leaves them to be swapped back) a date cell is swapped,
        with a warning that shows both."""
        if column in self.swap and isinstance(cell, dt.date):
            day = swapped(cell)
            return Parsed(
                day,
                [
                    _(
                        "Tag und Monat getauscht (Datumszelle {cell} gelesen als {day}).",
                        cell=format_value(
                            cell.date() if isinstance(cell, dt.datetime) else cell, "date"
                        ),
                        day=format_value(day, "date"),
                    )
                ],
            )
        return parse_date(cell, self.orders.get(column, "dmy"), today=self.today)

    def _email(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        parsed = parse_email(cell)
        result.values[key] = parsed.value
        return parsed

    def _phone(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        parsed = parse_phone(cell)
        result.values[key] = parsed.value
        return parsed

    def _consent_cell(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        if column in self.swap and isinstance(cell, dt.date):  # a swapped date cell
            day = self._day(cell, column)
            result.consent = True
            result.consent_on = result.consent_on or day.value
            return day
        try:
            parsed = parse_consent(cell, self.orders.get(column, "dmy"), today=self.today)
        except Invalid:
            result.refused = True  # unreadable is no consent, whatever day stands elsewhere
            raise
        given, day = parsed.value
        result.consent = result.consent or given
        result.consent_on = result.consent_on or day
        result.refused = not given  # "nein" (or unreadable): a day elsewhere is no consent
        return None

    def _district(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        hit = self.lists.districts.match(text_of(cell))
        if hit is None:
            return Parsed(
                None,
                [_("»{value}« ist kein bekannter Stadtteil.", value=text_of(cell))],
                [text_of(cell)],
            )
        result.values["district_id"] = hit[0]
        return None

    def _activity_fields(
        self, key: str, cell: Any, column: int, result: RowResult
    ) -> Parsed | None:
        parsed = self.lists.fields.match_many(cell)
        result.values["activity_field_ids"] = parsed.value
        return parsed

    def _languages(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        parsed = self.lists.languages.parse(cell)
        result.values["languages"] = [
            (code, level.value) if level is not None else code for code, level in parsed.value
        ]
        return parsed

    def _organisation_kind(
        self, key: str, cell: Any, column: int, result: RowResult
    ) -> Parsed | None:
        result.values["kind"] = organisation_kind(text_of(cell))
        return None

    def _status(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        text = text_of(cell)
        try:
            result.values["status"] = VolunteerStatus.from_label(text)
        except ValueError:
            raise Invalid(_("»{value}« ist kein bekannter Status.", value=text)) from None
        return None

    def _text(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        result.values[key] = text_of(cell)
        return None

    def _consent(self, result: RowResult) -> None:
        """The consent as the list states it. Without a date it is recorded as "laut
        Liste, Datum unbekannt"; without a consent none is recorded and the person is
        not made "aktiv" (unless the user chooses so when importing)."""
        if result.consent:  # without a date: one notice for the whole list (``notices``)
            return
        values = result.values
        if self.entity == "volunteer" and values.get("status") == VolunteerStatus.ACTIVE:
            result.held_back = True
            values["status"] = VolunteerStatus.INTERESTED
            result.warnings.append(
                _(
                    "Keine Einwilligung in der Liste – es wird keine vermerkt; Status "
                    "»interessiert« statt »aktiv«."
                )
            )
        else:
            result.warnings.append(_("Keine Einwilligung in der Liste – es wird keine vermerkt."))

    def _defaults(self, result: RowResult) -> None:
        values = result.values
        given = set(values)
        if self.entity == "organisation":
            values.setdefault("kind", OrganisationKind.ASSOCIATION)
        if self.entity == "newcomer":
            values.setdefault("status", NewcomerStatus.OPEN)
            try:
                household = int(float(str(values.get("household_size") or 1)))
            except ValueError:
                household = 1
            values.setdefault(
                "kind", NewcomerKind.HOUSEHOLD if household > 1 else NewcomerKind.PERSON
            )
        if self.entity == "volunteer" and "status" not in values:
            values["status"] = (
                VolunteerStatus.LEFT if values.get("left_on") else VolunteerStatus.ACTIVE
            )
        result.defaulted = frozenset(values) - given

    def _validate(self, result: RowResult, notes: list[str]) -> None:
        """The service's rules: an invalid optional field is dropped into the notes
        with a warning; a missing or invalid required field rejects the row. The values
        kept are those the rules converted (numbers as numbers)."""
        values = result.values
        try:  # what the parsers made is checked, not converted again
            values.update(self._clean.given(values, PARSED_KEYS))
            return
        except ValidationError as exc:
            problems = exc.field_errors
        fields = self.fields
        plain: dict[str, Any] = {}
        parsed: dict[str, Any] = {}
        for key, value in values.items():
            if key in fields:
                (parsed if key in PARSED_KEYS else plain)[key] = value
        plain.update(parsed)
        moved: list[str] = []
        for name, message in problems.items():
            spec = self.fields.get(name)
            if spec is None or spec.required:
                result.errors.append(message)
                continue
            value = values.pop(name, None)
            plain.pop(name, None)
            if value is not None:
                moved.append(f"{spec.label}: {text_of(value)}")
            result.warnings.append(
                _("{message} – in die Notizen übernommen.", message=message.rstrip("."))
            )
        if result.errors:
            return
        if moved:
            values["notes"] = "\n".join(x for x in [values.get("notes"), *moved] if x)
            plain["notes"] = values["notes"]
        try:
            values.update(self._clean(plain))
        except ValidationError as exc:  # a rule between fields; the row cannot go in
            result.errors.extend(exc.field_errors.values())


_KIND_WORDS = (
    (("mso", "migrant", "selbstorganisation", "community", "diaspora"), OrganisationKind.MSO),
    (("schule", "kita", "hort", "gymnasium", "kindergarten"), OrganisationKind.SCHOOL),
    (
        ("behoerde", "amt", "jobcenter", "stadt", "verwaltung", "landkreis"),
        OrganisationKind.AUTHORITY,
    ),
    (
        ("traeger", "wohlfahrt", "caritas", "diakonie", "awo", "drk", "gmbh"),
        OrganisationKind.PROVIDER,
    ),
    (("verein", "e v", "ev", "initiative"), OrganisationKind.ASSOCIATION),
)


def organisation_kind(text: str) -> OrganisationKind:
    """The kind of an organisation from what a list calls it ("MSO", "Schule", "e.V.");
    a word not recognised is refused (the row then keeps it in the notes)."""
    try:
        return OrganisationKind.from_label(text)  # type: ignore[return-value]
    except ValueError:
        pass
    folded = " " + " ".join(re.sub(r"[^\w]+", " ", sort_key(text)).split()) + " "
    for words, kind in _KIND_WORDS:
        if any(f" {w} " in folded or (len(w) > 4 and w in folded) for w in words):
            return kind
    raise Invalid(_("»{value}« ist keine bekannte Art von Organisation.", value=text))
