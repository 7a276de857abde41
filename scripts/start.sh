#!/usr/bin/env bash
# Richtet alles ein (scripts/setup.sh) und startet Servicestelle.
# Alle Argumente gehen an main.py, z. B.:  bash scripts/start.sh --db /pfad/zur/datei.db
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

bash "$ROOT/scripts/setup.sh"

PY="$ROOT/.venv/bin/python"
MAIN="$ROOT/main.py"
if [[ ! -f "$MAIN" ]]; then
    echo "FEHLER: $MAIN fehlt." >&2
    exit 1
fi

# --version / --help brauchen keinen Bildschirm.
for arg in "$@"; do
    case "$arg" in
        --version | -h | --help) exec "$PY" "$MAIN" "$@" ;;
    esac
done

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    if command -v xvfb-run >/dev/null 2>&1; then
        echo "Hinweis: Kein Bildschirm gefunden (DISPLAY/WAYLAND_DISPLAY leer)." >&2
        echo "         Das Programm läuft in einem virtuellen Bildschirm (xvfb-run) und ist nicht zu sehen." >&2
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$PY" "$MAIN" "$@"
    fi
    cat >&2 <<'EOF'
FEHLER: Kein Bildschirm gefunden (DISPLAY und WAYLAND_DISPLAY sind leer) und xvfb-run fehlt.
So geht es trotzdem:
  - in einer grafischen Sitzung starten (X11 oder Wayland), oder
  - ohne Fenster:  QT_QPA_PLATFORM=offscreen bash scripts/start.sh ...
  - oder einen virtuellen Bildschirm installieren:  sudo apt-get install xvfb xauth
    (danach startet dieses Skript das Programm selbst unter xvfb-run)
EOF
    exit 2
fi

exec "$PY" "$MAIN" "$@"
