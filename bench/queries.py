"""Query timings on a large database: first page, filtered count, sorted page, search.

Usage: python bench/queries.py DB [--runs N]. Prints the median of N runs per query.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from servicestelle.db import open_database
from servicestelle.services.base import ListQuery
from servicestelle.services.global_search import search
from servicestelle.services.lists import DistrictService, LanguageService
from servicestelle.services.volunteers import VolunteerService


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
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    db = open_database(args.db, user="bench")
    volunteers = VolunteerService(db)
    district = DistrictService(db).by_name()["Lankow"]
    arabic = LanguageService(db).ids_by_code()["ar"]
    filtered = ListQuery(filters={"status": "aktiv", "district": district, "language": arabic})
    total = volunteers.count(ListQuery())
    cases: dict[str, Callable[[], object]] = {
        "Zeilen gesamt (count)": lambda: volunteers.count(ListQuery()),
        "erste Seite (50 Zeilen)": lambda: volunteers.page(ListQuery(), 0, 50),
        "gefilterte Anzahl (Status+Stadtteil+Sprache)": lambda: volunteers.count(filtered),
        "gefilterte erste Seite": lambda: volunteers.page(filtered, 0, 50),
        "sortiert nach Nachname absteigend, Seite bei 90.000": lambda: volunteers.page(
            ListQuery(sort=[("last_name", True)]), 90_000, 50, total=total),
        "sortiert nach Stadtteil, erste Seite": lambda: volunteers.page(
            ListQuery(sort=[("district", False)]), 0, 50),
        "sortiert nach »Aktiv seit«, erste Seite": lambda: volunteers.page(
            ListQuery(sort=[("since", True)]), 0, 50),
        "sortiert nach Stadtteil absteigend, Seite bei 90.000": lambda: volunteers.page(
            ListQuery(sort=[("district", True)]), 90_000, 50, total=total),
        "sortiert nach Stadtteil absteigend, Seite bei 50.000": lambda: volunteers.page(
            ListQuery(sort=[("district", True)]), 50_000, 50, total=total),
        "Suche »müller« (global, 20 Treffer)": lambda: search(db, "müller"),
        "Suche »ole« in der Liste (Anzahl)": lambda: volunteers.count(ListQuery(text="ole")),
    }
    print(f"Datenbank: {db.location} ({total} Ehrenamtliche ohne archivierte), "
          f"Median aus {args.runs} Läufen")
    for name, action in cases.items():
        print(f"  {median_ms(action, args.runs):8.1f} ms  {name}")
    db.dispose()


if __name__ == "__main__":
    main()
