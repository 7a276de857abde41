"""Events: the quarterly Ehrenamtsforum, trainings on Saturdays, team meetings and
festivities, with invitations, registrations, attendance and training hours."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from ..enums import EventKind, EventStatus, VolunteerStatus
from .chance import Weighted, between, days, integer, one_of, years_before
from .vocabulary import EVENT_CONTACT, LOCATIONS, MEETINGS, OTHER_EVENTS, ROMAN, TRAININGS

if TYPE_CHECKING:
    from .run import Run

_KINDS = Weighted([(EventKind.TRAINING, 60), (EventKind.MEETING, 30), (EventKind.OTHER, 10)])
_HOURS = {EventKind.TRAINING: 5, EventKind.FORUM: 2}  # how long, else 2

Plan = tuple[EventKind, dt.datetime, str]


def write_events(run: Run) -> None:
    n_forum = min(13, max(2, run.n_event // 4))
    plan = _forums(run.today, n_forum) + _others(run, run.n_event - n_forum)
    plan.sort(key=lambda item: item[1])
    per_event = max(10, round(0.6 * run.n_vol / max(run.n_event, 1)))
    for kind, start, title in plan:
        _event(run, kind, start, title, per_event)


def _forum_day(year: int, quarter: int) -> dt.date:
    """The first Thursday of a quarter's middle month."""
    day = dt.date(year, quarter * 3 + 2, 1)
    return day + days((3 - day.weekday()) % 7)


def _forums(today: dt.date, count: int) -> list[Plan]:
    """The Ehrenamtsforum: the next one and those before it."""
    year, quarter = today.year, (today.month - 1) // 3
    if _forum_day(year, quarter) < today:
        year, quarter = (year, quarter + 1) if quarter < 3 else (year + 1, 0)
    plan: list[Plan] = []
    for _k in range(count):
        start = dt.datetime.combine(_forum_day(year, quarter), dt.time(17, 30))
        plan.append((EventKind.FORUM, start, f"Ehrenamtsforum {ROMAN[quarter]}/{year}"))
        year, quarter = (year, quarter - 1) if quarter > 0 else (year - 1, 3)
    return plan


def _others(run: Run, count: int) -> list[Plan]:
    """Trainings (at least one), meetings and other events over three years and the
    next three months."""
    rng, today = run.rng, run.today
    plan: list[Plan] = []
    for k in range(count):
        kind = EventKind.TRAINING if k == 0 else _KINDS.pick(rng)
        day = between(rng, years_before(today, 3), today + days(90))
        if kind is EventKind.TRAINING:
            while day.weekday() != 5:
                day += days(1)
            start = dt.datetime.combine(day, dt.time(10, 0))
            title = f"Schulung: {one_of(rng, TRAININGS)}"
        elif kind is EventKind.MEETING:
            start = dt.datetime.combine(day, dt.time(18, 0))
            title = one_of(rng, MEETINGS)
        else:
            start = dt.datetime.combine(day, dt.time(15, 0))
            title = one_of(rng, OTHER_EVENTS)
        plan.append((kind, start, title))
    return plan


def _event(run: Run, kind: EventKind, start: dt.datetime, title: str, per_event: int) -> None:
    rng, w, today = run.rng, run.w, run.today
    day = start.date()
    past = day < today
    status = EventStatus.PLANNED
    if past:
        status = EventStatus.CANCELLED if rng.random() < 0.05 else EventStatus.HELD
    duration = _HOURS.get(kind, 2)
    created = max(day - days(integer(rng, 30, 90)), years_before(today, 4))
    created = min(created, today)
    row = {
        "title": title,
        "kind": kind,
        "status": status,
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=duration),
        "location": one_of(rng, LOCATIONS),
        "description": "Austausch, Informationen und Kennenlernen"
        if kind is EventKind.FORUM
        else None,
    }
    eid = w.add("event", created, row)
    if rng.random() < 0.3:
        noted = min(created + days(integer(rng, 0, 20)), today)
        run.note("event_id", eid, noted, EVENT_CONTACT)
    # Invited three weeks before: volunteers with the office then and still on the day
    # (only current ones for what is to come); the forum invites twice as many.
    invited_on = min(day - days(21), today)
    size = per_event * (2 if kind is EventKind.FORUM else 1)
    picks = rng.sample(range(run.n_vol), min(run.n_vol, size + size // 2))
    taken = 0
    for index in picks:
        if taken >= size:
            break
        volunteer = run.volunteers[index]
        left = volunteer.left
        if volunteer.since > invited_on or (left is not None and left < day):
            continue
        if not past and volunteer.status is VolunteerStatus.LEFT:
            continue
        taken += 1
        registered = rng.random() < 0.6
        attended = (
            past and status is EventStatus.HELD and rng.random() < (0.85 if registered else 0.1)
        )
        attendance = {
            "event_id": eid,
            "volunteer_id": volunteer.id,
            "invited_on": invited_on,
            "registered": registered,
            "attended": attended,
        }
        w.add("attendance", invited_on, attendance)
        if attended and kind is EventKind.TRAINING:
            hours = {
                "volunteer_id": volunteer.id,
                "worked_on": day,
                "hours": Decimal(duration),
                "event_id": eid,
                "description": title[:300],
            }
            w.add("hours_entry", day, hours)
