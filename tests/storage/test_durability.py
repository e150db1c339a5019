"""Crashes and concurrency: SIGKILL mid-loop loses no committed intake and leaves no half one; two threads and two
processes write at once without "database is locked", with gapless outbox sequences and certificate numbers."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from dismantler_app.services import certificates, intakes, packs
from dismantler_app.storage.audit_check import verify_audit_chain
from tests.services.yard_setup import Yard, bev, pack_code

CHILD = Path(__file__).with_name("writer_child.py")


def _start_writer(data_dir: Path, prefix: int, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), str(prefix), str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigkill_in_the_middle_of_a_write_loop_loses_no_committed_intake_and_leaves_no_half_intake(
    yard: Yard, tmp_path: Path
) -> None:
    child = _start_writer(tmp_path, 1, 100_000)
    reported: list[str] = []
    assert child.stdout is not None
    while len(reported) < 25:
        line = child.stdout.readline()
        assert line, child.stderr.read() if child.stderr else "writer ended early"
        reported.append(line.split()[1])
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    # Lines the child printed before the kill landed are committed intakes too.
    reported += [line.split()[1] for line in child.stdout.read().splitlines() if line.startswith("committed")]

    with yard.store.read() as session:
        stored = {r["id"] for r in session.all("SELECT id FROM intakes")}
        half = session.all(
            "SELECT i.id FROM intakes AS i WHERE (SELECT count(*) FROM scanned_packs WHERE intake_id = i.id) != 2 "
            "OR (SELECT count(*) FROM pack_links WHERE intake_id = i.id) != 2"
        )
        events = session.scalar("SELECT count(*) FROM outbox WHERE type = 'intake.created'")
    assert set(reported) <= stored
    assert half == []
    assert events == len(stored)
    assert verify_audit_chain(yard.store).ok


def _assert_gapless_outbox(yard: Yard) -> None:
    with yard.store.read() as session:
        sequences = [r["sequence"] for r in session.all("SELECT sequence FROM outbox ORDER BY sequence")]
    assert sequences == list(range(1, len(sequences) + 1))


def test_two_processes_write_at_once_without_lock_errors_and_with_a_gapless_outbox(yard: Yard, tmp_path: Path) -> None:
    writers = [_start_writer(tmp_path, prefix, 30) for prefix in (2, 3)]
    outputs = [w.communicate(timeout=120) for w in writers]

    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert out.count("committed") == 30
    _assert_gapless_outbox(yard)
    assert verify_audit_chain(yard.store).ok


def _certifiable_intake(yard: Yard, serial: int) -> str:
    from tests.services.yard_setup import add_required_photos, complete_documents, measured

    op, sup, clock, ctx = yard.operator, yard.supervisor, yard.clock, yard.ctx
    intake = intakes.create_intake(ctx, op, clock, vehicle=bev(serial), documents=complete_documents())
    packs.record_scan(ctx, op, clock, intake, payload=pack_code(serial))
    packs.declare_expected_packs(ctx, op, clock, intake, codes=[pack_code(serial)])
    packs.confirm_declared_packs(ctx, sup, clock, intake)
    packs.triage_pack(ctx, op, clock, intake, triage=measured(pack_code(serial)))
    add_required_photos(ctx, op, clock, intake)
    intakes.submit_for_review(ctx, op, clock, intake)
    intakes.approve(ctx, sup, clock, intake)
    return intake


def test_two_threads_issue_certificates_at_once_with_gapless_numbers(yard: Yard) -> None:
    ready = [_certifiable_intake(yard, 100 + i) for i in range(16)]
    errors: list[BaseException] = []
    numbers: list[str] = []
    start = threading.Barrier(2)

    def issue(batch: list[str]) -> None:
        start.wait()
        try:
            for intake in batch:
                numbers.append(certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake).number)
                time.sleep(0)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(ready[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == []
    prefix = numbers[0].rsplit("-", 2)[0]  # yard code and this database's series
    assert re.fullmatch(r"SH01-[0-9A-Z]{5}", prefix)
    assert sorted(numbers) == [f"{prefix}-2026-{n:06d}" for n in range(1, 17)]
    _assert_gapless_outbox(yard)
