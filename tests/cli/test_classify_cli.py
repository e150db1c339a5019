"""``dismantler classify``: one JSON object per input, exit 0 for a report, 2 for usage errors, stdin with ``-``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BATTERY = "001PE0A1234567F3E0000123"
VIN = "1M8GDM9AXKP042788"
USCC = "91110000600037341L"
CONSOLE_SCRIPT = Path(sys.executable).parent / "dismantler"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, input=stdin, capture_output=True, timeout=60, check=False)


def test_json_gives_one_object_per_input_in_order():
    done = _run(str(CONSOLE_SCRIPT), "classify", BATTERY, f"]C1{VIN.lower()}", USCC, "hello", "--json")
    assert done.returncode == 0, done.stderr
    objects = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [o["kind"] for o in objects] == ["battery", "vin", "uscc", "unknown"]
    assert [o["code"] for o in objects] == [BATTERY, VIN, USCC, None]
    assert objects[1]["input"] == f"]C1{VIN.lower()}"
    assert objects[3]["reason"] == "wrong_length"
    assert set(objects[0]) == {"input", "kind", "code", "fields", "warnings", "reason"}
    assert objects[0]["fields"]["production_date"] == "2025-03-14"


def test_python_dash_m_runs_the_same_command_and_reads_stdin():
    stdin = f"SN:{BATTERY};PN:1\r\n\r\n{VIN}\n".encode() + "电池编码：x".encode("gb18030") + b"\n"
    done = _run(sys.executable, "-m", "dismantler_app", "classify", "-", "--json", stdin=stdin)
    assert done.returncode == 0, done.stderr
    objects = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(o["kind"], o["code"]) for o in objects] == [("battery", BATTERY), ("vin", VIN), ("unknown", None)]
    assert objects[2]["input"] == "电池编码：x"  # GB 18030 bytes decoded, not mangled


def test_the_plain_report_is_one_line_per_input():
    done = _run(
        str(CONSOLE_SCRIPT), "classify", "WP0ZZZ99ZTS392125", "001XE0A1234567F3E0000123", "VIN:WP0ZZZ99ZTS392125"
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 3
    # an EU VIN without a valid check digit is a VIN only where something says it is one
    assert lines[0].startswith("unknown") and "reason=bad_check_digit" in lines[0]
    assert lines[1].startswith("unknown") and "reason=bad_level" in lines[1]
    assert lines[2].startswith("vin") and "check_digit_mismatch" in lines[2]


def test_vin_field_says_the_text_is_a_vin_where_no_check_digit_is_required():
    done = _run(str(CONSOLE_SCRIPT), "classify", "--vin-field", "--json", "WP0ZZZ99ZTS392125", "LSVAU2180N2183294")
    objects = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(o["kind"], o["reason"]) for o in objects] == [("vin", None), ("unknown", "bad_check_digit")]


def test_strict_refuses_a_wrong_check_digit():
    done = _run(str(CONSOLE_SCRIPT), "classify", "--strict", "--json", "LSVAU2180N2183294")
    assert json.loads(done.stdout)["reason"] == "bad_check_digit"


def test_no_input_is_a_usage_error():
    done = _run(str(CONSOLE_SCRIPT), "classify", "--json")
    assert done.returncode == 2
    assert b"TEXT" in done.stderr
