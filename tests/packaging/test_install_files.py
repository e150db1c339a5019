"""The files an installation is made of: the menu entry, the icons, the head-office unit, the Windows installer."""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
from pathlib import Path

from PIL import Image

from dismantler_app.cli.main import build_parser

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
DESKTOP = PACKAGING / "linux" / "dismantler.desktop"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in the Desktop Entry Specification
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    entry = _desktop_entry()
    # The checks that matter to a yard PC's menu, whether or not the validator is installed here.
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert shlex.split(entry["Exec"])[0] == "dismantler" == entry["TryExec"]
    assert entry["Icon"] == "dismantler" and entry["Name[zh_CN]"]
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    if tool:
        done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_menu_actions_are_commands_the_program_accepts() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    for section in parser.sections():
        argv = shlex.split(parser[section]["Exec"])
        assert argv[0] == "dismantler"
        build_parser().parse_args(argv[1:])  # exits with 2 on an unknown option


def test_the_icon_exists_in_every_usual_size_at_that_size() -> None:
    for size in ICON_SIZES:
        png_path = PACKAGING / "linux" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "dismantler.png"
        with Image.open(png_path) as png:
            assert png.size == (size, size) and png.mode == "RGBA"
    assert (PACKAGING / "linux" / "icons" / "dismantler.svg").read_text().lstrip().startswith("<?xml")
    with Image.open(PACKAGING / "windows" / "dismantler.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]


def _env_example() -> dict[str, str]:
    lines = (PACKAGING / "hub" / "hub.env.example").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def test_the_hub_unit_runs_a_serve_command_the_program_accepts_with_the_example_settings() -> None:
    unit = (PACKAGING / "hub" / "dismantler-hub.service").read_text(encoding="utf-8").replace("\\\n", " ")
    exec_start = next(line.split("=", 1)[1] for line in unit.splitlines() if line.startswith("ExecStart="))
    env = _env_example()
    command = re.sub(r"\$\{(\w+)\}", lambda m: env[m.group(1)], exec_start)
    argv = shlex.split(command)
    assert argv[0] == "/opt/dismantler/dismantler"
    args = build_parser().parse_args(argv[1:])
    # Loopback until the address yards reach is set: never every interface by default.
    assert (args.command, args.host, args.port) == ("hub", "127.0.0.1", 8443)
    assert args.tls_cert and args.tls_key  # served over TLS
    assert env["DISMANTLER_HUB_DB"].startswith("postgresql://")
    assert "EnvironmentFile=/etc/dismantler-hub/hub.env" in unit and "User=dismantler-hub" in unit


def test_the_windows_installer_installs_per_user_and_keeps_data_out_of_the_program_folder() -> None:
    script = (PACKAGING / "windows" / "dismantler.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script and "PrivilegesRequiredOverridesAllowed=dialog" in script
    assert (PACKAGING / "windows" / re.search(r"SetupIconFile=(\S+)", script).group(1)).is_file()
    assert "VisualStudio\\12.0\\VC\\Runtimes\\x64" in script  # the pyzbar runtime check
    # Only byte-code caches are removed from {app}; the yard's data is in AppData and is never deleted.
    deletions = re.findall(r"Name: \"([^\"]+)\"", script.split("[UninstallDelete]")[1].split("[Code]")[0])
    assert deletions == ["{app}\\_internal\\__pycache__"]
    assert "{localappdata}\\dismantler" in script
