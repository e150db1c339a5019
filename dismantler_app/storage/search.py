"""Finding intakes by what a person has in hand: a VIN, a plate, a pack code, a certificate number, a date range."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dismantler_app.domain.yard_time import local_day_of_stamp
from dismantler_app.storage.session import Session


@dataclass(frozen=True)
class IntakeHit:
    intake_id: str
    vin: str
    plate: str
    status: str
    created_at: str
    certificate_number: str | None  # the one in force, else the latest voided one
    certificate_state: str | None = None  # 'issued' or 'voided' (a voided number must never read as valid)
    created_on: date | None = None  # the yard's local date of ``created_at`` (when the search was given the zone)


def _day_start(day: date, zone: ZoneInfo | None) -> str:
    """The first instant of ``day`` in the yard's zone, as the UTC text the store compares stamps with."""
    start = datetime.combine(day, time(0), tzinfo=zone or UTC)
    return start.astimezone(UTC).isoformat()


_LATEST_CERTIFICATE = (
    "FROM certificates AS c WHERE c.intake_id = i.id ORDER BY c.state = 'issued' DESC, c.issued_at DESC LIMIT 1"
)
_SELECT = (
    "SELECT i.id AS intake_id, i.vin, i.plate, i.status, i.created_at, "
    f"(SELECT number {_LATEST_CERTIFICATE}) AS certificate_number, "
    f"(SELECT state {_LATEST_CERTIFICATE}) AS certificate_state FROM intakes AS i "
)


def search_intakes(
    session: Session,
    *,
    vin: str | None = None,
    plate: str | None = None,
    pack_code: str | None = None,
    certificate_number: str | None = None,
    created_from: date | None = None,
    created_to: date | None = None,
    limit: int = 200,
    zone: ZoneInfo | None = None,
) -> list[IntakeHit]:
    """All criteria given must hold. Exact matches use the indexes (the store benchmark measures them). The dates
    are the yard's local days when ``zone`` is given (a vehicle taken in at 07:00 in Shanghai is on that day, not
    on the previous UTC day), UTC days otherwise."""
    where: list[str] = []
    params: list[object] = []
    if vin:
        where.append("i.vin = ?")
        params.append(vin)
    if plate:
        where.append("i.plate = ?")
        params.append(plate)
    if pack_code:
        where.append("i.id IN (SELECT intake_id FROM scanned_packs WHERE code = ?)")
        params.append(pack_code)
    if certificate_number:
        where.append("i.id IN (SELECT intake_id FROM certificates WHERE number = ?)")
        params.append(certificate_number)
    if created_from:
        where.append("i.created_at >= ?")
        params.append(_day_start(created_from, zone))
    if created_to:
        where.append("i.created_at < ?")
        params.append(_day_start(created_to + timedelta(days=1), zone))
    sql = _SELECT + (f"WHERE {' AND '.join(where)} " if where else "") + "ORDER BY i.created_at DESC LIMIT ?"
    rows = session.all(sql, [*params, limit])
    hits = [IntakeHit(**row) for row in rows]
    if zone is None:
        return hits
    return [replace(hit, created_on=local_day_of_stamp(hit.created_at, zone)) for hit in hits]
