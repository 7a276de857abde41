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
from ..i18n import _
from ..kinds import BY_LIST, KINDS
from ..services.base import EntityService, ListQuery
from . import export_list, suggested_file_name

# The lists that can be exported: key (as the command line names it) → German title.
TITLES = {key: kind.list_text or kind.plural_text for key, kind in BY_LIST.items()}
ENTITIES = tuple(TITLES)


def service_for(db: Database, key: str) -> EntityService[Any]:
    """The service behind the list ``key`` (volunteers, newcomers, …)."""
    kind = BY_LIST.get(key)
    if kind is None:
        raise ServiceError(
            _(
                "Eine Liste »{key}« gibt es nicht (möglich: {known}).",
                key=key,
                known=", ".join(ENTITIES),
            )
        )
    return kind.service(db)


def title_of(service: EntityService[Any]) -> str:
    """The German name of a service's list (»Ehrenamtliche«), else its record label."""
    kind = KINDS.get(getattr(service, "entity", ""))
    return kind.list_title if kind is not None and kind.list_key else service.label


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
        query = query or ListQuery()
        rows = export_list(
            service,
            query,
            columns,
            path,
            title=title_of(service),
            user=self.db.user,
            progress=progress,
            cancelled=cancelled,
        )
        from ..services.audit_log import describe_query, log_export

        log_export(
            self.db,
            service.entity,
            _(
                "Excel-Export »{title}« ({filters}), Zeilen: {rows}, Datei: {file}",
                title=title_of(service),
                rows=rows,
                filters=describe_query(service, query),
                file=os.path.basename(os.fspath(path)),
            ),
        )
        return rows
