"""Handing a PDF to the spooler: the lp command line, its job id, and clear errors without a spooler."""

from __future__ import annotations

import subprocess

import pytest

from dismantler_app.certificates.printing import PrintFailed, SpoolerUnavailable, print_pdf


class RecordingLp:
    """Stands in for the printer hardware behind CUPS: records the command, answers like lp does."""

    def __init__(self, returncode: int = 0, stdout: str = "request id is Yard_HP-42 (1 file(s))\n", stderr=""):
        self.commands: list[list[str]] = []
        self.result = (returncode, stdout, stderr)

    def __call__(self, command):
        self.commands.append(list(command))
        code, out, err = self.result
        return subprocess.CompletedProcess(command, code, out, err)


@pytest.fixture
def pdf(tmp_path):
    path = tmp_path / "c.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    return path


def test_a_pdf_is_queued_on_the_named_printer(pdf):
    lp = RecordingLp()
    job = print_pdf(pdf, printer="Yard_HP", copies=2, which=lambda _: "/usr/bin/lp", runner=lp)
    assert lp.commands == [["/usr/bin/lp", "-d", "Yard_HP", "-n", "2", "--", str(pdf)]]
    assert job.job_id == "Yard_HP-42"


def test_without_a_printer_name_the_default_destination_is_used(pdf):
    lp = RecordingLp()
    print_pdf(pdf, which=lambda _: "/usr/bin/lp", runner=lp)
    assert lp.commands == [["/usr/bin/lp", "--", str(pdf)]]


def test_no_spooler_says_to_save_the_pdf_instead(pdf):
    with pytest.raises(SpoolerUnavailable, match="--pdf"):
        print_pdf(pdf, which=lambda _: None)


def test_a_refused_job_carries_the_spoolers_explanation(pdf):
    lp = RecordingLp(returncode=1, stdout="", stderr="lp: The printer or class does not exist.")
    with pytest.raises(PrintFailed, match="does not exist"):
        print_pdf(pdf, printer="Nope", which=lambda _: "/usr/bin/lp", runner=lp)


def test_printing_a_missing_file_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="render"):
        print_pdf(tmp_path / "missing.pdf", which=lambda _: "/usr/bin/lp", runner=RecordingLp())
