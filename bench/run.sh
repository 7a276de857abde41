#!/usr/bin/env bash
# Benchmarks (not part of the test run): builds a 100,000-volunteer demo database once,
# then measures list queries, search and start-up. Usage: bash bench/run.sh [VOLUNTEERS]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
py=.venv/bin/python
out=bench/out
mkdir -p "$out"
db="$out/demo-$n.db"
echo "Rechner: $(nproc) Kerne, $(free -g | awk '/^Mem:/{print $2}') GiB"
if [ ! -f "$db" ]; then
  start=$(date +%s.%N)
  "$py" -m servicestelle --db "$db" init >/dev/null
  "$py" -m servicestelle --db "$db" demo --volunteers "$n" --seed 1
  echo "Demo-Datenbank gebaut in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s"
fi
"$py" bench/queries.py "$db"
QT_QPA_PLATFORM=offscreen "$py" bench/startup.py "$db"
QT_QPA_PLATFORM=offscreen "$py" bench/ui.py "$db"
QT_QPA_PLATFORM=offscreen "$py" bench/dashboard.py "$db"
"$py" bench/imports.py
"$py" bench/exports.py "$db"
"$py" bench/matching.py "$db"
"$py" bench/followups.py "$db"
"$py" bench/privacy.py "$db"
"$py" bench/printing.py "$out/print-5000.db"  # 2,000 pairings: own, smaller database
# a private PostgreSQL server behind a delaying proxy (0, 2 and 20 ms one-way)
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  QT_QPA_PLATFORM=offscreen "$py" bench/network.py
fi
