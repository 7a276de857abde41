"""Which backups rotation keeps: a pure function of the backups' times, easy to test.

The policy (in the manner of grandfather–father–son):

* every backup made by hand (``manuell``) stays until someone deletes it;
* every backup of the last 24 hours stays (each import of a day can be undone);
* of the 7 most recent days that have a backup, the newest backup of each day;
* of the 4 most recent calendar weeks (ISO, Monday to Sunday) that have a backup,
  the newest backup of each week;
* of the 12 most recent calendar months that have a backup, the newest of each month.

A backup kept by any rule stays. The rules count periods *that have backups*, not
calendar periods, so after a long break (holidays, a program not started for months)
the old backups are still there: nothing is deleted just because time passed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Protocol, TypeVar

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_ALL_WITHIN = dt.timedelta(hours=24)


class Dated(Protocol):
    @property
    def made_at(self) -> dt.datetime: ...

    @property
    def manual(self) -> bool: ...


T = TypeVar("T", bound=Dated)


def _newest_per_period(
    backups: Sequence[T], period: Callable[[dt.datetime], Hashable], count: int
) -> list[T]:
    """The newest backup of each of the ``count`` most recent periods with a backup."""
    chosen: list[T] = []
    seen: set[Hashable] = set()
    for backup in sorted(backups, key=lambda b: b.made_at, reverse=True):
        key = period(backup.made_at)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        chosen.append(backup)
    return chosen


def to_keep(backups: Iterable[T], now: dt.datetime) -> list[T]:
    """The backups the policy keeps, newest first."""
    every = list(backups)
    automatic = [b for b in every if not b.manual]
    kept = {id(b) for b in every if b.manual or now - b.made_at < KEEP_ALL_WITHIN}
    rules: list[tuple[Callable[[dt.datetime], Hashable], int]] = [
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ]
    for period, count in rules:
        kept.update(id(b) for b in _newest_per_period(automatic, period, count))
    return sorted((b for b in every if id(b) in kept), key=lambda b: b.made_at, reverse=True)


def to_delete(backups: Iterable[T], now: dt.datetime) -> list[T]:
    """The backups rotation removes (the complement of :func:`to_keep`)."""
    every = list(backups)
    kept = {id(b) for b in to_keep(every, now)}
    return [b for b in every if id(b) not in kept]
