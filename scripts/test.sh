#!/usr/bin/env bash
# Richtet alles ein (scripts/setup.sh --test) und führt alle Prüfungen aus:
# ruff (falls installiert) und pytest mit Qt offscreen. Weitere Argumente gehen an pytest,
# Pfade relativ zum Projektordner, z. B.:  bash scripts/test.sh tests/test_db.py -x
#
# Den PostgreSQL-Testserver starten die Tests selbst (tests/pgserver.py, Debian-Paket
# »postgresql«); SERVICESTELLE_TEST_PG=postgresql+psycopg://... nimmt stattdessen einen
# vorhandenen Server. Mit CI=true ist PostgreSQL Pflicht.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh --test

PY=.venv/bin/python
failed=()

if "$PY" -m ruff --version >/dev/null 2>&1; then
    targets=()
    for t in servicestelle ui tests bench main.py; do
        [[ -e "$t" ]] && targets+=("$t")
    done
    echo "== ruff check ${targets[*]}"
    if "$PY" -m ruff check "${targets[@]}"; then
        :
    else
        failed+=("ruff")
    fi
else
    echo "== ruff nicht installiert, übersprungen"
fi

echo "== pytest $*"
rc=0
QT_QPA_PLATFORM=offscreen "$PY" -m pytest "$@" || rc=$?
if ((rc == 5)); then
    echo "FEHLER: pytest hat keinen Test gefunden (Exit-Code 5)." >&2
    failed+=("pytest (keine Tests)")
elif ((rc != 0)); then
    failed+=("pytest (Exit-Code $rc)")
fi

if ((${#failed[@]})); then
    echo "FEHLGESCHLAGEN: ${failed[*]}" >&2
    exit 1
fi
echo "Alle Prüfungen bestanden."
