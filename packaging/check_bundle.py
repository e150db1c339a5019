"""Checks a built one-folder bundle the way a yard PC would meet it, and reports its size and start-up time.

    .venv/bin/python packaging/check_bundle.py dist/dismantler     # what ``make package`` runs after PyInstaller

1. size: every file under the folder, in MiB (what the installer has to carry, before compression);
2. ``dismantler --self-test --json`` from the bundle, with a clean environment and, where the machine allows it
   (``unshare -rn``: a network namespace of its own with no interface up), no network at all: every part must pass,
   pyzbar must have found the bundled libzbar and OCR must have read with the bundled models;
3. start-up: the desktop app started offscreen on an empty data folder (a fresh home folder, so nothing of this
   machine's is read) until it logs "desktop app started" (the window is built, just before it is shown); the
   process is then ended.

Prints one line per check and writes ``bundle-report.json`` next to the bundle; exits 1 if any check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STARTED_LINE = "desktop app started"
START_TIMEOUT_S = 60.0


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def clean_env(home: Path) -> dict[str, str]:
    """Only what a session on a fresh PC has: no venv, no DISMANTLER_ASSETS, a home folder of its own."""
    keep = ("PATH", "LANG", "LC_ALL", "DISPLAY", "XAUTHORITY", "SYSTEMROOT", "TEMP", "TMP")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def offline_prefix() -> list[str]:
    """``unshare -rn`` when this machine lets an unprivileged process have a network namespace, else nothing (the
    self-test's OCR part blocks sockets in its own process either way)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    try:
        probe = subprocess.run([unshare, "-rn", "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [unshare, "-rn"] if probe.returncode == 0 else []


def run_self_test(executable: Path, env: dict[str, str]) -> tuple[bool, dict]:
    prefix = offline_prefix()
    started = time.perf_counter()
    done = subprocess.run(
        [*prefix, str(executable), "--self-test", "--json"], env=env, capture_output=True, text=True, timeout=300
    )
    seconds = time.perf_counter() - started
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return False, {"exit_code": done.returncode, "stdout": done.stdout[-2000:], "stderr": done.stderr[-2000:]}
    decoder = next((p["detail"] for p in report["parts"] if p["part"] == "decoder"), "")
    # the libzbar inside the bundle, not the build machine's (packaging/hooks/rthook_pyzbar.py)
    bundled_zbar = f"pyzbar loaded {executable.parent.resolve()}" in decoder
    ocr = next((p for p in report["parts"] if p["part"] == "ocr"), {"ok": False})
    ok = done.returncode == 0 and report["ok"] and report["frozen"] and bundled_zbar and ocr["ok"]
    network = "none (unshare -rn)" if prefix else "sockets blocked in the OCR part only"
    return ok, {"exit_code": done.returncode, "seconds": round(seconds, 2), "network": network, **report}


def measure_startup(executable: Path, home: Path, env: dict[str, str]) -> float | None:
    """Seconds from launch to the app's "started" log line, or None if it did not start in time."""
    data = home / "yard"
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(executable), "--data-dir", str(data), "--language", "en"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while time.perf_counter() - started < START_TIMEOUT_S:
            for log in home.rglob("dismantler.log"):
                if STARTED_LINE in log.read_text(encoding="utf-8", errors="replace"):
                    return time.perf_counter() - started
            if process.poll() is not None:
                return None
            time.sleep(0.05)
        return None
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle, e.g. dist/dismantler")
    args = parser.parse_args(argv)
    executable = args.bundle / ("dismantler-cli.exe" if sys.platform.startswith("win") else "dismantler")
    if not executable.is_file():
        print(f"no executable at {executable}: build the bundle first (make package)", file=sys.stderr)
        return 1
    size_mib = folder_size(args.bundle) / 2**20
    print(f"bundle size     {size_mib:.0f} MiB ({args.bundle})")
    with tempfile.TemporaryDirectory(prefix="dismantler-bundle-check-") as tmp:
        home = Path(tmp)
        env = clean_env(home)
        ok, self_test = run_self_test(executable, env)
        print(
            f"self-test       {'passed' if ok else 'FAILED'} in {self_test.get('seconds', '?')} s "
            f"(network: {self_test.get('network', '?')})"
        )
        if not ok:
            print(json.dumps(self_test, ensure_ascii=False, indent=1), file=sys.stderr)
        startup = measure_startup(executable, home, env)
    print(f"start-up        {f'{startup:.2f} s' if startup is not None else 'did not start'} (to the built window)")
    report = {
        "size_mib": round(size_mib, 1),
        "self_test_ok": ok,
        "self_test": self_test,
        "startup_s": round(startup, 2) if startup is not None else None,
    }
    (args.bundle.parent / "bundle-report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return 0 if ok and startup is not None else 1


if __name__ == "__main__":
    sys.exit(main())
