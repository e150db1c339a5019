"""A full disk or stick gets words, not a traceback, and nothing half-written stays behind (issue 13: ``db backup``
left ``NAME.partial``; ``sync export`` onto a full stick failed with a traceback).

The disk is real: a tmpfs of a few KiB mounted in a private mount namespace (``unshare --mount``, and a user
namespace when not run as root), so the command meets ENOSPC from the kernel exactly where a full USB stick gives
it; the namespace ends with the command, leaving no mount behind."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from dismantler_app.cli.main import main
from tests.hub.servers import ProcessHub, new_hub_database
from tests.services.certified_yard import open_certified_yard

SMALL = 48 * 1024
_MARK = "==listing=="


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str
    left_on_disk: list[str]


def _on_small_disk(folder: Path, *argv: str, size: int = SMALL) -> Outcome:
    """Runs ``dismantler ARGV`` with a tmpfs of ``size`` bytes mounted on ``folder``; lists the folder afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    namespace = ["unshare", "--mount"] if os.geteuid() == 0 else ["unshare", "--user", "--map-root-user", "--mount"]
    script = (
        f'mount -t tmpfs -o size={size} tmpfs "$0" || exit 97; "$@"; rc=$?; echo {_MARK} >&2; ls -A "$0" >&2; exit $rc'
    )
    done = subprocess.run(
        [*namespace, "bash", "-c", script, str(folder), sys.executable, "-m", "dismantler_app", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode != 97, f"could not mount a tmpfs: {done.stderr}"
    errors, _, listing = done.stderr.partition(_MARK + "\n")
    return Outcome(done.returncode, done.stdout, errors, listing.split())


def test_db_backup_onto_a_full_disk_says_so_and_leaves_nothing(tmp_path):
    yard = open_certified_yard(tmp_path / "yard")
    yard.certify(1)
    yard.close()
    assert (tmp_path / "yard" / "yard.sqlite3").stat().st_size > SMALL  # the copy cannot fit
    disk = tmp_path / "disk"
    done = _on_small_disk(disk, "--data-dir", str(tmp_path / "yard"), "db", "backup", str(disk / "yard-copy.sqlite3"))
    assert done.returncode == 1
    assert "the backup could not be written (the disk is full" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.left_on_disk == []  # no yard-copy.sqlite3.partial, no journal


def test_sync_export_onto_a_full_stick_says_so_leaves_nothing_and_keeps_the_events_queued(tmp_path, capsys):
    dsn, _ = new_hub_database()
    hub = ProcessHub(dsn)
    yard = open_certified_yard(tmp_path / "yard")
    data = ["--data-dir", str(tmp_path / "yard")]
    try:
        for serial in range(1, 6):
            yard.certify(serial)
        assert main(["hub", "enrol-yard", "North", "--db", dsn]) == 0
        token = capsys.readouterr().out.strip()
        assert main([*data, "sync", "enrol", token, "--hub", hub.url]) == 0
        capsys.readouterr()
        assert main([*data, "sync", "status", "--json"]) == 0
        pending = capsys.readouterr().out
    finally:
        yard.close()
        hub.stop()
    stick = tmp_path / "stick"
    done = _on_small_disk(stick, *data, "sync", "export", str(stick / "north.dmb"), size=8 * 1024)
    assert done.returncode == 2, done.stderr
    assert "the stick is full" in done.stderr and "events stay queued" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert done.left_on_disk == []
    assert main([*data, "sync", "status", "--json"]) == 0
    assert capsys.readouterr().out == pending  # nothing was marked exported
