#!/usr/bin/env bash
# Baut das Programm als Ordner dist/Servicestelle/ mit PyInstaller aus installer.spec,
# in einer eigenen, schlanken Umgebung (.venv-build: nur das Programm, psycopg und
# PyInstaller und SQLCipher – keine Testwerkzeuge, die sonst mit ins Paket kämen).
#
#   bash scripts/build.sh            bauen
#   bash scripts/build.sh --smoke    bauen und prüfen: --version, Start auf Beispieldaten
#                                    (jeder Bereich einmal gezeigt), auch verschlüsselt
#
# Unter Windows ist es derselbe Ablauf (siehe README, »Windows-Programm bauen«); das
# Installationsprogramm macht dann installer/servicestelle.iss (Inno Setup) daraus.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
smoke=0
[[ "${1:-}" == "--smoke" ]] && smoke=1

# the interpreter the project's .venv was made from (scripts/setup.sh chose it), else python3
py="${PYTHON:-}"
if [[ -z "$py" && -x .venv/bin/python ]]; then
    py="$(.venv/bin/python -c 'import sys; print(sys._base_executable)')"
fi
py="${py:-python3}"
if [[ ! -x .venv-build/bin/python ]]; then
    "$py" -m venv .venv-build
fi
stamp=.venv-build/.stamp
want="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    .venv-build/bin/python -m pip install --quiet --upgrade pip
    .venv-build/bin/python -m pip install --quiet -c constraints.txt ".[postgresql,encryption,build]"
    echo "$want" > "$stamp"
fi

start=$(date +%s.%N)
rm -rf build/installer dist/Servicestelle
.venv-build/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --workpath build/installer --distpath dist installer.spec
seconds=$(python3 -c "print(round($(date +%s.%N) - $start))")
size=$(du -sm dist/Servicestelle | cut -f1)
echo "[build] dist/Servicestelle: ${size} MB, gebaut in ${seconds} s"

if (( smoke )); then
    exe=dist/Servicestelle/Servicestelle
    "$exe" --version
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    .venv-build/bin/python -m servicestelle --db "$tmp/probe.db" init >/dev/null
    .venv-build/bin/python -m servicestelle --db "$tmp/probe.db" demo --volunteers 200 >/dev/null
    SERVICESTELLE_HOME="$tmp/home" QT_QPA_PLATFORM=offscreen \
        "$exe" --db "$tmp/probe.db" --exit-after-start --visit-pages
    # the same database encrypted (SQLCipher), opened with its password
    cp "$tmp/probe.db" "$tmp/geheim.db"
    SERVICESTELLE_PASSWORD="Probe-Kennwort-1" .venv-build/bin/python -m servicestelle \
        --db "$tmp/geheim.db" encrypt >/dev/null
    SERVICESTELLE_HOME="$tmp/home" QT_QPA_PLATFORM=offscreen SERVICESTELLE_PASSWORD="Probe-Kennwort-1" \
        "$exe" --db "$tmp/geheim.db" --exit-after-start
    echo "[build] Prüfung bestanden: --version, Start auf Beispieldaten, verschlüsselt und unverschlüsselt"
    if (( size > 200 )); then
        echo "[build] Hinweis: ${size} MB, Ziel ≤ 200 MB (unter Linux liegen allein 31 MB" \
             "ICU-Daten bei, die das Windows-Paket nicht braucht)" >&2
    fi
fi
