; Inno Setup 6 script for the yard PC: installs the one-folder bundle built on Windows by
;     .venv\Scripts\pyinstaller --noconfirm --clean packaging\dismantler.spec
; then compile this with  iscc packaging\windows\dismantler.iss  (output: dist\dismantler-setup-<version>.exe).
;
; Per-user install allowed: the installer asks (or /CURRENTUSER on the command line) and then needs no administrator;
; it goes to %LOCALAPPDATA%\Programs\Yard Intake. An administrator can still install for all users (Program Files).
;
; Data is never kept in the install folder: the app writes its database, photos, backups, logs and station settings
; to the user's AppData (%LOCALAPPDATA%\dismantler, platformdirs' user data folder), which Program Files would not
; allow anyway, and which an uninstall or an upgrade leaves alone. Removing a yard's data is a deliberate act (see the
; note shown at uninstall), never a side effect of updating the program.
;
; pyzbar and the Visual C++ 2013 runtime: pyzbar's libzbar-64.dll (bundled by the spec) is built with Visual Studio
; 2013 and needs msvcr120.dll from the "Visual C++ Redistributable Packages for Visual Studio 2013" (x64), which newer
; redistributables (2015-2022) do not contain. Without it pyzbar does not load and the app reads every symbol with
; zxing-cpp alone (dismantler-cli --self-test shows "pyzbar unavailable"); nothing breaks, 1D reads lose their second
; opinion. The installer checks for the runtime below and, when it is missing, says where to get it
; (https://aka.ms/highdpimfc2013x64enu, vcredist_x64.exe, Microsoft's download page for KB3179560). A site that deploys
; with its own tooling can put vcredist_x64.exe (2013) next to this script and uncomment the [Files]/[Run] lines marked
; VCREDIST to install it silently.

#define AppName "Yard Intake"
#define AppNameZh "报废车辆入场登记"
#define AppVersion "0.1.0"
#define AppExe "dismantler.exe"
#define CliExe "dismantler-cli.exe"
#define Bundle "..\..\dist\dismantler"

[Setup]
AppId={{6F0C2E8B-7A53-4C1E-9D2B-5E3A1C7D4B90}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Yard intake maintainers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; lowest + dialog: a normal user installs for themselves; "Install for all users" asks for administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=dismantler-setup-{#AppVersion}
SetupIconFile=dismantler.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app must be closed to replace its DLLs; Restart Manager asks the user to close it.
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DemoShortcut=Try the demo yard
chinesesimplified.DemoShortcut=试用演示拆解厂
english.SelfTest=Check the installation (self-test)
chinesesimplified.SelfTest=检查安装（自检）
english.VcRuntimeMissing=The Visual C++ 2013 runtime (x64) is not installed. The app works without it, reading barcodes with one decoder instead of two. To add the second decoder, install "Visual C++ Redistributable Packages for Visual Studio 2013" (vcredist_x64.exe) from Microsoft.
chinesesimplified.VcRuntimeMissing=未安装 Visual C++ 2013 运行库（x64）。程序仍可正常使用，但条码只用一个解码器识读。如需第二个解码器，请从微软官网安装“Visual Studio 2013 的 Visual C++ 可再发行组件包”（vcredist_x64.exe）。
english.DataKept=Your yard's data (database, photos, backups) stays in %1. Delete that folder yourself only if this PC no longer keeps the yard's records.
chinesesimplified.DataKept=本厂数据（数据库、照片、备份）保留在 %1。只有在本机不再保存本厂记录时，才可自行删除该文件夹。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; VCREDIST: Source: "vcredist_x64.exe"; DestDir: "{tmp}"; Flags: deleteafterinstall; Check: not VcRuntime2013Installed

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{cm:DemoShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; VCREDIST: Filename: "{tmp}\vcredist_x64.exe"; Parameters: "/install /quiet /norestart"; StatusMsg: "Visual C++ 2013"; Check: not VcRuntime2013Installed
; In a console window that stays open (cmd /k), so the person can read which part failed, if any.
Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --self-test"; Description: "{cm:SelfTest}"; Flags: postinstall unchecked
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: postinstall nowait skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder (Python's byte-code caches); never the user's data.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
function VcRuntime2013Installed: Boolean;
var
  Installed: Cardinal;
begin
  { The redistributable records itself here (64-bit view); both keys are checked because installers differ. }
  Result :=
    (RegQueryDWordValue(HKLM64, 'SOFTWARE\Microsoft\VisualStudio\12.0\VC\Runtimes\x64', 'Installed', Installed)
      and (Installed = 1))
    or FileExists(ExpandConstant('{sys}\msvcr120.dll'));
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and (not VcRuntime2013Installed) and (not WizardSilent) then
    MsgBox(CustomMessage('VcRuntimeMissing'), mbInformation, MB_OK);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\dismantler')]),
      mbInformation, MB_OK);
end;
