"""``dismantler demo seed`` builds the demo yard in an empty folder and refuses one already set up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dismantler_app.cli.main import main
from dismantler_app.services import demo


def test_demo_seed_creates_the_yard_and_lists_the_accounts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "seed", "--data-dir", str(tmp_path / "yard"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (tmp_path / "yard" / "yard.sqlite3").is_file()
    assert {a["username"] for a in report["accounts"]} == {a.username for a in demo.DEMO_ACCOUNTS}
    assert set(report["intakes"]) == {c.value for c in demo.DemoCase}
    assert len(report["certificates"]) == 1


def test_demo_seed_refuses_a_folder_already_set_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "demo", "seed"]) == 0
    capsys.readouterr()
    assert main(["demo", "seed", "--data-dir", str(tmp_path)]) == 1
    assert "use an empty folder" in capsys.readouterr().err
