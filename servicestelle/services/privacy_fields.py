"""Readable fields of the records the access letter (Art. 15 DSGVO) shows: what a
letter's section, record and value are (``Section``, ``Entry``, ``Phrase``, ``Slots``),
which columns are bookkeeping and left out, and the German labels of the rest.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from ..i18n import N_
from .privacy_report import _Names


@dataclass(frozen=True)
class Phrase:
    """A text with values filled in when the letter is written (in its language)."""

    text: str  # German
    values: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, text: str, **values: Any) -> Phrase:
        return cls(text, tuple(values.items()))


@dataclass(frozen=True)
class Slots:
    """Times of the week (``availability``'s bits), worded by the letter."""

    mask: int


@dataclass
class Entry:
    """One stored record: an optional heading and its fields (German label, value)."""

    title: Phrase | str | None
    fields: list[tuple[str, Any]]


@dataclass
class Section:
    key: str
    title: str  # German
    entries: list[Entry]
    style: str = "records"  # "records", "fields" (one table), "lines", "rows" (a table)


@dataclass
class Readable:
    person: str
    person_id: int
    name: str
    address: list[str]
    sections: list[Section]
    recipients: list[str]  # partner organisations connected with the person's records
    shared_with_partners: list[dt.date]  # consents that allow passing data on
    sources: list[Phrase]
    created_on: dt.date | None
    settings: dict[str, Any] = field(default_factory=dict)


# Columns nobody needs to read: numbers, bookkeeping, what the program sorts by.
TECHNICAL = frozenset(
    {
        "id",
        "version",
        "sort_key",
        "created_by",
        "updated_by",
        "updated_at",
        "archived_at",
        "import_batch_id",
        "created_at",
    }  # fmt: skip
)

# Labels of columns the services' forms do not name (German).
LABELS = {
    "paused_on": N_("Pausiert seit"),
    "end_reason": N_("Grund des Endes"),
    "end_note": N_("Anmerkung zum Ende"),
    "closed_on": N_("Abgeschlossen am"),
    "status": N_("Status"),
    "level": N_("Niveau"),
    "min_level": N_("Mindestens"),
    "given_on": N_("Erteilt am"),
    "storage": N_("Speicherung"),
    "contact_email": N_("Kontakt per E-Mail"),
    "contact_phone": N_("Kontakt per Telefon"),
    "contact_post": N_("Kontakt per Post"),
    "share_with_partners": N_("Weitergabe an Partner"),
    "photos": N_("Fotos"),
    "withdrawn_on": N_("Widerrufen am"),
    "note": N_("Anmerkung"),
    "asked_on": N_("Angefragt am"),
    "channel": N_("Weg"),
    "answer": N_("Antwort"),
    "answered_on": N_("Antwort am"),
    "assigned": N_("Übernommen"),
    "assigned_on": N_("Übernommen am"),
    "worked_on": N_("Datum"),
    "hours": N_("Stunden"),
    "description": N_("Beschreibung"),
    "noted_on": N_("Datum"),
    "subject": N_("Betreff"),
    "text": N_("Inhalt"),
    "follow_up_on": N_("Wiedervorlage am"),
    "follow_up_done_on": N_("Erledigt am"),
    "held_on": N_("Datum"),
    "topic": N_("Thema"),
    "minutes": N_("Dauer (Minuten)"),
    "invited_on": N_("Eingeladen am"),
    "registered": N_("Angemeldet"),
    "attended": N_("Teilgenommen"),
    "issued_on": N_("Ausgestellt am"),
    "seen_on": N_("Eingesehen am"),
    "availability": N_("Zeiten"),
    "availability_note": N_("Hinweis zu den Zeiten"),
    "max_pairings": N_("Höchstens gleichzeitige Patenschaften"),
    "organisation_id": N_("Organisation"),
    "role": N_("Funktion"),
    "activity_field_id": N_("Tätigkeitsfeld"),
}

# Where the forms' labels read oddly in a letter.
_OWN_LABELS = {
    ("pairing", "focus"): N_("Schwerpunkt"),
    ("pairing", "activity_field_id"): N_("Tätigkeitsfeld"),
}

# Where a person's own fields come in the letter (the rest after them, notes last).
_ORDER = {
    name: i
    for i, name in enumerate(
        (
            "kind",
            "first_name",
            "last_name",
            "contact_name",
            "birth_date",
            "street",
            "postcode",
            "city",
            "district_id",
            "email",
            "phone",
            "organisation_id",
            "role",
            "status",
        )
    )  # fmt: skip
} | {"notes": 99}

# Who did it is staff data, not the person's: left out of the letter.
_NOT_SHOWN = {"contact_note": {"staff"}, "consultation": {"staff"}, "police_clearance": {"seen_by"}}


def _service_labels(table: str) -> dict[str, str]:
    from ..kinds import KINDS

    kind = KINDS.get(table)
    if kind is None:
        return {}
    return {key: spec.text for key, spec in getattr(kind.service_class, "fields", {}).items()}


class _Reader:
    """Rows of one person's tables turned into readable fields."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.names = _Names(session)
        self.labels: dict[str, dict[str, str]] = {}

    def label(self, table: str, column: str) -> str:
        if table not in self.labels:
            self.labels[table] = _service_labels(table)
        found = (
            _OWN_LABELS.get((table, column)) or self.labels[table].get(column) or LABELS.get(column)
        )
        if found:
            return found
        return column.removesuffix("_id").replace("_", " ").capitalize()

    def fields(
        self,
        table: Table,
        row: Any,
        skip: set[str] | frozenset[str] = frozenset(),
        *,
        all_flags: bool = False,
    ) -> list[tuple[str, Any]]:
        """The row's fields worth reading: no bookkeeping, no empty values, no "no"
        (unless ``all_flags``: a consent's scope reads best whole)."""
        from ..validation import display_phone

        data = row._mapping
        shown: list[tuple[str, Any]] = []
        hidden = TECHNICAL | _NOT_SHOWN.get(table.name, set()) | skip
        for column in sorted(table.columns, key=lambda c: _ORDER.get(c.name, len(_ORDER))):
            name = column.name
            value = data[column]
            if name in hidden or value is None or value == "":
                continue
            if value is False and not all_flags:
                continue
            if name == "phone":
                value = display_phone(value)
            if column.foreign_keys:
                fk = next(iter(column.foreign_keys))
                value = self.names.of(fk.column.table, value)  # type: ignore[arg-type]
                if not value:
                    continue
            elif name in ("availability", "needed_slots"):
                if not value:
                    continue
                value = Slots(int(value))
            enum_class = getattr(column.type, "enum_class", None)
            if enum_class is not None and isinstance(value, str):
                with contextlib.suppress(ValueError):
                    value = enum_class(value)
            shown.append((self.label(table.name, name), value))
        return shown
