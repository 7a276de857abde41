"""Declarative base, shared column types and the mixins every editable table uses."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import DateTime, Enum, Index, Integer, MetaData, String, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """The current time in UTC, naive (both SQLite and PostgreSQL store it as given)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def enum_column(enum_type: type[enum.Enum], length: int = 30) -> Enum:
    """Store an enum by its value as plain text (no native type, no CHECK constraint),
    so that adding a member never needs a table rebuild."""
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def exactly_one(*columns: str) -> str:
    """A portable CHECK expression: exactly one of the columns is set."""
    terms = " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in columns)
    return f"{terms} = 1"


def current_index(name: str, *columns: str) -> Index:
    """An index over the records that are not archived (what lists show by default).

    Partial, so that the query planner's statistics are not skewed by the few archived
    rows, and so that sorting a list by these columns reads the index in order. The
    migration makes it partial on PostgreSQL too; naming ``postgresql_where`` here would
    import SQLAlchemy's whole PostgreSQL dialect at every start of the program."""
    return Index(name, *columns, sqlite_where=text("archived_at IS NULL"))


def named(obj: object, relation: str, fallback: object) -> str:
    """How a link row names what it points at in the audit log: the related record's
    name when it is already loaded (never loaded here: this runs inside a flush),
    else its number."""
    related = obj.__dict__.get(relation)
    if related is None:
        return f"Nr. {fallback}"
    return str(getattr(related, "name", None) or getattr(related, "sort_name", None) or fallback)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    # Human-readable name of the entity, used in the audit log and messages.
    __label__: str = ""


class Tracked:
    """Created/updated timestamps and authors plus an optimistic-locking version."""

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    created_by: Mapped[str | None] = mapped_column(String(80))
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, nullable=False
    )
    updated_by: Mapped[str | None] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805
        return {"version_id_col": cls.version}


class Archivable:
    """Records whose history matters are archived, not deleted."""

    # No index of its own: almost every row is not archived, so it would only mislead
    # the query planner; person tables lead their name index with it instead.
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


# Re-exported so model modules import their building blocks from one place.
__all__ = [
    "Archivable",
    "Base",
    "Tracked",
    "current_index",
    "enum_column",
    "exactly_one",
    "named",
    "func",
    "utcnow",
]
