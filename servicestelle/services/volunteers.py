"""Volunteers (Ehrenamtliche): records, lists, languages, fields, clearances."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import FromClause, exists, func, select
from sqlalchemy.orm import Session

from .. import models as m
from ..availability import ALL_SLOTS
from ..dates import add_years
from ..enums import ClearanceKind, LanguageLevel, Salutation, VolunteerStatus
from ..errors import NotFoundError, ValidationError
from ..i18n import N_, _
from ..validation import Field, clean, not_before, not_in_future, to_ids
from .base import Column, EntityService, Filter
from .consent_filter import consent_filter
from .people import (
    choices_from,
    clean_languages,
    has_language,
    in_values,
    language_names,
    person_fields,
    sync_languages,
)
from .periods import (
    period_filter,
    volunteer_active,
    volunteer_attended,
    volunteer_left,
    volunteer_with_hours,
)

V = m.Volunteer
CLEARANCE_MAX_YEARS = 10  # a longer validity is a typing mistake


def best_clearance(
    clearances: Any, day: dt.date, kind: ClearanceKind | None = None
) -> m.PoliceClearance | None:
    """Of ``clearances``, the one valid on ``day`` that runs longest; only extended ones
    when ``kind`` is EXTENDED."""
    valid = [
        c
        for c in clearances
        if c.is_valid_on(day) and (kind != ClearanceKind.EXTENDED or c.kind == kind)
    ]
    return max(valid, key=lambda c: (c.valid_until, c.issued_on)) if valid else None


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple | set) else [value]


_district = m.District.__table__.alias("vd")
_organisation = m.Organisation.__table__.alias("vo")


class VolunteerService(EntityService[m.Volunteer]):
    model = m.Volunteer
    entity = "volunteer"
    fields: ClassVar[Mapping[str, Field]] = {
        **person_fields(14, 100),
        "salutation": Field("Anrede", kind="enum", enum=Salutation),
        "status": Field("Status", kind="enum", enum=VolunteerStatus, required=True),
        # Filled with the day the status first becomes »aktiv« (see ``_apply``).
        "since": Field("Aktiv seit", kind="date", check=not_in_future),
        "skills": Field("Beruf / Kenntnisse", max_len=300),
        "left_on": Field(
            "Ausgeschieden am", kind="date", check=not_before("since", N_("Aktiv seit"))
        ),
        "left_reason": Field("Grund des Ausscheidens", max_len=200),
        "max_pairings": Field(
            "Höchstens gleichzeitige Patenschaften", kind="int", minimum=0, maximum=10
        ),
        "availability": Field("Zeiten", kind="int", minimum=0, maximum=ALL_SLOTS),
        "availability_note": Field("Zeiten (Anmerkung)", max_len=200),
        "organisation_id": Field("Organisation", kind="ref"),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "last_name": Column("Nachname", V.last_name, sort_by=V.sort_key),
        "first_name": Column("Vorname", V.first_name),
        "status": Column("Status", V.status, kind="enum"),
        "district": Column("Stadtteil", _district.c.name),
        "languages": Column(
            "Sprachen",
            language_names(m.VolunteerLanguage, m.VolunteerLanguage.volunteer_id, V.id),
            sortable=False,
        ),
        "phone": Column("Telefon", V.phone, kind="phone"),
        "email": Column("E-Mail", V.email),
        "since": Column("Aktiv seit", V.since, kind="date"),
        "skills": Column("Beruf / Kenntnisse", V.skills, shown=False),
        "left_reason": Column("Grund des Ausscheidens", V.left_reason, shown=False),
        "max_pairings": Column("Max. Patenschaften", V.max_pairings, shown=False, kind="int"),
        "organisation": Column("Organisation", _organisation.c.name, shown=False),
        "postcode": Column("PLZ", V.postcode, shown=False),
        "birth_date": Column("Geburtsdatum", V.birth_date, shown=False, kind="date"),
        "updated_at": Column("Geändert", V.updated_at, shown=False, kind="datetime"),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        "status": Filter("Status", in_values(V.status)),
        "district": Filter("Stadtteil", in_values(V.district_id), kind="ref"),
        "language": Filter(
            "Sprache",
            has_language(m.VolunteerLanguage, m.VolunteerLanguage.volunteer_id, V.id),
            kind="ref",
        ),
        "activity_field": Filter(
            "Tätigkeitsfeld",
            choices_from(
                m.ActivityField,
                lambda value: exists().where(
                    m.VolunteerActivity.volunteer_id == V.id,
                    m.VolunteerActivity.activity_field_id.in_(_as_list(value)),
                ),
            ),
            kind="ref",
        ),
        "organisation": Filter("Organisation", in_values(V.organisation_id), kind="ref"),
        "consent": Filter(
            "Einwilligung", consent_filter(m.Consent.volunteer_id, V.id), kind="choice"
        ),
        "since_from": Filter("seit ab", lambda value: V.since >= value, kind="date_from"),
        "since_to": Filter("seit bis", lambda value: V.since <= value, kind="date_to"),
        # Periods [from, to] set from the key figures (not offered in the filter bar).
        "active_in": Filter(
            "im Zeitraum aktiv", period_filter(volunteer_active, N_("aktiv")), kind="period"
        ),
        "left_in": Filter(
            "im Zeitraum ausgeschieden",
            period_filter(volunteer_left, N_("ausgeschieden")),
            kind="period",
        ),
        "hours_in": Filter(
            "Stunden im Zeitraum", period_filter(volunteer_with_hours, N_("Stunden")), kind="period"
        ),
        "attended_in": Filter(
            "Teilnahme im Zeitraum",
            period_filter(volunteer_attended, N_("Teilnahme")),
            kind="period",
        ),
    }
    default_sort = (("last_name", False),)
    link_fields = frozenset({"languages", "activity_field_ids"})

    def _from(self) -> FromClause:
        return V.__table__.outerjoin(_district, _district.c.id == V.district_id).outerjoin(
            _organisation, _organisation.c.id == V.organisation_id
        )

    def create(self, **values: Any) -> m.Volunteer:
        values.setdefault("status", VolunteerStatus.INTERESTED)
        return super().create(**values)

    # Languages and activity fields travel with the record's other values:
    # languages=[("ar", "muttersprache"), …] and activity_field_ids=[3, 5].
    def _apply(self, session: Session, obj: m.Volunteer, values: Mapping[str, Any]) -> None:
        values = dict(values)
        languages = values.pop("languages", None)
        activity_ids = values.pop("activity_field_ids", None)
        before = obj.status
        super()._apply(session, obj, values)
        if obj.status == VolunteerStatus.ACTIVE and before != VolunteerStatus.ACTIVE:
            # »Aktiv seit«: the day the status first becomes active, unless given.
            obj.since = obj.since or dt.date.today()
        if obj.status == VolunteerStatus.LEFT and before != VolunteerStatus.LEFT:
            obj.left_on = obj.left_on or dt.date.today()
        elif obj.status != VolunteerStatus.LEFT and "left_on" not in values:
            obj.left_on = None
            if "left_reason" not in values:  # back again: the old reason is history
                obj.left_reason = None
        changed = False
        if languages is not None:
            wanted = clean_languages(session, languages, LanguageLevel.GOOD)
            changed |= sync_languages(
                session,
                obj.languages,
                wanted,
                lambda language, level: m.VolunteerLanguage(language=language, level=level),
            )
        if activity_ids is not None:
            changed |= self._sync_activities(session, obj, activity_ids)
        if changed and obj.id is not None:
            self._touch(obj)

    def _sync_activities(self, session: Session, obj: m.Volunteer, ids: Any) -> bool:
        wanted = set(to_ids(ids, N_("Tätigkeitsfeld"), "activity_field_ids"))
        known = set(session.scalars(select(m.ActivityField.id)))
        if wanted - known:
            raise ValidationError({"activity_field_ids": _("Tätigkeitsfeld unbekannt.")})
        changed = False
        for link in list(obj.activities):
            if link.activity_field_id not in wanted:
                obj.activities.remove(link)
                changed = True
        present = {link.activity_field_id for link in obj.activities}
        for field_id in sorted(wanted - present):
            field = session.get(m.ActivityField, field_id)
            obj.activities.append(m.VolunteerActivity(activity_field=field))
            changed = True
        return changed

    # -- police clearance ---------------------------------------------------------

    def clearance_years(self) -> int:
        """How many years a new clearance counts after its issue (the office's setting
        ``clearance.valid_years``; 5 when it is not a sensible number)."""
        from .settings import SettingsService

        stored = SettingsService(self.db).get("clearance.valid_years")
        try:
            years = int(stored)
        except (TypeError, ValueError):
            return m.PoliceClearance.VALID_YEARS
        return years if 1 <= years <= CLEARANCE_MAX_YEARS else m.PoliceClearance.VALID_YEARS

    def add_clearance(
        self,
        volunteer_id: int,
        issued_on: Any,
        seen_on: Any = None,
        kind: Any = ClearanceKind.EXTENDED,
        valid_until: Any = None,
    ) -> m.PoliceClearance:
        """Record that a police clearance was seen: its kind and dates, never its content.
        Without ``valid_until`` it counts ``clearance_years()`` after its issue."""
        rules = {
            "kind": Field("Art", kind="enum", enum=ClearanceKind, required=True),
            "issued_on": Field("Ausgestellt am", kind="date", required=True, check=not_in_future),
            "seen_on": Field("Vorgelegt am", kind="date", required=True, check=not_in_future),
            "valid_until": Field("Gültig bis", kind="date"),
        }
        values = clean(
            rules,
            {
                "kind": kind or ClearanceKind.EXTENDED,
                "issued_on": issued_on,
                "seen_on": seen_on or dt.date.today(),
                "valid_until": valid_until,
            },
        )
        if values["seen_on"] < values["issued_on"]:
            raise ValidationError({"seen_on": _("vorgelegt am: liegt vor dem Ausstellungsdatum")})
        if values["valid_until"] is None:
            values["valid_until"] = add_years(values["issued_on"], self.clearance_years())
        elif values["valid_until"] <= values["issued_on"]:
            raise ValidationError(
                {"valid_until": _("gültig bis: muss nach dem Ausstellungsdatum liegen")}
            )
        elif values["valid_until"] > add_years(values["issued_on"], CLEARANCE_MAX_YEARS):
            raise ValidationError(
                {
                    "valid_until": _(
                        "gültig bis: höchstens {n} Jahre nach dem Ausstellungsdatum",
                        n=CLEARANCE_MAX_YEARS,
                    )
                }
            )
        with self._writing(volunteer_id) as session:
            volunteer = self._load(session, volunteer_id)
            clearance = m.PoliceClearance(seen_by=self.db.user, **values)
            volunteer.clearances.append(clearance)
            session.flush()
        return clearance

    def clearances(self, volunteer_id: int) -> list[m.PoliceClearance]:
        """The police clearances seen of a volunteer, newest first."""
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(m.PoliceClearance)
                    .where(m.PoliceClearance.volunteer_id == volunteer_id)
                    .order_by(m.PoliceClearance.issued_on.desc(), m.PoliceClearance.id.desc())
                )
            )

    def valid_clearance(
        self,
        volunteer_id: int,
        day: dt.date | None = None,
        kind: ClearanceKind | None = None,
    ) -> m.PoliceClearance | None:
        """The clearance valid on ``day`` that runs longest (of ``kind`` when given; an
        extended one also serves where a simple one is asked for)."""
        day = day or dt.date.today()
        with self.db.read() as session:
            volunteer = session.get(V, volunteer_id)
            if volunteer is None:
                raise NotFoundError(self.model.__label__, volunteer_id)
            return best_clearance(volunteer.clearances, day, kind)

    def active_pairings(self, volunteer_id: int) -> int:
        from ..enums import PairingStatus

        with self.db.read() as session:
            return int(
                session.scalar(
                    select(func.count()).where(
                        m.Pairing.volunteer_id == volunteer_id,
                        m.Pairing.status.in_([PairingStatus.ACTIVE, PairingStatus.PAUSED]),
                    )
                )
                or 0
            )
