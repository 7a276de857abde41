; Inno Setup script: turns the PyInstaller folder dist\Servicestelle into a per-user
; installer (no administrator rights) with a start-menu entry and an uninstaller that
; keeps the user's data (database, backups and logs live in the user's application-data
; folder, which the program creates on first start and the uninstaller never touches).
;
; Build (Windows, after `pyinstaller installer.spec`, see README):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\servicestelle.iss
; The version comes from pyproject.toml (scripts\build.ps1 passes it).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Servicestelle"
#define AppExe "Servicestelle.exe"

[Setup]
AppId={{6E3B7F5A-2C41-4C8E-9B55-5E1D2A7C9F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Servicestelle
; per-user: installs below %LOCALAPPDATA%\Programs, no administrator rights needed
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\dist\installer
OutputBaseFilename=Servicestelle-{#AppVersion}-Setup
SetupIconFile=..\resources\icons\servicestelle.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=no

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\Servicestelle\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself wrote into its own folder; the user's data folder
; (%APPDATA%\Servicestelle) is left alone on purpose
Type: filesandordirs; Name: "{app}\__pycache__"
