"""Timings of the overview: every key figure of a year, a quarter and a month counted by
the database, and the page showing them (tiles and charts, offscreen).

Usage: QT_QPA_PLATFORM=offscreen python bench/dashboard.py DB [--runs N]. Prints the
median of N runs (at least 5) after one warm-up run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from servicestelle.db import open_database
from servicestelle.services.figures import compute, period_figures
from servicestelle.services.periods import Period


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm the page cache once, as a running program has it
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    runs = max(args.runs, 5)
    db = open_database(args.db, user="bench")
    today = dt.date.today()
    periods = {
        "Jahr": Period.containing("year", today),
        "Quartal": Period.containing("quarter", today),
        "Monat": Period.containing("month", today),
        "Vorjahr": Period.containing("year", today).shifted(-1),
    }
    print(f"Übersicht: Datenbank {db.location}, {os.cpu_count()} Kerne, Median aus {runs} Läufen")
    for name, period in periods.items():
        ms = median_ms(lambda p=period: period_figures(db, p), runs)
        print(f"  Kennzahlen {name} ({period.label}): {ms:7.1f} ms")
    # the same on one connection, query after query (as on a single core)
    workers, compute.MAX_WORKERS = compute.MAX_WORKERS, 1
    ms = median_ms(lambda: period_figures(db, periods["Jahr"]), runs)
    compute.MAX_WORKERS = workers
    print(f"  Kennzahlen Jahr, nacheinander:  {ms:7.1f} ms")

    from PySide6.QtWidgets import QApplication

    # the program's ui package, not bench/ui.py next to this file
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.modules.pop("ui", None)

    app = QApplication.instance() or QApplication([])
    from ui.pages.dashboard import DashboardPage

    page = DashboardPage(db, today=today)
    page.resize(1200, 900)
    figures = period_figures(db, periods["Jahr"])

    def show() -> None:
        page._loaded(figures)
        app.processEvents()

    page._shown_once = True  # no background load: only the drawing is measured
    page.show()
    print(f"  Seite zeigt Kacheln und Diagramme:      {median_ms(show, runs):7.1f} ms")

    def whole() -> None:
        done: list[bool] = []
        page.loaded.connect(lambda: done.append(True))
        page.refresh()
        while not done:
            app.processEvents()
            time.sleep(0.001)
        page.loaded.disconnect()

    print(f"  ganze Übersicht Jahr (zählen und zeigen): {median_ms(whole, runs):7.1f} ms")
    db.dispose()


if __name__ == "__main__":
    main()
