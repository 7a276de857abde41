"""A duplicate row side by side with what it duplicates: the record in the database or
the earlier row of the file, field by field, with the fields that differ marked. The
wizard's duplicates step shows this before the user decides per pair."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from .. import models as m
from ..db import Database
from ..formats import format_value
from ..i18n import _
from .plan import ImportPlan, RowResult
from .rows import service_fields

_SHOWN_LAST = ("notes",)
_NOT_SHOWN = frozenset({"languages", "activity_field_ids", "contact"})
_MODELS: dict[str, Any] = {
    "volunteer": m.Volunteer,
    "newcomer": m.Newcomer,
    "organisation": m.Organisation,
}


@dataclass(frozen=True)
class FieldPair:
    label: str
    in_file: str
    other: str

    @property
    def differs(self) -> bool:
        return bool(self.in_file) and self.in_file.casefold() != self.other.casefold()

    @property
    def fills(self) -> bool:
        """The file has a value where the other side is empty."""
        return bool(self.in_file) and not self.other


@dataclass(frozen=True)
class Comparison:
    row: int
    other_title: str  # "Vorhandener Eintrag Nr. 3" or "Zeile 12 der Liste"
    fields: list[FieldPair]


def _shown(value: Any, key: str, districts: dict[int, str]) -> str:
    if value is None or value == "":
        return ""
    if key == "district_id":
        return districts.get(value, str(value))
    if key == "phone":
        return format_value(value, "phone")
    from ..audit import display

    return display(value) or ""


def compare(db: Database, plan: ImportPlan, rows: list[RowResult]) -> list[Comparison]:
    """Each duplicate row of ``rows`` against what it duplicates."""
    fields = service_fields(plan.entity)
    model = _MODELS[plan.entity]
    by_row = {r.row: r for r in plan.rows}
    wanted = [r.duplicate.existing_id for r in rows if r.duplicate and r.duplicate.existing_id]
    with db.read() as session:
        districts = dict(session.execute(select(m.District.id, m.District.name)).all())
        table = model.__table__
        existing = {
            r.id: dict(r._mapping)
            for r in session.execute(select(table).where(table.c.id.in_(wanted)))
        }
        names = dict(session.execute(select(m.Language.code, m.Language.name)).all())
        extras = (
            _known_extras(session, plan.entity, wanted, names)
            if plan.entity in ("volunteer", "newcomer")
            else {}
        )
    asks_consent = any(k in ("consent", "consent_on") for k in plan.mapping.values())
    found = []
    for row in rows:
        duplicate = row.duplicate
        if duplicate is None:
            continue
        earlier = None
        if duplicate.existing_id is not None:
            other = existing.get(duplicate.existing_id, {})
            title = _("Vorhandener Eintrag Nr. {id}", id=duplicate.existing_id)
        else:
            earlier = by_row.get(duplicate.row or -1)
            other = dict(earlier.values) if earlier else {}
            title = _("Zeile {row} der Liste", row=duplicate.row)
        keys = [k for k in fields if k in row.values and k not in row.defaulted]
        keys = [k for k in keys if k not in _NOT_SHOWN and k not in _SHOWN_LAST] + [
            k for k in _SHOWN_LAST if k in keys
        ]
        pairs = [
            FieldPair(
                fields[k].label,
                _shown(row.values.get(k), k, districts),
                _shown(other.get(k), k, districts),
            )
            for k in keys
        ]
        if plan.entity in ("volunteer", "newcomer"):
            if duplicate.existing_id is not None:
                known = extras.get(duplicate.existing_id, ("", ""))
            else:
                known = (_row_languages(earlier, names), _row_consent(earlier))
            spoken = _row_languages(row, names)
            if spoken:
                pairs.insert(-1 if pairs and keys[-1:] == ["notes"] else len(pairs),
                             FieldPair(_("Sprachen"), spoken, known[0]))
            if asks_consent:  # what the list says of the consent, next to what is known
                said = _row_consent(row) or (_("nein") if row.refused else _("keine Angabe"))
                pairs.append(FieldPair(_("Einwilligung"), said, known[1] or _("keine")))
        found.append(Comparison(row.row, title, pairs))
    return found


def _row_languages(row: RowResult | None, names: dict[str, str]) -> str:
    if row is None:
        return ""
    codes = [e[0] if isinstance(e, tuple) else e for e in row.values.get("languages") or []]
    return ", ".join(names.get(code, code) for code in codes)


def _row_consent(row: RowResult | None) -> str:
    if row is None or not row.consent:
        return ""
    if row.consent_on is None:
        return _("ja, Datum unbekannt")
    return _("ja, vom {day}", day=format_value(row.consent_on, "date"))


def _known_extras(
    session: Any, entity: str, ids: list[int], names: dict[str, str]
) -> dict[int, tuple[str, str]]:
    """Per record: its languages and its consent in force, as shown."""
    if not ids:
        return {}
    link = {"volunteer": m.VolunteerLanguage, "newcomer": m.NewcomerLanguage}[entity]
    owner = getattr(link, f"{entity}_id")
    spoken: dict[int, list[str]] = {}
    for record_id, code in session.execute(
        select(owner, m.Language.code)
        .join(m.Language, m.Language.id == link.language_id)
        .where(owner.in_(ids))
        .order_by(owner, link.id)
    ):
        spoken.setdefault(record_id, []).append(names.get(code, code))
    column = getattr(m.Consent, f"{entity}_id")
    consents = dict(
        session.execute(
            select(column, func.max(m.Consent.given_on))
            .where(column.in_(ids), m.Consent.withdrawn_on.is_(None))
            .group_by(column)
        ).all()
    )
    withdrawn = dict(
        session.execute(
            select(column, func.max(m.Consent.withdrawn_on))
            .where(column.in_(ids), m.Consent.withdrawn_on.is_not(None))
            .group_by(column)
        ).all()
    )

    def consent(i: int) -> str:
        if i in consents:
            return _("ja, vom {day}", day=format_value(consents[i], "date"))
        if i in withdrawn:  # an import never brings it back
            return _("widerrufen am {day}", day=format_value(withdrawn[i], "date"))
        return _("keine")

    return {i: (", ".join(spoken.get(i, [])), consent(i)) for i in ids}


class SavedAs:
    """A checked row as it will be saved, field by field (the preview shows the file's
    cells; this shows what becomes of them: the phone number as stored, the name as
    split, the languages with their level, the consent and the status)."""

    def __init__(self, db: Database, plan: ImportPlan) -> None:
        self.plan = plan
        self.fields = service_fields(plan.entity)
        with db.read() as session:
            self.districts = dict(session.execute(select(m.District.id, m.District.name)).all())
            self.languages = dict(
                session.execute(select(m.Language.code, m.Language.name)).all()
            )
            self.activities = dict(
                session.execute(select(m.ActivityField.id, m.ActivityField.name)).all()
            )

    def of(self, row: RowResult) -> list[tuple[str, str]]:
        if row.errors:
            return []
        shown = []
        for key, spec in self.fields.items():
            if key in _NOT_SHOWN or key not in row.values:
                continue
            text = _shown(row.values[key], key, self.districts)
            if text:
                shown.append((spec.label, text))
        spoken = []
        for entry in row.values.get("languages") or []:
            code, level = entry if isinstance(entry, tuple) else (entry, None)
            name = self.languages.get(code, code)
            spoken.append(f"{name} ({_level_label(level, self.plan.entity)})")
        if spoken:
            shown.append((_("Sprachen"), ", ".join(spoken)))
        ids = row.values.get("activity_field_ids") or []
        if ids:
            shown.append(
                (_("Tätigkeitsfelder"), ", ".join(self.activities.get(i, str(i)) for i in ids))
            )
        if self.plan.entity in ("volunteer", "newcomer"):
            shown.append((_("Einwilligung"), _row_consent(row) or _("keine")))
        return shown


def _level_label(level: Any, entity: str) -> str:
    from ..enums import LanguageLevel
    from .fill import LANGUAGE_LINKS

    if level is None:  # what the import gives a language without a level
        level = LANGUAGE_LINKS[entity][3]
    return str(LanguageLevel(level).label)
