"""Data protection: retention rules (Löschfristen), erasure on request (Art. 17), the
access report (Art. 15), the audit view and the records of processing (Art. 30).

Retention rules, with their periods in the settings (``retention.*``):

- **newcomers**: anonymised ``retention.newcomer_years`` (2) years after their last
  pairing or help request ended — when none is still running. A newcomer who never
  had a pairing or a request counts from the day the record was entered.
- **volunteers who left**: anonymised ``retention.volunteer_years`` (3) years after
  the day they left (``left_on``; the record's last change if that is missing), unless
  a pairing of theirs is still running.
- **police clearances**: deleted ``retention.clearance_months`` (3) months after the
  volunteer's activity ended (the day they left); §72a SGB VIII practice.

A period is over on its anniversary: a volunteer who left on 15.03.2023 is due on
15.03.2026 (29 February counts as 28 February in other years). ``review(today)`` counts
what is due; ``apply(today)`` does all of it in one transaction. What anonymising keeps
and removes is described in ``privacy_anon``; erasure lives in ``privacy_erase``.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from .. import erasure_register
from .. import models as m
from ..dates import add_months, add_years
from ..db import Database
from ..enums import VolunteerStatus
from ..erasure_register import ANONYMISED, DELETED
from ..errors import ServiceError
from ..i18n import _
from .privacy_anon import ANON, Anonymiser, _t, chunks, optimise_index
from .settings import SettingsService

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

RULES = ("clearances", "volunteers", "newcomers")


class RetentionCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(_("Abgebrochen: es wurde nichts geändert."))


def minus_years(day: dt.date, years: int) -> dt.date:
    return add_years(day, -years)


def minus_months(day: dt.date, months: int) -> dt.date:
    return add_months(day, -months)


@dataclass
class RuleResult:
    """One retention rule: what it does (in words), its cut-off day, and how many
    records are due (``review``) or were handled (``apply``)."""

    key: str
    title: str
    description: str
    cutoff: dt.date
    count: int
    ids: list[int] = field(default_factory=list, repr=False)
    seconds: float = 0.0
    details: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Periods:
    newcomer_years: int
    volunteer_years: int
    clearance_months: int

    @classmethod
    def of(cls, db: Database) -> Periods:
        settings = SettingsService(db)

        def number(key: str) -> int:
            value = settings.get(key)
            try:
                return max(0, int(value))
            except (TypeError, ValueError):
                raise ServiceError(
                    _("Einstellung »{key}« ist keine Zahl: {value}", key=key, value=value)
                ) from None

        return cls(
            number("retention.newcomer_years"),
            number("retention.volunteer_years"),
            number("retention.clearance_months"),
        )


def _running_pairing(column: Any, owner: Any) -> Any:
    return exists().where(column == owner, m.Pairing.ended_on.is_(None))


def _not_anonymous(model: Any) -> Any:
    return ~((model.last_name == ANON) & (model.first_name == ""))


def _due_clearances(session: Session, cutoff: dt.date) -> list[int]:
    V, C = m.Volunteer, m.PoliceClearance  # noqa: N806
    return list(
        session.scalars(
            select(C.id)
            .join(V, V.id == C.volunteer_id)
            .where(V.status == VolunteerStatus.LEFT, V.left_on.is_not(None), V.left_on <= cutoff)
            .order_by(C.id)
        )
    )


def _due_volunteers(session: Session, cutoff: dt.date) -> list[int]:
    V = m.Volunteer  # noqa: N806
    left = func.coalesce(V.left_on, func.date(V.updated_at))
    return list(
        session.scalars(
            select(V.id)
            .where(V.status == VolunteerStatus.LEFT, _not_anonymous(V))
            .where(left <= cutoff)
            .where(~_running_pairing(m.Pairing.volunteer_id, V.id))
            .order_by(V.id)
        )
    )


def _due_newcomers(session: Session, cutoff: dt.date) -> list[int]:
    N, P, R = m.Newcomer, m.Pairing, m.HelpRequest  # noqa: N806
    last_pairing = select(func.max(P.ended_on)).where(P.newcomer_id == N.id).scalar_subquery()
    last_request = select(func.max(R.closed_on)).where(R.newcomer_id == N.id).scalar_subquery()
    open_request = exists().where(R.newcomer_id == N.id, R.closed_on.is_(None))
    rows = session.execute(
        select(N.id, last_pairing, last_request, N.created_at)
        .where(_not_anonymous(N), ~_running_pairing(P.newcomer_id, N.id), ~open_request)
        .order_by(N.id)
    )
    due = []
    for newcomer_id, pairing_end, request_end, created_at in rows:
        ends = [d for d in (pairing_end, request_end) if d is not None]
        reference = max(ends) if ends else created_at.date()
        if isinstance(reference, str):  # SQLite hands out max() of dates as text
            reference = dt.date.fromisoformat(reference)
        if reference <= cutoff:
            due.append(int(newcomer_id))
    return due


class PrivacyService:
    """Retention rules and the entry points of the other data protection functions."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- retention ---------------------------------------------------------------------

    def _rules(self, session: Session, today: dt.date) -> list[RuleResult]:
        from ..formats import short_date  # 22.11.2026, or 22/11/2026 in English

        p = Periods.of(self.db)
        clearance_cutoff = minus_months(today, p.clearance_months)
        volunteer_cutoff = minus_years(today, p.volunteer_years)
        newcomer_cutoff = minus_years(today, p.newcomer_years)
        return [
            RuleResult(
                "clearances",
                _("Führungszeugnisse löschen"),
                _(
                    "Einträge zu Führungszeugnissen von Ehrenamtlichen, die vor mindestens "
                    "{n} Monaten ausgeschieden sind (am oder vor dem {day}).",
                    n=p.clearance_months,
                    day=short_date(clearance_cutoff),
                ),
                clearance_cutoff,
                0,
                _due_clearances(session, clearance_cutoff),
            ),
            RuleResult(
                "volunteers",
                _("Ausgeschiedene Ehrenamtliche anonymisieren"),
                _(
                    "Ehrenamtliche, die vor mindestens {n} Jahren ausgeschieden sind "
                    "(am oder vor dem {day}) und keine laufende Patenschaft haben.",
                    n=p.volunteer_years,
                    day=short_date(volunteer_cutoff),
                ),
                volunteer_cutoff,
                0,
                _due_volunteers(session, volunteer_cutoff),
            ),
            RuleResult(
                "newcomers",
                _("Neuzugewanderte anonymisieren"),
                _(
                    "Neuzugewanderte, deren letzte Patenschaft oder Hilfsanfrage vor "
                    "mindestens {n} Jahren endete (am oder vor dem {day}) und bei denen "
                    "nichts mehr läuft; ohne Patenschaft und Anfrage: seit der Erfassung.",
                    n=p.newcomer_years,
                    day=short_date(newcomer_cutoff),
                ),
                newcomer_cutoff,
                0,
                _due_newcomers(session, newcomer_cutoff),
            ),
        ]

    def review(self, today: dt.date | None = None) -> list[RuleResult]:
        """What each rule would do today (nothing is changed)."""
        today = today or dt.date.today()
        with self.db.read() as session:
            rules = self._rules(session, today)
        for rule in rules:
            rule.count = len(rule.ids)
        return rules

    def apply(
        self,
        today: dt.date | None = None,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> list[RuleResult]:
        """Apply every rule in one transaction; returns what each did and how long it
        took. A cancel rolls everything back. A backup is made first (SQLite)."""
        from ..backup import before_retention

        today = today or dt.date.today()
        before_retention(self.db)
        done_steps = 0

        def step(total: int) -> None:
            nonlocal done_steps
            if cancel is not None and cancel():
                raise RetentionCancelled()
            done_steps += 1
            if progress is not None:
                progress(done_steps, total)

        with self.db.session() as session:
            rules = self._rules(session, today)
            total = sum(len(list(chunks(r.ids))) for r in rules) + 1
            anonymiser = Anonymiser(session, self.db.user)
            for rule in rules:
                started = time.perf_counter()
                before = dict(anonymiser.counts)
                if rule.key == "clearances":
                    table = _t(m.PoliceClearance)
                    for part in chunks(rule.ids):
                        session.execute(delete(table).where(table.c.id.in_(part)))
                        erasure_register.note(
                            session, [("police_clearance", i) for i in part], DELETED
                        )
                        step(total)
                    rule.details = {"police_clearance": len(rule.ids)}
                else:
                    person = "volunteer" if rule.key == "volunteers" else "newcomer"
                    reason = _("Löschfrist: anonymisiert")
                    for part in chunks(rule.ids):
                        anonymiser.run(person, part, reason)
                        erasure_register.note(session, [(person, i) for i in part], ANONYMISED)
                        step(total)
                    rule.details = {
                        k: v - before.get(k, 0)
                        for k, v in anonymiser.counts.items()
                        if v - before.get(k, 0)
                    }
                rule.count = len(rule.ids)
                rule.seconds = time.perf_counter() - started
            started = time.perf_counter()
            anonymiser.finish()
            if any(r.count for r in rules):
                optimise_index(session)
            step(total)
            rules[-1].seconds += time.perf_counter() - started
        if any(r.count for r in rules):  # a restore cannot bring them back
            erasure_register.mirror(self.db)
        return rules

    # -- the other functions (see their modules) ---------------------------------------

    def plan_erasure(self, person: str, person_id: int) -> Any:
        from .privacy_erase import plan_erasure

        return plan_erasure(self.db, person, person_id)

    def erase(self, person: str, person_id: int, **kwargs: Any) -> Any:
        from .privacy_erase import erase

        return erase(self.db, person, person_id, **kwargs)

    def access_report(self, person: str, person_id: int) -> dict[str, Any]:
        from .privacy_report import access_report

        return access_report(self.db, person, person_id)
