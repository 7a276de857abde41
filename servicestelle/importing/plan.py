"""What an import would do, row by row, before anything is written: the clean values,
errors (row not imported) and warnings (imported, noted), and duplicates inside the
file and against the database.

``prepare(db, entity, layout, mapping)`` reads the configured lists once, parses every
row with the parsers of ``values`` and validates it with the service's own fields.
Nothing typed is ever dropped silently: what cannot go into a field goes into the
record's notes, with a warning that says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from .. import models as m
from ..collation import sort_key
from ..db import Database
from ..enums import NewcomerKind, NewcomerStatus, OrganisationKind, VolunteerStatus
from ..errors import ValidationError
from ..i18n import N_, _
from ..validation import Field, Invalid, clean
from .header import SheetLayout
from .mapping import FULL_NAME, NOTES, targets
from .values import (
    ACTIVITY_ALIASES,
    LanguageMatcher,
    ListMatcher,
    Parsed,
    clean_name,
    date_order,
    empty,
    fold_entry,
    parse_bool,
    parse_date,
    parse_email,
    parse_phone,
    split_name,
    text_of,
)

DATE_KEYS = frozenset(
    {"birth_date", "since", "left_on", "arrived_on", "clearance_seen_on", "registered_on"}
)
NAME_KEYS = frozenset({"first_name", "last_name"})
# Fields whose parsers here already give the stored form (the rules only check them).
PARSED_KEYS = DATE_KEYS | {"phone", "email"}

OK, WARNING, DUPLICATE, ERROR = "ok", "warnung", "duplikat", "fehler"
STATUS_LABELS = {  # German; shown through ``status_label``
    OK: N_("in Ordnung"),
    WARNING: N_("mit Hinweis"),
    DUPLICATE: N_("Dublette"),
    ERROR: N_("Fehler"),
}


def status_label(status: str) -> str:
    """A row status as shown, in the current language."""
    return _(STATUS_LABELS.get(status, status))


@dataclass
class Duplicate:
    """Why a row looks like a record already known (in the database or further up)."""

    reason: str
    existing_id: int | None = None  # a record in the database
    row: int | None = None  # an earlier row of the file


@dataclass
class RowResult:
    row: int  # the row's number in the sheet (1-based, as the spreadsheet shows it)
    raw: list[Any]
    values: dict[str, Any] = field(default_factory=dict)  # as the service takes them
    consent: bool = False
    clearance_seen_on: dt.date | None = None
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


@dataclass
class ImportPlan:
    entity: str
    headers: list[str]
    mapping: dict[int, str]
    rows: list[RowResult]
    skipped: list[tuple[int, str]]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def importable(self) -> list[RowResult]:
        return [r for r in self.rows if not r.errors]


# -- the lists a plan compares with --------------------------------------------------------


@dataclass
class _Lists:
    districts: ListMatcher
    fields: ListMatcher
    languages: LanguageMatcher
    field_names: dict[int, str]


def _lists(db: Database) -> _Lists:
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
    return _Lists(
        ListMatcher([(i, n) for i, n in districts]),
        ListMatcher([(i, n) for i, n in fields], ACTIVITY_ALIASES),
        LanguageMatcher([(c, n, bool(common)) for c, n, common in languages]),
        {i: n for i, n in fields},
    )


def _service_fields(entity: str) -> Mapping[str, Field]:
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


class _RowParser:
    def __init__(
        self,
        entity: str,
        headers: list[str],
        mapping: dict[int, str],
        lists: _Lists,
        orders: dict[int, str],
        today: dt.date,
    ) -> None:
        self.entity = entity
        self.headers = headers
        self.mapping = mapping
        self.lists = lists
        self.orders = orders
        self.today = today
        self.fields = _service_fields(entity)
        self.labels = {key: target.label for key, target in targets(entity).items()}

    def parse(self, number: int, raw: list[Any]) -> RowResult:
        result = RowResult(number, raw)
        values = result.values
        notes: list[str] = []

        def note(label: str, value: Any) -> None:
            notes.append(f"{label}: {text_of(value)}")

        for column, key in self.mapping.items():
            cell = raw[column] if column < len(raw) else None
            if empty(cell):
                continue
            label = self.labels.get(key, key)
            if key == NOTES:
                header = self.headers[column]
                text = text_of(cell)
                notes.append(text if self._is_notes_header(header) else f"{header}: {text}")
                continue
            try:
                parsed = self._cell(key, cell, column, result)
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
                note(label, cell)
                continue
            if parsed is None:
                continue
            result.warnings.extend(f"{label}: {w}" for w in parsed.warnings)
            if parsed.unknown:
                note(label, ", ".join(parsed.unknown))
            elif parsed.value is None and parsed.warnings:
                note(label, cell)
        self._defaults(result)
        if notes:
            values["notes"] = "\n".join(x for x in [values.get("notes"), *notes] if x)
        self._validate(result, notes)
        return result

    @staticmethod
    def _is_notes_header(header: str) -> bool:
        from .mapping import fold_header

        return fold_header(header) in targets("volunteer")[NOTES].names

    def _cell(self, key: str, cell: Any, column: int, result: RowResult) -> Parsed | None:
        values = result.values
        if key in NAME_KEYS:
            values[key] = clean_name(cell)
            return None
        if key == FULL_NAME:
            first, last = split_name(cell)
            values["last_name"] = clean_name(last)
            if first and not values.get("first_name"):
                values["first_name"] = clean_name(first)
            return None
        if key in DATE_KEYS:
            parsed = parse_date(cell, self.orders.get(column, "dmy"), today=self.today)
            if key == "clearance_seen_on":
                result.clearance_seen_on = parsed.value
            elif parsed.value is not None:
                values[key] = parsed.value
            return parsed
        if key == "email":
            parsed = parse_email(cell)
            values[key] = parsed.value
            return parsed
        if key == "phone":
            parsed = parse_phone(cell)
            values[key] = parsed.value
            return parsed
        if key == "consent":
            parsed = parse_bool(cell)
            result.consent = bool(parsed.value)
            return parsed
        if key == "district":
            hit = self.lists.districts.match(text_of(cell))
            if hit is None:
                return Parsed(
                    None,
                    [_("»{value}« ist kein bekannter Stadtteil.", value=text_of(cell))],
                    [text_of(cell)],
                )
            values["district_id"] = hit[0]
            return None
        if key == "activity_fields":
            parsed = self.lists.fields.match_many(cell)
            values["activity_field_ids"] = parsed.value
            return parsed
        if key == "languages":
            parsed = self.lists.languages.parse(cell)
            values["languages"] = [
                (code, level.value) if level is not None else code for code, level in parsed.value
            ]
            return parsed
        if key == "kind" and self.entity == "organisation":
            values["kind"] = organisation_kind(text_of(cell))
            return None
        if key == "status" and self.entity == "volunteer":
            text = text_of(cell)
            try:
                values["status"] = VolunteerStatus.from_label(text)
            except ValueError:
                raise Invalid(_("»{value}« ist kein bekannter Status.", value=text)) from None
            return None
        values[key] = text_of(cell)
        return None

    def _defaults(self, result: RowResult) -> None:
        values = result.values
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

    def _validate(self, result: RowResult, notes: list[str]) -> None:
        """The service's rules: an invalid optional field is dropped into the notes
        with a warning; a missing or invalid required field rejects the row. The values
        kept are those the rules converted (numbers as numbers)."""
        values = result.values
        plain = {k: v for k, v in values.items() if k in self.fields}
        parsed = {k: plain.pop(k) for k in list(plain) if k in PARSED_KEYS}
        try:  # what the parsers made is checked, not converted again
            values.update(clean(self.fields, plain, current=parsed))
            return
        except ValidationError as exc:
            problems = exc.field_errors
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
            values.update(clean(self.fields, plain))
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


# -- duplicates ---------------------------------------------------------------------------


@dataclass
class _Known:
    by_email: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    by_name_birth: dict[tuple[str, dt.date], tuple[int | None, int | None]] = field(
        default_factory=dict
    )
    by_phone: dict[str, list[tuple[str, int | None, int | None]]] = field(default_factory=dict)

    def add(
        self,
        name: str,
        email: str | None,
        birth: dt.date | None,
        phone: str | None,
        existing: int | None,
        row: int | None,
    ) -> None:
        where = (existing, row)
        if email:
            self.by_email.setdefault(email.casefold(), where)
        if birth and name:
            self.by_name_birth.setdefault((name, birth), where)
        if phone:
            self.by_phone.setdefault(phone, []).append((name, existing, row))

    def find(
        self, name: str, email: str | None, birth: dt.date | None, phone: str | None
    ) -> Duplicate | None:
        if email and email.casefold() in self.by_email:
            existing, row = self.by_email[email.casefold()]
            return Duplicate(_("Gleiche E-Mail-Adresse"), existing, row)
        if birth and name and (name, birth) in self.by_name_birth:
            existing, row = self.by_name_birth[(name, birth)]
            return Duplicate(_("Gleicher Name und gleiches Geburtsdatum"), existing, row)
        if phone and name:
            from rapidfuzz import fuzz

            for other, existing, row in self.by_phone.get(phone, []):
                if other == name:
                    return Duplicate(_("Gleicher Name und gleiche Telefonnummer"), existing, row)
                if fuzz.ratio(other, name) >= 85:
                    return Duplicate(_("Ähnlicher Name und gleiche Telefonnummer"), existing, row)
        return None


def _duplicate_text(duplicate: Duplicate) -> str:
    where = (
        _("wie Zeile {row}", row=duplicate.row)
        if duplicate.row is not None
        else _("wie ein vorhandener Eintrag (Nr. {id})", id=duplicate.existing_id)
    )
    return f"{duplicate.reason} {where}."


def _known_people(db: Database, entity: str) -> _Known:
    known = _Known()
    model: Any = {"volunteer": m.Volunteer, "newcomer": m.Newcomer}.get(entity)
    if model is None:
        return known
    with db.read() as session:
        rows = session.execute(
            select(model.id, model.sort_key, model.email, model.birth_date, model.phone)
        )
        for record_id, name, email, birth, phone in rows:
            known.add(name or "", email, birth, phone, record_id, None)
    return known


def _find_duplicates(db: Database, plan: ImportPlan) -> None:
    if plan.entity == "organisation":
        _organisation_duplicates(db, plan)
        return
    in_db = _known_people(db, plan.entity)
    in_file = _Known()
    for result in plan.rows:
        if result.errors:
            continue
        v = result.values
        name = sort_key(v.get("last_name"), v.get("first_name"))
        email, birth, phone = v.get("email"), v.get("birth_date"), v.get("phone")
        found = in_db.find(name, email, birth, phone) or in_file.find(name, email, birth, phone)
        if found is not None:
            found.reason = _duplicate_text(found)
            result.duplicate = found
        else:
            in_file.add(name, email, birth, phone, None, result.row)


def _organisation_duplicates(db: Database, plan: ImportPlan) -> None:
    """Organisations are the same when their names are (case, spaces and punctuation
    aside: "e.V." is "e. V.")."""
    with db.read() as session:
        known = {
            fold_entry(n): i
            for i, n in session.execute(select(m.Organisation.id, m.Organisation.name))
        }
    seen: dict[str, int] = {}
    for result in plan.rows:
        if result.errors:
            continue
        name = fold_entry(result.values.get("name") or "")
        if name in known:
            found = Duplicate(_("Gleicher Name"), known[name], None)
        elif name in seen:
            found = Duplicate(_("Gleicher Name"), None, seen[name])
        else:
            seen[name] = result.row
            continue
        found.reason = _duplicate_text(found)
        result.duplicate = found


# -- the plan -----------------------------------------------------------------------------


def prepare(
    db: Database,
    entity: str,
    layout: SheetLayout,
    mapping: Mapping[int, str],
    *,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """Parse, validate and compare every data row of ``layout`` under ``mapping``."""
    today = today or dt.date.today()
    mapping = {int(c): k for c, k in mapping.items() if k}
    orders = {
        column: date_order(values[column] for _n, values in layout.rows if column < len(values))
        for column, key in mapping.items()
        if key in DATE_KEYS
    }
    parser = _RowParser(entity, list(layout.headers), mapping, _lists(db), orders, today)
    rows = []
    total = len(layout.rows)
    for index, (number, raw) in enumerate(layout.rows):
        rows.append(parser.parse(number, raw))
        if progress is not None and index % 1000 == 999:
            progress(index + 1, total)
    plan = ImportPlan(entity, list(layout.headers), mapping, rows, list(layout.skipped))
    _find_duplicates(db, plan)
    return plan
