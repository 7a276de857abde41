"""The Wiedervorlage over a big database (target ≤ 200 ms for the page as it opens,
»diese Woche« with the counts): median of several runs, then the other windows.

Usage: .venv/bin/python bench/followups.py bench/out/demo-100000.db [--parts]

With ``--parts`` it first shows what each rule costs for »diese Woche« (median of 5),
to see where the time goes.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from servicestelle.db import open_database  # noqa: E402
from servicestelle.services.followups import FollowUpService, horizon  # noqa: E402


def _parts(service: FollowUpService) -> None:
    today = dt.date.today()
    last = horizon("week", today)
    service.view("week")  # warm-up; the settings read
    rules = {
        name: (lambda session, rule=rule: rule(session, last))
        for name, rule in (
            ("checkin", service._checkins),
            ("clearance", service._clearances),
            ("request", service._requests),
            ("charity", service._charity),
            ("note", service._notes),
            ("reminder", service._reminders),
        )
    }
    rules["consent"] = lambda session: service._first_consents(session, today, last, 500)
    with service.db.read() as session:
        for name, rule in rules.items():
            times = []
            for _ in range(5):
                started = time.perf_counter()
                rule(session)
                times.append(time.perf_counter() - started)
            print(f"  {name}: {statistics.median(times) * 1000:.0f} ms")


def main() -> None:
    db = open_database(sys.argv[1])
    service = FollowUpService(db)
    if "--parts" in sys.argv[2:]:
        _parts(service)
    for window in ("week", "overdue", "weeks4", "all"):
        service.view(window)  # warm-up (query plans, page cache)
        times = []
        for _ in range(7):
            started = time.perf_counter()
            view = service.view(window)  # what the page loads: the 500 first, all counts
            times.append(time.perf_counter() - started)
        print(f"Wiedervorlage »{window}«, {os.cpu_count()} Kerne, Median aus 7 Läufen: "
              f"{statistics.median(times) * 1000:.0f} ms; {view.total} Punkte "
              f"({view.overdue} überfällig, {view.due_now} bis heute) {view.counts}, "
              f"{len(view.items)} gezeigt")
    db.dispose()


if __name__ == "__main__":
    main()
