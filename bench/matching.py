"""Matching timings: rank all active volunteers for help requests and newcomers.

Usage: python bench/matching.py DB [DB …] [--runs N]. For each database, a few open
requests of each kind (plain; »Sprache zwingend«; children involved) and a few
newcomers are ranked; the median of N runs (wall clock and CPU time of the process)
is printed, with the number of active volunteers looked at. The target is ≤ 100 ms
for 10,000 active volunteers (a demo database of about 14,300 volunteers has that many:
``python -m servicestelle --db bench/out/demo-14300.db demo --volunteers 14300``).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from sqlalchemy import select

from servicestelle import models as m
from servicestelle.db import open_database
from servicestelle.enums import RequestStatus
from servicestelle.services.matching import MatchingService, MatchResult

R = m.HelpRequest
OPEN = (RequestStatus.OPEN, RequestStatus.MEDIATING)


def measure(action: Callable[[], MatchResult], runs: int) -> tuple[float, float, MatchResult]:
    result = action()  # warm the page cache once, as a running program has it
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = action()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), result


def cases(db, per_kind: int) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    kinds = {
        "Anfrage ohne harte Filter": (
            R.languages_required.is_(False),
            R.children_involved.is_(False),
        ),
        "Anfrage »Sprache zwingend«": (
            R.languages_required.is_(True),
            R.children_involved.is_(False),
        ),
        "Anfrage mit Kindern": (R.children_involved.is_(True), R.languages_required.is_(False)),
    }
    found: dict[str, list[int]] = {}
    with db.read() as session:
        for name, where in kinds.items():
            found[name] = list(
                session.scalars(
                    select(R.id).where(R.status.in_(OPEN), *where).order_by(R.id).limit(per_kind)
                )
            )
        found["Neuzugewanderte (Patenschaft)"] = list(
            session.scalars(select(m.Newcomer.id).order_by(m.Newcomer.id).limit(per_kind))
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="+")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--per-kind", type=int, default=3)
    args = parser.parse_args()
    for target in args.db:
        db = open_database(target, user="bench")
        service = MatchingService(db)
        print(f"Matching: {db.location}, Median aus {args.runs} Läufen (Wanduhr / CPU)")
        for name, ids in cases(db, args.per_kind).items():
            for record_id in ids:
                rank = service.for_newcomer if name.startswith("Neu") else service.for_request
                wall, cpu, result = measure(lambda r=rank, i=record_id: r(i, top=50), args.runs)
                print(
                    f"  {wall:7.1f} ms / {cpu:7.1f} ms  {name} Nr. {record_id}: "
                    f"{result.considered} aktive geprüft, {len(result.matches)} passend"
                )
        db.dispose()


if __name__ == "__main__":
    main()
