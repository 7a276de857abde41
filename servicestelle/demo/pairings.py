"""Pairings of a volunteer with a newcomer: planned first (who, which status, which
dates), then written after the newcomers, with the hours and contact notes of each."""

from __future__ import annotations

from ..bulk import Row
from ..enums import OrganisationKind, PairingEndReason, PairingStatus, VolunteerStatus
from .chance import Weighted, between, days, integer, one_of, years_before
from .run import PlannedPairing, Run
from .vocabulary import END_NOTES, FOCUS, HOURS, HOURS_TEXT, PAIRING_CONTACT

_STATUSES = Weighted(
    [
        (PairingStatus.PROPOSED, 8),
        (PairingStatus.ACTIVE, 45),
        (PairingStatus.PAUSED, 7),
        (PairingStatus.ENDED, 40),
    ]
)
_END_REASONS = Weighted(
    [
        (PairingEndReason.GOAL_REACHED, 40),
        (PairingEndReason.MOVED, 15),
        (PairingEndReason.NO_TIME, 15),
        (PairingEndReason.CONTACT_LOST, 12),
        (PairingEndReason.NOT_A_MATCH, 8),
        (PairingEndReason.OTHER, 10),
    ]
)


def plan_pairings(run: Run) -> None:
    """Decide who is paired with whom, and when: active and proposed pairings within
    the active volunteers' maximum, paused ones mostly with paused volunteers, ended
    ones with anyone who was active once."""
    rng = run.rng
    capacity: list[int] = []
    paused_pool: list[int] = []
    ended_pool: list[int] = []
    for i, volunteer in enumerate(run.volunteers):
        if volunteer.status is VolunteerStatus.ACTIVE:
            capacity.extend([i] * volunteer.max_pairings)
        elif volunteer.status is VolunteerStatus.PAUSED:
            paused_pool.append(i)
        if volunteer.status is not VolunteerStatus.INTERESTED:
            ended_pool.append(i)
    rng.shuffle(capacity)
    rng.shuffle(paused_pool)
    newcomers = rng.sample(range(run.n_new), run.n_pair) if run.n_pair else []
    for nc in newcomers:
        status = _STATUSES.pick(rng)
        if status in (PairingStatus.ACTIVE, PairingStatus.PROPOSED) and not capacity:
            status = PairingStatus.ENDED
        if status is PairingStatus.PAUSED and not (paused_pool or capacity):
            status = PairingStatus.ENDED
        if status is PairingStatus.ENDED and not ended_pool:
            continue
        if status is PairingStatus.PAUSED:
            if paused_pool and rng.random() < 0.7:
                vol = paused_pool.pop()
            else:
                vol = capacity.pop() if capacity else paused_pool.pop()
        elif status is PairingStatus.ENDED:
            vol = one_of(rng, ended_pool)
        else:
            vol = capacity.pop()
        run.pairings.append(_dates(run, PlannedPairing(nc, vol, status)))


def _dates(run: Run, plan: PlannedPairing) -> PlannedPairing:
    """The dates that fit a pairing's status, within the volunteer's time with the
    office (at most six years back)."""
    rng, today = run.rng, run.today
    since = run.volunteers[plan.volunteer].since
    end = run.volunteers[plan.volunteer].left or today
    start = max(since, min(years_before(today, 6), end - days(30)))
    status = plan.status
    if status is PairingStatus.PROPOSED:
        plan.proposed = max(today - days(integer(rng, 0, 45)), since)
    elif status is PairingStatus.ACTIVE:
        started = between(rng, max(start, years_before(today, 3)), today - days(7))
        plan.started = max(started, since)
        plan.checkin = today + days(integer(rng, -30, 75))
    elif status is PairingStatus.PAUSED:
        plan.started = max(between(rng, start, today - days(60)), since)
        plan.paused = between(rng, min(plan.started + days(30), today), today)
        plan.checkin = plan.paused + days(integer(rng, 60, 120))
    else:
        plan.started = between(rng, start, end - days(30))
        plan.ended = between(rng, min(plan.started + days(14), end), end)
        plan.reason = _END_REASONS.pick(rng)
    if plan.started is not None:
        plan.proposed = max(plan.started - days(integer(rng, 3, 28)), since)
    return plan


def write_pairings(run: Run) -> None:
    rng, w, today = run.rng, run.w, run.today
    providers = run.org_ids[OrganisationKind.PROVIDER]
    family_field = next(
        (fid for fid, name in run.field_name.items() if "Familienpatenschaft" in name), None
    )
    for plan in run.pairings:
        volunteer = run.volunteers[plan.volunteer]
        fields = volunteer.fields
        field = one_of(rng, fields) if fields and rng.random() < 0.7 else family_field
        row: Row = {
            "volunteer_id": volunteer.id,
            "newcomer_id": run.newcomers[plan.newcomer].id,
            "status": plan.status,
            "activity_field_id": field,
            "focus": one_of(rng, FOCUS),
            "proposed_on": plan.proposed,
            "started_on": plan.started,
            "paused_on": plan.paused,
            "ended_on": plan.ended,
            "end_reason": plan.reason,
            "next_checkin_on": plan.checkin,
            "organisation_id": one_of(rng, providers) if providers and rng.random() < 0.1 else None,
            "notes": "Treffen meist in der Stadtbibliothek" if rng.random() < 0.05 else None,
        }
        if plan.reason is not None and plan.ended is not None:
            row["end_note"] = END_NOTES[plan.reason] if rng.random() < 0.6 else None
            if plan.ended < today - days(730) and rng.random() < 0.5:
                row["archived_at"] = w.stamp(between(rng, plan.ended + days(365), today))
        pid = w.add("pairing", plan.proposed or today, row)
        if plan.started is not None:
            _meetings(run, pid, plan, volunteer.id, field)


def _meetings(run: Run, pid: int, plan: PlannedPairing, vid: int, field: int | None) -> None:
    """Hours worked and contact notes while a pairing was running."""
    rng = run.rng
    started = plan.started
    assert started is not None
    until = plan.ended or plan.paused or run.today
    for _k in range(integer(rng, 0, 4)):
        day = between(rng, started, until)
        row = {
            "volunteer_id": vid,
            "worked_on": day,
            "hours": one_of(rng, HOURS),
            "pairing_id": pid,
            "activity_field_id": field,
            "description": one_of(rng, HOURS_TEXT),
        }
        run.w.add("hours_entry", day, row)
    notes = sorted(between(rng, started, until) for _k in range(integer(rng, 0, 3)))
    for k, day in enumerate(notes):
        # The latest note of a running pairing sets the next check-in as follow-up.
        checkin = plan.checkin
        follow = checkin if (k == len(notes) - 1 and checkin and checkin >= day) else None
        run.note("pairing_id", pid, day, PAIRING_CONTACT, follow_up=0.05, follow_up_on=follow)
    if plan.status is PairingStatus.ACTIVE and run.worked.random() < 0.97:
        # The office asked recently (after an agreed day that has come), as its
        # Wiedervorlage tells it to.
        asked = run.today - days(run.worked.randint(1, 27))
        if plan.checkin is not None and plan.checkin <= run.today:
            asked = max(asked, plan.checkin)
        run.note("pairing_id", pid, max(asked, started), PAIRING_CONTACT, 0.0, rng=run.worked)
