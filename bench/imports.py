"""Import speed: 20,000 rows × 15 columns from .xlsx, measured side by side with
python-calamine reading the same file alone (target: full import ≤ 3× that; the
preview ≤ 2 s; memory flat).

Usage: .venv/bin/python bench/imports.py [ROWS]   (the file is made once in bench/out)
"""

from __future__ import annotations

import datetime as dt
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADERS = ["Nr.", "Name", "Vorname", "Straße", "PLZ", "Ort", "Stadtteil", "Tel.", "E-Mail",
           "Geburtsdatum", "Sprachen", "Tätigkeit", "Zeit", "DSGVO", "Bemerkungen"]
LAST = ["Müller", "Schulz", "Haddad", "Al-Hassan", "Öztürk", "Бондаренко", "Nowak", "Weiß",
        "Karimi", "Krüger", "Yılmaz", "Petrenko", "Hoffmann", "Rahimi", "Meißner"]
FIRST = ["Anna", "Jürgen", "Fatemeh", "Olena", "Samir", "Ірина", "Birgit", "Reza", "Ayşe",
         "Tobias", "Leyla", "Matthias", "Nadia", "Günther", "Käthe"]
DISTRICTS = ["Schelfstadt", "Weststadt", "Gr. Dreesch", "Muesser Holz", "Lankow", "Neumühle",
             "Krebsförden", "Ostorf", "Feldstadt", "Görries"]
LANGUAGES = ["arab., engl.", "Russisch/Ukrainisch", "Farsi (Muttersprache), Deutsch B2",
             "Türkisch, Deutsch", "Englisch (gut), Spanisch (etwas)", "Deutsch"]
FIELDS = ["Sprachcafé, Kita-Begleitung", "Hausaufgabenhilfe", "Begleitung Arzt, Dolmetschen",
          "Freizeit/Sport", "Bewerbungen, Wohnungssuche"]


def make_file(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(7)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Ehrenamtliche")
    sheet.append(["Ehrenamtliche – Stand 2026"])
    sheet.append([])
    sheet.append(HEADERS)
    for i in range(rows):
        last, first = rng.choice(LAST), rng.choice(FIRST)
        born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(20000))
        phone = (385_0000000 + rng.randrange(9999999) if i % 3 == 0
                 else f"0176 {rng.randrange(10**7, 10**8)}")
        sheet.append([
            i + 1, last, first, f"Hauptstraße {rng.randrange(1, 200)}", 19053 + rng.randrange(10),
            "Schwerin", rng.choice(DISTRICTS), phone, f"person{i}@example.org",
            born if i % 2 else born.strftime("%d.%m.%Y"), rng.choice(LANGUAGES),
            rng.choice(FIELDS), "abends", rng.choice(["ja", "x", ""]),
            "hat Auto" if i % 5 == 0 else None,
        ])
    book.save(path)


def calamine_alone(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name("Ehrenamtliche").to_python()
    assert len(rows) > 1000
    return time.perf_counter() - started


def preview(path: Path, db_path: Path) -> float:
    from servicestelle.db import open_database
    from servicestelle.importing.service import ImportService

    db = open_database(db_path)
    started = time.perf_counter()
    ImportService(db).read("volunteer", path)
    elapsed = time.perf_counter() - started
    db.dispose()
    return elapsed


def full_import(path: Path, db_path: Path) -> tuple[float, float, float, float, int]:
    """(total, read, check, write) seconds and the number of records created."""
    from servicestelle.db import open_database
    from servicestelle.importing.service import ImportService

    db = open_database(db_path, user="Messung")
    service = ImportService(db)
    started = time.perf_counter()
    sheet = service.read("volunteer", path)
    read = time.perf_counter()
    plan = service.plan("volunteer", sheet)
    checked = time.perf_counter()
    result = service.run(plan, sheet)
    done = time.perf_counter()
    db.dispose()
    return done - started, read - started, checked - read, done - checked, result.created


def sqlite_alone(path: Path, empty: Path, work: Path, runs: int) -> float:
    """SQLite writing exactly the rows one import writes (captured at the driver), with
    nothing else: no reading, checking or Python per row. Any import into this schema
    takes at least this long on top of reading the file."""
    import sqlite3

    from sqlalchemy.engine import Connection

    from servicestelle.db import open_database
    from servicestelle.importing.service import ImportService

    captured: list[tuple[str, list]] = []
    original = Connection.exec_driver_sql

    def keep(self, sql, parameters=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(parameters, list) and parameters and sql.lstrip().startswith("INSERT"):
            captured.append((sql, list(parameters)))
        return original(self, sql, parameters, *args, **kwargs)

    target = work / "erfassen.db"
    shutil.copy(empty, target)
    db = open_database(target, user="Messung")
    Connection.exec_driver_sql = keep  # type: ignore[method-assign]
    try:
        service = ImportService(db)
        preview = service.read("volunteer", path)
        service.run(service.plan("volunteer", preview), preview)
    finally:
        Connection.exec_driver_sql = original  # type: ignore[method-assign]
        db.dispose()
    times = []
    for k in range(runs):
        copy = work / f"roh{k}.db"
        shutil.copy(empty, copy)
        conn = sqlite3.connect(copy, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for sql, rows in captured:
            conn.executemany(sql, rows)
        conn.execute("COMMIT")
        times.append(time.perf_counter() - started)
        conn.close()
    return statistics.median(times)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"import-{rows}.xlsx"
    if not path.exists():
        make_file(path, rows)
    if "--child" in sys.argv:
        work = Path(sys.argv[sys.argv.index("--child") + 1])
        full_import(path, work)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{peak:.0f}")
        return

    from servicestelle.db import open_database

    runs = 5
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "leer.db"
        open_database(empty).dispose()
        alone = [calamine_alone(path) for _ in range(runs)]
        previews, totals, reads, checks, writes = [], [], [], [], []
        created = 0
        for k in range(runs):
            target = Path(tmp) / f"lauf{k}.db"
            shutil.copy(empty, target)
            previews.append(preview(path, target))
            total, read, check, write, created = full_import(path, target)
            totals.append(total)
            reads.append(read)
            checks.append(check)
            writes.append(write)
        floor = sqlite_alone(path, empty, Path(tmp), runs)
        target = Path(tmp) / "speicher.db"
        shutil.copy(empty, target)
        peak = subprocess.run(
            [sys.executable, __file__, str(rows), "--child", str(target)],
            capture_output=True, text=True, check=True, env={**os.environ},
        ).stdout.strip().splitlines()[-1]

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:8.0f} ms"

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())  # others' work skews the times
    print(f"Rechner: {os.cpu_count()} Kerne (Last {load}); Datei: {rows} Zeilen × "
          f"{len(HEADERS)} Spalten (.xlsx, {path.stat().st_size // 1024} KiB); "
          f"Median aus {runs} Läufen")
    print(f"  python-calamine allein lesen      {ms(alone)}")
    print(f"  Vorschau (lesen, Kopfzeile, Zuordnung) {ms(previews)}")
    print(f"  Import gesamt                     {ms(totals)}   "
          f"= {statistics.median(totals) / statistics.median(alone):.1f}× calamine")
    print(f"    davon lesen                     {ms(reads)}")
    print(f"    davon prüfen (Werte, Regeln, Dubletten) {ms(checks)}")
    print(f"    davon schreiben (eine Transaktion)      {ms(writes)}")
    print(f"  angelegt: {created}; Spitzenspeicher des Importprozesses: {peak} MiB")
    print(f"  SQLite allein, dieselben Zeilen ohne Lesen und Prüfen {floor * 1000:8.0f} ms   "
          f"= {floor / statistics.median(alone):.1f}× calamine (Untergrenze für jeden Import)")


if __name__ == "__main__":
    main()
