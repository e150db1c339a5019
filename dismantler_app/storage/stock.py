"""Batteries in stock: packs scanned into this yard, still linked to their vehicle here and not yet handed over,
with the safety triage that decides how they are stored (risk class, quarantine location)."""

from __future__ import annotations

from dataclasses import dataclass

from dismantler_app.domain.records import IntakeStatus, RiskClass
from dismantler_app.storage.session import Session


@dataclass(frozen=True)
class StockPack:
    intake_id: str
    pack_code: str
    vin: str
    intake_status: IntakeStatus
    scanned_at: str
    risk_class: RiskClass | None  # None: not triaged yet
    location: str  # the quarantine location recorded at triage ("" for a normal pack)
    certificate_number: str | None


def packs_in_stock(session: Session, *, limit: int = 1000) -> list[StockPack]:
    """Abnormal packs first (they need watching), then the oldest scan first."""
    rows = session.all(
        "SELECT s.intake_id, s.code, i.vin, i.status, s.scanned_at, t.risk_class, "
        "coalesce(t.quarantine_location, '') AS location, "
        "(SELECT number FROM certificates AS c WHERE c.intake_id = s.intake_id AND c.state = 'issued') AS number "
        "FROM scanned_packs AS s JOIN intakes AS i ON i.id = s.intake_id "
        # the pack's active link is to this intake: a scan kept only as evidence of a pack linked elsewhere is not
        # stock of this vehicle
        "JOIN pack_links AS l ON l.code = s.code AND l.intake_id = s.intake_id AND l.unlinked_at IS NULL "
        "LEFT JOIN triage AS t ON t.intake_id = s.intake_id AND t.pack_code = s.code "
        "WHERE i.status != 'cancelled' AND NOT EXISTS "
        "(SELECT 1 FROM pack_handovers AS h WHERE h.intake_id = s.intake_id AND h.pack_code = s.code) "
        "ORDER BY coalesce(t.risk_class, 'normal') = 'normal', s.scanned_at, s.code LIMIT ?",
        [limit],
    )
    return [
        StockPack(
            intake_id=r["intake_id"],
            pack_code=r["code"],
            vin=r["vin"],
            intake_status=IntakeStatus(r["status"]),
            scanned_at=r["scanned_at"],
            risk_class=RiskClass(r["risk_class"]) if r["risk_class"] else None,
            location=r["location"],
            certificate_number=r["number"],
        )
        for r in rows
    ]
