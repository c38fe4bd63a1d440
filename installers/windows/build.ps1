<#
.SYNOPSIS
  Build the Windows installer of Dealbook: venv, PyInstaller bundle, frozen self-test,
  Inno Setup, optional code signing.

.DESCRIPTION
  Run from anywhere in a clone, in PowerShell 5.1+ or pwsh:
      powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1

  Needs Python 3.11 (x64) on PATH or in $env:PYTHON, and Inno Setup 6 (ISCC.exe on PATH, in
  $env:ISCC, or in its default folder; `choco install innosetup` on CI).

  Signing happens only when DEALBOOK_SIGN_CERT names a .pfx file:
      DEALBOOK_SIGN_CERT       path to the code-signing certificate (.pfx)
      DEALBOOK_SIGN_PASSWORD   its password
      DEALBOOK_SIGN_TIMESTAMP  RFC 3161 timestamp server URL (default: DigiCert's)
      SIGNTOOL                 path to signtool.exe (default: found in the Windows SDK)
  The executables are signed before Inno Setup packs them, the setup .exe after.

  Output: dist\dealbook\ (bundle) and dist\dealbook-<version>-windows-x64-setup.exe.
#>
[CmdletBinding()]
param(
    [string]$Venv = "build\venv-win",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked {
    param([string]$What, [scriptblock]$Block)
    Write-Host "== $What"
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

# --- venv and dependencies --------------------------------------------------------------
$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
if (-not (Test-Path "$Venv\Scripts\python.exe")) {
    Invoke-Checked "creating build venv $Venv" { & $Python -m venv $Venv }
}
$VPy = Join-Path $Root "$Venv\Scripts\python.exe"
Invoke-Checked "upgrading pip" { & $VPy -m pip install -q --upgrade pip }
# not editable: the bundle holds what a user gets, with installed metadata
Invoke-Checked "installing dealbook[build]" { & $VPy -m pip install -q --upgrade ".[build]" }
$Version = (& $VPy -c "import importlib.metadata as m; print(m.version('dealbook'))").Trim()
Write-Host "   Dealbook $Version"

if (-not (Test-Path "resources\icons\dealbook.ico")) {
    $env:QT_QPA_PLATFORM = "offscreen"
    Invoke-Checked "rendering icons" { & $VPy scripts\make_icons.py }
}

# --- PyInstaller ------------------------------------------------------------------------
Remove-Item -Recurse -Force "dist\dealbook", "build\pyinstaller" -ErrorAction SilentlyContinue
Invoke-Checked "PyInstaller" {
    & $VPy -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath dist --workpath build\pyinstaller installers\dealbook.spec
}

# --- frozen self-test (console executable; Dealbook.exe is windowed and prints nothing) ---
$env:QT_QPA_PLATFORM = "offscreen"
Remove-Item Env:\DEALBOOK_DB, Env:\DEALBOOK_HOME -ErrorAction SilentlyContinue
Invoke-Checked "frozen self-test" { & "dist\dealbook\dealbook-cli.exe" --self-test }
Remove-Item Env:\QT_QPA_PLATFORM

$Bytes = (Get-ChildItem -Recurse -File "dist\dealbook" | Measure-Object -Property Length -Sum).Sum
Write-Host ("   bundle dist\dealbook: {0:N1} MB" -f ($Bytes / 1e6))

# --- signing ------------------------------------------------------------------------------
function Find-SignTool {
    if ($env:SIGNTOOL) { return $env:SIGNTOOL }
    $cmd = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    $kits = "${env:ProgramFiles(x86)}\Windows Kits\10\bin"
    $found = Get-ChildItem -Path $kits -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -match "\\x64\\" } | Sort-Object FullName -Descending |
        Select-Object -First 1
    if (-not $found) { throw "signtool.exe not found: install the Windows SDK or set SIGNTOOL" }
    return $found.FullName
}

$Sign = [bool]$env:DEALBOOK_SIGN_CERT
function Invoke-Sign {
    param([string[]]$Files)
    if (-not $Sign) { return }
    $tool = Find-SignTool
    $ts = if ($env:DEALBOOK_SIGN_TIMESTAMP) { $env:DEALBOOK_SIGN_TIMESTAMP } else { "http://timestamp.digicert.com" }
    $signArgs = @("sign", "/fd", "SHA256", "/td", "SHA256", "/tr", $ts, "/f", $env:DEALBOOK_SIGN_CERT)
    if ($env:DEALBOOK_SIGN_PASSWORD) { $signArgs += @("/p", $env:DEALBOOK_SIGN_PASSWORD) }
    Invoke-Checked "signing $($Files -join ', ')" { & $tool @signArgs @Files }
    Invoke-Checked "verifying signatures" { & $tool verify /pa @Files }
}
if ($Sign) {
    Invoke-Sign @("dist\dealbook\Dealbook.exe", "dist\dealbook\dealbook-cli.exe")
} else {
    Write-Host "== not signing (DEALBOOK_SIGN_CERT is not set)"
}

if ($SkipInstaller) { return }

# --- Inno Setup -------------------------------------------------------------------------
$Iscc = if ($env:ISCC) { $env:ISCC } else { (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source }
if (-not $Iscc) {
    foreach ($dir in @("${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6", "$env:LOCALAPPDATA\Programs\Inno Setup 6")) {
        if (Test-Path "$dir\ISCC.exe") { $Iscc = "$dir\ISCC.exe"; break }
    }
}
if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found: install it or set ISCC" }
Invoke-Checked "Inno Setup" {
    & $Iscc /Qp "/DAppVersion=$Version" "/DSourceDir=$Root\dist\dealbook" "/DOutputDir=$Root\dist" `
        installers\windows\dealbook.iss
}
$Setup = "dist\dealbook-$Version-windows-x64-setup.exe"
Invoke-Sign @($Setup)
Write-Host ("== done: {0} ({1:N1} MB)" -f $Setup, ((Get-Item $Setup).Length / 1e6))
