"""The Wiedervorlage: everything due or overdue across the records, in one list.

Rules (periods from the settings):
- a running pairing whose last contact note (or start) is ``pairing.checkin_days``
  (30) days ago, or whose agreed next check-in date has come;
- a police clearance of an active volunteer that runs out within
  ``clearance.warn_days`` (60) days (valid 5 years after issue), or has run out;
- a help request open longer than ``request.open_too_long_days`` (14);
- a person's current consent older than ``consent.renewal_months`` (24);
- an MSO whose Gemeinnützigkeit notice runs out within ``charity.warn_days`` (90);
- a contact note's own follow-up date.

»Erledigt« and »Verschieben« are kept per follow-up and the state it is about (the
clearance, the consent, the note …): a new state brings the follow-up back.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import and_, func, or_, select

from .. import models as m
from ..dates import add_months, add_years
from ..db import Database
from ..enums import (
    ContactChannel,
    NewcomerStatus,
    OrganisationKind,
    PairingStatus,
    RequestStatus,
    VolunteerStatus,
)
from ..errors import ServiceError
from ..i18n import N_, _
from ..kinds import NOTE_COLUMNS
from .settings import DEFAULTS, SettingsService

KINDS = {
    "checkin": N_("Patenschaft nachfragen"),
    "clearance": N_("Führungszeugnis läuft ab"),
    "request": N_("Hilfsanfrage lange offen"),
    "consent": N_("Einwilligung erneuern"),
    "charity": N_("Gemeinnützigkeit läuft ab"),
    "note": N_("Wiedervorlage aus Kontakt"),
}


def kind_label(kind: str) -> str:
    """The name of a kind of follow-up (a key of ``KINDS``) in the current language."""
    return _(KINDS[kind])


@dataclass(frozen=True)
class FollowUp:
    kind: str
    entity: str  # the kind of record to open
    record_id: int
    title: str
    reason: str
    due_on: dt.date
    key: str  # the follow-up and the state it is about
    note_id: int | None = None

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    def overdue(self, today: dt.date) -> bool:
        return self.due_on < today


def _years_before(day: dt.date, years: int) -> dt.date:
    return add_years(day, -years)


def _months_before(day: dt.date, months: int) -> dt.date:
    return add_months(day, -months)


def _days(count: int) -> str:
    return _("1 Tag") if count == 1 else _("{n} Tagen", n=count)


def _name(last: str | None, first: str | None) -> str:
    return f"{last}, {first}" if first else (last or "")


class _Due(NamedTuple):
    """A follow-up before its title and reason are looked up (cheap to make by the
    ten thousand)."""

    due_on: dt.date
    kind: str
    record_id: int
    key: str
    detail: Any  # what the reason is made from


_ENTITY = {
    "checkin": "pairing",
    "clearance": "volunteer",
    "request": "help_request",
    "charity": "organisation",
}


class FollowUpService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _setting(self, key: str) -> int:
        value = SettingsService(self.db).get(key)
        try:
            return int(value)
        except (TypeError, ValueError):
            return int(DEFAULTS[key])

    def _collect(self, session: Any, today: dt.date, kinds: set[str] | None) -> list[_Due]:
        found: list[_Due] = []
        for kind, collect in (
            ("checkin", self._checkins),
            ("clearance", self._clearances),
            ("request", self._requests),
            ("consent", self._consents),
            ("charity", self._charity),
            ("note", self._notes),
        ):
            if kinds is None or kind in kinds:
                found.extend(collect(session, today))
        hidden = self._hidden(session, today)
        return [d for d in found if d.key not in hidden] if hidden else found

    @staticmethod
    def _hidden(session: Any, today: dt.date) -> set[str]:
        """Keys of follow-ups marked done, or moved to a day after ``today``."""
        rows = session.execute(select(m.FollowUpSnooze.key, m.FollowUpSnooze.until))
        return {key for key, until in rows if until is None or until > today}

    def due(
        self,
        today: dt.date | None = None,
        kinds: set[str] | None = None,
        limit: int | None = None,
    ) -> list[FollowUp]:
        """What is due by ``today``, most overdue first (done and moved ones left out);
        the first ``limit`` of them when given."""
        today = today or dt.date.today()
        with self.db.read() as session:
            found = self._collect(session, today, kinds)
            order = lambda d: (d.due_on, d.kind, d.record_id)  # noqa: E731
            found = (
                sorted(found, key=order)
                if limit is None
                else heapq.nsmallest(limit, found, key=order)
            )
            return self._materialise(session, found, today)

    def overview(
        self, today: dt.date | None = None, limit: int = 500
    ) -> tuple[list[FollowUp], dict[str, int]]:
        """The ``limit`` most urgent follow-ups and the count of each kind, in one pass
        (what the Wiedervorlage page shows)."""
        today = today or dt.date.today()
        with self.db.read() as session:
            # Consent renewals come by the ten thousand: SQL counts them and hands over
            # only the earliest; the other kinds are few and collected whole.
            found = self._collect(session, today, set(KINDS) - {"consent"})
            consents, consent_count = self._first_consents(session, today, limit)
            counts = dict.fromkeys(KINDS, 0)
            for d in found:
                counts[d.kind] += 1
            counts["consent"] = consent_count
            first = heapq.nsmallest(
                limit, found + consents, key=lambda d: (d.due_on, d.kind, d.record_id)
            )
            return self._materialise(session, first, today), counts

    def counts(self, today: dt.date | None = None) -> dict[str, int]:
        """How many follow-ups of each kind are due (for the navigation and filters)."""
        today = today or dt.date.today()
        with self.db.read() as session:
            found = self._collect(session, today, set(KINDS) - {"consent"})
            _first, consents = self._first_consents(session, today, 1)
        result = dict.fromkeys(KINDS, 0)
        for d in found:
            result[d.kind] += 1
        result["consent"] = consents
        return result

    def count(self, today: dt.date | None = None) -> int:
        return sum(self.counts(today).values())

    # -- the rules: cheap tuples ---------------------------------------------------------

    def _checkins(self, session: Any, today: dt.date) -> list[_Due]:
        days = self._setting("pairing.checkin_days")
        P, C = m.Pairing, m.ContactNote
        last_note = (
            select(C.pairing_id, func.max(C.noted_on).label("last"))
            .where(C.pairing_id.is_not(None))
            .group_by(C.pairing_id)
            .subquery()
        )
        last = func.coalesce(last_note.c.last, P.started_on)
        threshold = today - dt.timedelta(days=days)
        # An agreed check-in date is due until a contact is noted on or after it.
        agreed_open = and_(
            P.next_checkin_on <= today,
            or_(last_note.c.last.is_(None), last_note.c.last < P.next_checkin_on),
        )
        rows = session.execute(
            select(P.id, last, P.next_checkin_on, agreed_open)
            .outerjoin(last_note, last_note.c.pairing_id == P.id)
            .where(
                P.status == PairingStatus.ACTIVE,
                P.archived_at.is_(None),
                or_(last <= threshold, agreed_open),
            )
        )
        found = []
        step = dt.timedelta(days=days)
        for pid, last_on, next_on, still_open in rows:
            due = next_on if still_open else (last_on or today) + step
            agreed = next_on if still_open else None  # the reason names an open date only
            found.append(_Due(due, "checkin", pid, f"checkin:{pid}:{last_on}", (last_on, agreed)))
        return found

    def _clearances(self, session: Any, today: dt.date) -> list[_Due]:
        warn = self._setting("clearance.warn_days")
        K, V = m.PoliceClearance, m.Volunteer
        latest = (
            select(K.volunteer_id, func.max(K.issued_on).label("issued"))
            .group_by(K.volunteer_id)
            .subquery()
        )
        # valid until issued + 5 years ≤ today + warn  ⟺  issued ≤ (today + warn) − 5 years
        threshold = _years_before(today + dt.timedelta(days=warn), K.VALID_YEARS)
        rows = session.execute(
            select(V.id, latest.c.issued)
            .join(latest, latest.c.volunteer_id == V.id)
            .where(
                V.status == VolunteerStatus.ACTIVE,
                V.archived_at.is_(None),
                latest.c.issued <= threshold,
            )
        )
        before = dt.timedelta(days=warn)
        return [
            _Due(
                K(issued_on=issued).valid_until - before,
                "clearance",
                vid,
                f"clearance:{vid}:{issued}",
                K(issued_on=issued).valid_until,
            )
            for vid, issued in rows
        ]

    def _requests(self, session: Any, today: dt.date) -> list[_Due]:
        days = self._setting("request.open_too_long_days")
        R = m.HelpRequest
        rows = session.execute(
            select(R.id, R.received_on, R.status).where(
                R.status.in_([RequestStatus.OPEN, RequestStatus.MEDIATING]),
                R.archived_at.is_(None),
                R.received_on <= today - dt.timedelta(days=days),
            )
        )
        step = dt.timedelta(days=days)
        return [
            _Due(
                received + step, "request", rid, f"request:{rid}:{status.value}", (received, status)
            )
            for rid, received, status in rows
        ]

    def _consent_queries(self, today: dt.date, months: int) -> list[tuple[str, Any, Any, Any]]:
        """Per kind of person: (person, id column, given column, query of the people whose
        newest consent is older than the renewal period of ``months``)."""
        threshold = _months_before(today, months)
        K = m.Consent
        queries = []
        for person, model, active in (
            ("volunteer", m.Volunteer, m.Volunteer.status != VolunteerStatus.LEFT),
            ("newcomer", m.Newcomer, m.Newcomer.status != NewcomerStatus.CLOSED),
        ):
            column = getattr(K, f"{person}_id")
            current = (
                select(column.label("pid"), func.max(K.given_on).label("given"))
                .where(column.is_not(None), K.withdrawn_on.is_(None))
                .group_by(column)
                .subquery()
            )
            query = (
                select(model.id, current.c.given)
                .join(current, current.c.pid == model.id)
                .where(active, model.archived_at.is_(None), current.c.given <= threshold)
            )
            queries.append((person, model.id, current.c.given, query))
        return queries

    @staticmethod
    def _consent_due(person: str, rows: Any, months: int) -> list[_Due]:
        kind = f"consent.{person}"
        return [
            _Due(
                _add_months(given, months),
                "consent",
                pid,
                f"consent:{person}:{pid}:{given}",
                (kind, given),
            )
            for pid, given in rows
        ]

    def _consents(self, session: Any, today: dt.date) -> list[_Due]:
        found: list[_Due] = []
        months = self._setting("consent.renewal_months")
        for person, _id, _given, query in self._consent_queries(today, months):
            found.extend(self._consent_due(person, session.execute(query), months))
        return found

    def _first_consents(self, session: Any, today: dt.date, limit: int) -> tuple[list[_Due], int]:
        """The consent renewals that can be among the ``limit`` most urgent follow-ups
        (done and moved ones left out), and how many are due in all."""
        hidden = {k for k in self._hidden(session, today) if k.startswith("consent:")}
        months = self._setting("consent.renewal_months")
        found: list[_Due] = []
        total = 0
        for person, id_column, given, query in self._consent_queries(today, months):
            mine = {k for k in hidden if k.startswith(f"consent:{person}:")}
            ids = sorted({int(k.split(":")[2]) for k in mine})
            for start in range(0, len(ids), 500):  # hidden ones that are due now do not count
                rows = session.execute(query.where(id_column.in_(ids[start : start + 500])))
                total -= sum(1 for d in self._consent_due(person, rows, months) if d.key in mine)
            wanted = limit + len(mine)
            # one pass: the earliest rows, and (before LIMIT) how many there are in all
            counted = query.add_columns(func.count().over()).order_by(given, id_column)
            fetched = session.execute(counted.limit(wanted)).all()
            total += fetched[0][2] if fetched else 0
            rows = [(pid, day) for pid, day, _count in fetched]
            if len(rows) == wanted and _shares_due_day(rows[-1][1], months):
                # Consents given on the 29th to 31st can fall due on the same, shorter
                # month's last day: everyone given in the last one's month on its day or
                # later is a candidate too. Consents of later months fall due later.
                last = rows[-1][1]
                more = query.where(given >= last, given <= _end_of_month(last))
                rows = list(dict(rows + session.execute(more).all()).items())
            found.extend(d for d in self._consent_due(person, rows, months) if d.key not in mine)
        return found, total

    def _charity(self, session: Any, today: dt.date) -> list[_Due]:
        warn = self._setting("charity.warn_days")
        O = m.Organisation  # noqa: E741
        rows = session.execute(
            select(O.id, O.charity_notice_until).where(
                O.kind == OrganisationKind.MSO,
                O.archived_at.is_(None),
                O.charity_notice_until.is_not(None),
                O.charity_notice_until <= today + dt.timedelta(days=warn),
            )
        )
        before = dt.timedelta(days=warn)
        return [
            _Due(until - before, "charity", oid, f"charity:{oid}:{until}", until)
            for oid, until in rows
        ]

    def _notes(self, session: Any, today: dt.date) -> list[_Due]:
        C = m.ContactNote
        owners = list(NOTE_COLUMNS)
        columns = [getattr(C, NOTE_COLUMNS[owner]) for owner in owners]
        rows = session.execute(
            select(C.id, C.follow_up_on, *columns).where(
                C.follow_up_on <= today, C.follow_up_done_on.is_(None)
            )
        )
        found = []
        for nid, due, *ids in rows:
            owner, owner_id = next((o, i) for o, i in zip(owners, ids, strict=True) if i)
            found.append(_Due(due, "note", owner_id, f"note:{nid}", (owner, nid)))
        return found

    # -- titles and reasons of the ones shown ------------------------------------------------

    def _materialise(self, session: Any, found: list[_Due], today: dt.date) -> list[FollowUp]:
        wanted: dict[str, set[int]] = {}
        for d in found:
            owner = d.detail[0] if d.kind == "note" else _owner_of(d)
            wanted.setdefault(owner, set()).add(d.record_id)
        titles = _titles(session, wanted)
        notes = _note_texts(session, [d.detail[1] for d in found if d.kind == "note"])
        result = []
        for d in found:
            entity = d.detail[0] if d.kind == "note" else _owner_of(d)
            note_id = d.detail[1] if d.kind == "note" else None
            reason = notes.get(note_id, "") if note_id else _reason(d, today)
            result.append(
                FollowUp(
                    d.kind,
                    entity,
                    d.record_id,
                    titles.get((entity, d.record_id), ""),
                    reason,
                    d.due_on,
                    d.key,
                    note_id=note_id,
                )
            )
        return result

    # -- acting on a follow-up ----------------------------------------------------------------

    def done(self, item: FollowUp, today: dt.date | None = None) -> None:
        """Mark as done: a note's follow-up is ticked off; a pairing gets a contact note
        (so its next check-in counts from today); the rest is hidden for its state."""
        today = today or dt.date.today()
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


def _shares_due_day(given: dt.date, months: int) -> bool:
    """Whether a consent given on another day falls due on the same day as one given on
    ``given`` (the end of a shorter month: 31 January + 1 month and 28 January + 1)."""
    due = _add_months(given, months)
    before = _add_months(given - dt.timedelta(days=1), months)
    after = _add_months(given + dt.timedelta(days=1), months)
    return before == due or after == due


def _end_of_month(day: dt.date) -> dt.date:
    return _months_before(day.replace(day=1), -1) - dt.timedelta(days=1)


_add_months = add_months


def _owner_of(d: _Due) -> str:
    if d.kind == "consent":
        return str(d.detail[0]).split(".")[1]
    return _ENTITY[d.kind]


def _reason(d: _Due, today: dt.date) -> str:
    if d.kind == "checkin":
        last_on, next_on = d.detail
        if next_on is not None and next_on <= today:
            return _("vereinbartes Nachfragen am {day}", day=f"{next_on:%d.%m.%Y}")
        ago = (today - last_on).days if last_on else 0
        return _("seit {days} kein Kontakt vermerkt", days=_days(ago))
    if d.kind == "clearance":
        until = d.detail
        if until <= today:
            return _("abgelaufen am {day}", day=f"{until:%d.%m.%Y}")
        return _("gültig bis {day}", day=f"{until:%d.%m.%Y}")
    if d.kind == "request":
        received, status = d.detail
        return _("seit {days} {status}", days=_days((today - received).days), status=status.label)
    if d.kind == "consent":
        return _("erteilt am {day}", day=f"{d.detail[1]:%d.%m.%Y}")
    if d.kind == "charity":
        until = d.detail
        if until <= today:
            return _("Bescheid abgelaufen am {day}", day=f"{until:%d.%m.%Y}")
        return _("Bescheid gültig bis {day}", day=f"{until:%d.%m.%Y}")
    return ""


def _note_texts(session: Any, ids: list[int]) -> dict[int, str]:
    C = m.ContactNote
    texts: dict[int, str] = {}
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        for nid, subject, text in session.execute(
            select(C.id, C.subject, C.text).where(C.id.in_(chunk))
        ):
            texts[nid] = subject or (text or "").split("\n")[0][:80]
    return texts


def _titles(session: Any, wanted: dict[str, set[int]]) -> dict[tuple[str, int], str]:
    """(owner, id) → a readable name of each record, a few queries per kind of record."""
    titles: dict[tuple[str, int], str] = {}
    people = {"volunteer": m.Volunteer, "newcomer": m.Newcomer, "contact_person": m.ContactPerson}
    named = {
        "help_request": (m.HelpRequest, m.HelpRequest.title),
        "organisation": (m.Organisation, m.Organisation.name),
        "event": (m.Event, m.Event.title),
    }
    for owner, id_set in wanted.items():
        ids = sorted(id_set)
        for start in range(0, len(ids), 5000):
            chunk = ids[start : start + 5000]
            if owner in people:
                model = people[owner]
                for i, last, first in session.execute(
                    select(model.id, model.last_name, model.first_name).where(model.id.in_(chunk))
                ):
                    titles[(owner, i)] = _name(last, first)
            elif owner == "pairing":
                V, N = m.Volunteer.__table__.alias("nv"), m.Newcomer.__table__.alias("nn")
                rows = session.execute(
                    select(
                        m.Pairing.id,
                        V.c.last_name,
                        V.c.first_name,
                        N.c.last_name,
                        N.c.first_name,
                    )
                    .join(V, V.c.id == m.Pairing.volunteer_id)
                    .join(N, N.c.id == m.Pairing.newcomer_id)
                    .where(m.Pairing.id.in_(chunk))
                )
                for i, vl, vf, nl, nf in rows:
                    titles[(owner, i)] = f"{_name(vl, vf)} – {_name(nl, nf)}"
            elif owner in named:
                model, column = named[owner]
                for i, title in session.execute(
                    select(model.id, column).where(model.id.in_(chunk))
                ):
                    titles[(owner, i)] = title
    return titles
