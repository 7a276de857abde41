"""Pairings (Patenschaften): vorgeschlagen → aktiv ⇄ pausiert → beendet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, FromClause, case, func, or_
from sqlalchemy.orm import Session

from .. import models as m
from ..enums import PairingEndReason, PairingStatus, VolunteerStatus
from ..errors import ValidationError
from ..i18n import N_, _
from ..search import Term
from ..validation import Field, clean
from .base import Column, EntityService, Filter
from .people import in_values
from .periods import pairing_active, pairing_contact, pairing_ended, period_filter
from .workflow import Step, Workflow

P = m.Pairing
S = PairingStatus
_volunteer = m.Volunteer.__table__.alias("pv")
_newcomer = m.Newcomer.__table__.alias("pn")
_vdistrict = m.District.__table__.alias("pvd")
_ndistrict = m.District.__table__.alias("pnd")
_field = m.ActivityField.__table__.alias("pf")

WORKFLOW = Workflow(
    N_("Die Patenschaft"),
    {
        "start": Step(N_("Starten"), frozenset({S.PROPOSED}), S.ACTIVE),
        "pause": Step(N_("Pausieren"), frozenset({S.ACTIVE}), S.PAUSED),
        "resume": Step(N_("Fortsetzen"), frozenset({S.PAUSED}), S.ACTIVE),
        "end": Step(N_("Beenden"), frozenset({S.PROPOSED, S.ACTIVE, S.PAUSED}), S.ENDED),
        "reopen": Step(N_("Wieder aufnehmen"), frozenset({S.ENDED}), S.ACTIVE),
    },
    {
        "start": N_("Eine beendete Patenschaft wird über »Wieder aufnehmen« fortgeführt."),
        "resume": N_("Eine beendete Patenschaft wird über »Wieder aufnehmen« fortgeführt."),
    },
)


def _name(table: Any) -> Any:
    """ "Nachname, Vorname", or just the last name (a family) when there is none."""
    first = table.c.first_name
    return case(
        (func.coalesce(first, "") == "", table.c.last_name), else_=table.c.last_name + ", " + first
    )


class PairingService(EntityService[m.Pairing]):
    model = m.Pairing
    entity = "pairing"
    workflow = WORKFLOW
    fields: ClassVar[Mapping[str, Field]] = {
        "volunteer_id": Field("Ehrenamtliche*r", kind="ref", required=True),
        "newcomer_id": Field("Neuzugewanderte*r", kind="ref", required=True),
        "activity_field_id": Field("Schwerpunkt", kind="ref"),
        "focus": Field("Schwerpunkt (Text)", max_len=200),
        "proposed_on": Field("Vorgeschlagen am", kind="date"),
        "started_on": Field("Begonnen am", kind="date"),
        "ended_on": Field("Beendet am", kind="date"),
        "next_checkin_on": Field("Nächstes Nachfragen", kind="date"),
        "organisation_id": Field("Organisation", kind="ref"),
        "notes": Field("Notizen"),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "volunteer": Column("Ehrenamtliche*r", _name(_volunteer), sort_by=_volunteer.c.sort_key),
        "newcomer": Column("Neuzugewanderte*r", _name(_newcomer), sort_by=_newcomer.c.sort_key),
        "status": Column("Status", P.status, kind="enum"),
        "focus": Column("Schwerpunkt", func.coalesce(_field.c.name, P.focus)),
        "district": Column("Stadtteil", _ndistrict.c.name),
        "started_on": Column("Seit", P.started_on, kind="date"),
        "next_checkin_on": Column("Nächstes Nachfragen", P.next_checkin_on, kind="date"),
        "volunteer_phone": Column(
            "Telefon Ehrenamt", _volunteer.c.phone, kind="phone", shown=False
        ),
        "volunteer_district": Column("Stadtteil Ehrenamt", _vdistrict.c.name, shown=False),
        "ended_on": Column("Beendet", P.ended_on, kind="date", shown=False),
        "end_reason": Column("Grund", P.end_reason, kind="enum", shown=False),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        "status": Filter("Status", in_values(P.status)),
        "district": Filter("Stadtteil", in_values(_newcomer.c.district_id), kind="ref"),
        "volunteer": Filter("Ehrenamtliche*r", in_values(P.volunteer_id), kind="ref"),
        "newcomer": Filter("Neuzugewanderte*r", in_values(P.newcomer_id), kind="ref"),
        "activity_field": Filter("Schwerpunkt", in_values(P.activity_field_id), kind="ref"),
        "started_from": Filter("begonnen ab", lambda v: P.started_on >= v, kind="date_from"),
        "started_to": Filter("begonnen bis", lambda v: P.started_on <= v, kind="date_to"),
        "end_reason": Filter("Grund des Endes", in_values(P.end_reason)),
        # Periods [from, to] set from the key figures (not offered in the filter bar).
        "active_in": Filter(
            "im Zeitraum laufend", period_filter(pairing_active, N_("laufend")), kind="period"
        ),
        "ended_in": Filter(
            "im Zeitraum beendet", period_filter(pairing_ended, N_("beendet")), kind="period"
        ),
        "contact_regular_in": Filter(
            "regelmäßiger Kontakt im Zeitraum",
            period_filter(pairing_contact(True), N_("Kontakt")),
            kind="period",
        ),
        "contact_missing_in": Filter(
            "ohne regelmäßigen Kontakt im Zeitraum",
            period_filter(pairing_contact(False), N_("Kontakt")),
            kind="period",
        ),
    }
    default_sort = (("volunteer", False),)
    read_only = frozenset({"status"})

    def _from(self) -> FromClause:
        return (
            P.__table__.join(_volunteer, _volunteer.c.id == P.volunteer_id)
            .join(_newcomer, _newcomer.c.id == P.newcomer_id)
            .outerjoin(_vdistrict, _vdistrict.c.id == _volunteer.c.district_id)
            .outerjoin(_ndistrict, _ndistrict.c.id == _newcomer.c.district_id)
            .outerjoin(_field, _field.c.id == P.activity_field_id)
        )

    def _text_condition(self, terms: list[Term]) -> ColumnElement[bool]:
        """A pairing matches when its volunteer's or its newcomer's record does."""
        search = self.db.search
        return or_(
            P.volunteer_id.in_(search.ids_matching(terms, "volunteer")),
            P.newcomer_id.in_(search.ids_matching(terms, "newcomer")),
        )

    def _count_from(self) -> FromClause:
        # The district filter looks at the newcomer.
        return P.__table__.join(_newcomer, _newcomer.c.id == P.newcomer_id)

    def _defaults(self) -> dict[str, Any]:
        return {"status": S.PROPOSED, "proposed_on": dt.date.today()}

    def _validate_record(self, session: Session, obj: m.Pairing) -> None:
        errors: dict[str, str] = {}
        volunteer = session.get(m.Volunteer, obj.volunteer_id)
        if volunteer is None:
            errors["volunteer_id"] = _("Ehrenamtliche*r: unbekannt.")
        elif volunteer.status == VolunteerStatus.LEFT and obj.status != S.ENDED:
            errors["volunteer_id"] = _(
                "Ehrenamtliche*r: {name} ist ausgeschieden.", name=volunteer.full_name
            )
        if session.get(m.Newcomer, obj.newcomer_id) is None:
            errors["newcomer_id"] = _("Neuzugewanderte*r: unbekannt.")
        dates = [
            (obj.proposed_on, N_("vorgeschlagen")),
            (obj.started_on, N_("begonnen")),
            (obj.ended_on, N_("beendet")),
        ]
        known = [(d, label) for d, label in dates if d is not None]
        for (earlier, a), (later, b) in zip(known, known[1:], strict=False):
            if later < earlier:
                errors["ended_on" if b == "beendet" else "started_on"] = _(
                    "»{b}« liegt vor »{a}«.", a=_(a), b=_(b)
                )
        if obj.ended_on is not None and obj.status != S.ENDED:
            errors["ended_on"] = _("»beendet am« erst beim Beenden der Patenschaft.")
        if obj.started_on is not None and obj.status == S.PROPOSED:
            errors["started_on"] = _("»begonnen am« erst beim Starten der Patenschaft.")
        if errors:
            raise ValidationError(errors)

    # -- workflow ------------------------------------------------------------------

    def propose(self, volunteer_id: int, newcomer_id: int, **values: Any) -> m.Pairing:
        return self.create(volunteer_id=volunteer_id, newcomer_id=newcomer_id, **values)

    def start(
        self, pairing_id: int, version: int | None, on: Any = None, next_checkin_on: Any = None
    ) -> m.Pairing:
        return self._step(pairing_id, version, "start", on, next_checkin_on=next_checkin_on)

    def pause(self, pairing_id: int, version: int | None, on: Any = None) -> m.Pairing:
        return self._step(pairing_id, version, "pause", on)

    def resume(
        self, pairing_id: int, version: int | None, on: Any = None, next_checkin_on: Any = None
    ) -> m.Pairing:
        return self._step(pairing_id, version, "resume", on, next_checkin_on=next_checkin_on)

    def end(
        self,
        pairing_id: int,
        version: int | None,
        reason: Any,
        on: Any = None,
        note: str | None = None,
    ) -> m.Pairing:
        return self._step(pairing_id, version, "end", on, reason=reason, note=note)

    def reopen(self, pairing_id: int, version: int | None) -> m.Pairing:
        """Take an ended pairing up again (it keeps its start date)."""
        return self._step(pairing_id, version, "reopen", None)

    _STEP_FIELDS: ClassVar[Mapping[str, Field]] = {
        "on": Field("Datum", kind="date"),
        "next_checkin_on": Field("Nächstes Nachfragen", kind="date"),
        "reason": Field("Grund", kind="enum", enum=PairingEndReason),
        "note": Field("Anmerkung", max_len=300),
    }

    def _step(
        self, pairing_id: int, version: int | None, action: str, on: Any, **params: Any
    ) -> m.Pairing:
        values = clean(self._STEP_FIELDS, {"on": on, **params})
        day = values.pop("on") or dt.date.today()
        if action == "end" and values.get("reason") is None:
            raise ValidationError(
                {"reason": _("Grund: bitte angeben, warum die Patenschaft endet.")}
            )
        with self._writing(pairing_id) as session:
            pairing = self._load(session, pairing_id)
            self._check_version(pairing, version)
            pairing.status = self.workflow.target(action, pairing.status)
            if action == "start":
                pairing.started_on = day
            elif action == "pause":
                pairing.paused_on = day
            elif action == "resume":
                pairing.paused_on = None
            elif action == "end":
                pairing.ended_on = day
                pairing.end_reason = values["reason"]
                pairing.end_note = values.get("note")
                pairing.next_checkin_on = None
            elif action == "reopen":
                pairing.paused_on = None
                pairing.ended_on = None
                pairing.end_reason = None
                pairing.end_note = None
            if values.get("next_checkin_on") is not None:
                pairing.next_checkin_on = values["next_checkin_on"]
            with session.no_autoflush:
                self._validate_record(session, pairing)
            session.flush()
            self._after_write(session, pairing)
        return pairing
