"""Manual follow-ups (»Neue Wiedervorlage«): a day, a text, who sees to it and, if any,
the record it is about. They appear in the Wiedervorlage beside the follow-ups the
rules find, and go when marked done.

A reminder's text may name a person: erasure and anonymisation of a person delete the
reminders attached to them (``forget``), the access report lists them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, Table, delete, select
from sqlalchemy.orm import Session

from .. import kinds
from .. import models as m
from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..i18n import _
from ..validation import Invalid, parse_date

TEXT_MAX = 500
STAFF_MAX = 80


def _table() -> Table:
    return m.Reminder.__table__  # type: ignore[return-value]


class ReminderService:
    """Create, tick off and move manual reminders (every write audited and reported)."""

    entity = "reminder"

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def label(self) -> str:
        return _(m.Reminder.__label__)

    def _check_write(self) -> None:
        self.db.actor.require_write(self.entity, self.label)

    def create(
        self,
        due_on: dt.date | str | None,
        text: str,
        staff: str | None = None,
        entity: str | None = None,
        entity_id: int | None = None,
    ) -> m.Reminder:
        """A new reminder; ``staff`` empty means the acting staff member."""
        self._check_write()
        try:
            due_on = parse_date(due_on)  # a date, or as typed (»17.12.2026«, ISO)
        except (Invalid, TypeError, ValueError):
            due_on = None
        text = (text or "").strip()
        staff = (staff or "").strip() or self.db.user
        errors = {}
        if not isinstance(due_on, dt.date):
            errors["due_on"] = _("Fällig am: bitte ein Datum angeben.")
        elif due_on < dt.date.today():
            errors["due_on"] = _("Fällig am: liegt in der Vergangenheit.")
        if not text:
            errors["text"] = _("Worum es geht: bitte einen Text eingeben.")
        elif len(text) > TEXT_MAX:
            errors["text"] = _("Worum es geht: höchstens {n} Zeichen.", n=TEXT_MAX)
        if len(staff) > STAFF_MAX:
            errors["staff"] = _("Zuständig: höchstens {n} Zeichen.", n=STAFF_MAX)
        if (entity is None) != (entity_id is None):
            errors["entity"] = _("Eintrag: Art und Nummer gehören zusammen.")
        if errors:
            raise ValidationError(errors)
        with self.db.session() as session:
            if entity is not None:
                model = kinds.kind(entity).model
                if session.get(model, entity_id) is None:
                    raise NotFoundError(model.__label__, entity_id)
            reminder = m.Reminder(
                due_on=due_on, text=text, staff=staff, entity=entity, entity_id=entity_id
            )
            session.add(reminder)
            session.flush()
            session.expunge(reminder)
            return reminder

    def get(self, reminder_id: int) -> m.Reminder:
        self.db.actor.require_read(self.entity, self.label)
        with self.db.read() as session:
            reminder = session.get(m.Reminder, reminder_id)
            if reminder is None:
                raise NotFoundError(m.Reminder.__label__, reminder_id)
            session.expunge(reminder)
            return reminder

    def done(self, reminder_id: int, today: dt.date | None = None) -> None:
        self._check_write()
        with self.db.session() as session:
            reminder = self._loaded(session, reminder_id)
            reminder.done_on = today or dt.date.today()
            reminder.done_by = self.db.user

    def postpone(self, reminder_id: int, until: dt.date) -> None:
        self._check_write()
        with self.db.session() as session:
            self._loaded(session, reminder_id).due_on = until

    @staticmethod
    def _loaded(session: Session, reminder_id: int) -> m.Reminder:
        reminder = session.get(m.Reminder, reminder_id)
        if reminder is None:
            raise NotFoundError(m.Reminder.__label__, reminder_id)
        return reminder

    def for_record(self, entity: str, entity_id: int) -> list[m.Reminder]:
        """The reminders attached to a record, open ones first (for the access report)."""
        self.db.actor.require_read(self.entity, self.label)
        R = m.Reminder
        with self.db.read() as session:
            rows = list(
                session.scalars(
                    select(R)
                    .where(R.entity == entity, R.entity_id == entity_id)
                    .order_by(R.done_on.is_not(None), R.due_on, R.id)
                )
            )
            for row in rows:
                session.expunge(row)
            return rows

    def staff_names(self) -> list[str]:
        """Whom a reminder can be given to: the acting staff member first, then the
        office's active staff and everyone who already has reminders."""
        from .settings import StaffService

        names = [self.db.user]
        names += [u.display_name for u in StaffService(self.db).active()]
        with self.db.read() as session:
            names += [
                s
                for s in session.scalars(
                    select(m.Reminder.staff)
                    .where(m.Reminder.staff.is_not(None), m.Reminder.done_on.is_(None))
                    .distinct()
                )
                if s
            ]
        return list(dict.fromkeys(n for n in names if n))


def open_reminders_select(horizon: dt.date) -> Select[Any]:
    """(id, due_on, text, staff, entity, entity_id) of the open reminders due by
    ``horizon``."""
    R = m.Reminder
    return select(R.id, R.due_on, R.text, R.staff, R.entity, R.entity_id).where(
        R.done_on.is_(None), R.due_on <= horizon
    )


def open_reminders(session: Session, horizon: dt.date) -> list[tuple[Any, ...]]:
    """The rows of :func:`open_reminders_select`."""
    return list(session.execute(open_reminders_select(horizon)).all())


def forget(session: Session, targets: Iterable[tuple[str, Sequence[int]]]) -> int:
    """Delete the reminders attached to these records (entity, ids) with their audit
    entries (their texts may name the person); returns how many went."""
    table = _table()
    audit = m.AuditEntry.__table__
    gone = 0
    for entity, ids in targets:
        ids = list(ids)
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            found = list(
                session.scalars(
                    select(table.c.id).where(table.c.entity == entity, table.c.entity_id.in_(part))
                )
            )
            if not found:
                continue
            session.execute(delete(table).where(table.c.id.in_(found)))
            session.execute(
                delete(audit).where(audit.c.entity == "reminder", audit.c.entity_id.in_(found))
            )
            gone += len(found)
    return gone
