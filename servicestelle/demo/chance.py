"""Random draws: weighted choices, integers, elements and days, all from one ``Random``.

``integer`` and ``one_of`` do what ``randint`` and ``choice`` do, a good deal faster;
each takes exactly one number from the generator, so the same seed gives the same data.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Sequence
from typing import Any


class Weighted:
    """Fast weighted choice (cumulative weights computed once; zero weights dropped)."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        pairs = [(item, weight) for item, weight in pairs if weight > 0]
        self.items = [item for item, _ in pairs]
        self.cum = list(itertools.accumulate(weight for _, weight in pairs))
        self.total = self.cum[-1] if self.cum else 0.0

    def __bool__(self) -> bool:
        return bool(self.items)

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def integer(rng: random.Random, low: int, high: int) -> int:
    """A random integer in [low, high]."""
    return low + int(rng.random() * (high - low + 1))


def one_of(rng: random.Random, items: Sequence[Any]) -> Any:
    """A random element."""
    return items[int(rng.random() * len(items))]


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A random day in [start, end]; ``start`` when the range is empty."""
    span = (end - start).days
    if span <= 0:
        return start
    return start + dt.timedelta(days=int(rng.random() * (span + 1)))


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` years earlier (later for negative ``years``)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
