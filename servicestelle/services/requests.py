"""Help requests (Hilfsanfragen): offen → in Vermittlung → vermittelt → erledigt,
or nicht vermittelbar; with the volunteers asked (date, channel, answer) and assigned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import FromClause, select
from sqlalchemy.orm import Session

from .. import models as m
from ..availability import ALL_SLOTS
from ..enums import CandidateAnswer, ContactChannel, LanguageLevel, RequestStatus, VolunteerStatus
from ..errors import TransitionError, ValidationError
from ..i18n import N_, _
from ..validation import Field, clean, not_in_future
from .base import Column, EntityService, Filter
from .people import (
    clean_languages,
    has_language,
    in_values,
    language_names,
    linked_to,
    sync_languages,
)
from .periods import period_filter, request_matched
from .workflow import Step, Workflow

R = m.HelpRequest
S = RequestStatus
_field = m.ActivityField.__table__.alias("rf")
_district = m.District.__table__.alias("rd")
_organisation = m.Organisation.__table__.alias("ro")
_newcomer = m.Newcomer.__table__.alias("rn")

CLOSED = frozenset({S.DONE, S.UNMATCHABLE})
WORKFLOW = Workflow(
    N_("Die Hilfsanfrage"),
    {
        "mediate": Step(N_("In Vermittlung"), frozenset({S.OPEN}), S.MEDIATING),
        "match": Step(N_("Vermittelt"), frozenset({S.OPEN, S.MEDIATING}), S.MATCHED),
        "complete": Step(N_("Erledigt"), frozenset({S.MATCHED}), S.DONE),
        "give_up": Step(N_("Nicht vermittelbar"), frozenset({S.OPEN, S.MEDIATING}), S.UNMATCHABLE),
        "unassign": Step(N_("Zuordnung aufheben"), frozenset({S.MATCHED}), S.MEDIATING),
        "reopen": Step(N_("Wieder öffnen"), CLOSED, S.OPEN),
    },
    {"match": N_("Zum Vermitteln zuerst eine*n Ehrenamtliche*n zuordnen.")},
)


def _require_volunteer(session: Session, volunteer_id: int) -> m.Volunteer:
    """The volunteer to ask or assign: must exist and not have left."""
    volunteer = session.get(m.Volunteer, volunteer_id)
    if volunteer is None or volunteer.status == VolunteerStatus.LEFT:
        raise ValidationError({"volunteer_id": _("Ehrenamtliche*r: nicht (mehr) aktiv.")})
    return volunteer


@dataclass(frozen=True)
class VolunteerRequest:
    """A request as seen from one volunteer: what it is and their part in it."""

    request_id: int
    received_on: dt.date
    title: str
    status: RequestStatus
    asked_on: dt.date | None
    answer: CandidateAnswer
    assigned_on: dt.date | None


class HelpRequestService(EntityService[m.HelpRequest]):
    model = m.HelpRequest
    entity = "help_request"
    workflow = WORKFLOW
    fields: ClassVar[Mapping[str, Field]] = {
        "title": Field("Anliegen", required=True, max_len=200),
        "description": Field("Beschreibung"),
        "activity_field_id": Field("Tätigkeitsfeld", kind="ref"),
        "newcomer_id": Field("Für (Neuzugewanderte*r)", kind="ref"),
        "organisation_id": Field("Anfragende Organisation", kind="ref"),
        "requester": Field("Angefragt von", max_len=200),
        "district_id": Field("Stadtteil", kind="ref"),
        "received_on": Field("Eingegangen am", kind="date", required=True, check=not_in_future),
        "needed_on": Field("Gebraucht am", kind="date"),
        "needed_slots": Field("Gebrauchte Zeiten", kind="int", minimum=0, maximum=ALL_SLOTS),
        "languages_required": Field("Sprache zwingend", kind="bool"),
        "children_involved": Field("Kinder beteiligt", kind="bool"),
        "outcome": Field("Ergebnis"),
    }
    columns: ClassVar[Mapping[str, Column]] = {
        "received_on": Column("Eingegangen", R.received_on, kind="date"),
        "title": Column("Anliegen", R.title),
        "status": Column("Status", R.status, kind="enum"),
        "activity_field": Column("Tätigkeitsfeld", _field.c.name),
        "district": Column("Stadtteil", _district.c.name),
        "languages": Column(
            "Sprachen",
            language_names(m.RequestLanguage, m.RequestLanguage.request_id, R.id),
            sortable=False,
        ),
        "needed_on": Column("Gebraucht am", R.needed_on, kind="date", shown=False),
        "organisation": Column("Von Organisation", _organisation.c.name),
        "newcomer": Column("Für", _newcomer.c.last_name, shown=False),
        "closed_on": Column("Abgeschlossen", R.closed_on, kind="date", shown=False),
    }
    filters: ClassVar[Mapping[str, Filter]] = {
        "status": Filter("Status", in_values(R.status)),
        "district": Filter("Stadtteil", in_values(R.district_id), kind="ref"),
        "activity_field": Filter("Tätigkeitsfeld", in_values(R.activity_field_id), kind="ref"),
        "organisation": Filter("Organisation", in_values(R.organisation_id), kind="ref"),
        "newcomer": Filter("Neuzugewanderte*r", in_values(R.newcomer_id), kind="ref"),
        "volunteer": Filter(
            "Ehrenamtliche*r (angefragt oder zugeordnet)",
            linked_to(R.id, m.RequestCandidate.request_id, m.RequestCandidate.volunteer_id),
            kind="ref",
        ),
        "language": Filter(
            "Sprache",
            has_language(m.RequestLanguage, m.RequestLanguage.request_id, R.id),
            kind="ref",
        ),
        "received_from": Filter("eingegangen ab", lambda v: R.received_on >= v, kind="date_from"),
        "received_to": Filter("eingegangen bis", lambda v: R.received_on <= v, kind="date_to"),
        # A period [from, to] set from the key figures (not offered in the filter bar).
        "matched_in": Filter(
            "im Zeitraum vermittelt",
            period_filter(request_matched, N_("vermittelt")),
            kind="period",
        ),
    }
    default_sort = (("received_on", True),)
    read_only = frozenset({"status"})
    link_fields = frozenset({"languages"})

    def _from(self) -> FromClause:
        return (
            R.__table__.outerjoin(_field, _field.c.id == R.activity_field_id)
            .outerjoin(_district, _district.c.id == R.district_id)
            .outerjoin(_organisation, _organisation.c.id == R.organisation_id)
            .outerjoin(_newcomer, _newcomer.c.id == R.newcomer_id)
        )

    def create(self, **values: Any) -> m.HelpRequest:
        values.setdefault("received_on", dt.date.today())
        return super().create(**values)

    def _defaults(self) -> dict[str, Any]:
        return {"status": S.OPEN}

    def _apply(self, session: Session, obj: m.HelpRequest, values: Mapping[str, Any]) -> None:
        values = dict(values)
        languages = values.pop("languages", None)
        super()._apply(session, obj, values)
        if languages is not None:
            wanted = clean_languages(session, languages, LanguageLevel.GOOD)
            changed = sync_languages(
                session,
                obj.languages,
                wanted,
                lambda language, level: m.RequestLanguage(language=language, min_level=level),
                level_attr="min_level",
            )
            if changed and obj.id is not None:
                self._touch(obj)

    # -- volunteers asked and assigned ----------------------------------------------

    def for_volunteer(self, volunteer_id: int) -> list[VolunteerRequest]:
        """The requests a volunteer was asked for or assigned to, newest first."""
        C = m.RequestCandidate
        stmt = (
            select(R.id, R.received_on, R.title, R.status, C.asked_on, C.answer, C.assigned_on)
            .join(C, C.request_id == R.id)
            .where(C.volunteer_id == volunteer_id, R.archived_at.is_(None))
            .order_by(C.asked_on.desc(), R.id.desc())
        )
        with self.db.read() as session:
            return [VolunteerRequest(*row) for row in session.execute(stmt)]

    _ASK_FIELDS: ClassVar[Mapping[str, Field]] = {
        "asked_on": Field("Angefragt am", kind="date"),
        "channel": Field("Weg", kind="enum", enum=ContactChannel),
    }

    def ask(
        self,
        request_id: int,
        volunteer_id: int,
        asked_on: Any = None,
        channel: Any = ContactChannel.EMAIL,
    ) -> m.RequestCandidate:
        """Record that a volunteer was asked; an open request goes into mediation."""
        values = clean(self._ASK_FIELDS, {"asked_on": asked_on, "channel": channel})
        with self._writing(request_id) as session:
            request = self._load(session, request_id)
            self._require_open(request)
            _require_volunteer(session, volunteer_id)
            candidate = self._candidate(request, volunteer_id)
            if candidate is None:
                volunteer = session.get(m.Volunteer, volunteer_id)
                candidate = m.RequestCandidate(volunteer=volunteer)
                request.candidates.append(candidate)
            candidate.asked_on = values["asked_on"] or dt.date.today()
            candidate.channel = values["channel"] or ContactChannel.EMAIL
            candidate.answer = CandidateAnswer.PENDING
            if request.status == S.OPEN:
                request.status = S.MEDIATING
            session.flush()
        return candidate

    def answer(
        self, request_id: int, volunteer_id: int, answer: Any, answered_on: Any = None
    ) -> m.RequestCandidate:
        values = clean(
            {
                "answer": Field("Antwort", kind="enum", enum=CandidateAnswer, required=True),
                "answered_on": Field("Antwort am", kind="date"),
            },
            {"answer": answer, "answered_on": answered_on},
        )
        with self._writing(request_id) as session:
            request = self._load(session, request_id)
            candidate = self._candidate(request, volunteer_id)
            if candidate is None:
                raise ValidationError(
                    {"volunteer_id": _("Diese*r Ehrenamtliche wurde nicht angefragt.")}
                )
            candidate.answer = values["answer"]
            candidate.answered_on = values["answered_on"] or dt.date.today()
            session.flush()
        return candidate

    def assign(self, request_id: int, volunteer_id: int, on: Any = None) -> m.HelpRequest:
        """Assign a volunteer (asked before or not); the request becomes »vermittelt«."""
        day = clean({"on": Field("Datum", kind="date")}, {"on": on})["on"] or dt.date.today()
        with self._writing(request_id) as session:
            request = self._load(session, request_id)
            request.status = self.workflow.target("match", request.status)
            _require_volunteer(session, volunteer_id)
            candidate = self._candidate(request, volunteer_id)
            if candidate is None:
                candidate = m.RequestCandidate(
                    volunteer=session.get(m.Volunteer, volunteer_id),
                    asked_on=day,
                    channel=ContactChannel.PHONE,
                )
                request.candidates.append(candidate)
            candidate.answer = CandidateAnswer.YES
            candidate.answered_on = candidate.answered_on or day
            candidate.assigned = True
            candidate.assigned_on = day
            session.flush()
            self._after_write(session, request)
        return request

    def mediate(self, request_id: int, version: int | None) -> m.HelpRequest:
        """Mark an open request as being mediated (asking someone does this too)."""
        with self._writing(request_id) as session:
            request = self._load(session, request_id)
            self._check_version(request, version)
            request.status = self.workflow.target("mediate", request.status)
            session.flush()
            self._after_write(session, request)
        return request

    def unassign(self, request_id: int, version: int | None) -> m.HelpRequest:
        with self._writing(request_id) as session:
            request = self._load(session, request_id)
            self._check_version(request, version)
            request.status = self.workflow.target("unassign", request.status)
            for candidate in request.candidates:
                candidate.assigned = False
                candidate.assigned_on = None
            session.flush()
            self._after_write(session, request)
        return request

    def complete(
        self,
        request_id: int,
        version: int | None,
        on: Any = None,
        outcome: str | None = None,
        hours: Mapping[int, Any] | None = None,
    ) -> m.HelpRequest:
        """The help was given: closed on ``on`` (today); ``hours`` of the assigned
        volunteers (volunteer id → hours, each optional) are booked on that day for
        the request, in the same transaction."""
        return self._close(request_id, version, "complete", on, outcome, hours or {})

    def give_up(
        self, request_id: int, version: int | None, outcome: str, on: Any = None
    ) -> m.HelpRequest:
        if not (outcome or "").strip():
            raise ValidationError({"outcome": _("Ergebnis: bitte kurz begründen.")})
        return self._close(request_id, version, "give_up", on, outcome)

    def reopen(self, request_id: int, version: int | None) -> m.HelpRequest:
        with self._writing(request_id) as session:
            request = self._load(session, request_id)
            self._check_version(request, version)
            request.status = self.workflow.target("reopen", request.status)
            request.closed_on = None
            for candidate in request.candidates:
                candidate.assigned = False
                candidate.assigned_on = None
            session.flush()
            self._after_write(session, request)
        return request

    def _close(
        self,
        request_id: int,
        version: int | None,
        action: str,
        on: Any,
        outcome: str | None,
        hours: Mapping[int, Any] | None = None,
    ) -> m.HelpRequest:
        day = clean({"on": Field("Datum", kind="date")}, {"on": on})["on"] or dt.date.today()
        if day > dt.date.today():
            raise ValidationError({"closed_on": _("Abschluss: liegt in der Zukunft.")})
        booked = _hours_to_book(hours or {})
        with self._writing(request_id) as session:
            request = self._load(session, request_id)
            self._check_version(request, version)
            request.status = self.workflow.target(action, request.status)
            if day < request.received_on:
                raise ValidationError({"closed_on": _("Abschluss liegt vor dem Eingang.")})
            request.closed_on = day
            if outcome:
                request.outcome = outcome.strip()
            assigned = {c.volunteer_id for c in request.candidates if c.assigned}
            for volunteer_id, amount in booked.items():
                if volunteer_id not in assigned:
                    raise ValidationError(
                        {"hours": _("Stunden nur für die zugeordneten Ehrenamtlichen.")}
                    )
                session.add(
                    m.HoursEntry(
                        volunteer_id=volunteer_id,
                        worked_on=day,
                        hours=amount,
                        request_id=request.id,
                        activity_field_id=request.activity_field_id,
                        description=request.title,
                    )
                )
            session.flush()
            self._after_write(session, request)
        return request

    @staticmethod
    def _candidate(request: m.HelpRequest, volunteer_id: int) -> m.RequestCandidate | None:
        return next((c for c in request.candidates if c.volunteer_id == volunteer_id), None)

    @staticmethod
    def _require_open(request: m.HelpRequest) -> None:
        if request.status in CLOSED or request.status == S.MATCHED:
            raise TransitionError(
                _(
                    "Die Hilfsanfrage ist »{status}«: niemand muss mehr angefragt werden.",
                    status=request.status.label,
                )
            )

    def candidates(self, request_id: int) -> list[m.RequestCandidate]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(m.RequestCandidate)
                    .where(m.RequestCandidate.request_id == request_id)
                    .order_by(m.RequestCandidate.asked_on, m.RequestCandidate.id)
                )
            )


def _hours_to_book(hours: Mapping[int, Any]) -> dict[int, Decimal]:
    """The hours given per volunteer, checked (empty ones left out): a quarter of an
    hour up to 500 hours for one request."""
    spec = Field("Stunden", kind="decimal", minimum=0.25, maximum=500)
    booked: dict[int, Decimal] = {}
    for volunteer_id, value in hours.items():
        if value is None or value == "" or value == 0:
            continue
        booked[int(volunteer_id)] = clean({"hours": spec}, {"hours": value})["hours"]
    return booked
