"""Who acts: the staff member behind every read and write, with a role.

A ``Database`` is opened for an ``Actor`` (a plain name still works and means a
staff member with every right). Services ask the actor in one place before a write
(``EntityService._writing``) and before reading a kind of record. On a shared server
each login belongs to one of the office's roles; the same role names decide here what
the program offers and, in ``servicestelle.server.roles``, what the server grants, so
that a role is refused the same things by the program and by the database itself. A
refusal is a German message, never a raw database error.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import ServiceError
from .i18n import N_, _


class Role(StrEnum):
    ALL = "alle"  # every right (one-person SQLite databases, scripts, tests, the IT)
    LEITUNG = "leitung"  # everything but the administration
    KOORDINATION = "koordination"  # people, pairings, requests, events, clearances
    FOERDERUNG = "foerderung"  # organisations and funding; no clearances, no notes
    DATENSCHUTZ = "datenschutz"  # audit log, access reports, erasure
    LESEN = "lesen"  # lists and figures, no personal notes
    ADMINISTRATION = "administration"  # settings, lists, staff

    @property
    def title(self) -> str:
        """The role's name as shown (German, translated)."""
        return _(ROLE_TITLES[self])

    @classmethod
    def parse(cls, text: str) -> Role:
        """A role from its name as typed ("Förderung", "foerderung", "Lesen" …)."""
        folded = text.strip().lower().replace("ö", "oe").replace("ä", "ae").replace("ü", "ue")
        for role in cls:
            if folded in (role.value, _(ROLE_TITLES[role]).lower(), ROLE_TITLES[role].lower()):
                return role
        known = ", ".join(ROLE_TITLES[r] for r in STAFF_ROLES)
        raise ServiceError(_("Unbekannte Rolle »{name}« (bekannt: {known}).", name=text,
                             known=known))


ROLE_TITLES: dict[Role, str] = {
    Role.ALL: N_("alle Rechte"),
    Role.LEITUNG: N_("Leitung"),
    Role.KOORDINATION: N_("Koordination"),
    Role.FOERDERUNG: N_("Förderung"),
    Role.DATENSCHUTZ: N_("Datenschutz"),
    Role.LESEN: N_("Lesen"),
    Role.ADMINISTRATION: N_("Administration"),
}

# The roles a staff login can have on a server (every right is the IT's, not a role).
STAFF_ROLES: tuple[Role, ...] = tuple(r for r in Role if r is not Role.ALL)

# What a role may do, by area. The areas group the kinds of record (and the tables
# behind them, see ``server.roles``): a role reads or writes a whole area.
AREA_OF_KIND: dict[str, str] = {
    "volunteer": "people",
    "newcomer": "people",
    "consent": "people",
    "contact_person": "organisations",
    "organisation": "organisations",
    "consultation": "organisations",
    "funding_application": "funding",
    "pairing": "work",
    "help_request": "work",
    "hours_entry": "work",
    "event": "work",
    "contact_note": "notes",
    "police_clearance": "clearances",
    "district": "lists",
    "language": "lists",
    "activity_field": "lists",
    "setting": "settings",
    "staff_user": "staff",
    "audit_entry": "audit",
    "privacy": "privacy",  # access reports and erasure
}
AREAS = frozenset(AREA_OF_KIND.values())
_RECORDS = frozenset({"people", "organisations", "funding", "work", "notes", "clearances"})

READ: dict[Role, frozenset[str]] = {
    Role.ALL: AREAS,
    Role.LEITUNG: AREAS,
    Role.KOORDINATION: _RECORDS | {"lists", "settings", "staff"},
    Role.FOERDERUNG: frozenset({"people", "organisations", "funding", "work", "lists",
                                "settings", "staff"}),
    Role.DATENSCHUTZ: AREAS,
    Role.LESEN: frozenset({"people", "organisations", "funding", "work", "lists", "settings",
                           "staff"}),
    Role.ADMINISTRATION: frozenset({"lists", "settings", "staff"}),
}
WRITE: dict[Role, frozenset[str]] = {
    Role.ALL: AREAS,
    Role.LEITUNG: _RECORDS | {"privacy"},
    Role.KOORDINATION: frozenset({"people", "work", "notes", "clearances"}),
    Role.FOERDERUNG: frozenset({"organisations", "funding"}),
    Role.DATENSCHUTZ: frozenset({"privacy"}),
    Role.LESEN: frozenset(),
    Role.ADMINISTRATION: frozenset({"lists", "settings", "staff"}),
}

# What each role is for, as the login dialog and ``staff`` show it.
ROLE_DUTIES: dict[Role, str] = {
    Role.ALL: N_("alle Rechte"),
    Role.LEITUNG: N_("alle Einträge lesen und bearbeiten, Protokoll und Auskünfte; "
                     "keine Verwaltung der Listen, Einstellungen und Zugänge"),
    Role.KOORDINATION: N_("Personen, Patenschaften, Hilfsanfragen, Veranstaltungen, "
                          "Führungszeugnisse und Notizen bearbeiten"),
    Role.FOERDERUNG: N_("Organisationen und Förderanträge bearbeiten; keine "
                        "Führungszeugnisse, keine Notizen zu Personen"),
    Role.DATENSCHUTZ: N_("Änderungsprotokoll, Auskünfte und Löschungen"),
    Role.LESEN: N_("Listen und Zahlen ansehen; keine Notizen zu Personen, nichts ändern"),
    Role.ADMINISTRATION: N_("Einstellungen, Auswahllisten und Zugänge verwalten"),
}


# Fields with personal notes, by kind of record: read only by roles that read notes (on
# a server, the grants leave these columns out: ``server.roles``).
NOTE_FIELDS: dict[str, tuple[str, ...]] = {
    "volunteer": ("notes",),
    "newcomer": ("notes",),
    "pairing": ("notes", "end_note"),
}


class PermissionDenied(ServiceError):
    pass


def area_of(kind: str) -> str:
    """The area of a kind of record (an unknown kind counts as the records' work)."""
    return AREA_OF_KIND.get(kind, "work")


@dataclass(frozen=True)
class Actor:
    login: str  # the name the system knows (the database login on a server)
    name: str = ""  # the name shown and written in the audit log
    role: Role = Role.ALL

    @property
    def display_name(self) -> str:
        return self.name or self.login

    @property
    def duties(self) -> str:
        return _(ROLE_DUTIES[self.role])

    def may_read(self, kind: str) -> bool:
        return area_of(kind) in READ[self.role]

    def may_write(self, kind: str) -> bool:
        return area_of(kind) in WRITE[self.role]

    def hidden_fields(self, kind: str) -> tuple[str, ...]:
        """The fields of a record of ``kind`` this role may not see (personal notes)."""
        return () if self.may_read("contact_note") else NOTE_FIELDS.get(kind, ())

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
