"""Certificate rows, the gapless number counter, and the traceability reports made.

Numbers are yard code + year + six-digit sequence (``SH01-2026-000123``). The next sequence is read and used in the
same ``BEGIN IMMEDIATE`` transaction as the insert; triggers refuse any other number and advance the counter, so a
rolled-back issue leaves no gap and two writers never get the same number.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dismantler_app.domain.records import CertificateNumber, CertificateState, IntakeId
from dismantler_app.storage.session import Session


def format_number(yard_code: str, year: int, seq: int) -> CertificateNumber:
    return CertificateNumber(f"{yard_code}-{year}-{seq:06d}")


@dataclass(frozen=True)
class CertificateRecord:
    number: CertificateNumber
    intake_id: IntakeId
    state: CertificateState
    issued_at: str
    issued_by: str
    swap_model_exempt: bool
    void_reason: str | None
    voided_at: str | None
    reprint_count: int


def _record(row: dict[str, Any]) -> CertificateRecord:
    return CertificateRecord(
        number=CertificateNumber(row["number"]),
        intake_id=IntakeId(row["intake_id"]),
        state=CertificateState(row["state"]),
        issued_at=row["issued_at"],
        issued_by=row["issued_by"],
        swap_model_exempt=bool(row["swap_model_exempt"]),
        void_reason=row["void_reason"],
        voided_at=row["voided_at"],
        reprint_count=row["reprint_count"],
    )


def insert_next_certificate(
    session: Session, intake_id: str, *, yard_code: str, year: int, issued_by: str, at: datetime, swap_exempt: bool
) -> CertificateRecord:
    last = session.scalar(
        "SELECT last_seq FROM certificate_counters WHERE yard_code = ? AND year = ?", [yard_code, year]
    )
    seq = (last or 0) + 1
    row = {
        "number": format_number(yard_code, year, seq),
        "intake_id": intake_id,
        "yard_code": yard_code,
        "year": year,
        "seq": seq,
        "state": CertificateState.ISSUED.value,
        "issued_at": at.isoformat(),
        "issued_by": issued_by,
        "swap_model_exempt": int(swap_exempt),
    }
    session.insert("certificates", row)
    return _record({**row, "void_reason": None, "voided_at": None, "reprint_count": 0})


def load_certificate(session: Session, number: str) -> CertificateRecord | None:
    row = session.one("SELECT * FROM certificates WHERE number = ?", [number])
    return _record(row) if row else None


def issued_certificate_of(session: Session, intake_id: str) -> CertificateRecord | None:
    row = session.one("SELECT * FROM certificates WHERE intake_id = ? AND state = 'issued'", [intake_id])
    return _record(row) if row else None


def void(session: Session, number: str, *, reason: str, voided_by: str, at: datetime) -> None:
    session.execute(
        "UPDATE certificates SET state = 'voided', void_reason = ?, voided_by = ?, voided_at = ? WHERE number = ?",
        [reason, voided_by, at.isoformat(), number],
    )


def add_reprint(session: Session, number: str) -> int:
    session.execute("UPDATE certificates SET reprint_count = reprint_count + 1 WHERE number = ?", [number])
    return int(session.scalar("SELECT reprint_count FROM certificates WHERE number = ?", [number]))


def insert_report(
    session: Session, *, kind: str, subject: str, reported_on: date, reference: str, recorded_by: str, at: datetime
) -> str:
    report_id = uuid.uuid4().hex
    session.insert(
        "reports",
        {
            "id": report_id,
            "kind": kind,
            "subject": subject,
            "reported_on": reported_on.isoformat(),
            "reference": reference,
            "recorded_by": recorded_by,
            "recorded_at": at.isoformat(),
        },
    )
    return report_id


@dataclass(frozen=True)
class ReportableEvent:
    """A certificate issued or a pack handed over, with the day it happened and the report made (if any)."""

    kind: str  # 'certificate' or 'pack_outbound' (the ``reports.kind`` values)
    subject: str  # certificate number, or the handover id
    label: str  # what the person looks for: the VIN, or the pack code
    event_date: date
    reported_on: date | None


def reportable_events(session: Session, *, since: date) -> list[ReportableEvent]:
    rows = session.all(
        "SELECT 'certificate' AS kind, c.number AS subject, i.vin AS label, substr(c.issued_at, 1, 10) AS day, "
        "r.reported_on FROM certificates AS c JOIN intakes AS i ON i.id = c.intake_id "
        "LEFT JOIN reports AS r ON r.kind = 'certificate' AND r.subject = c.number "
        "WHERE c.state = 'issued' AND substr(c.issued_at, 1, 10) >= :since "
        "UNION ALL "
        "SELECT 'pack_outbound', h.id, h.pack_code, h.handed_over_on, r.reported_on FROM pack_handovers AS h "
        "LEFT JOIN reports AS r ON r.kind = 'pack_outbound' AND r.subject = h.id "
        "WHERE h.handed_over_on >= :since",
        {"since": since.isoformat()},
    )
    return [
        ReportableEvent(
            kind=r["kind"],
            subject=r["subject"],
            label=r["label"],
            event_date=date.fromisoformat(r["day"]),
            reported_on=date.fromisoformat(r["reported_on"]) if r["reported_on"] else None,
        )
        for r in rows
    ]
