"""Who acts: the staff member behind every read and write, with a role.

A ``Database`` is opened for an ``Actor`` (a plain name still works and means a
staff member with every right). Services ask the actor in one place before a write
(``EntityService._writing``) and before reading a kind of record; today every actor has
every right, so nothing is refused yet. The roles of a shared office (Leitung,
Koordination, Förderung, Datenschutz, Lesen, Administration) fill ``Role`` and the
rights below, and a refusal is a German message, never a raw database error.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import ServiceError
from .i18n import _


class Role(StrEnum):
    ALL = "alle"  # every right (one-person SQLite databases, scripts, tests)


class PermissionDenied(ServiceError):
    pass


@dataclass(frozen=True)
class Actor:
    login: str  # the name the system knows (the database login on a server)
    name: str = ""  # the name shown and written in the audit log
    role: Role = Role.ALL

    @property
    def display_name(self) -> str:
        return self.name or self.login

    def may_read(self, kind: str) -> bool:  # noqa: ARG002 - the roles will ask it
        return self.role is Role.ALL

    def may_write(self, kind: str) -> bool:
        return self.role is Role.ALL

    def require_read(self, kind: str, label: str) -> None:
        if not self.may_read(kind):
            raise PermissionDenied(
                _("Ihre Rolle erlaubt nicht, {label} anzusehen.", label=label)
            )

    def require_write(self, kind: str, label: str) -> None:
        if not self.may_write(kind):
            raise PermissionDenied(
                _("Ihre Rolle erlaubt nicht, {label} zu ändern.", label=label)
            )


def actor_of(user: str | Actor) -> Actor:
    """A staff member with every right for a plain name."""
    return user if isinstance(user, Actor) else Actor(login=user, name=user)
