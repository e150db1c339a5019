"""``dismantler report …`` on a real data folder: traceability uploads written as XLSX/CSV and marked reported,
the CoD register and the NMVTIS month, with the exit codes a script relies on."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dismantler_app.cli.main import main
from dismantler_app.composition import open_app_context
from dismantler_app.domain.regulatory import PACK_OUTBOUND_HEADERS, VEHICLE_SCRAPPED_HEADERS
from dismantler_app.services import battery_pass, handovers
from tests.services.certified_yard import RECEIVER_NAME, RECEIVER_USCC, open_certified_yard
from tests.services.test_battery_pass import CX_ID, EU_YARD
from tests.services.yard_setup import PASSWORD, pack_code, vin


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    yard = open_certified_yard(folder)
    first = yard.certify(1, packs_count=2)
    yard.certify(2, packs_count=1)
    handovers.hand_over_pack(
        yard.ctx, yard.operator, yard.clock, first.intake_id, pack_code=pack_code(101),
        receiver_name=RECEIVER_NAME, receiver_uscc=RECEIVER_USCC, handed_over_on=date(2026, 6, 1),
        receiver_type="recycling", pack_model="BYD-P60", destination="广东省佛山市",
    )  # fmt: skip
    yard.close()
    monkeypatch.setenv("DISMANTLER_PASSWORD", PASSWORD)
    return folder


def _report(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "report", *args])


def _reports_recorded(data_dir: Path) -> int:
    with open_app_context(data_dir) as app, app.store.read() as session:
        return session.scalar("SELECT count(*) FROM reports")


def _rows(xlsx: Path) -> list[list[str]]:
    return [[c.value for c in row] for row in load_workbook(xlsx).active.iter_rows()]


def test_everything_due_is_written_marked_and_then_no_longer_due(data_dir, tmp_path, capsys) -> None:
    out = tmp_path / "scrapped.xlsx"

    code = _report(
        data_dir, "traceability", "--kind", "vehicle_scrapped", "--due", "--out", str(out),
        "--mark-reported", "--user", "sup", "--json",
    )  # fmt: skip

    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert result["marked"] == 2 and result["rows"] == 3
    assert _rows(out) == [
        list(VEHICLE_SCRAPPED_HEADERS),
        [vin(1), "2026-06-01", pack_code(101), "三元材料", "2"],
        [vin(1), "2026-06-01", pack_code(102), "三元材料", "2"],
        [vin(2), "2026-06-01", pack_code(201), "三元材料", "1"],
    ]
    again = tmp_path / "again.csv"
    assert (
        _report(data_dir, "traceability", "--kind", "vehicle_scrapped", "--due", "--out", str(again), "--user", "sup")
        == 0
    )
    assert "0 rows" in capsys.readouterr().out
    with again.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [list(VEHICLE_SCRAPPED_HEADERS)]


def test_pack_outbound_for_a_range_is_written_without_marking_unless_asked(data_dir, tmp_path, capsys) -> None:
    out = tmp_path / "outbound.csv"

    code = _report(
        data_dir, "traceability", "--kind", "pack_outbound", "--from", "2026-06-01", "--to", "2026-06-01",
        "--out", str(out), "--user", "op",
    )  # fmt: skip

    assert code == 0
    assert "--mark-reported" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [
            list(PACK_OUTBOUND_HEADERS),
            [
                pack_code(101),
                "BYD-P60",
                "1",
                "2026-06-01",
                "广东省佛山市",
                RECEIVER_NAME,
                "再生利用企业",
                "统一社会信用代码",
                RECEIVER_USCC,
            ],
        ]
    assert _reports_recorded(data_dir) == 0


def test_an_operator_cannot_mark_an_upload(data_dir, tmp_path, capsys) -> None:
    code = _report(
        data_dir, "traceability", "--kind", "pack_outbound", "--due", "--out", str(tmp_path / "o.csv"),
        "--mark-reported", "--user", "op",
    )  # fmt: skip

    assert code == 1
    assert "supervisor" in capsys.readouterr().err
    assert _reports_recorded(data_dir) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--due", "--from", "2026-06-01", "--out", "{tmp}/a.csv"], "either --due"),
        (["--out", "{tmp}/a.csv"], "either --due"),
        (["--due", "--out", "{tmp}/a.pdf"], ".csv or .xlsx"),
        (["--due", "--out", "{tmp}/missing/a.csv"], "does not exist"),
        (["--from", "2026-06-02", "--to", "2026-06-01", "--out", "{tmp}/a.csv"], "to_day"),
    ],
)
def test_bad_selections_and_paths_are_bad_input(data_dir, tmp_path, capsys, args, message) -> None:
    filled = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert _report(data_dir, "traceability", "--kind", "vehicle_scrapped", *filled, "--user", "sup") == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("args", [["cod-register", "--from", "2026-06-01"], ["nmvtis", "--month", "2026-06"]])
def test_a_chinese_yard_writes_no_cod_register_and_no_nmvtis_file(data_dir, tmp_path, capsys, args) -> None:
    out = tmp_path / "report.csv"

    assert _report(data_dir, *args, "--out", str(out), "--user", "sup") == 1

    assert "Settings › Policy" in capsys.readouterr().err
    assert not out.exists()


def test_a_refused_upload_names_the_row_and_field_and_writes_nothing(data_dir, tmp_path, capsys) -> None:
    yard = open_certified_yard(data_dir, reopen=True)
    record = yard.certify(3, packs_count=1)
    handovers.hand_over_pack(
        yard.ctx, yard.operator, yard.clock, record.intake_id, pack_code=pack_code(301),
        receiver_name=RECEIVER_NAME, receiver_uscc=RECEIVER_USCC, handed_over_on=date(2026, 6, 1),
    )  # fmt: skip
    yard.close()
    out = tmp_path / "outbound.xlsx"
    out.write_bytes(b"yesterday's upload")

    code = _report(data_dir, "traceability", "--kind", "pack_outbound", "--due", "--out", str(out), "--user", "sup",
                   "--mark-reported")  # fmt: skip

    err = capsys.readouterr().err
    assert code == 1
    assert f"pack outbound, row 2 ({pack_code(301)}): pack model is empty" in err
    assert "nothing was written or marked" in err
    assert out.read_bytes() == b"yesterday's upload"
    assert _reports_recorded(data_dir) == 0


def test_a_month_that_is_no_month_is_refused_by_the_parser(data_dir, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        _report(data_dir, "nmvtis", "--month", "2026-13", "--out", str(tmp_path / "n.csv"), "--user", "sup")
    assert exited.value.code == 2
    assert "YYYY-MM" in capsys.readouterr().err


def test_battery_pass_writes_the_handed_over_packs_as_json_for_an_eu_yard(tmp_path, monkeypatch, capsys) -> None:
    folder = tmp_path / "eu"
    yard = open_certified_yard(folder, profile=EU_YARD)
    record = yard.certify(1, packs_count=2)
    battery_pass.set_pack_passport_id(
        yard.ctx, yard.operator, yard.clock, record.intake_id, pack_code=pack_code(101), passport_text=CX_ID
    )
    for code in (pack_code(101), pack_code(102)):
        handovers.hand_over_pack(
            yard.ctx, yard.operator, yard.clock, record.intake_id, pack_code=code, receiver_name="Umicore",
            receiver_duns="150483782", handed_over_on=date(2026, 6, 1),
        )  # fmt: skip
    yard.close()
    monkeypatch.setenv("DISMANTLER_PASSWORD", PASSWORD)
    out = tmp_path / "pass.json"

    code = _report(folder, "battery-pass", "--from", "2026-06-01", "--out", str(out), "--user", "sup", "--json")

    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert result["packs"] == 1 and result["skipped"] == [{"pack_code": pack_code(102), "reason": "no_passport_id"}]
    assert json.loads(out.read_text(encoding="utf-8"))["batteries"] == [
        {"productIdentifier": CX_ID, "batteryStatus": "Waste", "statusChangedOn": "2026-06-01"}
    ]
    assert _report(folder, "battery-pass", "--out", str(tmp_path / "pass.csv"), "--user", "sup") == 2
    assert ".json" in capsys.readouterr().err


def test_a_chinese_yard_makes_no_battery_pass_file(data_dir, tmp_path, capsys) -> None:
    out = tmp_path / "pass.json"
    assert _report(data_dir, "battery-pass", "--out", str(out), "--user", "sup") == 1
    assert "eu" in capsys.readouterr().err and not out.exists()
