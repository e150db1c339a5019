"""Rows the regulators' files read beyond the intake itself (schema 0005): a pack's battery passport id, what became
of a vehicle (NMVTIS), the platform fields of a handover, and the selection of handed-over packs with a passport.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dismantler_app.storage.session import Session


def set_passport_id(session: Session, intake_id: str, pack_code: str, passport_id: str) -> bool:
    """Stores the passport id of a scanned pack; False when the intake has no such pack."""
    return bool(
        session.execute(
            "UPDATE scanned_packs SET passport_id = ? WHERE intake_id = ? AND code = ?",
            [passport_id, intake_id, pack_code],
        ).rowcount
    )


def pack_with_passport(session: Session, intake_id: str, passport_id: str) -> str | None:
    """The code of the intake's pack that carries ``passport_id``, if any."""
    row = session.one(
        "SELECT code FROM scanned_packs WHERE intake_id = ? AND passport_id = ?", [intake_id, passport_id]
    )
    return row["code"] if row else None


def pack_passports(session: Session, intake_id: str) -> dict[str, str]:
    """Pack code → passport id ('' when none) of every pack scanned on the intake."""
    rows = session.all(
        "SELECT code, passport_id FROM scanned_packs WHERE intake_id = ? ORDER BY scanned_at", [intake_id]
    )
    return {row["code"]: row["passport_id"] for row in rows}


def scanned_pack(session: Session, intake_id: str, pack_code: str) -> dict[str, Any] | None:
    return session.one("SELECT * FROM scanned_packs WHERE intake_id = ? AND code = ?", [intake_id, pack_code])


@dataclass(frozen=True)
class Disposition:
    intake_id: str
    disposition: str  # domain.regulatory_eu_us.NmvtisDisposition value
    transferred_to: str
    intended_for_export: bool


def upsert_disposition(
    session: Session,
    intake_id: str,
    *,
    disposition: str,
    transferred_to: str,
    intended_for_export: bool,
    recorded_by: str,
    at: datetime,
) -> None:
    session.execute(
        "INSERT INTO vehicle_dispositions (intake_id, disposition, transferred_to, intended_for_export, recorded_by, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (intake_id) DO UPDATE SET "
        "disposition = excluded.disposition, transferred_to = excluded.transferred_to, "
        "intended_for_export = excluded.intended_for_export, recorded_by = excluded.recorded_by, "
        "recorded_at = excluded.recorded_at",
        [intake_id, disposition, transferred_to, int(intended_for_export), recorded_by, at.isoformat()],
    )


def load_disposition(session: Session, intake_id: str) -> Disposition | None:
    row = session.one(
        "SELECT intake_id, disposition, transferred_to, intended_for_export FROM vehicle_dispositions "
        "WHERE intake_id = ?",
        [intake_id],
    )
    if row is None:
        return None
    return Disposition(row["intake_id"], row["disposition"], row["transferred_to"], bool(row["intended_for_export"]))


def load_handover(session: Session, handover_id: str) -> dict[str, Any] | None:
    return session.one("SELECT * FROM pack_handovers WHERE id = ?", [handover_id])


def update_handover_details(
    session: Session, handover_id: str, *, receiver_type: str, pack_model: str, quantity: int, destination: str
) -> None:
    session.execute(
        "UPDATE pack_handovers SET receiver_type = ?, pack_model = ?, quantity = ?, destination = ? WHERE id = ?",
        [receiver_type, pack_model, quantity, destination, handover_id],
    )


@dataclass(frozen=True)
class HandedOverPassport:
    """A handed-over pack for the Battery Pass export; ``passport_id`` is empty for a pack that carries none."""

    handover_id: str
    intake_id: str
    pack_code: str
    passport_id: str
    handed_over_on: date
    receiver_name: str


def handed_over_packs(session: Session, *, from_day: date | None, to_day: date | None) -> list[HandedOverPassport]:
    """Handovers in the range (by outbound date, both ends included) with the pack's passport id, oldest first."""
    where, params = ["1"], {}
    if from_day is not None:
        where.append("h.handed_over_on >= :from_day")
        params["from_day"] = from_day.isoformat()
    if to_day is not None:
        where.append("h.handed_over_on <= :to_day")
        params["to_day"] = to_day.isoformat()
    rows = session.all(
        "SELECT h.id, h.intake_id, h.pack_code, coalesce(s.passport_id, '') AS passport_id, h.handed_over_on, "
        "h.receiver_name FROM pack_handovers AS h "
        "LEFT JOIN scanned_packs AS s ON s.intake_id = h.intake_id AND s.code = h.pack_code "
        f"WHERE {' AND '.join(where)} ORDER BY h.handed_over_on, h.pack_code",
        params,
    )
    return [
        HandedOverPassport(
            handover_id=r["id"],
            intake_id=r["intake_id"],
            pack_code=r["pack_code"],
            passport_id=r["passport_id"],
            handed_over_on=date.fromisoformat(r["handed_over_on"]),
            receiver_name=r["receiver_name"],
        )
        for r in rows
    ]
