"""Start-up time of the program (``main.py --exit-after-start``) against the floor.

Usage: python bench/startup.py DB [--runs N]. Whole processes, offscreen; medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def median_s(command: list[str], runs: int) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)  # warm-up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    floor = median_s([sys.executable, "bench/floor.py", args.db], args.runs)
    program = median_s([sys.executable, "main.py", "--db", args.db, "--exit-after-start"],
                       args.runs)
    print(f"Start-up, Median aus {args.runs} Läufen (offscreen):")
    print(f"  {floor:6.3f} s  Untergrenze (PySide6-Fenster + SQLAlchemy + Zeilen zählen)")
    print(f"  {program:6.3f} s  Servicestelle main.py --exit-after-start")
    print(f"  {program / floor:6.2f} ×  Verhältnis (Ziel ≤ 1,5)")


if __name__ == "__main__":
    main()
