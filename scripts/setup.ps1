# Richtet Servicestelle unter Windows ein (wird von start.ps1 und test.ps1 aufgerufen):
#   1. die virtuelle Umgebung .venv mit Python >= 3.11 (bevorzugt "py -3.11", sonst "python"),
#   2. das Projekt mit festen Versionen: pip install -c constraints.txt -e ".[dev,encryption]".
# Beim zweiten Aufruf schnell: pip laeuft nur, wenn sich pyproject.toml oder constraints.txt
# geaendert haben (Pruefsumme in .venv\.servicestelle-setup.sha256).
# Umgebungsvariable PYTHON=C:\Pfad\zu\python.exe waehlt den Interpreter fuer eine neue .venv.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = Split-Path -Parent $PSScriptRoot
$VenvPy = Join-Path $Root '.venv\Scripts\python.exe'
$VersionCheck = 'import sys; sys.exit(sys.version_info < (3, 11))'

function Test-Python([string]$Exe, [string[]]$Pre) {
    try {
        & $Exe @Pre -c $VersionCheck 2>$null | Out-Null
        return ($LASTEXITCODE -eq 0)
    } catch {
        return $false
    }
}

function Find-Python {
    $candidates = @()
    if ($env:PYTHON) { $candidates += ,@($env:PYTHON) }
    $candidates += ,@('py', '-3.11')
    $candidates += ,@('py', '-3.12')
    $candidates += ,@('py', '-3.13')
    $candidates += ,@('py', '-3')
    $candidates += ,@('python')
    $candidates += ,@('python3')
    foreach ($c in $candidates) {
        $exe = $c[0]
        $pre = @($c | Select-Object -Skip 1)
        if (Test-Python $exe $pre) { return ,@($c) }
    }
    return $null
}

function Get-SetupHash {
    $bytes = [byte[]]([System.IO.File]::ReadAllBytes((Join-Path $Root 'pyproject.toml')) +
                      [System.IO.File]::ReadAllBytes((Join-Path $Root 'constraints.txt')))
    $sha = [System.Security.Cryptography.SHA256]::Create()
    try {
        return (($sha.ComputeHash($bytes) | ForEach-Object { $_.ToString('x2') }) -join '')
    } finally {
        $sha.Dispose()
    }
}

Push-Location $Root
try {
    # --- virtuelle Umgebung ---
    if (-not ((Test-Path $VenvPy) -and (Test-Python $VenvPy @()))) {
        $py = Find-Python
        if ($null -eq $py) {
            Write-Host 'FEHLER: Servicestelle braucht Python 3.11 oder neuer, gefunden wurde keins.' -ForegroundColor Red
            Write-Host '        Bitte Python 3.11 von python.org installieren (mit "py"-Launcher)' -ForegroundColor Red
            Write-Host '        oder mit $env:PYTHON = "C:\Pfad\zu\python.exe" angeben.' -ForegroundColor Red
            exit 1
        }
        if (Test-Path '.venv') {
            Write-Host '[setup] Die vorhandene .venv ist unbrauchbar; sie wird neu angelegt.'
            Remove-Item -Recurse -Force '.venv'
        }
        $exe = $py[0]
        $pre = @($py | Select-Object -Skip 1)
        Write-Host "[setup] Lege .venv an mit: $($py -join ' ')"
        & $exe @pre -m venv .venv
        if ($LASTEXITCODE -ne 0) {
            Write-Host "FEHLER: '$($py -join ' ') -m venv .venv' ist gescheitert." -ForegroundColor Red
            exit 1
        }
    }

    # --- Projekt und Abhaengigkeiten (feste Versionen aus constraints.txt) ---
    $stamp = Join-Path $Root '.venv\.servicestelle-setup.sha256'
    $want = Get-SetupHash
    $have = ''
    if (Test-Path $stamp) { $have = (Get-Content -Raw $stamp).Trim() }
    $installed = Test-Path (Join-Path $Root '.venv\Lib\site-packages\servicestelle-*.dist-info')
    if (($want -ne $have) -or -not $installed) {
        Write-Host '[setup] Installiere das Projekt und seine Abhaengigkeiten in .venv (constraints.txt) ...'
        if (Test-Path $stamp) { Remove-Item -Force $stamp }
        & $VenvPy -m pip install --disable-pip-version-check --progress-bar off -q -c constraints.txt -e '.[dev,encryption]'
        if ($LASTEXITCODE -ne 0) {
            Write-Host 'FEHLER: pip install ist gescheitert.' -ForegroundColor Red
            exit 1
        }
        Set-Content -Path $stamp -Value $want -Encoding ascii
    }
    Write-Host "[setup] Fertig: $(& $VenvPy --version), .venv aktuell."
} finally {
    Pop-Location
}
exit 0
