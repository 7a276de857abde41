"""The search index checked and rebuilt from the records.

SQLite's ``integrity_check`` does not look inside the full-text index: damaged index
blocks passed it (and the backup's check), and then every search failed. Here the index
is checked with FTS5's own ``integrity-check``; a damaged index is dropped, made anew
and filled from the records themselves (it holds nothing the records do not).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select

from . import models as m
from .search import BY_ENTITY, SEARCHABLE, document_of

log = logging.getLogger(__name__)

FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(folded, tokenize = 'unicode61 remove_diacritics 2')"
)


def index_problem(conn: Any) -> str | None:
    """None if the full-text index of a SQLite DB-API connection is sound (or there is
    none), else SQLite's complaint."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'"
    ).fetchone()
    if not found:
        return None
    if hasattr(conn, "isolation_level"):
        conn.isolation_level = None  # the check writes nothing: no transaction for it
    try:
        conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
    except Exception as exc:  # noqa: BLE001 - either driver's error: the index is damaged
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return None


def rebuild_index(db: Any) -> int:
    """Make the search index anew from the records; returns the number indexed."""
    count = 0
    with db.session() as session:
        conn = session.connection()
        if db.is_sqlite:
            conn.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
            conn.exec_driver_sql(FTS_DDL)
        else:
            conn.execute(m.SearchEntry.__table__.delete())
        for spec in SEARCHABLE:
            documents = []
            for obj in session.scalars(select(spec.model)).yield_per(2000):
                document = document_of(obj)
                if document is not None:
                    documents.append(document)
                if len(documents) >= 2000:
                    db.search.put_many(conn, documents)
                    count += len(documents)
                    documents = []
            if documents:
                db.search.put_many(conn, documents)
                count += len(documents)
    log.warning("Suchindex neu aufgebaut: %d Einträge", count)
    return count


__all__ = ["BY_ENTITY", "index_problem", "rebuild_index"]
