"""Read-only selections for printing certificates and for the regulatory reports.

Days are the yard's local calendar days (:mod:`dismantler_app.domain.yard_time`). A certificate's day is its stored
``issued_on``, the date printed on it and the one the deadline list
(:func:`dismantler_app.storage.certificates.reportable_events`) counts from, so a certificate printed in a day's
batch, listed in a report and shown on the deadline list always carries one and the same date. An intake's day
(NMVTIS "date obtained") is computed from its UTC timestamp in the yard's zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from dismantler_app.domain.records import CertificateNumber, CertificateState
from dismantler_app.domain.yard_time import local_day_of_stamp
from dismantler_app.storage.session import Session


@dataclass(frozen=True)
class ScrappedVehicle:
    """An issued certificate as the *vehicle scrapped* upload needs it."""

    number: CertificateNumber
    vin: str
    scrap_date: date
    pack_codes: tuple[str, ...]
    reported_on: date | None


@dataclass(frozen=True)
class OutboundPack:
    """A pack handover as the *pack outbound* upload needs it; ``handover_id`` is the report subject."""

    handover_id: str
    pack_code: str
    outbound_date: date
    receiver_name: str
    receiver_uscc: str
    reported_on: date | None
    receiver_duns: str = ""
    receiver_type: str = ""
    pack_model: str = ""
    quantity: int = 1
    destination: str = ""


@dataclass(frozen=True)
class ObtainedVehicle:
    """A vehicle the yard took in (NMVTIS: date obtained and from whom)."""

    intake_id: str
    vin: str
    obtained_on: date
    obtained_from: str
    status: str  # the intake status value
    certified: bool
    registration_country: str = ""
    disposition: str = ""  # vehicle_dispositions.disposition when recorded
    transferred_to: str = ""
    intended_for_export: bool = False


def _range(column: str, from_day: date | None, to_day: date | None) -> tuple[str, dict[str, str]]:
    """SQL for a range of a date column (ISO ``YYYY-MM-DD`` text), both ends included."""
    where, params = [], {}
    if from_day is not None:
        where.append(f"{column} >= :from_day")
        params["from_day"] = from_day.isoformat()
    if to_day is not None:
        where.append(f"{column} <= :to_day")
        params["to_day"] = to_day.isoformat()
    return " AND ".join(where) or "1", params


def certificate_numbers_issued(
    session: Session, *, from_day: date | None, to_day: date | None, state: CertificateState | None = None
) -> list[CertificateNumber]:
    """Numbers of certificates issued in the range (both ends included), in number order."""
    where, params = _range("issued_on", from_day, to_day)
    if state is not None:
        where += " AND state = :state"
        params["state"] = state.value
    rows = session.all(f"SELECT number FROM certificates WHERE {where} ORDER BY yard_code, year, seq", params)
    return [CertificateNumber(r["number"]) for r in rows]


def scanned_codes(session: Session, intake_id: str) -> tuple[str, ...]:
    """The intake's scanned pack codes in scan order (the order the certificate lists them)."""
    rows = session.all("SELECT code FROM scanned_packs WHERE intake_id = ? ORDER BY scanned_at, code", [intake_id])
    return tuple(r["code"] for r in rows)


def scrapped_vehicles(
    session: Session, *, from_day: date | None, to_day: date | None, unreported_only: bool
) -> list[ScrappedVehicle]:
    """Issued (not voided) certificates in the range with their VIN and scanned packs, in number order."""
    where, params = _range("c.issued_on", from_day, to_day)
    if unreported_only:
        where += " AND r.reported_on IS NULL"
    rows = session.all(
        "SELECT c.number, c.intake_id, i.vin, c.issued_on AS day, r.reported_on "
        "FROM certificates AS c JOIN intakes AS i ON i.id = c.intake_id "
        "LEFT JOIN reports AS r ON r.kind = 'certificate' AND r.subject = c.number "
        f"WHERE c.state = 'issued' AND {where} ORDER BY c.yard_code, c.year, c.seq",
        params,
    )
    return [
        ScrappedVehicle(
            number=CertificateNumber(r["number"]),
            vin=r["vin"],
            scrap_date=date.fromisoformat(r["day"]),
            pack_codes=scanned_codes(session, r["intake_id"]),
            reported_on=date.fromisoformat(r["reported_on"]) if r["reported_on"] else None,
        )
        for r in rows
    ]


def outbound_packs(
    session: Session, *, from_day: date | None, to_day: date | None, unreported_only: bool
) -> list[OutboundPack]:
    """Pack handovers in the range (by outbound date), oldest first."""
    where, params = _range("h.handed_over_on", from_day, to_day)
    if unreported_only:
        where += " AND r.reported_on IS NULL"
    rows = session.all(
        "SELECT h.id, h.pack_code, h.handed_over_on, h.receiver_name, h.receiver_uscc, h.receiver_duns, "
        "h.receiver_type, h.pack_model, h.quantity, h.destination, r.reported_on "
        "FROM pack_handovers AS h LEFT JOIN reports AS r ON r.kind = 'pack_outbound' AND r.subject = h.id "
        f"WHERE {where} ORDER BY h.handed_over_on, h.pack_code",
        params,
    )
    return [
        OutboundPack(
            handover_id=r["id"],
            pack_code=r["pack_code"],
            outbound_date=date.fromisoformat(r["handed_over_on"]),
            receiver_name=r["receiver_name"],
            receiver_uscc=r["receiver_uscc"],
            reported_on=date.fromisoformat(r["reported_on"]) if r["reported_on"] else None,
            receiver_duns=r["receiver_duns"],
            receiver_type=r["receiver_type"],
            pack_model=r["pack_model"],
            quantity=r["quantity"],
            destination=r["destination"],
        )
        for r in rows
    ]


def vehicles_obtained(session: Session, *, from_day: date, to_day: date, zone: ZoneInfo) -> list[ObtainedVehicle]:
    """Intakes opened in the range of the yard's local days, except cancelled ones (the vehicle went back to its
    owner). SQL narrows by the UTC date one day wider on each side (no zone is more than 14 hours from UTC); the
    exact local day is then computed per row."""
    rows = session.all(
        "SELECT i.id, i.vin, i.created_at, i.owner_name, i.status, i.registration_country, "
        "d.disposition, d.transferred_to, d.intended_for_export, "
        "EXISTS (SELECT 1 FROM certificates AS c WHERE c.intake_id = i.id AND c.state = 'issued') AS certified "
        "FROM intakes AS i LEFT JOIN vehicle_dispositions AS d ON d.intake_id = i.id "
        "WHERE i.status != 'cancelled' AND i.created_at >= :low AND i.created_at < :high "
        "ORDER BY i.created_at, i.vin",  # ISO text compares as time: the created_at index serves the range
        {"low": (from_day - timedelta(days=1)).isoformat(), "high": (to_day + timedelta(days=2)).isoformat()},
    )
    found = []
    for r in rows:
        day = local_day_of_stamp(r["created_at"], zone)
        if from_day <= day <= to_day:
            found.append(
                ObtainedVehicle(
                    intake_id=r["id"],
                    vin=r["vin"],
                    obtained_on=day,
                    obtained_from=r["owner_name"],
                    status=r["status"],
                    certified=bool(r["certified"]),
                    registration_country=r["registration_country"],
                    disposition=r["disposition"] or "",
                    transferred_to=r["transferred_to"] or "",
                    intended_for_export=bool(r["intended_for_export"]),
                )
            )
    return found


def reported_subjects(session: Session, *, kind: str, subjects: list[str]) -> set[str]:
    """Which of ``subjects`` already have a report of ``kind`` (``reports.kind``: certificate, pack_outbound)."""
    found: set[str] = set()
    for start in range(0, len(subjects), 500):  # stay well under SQLite's bound-parameter limit
        chunk = subjects[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = session.all(f"SELECT subject FROM reports WHERE kind = ? AND subject IN ({marks})", [kind, *chunk])
        found.update(r["subject"] for r in rows)
    return found
