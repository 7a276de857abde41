"""Which rows of an import are people (or organisations) already known, in the database
or further up in the file.

Families and couples share an e-mail address or a phone number, so a shared contact
alone never makes two rows one person. The same person needs a similar full name (last
name *and* first name alike; a shared last name alone is never enough) together with
the same e-mail address, phone number or birth date. Two different birth dates are two
people, whatever else they share. A row that shares a contact with someone who is not
the same person is imported, with a warning naming the other row or record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from .. import models as m
from ..collation import sort_key
from ..db import Database
from ..i18n import N_, _
from .values import fold_entry

if TYPE_CHECKING:
    from .plan import ImportPlan, RowResult

LAST_NAME_ALIKE = 85  # rapidfuzz ratio of folded last names: "Nowack" ~ "Nowak"
FIRST_NAME_ALIKE = 90  # stricter: "Jan" and "Jana" are two people


@dataclass
class Duplicate:
    """Why a row looks like a record already known (in the database or further up)."""

    reason: str
    existing_id: int | None = None  # a record in the database
    row: int | None = None  # an earlier row of the file


@dataclass(frozen=True)
class Person:
    """What the comparison needs of a row or a record (names folded)."""

    last: str
    first: str
    email: str | None
    phone: str | None
    birth: dt.date | None
    existing: int | None = None
    row: int | None = None
    label: str = ""  # the name as shown: "Nowak, Reza"

    @classmethod
    def of(
        cls,
        last: str | None,
        first: str | None,
        email: str | None,
        phone: str | None,
        birth: dt.date | None,
        *,
        existing: int | None = None,
        row: int | None = None,
    ) -> Person:
        label = ", ".join(x for x in ((last or "").strip(), (first or "").strip()) if x)
        return cls(
            _folded(last),
            _folded(first),
            email.casefold() if email else None,
            phone or None,
            birth,
            existing,
            row,
            label,
        )


_FOLDED: dict[str | None, str] = {}  # sort_key of a name, per name (lists repeat names)


def _folded(name: str | None) -> str:
    folded = _FOLDED.get(name)
    if folded is None:
        if len(_FOLDED) >= 50_000:
            _FOLDED.clear()
        folded = _FOLDED[name] = sort_key(name)
    return folded


def _alike(a: str, b: str, threshold: int) -> bool:
    from rapidfuzz import fuzz

    return a == b or (bool(a) and bool(b) and fuzz.ratio(a, b) >= threshold)


def _first_names_alike(a: str, b: str) -> bool:
    if _alike(a, b, FIRST_NAME_ALIKE):
        return True
    mine, theirs = set(a.split()), set(b.split())  # "Anna" is "Anna Maria"
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def similar_names(a: Person, b: Person) -> bool:
    """Last names alike and first names alike; without a first name on either side the
    names must be the same."""
    if not a.first or not b.first:
        return bool(a.last) and a.last == b.last and a.first == b.first
    return _alike(a.last, b.last, LAST_NAME_ALIKE) and _first_names_alike(a.first, b.first)


_SAME = {
    ("email", True): N_("Gleicher Name und gleiche E-Mail-Adresse"),
    ("email", False): N_("Ähnlicher Name und gleiche E-Mail-Adresse"),
    ("birth", True): N_("Gleicher Name und gleiches Geburtsdatum"),
    ("birth", False): N_("Ähnlicher Name und gleiches Geburtsdatum"),
    ("phone", True): N_("Gleicher Name und gleiche Telefonnummer"),
    ("phone", False): N_("Ähnlicher Name und gleiche Telefonnummer"),
}
_SHARED = {
    "email": N_("Gleiche E-Mail-Adresse wie {where} (andere Person?)."),
    "phone": N_("Gleiche Telefonnummer wie {where} (andere Person?)."),
}


def same_person(a: Person, b: Person) -> str | None:
    """The reason ``a`` and ``b`` are one person, or None."""
    if a.birth and b.birth and a.birth != b.birth:
        return None
    if not similar_names(a, b):
        return None
    exact = a.last == b.last and a.first == b.first
    if a.email and a.email == b.email:
        return _(_SAME[("email", exact)])
    if a.birth and a.birth == b.birth:
        return _(_SAME[("birth", exact)])
    if a.phone and a.phone == b.phone:
        return _(_SAME[("phone", exact)])
    return None


def where(person: Person) -> str:
    """Where the other one is: "Zeile 12" or "»Nowak, Reza« (Nr. 3)"."""
    if person.row is not None:
        return _("Zeile {row}", row=person.row)
    return _("»{name}« (Nr. {id})", name=person.label, id=person.existing)


@dataclass
class Known:
    """People to compare with, looked up by e-mail, phone and birth date."""

    by_email: dict[str, list[Person]] = field(default_factory=dict)
    by_phone: dict[str, list[Person]] = field(default_factory=dict)
    by_birth: dict[dt.date, list[Person]] = field(default_factory=dict)

    def add(self, person: Person) -> None:
        if person.email:
            self.by_email.setdefault(person.email, []).append(person)
        if person.phone:
            self.by_phone.setdefault(person.phone, []).append(person)
        if person.birth:
            self.by_birth.setdefault(person.birth, []).append(person)

    def _candidates(self, person: Person) -> Iterable[Person]:
        for index, key in (
            (self.by_email, person.email),
            (self.by_birth, person.birth),
            (self.by_phone, person.phone),
        ):
            if key:
                yield from index.get(key, ())  # type: ignore[call-overload]

    def find(self, person: Person) -> tuple[Duplicate | None, list[str]]:
        """The record or row ``person`` duplicates, or the warnings about contacts it
        shares with other people."""
        for other in self._candidates(person):
            reason = same_person(person, other)
            if reason is not None:
                return Duplicate(reason, other.existing, other.row), []
        warnings = []
        for key, value in (("email", person.email), ("phone", person.phone)):
            index = self.by_email if key == "email" else self.by_phone
            others = index.get(value, []) if value else []
            if others:
                warnings.append(_(_SHARED[key], where=where(others[0])))
        return None, warnings


def duplicate_text(duplicate: Duplicate) -> str:
    place = (
        _("wie Zeile {row}", row=duplicate.row)
        if duplicate.row is not None
        else _("wie ein vorhandener Eintrag (Nr. {id})", id=duplicate.existing_id)
    )
    return f"{duplicate.reason} {place}."


def known_people(db: Database, entity: str) -> Known:
    known = Known()
    model: Any = {"volunteer": m.Volunteer, "newcomer": m.Newcomer}.get(entity)
    if model is None:
        return known
    with db.read() as session:
        rows = session.execute(
            select(
                model.id,
                model.last_name,
                model.first_name,
                model.email,
                model.birth_date,
                model.phone,
            )
        )
        for record_id, last, first, email, birth, phone in rows:
            known.add(Person.of(last, first, email, phone, birth, existing=record_id))
    return known


def person_of(result: RowResult) -> Person:
    v = result.values
    return Person.of(
        v.get("last_name"),
        v.get("first_name"),
        v.get("email"),
        v.get("phone"),
        v.get("birth_date"),
        row=result.row,
    )


def find_duplicates(db: Database, plan: ImportPlan) -> None:
    """Mark each row that duplicates a record or an earlier row; warn about contacts
    shared with another person."""
    if plan.entity == "organisation":
        _organisation_duplicates(db, plan)
        return
    try:
        _people_duplicates(db, plan)
    finally:
        _FOLDED.clear()  # the names stay no longer than the search


def _people_duplicates(db: Database, plan: ImportPlan) -> None:
    in_db = known_people(db, plan.entity)
    in_file = Known()
    for result in plan.rows:
        if result.errors:
            continue
        person = person_of(result)
        found, shared = in_db.find(person)
        if found is None:
            found, more = in_file.find(person)
            shared.extend(more)
        if found is not None:
            found.reason = duplicate_text(found)
            result.duplicate = found
            continue
        result.warnings.extend(shared)
        in_file.add(person)


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
        found.reason = duplicate_text(found)
        result.duplicate = found
