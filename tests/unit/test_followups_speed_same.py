"""The Wiedervorlage made faster shows the same: on demo data (SQLite and PostgreSQL)
the check-in rule reads the running pairings' last contact note per pairing and finds
exactly what the former grouping over all notes found, and every window's view agrees
with collecting each rule's follow-ups whole."""

from __future__ import annotations

import datetime as dt
import heapq

import pytest
from sqlalchemy import and_, func, or_, select

from servicestelle import models as m
from servicestelle.demo import generate
from servicestelle.enums import PairingStatus
from servicestelle.services.followups import (
    KINDS,
    WINDOWS,
    FollowUpService,
    _moved,
    _order,
    horizon,
)
from servicestelle.services.followups_text import Due
from tests.conftest import database_template

db_template = database_template(lambda db: generate(db, 300, seed=1))

TODAY = dt.date.today()


def _checkins_grouped(session, last: dt.date, days: int) -> list[Due]:
    """The check-in rule as it read before: every pairing's notes grouped, then joined."""
    P, C = m.Pairing, m.ContactNote
    last_note = (
        select(C.pairing_id, func.max(C.noted_on).label("last"))
        .where(C.pairing_id.is_not(None))
        .group_by(C.pairing_id)
        .subquery()
    )
    noted = func.coalesce(last_note.c.last, P.started_on)
    agreed_open = and_(
        P.next_checkin_on <= last,
        or_(last_note.c.last.is_(None), last_note.c.last < P.next_checkin_on),
    )
    rows = session.execute(
        select(P.id, noted, P.next_checkin_on, agreed_open)
        .outerjoin(last_note, last_note.c.pairing_id == P.id)
        .where(
            P.status == PairingStatus.ACTIVE,
            P.archived_at.is_(None),
            or_(noted <= last - dt.timedelta(days=days), agreed_open),
        )
    )
    found = []
    step = dt.timedelta(days=days)
    for pid, last_on, next_on, still_open in rows:
        rhythm = (last_on or last) + step
        agreed = next_on if still_open and (next_on <= rhythm or rhythm > last) else None
        found.append(
            Due(agreed or rhythm, "checkin", pid, f"checkin:{pid}:{last_on}", (last_on, agreed))
        )
    return found


@pytest.mark.parametrize("window", list(WINDOWS))
def test_the_check_ins_are_the_same_as_before(db_template, db, window):
    service = FollowUpService(db)
    last = max(horizon(window, TODAY), TODAY)
    with db.read() as session:
        now = sorted(service._checkins(session, last), key=_order)
        before = sorted(_checkins_grouped(session, last, 30), key=_order)
    assert now == before
    if window == "all":
        assert now  # the demo data has check-ins due, so the comparison means something


def _whole(db, window: str, staff: str | None, limit: int):
    """The view computed the plain way: every rule's follow-ups collected whole."""
    service = FollowUpService(db)
    last = horizon(window, TODAY)
    reach = max(last, TODAY)
    with db.read() as session:
        found = service._collect(session, TODAY, reach, None)
    due_now = sum(1 for d in found if d.due_on <= TODAY)
    if staff is not None:
        found = [d for d in found if d.staff == staff and d.kind != "consent"]
    found = [d for d in found if d.due_on <= last]
    counts = dict.fromkeys(KINDS, 0)
    for d in found:
        counts[d.kind] += 1
    overdue = sum(1 for d in found if d.due_on < TODAY)
    first = heapq.nsmallest(limit, found, key=_order)
    return [(d.kind, d.record_id, d.key, d.due_on) for d in first], counts, overdue, due_now


def test_collected_whole_matches_the_moved_rule(db_template, db):
    # the plain way applies done and moved follow-ups as ``due`` does
    service = FollowUpService(db)
    with db.read() as session:
        found = service._collect(session, TODAY, TODAY, None)
        assert found == _moved(found, {}, TODAY)


@pytest.mark.parametrize("window", list(WINDOWS))
@pytest.mark.parametrize("limit", [1, 25, 500])
def test_every_window_shows_what_the_rules_find_whole(db_template, db, window, limit):
    view = FollowUpService(db).view(window, today=TODAY, limit=limit)
    items, counts, overdue, due_now = _whole(db, window, None, limit)
    assert [(i.kind, i.record_id, i.key, i.due_on) for i in view.items] == items
    assert view.counts == counts
    assert (view.overdue, view.due_now) == (overdue, due_now)
    if window == "all":
        assert view.total > limit or view.total == len(items)


def test_done_and_moved_follow_ups_count_the_same(db_template, db):
    service = FollowUpService(db)
    items = service.view("all", today=TODAY, limit=2000).items
    consents = [i for i in items if i.kind == "consent"]
    others = [i for i in items if i.kind in ("clearance", "request")]
    assert len(consents) >= 3 and others
    service.done(consents[0], today=TODAY)
    service.postpone(consents[1], TODAY + dt.timedelta(days=3), today=TODAY)
    service.postpone(consents[2], TODAY + dt.timedelta(days=400), today=TODAY)
    service.postpone(others[0], TODAY + dt.timedelta(days=10), today=TODAY)
    for window in WINDOWS:
        for limit in (1, 500):
            view = service.view(window, today=TODAY, limit=limit)
            items, counts, overdue, due_now = _whole(db, window, None, limit)
            assert [(i.kind, i.record_id, i.key, i.due_on) for i in view.items] == items
            assert view.counts == counts
            assert (view.overdue, view.due_now) == (overdue, due_now)
