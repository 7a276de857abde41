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
# Die Texte des Kerns (servicestelle/: Feldnamen, Spalten, Meldungen, Ausdrucke) stehen
# in _("…") und N_("…") oder als erstes Argument von Field/Column/Filter. pybabel liest
# sie in resources/translations/core_en.po (vorhandene Übersetzungen bleiben) und
# übersetzt sie in core_en.mo, die der Kern beim Start lädt.
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

PO=resources/translations/core_en.po
MO=resources/translations/core_en.mo
POT="$(mktemp --suffix=.pot)"
trap 'rm -f "$POT"' EXIT
"$BIN/pybabel" -q extract --no-location --sort-output --no-wrap \
    -k N_ -k Field -k Column -k Filter --ignore-dirs=".* ._ migrations demo" \
    --project=Servicestelle --copyright-holder=Servicestelle \
    -o "$POT" servicestelle
if [[ -f "$PO" ]]; then
    "$BIN/pybabel" -q update --no-fuzzy-matching --ignore-obsolete --no-wrap \
        -i "$POT" -o "$PO" -l en_GB
else
    "$BIN/pybabel" -q init --no-wrap -i "$POT" -o "$PO" -l en_GB
fi
"$BIN/pybabel" -q compile -i "$PO" -o "$MO" --statistics 2>&1 | sed 's/^/core: /'

unfinished=$(grep -c 'type="unfinished"' "$TS" || true)
if [[ "$unfinished" != 0 ]]; then
    echo "Noch $unfinished Texte ohne Übersetzung in $TS" >&2
fi
