"""Excel export speed: the whole volunteer list (default columns) of a large database
written to .xlsx, median of several runs (target: 100,000 volunteers ≤ 10 s).

Usage: .venv/bin/python bench/exports.py DB [--runs N] [--columns a,b,c]
The database is copied first, so that opening it never changes the original.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--columns", default="")
    args = parser.parse_args()

    from servicestelle.db import open_database
    from servicestelle.exporting.service import ExportService
    from servicestelle.services.base import ListQuery

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "bench.db"
        shutil.copy(args.db, copy)
        db = open_database(copy, user="bench")
        columns = [c for c in args.columns.split(",") if c] or None
        times, rows, size = [], 0, 0
        for _run in range(args.runs):
            target = Path(folder) / "Ehrenamtliche.xlsx"
            started = time.perf_counter()
            # every volunteer, archived ones included: 100,000 rows on the demo database
            query = ListQuery(include_archived=True)
            rows = ExportService(db).export("volunteers", query, columns, target)
            times.append(time.perf_counter() - started)
            size = target.stat().st_size
        db.dispose()
    median = statistics.median(times)
    print(
        f"Export Ehrenamtliche: {rows:,} Zeilen, {size / 1e6:.1f} MB, Median {median:.2f} s "
        f"aus {args.runs} Läufen ({', '.join(f'{t:.2f}' for t in times)}), "
        f"{os.cpu_count()} Kerne – Ziel ≤ 10 s: {'ja' if median <= 10 else 'NEIN'}"
    )


if __name__ == "__main__":
    main()
