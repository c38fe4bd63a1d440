; Inno Setup 6 script for Dealbook: a per-user install, no administrator rights.
;
; Built by installers/windows/build.ps1, which passes the version and the folders:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=..\..\dist\dealbook /DOutputDir=..\..\dist dealbook.iss
;
; WHERE THINGS LIVE
;   Program files:  {localappdata}\Programs\Dealbook   (this installer writes only here, plus the
;                   Start-menu/desktop shortcuts and the per-user uninstall entry in HKCU)
;   User data:      platformdirs' user_data_dir, i.e. %LOCALAPPDATA%\Dealbook\Dealbook: the
;                   databases (dealbook.sqlite, demo-company.sqlite), backups\ and the copies
;                   made before a schema upgrade; logs in %LOCALAPPDATA%\Dealbook\Dealbook\Logs.
;   The two folders are separate on purpose. Installing a newer version replaces the program
;   files only; the app then opens the existing database and upgrades its schema itself, after
;   copying the file aside (desktop_app/store/engine.py). The uninstaller removes the program
;   files and shortcuts and NEVER deletes the data folder, the databases or the backups: there
;   is deliberately no [UninstallDelete] entry for them. A user who wants them gone deletes the
;   folder by hand (the About box shows where it is).
;   Code signing: build.ps1 signs Dealbook.exe / dealbook-cli.exe before compiling and the
;   setup .exe after, when DEALBOOK_SIGN_CERT is set; the uninstaller stays unsigned.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z dealbook.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\dealbook"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Dealbook"
#define AppExe "Dealbook.exe"

[Setup]
; A fixed AppId keeps upgrades in place: a newer installer finds and replaces the old files.
AppId={{6B0E3C52-4D0B-4E8A-9A7C-2F9D3E1A5B74}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; per-user install, no UAC prompt
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=dealbook-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\dealbook.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; close a running Dealbook before replacing its files; restart it afterwards
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade removes the previous version's program files first (stale Qt/numpy libraries
; of an older build must not linger); this is the install folder only, never the data folder
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes what [Files] and [Icons] installed. [UninstallDelete] names only
; program-side leftovers inside {app} (bytecode caches Python may write next to the Alembic
; migrations); it never names the data folder, a database or a backup.
[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal\desktop_app\store\migrations\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\desktop_app\store\migrations\versions\__pycache__"
