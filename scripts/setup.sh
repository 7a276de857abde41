#!/usr/bin/env bash
# Richtet alles ein, was Servicestelle unter Linux braucht (idempotent, schnell beim zweiten Mal):
#   1. Debian-/Ubuntu-Pakete für Qt (als root per apt-get, sonst nur ein Hinweis),
#   2. die virtuelle Umgebung .venv (Python >= 3.11),
#   3. das Projekt mit festen Versionen: pip install -c constraints.txt -e ".[dev,encryption]".
#
# Aufruf:  bash scripts/setup.sh          # zum Starten des Programms
#          bash scripts/setup.sh --test   # zusätzlich PostgreSQL-Server und poppler-utils für die Tests
#
# Umgebungsvariablen: PYTHON=/pfad/zu/python3.x wählt den Interpreter für eine neue .venv.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

WITH_TESTS=0
for arg in "$@"; do
    case "$arg" in
        --test | --tests) WITH_TESTS=1 ;;
        -h | --help)
            sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "setup.sh: unbekannte Option »$arg« (erlaubt: --test)" >&2
            exit 2
            ;;
    esac
done

say() { echo "[setup] $*"; }

# --- 1. Debian-Pakete -------------------------------------------------------------------------

# Qt mit QT_QPA_PLATFORM=offscreen (Tests, Kommandozeile)
QT_OFFSCREEN_PKGS=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3)
# ein echtes Fenster (auch unter Xvfb)
QT_WINDOW_PKGS=(xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1
    libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-render-util0 libxcb-image0)
# nur für die Tests: PostgreSQL-Server (Binärdateien unter /usr/lib/postgresql/*/bin), pdftotext,
# LibreOffice Calc ohne Oberfläche (liest exportierte .xlsx unabhängig nach)
TEST_PKGS=(postgresql poppler-utils libreoffice-calc-nogui)

is_installed() {
    # Neuere Debian/Ubuntu benennen manche Bibliotheken mit »t64« um (libglib2.0-0t64).
    local p
    for p in "$1" "$1t64"; do
        if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" == "install ok installed" ]]; then
            return 0
        fi
    done
    return 1
}

# Ein Python >= 3.11 (erstes passendes aus $PYTHON, python3, python3.13, python3.12, python3.11).
find_python() {
    local c
    for c in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
        if command -v "$c" >/dev/null 2>&1 \
            && "$c" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$c"
            return 0
        fi
    done
    return 1
}

venv_ok() {
    [[ -x .venv/bin/python ]] \
        && .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

if command -v dpkg-query >/dev/null 2>&1; then
    wanted=("${QT_OFFSCREEN_PKGS[@]}" "${QT_WINDOW_PKGS[@]}")
    if ((WITH_TESTS)); then
        wanted+=("${TEST_PKGS[@]}")
    fi
    # Ohne brauchbare .venv: Python selbst (und dessen venv-Modul) ggf. auch aus Debian holen.
    if ! venv_ok; then
        if py="$(find_python)"; then
            if [[ "$py" == /usr/bin/* ]] && ! "$py" -c 'import ensurepip, venv' 2>/dev/null; then
                wanted+=("python3-venv" "$(basename "$(readlink -f "$py")")-venv")
            fi
        else
            wanted+=(python3 python3-venv)
        fi
    fi
    missing=()
    for p in "${wanted[@]}"; do
        is_installed "$p" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
            say "Installiere Debian-Pakete: ${missing[*]}"
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq </dev/null
            apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
        else
            say "Hinweis: Diese Debian-Pakete fehlen: ${missing[*]}"
            say "         Installieren mit: sudo apt-get install --no-install-recommends ${missing[*]}"
            say "         (Es geht trotzdem weiter; ohne sie kann Qt oder ein Test scheitern.)"
        fi
    fi
    if ((WITH_TESTS)) && [[ "$(id -u)" == 0 ]] && ! id postgres >/dev/null 2>&1; then
        say "Hinweis: Der Systembenutzer »postgres« fehlt; als root laufen die PostgreSQL-Tests unter ihm."
    fi
else
    say "Hinweis: kein Debian/Ubuntu (dpkg fehlt) – Systempakete für Qt bitte selbst installieren."
fi

# --- 2. virtuelle Umgebung ----------------------------------------------------------------------

if ! venv_ok; then
    if ! py="$(find_python)"; then
        echo "FEHLER: Servicestelle braucht Python 3.11 oder neuer, gefunden wurde keins." >&2
        echo "        Bitte Python >= 3.11 installieren (Debian/Ubuntu: apt-get install python3 python3-venv)" >&2
        echo "        oder mit PYTHON=/pfad/zu/python3.11 angeben." >&2
        exit 1
    fi
    if [[ -e .venv ]]; then
        say "Die vorhandene .venv ist unbrauchbar (kein Python >= 3.11); sie wird neu angelegt."
        rm -rf .venv
    fi
    say "Lege .venv an mit $py ($("$py" -c 'import platform; print(platform.python_version())'))"
    if ! "$py" -m venv .venv; then
        rm -rf .venv
        echo "FEHLER: »$py -m venv .venv« ist gescheitert." >&2
        echo "        Debian/Ubuntu: apt-get install python3-venv" >&2
        exit 1
    fi
fi

# --- 3. Projekt und Abhängigkeiten (feste Versionen aus constraints.txt) -------------------------

STAMP=.venv/.servicestelle-setup.sha256
want="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)"
have="$(cat "$STAMP" 2>/dev/null || true)"
if [[ "$want" != "$have" ]] || ! compgen -G '.venv/lib/python3*/site-packages/servicestelle-*.dist-info' >/dev/null; then
    say "Installiere das Projekt und seine Abhängigkeiten in .venv (constraints.txt) ..."
    rm -f "$STAMP"
    .venv/bin/python -m pip install --disable-pip-version-check --progress-bar off -q \
        -c constraints.txt -e ".[dev,encryption]"
    echo "$want" >"$STAMP"
fi

say "Fertig: $(.venv/bin/python --version), .venv aktuell."
