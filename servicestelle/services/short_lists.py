"""The short lists every form and filter offers (districts, languages, activity
fields, organisations): read together in one statement and kept until a record of
their kind changes (``Database.kept``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, func, literal, select, union_all

from .. import models as m
from ..collation import order_by as sort_expression
from ..db import Database


def _names_select(model: Any) -> tuple[Any, list[Any]]:
    """The active entries of a short list and their configured order."""
    stmt = select(model.id, model.name)
    if hasattr(model, "active"):
        stmt = stmt.where(model.active.is_(True))
    if hasattr(model, "archived_at"):
        stmt = stmt.where(model.archived_at.is_(None))
    order: list[Any] = []
    if hasattr(model, "common"):
        order.append(model.common.desc())
    if hasattr(model, "sort_order"):
        order.append(model.sort_order)
    order += [sort_expression(model.name), model.id]
    return stmt, order


def names_of(db: Database, model: Any) -> list[tuple[Any, str]]:
    """(id, name) of a short list's entries in their configured order, active ones."""
    kind = model.__tablename__
    if kind in SHORT_LISTS:
        _read_short_lists(db)
    stmt, order = _names_select(model)
    return short_list(db, ("names", kind), kind, stmt.order_by(*order))


# The lists every form and filter bar offers: read together, in one statement.
SHORT_LISTS = {
    "district": m.District,
    "language": m.Language,
    "activity_field": m.ActivityField,
    "organisation": m.Organisation,
}


def _read_short_lists(db: Database) -> None:
    """Read every short list not yet kept in one statement (one round trip to a server
    instead of one per list) and keep each of them."""
    wanted = [k for k in SHORT_LISTS if not db.is_kept(("names", k)) and db.actor.may_read(k)]
    if len(wanted) < 2:
        return
    parts = []
    for kind in wanted:
        stmt, order = _names_select(SHORT_LISTS[kind])
        parts.append(stmt.add_columns(
            literal(kind, String).label("kind"),
            func.row_number().over(order_by=order).label("position"),
        ))
    since = db.generation()  # a change reported while reading: not kept
    rows = db.reading(lambda session: session.execute(union_all(*parts)).all())
    found: dict[str, list[tuple[int, Any, str]]] = {kind: [] for kind in wanted}
    for i, name, kind, position in rows:
        found[kind].append((position, i, name))
    for kind, entries in found.items():
        entries.sort()
        names = [(i, name) for _position, i, name in entries]
        db.kept(("names", kind), (kind,), lambda names=names: names, since=since)


def short_list(db: Database, key: Any, kind: str, stmt: Any) -> list[tuple[Any, str]]:
    """(id, name) rows of ``stmt``, read once and kept until a record of ``kind``
    changes (see ``Database.kept``)."""

    def load() -> list[tuple[Any, str]]:
        return db.reading(lambda session: [(i, n) for i, n in session.execute(stmt)])

    return list(db.kept(key, (kind,), load))
