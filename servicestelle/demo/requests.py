"""Help requests: from newcomers, partner organisations or others, in an activity field
and often a language; volunteers asked by the office, one of them assigned, with the
hours of the assignment and contact notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..availability import pack
from ..bulk import Row
from ..enums import (
    CandidateAnswer,
    ContactChannel,
    LanguageLevel,
    RequestStatus,
    VolunteerStatus,
)
from .chance import Weighted, between, days, integer, one_of, years_before
from .origins import NEWCOMER_ORIGINS, ORIGINS
from .vocabulary import (
    CHILD_FIELDS,
    HOURS,
    LANGUAGE_NAMES_DE,
    OUTCOME_DONE,
    OUTCOME_FAILED,
    REQUEST_CONTACT,
    REQUEST_TITLES,
    REQUESTERS,
)

if TYPE_CHECKING:
    from .run import Run, Volunteer

_STATUSES = Weighted(
    [
        (RequestStatus.OPEN, 12),
        (RequestStatus.MEDIATING, 13),
        (RequestStatus.MATCHED, 20),
        (RequestStatus.DONE, 45),
        (RequestStatus.UNMATCHABLE, 10),
    ]
)
_ASSIGNED = (RequestStatus.MATCHED, RequestStatus.DONE)
_CHANNELS = (
    ContactChannel.PHONE,
    ContactChannel.PHONE,
    ContactChannel.EMAIL,
    ContactChannel.MESSENGER,
)
_LANGUAGES = ("uk", "ar", "prs", "fa", "ps", "tr", "ti", "ru")  # asked for, by code
_DESCRIPTIONS = (  # besides none and the language
    "Termin steht schon fest.",
    "Familie ist telefonisch gut erreichbar.",
    "Bitte möglichst bald melden.",
)


@dataclass(slots=True)
class _Source:
    """Who asks (a newcomer, an organisation or someone named), and for whom."""

    newcomer: int | None
    organisation: int | None
    requester: str | None
    district: int | None
    language: int | None
    country: str
    children: int


def write_help_requests(run: Run) -> None:
    askable = [
        v for v in run.volunteers if v.status in (VolunteerStatus.ACTIVE, VolunteerStatus.LEFT)
    ]
    partner_orgs = run.partner_orgs()
    languages = [run.lang[c] for c in _LANGUAGES if c in run.lang]
    for _ in range(run.n_req):
        _request(run, askable, partner_orgs, languages)


def _request(
    run: Run, askable: list[Volunteer], partner_orgs: list[int], languages: list[int]
) -> None:
    rng, w, today = run.rng, run.w, run.today
    status = _STATUSES.pick(rng)
    received = _received(run, status)
    field = run.fields_multilingual.pick(rng) if run.fields_multilingual else None
    source = _source(run, received, partner_orgs, languages)
    row = _describe(run, status, received, field, source)
    asked_from = min(received + days(integer(rng, 0, 7)), today)
    # All three numbers are drawn, whichever applies.
    count = {
        RequestStatus.OPEN: 0,
        RequestStatus.MEDIATING: integer(rng, 1, 4),
        RequestStatus.UNMATCHABLE: integer(rng, 0, 5),
    }.get(status, integer(rng, 1, 4))
    asked = _ask(run, askable, count, asked_from)
    if status in _ASSIGNED and not asked:
        status = row["status"] = RequestStatus.UNMATCHABLE
    closed = assigned_on = assigned = None
    if status in _ASSIGNED:
        assigned = asked[-1]
        assigned_on = min(asked_from + days(integer(rng, 0, 5)), today)
        if status is RequestStatus.DONE:
            closed = min(assigned_on + days(integer(rng, 1, 60)), today)
    elif status is RequestStatus.UNMATCHABLE:
        closed = min(received + days(integer(rng, 14, 90)), today)
        if asked:
            closed = max(closed, asked_from)
    row["closed_on"] = closed
    if status is RequestStatus.DONE:
        row["outcome"] = one_of(rng, OUTCOME_DONE)
    elif status is RequestStatus.UNMATCHABLE:
        row["outcome"] = one_of(rng, OUTCOME_FAILED)
    if closed is not None and closed < today - days(365) and rng.random() < 0.5:
        row["archived_at"] = w.stamp(between(rng, closed + days(365), today))
    rid = w.add("help_request", received, row)
    if row["languages_required"] and source.language is not None:
        interpreting = "Dolmetsch" in run.field_name.get(field, "")
        level = LanguageLevel.FLUENT if interpreting else LanguageLevel.GOOD
        language = {"request_id": rid, "language_id": source.language, "min_level": level}
        w.add("request_language", received, language)
    for volunteer in asked:
        _candidate(run, rid, status, volunteer, asked_from, assigned, assigned_on)
    if assigned is not None and assigned_on is not None:
        for _k in range(integer(rng, 1, 2)):
            day = between(rng, assigned_on, closed or today)
            hours = {
                "volunteer_id": assigned.id,
                "worked_on": day,
                "hours": one_of(rng, HOURS),
                "request_id": rid,
                "activity_field_id": field,
                "description": row["title"][:300],
            }
            w.add("hours_entry", day, hours)
    if rng.random() < 0.4:
        follow = None
        if status in (RequestStatus.OPEN, RequestStatus.MEDIATING):
            follow = received + days(integer(rng, 7, 21))
        run.note("request_id", rid, received, REQUEST_CONTACT, follow_up=0.0, follow_up_on=follow)


def _describe(
    run: Run, status: RequestStatus, received: dt.date, field: int | None, source: _Source
) -> Row:
    """A request's row as it came in: title, description, who asks, when and what for."""
    rng = run.rng
    field_name = run.field_name.get(field, "")
    language_name = LANGUAGE_NAMES_DE.get(run.lang_code.get(source.language, ""), "Arabisch")
    titles = REQUEST_TITLES.get(field_name, (f"Unterstützung: {field_name}",))
    title = one_of(rng, titles).format(
        kinder=source.children,
        stadtteil=run.district_name.get(source.district, "Schwerin"),
        sprache=language_name,
        land=source.country,
    )
    needs_language = "Dolmetsch" in field_name or rng.random() < 0.25
    with_children = any(k in field_name for k in CHILD_FIELDS) or (
        "Freizeit" in field_name and rng.random() < 0.5
    )
    description = one_of(rng, (None, f"Sprache: {language_name}.", *_DESCRIPTIONS))
    slots = [(d, s) for d in range(7) for s in range(3)]
    return {
        "title": title,
        "description": description,
        "status": status,
        "activity_field_id": field,
        "newcomer_id": source.newcomer,
        "organisation_id": source.organisation,
        "requester": source.requester,
        "district_id": source.district,
        "received_on": received,
        "needed_on": received + days(integer(rng, 3, 30)) if rng.random() < 0.5 else None,
        "needed_slots": pack(rng.sample(slots, integer(rng, 1, 4))) if rng.random() < 0.6 else 0,
        "languages_required": needs_language,
        "children_involved": with_children,
    }


def _received(run: Run, status: RequestStatus) -> dt.date:
    """When a request came in: recently for open ones, up to three years back for
    closed ones."""
    rng, today = run.rng, run.today
    if status is RequestStatus.OPEN:
        ago = integer(rng, 0, 30) if rng.random() < 0.75 else integer(rng, 31, 120)
        return today - days(ago)
    if status is RequestStatus.MEDIATING:
        return today - days(integer(rng, 1, 60))
    if status is RequestStatus.MATCHED:
        return today - days(integer(rng, 3, 120))
    return between(rng, years_before(today, 3), today - days(14))


def _source(run: Run, received: dt.date, partner_orgs: list[int], languages: list[int]) -> _Source:
    """Most requests come from a newcomer who had arrived by then (and are about
    them), many from partner organisations, some from others."""
    rng = run.rng
    draw = rng.random()
    source = _Source(
        newcomer=None,
        organisation=None,
        requester=None,
        district=run.new_districts.pick(rng) if run.new_districts else None,
        language=one_of(rng, languages) if languages else None,
        country=ORIGINS[NEWCOMER_ORIGINS.pick(rng)].countries.pick(rng),
        children=integer(rng, 1, 4),
    )
    if draw < 0.6 and run.n_new:
        newcomer = run.newcomers[int(rng.random() * run.n_new)]
        if newcomer.arrived <= received:
            source.newcomer = newcomer.id
            source.district = newcomer.district
            source.language = newcomer.language or source.language
            source.country = newcomer.country
            source.children = newcomer.children or source.children
        else:
            source.requester = one_of(rng, REQUESTERS)
    elif draw < 0.9 and partner_orgs:
        source.organisation = one_of(rng, partner_orgs)
    else:
        source.requester = one_of(rng, REQUESTERS)
    return source


def _ask(run: Run, askable: list[Volunteer], count: int, day: dt.date) -> list[Volunteer]:
    """Up to ``count`` volunteers who were with the office on ``day``."""
    asked: list[Volunteer] = []
    if count and askable:
        for volunteer in run.rng.sample(askable, min(len(askable), count + 8)):
            left = volunteer.left
            if volunteer.since <= day and (left is None or left >= day):
                asked.append(volunteer)
                if len(asked) == count:
                    break
    return asked


def _candidate(
    run: Run,
    rid: int,
    status: RequestStatus,
    volunteer: Volunteer,
    asked_on: dt.date,
    assigned: Volunteer | None,
    assigned_on: dt.date | None,
) -> None:
    """A volunteer asked about a request, with their answer."""
    rng = run.rng
    row: Row = {
        "request_id": rid,
        "volunteer_id": volunteer.id,
        "asked_on": asked_on,
        "channel": one_of(rng, _CHANNELS),
        "assigned": False,
    }
    if volunteer is assigned and assigned_on is not None:
        row["answer"] = CandidateAnswer.YES
        row["answered_on"] = min(asked_on + days(integer(rng, 0, 3)), assigned_on)
        row["assigned"] = True
        row["assigned_on"] = assigned_on
    elif status is RequestStatus.MEDIATING and rng.random() < 0.5:
        row["answer"] = CandidateAnswer.PENDING
    elif rng.random() < 0.8:
        row["answer"] = CandidateAnswer.NO
        row["answered_on"] = min(asked_on + days(integer(rng, 0, 4)), run.today)
    else:
        row["answer"] = CandidateAnswer.PENDING
    run.w.add("request_candidate", asked_on, row)
