"""What the key figures are made of: a figure, its breakdowns, the records behind each
(``Link``), and all of them for one period (``KeyFigures``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..periods import Period

NONE_KEY = "ohne"  # the group of records without a district, field, language …


@dataclass(frozen=True)
class Link:
    """The records behind a figure: a list (entity) and its filters (JSON values)."""

    entity: str
    filters: dict[str, Any]
    include_archived: bool = True
    title: str = ""  # German: what the list shows, for the list's note

    def as_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "filters": self.filters,
            "include_archived": self.include_archived,
            "title": self.title,
        }


@dataclass(frozen=True)
class Figure:
    key: str
    label: str  # German
    value: int | float | None
    link: Link | None = None
    note: str = ""  # German: how it is counted

    def as_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "value": self.value,
            "note": self.note,
            "link": self.link.as_dict() if self.link else None,
        }


@dataclass(frozen=True)
class Breakdown:
    """A figure split into groups (by district, language, field, status …)."""

    key: str
    title: str  # German
    items: tuple[Figure, ...]

    @property
    def total(self) -> int:
        return int(sum(item.value or 0 for item in self.items))

    def as_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "total": self.total,
            "items": [{"key": item.key, **item.as_dict()} for item in self.items],
        }


@dataclass
class KeyFigures:
    period: Period
    figures: dict[str, Figure] = field(default_factory=dict)
    breakdowns: dict[str, Breakdown] = field(default_factory=dict)
    # when the counting started: the figures show the records as they were then
    computed_at: dt.datetime = field(default_factory=dt.datetime.now)

    def value(self, key: str) -> int | float | None:
        return self.figures[key].value

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (dates as ISO text)."""
        return {
            "period": {
                "from": self.period.start.isoformat(),
                "to": self.period.end.isoformat(),
                "kind": self.period.kind,
                "label": self.period.label,
            },
            "figures": {key: f.as_dict() for key, f in self.figures.items()},
            "breakdowns": {key: b.as_dict() for key, b in self.breakdowns.items()},
        }
