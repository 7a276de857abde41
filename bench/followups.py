"""The Wiedervorlage over a big database (target ≤ 200 ms for the page as it opens,
»diese Woche« with the counts): median of several runs, then the other windows.

Usage: .venv/bin/python bench/followups.py bench/out/demo-100000.db
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from servicestelle.db import open_database  # noqa: E402
from servicestelle.services.followups import FollowUpService  # noqa: E402


def main() -> None:
    db = open_database(sys.argv[1])
    service = FollowUpService(db)
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
