#!/usr/bin/env bash
# Aktualisiert die englische Übersetzung der Oberfläche:
#   1. pyside6-lupdate liest alle Texte aus ui/ (self.tr("…") und
#      QCoreApplication.translate("Kontext", "…")) in resources/translations/servicestelle_en.ts;
#      vorhandene Übersetzungen bleiben, neue Texte kommen als »unfinished« hinzu,
#      entfallene werden entfernt.
#   2. pyside6-lrelease übersetzt die .ts-Datei in servicestelle_en.qm, die das Programm lädt.
# Neue Texte danach in der .ts-Datei übersetzen (Qt Linguist: .venv/bin/pyside6-linguist)
# und das Skript erneut laufen lassen. Beide Dateien gehören ins Repository.
#
# Aufruf:  bash scripts/translations.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BIN=.venv/bin
[[ -x "$BIN/pyside6-lupdate" ]] || BIN="$(dirname "$(command -v pyside6-lupdate)")"
TS=resources/translations/servicestelle_en.ts
QM=resources/translations/servicestelle_en.qm

mkdir -p resources/translations
"$BIN/pyside6-lupdate" -extensions py -no-obsolete -locations relative \
    -source-language de_DE -target-language en_GB ui -ts "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm "$QM"

unfinished=$(grep -c 'type="unfinished"' "$TS" || true)
if [[ "$unfinished" != 0 ]]; then
    echo "Noch $unfinished Texte ohne Übersetzung in $TS" >&2
fi
