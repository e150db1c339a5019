"""Certificate rows, the gapless number counter, the number series, and the traceability reports made.

Numbers are yard code + series + year + six-digit sequence (``SH01-K7Q2M-2026-000123``; certificates issued before
schema 0005 have no series: ``SH01-2026-000123``). The series is five random Crockford base32 characters drawn by
this database (25 bits): at the first certificate after set-up, after every restore (:func:`clear_series`), and when
the database is found on another PC or at another path than the one it was drawn for (a copied file). Whatever was
issued from a copy of this database before, a new series cannot repeat it (docs/design/trust.md, "How numbers are
made"). The next sequence is read and used in the same ``BEGIN IMMEDIATE`` transaction as the insert; triggers
refuse any other number or series and advance the counter, so a rolled-back issue leaves no gap and two writers
never get the same number. The row keeps the content as issued
(``document_json``), the local date of issue and the original's print, frozen by triggers (migration 0003).
"""

from __future__ import annotations

import secrets
import socket
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dismantler_app.domain.records import CertificateNumber, CertificateState, IntakeId
from dismantler_app.storage.session import Session

# Crockford's base32: digits and capitals without I, L, O and U, so a series read aloud or keyed from paper is not
# mistaken (1/I/L, 0/O).
SERIES_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SERIES_LENGTH = 5


def format_number(prefix: str, year: int, seq: int) -> CertificateNumber:
    """``prefix`` is the yard code and series (``SH01-K7Q2M``), or the bare yard code of a number made before 0005."""
    return CertificateNumber(f"{prefix}-{year}-{seq:06d}")


def number_place(path: object) -> str:
    """Where a series is valid: this PC's name and the database file's full path."""
    try:
        where = str(Path(str(path)).resolve())
    except OSError:
        where = str(path)
    return f"{socket.gethostname()}|{where}"


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
    issued_on: date  # the yard's local date of issue, as printed
    document_json: str | None = None  # the content frozen at issue; None for certificates issued before 0003
    original_printed_at: str | None = None
    official_number: str = ""


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
        issued_on=date.fromisoformat(row["issued_on"]),
        document_json=row["document_json"],
        original_printed_at=row["original_printed_at"],
        official_number=row["official_number"],
    )


@dataclass(frozen=True)
class NumberSlot:
    """The next free number of a yard and year, read inside the write transaction that will use it."""

    prefix: str  # yard code and series, e.g. SH01-K7Q2M (stored in the certificates' yard_code column)
    year: int
    seq: int

    @property
    def number(self) -> CertificateNumber:
        return format_number(self.prefix, self.year, self.seq)


def next_number(session: Session, *, yard_code: str, year: int, place: str) -> NumberSlot:
    """The next number of this database's series, drawing a new series first when it has none or was drawn for
    another place (see the module docstring). Call inside the write transaction that inserts the certificate."""
    series = current_series(session, place=place)
    prefix = f"{yard_code}-{series}"
    last = session.scalar("SELECT last_seq FROM certificate_counters WHERE yard_code = ? AND year = ?", [prefix, year])
    return NumberSlot(prefix, year, (last or 0) + 1)


def current_series(session: Session, *, place: str) -> str:
    """This database's series for ``place`` (:func:`number_place`), drawn and stored now if it has none for it."""
    row = session.one("SELECT certificate_series, certificate_series_place FROM yard WHERE singleton = 1")
    if row is None:
        raise LookupError("the yard is not set up")
    if row["certificate_series"] and row["certificate_series_place"] == place:
        return str(row["certificate_series"])
    used = {
        str(r["yard_code"]).rpartition("-")[2]
        for r in session.all("SELECT DISTINCT yard_code FROM certificate_counters")
    }
    while True:  # never one this database used before (a restored database knows the series it had)
        series = "".join(secrets.choice(SERIES_ALPHABET) for _ in range(SERIES_LENGTH))
        if series not in used:
            break
    session.execute(
        "UPDATE yard SET certificate_series = ?, certificate_series_place = ? WHERE singleton = 1", [series, place]
    )
    return series


def clear_series(session: Session) -> None:
    """Forgets the series (a restore): the next certificate draws a new one."""
    session.execute("UPDATE yard SET certificate_series = '', certificate_series_place = '' WHERE singleton = 1")


def insert_certificate(
    session: Session,
    slot: NumberSlot,
    intake_id: str,
    *,
    issued_by: str,
    at: datetime,
    issued_on: date,
    swap_exempt: bool,
    document_json: str,
    official_number: str = "",
) -> CertificateRecord:
    """Inserts the certificate with its frozen content; the triggers refuse a number that is not the next one."""
    row = {
        "number": slot.number,
        "intake_id": intake_id,
        "yard_code": slot.prefix,
        "year": slot.year,
        "seq": slot.seq,
        "state": CertificateState.ISSUED.value,
        "issued_at": at.isoformat(),
        "issued_by": issued_by,
        "swap_model_exempt": int(swap_exempt),
        "issued_on": issued_on.isoformat(),
        "document_json": document_json,
        "official_number": official_number,
    }
    session.insert("certificates", row)
    return _record({**row, "void_reason": None, "voided_at": None, "reprint_count": 0, "original_printed_at": None})


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


def mark_original_printed(session: Session, number: str, *, printed_by: str, at: datetime) -> bool:
    """Records the original's print; False when it was already recorded (the caller then prints a copy)."""
    cursor = session.execute(
        "UPDATE certificates SET original_printed_at = ?, original_printed_by = ? "
        "WHERE number = ? AND original_printed_at IS NULL",
        [at.isoformat(), printed_by, number],
    )
    return cursor.rowcount == 1


def set_official_number(session: Session, number: str, official_number: str) -> None:
    session.execute("UPDATE certificates SET official_number = ? WHERE number = ?", [official_number, number])


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
    """Events on or after ``since`` (the yard's local dates). A certificate counts only when its intake has a scanned
    traction pack: the vehicle-scrapped upload is battery traceability (2018 rules, Art. 13), so a petrol car's
    certificate has nothing to upload and must not stay "due" for ever."""
    rows = session.all(
        "SELECT 'certificate' AS kind, c.number AS subject, i.vin AS label, c.issued_on AS day, "
        "r.reported_on FROM certificates AS c JOIN intakes AS i ON i.id = c.intake_id "
        "LEFT JOIN reports AS r ON r.kind = 'certificate' AND r.subject = c.number "
        "WHERE c.state = 'issued' AND c.issued_on >= :since "
        "AND EXISTS (SELECT 1 FROM scanned_packs AS s WHERE s.intake_id = c.intake_id) "
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
