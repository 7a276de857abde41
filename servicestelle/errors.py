"""Errors the core raises; each carries a German message fit to show a user."""

from __future__ import annotations

import datetime as dt

from .i18n import _


class ServiceError(Exception):
    """Base of all errors meant for the user. ``str(error)`` is the German message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(ServiceError):
    def __init__(self, label: str, record_id: object) -> None:
        super().__init__(_("{label} Nr. {id} gibt es nicht (mehr).", label=_(label), id=record_id))


class ValidationError(ServiceError):
    """One German message per field; ``field_errors`` maps field names to messages."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = dict(field_errors)
        lines = [msg for msg in self.field_errors.values()]
        super().__init__("\n".join(lines) or _("Die Eingaben sind ungültig."))


class TransitionError(ServiceError):
    """A status change that the workflow does not allow."""


class ConflictError(ServiceError):
    """Someone else saved the record after it was opened (optimistic locking)."""

    def __init__(
        self, label: str, record_id: int, changed_by: str | None, changed_at: dt.datetime | None
    ) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at
        who = changed_by or _("jemand anderes")
        when = (
            _(
                " am {date} um {time} Uhr (UTC)",
                date=f"{changed_at:%d.%m.%Y}",
                time=f"{changed_at:%H:%M}",
            )
            if changed_at
            else ""
        )
        super().__init__(
            _(
                "{label} Nr. {id} wurde inzwischen von {who}{when} geändert. "
                "Bitte neu laden und die Änderung erneut eintragen.",
                label=_(label),
                id=record_id,
                who=who,
                when=when,
            )
        )


class DatabaseError(ServiceError):
    """The database cannot be opened or used (wrong file, newer version, no server …)."""
