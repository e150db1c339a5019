"""The committed forms and catalogues are what the build script makes from ui/*.ui and the sources today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_and_catalogues_are_fresh() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"stale generated files:\n{done.stdout}{done.stderr}"


def test_every_designer_file_has_its_generated_form() -> None:
    forms = ROOT / "dismantler_app" / "gui" / "forms"
    for ui in (ROOT / "ui").glob("*.ui"):
        assert (forms / f"ui_{ui.stem}.py").exists(), f"{ui.name} has no generated form"


def test_chinese_catalogue_has_no_unfinished_message() -> None:
    ts = (ROOT / "dismantler_app" / "gui" / "translations" / "dismantler_zh_CN.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
