"""Retention rules and erasure on request over a big database, on a copy of it.

Usage: .venv/bin/python bench/privacy.py bench/out/demo-100000.db
Prints what each retention rule did and how long it took, then the time of one erasure
on request (with VACUUM) and whether the person's name is gone from the file's bytes.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from servicestelle import models as m  # noqa: E402
from servicestelle.db import open_database  # noqa: E402
from servicestelle.enums import VolunteerStatus  # noqa: E402
from servicestelle.services.privacy import PrivacyService  # noqa: E402
from servicestelle.services.privacy_erase import erased_everywhere  # noqa: E402


def main() -> None:
    source = Path(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="bench-privacy-", dir=source.parent) as folder:
        copy = Path(folder) / "kopie.db"
        started = time.perf_counter()
        with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
            src.backup(dst)
        print(
            f"Löschfristen, {os.cpu_count()} Kerne, Kopie von {source.name} "
            f"({copy.stat().st_size / 2**20:.0f} MB) in {time.perf_counter() - started:.1f} s"
        )
        db = open_database(copy, user="bench")
        service = PrivacyService(db)
        started = time.perf_counter()
        review = service.review()
        print(f"  prüfen: {time.perf_counter() - started:.2f} s")
        for rule in review:
            print(f"    {rule.title}: {rule.count} fällig (Stichtag {rule.cutoff:%d.%m.%Y})")
        started = time.perf_counter()
        applied = service.apply()
        total = time.perf_counter() - started
        for rule in applied:
            details = ", ".join(f"{k} {v}" for k, v in sorted(rule.details.items()))
            print(f"  {rule.title}: {rule.count} in {rule.seconds:.2f} s ({details})")
        print(f"  anwenden gesamt (eine Transaktion, mit FTS-Optimierung): {total:.2f} s")

        with db.read() as session:
            person = session.execute(
                select(m.Volunteer.id, m.Volunteer.last_name, m.Volunteer.email)
                .where(m.Volunteer.status == VolunteerStatus.ACTIVE, m.Volunteer.email.is_not(None))
                .order_by(m.Volunteer.id.desc())
                .limit(1)
            ).one()
        with sqlite3.connect(copy) as conn:
            same_name = conn.execute(
                "SELECT count(*) FROM volunteer WHERE last_name = ?", (person.last_name,)
            ).fetchone()[0]
        result = service.erase("volunteer", person.id)
        left = erased_everywhere(str(copy), [person.email])
        print(
            f"  Löschen auf Antrag (Nr. {person.id}): {result.seconds:.1f} s mit VACUUM, "
            f"verdichtet: {result.compacted}; E-Mail noch in der Datei: {bool(left)}; "
            f"Nachname teilen sich {same_name} Personen (deren Namen bleiben)"
        )
        db.dispose()


if __name__ == "__main__":
    main()
