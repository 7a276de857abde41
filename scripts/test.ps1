# Richtet alles ein (scripts\setup.ps1) und fuehrt alle Pruefungen aus:
# ruff (falls installiert) und pytest mit Qt offscreen. Weitere Argumente gehen an pytest.
# Aufruf:  powershell -ExecutionPolicy Bypass -File scripts\test.ps1 [pytest-Argumente]
#
# PostgreSQL: Unter Windows startet kein eigener Testserver. Die PostgreSQL-Tests werden
# uebersprungen, ausser SERVICESTELLE_TEST_PG nennt einen Server, dessen Benutzer
# Datenbanken anlegen darf, z. B.
#   $env:SERVICESTELLE_TEST_PG = 'postgresql+psycopg://postgres:geheim@localhost:5432/postgres'
# Exit-Codes werden einzeln geprueft; Meldungen auf stderr sind kein Abbruchgrund.
$ErrorActionPreference = 'Continue'

$Root = Split-Path -Parent $PSScriptRoot
$PytestArgs = @($args)

& (Join-Path $PSScriptRoot 'setup.ps1')
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

$py = Join-Path $Root '.venv\Scripts\python.exe'
$failed = @()

Push-Location $Root
try {
    & $py -m ruff --version *> $null
    if ($LASTEXITCODE -eq 0) {
        $targets = @('servicestelle', 'ui', 'tests', 'bench', 'main.py') | Where-Object { Test-Path $_ }
        Write-Host "== ruff check $($targets -join ' ')"
        & $py -m ruff check @targets
        if ($LASTEXITCODE -ne 0) { $failed += 'ruff' }
    } else {
        Write-Host '== ruff nicht installiert, uebersprungen'
    }

    Write-Host "== pytest $($PytestArgs -join ' ')"
    $env:QT_QPA_PLATFORM = 'offscreen'
    & $py -m pytest @PytestArgs
    $rc = $LASTEXITCODE
    if ($rc -eq 5) {
        Write-Host 'FEHLER: pytest hat keinen Test gefunden (Exit-Code 5).' -ForegroundColor Red
        $failed += 'pytest (keine Tests)'
    } elseif ($rc -ne 0) {
        $failed += "pytest (Exit-Code $rc)"
    }
} finally {
    Pop-Location
}

if ($failed.Count -gt 0) {
    Write-Host "FEHLGESCHLAGEN: $($failed -join ', ')" -ForegroundColor Red
    exit 1
}
Write-Host 'Alle Pruefungen bestanden.'
exit 0
