"""The Wiedervorlage: everything due across the records, in one list to work through.

Rules (periods from the settings):
- a running pairing whose last contact note (or start) is ``pairing.checkin_days``
  (30) days ago, or whose agreed next check-in date has come;
- a police clearance of an active volunteer that runs out within
  ``clearance.warn_days`` (60) days (valid until its stored end: issue date plus
  ``clearance.valid_years``, or as entered), or has run out;
- a help request open longer than ``request.open_too_long_days`` (14);
- the current consent of a person still looked after (not left, closed or archived:
  those go to the retention review) older than ``consent.renewal_months`` (24);
- an MSO whose Gemeinnützigkeit notice runs out within ``charity.warn_days`` (90);
- a contact note's own follow-up date;
- a reminder staff set themselves (»Neue Wiedervorlage«, ``followups_reminders``).

The list looks ahead as far as its window (``WINDOWS``): what is overdue, due this
week, in the next four weeks, or everything coming; each rule then finds what falls due
by the window's last day. A staff filter keeps the follow-ups someone sees to (notes
and reminders name their staff member).

»Erledigt« and »Verschieben« are kept per follow-up and the state it is about (the
clearance, the consent, the note …): a new state brings the follow-up back; a
follow-up moved on is due again on its new day.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select

from .. import models as m
from ..dates import add_years
from ..db import Database
from ..enums import (
    ContactChannel,
    OrganisationKind,
    PairingStatus,
    RequestStatus,
    VolunteerStatus,
)
from ..errors import ServiceError
from ..i18n import N_, _
from ..kinds import NOTE_COLUMNS
from .followups_ahead import Ahead
from .followups_ahead import rows as _rows
from .followups_consents import ConsentRenewals
from .followups_reminders import ReminderService, open_reminders_select
from .followups_text import Due as _Due
from .followups_text import owner_of, reason, titles
from .settings import DEFAULTS, SettingsService

KINDS = {
    "checkin": N_("Patenschaft nachfragen"),
    "clearance": N_("Führungszeugnis läuft ab"),
    "request": N_("Hilfsanfrage lange offen"),
    "consent": N_("Einwilligung erneuern"),
    "charity": N_("Gemeinnützigkeit läuft ab"),
    "note": N_("Wiedervorlage aus Kontakt"),
    "reminder": N_("Eigene Wiedervorlage"),
}

# How far the list looks ahead: key → German label. The first is what is overdue
# only, the others include what is overdue.
WINDOWS = {
    "overdue": N_("überfällig"),
    "week": N_("diese Woche"),
    "weeks4": N_("nächste 4 Wochen"),
    "all": N_("alle kommenden"),
}
FAR_YEARS = 50  # »alle kommenden«: everything due within this many years


def kind_label(kind: str) -> str:
    """The name of a kind of follow-up (a key of ``KINDS``) in the current language."""
    return _(KINDS[kind])


def window_label(window: str) -> str:
    return _(WINDOWS[window])


def horizon(window: str, today: dt.date) -> dt.date:
    """The last day a window shows follow-ups of (included)."""
    if window == "overdue":
        return today - dt.timedelta(days=1)
    if window == "week":
        return today + dt.timedelta(days=6 - today.weekday())  # up to Sunday
    if window == "weeks4":
        return today + dt.timedelta(days=28)
    if window == "all":
        return add_years(today, FAR_YEARS)
    raise ValueError(f"unbekannter Zeitraum: {window!r}")


@dataclass(frozen=True)
class FollowUp:
    kind: str
    entity: str  # the kind of record to open ("" for a reminder without a record)
    record_id: int
    title: str
    reason: str
    due_on: dt.date
    key: str  # the follow-up and the state it is about
    note_id: int | None = None
    staff: str | None = None  # who sees to it, where known
    reminder_id: int | None = None

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def has_record(self) -> bool:
        return bool(self.entity) and self.record_id > 0

    def overdue(self, today: dt.date) -> bool:
        return self.due_on < today


@dataclass
class Overview:
    """What the Wiedervorlage page shows for a window and a staff filter."""

    items: list[FollowUp]  # the ``limit`` most urgent, earliest first
    counts: dict[str, int]  # per kind, all of the window (with the staff filter)
    overdue: int  # of those, how many are overdue
    due_now: int  # due by today, everyone's: the count beside »Wiedervorlage«
    window: str = "week"
    staff: str | None = None
    horizon: dt.date = field(default_factory=dt.date.today)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def state_of(item: FollowUp, today: dt.date) -> str:
    """»überfällig«, »heute« or »kommt«: the state of a follow-up in words."""
    if item.due_on < today:
        return _("überfällig")
    return _("heute") if item.due_on == today else _("kommt")


def grouped(items: list[FollowUp]) -> list[tuple[str, list[FollowUp]]]:
    """The follow-ups by kind (in the order of ``KINDS``), each earliest first."""
    by_kind: dict[str, list[FollowUp]] = {}
    for item in items:
        by_kind.setdefault(item.kind, []).append(item)
    return [
        (kind, sorted(by_kind[kind], key=lambda i: i.due_on)) for kind in KINDS if kind in by_kind
    ]


def _order(d: _Due) -> tuple[dt.date, str, int, str]:
    return (d.due_on, d.kind, d.record_id, d.key)


def _moved(found: list[_Due], snoozes: dict[str, dt.date | None], last: dt.date) -> list[_Due]:
    """Follow-ups marked done left out; moved ones due on their new day (left out when
    that is after ``last``)."""
    if not snoozes:
        return found
    result = []
    for d in found:
        if d.key in snoozes:
            until = snoozes[d.key]
            if until is None or until > last:
                continue
            d = d._replace(due_on=max(d.due_on, until))
        result.append(d)
    return result


class FollowUpService(ConsentRenewals):
    def __init__(self, db: Database) -> None:
        self.db = db
        self._settings: dict[str, Any] | None = None
        self._snoozed: dict[str, dt.date | None] | None = None

    def _setting(self, key: str) -> int:
        if self._settings is None:  # one query for all periods, per question asked
            self._settings = SettingsService(self.db).all()
        value = self._settings.get(key, DEFAULTS[key])
        try:
            return int(value)
        except (TypeError, ValueError):
            return int(DEFAULTS[key])

    def _collect(
        self, session: Any, today: dt.date, last: dt.date, kinds: set[str] | None
    ) -> list[_Due]:
        """The follow-ups of ``kinds`` due by ``last`` (done ones left out, moved ones
        on their new day)."""
        found: list[_Due] = []
        for kind, collect in (
            ("checkin", self._checkins),
            ("request", self._requests),
            ("consent", self._consents),
            ("charity", self._charity),
            ("note", self._notes),
            ("reminder", self._reminders),
        ):
            if kinds is None or kind in kinds:
                found.extend(collect(session, last))
        if kinds is None or "clearance" in kinds:
            found.extend(self._clearances(session, last))
        return _moved(found, self._snoozes(session, today), last)

    def _snoozes(self, session: Any, today: dt.date) -> dict[str, dt.date | None]:
        """Follow-ups marked done (None), or moved to a day after ``today`` (read once
        per question asked)."""
        if self._snoozed is None:
            rows = _rows(session, select(m.FollowUpSnooze.key, m.FollowUpSnooze.until))
            self._snoozed = dict(rows.all())
        return {k: until for k, until in self._snoozed.items() if until is None or until > today}

    def due(
        self,
        today: dt.date | None = None,
        kinds: set[str] | None = None,
        limit: int | None = None,
    ) -> list[FollowUp]:
        """What is due by ``today``, most overdue first (done and moved ones left out);
        the first ``limit`` of them when given."""
        today = today or dt.date.today()
        self._settings = self._snoozed = None
        with self.db.read() as session:
            found = self._collect(session, today, today, kinds)
            found = sorted(found, key=_order) if limit is None else heapq.nsmallest(
                limit, found, key=_order
            )
            return self._materialise(session, found, today)

    def overview(
        self, today: dt.date | None = None, limit: int = 500
    ) -> tuple[list[FollowUp], dict[str, int]]:
        """The ``limit`` most urgent follow-ups due by today and the count of each kind."""
        today = today or dt.date.today()
        view = self._view(today, today, None, limit)
        return view.items, view.counts

    def view(
        self,
        window: str = "week",
        staff: str | None = None,
        today: dt.date | None = None,
        limit: int = 500,
        kind: str | None = None,
    ) -> Overview:
        """What the Wiedervorlage page shows: the ``limit`` most urgent follow-ups of a
        window (``WINDOWS``), of one staff member when ``staff`` is given (of one
        ``kind`` when given), the count of each kind and how many are due today
        (everyone's)."""
        today = today or dt.date.today()
        result = self._view(today, horizon(window, today), staff, limit, kind)
        result.window = window
        return result

    def _view(
        self, today: dt.date, last: dt.date, staff: str | None, limit: int, kind: str | None = None
    ) -> Overview:
        self._settings = self._snoozed = None
        with self.db.read() as session:
            if not self.db.is_sqlite:  # over a network: the rules' questions at once
                ahead = session.info["ahead"] = Ahead(session)
                self._gather(session, today, last, staff, limit, kind)
                self._snoozed = None  # (noted as empty in the first pass)
                ahead.ask_all(session)
            try:
                return self._gather(session, today, last, staff, limit, kind)
            finally:
                session.info.pop("ahead", None)

    def _gather(
        self,
        session: Any,
        today: dt.date,
        last: dt.date,
        staff: str | None,
        limit: int,
        kind: str | None,
    ) -> Overview:
        reach = max(last, today)  # today's count is always wanted
        # Consent renewals come by the ten thousand: SQL counts them and hands over
        # only the earliest; the other kinds are fewer and collected whole.
        found = self._collect(session, today, reach, set(KINDS) - {"consent"})
        due_now = sum(1 for d in found if d.due_on <= today)
        if staff is not None:
            found = [d for d in found if d.staff == staff]
        found = [d for d in found if d.due_on <= last]
        counts = dict.fromkeys(KINDS, 0)
        for d in found:
            counts[d.kind] += 1
        overdue = sum(1 for d in found if d.due_on < today)
        consents, tally = self._first_consents(session, today, last, limit)
        due_now += tally["now"]
        if staff is None:  # consent renewals are nobody's in particular
            counts["consent"] = tally["window"]
            overdue += tally["overdue"]
            found += consents
        if kind is not None:
            found = [d for d in found if d.kind == kind]
        first = heapq.nsmallest(limit, found, key=_order)
        return Overview(
            self._materialise(session, first, today),
            counts,
            overdue,
            due_now,
            staff=staff,
            horizon=last,
        )

    def counts(self, today: dt.date | None = None) -> dict[str, int]:
        """How many follow-ups of each kind are due (for the navigation and filters)."""
        today = today or dt.date.today()
        return self._view(today, today, None, 1).counts

    def count(self, today: dt.date | None = None) -> int:
        """How many follow-ups are due by today (the count in the navigation)."""
        today = today or dt.date.today()
        return self._view(today, today, None, 1).due_now
    # -- the rules: cheap tuples of what falls due by ``last`` ------------------------------

    def _checkins(self, session: Any, last: dt.date) -> list[_Due]:
        days = self._setting("pairing.checkin_days")
        P, C = m.Pairing, m.ContactNote
        # The last contact note of each running pairing only (looked up in the index on
        # (pairing, day) per pairing: cheaper than grouping every pairing's notes).
        running = (
            select(
                P.id.label("id"),
                P.started_on.label("started_on"),
                P.next_checkin_on.label("next_on"),
                select(func.max(C.noted_on))
                .where(C.pairing_id == P.id)
                .correlate(P)
                .scalar_subquery()
                .label("last"),
            )
            .where(P.status == PairingStatus.ACTIVE, P.archived_at.is_(None))
            .subquery()
        )
        noted = func.coalesce(running.c.last, running.c.started_on)
        threshold = last - dt.timedelta(days=days)
        # An agreed check-in date is due until a contact is noted on or after it.
        agreed_open = and_(
            running.c.next_on <= last,
            or_(running.c.last.is_(None), running.c.last < running.c.next_on),
        )
        rows = _rows(
            session,
            select(running.c.id, noted, running.c.next_on, agreed_open).where(
                or_(noted <= threshold, agreed_open)
            )
        )
        found = []
        step = dt.timedelta(days=days)
        for pid, last_on, next_on, still_open in rows:
            rhythm = (last_on or last) + step
            # the agreed day, unless the usual rhythm falls due before it
            agreed = next_on if still_open and (next_on <= rhythm or rhythm > last) else None
            due = agreed or rhythm
            found.append(_Due(due, "checkin", pid, f"checkin:{pid}:{last_on}", (last_on, agreed)))
        return found

    def _clearances(self, session: Any, today: dt.date) -> list[_Due]:
        # Each active volunteer's clearance that runs longest (its end is stored: the
        # period is a setting and may differ between entries), due ``warn`` days before.
        warn = self._setting("clearance.warn_days")
        K, V = m.PoliceClearance, m.Volunteer
        latest = (
            select(K.volunteer_id, func.max(K.valid_until).label("until"))
            .group_by(K.volunteer_id)
            .subquery()
        )
        rows = _rows(
            session,
            select(V.id, latest.c.until, func.max(K.issued_on))
            .join(latest, latest.c.volunteer_id == V.id)
            .join(K, and_(K.volunteer_id == V.id, K.valid_until == latest.c.until))
            .where(
                V.status == VolunteerStatus.ACTIVE,
                V.archived_at.is_(None),
                latest.c.until <= today + dt.timedelta(days=warn),
            )
            .group_by(V.id, latest.c.until)
        )
        before = dt.timedelta(days=warn)
        # The key names the clearance by its issue day: a new one brings the item back.
        return [
            _Due(until - before, "clearance", vid, f"clearance:{vid}:{issued}", until)
            for vid, until, issued in rows
        ]

    def _requests(self, session: Any, last: dt.date) -> list[_Due]:
        days = self._setting("request.open_too_long_days")
        R = m.HelpRequest
        # Found by their status (the open ones are few): the day is only checked, not
        # searched by (nearly every request came in more than two weeks ago, and going
        # through the day's index fetches row after row).
        received = func.coalesce(R.received_on, R.received_on)
        rows = _rows(
            session,
            select(R.id, R.received_on, R.status).where(
                R.status.in_([RequestStatus.OPEN, RequestStatus.MEDIATING]),
                R.archived_at.is_(None),
                received <= last - dt.timedelta(days=days),
            )
        )
        step = dt.timedelta(days=days)
        return [
            _Due(
                received + step, "request", rid, f"request:{rid}:{status.value}", (received, status)
            )
            for rid, received, status in rows
        ]

    def _charity(self, session: Any, last: dt.date) -> list[_Due]:
        warn = self._setting("charity.warn_days")
        O = m.Organisation  # noqa: E741
        rows = _rows(
            session,
            select(O.id, O.charity_notice_until).where(
                O.kind == OrganisationKind.MSO,
                O.archived_at.is_(None),
                O.charity_notice_until.is_not(None),
                O.charity_notice_until <= last + dt.timedelta(days=warn),
            )
        )
        before = dt.timedelta(days=warn)
        return [
            _Due(until - before, "charity", oid, f"charity:{oid}:{until}", until)
            for oid, until in rows
        ]

    def _notes(self, session: Any, last: dt.date) -> list[_Due]:
        C = m.ContactNote
        owners = list(NOTE_COLUMNS)
        columns = [getattr(C, NOTE_COLUMNS[owner]) for owner in owners]
        rows = _rows(
            session,
            select(C.id, C.follow_up_on, C.staff, *columns).where(
                C.follow_up_on <= last, C.follow_up_done_on.is_(None)
            )
        )
        found = []
        for nid, due, staff, *ids in rows:
            owner, owner_id = next((o, i) for o, i in zip(owners, ids, strict=True) if i)
            found.append(_Due(due, "note", owner_id, f"note:{nid}", (owner, nid), staff))
        return found

    def _reminders(self, session: Any, last: dt.date) -> list[_Due]:
        return [
            _Due(due, "reminder", entity_id or 0, f"reminder:{rid}", (entity, rid, text), staff)
            for rid, due, text, staff, entity, entity_id in _rows(
                session, open_reminders_select(last)
            )
        ]

    # -- titles and reasons of the ones shown ------------------------------------------------

    def _materialise(self, session: Any, found: list[_Due], today: dt.date) -> list[FollowUp]:
        wanted: dict[str, set[int]] = {}
        for d in found:
            if owner_of(d):
                wanted.setdefault(owner_of(d), set()).add(d.record_id)
        note_ids = {d.detail[1] for d in found if d.kind == "note"}
        named = titles(session, {**wanted, "note": note_ids} if note_ids else wanted)
        notes = {i: text for (owner, i), text in named.items() if owner == "note"}
        result = []
        for d in found:
            entity = owner_of(d)
            note_id = d.detail[1] if d.kind == "note" else None
            reminder_id = d.detail[1] if d.kind == "reminder" else None
            said = notes.get(note_id, "") if note_id else reason(d, today)
            result.append(
                FollowUp(
                    d.kind,
                    entity,
                    d.record_id,
                    named.get((entity, d.record_id), "") if entity else "",
                    said,
                    d.due_on,
                    d.key,
                    note_id=note_id,
                    staff=d.staff,
                    reminder_id=reminder_id,
                )
            )
        return result

    # -- acting on a follow-up ----------------------------------------------------------------

    def done(self, item: FollowUp, today: dt.date | None = None) -> None:
        """Mark as done: a note's follow-up is ticked off, so is a reminder; a pairing
        gets a contact note (so its next check-in counts from today); the rest is hidden
        for its state."""
        today = today or dt.date.today()
        if item.kind == "reminder" and item.reminder_id is not None:
            ReminderService(self.db).done(item.reminder_id, today)
            return
        if item.kind == "note" and item.note_id is not None:
            from .notes import ContactNoteService

            notes = ContactNoteService(self.db)
            note = notes.get(item.note_id)
            notes.follow_up_done(note.id, note.version, today)
            return
        if item.kind == "checkin":
            from .notes import ContactNoteService

            ContactNoteService(self.db).add(
                "pairing",
                item.record_id,
                noted_on=today,
                channel=ContactChannel.PHONE,
                subject=_("Nachgefragt (Wiedervorlage)"),
            )
            return
        self._snooze(item.key, None)

    def postpone(self, item: FollowUp, until: dt.date, today: dt.date | None = None) -> None:
        """Show the follow-up again on ``until``."""
        today = today or dt.date.today()
        if until <= today:
            raise ServiceError(_("Bitte ein Datum nach heute wählen."))
        if item.kind == "reminder" and item.reminder_id is not None:
            ReminderService(self.db).postpone(item.reminder_id, until)
            return
        if item.kind == "note" and item.note_id is not None:
            from .notes import ContactNoteService

            notes = ContactNoteService(self.db)
            note = notes.get(item.note_id)
            notes.update(note.id, note.version, follow_up_on=until)
            return
        self._snooze(item.key, until)

    def _snooze(self, key: str, until: dt.date | None) -> None:
        with self.db.session() as session:
            row = session.get(m.FollowUpSnooze, key)
            if row is None:
                row = m.FollowUpSnooze(key=key)
                session.add(row)
            row.until = until
            row.set_by = self.db.user
            row.set_at = m.utcnow()


