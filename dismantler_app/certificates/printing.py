"""Hand a PDF to the operating system's print spooler (headless printing; the app uses Qt's print dialog).

Linux and macOS: CUPS ``lp`` (``lp -d PRINTER FILE``; without ``-d`` the default destination). Windows has no
command-line spooler for PDFs that works without a viewer installed, so there the caller saves the PDF and prints it
from the app's print dialog; :class:`SpoolerUnavailable` says so. The command runner is a parameter so the call can
be checked without a printer.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

Runner = Callable[[Sequence[str]], subprocess.CompletedProcess]
_JOB_ID = re.compile(r"request id is (\S+)")


class SpoolerUnavailable(RuntimeError):
    """No print spooler on this machine; the message says what to do instead."""


class PrintFailed(RuntimeError):
    """The spooler refused the job; the message carries its explanation."""


@dataclass(frozen=True)
class PrintJob:
    job_id: str
    printer: str | None
    command: tuple[str, ...]


def _run(command: Sequence[str]) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), capture_output=True, text=True, timeout=60, check=False)


def find_spooler(which: Callable[[str], str | None] = shutil.which) -> str:
    """The ``lp`` command's path; :class:`SpoolerUnavailable` (saying what to do instead) when there is none.
    Callers check this before anything is counted or rendered, so a failed print leaves no trace."""
    lp = which("lp")
    if lp is None:
        raise SpoolerUnavailable(
            "no print spooler found (the 'lp' command of CUPS); install CUPS, or save with --pdf PATH "
            "and print the file from a PDF viewer"
        )
    return lp


def print_pdf(
    pdf: Path,
    *,
    printer: str | None = None,
    copies: int = 1,
    which: Callable[[str], str | None] = shutil.which,
    runner: Runner = _run,
) -> PrintJob:
    """Queue ``pdf`` on ``printer`` (the default destination when None) and return the spooler's job id."""
    if not pdf.is_file():
        raise FileNotFoundError(f"{pdf} does not exist; render the certificate first")
    if copies < 1:
        raise ValueError("copies must be at least 1")
    command = [find_spooler(which)]
    if printer:
        command += ["-d", printer]
    if copies > 1:
        command += ["-n", str(copies)]
    command += ["--", str(pdf)]
    result = runner(command)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout or "").strip()
        raise PrintFailed(f"the spooler refused the job: {detail or f'lp exited with {result.returncode}'}")
    match = _JOB_ID.search(result.stdout or "")
    return PrintJob(match.group(1) if match else "", printer, tuple(command))
