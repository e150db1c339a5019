"""Pack rows: what a vehicle should carry, what was scanned, active links, replacements, triage and handovers."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dismantler_app.domain.records import ExpectedSource, ScannedPack, Triage
from dismantler_app.storage.session import Session


def set_expected(
    session: Session,
    intake_id: str,
    *,
    source: ExpectedSource,
    codes: Sequence[str],
    count: int | None,
    declared_by: str | None,
) -> None:
    """Replaces the expected packs of an intake (a new declaration needs a new confirmation)."""
    session.execute("DELETE FROM expected_pack_codes WHERE intake_id = ?", [intake_id])
    session.execute("DELETE FROM expected_packs WHERE intake_id = ?", [intake_id])
    session.insert(
        "expected_packs",
        {"intake_id": intake_id, "source": source.value, "count": count, "declared_by": declared_by},
    )
    session.executemany(
        "INSERT INTO expected_pack_codes (intake_id, code) VALUES (?, ?)", [(intake_id, c) for c in sorted(set(codes))]
    )


def confirm_expected(session: Session, intake_id: str, *, confirmed_by: str, at: datetime) -> None:
    session.execute(
        "UPDATE expected_packs SET confirmed_by = ?, confirmed_at = ? WHERE intake_id = ?",
        [confirmed_by, at.isoformat(), intake_id],
    )


def find_scan(session: Session, intake_id: str, code: str) -> dict[str, Any] | None:
    return session.one("SELECT * FROM scanned_packs WHERE intake_id = ? AND code = ?", [intake_id, code])


def insert_scan(session: Session, intake_id: str, scan: ScannedPack) -> str:
    scan_id = uuid.uuid4().hex
    session.insert(
        "scanned_packs",
        {
            "id": scan_id,
            "intake_id": intake_id,
            "code": scan.code,
            "raw_payload": scan.raw_payload,
            "symbology": scan.symbology,
            "scanned_at": scan.scanned_at.isoformat() if scan.scanned_at else "",
            "station": scan.station,
            "operator": scan.operator,
            "photo_sha256": scan.photo_hash,
        },
    )
    return scan_id


@dataclass(frozen=True)
class ActiveLink:
    code: str
    intake_id: str
    vin: str
    linked_at: str


def find_active_link(session: Session, code: str) -> ActiveLink | None:
    row = session.one(
        "SELECT code, intake_id, vin, linked_at FROM pack_links WHERE code = ? AND unlinked_at IS NULL", [code]
    )
    return ActiveLink(**row) if row else None


def insert_link(session: Session, *, code: str, intake_id: str, vin: str, at: datetime) -> None:
    session.insert(
        "pack_links",
        {"id": uuid.uuid4().hex, "code": code, "intake_id": intake_id, "vin": vin, "linked_at": at.isoformat()},
    )


def release_links(session: Session, intake_id: str, *, at: datetime) -> list[str]:
    codes = [
        r["code"]
        for r in session.all("SELECT code FROM pack_links WHERE intake_id = ? AND unlinked_at IS NULL", [intake_id])
    ]
    session.execute(
        "UPDATE pack_links SET unlinked_at = ? WHERE intake_id = ? AND unlinked_at IS NULL", [at.isoformat(), intake_id]
    )
    return codes


def release_link(session: Session, code: str, *, intake_id: str, at: datetime) -> bool:
    """Ends the active link of ``code`` to ``intake_id`` (a pack handed over); False when there was none."""
    return bool(
        session.execute(
            "UPDATE pack_links SET unlinked_at = ? WHERE code = ? AND intake_id = ? AND unlinked_at IS NULL",
            [at.isoformat(), code, intake_id],
        ).rowcount
    )


def relink_vin(session: Session, intake_id: str, vin: str) -> None:
    session.execute("UPDATE pack_links SET vin = ? WHERE intake_id = ? AND unlinked_at IS NULL", [vin, intake_id])


def insert_replacement(
    session: Session,
    intake_id: str,
    *,
    expected_code: str,
    scanned_code: str,
    document_ref: str,
    resolved_by: str,
    at: datetime,
) -> None:
    session.insert(
        "replacements",
        {
            "id": uuid.uuid4().hex,
            "intake_id": intake_id,
            "expected_code": expected_code,
            "scanned_code": scanned_code,
            "document_ref": document_ref,
            "resolved_by": resolved_by,
            "resolved_at": at.isoformat(),
        },
    )


def upsert_triage(session: Session, intake_id: str, triage: Triage, *, triaged_by: str, at: datetime) -> None:
    session.execute(
        "INSERT INTO triage (intake_id, pack_code, damage, insulation_mohm, voltage_v, soc_percent, bms_codes, "
        "risk_class, quarantine_location, triaged_by, triaged_at) "
        "VALUES (:intake_id, :pack_code, :damage, :insulation_mohm, :voltage_v, :soc_percent, :bms_codes, "
        ":risk_class, :quarantine_location, :triaged_by, :triaged_at) "
        "ON CONFLICT (intake_id, pack_code) DO UPDATE SET damage = excluded.damage, "
        "insulation_mohm = excluded.insulation_mohm, voltage_v = excluded.voltage_v, "
        "soc_percent = excluded.soc_percent, bms_codes = excluded.bms_codes, risk_class = excluded.risk_class, "
        "quarantine_location = excluded.quarantine_location, triaged_by = excluded.triaged_by, "
        "triaged_at = excluded.triaged_at",
        {
            "intake_id": intake_id,
            "pack_code": triage.pack_code,
            "damage": json.dumps(sorted(d.value for d in triage.damage)),
            "insulation_mohm": triage.insulation_mohm,
            "voltage_v": triage.voltage_v,
            "soc_percent": triage.soc_percent,
            "bms_codes": json.dumps(list(triage.bms_codes)),
            "risk_class": triage.risk_class.value,
            "quarantine_location": triage.quarantine_location,
            "triaged_by": triaged_by,
            "triaged_at": at.isoformat(),
        },
    )


@dataclass(frozen=True)
class Handover:
    id: str
    intake_id: str
    pack_code: str
    receiver_name: str
    receiver_uscc: str  # empty when the receiver is named by its D-U-N-S number
    handed_over_on: date
    receiver_duns: str = ""
    receiver_type: str = ""  # domain.receivers.ReceiverType value; empty on handovers recorded before schema 5
    pack_model: str = ""
    quantity: int = 1
    destination: str = ""


def insert_handover(
    session: Session,
    intake_id: str,
    *,
    pack_code: str,
    receiver_name: str,
    receiver_uscc: str,
    handed_over_on: date,
    recorded_by: str,
    at: datetime,
    receiver_duns: str = "",
    receiver_type: str = "",
    pack_model: str = "",
    quantity: int = 1,
    destination: str = "",
) -> Handover:
    handover = Handover(
        uuid.uuid4().hex,
        intake_id,
        pack_code,
        receiver_name,
        receiver_uscc,
        handed_over_on,
        receiver_duns=receiver_duns,
        receiver_type=receiver_type,
        pack_model=pack_model,
        quantity=quantity,
        destination=destination,
    )
    session.insert(
        "pack_handovers",
        {
            "id": handover.id,
            "intake_id": intake_id,
            "pack_code": pack_code,
            "receiver_name": receiver_name,
            "receiver_uscc": receiver_uscc,
            "receiver_duns": receiver_duns,
            "receiver_type": receiver_type,
            "pack_model": pack_model,
            "quantity": quantity,
            "destination": destination,
            "handed_over_on": handed_over_on.isoformat(),
            "recorded_by": recorded_by,
            "recorded_at": at.isoformat(),
        },
    )
    return handover


def find_handover(session: Session, intake_id: str, pack_code: str) -> dict[str, Any] | None:
    return session.one("SELECT * FROM pack_handovers WHERE intake_id = ? AND pack_code = ?", [intake_id, pack_code])
