"""``dismantler --self-test``: passes on a sound installation, names the part that fails on a broken one.

Run as a separate process, as support and CI run it: the Qt part creates an application object, which must not be
left behind in the test process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dismantler_app.cli.main import build_parser
from dismantler_app.cli.selftest import Part
from dismantler_app.resources import ASSETS_ENV

CHECKOUT = Path(__file__).resolve().parents[2]


def _self_test(*args: str, assets: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in (ASSETS_ENV, "QT_QPA_PLATFORM")}
    if assets is not None:
        env[ASSETS_ENV] = str(assets)
    return subprocess.run(
        [sys.executable, "-m", "dismantler_app", *args],
        cwd=CHECKOUT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_self_test_passes_every_part_on_this_checkout() -> None:
    done = _self_test("--self-test", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is True and report["failed"] == []
    assert [p["part"] for p in report["parts"]] == [p.value for p in Part]
    decoder = next(p for p in report["parts"] if p["part"] == "decoder")
    assert "001PE01DEMO001B5H0000202" in decoder["detail"]
    ocr = next(p for p in report["parts"] if p["part"] == "ocr")
    assert ocr["ok"] and "offline" in ocr["detail"]


def test_the_ocr_part_fails_and_says_why_when_the_models_cannot_be_read(tmp_path: Path) -> None:
    """A bundle without the model files: the OCR part names the problem, the other parts still pass."""
    import rapidocr_onnxruntime

    broken = tmp_path / "site"
    shutil.copytree(Path(rapidocr_onnxruntime.__file__).parent, broken / "rapidocr_onnxruntime")
    for model in (broken / "rapidocr_onnxruntime" / "models").glob("*.onnx"):
        model.unlink()
    env = {k: v for k, v in os.environ.items() if k not in (ASSETS_ENV, "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(broken)
    done = subprocess.run(
        [sys.executable, "-m", "dismantler_app", "--self-test", "--json"],
        cwd=CHECKOUT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["failed"] == ["ocr"]
    assert "OCR unavailable" in next(p["detail"] for p in report["parts"] if p["part"] == "ocr")


def test_self_test_names_the_fonts_and_exits_1_when_a_font_is_missing(tmp_path: Path) -> None:
    broken = tmp_path / "assets"
    shutil.copytree(CHECKOUT / "assets", broken)
    (broken / "fonts" / "DroidSansFallbackFull.ttf").unlink()
    done = _self_test("--self-test", assets=broken)
    assert done.returncode == 1
    lines = {line.split()[1]: line for line in done.stdout.splitlines() if line.startswith(("ok", "FAIL"))}
    assert lines["fonts"].startswith("FAIL") and "DroidSansFallbackFull.ttf" in lines["fonts"]
    assert lines["certificate"].startswith("FAIL")
    assert lines["database"].startswith("ok") and lines["decoder"].startswith("ok")
    assert "self-test FAILED: certificate, fonts" in done.stdout


def test_self_test_names_the_decoder_when_the_test_label_is_gone(tmp_path: Path) -> None:
    broken = tmp_path / "assets"
    shutil.copytree(CHECKOUT / "assets", broken)
    shutil.rmtree(broken / "demo")
    done = _self_test("self-test", "--json", assets=broken)
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["failed"] == ["decoder"]
    assert "20_missing_pack.jpg" in next(p["detail"] for p in report["parts"] if p["part"] == "decoder")


def test_the_global_flag_takes_only_json(capsys: pytest.CaptureFixture[str]) -> None:
    parsed = build_parser().parse_args(["--data-dir", "x", "--self-test", "--json"])
    assert parsed.command == "self-test" and parsed.json is True
    with pytest.raises(SystemExit) as refused:
        build_parser().parse_args(["--self-test", "db"])
    assert refused.value.code == 2
    assert "--self-test takes only --json" in capsys.readouterr().err
