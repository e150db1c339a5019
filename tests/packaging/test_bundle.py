"""The Linux one-folder bundle is built from the spec and passes its self-test with nothing of the venv around it.

Builds in about 65 s on this project's 2-core machine (PyInstaller 6.22, measured), so CI builds it on every run; the
check itself is ``packaging/check_bundle.py``, the same script ``make package`` runs, so CI and a release agree.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_bundle_builds_and_its_self_test_passes_with_the_bundled_libzbar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(CHECKOUT / "packaging" / "dismantler.spec"),
        ],
        cwd=CHECKOUT,
        capture_output=True,
        text=True,
        timeout=840,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    bundle = tmp_path / "dist" / "dismantler"
    check = subprocess.run(
        [sys.executable, str(CHECKOUT / "packaging" / "check_bundle.py"), str(bundle)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads((tmp_path / "dist" / "bundle-report.json").read_text())
    assert check.returncode == 0, check.stdout + check.stderr
    assert report["self_test_ok"] and report["self_test"]["frozen"] is True
    assert report["startup_s"] is not None
    with capsys.disabled():  # the figures a release cares about, in CI's log
        print(f"\nbundle: {report['size_mib']} MiB, start-up to a window {report['startup_s']} s")
    # Nothing of the checkout leaks into the bundle's answers: its assets are its own.
    assert report["self_test"]["assets"].startswith(str(bundle.resolve()))
    assert (bundle / "_internal" / "dismantler_app" / "gui" / "translations" / "dismantler_zh_CN.qm").is_file()
    assert not list(bundle.rglob("*.ts"))
    # the OCR models ship inside the bundle and read offline; their licences go with them
    ocr = next(p for p in report["self_test"]["parts"] if p["part"] == "ocr")
    assert ocr["ok"] and "offline" in ocr["detail"], ocr
    assert len(list(bundle.rglob("rapidocr_onnxruntime/models/*.onnx"))) == 3
    assert (bundle / "_internal" / "assets" / "OCR-NOTICE.txt").is_file()
    assert (bundle / "_internal" / "onnxruntime" / "ThirdPartyNotices.txt").is_file()
