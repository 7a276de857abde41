"""Timings of letters and labels by post: 2,000 personalised letters merged into one PDF
(letterhead, address window, reference line) against a bare reportlab document with
the same text on the same number of pages, and 2,000 address labels.

Usage: python bench/letters.py [--people N] [--runs N]. Prints the median of N runs
(at least 3) and the ratio (the aim: letters ≤ 3 × the bare document).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from servicestelle.db import open_database
from servicestelle.printing.layout import styles
from servicestelle.writing import labels, letters
from servicestelle.writing.postal import Addressee

BODY = (
    "{Anrede}\n\nam {Datum} um {Uhrzeit} Uhr laden wir Sie herzlich zum {Veranstaltung} "
    "ein. Wir treffen uns im {Ort}.\nEs gibt Kaffee und Kuchen.\n\nWir freuen uns auf "
    "Sie!\n\nMit freundlichen Grüßen\n\n{Absender}\n{Stelle}"
)
SHARED = {"Veranstaltung": "Ehrenamtsforum", "Datum": "12.03.2027", "Uhrzeit": "18:00",
          "Ort": "Rathaus, Saal 2"}  # fmt: skip


def median_s(action: Callable[[], object], runs: int) -> float:
    action()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = max(args.runs, 3)
    folder = Path(tempfile.mkdtemp(prefix="bench-briefe-"))
    db = open_database(str(folder / "bench.db"), user="bench")
    people = [
        Addressee("volunteer", n, f"Vorname{n}", f"Nachname{n}", f"Lindenstraße {n}", "19053",
                  "Schwerin")  # fmt: skip
        for n in range(args.people)
    ]
    written = letters.compose(db, people, "Einladung zum {Veranstaltung}", BODY, SHARED)
    style = styles()["body"]

    def bare() -> None:
        story: list[object] = []
        for letter in written:
            story += [Paragraph(letter.subject, style)]
            story += [Paragraph(p, style) for p in letter.body.split("\n\n")]
            story.append(PageBreak())
        SimpleDocTemplate(str(folder / "bare.pdf"), pagesize=A4, leftMargin=25 * mm).build(story)

    plain = median_s(bare, runs)
    merged = median_s(lambda: letters.write_letters(db, written, folder / "Briefe.pdf"), runs)
    sheet = median_s(lambda: labels.write_labels(people, folder / "Etiketten.pdf"), runs)
    print(f"Briefe per Post: {args.people} Personen, Median aus {runs} Läufen")
    print(f"  reportlab ohne Briefkopf:  {plain:6.2f} s")
    print(f"  Briefe (ein PDF):          {merged:6.2f} s  ({merged / plain:.2f} ×)")
    print(f"  Adressetiketten L7163:     {sheet:6.2f} s")
    db.dispose()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
