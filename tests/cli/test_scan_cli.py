"""``dismantler scan-image`` and ``scan-camera`` run as an operator would run them."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import cv2
import numpy as np

from dismantler_app.certificates.barcodes import qr_matrix
from dismantler_app.cli.scan import scan_image_file
from tests.scanning.conftest import FIXTURES
from tests.scanning.test_single_image import GENUINE, OTHER, spliced_code128

DISMANTLER = Path(sys.executable).parent / "dismantler"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))["frames"]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(DISMANTLER), *args], capture_output=True, text=True, timeout=120, check=False)


def _first_with(symbology: str) -> dict:
    return next(f for f in MANIFEST if [s["symbology"] for s in f["symbols"]] == [symbology])


def test_scan_image_json_prints_one_object_per_file_with_the_code_and_its_corners():
    qr, dm = _first_with("qr"), _first_with("data_matrix")
    done = _run("scan-image", str(FIXTURES / qr["file"]), str(FIXTURES / dm["file"]), "--json")
    assert done.returncode == 0, done.stderr
    reports = [json.loads(line) for line in done.stdout.splitlines()]
    assert [Path(r["file"]).name for r in reports] == [qr["file"], dm["file"]]
    for report, truth in zip(reports, (qr, dm), strict=True):
        assert set(report) >= {"file", "codes", "unrecognised", "ms"}
        (code,) = report["codes"]
        assert code["code"] == truth["symbols"][0]["code"]
        assert code["kind"] == truth["symbols"][0]["kind"]
        assert code["symbology"] == truth["symbols"][0]["symbology"]
        assert code["raw"] == truth["symbols"][0]["payload"]
        assert len(code["corners"]) == 4
        assert all(0 <= x <= truth["width"] and 0 <= y <= truth["height"] for x, y in code["corners"])


def test_scan_image_reports_a_negative_as_empty_and_a_bad_file_as_an_error(tmp_path: Path):
    negative = next(f for f in MANIFEST if f["negative"])
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not a picture")
    done = _run("scan-image", str(FIXTURES / negative["file"]), str(junk), "--json")
    assert done.returncode == 1
    clean, broken = (json.loads(line) for line in done.stdout.splitlines())
    assert clean["codes"] == [] and clean["unrecognised"] == []
    assert "not a readable image" in broken["error"]


def test_scan_camera_on_an_image_folder_prints_confirmed_codes_as_json_lines(tmp_path: Path):
    qr = _first_with("qr")
    for i in range(3):  # the same label in three successive frames, as a camera would see it
        shutil.copy(FIXTURES / qr["file"], tmp_path / f"frame_{i}.jpg")
    done = _run("scan-camera", "--source", str(tmp_path), "--json", "--evidence-dir", str(tmp_path / "evidence"))
    assert done.returncode == 0, done.stderr
    (event,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert event["event"] == "code" and event["code"] == qr["symbols"][0]["code"]
    assert (tmp_path / "evidence" / f"{event['evidence_sha256']}.jpg").is_file()
    assert "source live" in done.stderr and "source ended" in done.stderr


def test_scan_camera_with_an_unknown_source_says_what_to_give():
    done = _run("scan-camera", "--source", "/nonexistent/video.avi")
    assert done.returncode == 2
    assert "camera index" in done.stderr


def test_scan_image_lists_a_1d_code_two_reads_disagree_on_as_unconfirmed_and_says_so_in_help(tmp_path: Path):
    doctored = tmp_path / "doctored.png"
    cv2.imwrite(str(doctored), spliced_code128(GENUINE, OTHER))
    bar = _first_with("code128")
    done = _run("scan-image", str(doctored), str(FIXTURES / bar["file"]), "--json")
    assert done.returncode == 0, done.stderr
    bad, good = (json.loads(line) for line in done.stdout.splitlines())
    assert bad["codes"] == [] and bad["unconfirmed"]
    assert {u["code"] for u in bad["unconfirmed"]} <= {GENUINE, OTHER}
    assert all(u["doubt"] == "reads_disagree" and u["symbology"] == "code128" for u in bad["unconfirmed"])
    assert [c["code"] for c in good["codes"]] == [bar["symbols"][0]["code"]] and good["unconfirmed"] == []
    helped = _run("scan-image", "--help")
    assert "unconfirmed" in helped.stdout and "Code 128" in helped.stdout


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _grey_png(path: Path, width: int, height: int, *, real_rows: bool) -> None:
    """A grey PNG whose header says ``width`` x ``height``. With ``real_rows`` every row is there (streamed through
    zlib, so the test never holds the picture); without, the header lies and a single row follows."""
    with path.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(_png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)))
        packer = zlib.compressobj(9)
        row = b"\x00" + b"\x80" * width
        data = [packer.compress(row) for _ in range(height if real_rows else 1)]
        out.write(_png_chunk(b"IDAT", b"".join(data) + packer.flush()))
        out.write(_png_chunk(b"IEND", b""))


def test_scan_image_refuses_huge_pictures_from_their_header_in_one_line(tmp_path: Path):
    lying = tmp_path / "lying.png"
    _grey_png(lying, 100_000, 100_000, real_rows=False)
    real = tmp_path / "real.png"
    _grey_png(real, 20_000, 20_000, real_rows=True)  # 400 megapixels, a few hundred KB on disk
    above = tmp_path / "above.png"
    _grey_png(above, 8_000, 8_000, real_rows=False)  # 64 megapixels: over the limit, named with its size
    cases = (
        (lying, "larger than 50 megapixels"),
        (real, "larger than 50 megapixels"),
        (above, "8000 x 8000 pixels, more than 50 megapixels"),
    )
    for picture, said in cases:
        done = _run("scan-image", str(picture))
        assert done.returncode == 1
        assert done.stdout == ""
        assert done.stderr.splitlines() == [f"{picture}: {done.stderr.split(': ', 1)[1].rstrip()}"]
        assert said in done.stderr and "scale it down" in done.stderr and "Traceback" not in done.stderr
        as_json = _run("scan-image", str(picture), "--json")
        assert as_json.returncode == 1 and "Traceback" not in as_json.stderr
        assert said in json.loads(as_json.stdout)["error"]


def _without_timings(report: dict) -> str:
    return json.dumps({k: v for k, v in report.items() if k != "ms"}, ensure_ascii=False, sort_keys=True)


def test_scan_image_gives_byte_identical_json_on_an_idle_and_a_busy_machine():
    """Deterministic by construction (a picture is decoded to a fixed amount of work, no clock), checked on the
    committed 14-frame corpus with two busy-loop processes taking both cores; the benchmark runs the 300-frame one."""
    files = sorted(FIXTURES.glob("frame_*.jpg"))
    idle = [_without_timings(scan_image_file(f)) for f in files]
    hogs = [
        subprocess.Popen([sys.executable, "-c", "import time\nend = time.time() + 120\nwhile time.time() < end: pass"])
        for _ in range(2)
    ]
    try:
        busy = [_without_timings(scan_image_file(f)) for f in files]
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    assert busy == idle
    assert sum('"codes": [{' in report for report in idle) >= 8  # the corpus has codes to get wrong


def _qr_picture(path: Path, *texts: str) -> Path:
    """Real QR symbols (the certificate's encoder), side by side on white, as a phone photo of labels would be."""
    tiles = []
    for text in texts:
        modules = qr_matrix(text).astype(np.uint8)
        tile = np.where(np.kron(modules, np.ones((8, 8), dtype=np.uint8)) > 0, 0, 255).astype(np.uint8)
        tiles.append(np.pad(tile, 48, constant_values=255))
    height = max(t.shape[0] for t in tiles)
    row = np.hstack([np.pad(t, ((0, height - t.shape[0]), (0, 0)), constant_values=255) for t in tiles])
    cv2.imwrite(str(path), row)
    return path


def test_scan_image_lists_passport_ids_and_gbt45565_codes_with_their_kind(tmp_path: Path):
    label = "https://dpp.maker.example/p/01/09506000134352/21/SN0042"
    picture = _qr_picture(tmp_path / "labels.png", label, "CX:BAT-P60:0a1b2c3d", "0A1BF2611K-000123")
    done = _run("scan-image", str(picture), "--json")
    assert done.returncode == 0, done.stderr
    (report,) = [json.loads(line) for line in done.stdout.splitlines()]
    found = sorted((c["kind"], c["code"]) for c in report["codes"])
    assert found == [
        ("battery_passport", "CX:BAT-P60:0a1b2c3d"),
        ("battery_passport", "https://id.gs1.org/01/09506000134352/21/SN0042"),
        ("gbt45565", "0A1BF2611K-000123"),
    ]
    assert report["unrecognised"] == []
    plain = _run("scan-image", str(picture))
    assert plain.returncode == 0, plain.stderr
    assert "battery_passport CX:BAT-P60:0a1b2c3d (qr)" in plain.stdout
    assert "gbt45565 0A1BF2611K-000123 (qr)" in plain.stdout
