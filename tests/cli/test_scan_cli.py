"""``dismantler scan-image`` and ``scan-camera`` run as an operator would run them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import cv2

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
