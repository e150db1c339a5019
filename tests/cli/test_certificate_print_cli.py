"""``dismantler certificate print`` on a real data folder: saved PDFs, print jobs handed to ``lp`` (a stand-in
script first on PATH: the printer is the one thing faked), copies counted, sign-in and exit codes."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from dismantler_app.cli.credentials import read_password
from dismantler_app.cli.main import main
from dismantler_app.composition import open_app_context
from dismantler_app.services import certificates
from tests.certificates.pdf_inspect import pdf_text
from tests.services.certified_yard import open_certified_yard
from tests.services.yard_setup import PASSWORD

FAKE_LP = """#!/bin/sh
# stands in for CUPS lp: remembers the arguments and a copy of the file, answers like lp
printf '%s\\n' "$@" > "{spool}/args-$$"
for last; do :; done
cp "$last" "{spool}/job-$$.pdf"
echo "request id is Yard_HP-7 (1 file(s))"
"""


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    yard = open_certified_yard(folder)
    yard.certify(1)
    yard.certify(2)
    voided = yard.certify(3).number
    certificates.void_certificate(yard.ctx, yard.supervisor, yard.clock, voided, reason="重复录入 duplicate")
    yard.close()
    return folder


@pytest.fixture
def spool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir, spool_dir = tmp_path / "bin", tmp_path / "spool"
    bin_dir.mkdir()
    spool_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(FAKE_LP.format(spool=spool_dir))
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DISMANTLER_PASSWORD", PASSWORD)
    return spool_dir


def _print(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "certificate", "print", *args])


def _n(data_dir: Path, seq: int) -> str:
    """The number of the yard's ``seq``-th certificate (its series is drawn at random by the database)."""
    with open_app_context(data_dir) as app, app.store.read() as session:
        return session.scalar("SELECT number FROM certificates WHERE seq = ?", [seq])


def _reprints(data_dir: Path, number: str) -> int:
    with open_app_context(data_dir) as app, app.store.read() as session:
        return session.scalar("SELECT reprint_count FROM certificates WHERE number = ?", [number])


def test_a_copy_goes_to_the_named_printer_marked_copy_and_counted(data_dir, spool, capsys) -> None:
    code = _print(data_dir, _n(data_dir, 1), "--printer", "Yard_HP", "--copy", "--user", "sup", "--json")

    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["job_id"] == "Yard_HP-7" and out["printer"] == "Yard_HP"
    [args_file] = spool.glob("args-*")
    assert args_file.read_text().split("\n")[:2] == ["-d", "Yard_HP"]
    [job] = spool.glob("job-*.pdf")
    text = pdf_text(job)
    assert "副本COPY#1" in text and _n(data_dir, 1) in text
    assert _reprints(data_dir, _n(data_dir, 1)) == 1


def test_a_saved_pdf_verifies_against_the_yards_key(data_dir, spool, tmp_path, capsys) -> None:
    pdf = tmp_path / "out.pdf"
    assert _print(data_dir, _n(data_dir, 2), "--pdf", str(pdf), "--user", "sup") == 0
    assert "saved to" in capsys.readouterr().out

    code = main(["--data-dir", str(data_dir), "certificate", "verify", str(pdf), "--json"])

    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["valid"] is True
    assert report["certificates"][0]["statement"]["number"] == _n(data_dir, 2)
    assert list(spool.iterdir()) == []  # saving never prints
    assert _reprints(data_dir, _n(data_dir, 2)) == 0


def test_a_days_certificates_go_to_the_default_printer_as_one_job(data_dir, spool, capsys) -> None:
    assert _print(data_dir, "--day", "2026-06-01", "--user", "sup") == 0

    [args_file] = spool.glob("args-*")
    assert "-d" not in args_file.read_text().split("\n")
    [job] = spool.glob("job-*.pdf")
    text = pdf_text(job)
    assert _n(data_dir, 1) in text and _n(data_dir, 2) in text and "作废通知" in text
    assert "default printer" in capsys.readouterr().out


def test_without_a_spooler_nothing_is_counted_and_the_message_says_to_save_a_pdf(
    data_dir, tmp_path, monkeypatch, capsys
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setenv("DISMANTLER_PASSWORD", PASSWORD)

    code = _print(data_dir, _n(data_dir, 1), "--copy", "--user", "sup")

    assert code == 1
    assert "--pdf" in capsys.readouterr().err
    assert _reprints(data_dir, _n(data_dir, 1)) == 0


def test_without_a_password_and_without_a_terminal_it_says_what_to_set(data_dir, monkeypatch, tmp_path, capsys):
    monkeypatch.delenv("DISMANTLER_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    code = _print(data_dir, _n(data_dir, 1), "--pdf", str(tmp_path / "x.pdf"), "--user", "sup")

    assert code == 2
    assert "DISMANTLER_PASSWORD" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_wrong_password_is_refused(data_dir, spool, monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("DISMANTLER_PASSWORD", "not the password")
    assert _print(data_dir, _n(data_dir, 1), "--pdf", str(tmp_path / "x.pdf"), "--user", "sup") == 1
    assert "sign-in refused" in capsys.readouterr().err


def test_an_operator_is_refused_and_an_unknown_number_is_bad_input(data_dir, spool, tmp_path, capsys) -> None:
    pdf = str(tmp_path / "x.pdf")
    assert _print(data_dir, _n(data_dir, 1), "--pdf", pdf, "--copy", "--user", "op") == 1
    assert "supervisor" in capsys.readouterr().err
    assert _print(data_dir, "SH01-2026-999999", "--pdf", pdf, "--user", "sup") == 2
    assert "no certificate 'SH01-2026-999999'" in capsys.readouterr().err
    assert _print(data_dir, _n(data_dir, 1), "--day", "2026-06-01", "--pdf", pdf, "--user", "sup") == 2
    assert _reprints(data_dir, _n(data_dir, 1)) == 0


def test_a_voided_certificate_prints_its_void_notice_and_a_day_includes_it(data_dir, spool, tmp_path, capsys):
    pdf = tmp_path / "void.pdf"

    assert _print(data_dir, _n(data_dir, 3), "--pdf", str(pdf), "--copy", "--user", "sup", "--json") == 0

    assert json.loads(capsys.readouterr().out)["certificates"][0]["kind"] == "void"
    assert "作废通知" in pdf_text(pdf) and "重复录入duplicate" in pdf_text(pdf)
    assert _reprints(data_dir, _n(data_dir, 3)) == 0


def test_at_a_terminal_the_password_is_asked_for_and_the_environment_wins_when_set() -> None:
    asked: list[str] = []

    def prompt(text: str) -> str:
        asked.append(text)
        return "typed"

    assert read_password("sup", environ={}, is_tty=lambda: True, prompt=prompt) == "typed"
    assert asked == ["password for sup: "]
    assert read_password("sup", environ={"DISMANTLER_PASSWORD": "env"}, is_tty=lambda: True, prompt=prompt) == "env"
    assert len(asked) == 1


def test_the_first_print_is_the_original_and_the_next_one_a_copy_without_asking(data_dir, spool, tmp_path, capsys):
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"

    assert _print(data_dir, _n(data_dir, 2), "--pdf", str(first), "--user", "sup", "--json") == 0
    first_out = json.loads(capsys.readouterr().out)
    assert _print(data_dir, _n(data_dir, 2), "--pdf", str(second), "--user", "sup") == 0
    second_out = capsys.readouterr().out

    assert first_out["certificates"][0]["kind"] == "original" and "副本" not in pdf_text(first)
    assert "(copy #1)" in second_out and "副本COPY#1" in pdf_text(second)
    assert _reprints(data_dir, _n(data_dir, 2)) == 1


def test_the_official_number_is_entered_by_a_supervisor_and_printed(data_dir, spool, tmp_path, capsys) -> None:
    def official(*args: str) -> int:
        return main(["--data-dir", str(data_dir), "certificate", "official-number", *args])

    assert official(_n(data_dir, 1), "3101-2026-0012300", "--user", "op") == 1
    assert "supervisor" in capsys.readouterr().err
    assert official(_n(data_dir, 1), "no good!", "--user", "sup") == 2
    assert official(_n(data_dir, 1), "3101-2026-0012300", "--user", "sup", "--json") == 0
    assert json.loads(capsys.readouterr().out)["official_number"] == "3101-2026-0012300"

    pdf = tmp_path / "with-official.pdf"
    assert _print(data_dir, _n(data_dir, 1), "--pdf", str(pdf), "--user", "sup") == 0
    assert "3101-2026-0012300" in pdf_text(pdf)
