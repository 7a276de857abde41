"""The registry of record kinds: one entry per kind of record the office keeps.

Everything that treats records of several kinds alike — list pages, record windows,
printouts, the Excel export, the global search, contact notes, the Wiedervorlage, data
protection and the bulk writer — asks this registry instead of keeping a table of its
own. Each kind has one name (its ``key``, the same as its table and its service's
``entity``). Adding a kind: its model, its service, its screens, and one ``EntityKind``
below (the screens register their side in ``ui/kinds.py``); ``tests/unit/test_kinds.py``
and ``tests/ui/test_every_kind.py`` fail for a kind registered half-way.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import models as m
from .i18n import N_, _

if TYPE_CHECKING:
    from .db import Database
    from .services.base import EntityService


def _person(record: Any) -> str:
    names = [getattr(record, k, None) for k in ("first_name", "last_name")]
    return " ".join(str(n) for n in names if n)


def _attribute(name: str) -> Callable[[Any], str]:
    def title(record: Any) -> str:
        return str(getattr(record, name, None) or "")

    return title


def _pairing(record: Any) -> str:
    volunteer = getattr(record, "volunteer", None)
    newcomer = getattr(record, "newcomer", None)
    if volunteer is None or newcomer is None:
        return ""
    return f"{volunteer.sort_name} – {newcomer.sort_name}"


@dataclass(frozen=True)
class EntityKind:
    """One kind of record and what the rest of the program needs to know about it."""

    key: str  # the one name: table, service entity, audit entity
    text: str  # German label of one record; ``label`` in the current language
    plural_text: str  # German plural; ``plural`` in the current language
    model: type[m.Base]
    service_ref: str  # "module:Class" of its service, imported when first used
    # How a record reads in questions and messages (»Erika Muster«, a title …); empty
    # when it has nothing readable (then "<label> Nr. <id>").
    reads: Callable[[Any], str]
    # Its list: the key of its list page, its Excel export and (if any) list printout;
    # None for kinds shown only inside another record's window.
    list_key: str | None = None
    list_text: str | None = None  # the export's German title of the list
    list_document: str | None = None  # key of its list printout (servicestelle.printing)
    # The column of contact_note that links a note to a record of this kind (None: no
    # contact notes).
    note_column: str | None = None
    # A natural person: has consents, an access report (Art. 15) and erasure (Art. 17).
    person: bool = False

    @property
    def label(self) -> str:
        return _(self.text)

    @property
    def plural(self) -> str:
        return _(self.plural_text)

    @property
    def list_title(self) -> str:
        return _(self.list_text or self.plural_text)

    @property
    def service_class(self) -> type[EntityService[Any]]:
        module, name = self.service_ref.split(":")
        cls: type[EntityService[Any]] = getattr(importlib.import_module(module), name)
        return cls

    def service(self, db: Database) -> EntityService[Any]:
        return self.service_class(db)

    def title(self, record: Any) -> str:
        """A short name of ``record`` for questions and messages."""
        return self.reads(record) or _("{label} Nr. {id}", label=self.label, id=record.id)

    @property
    def searchable(self) -> bool:
        from .search import BY_ENTITY

        return self.key in BY_ENTITY

    @property
    def has_notes(self) -> bool:
        return self.note_column is not None


_S = "servicestelle.services."

KINDS: dict[str, EntityKind] = {
    k.key: k
    for k in (
        EntityKind(
            "volunteer",
            N_("Ehrenamtliche*r"),
            N_("Ehrenamtliche"),
            m.Volunteer,
            _S + "volunteers:VolunteerService",
            _person,
            list_key="volunteers",
            list_document="volunteers",
            note_column="volunteer_id",
            person=True,
        ),
        EntityKind(
            "newcomer",
            N_("Neuzugewanderte*r"),
            N_("Neuzugewanderte"),
            m.Newcomer,
            _S + "newcomers:NewcomerService",
            _person,
            list_key="newcomers",
            note_column="newcomer_id",
            person=True,
        ),
        EntityKind(
            "pairing",
            N_("Patenschaft"),
            N_("Patenschaften"),
            m.Pairing,
            _S + "pairings:PairingService",
            _pairing,
            list_key="pairings",
            list_document="pairings",
            note_column="pairing_id",
        ),
        EntityKind(
            "help_request",
            N_("Hilfsanfrage"),
            N_("Hilfsanfragen"),
            m.HelpRequest,
            _S + "requests:HelpRequestService",
            _attribute("title"),
            list_key="requests",
            list_document="requests",
            note_column="request_id",
        ),
        EntityKind(
            "organisation",
            N_("Organisation"),
            N_("Organisationen"),
            m.Organisation,
            _S + "organisations:OrganisationService",
            _attribute("name"),
            list_key="organisations",
            list_document="organisations",
            note_column="organisation_id",
        ),
        EntityKind(
            "event",
            N_("Veranstaltung"),
            N_("Veranstaltungen"),
            m.Event,
            _S + "events:EventService",
            _attribute("title"),
            list_key="events",
            note_column="event_id",
        ),
        EntityKind(
            "contact_person",
            N_("Ansprechperson"),
            N_("Ansprechpersonen"),
            m.ContactPerson,
            _S + "organisations:ContactPersonService",
            _person,
            note_column="contact_person_id",
            person=True,
        ),
        EntityKind(
            "consultation",
            N_("Beratung"),
            N_("Beratungen"),
            m.Consultation,
            _S + "organisations:ConsultationService",
            _attribute("topic"),
        ),
        EntityKind(
            "funding_application",
            N_("Förderantrag"),
            N_("Förderanträge"),
            m.FundingApplication,
            _S + "organisations:FundingService",
            _attribute("programme"),
        ),
    )
}

BY_LIST: dict[str, EntityKind] = {k.list_key: k for k in KINDS.values() if k.list_key}
BY_MODEL: dict[type[m.Base], EntityKind] = {k.model: k for k in KINDS.values()}
LISTS: tuple[str, ...] = tuple(BY_LIST)  # the list keys in navigation order
# The kinds that are natural persons (consents, access report, erasure): key → model.
PEOPLE: dict[str, type[m.Base]] = {k.key: k.model for k in KINDS.values() if k.person}
# The kinds a contact note can belong to: kind key → column of contact_note.
NOTE_COLUMNS: dict[str, str] = {
    k.key: k.note_column for k in KINDS.values() if k.note_column is not None
}


def kind(key: str) -> EntityKind:
    """The kind named ``key``; a ValueError names the known ones."""
    try:
        return KINDS[key]
    except KeyError:
        known = ", ".join(KINDS)
        raise ValueError(f"unbekannte Art von Eintrag: {key!r} (bekannt: {known})") from None


def of_list(list_key: str) -> EntityKind:
    try:
        return BY_LIST[list_key]
    except KeyError:
        known = ", ".join(LISTS)
        raise ValueError(f"unbekannte Liste: {list_key!r} (bekannt: {known})") from None
