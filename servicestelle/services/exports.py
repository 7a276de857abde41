"""Excel export of the list pages: which lists there are and how one is written.

``ExportService(db).export("volunteers", query, ["last_name", …], path)`` writes the
list as its page shows it; the work is done by ``servicestelle.exporting``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from typing import Any

from ..db import Database
from ..errors import ServiceError
from ..exporting import export_list, suggested_file_name
from ..i18n import N_, _
from .base import EntityService, ListQuery

# The lists that can be exported: key (as the command line names it) → German title.
TITLES = {
    "volunteers": N_("Ehrenamtliche"),
    "newcomers": N_("Neuzugewanderte"),
    "pairings": N_("Patenschaften"),
    "requests": N_("Hilfsanfragen"),
    "organisations": N_("Organisationen"),
    "events": N_("Veranstaltungen"),
}
ENTITIES = tuple(TITLES)


def service_for(db: Database, key: str) -> EntityService[Any]:
    """The service behind the list ``key`` (volunteers, newcomers, …)."""
    if key == "volunteers":
        from .volunteers import VolunteerService

        return VolunteerService(db)
    if key == "newcomers":
        from .newcomers import NewcomerService

        return NewcomerService(db)
    if key == "pairings":
        from .pairings import PairingService

        return PairingService(db)
    if key == "requests":
        from .requests import HelpRequestService

        return HelpRequestService(db)
    if key == "organisations":
        from .organisations import OrganisationService

        return OrganisationService(db)
    if key == "events":
        from .events import EventService

        return EventService(db)
    raise ServiceError(
        _(
            "Eine Liste »{key}« gibt es nicht (möglich: {known}).",
            key=key,
            known=", ".join(ENTITIES),
        )
    )


def title_of(service: EntityService[Any]) -> str:
    """The German name of a service's list (»Ehrenamtliche«), else its record label."""
    key = _KEY_OF_ENTITY.get(getattr(service, "entity", ""))
    return _(TITLES[key]) if key else service.label


_KEY_OF_ENTITY = {
    "volunteer": "volunteers",
    "newcomer": "newcomers",
    "pairing": "pairings",
    "help_request": "requests",
    "organisation": "organisations",
    "event": "events",
}


class ExportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def service(self, entity_or_service: str | EntityService[Any]) -> EntityService[Any]:
        if isinstance(entity_or_service, str):
            return service_for(self.db, entity_or_service)
        return entity_or_service

    def suggested_name(
        self, entity_or_service: str | EntityService[Any], day: dt.date | None = None
    ) -> str:
        return suggested_file_name(title_of(self.service(entity_or_service)), day)

    def export(
        self,
        entity_or_service: str | EntityService[Any],
        query: ListQuery | None,
        columns: Sequence[str] | None,
        path: str | os.PathLike[str],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Write the list (its filter, search, sort; ``columns`` in order, or the
        default ones) to the .xlsx file ``path``; returns the number of rows."""
        service = self.service(entity_or_service)
        return export_list(
            service,
            query or ListQuery(),
            columns,
            path,
            title=title_of(service),
            user=self.db.user,
            progress=progress,
            cancelled=cancelled,
        )
