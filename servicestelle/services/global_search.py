"""The one search box: people, organisations and requests as you type."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from .. import models as m
from ..db import Database
from ..enums import NewcomerStatus, VolunteerStatus
from ..i18n import _
from ..search import BY_ENTITY, fold_query
from ..validation import display_phone

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchResult:
    entity: str  # volunteer, newcomer, contact_person, organisation, help_request
    entity_id: int
    kind: str  # in the current language: "Ehrenamtliche*r" …
    title: str
    detail: str
    archived: bool


def _describe(obj: object) -> tuple[str, str]:
    if isinstance(obj, m.Volunteer | m.Newcomer | m.ContactPerson):
        # a status other than the usual one first: nobody picks a volunteer who has left
        # for a new pairing by mistake
        status = getattr(obj, "status", None)
        usual = (
            VolunteerStatus.ACTIVE,
            VolunteerStatus.INTERESTED,
            NewcomerStatus.OPEN,
            NewcomerStatus.SUPPORTED,
        )
        shown = status.label if status is not None and status not in usual else None
        detail = ", ".join(x for x in (shown, obj.email, display_phone(obj.phone)) if x)
        return obj.sort_name, detail
    if isinstance(obj, m.Organisation):
        return obj.name, obj.kind.label
    if isinstance(obj, m.HelpRequest):
        return obj.title, _(
            "{status}, eingegangen {date}",
            status=obj.status.label,
            date=f"{obj.received_on:%d.%m.%Y}",
        )
    raise TypeError(type(obj))


def search(
    db: Database, text: str, limit: int = 20, include_archived: bool = False
) -> list[SearchResult]:
    """Records matching every word typed (prefixes, any case, ü = ue = u), best first.
    A damaged search index is rebuilt from the records and the search made again."""
    try:
        return _search(db, text, limit, include_archived)
    except SQLAlchemyError:
        if not db.is_sqlite:
            raise
        from ..search_repair import index_problem, rebuild_index

        with db.engine.connect() as conn:
            damaged = index_problem(conn.connection.driver_connection)
        if damaged is None:
            raise
        log.warning("Suchindex beschädigt (%s): wird neu aufgebaut", damaged)
        rebuild_index(db)
        return _search(db, text, limit, include_archived)


def _search(db: Database, text: str, limit: int, include_archived: bool) -> list[SearchResult]:
    terms = fold_query(text)
    if not terms:
        return []
    with db.read() as session:
        hits = db.search.query(session, terms, limit * 3 if not include_archived else limit)
        by_entity: dict[str, list[int]] = {}
        for hit in hits:
            by_entity.setdefault(hit.entity, []).append(hit.entity_id)
        loaded: dict[tuple[str, int], object] = {}
        for entity, ids in by_entity.items():
            model = BY_ENTITY[entity].model
            for obj in session.scalars(select(model).where(model.id.in_(ids))):  # type: ignore[attr-defined]
                loaded[(entity, obj.id)] = obj  # type: ignore[attr-defined]
        results = []
        for hit in hits:
            obj = loaded.get((hit.entity, hit.entity_id))
            if obj is None:
                continue
            archived = getattr(obj, "archived_at", None) is not None
            if archived and not include_archived:
                continue
            title, detail = _describe(obj)
            results.append(
                SearchResult(
                    hit.entity, hit.entity_id, BY_ENTITY[hit.entity].label, title, detail, archived
                )
            )
            if len(results) == limit:
                break
        return results
