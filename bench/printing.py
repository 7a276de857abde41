"""The Patenschaftsliste against a bare reportlab Table of the same cells.

Usage: python bench/printing.py DB [--runs N]. A DB that does not exist yet is made
with the demo data of 5,000 volunteers, which hold exactly 2,000 pairings. Prints the
median of N runs of:
the whole printout (query, formatting, column widths, wrapping, groups, page template
with "Seite x von y") and a bare ``Table(cells, repeatRows=1)`` of the same cell texts
in the same font on A4 landscape, and their ratio (target: at most 1.5).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from servicestelle.db import open_database
from servicestelle.printing import render
from servicestelle.printing.lists import LISTS
from servicestelle.printing.text import FONT, format_value, register_fonts, visual
from servicestelle.services.base import ListQuery


def median_s(action: Callable[[], object], runs: int) -> float:
    action()  # warm caches (fonts, the database's pages) once, as a running program has
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    fresh = not Path(args.db).exists()
    db = open_database(args.db, user="bench")
    if fresh:
        from servicestelle.demo import generate

        generate(db, 5000, seed=1)
    register_fonts()
    spec = LISTS["pairings"]
    service = spec.service(db)
    query = ListQuery(include_archived=True)
    keys = ["status", *spec.columns]
    with db.read() as session:
        records = session.execute(service.list_select(query)).all()
    kinds = [service.columns[k].kind for k in keys]
    cells = [[service.columns[k].title for k in keys]] + [
        [visual(format_value(r._mapping[k], kd)) for k, kd in zip(keys, kinds, strict=True)]
        for r in records
    ]
    folder = Path(tempfile.mkdtemp(prefix="bench-druck-"))
    ours_path, bare_path = folder / "patenschaften.pdf", folder / "bare.pdf"

    def ours() -> None:
        render(db, "pairings", ours_path, query=query)

    def bare() -> None:
        doc = SimpleDocTemplate(str(bare_path), pagesize=landscape(A4))
        table = Table(cells, repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5)]))
        doc.build([table])

    ours_s = median_s(ours, args.runs)
    bare_s = median_s(bare, args.runs)
    result = render(db, "pairings", ours_path, query=query)
    print(
        f"Patenschaftsliste, {len(records)} Zeilen, {result.pages} Seiten, "
        f"{os.cpu_count()} Kerne, Median aus {args.runs} Läufen:"
    )
    print(f"  Servicestelle (Abfrage bis fertige PDF-Datei): {ours_s:6.2f} s")
    print(f"  reine reportlab-Tabelle derselben Zellen:      {bare_s:6.2f} s")
    print(f"  Verhältnis: {ours_s / bare_s:.2f} (Ziel: höchstens 1,5)")
    for path in (ours_path, bare_path):
        path.unlink(missing_ok=True)
    folder.rmdir()


if __name__ == "__main__":
    main()
