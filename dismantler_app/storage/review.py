"""Reads for the supervisor desk: the intakes waiting for a supervisor (or recently certified, for void and reprint)
and the photos attached to an intake."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dismantler_app.domain.records import IntakeStatus, PhotoKind
from dismantler_app.storage.session import Session


@dataclass(frozen=True)
class ReviewItem:
    intake_id: str
    vin: str
    plate: str
    status: IntakeStatus
    created_at: str
    updated_at: str
    scanned_count: int
    certificate_number: str | None  # the issued certificate, when there is one


@dataclass(frozen=True)
class AttachedPhoto:
    sha256: str
    kind: PhotoKind
    pack_code: str
    taken_at: str


def intakes_in_states(session: Session, statuses: Iterable[IntakeStatus], *, limit: int = 200) -> list[ReviewItem]:
    """Intakes in any of ``statuses``, oldest change first (the one waiting longest is reviewed first)."""
    wanted = sorted({s.value for s in statuses})
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    rows = session.all(
        "SELECT i.id, i.vin, i.plate, i.status, i.created_at, i.updated_at, "
        "(SELECT count(*) FROM scanned_packs AS s WHERE s.intake_id = i.id) AS scanned_count, "
        "(SELECT number FROM certificates AS c WHERE c.intake_id = i.id AND c.state = 'issued') AS certificate_number "
        f"FROM intakes AS i WHERE i.status IN ({marks}) ORDER BY i.updated_at, i.id LIMIT ?",
        [*wanted, limit],
    )
    return [
        ReviewItem(
            intake_id=r["id"],
            vin=r["vin"],
            plate=r["plate"],
            status=IntakeStatus(r["status"]),
            created_at=r["created_at"],
            updated_at=r["updated_at"],
            scanned_count=int(r["scanned_count"]),
            certificate_number=r["certificate_number"],
        )
        for r in rows
    ]


def attached_photos(session: Session, intake_id: str) -> list[AttachedPhoto]:
    rows = session.all(
        "SELECT sha256, kind, pack_code, taken_at FROM intake_photos WHERE intake_id = ? ORDER BY taken_at, kind",
        [intake_id],
    )
    return [AttachedPhoto(r["sha256"], PhotoKind(r["kind"]), r["pack_code"], r["taken_at"]) for r in rows]
