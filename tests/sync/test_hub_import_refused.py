"""``dismantler hub import`` of a file head office will not take says so in one line and exits non-zero: not a zip,
a zip whose deflate stream or CRC is broken, a bundle from a site head office does not know (issue 13: tracebacks of
BundleRefused, BadZipFile and zlib.error)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.sync.bundle import write_bundle


def _hub_import(dsn: str, path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DISMANTLER_HUB_DB": dsn}
    return subprocess.run(
        [sys.executable, "-m", "dismantler_app", "hub", "import", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def _stranger_bundle(path: Path) -> Path:
    write_bundle(
        path,
        site_id="site-nobody-knows",
        signing_key=Ed25519PrivateKey.generate(),
        batches=[b'{"manifest": {}}'],
        photos=[],
        created_at="2026-06-01T08:00:00+00:00",
    )
    return path


def _text_file(path: Path) -> Path:
    path.write_bytes(b"this is a text file, not a bundle")
    return path


def _broken_deflate(path: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("index.json", os.urandom(16).hex() * 400)
    data = bytearray(buffer.getvalue())
    start = 30 + len("index.json")  # local header, then the compressed bytes
    for offset in range(start + 20, start + 60):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_text_file, "not a readable bundle"),
        (_broken_deflate, "damaged or not a yard bundle"),
        (_stranger_bundle, "is not enrolled at head office"),
    ],
)
def test_a_refused_or_damaged_bundle_is_one_clear_line(hub_db, tmp_path, make, words):
    path = make(tmp_path / "north.dmb")
    done = _hub_import(hub_db[0], path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert words in done.stderr and "Ask the yard to export it again" in done.stderr
    assert not (tmp_path / "north.dmb.receipt.json").exists()


def test_a_missing_bundle_file_is_named(hub_db, tmp_path):
    done = _hub_import(hub_db[0], tmp_path / "nowhere.dmb")
    assert done.returncode == 2 and "no bundle at" in done.stderr
