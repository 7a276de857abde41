"""What a write changed: the kinds of record and their ids, reported after each commit.

Every unit of work (``Database.session``) collects the records its flushes wrote — the
audit hook sees each of them, link rows under their parent record — and after the
commit hands a ``Changes`` to everyone subscribed with ``Database.subscribe``. Bulk
writes (imports, demo data, undo, erasure) report theirs with ``Database.notify``. The
screens turn this into one signal that every open page, panel and count listens to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

EVERY = 0  # an id meaning "any number of records of this kind" (bulk writes)
ANY = "*"  # a kind meaning "anything may have changed" (a database reopened)


@dataclass
class Changes:
    records: dict[str, set[int]] = field(default_factory=dict)  # kind (table) → ids

    @classmethod
    def of(cls, kinds: Iterable[str], ids: Iterable[int] = (EVERY,)) -> Changes:
        wanted = set(ids)
        return cls({kind: set(wanted) for kind in kinds})

    def add(self, kind: str, record_id: int | None) -> None:
        self.records.setdefault(kind, set()).add(record_id or EVERY)

    def merge(self, other: Changes) -> None:
        for kind, ids in other.records.items():
            self.records.setdefault(kind, set()).update(ids)

    @property
    def kinds(self) -> set[str]:
        return set(self.records)

    def concerns(self, *kinds: str) -> bool:
        return ANY in self.records or any(kind in self.records for kind in kinds)

    def concerns_record(self, kind: str, record_id: int) -> bool:
        ids = self.records.get(kind, set())
        return ANY in self.records or record_id in ids or EVERY in ids

    def __bool__(self) -> bool:
        return bool(self.records)
