"""``dismantler`` with no subcommand starts the desktop app on the data folder, and makes the daily backup in the
background once the window is up (not before: a large yard database takes seconds to copy)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.services.yard_setup import open_yard

ROOT = Path(__file__).resolve().parents[2]


def _start(tmp_path: Path, data: Path) -> tuple[subprocess.Popen[str], Path]:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "dismantler_app", "--data-dir", str(data), "--language", "en"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    return app, home


@pytest.mark.slow
def test_the_app_starts_on_its_data_folder_and_makes_todays_backup_in_the_background(tmp_path: Path) -> None:
    data = tmp_path / "yard"
    data.mkdir()
    open_yard(data).close()
    app, home = _start(tmp_path, data)
    try:
        deadline = time.monotonic() + 60
        started = backups = []
        while time.monotonic() < deadline and not (started and backups):
            assert app.poll() is None, app.stdout.read() if app.stdout else ""
            started = [p for p in home.rglob("dismantler.log") if "desktop app started" in p.read_text("utf-8")]
            backups = list((data / "backups").glob("*.sqlite3")) if (data / "backups").is_dir() else []
            time.sleep(0.1)
        assert started, "the app did not log that it started"
        assert len(backups) == 1, "today's backup was not made"
    finally:
        app.terminate()
        app.wait(30)


@pytest.mark.slow
def test_the_app_starts_when_station_json_nests_too_deeply(tmp_path: Path) -> None:
    data = tmp_path / "yard"
    data.mkdir()
    open_yard(data).close()
    (data / "station.json").write_text('{"extra": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    app, home = _start(tmp_path, data)
    try:
        deadline = time.monotonic() + 60
        started = []
        while time.monotonic() < deadline and not started:
            assert app.poll() is None, app.stdout.read() if app.stdout else ""
            started = [p for p in home.rglob("dismantler.log") if "desktop app started" in p.read_text("utf-8")]
            time.sleep(0.1)
        assert started, "the app did not start on a station.json nested too deeply"
    finally:
        app.terminate()
        app.wait(30)
