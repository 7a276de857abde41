# Richtet alles ein (scripts\setup.ps1) und startet Servicestelle.
# Aufruf:  powershell -ExecutionPolicy Bypass -File scripts\start.ps1 [Argumente fuer main.py]
# z. B.    powershell -ExecutionPolicy Bypass -File scripts\start.ps1 --db C:\Daten\servicestelle.db
$ErrorActionPreference = 'Stop'

$Root = Split-Path -Parent $PSScriptRoot
$AppArgs = @($args)

& (Join-Path $PSScriptRoot 'setup.ps1')
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

$py = Join-Path $Root '.venv\Scripts\python.exe'
& $py (Join-Path $Root 'main.py') @AppArgs
exit $LASTEXITCODE
