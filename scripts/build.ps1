# Build the Windows app from a fresh clone, in PowerShell:
#
#     powershell -ExecutionPolicy Bypass -File scripts\build.ps1
#
# Needs Python 3.11 from python.org (the "py" launcher). Creates .venv, installs the app with
# PyInstaller (the "build" extra) and runs build.spec. Result: dist\benefitcalc\ holding
# benefitcalc.exe (the window), benefitcalc-cli.exe (console), _internal\ and policies\.
# Extra arguments go to PyInstaller. See docs\packaging.md.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $Exe $($Arguments -join ' ')" }
}

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    Invoke-Checked "py" @("-3.11", "-m", "venv", ".venv")
}
Invoke-Checked ".venv\Scripts\python.exe" @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Checked ".venv\Scripts\python.exe" @("-m", "pip", "install", "-q", "-e", ".[build]")
Invoke-Checked ".venv\Scripts\python.exe" (@("-m", "PyInstaller", "build.spec", "--noconfirm", "--log-level", "WARN") + $args)

$size = (Get-ChildItem "dist\benefitcalc" -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("benefitcalc build: {0:N1} MB in dist\benefitcalc\ (run dist\benefitcalc\benefitcalc.exe)" -f $size)
