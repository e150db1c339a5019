"""Intake rows: owner, documents and checks, vehicle facts, status; and the one read that gathers a rule's facts."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from dismantler_app.domain.records import (
    CheckState,
    DamageFlag,
    DocumentKind,
    Documents,
    ExpectedPacks,
    ExpectedSource,
    Fuel,
    IntakeFacts,
    IntakeId,
    IntakeStatus,
    Owner,
    PackLink,
    PhotoHash,
    PhotoKind,
    Powertrain,
    RegistrationDocumentFate,
    Replacement,
    RiskClass,
    ScannedPack,
    Triage,
    UserId,
    Vehicle,
)
from dismantler_app.storage.session import Session


@dataclass(frozen=True)
class IntakeRecord:
    id: IntakeId
    status: IntakeStatus
    created_at: str
    created_by: UserId
    updated_at: str
    owner: Owner
    documents: Documents
    vehicle: Vehicle


def vehicle_columns(vehicle: Vehicle) -> dict[str, Any]:
    row = asdict(vehicle)
    # 0001's CHECK knows only chosen powertrains: a vehicle whose powertrain is not chosen yet is stored with the
    # strictest one for the certificate triggers (BEV: a traction pack is required) and flagged (0010).
    unknown = vehicle.powertrain is Powertrain.UNKNOWN
    row["powertrain"] = (Powertrain.BEV if unknown else vehicle.powertrain).value
    row["powertrain_unknown"] = int(unknown)
    row["fuel"] = vehicle.fuel.value
    row["registration_date"] = vehicle.registration_date.isoformat() if vehicle.registration_date else None
    for flag in ("battery_swap_model", "frame_present", "engine_present"):
        row[flag] = int(row[flag])
    return row


def owner_columns(owner: Owner) -> dict[str, Any]:
    return {
        "owner_name": owner.name,
        "owner_id_number": owner.id_number,
        "owner_phone": owner.phone,
        "owner_address": owner.address,
        "owner_nationality": owner.nationality,
        "owner_id_document_type": owner.id_document_type,
    }


def documents_columns(documents: Documents) -> dict[str, Any]:
    return {
        "documents_received": json.dumps(sorted(d.value for d in documents.received)),
        "mortgage_check": documents.mortgage_check.value,
        "theft_check": documents.theft_check.value,
        "identifier_check": documents.identifier_check.value,
        "owner_statement_battery_missing": int(documents.owner_statement_battery_missing),
        "registration_document": documents.registration_document.value,
    }


def _vehicle(row: dict[str, Any]) -> Vehicle:
    return Vehicle(
        vin=row["vin"],
        plate=row["plate"],
        vehicle_type=row["vehicle_type"],
        use_character=row["use_character"],
        brand=row["brand"],
        model=row["model"],
        engine_number=row["engine_number"],
        powertrain=Powertrain.UNKNOWN if row.get("powertrain_unknown") else Powertrain(row["powertrain"]),
        fuel=Fuel(row["fuel"]),
        registration_date=date.fromisoformat(row["registration_date"]) if row["registration_date"] else None,
        curb_mass_kg=row["curb_mass_kg"],
        weighed_mass_kg=row["weighed_mass_kg"],
        battery_swap_model=bool(row["battery_swap_model"]),
        frame_present=bool(row["frame_present"]),
        engine_present=bool(row["engine_present"]),
        registration_country=row["registration_country"],
        vehicle_class=row["vehicle_class"],
        plate_type=row["plate_type"],
        body_colour=row["body_colour"],
        registration_certificate_number=row["registration_certificate_number"],
        motor_number=row["motor_number"],
    )


def _documents(row: dict[str, Any]) -> Documents:
    return Documents(
        received=frozenset(DocumentKind(d) for d in json.loads(row["documents_received"])),
        mortgage_check=CheckState(row["mortgage_check"]),
        theft_check=CheckState(row["theft_check"]),
        identifier_check=CheckState(row["identifier_check"]),
        owner_statement_battery_missing=bool(row["owner_statement_battery_missing"]),
        registration_document=RegistrationDocumentFate(row["registration_document"]),
    )


def _record(row: dict[str, Any]) -> IntakeRecord:
    return IntakeRecord(
        id=IntakeId(row["id"]),
        status=IntakeStatus(row["status"]),
        created_at=row["created_at"],
        created_by=UserId(row["created_by"]),
        updated_at=row["updated_at"],
        owner=Owner(
            name=row["owner_name"],
            id_number=row["owner_id_number"],
            phone=row["owner_phone"],
            address=row["owner_address"],
            nationality=row["owner_nationality"],
            id_document_type=row["owner_id_document_type"],
        ),
        documents=_documents(row),
        vehicle=_vehicle(row),
    )


def insert_intake(
    session: Session,
    intake_id: IntakeId,
    *,
    vehicle: Vehicle,
    owner: Owner,
    documents: Documents,
    created_by: UserId,
    at: datetime,
) -> IntakeRecord:
    row = {
        "id": intake_id,
        "status": IntakeStatus.OPEN.value,
        "created_at": at.isoformat(),
        "created_by": created_by,
        "updated_at": at.isoformat(),
        **owner_columns(owner),
        **documents_columns(documents),
        **vehicle_columns(vehicle),
    }
    session.insert("intakes", row)
    return _record(row)


def load_intake(session: Session, intake_id: str) -> IntakeRecord | None:
    row = session.one("SELECT * FROM intakes WHERE id = ?", [intake_id])
    return _record(row) if row else None


def update_intake(session: Session, intake_id: str, *, at: datetime, **columns: Any) -> None:
    columns["updated_at"] = at.isoformat()
    assignments = ", ".join(f"{name} = :{name}" for name in columns)
    session.execute(f"UPDATE intakes SET {assignments} WHERE id = :_id", {**columns, "_id": intake_id})


def load_expected(session: Session, intake_id: str) -> ExpectedPacks | None:
    row = session.one("SELECT * FROM expected_packs WHERE intake_id = ?", [intake_id])
    if row is None:
        return None
    codes = tuple(
        r["code"]
        for r in session.all("SELECT code FROM expected_pack_codes WHERE intake_id = ? ORDER BY code", [intake_id])
    )
    return ExpectedPacks(
        source=ExpectedSource(row["source"]),
        codes=codes,
        count=row["count"],
        confirmed_by=UserId(row["confirmed_by"]) if row["confirmed_by"] else None,
    )


def load_scanned(session: Session, intake_id: str) -> tuple[ScannedPack, ...]:
    rows = session.all("SELECT * FROM scanned_packs WHERE intake_id = ? ORDER BY scanned_at, code", [intake_id])
    return tuple(
        ScannedPack(
            code=r["code"],
            raw_payload=r["raw_payload"],
            symbology=r["symbology"],
            scanned_at=datetime.fromisoformat(r["scanned_at"]),
            station=r["station"],
            operator=UserId(r["operator"]),
            photo_hash=PhotoHash(r["photo_sha256"]) if r["photo_sha256"] else None,
        )
        for r in rows
    )


def load_links_elsewhere(session: Session, intake_id: str) -> tuple[PackLink, ...]:
    rows = session.all(
        "SELECT l.code, l.vin FROM scanned_packs AS s "
        "JOIN pack_links AS l ON l.code = s.code AND l.unlinked_at IS NULL "
        "WHERE s.intake_id = ? AND l.intake_id != s.intake_id ORDER BY l.code",
        [intake_id],
    )
    return tuple(PackLink(code=r["code"], other_vin=r["vin"]) for r in rows)


def load_replacements(session: Session, intake_id: str) -> tuple[Replacement, ...]:
    rows = session.all("SELECT * FROM replacements WHERE intake_id = ? ORDER BY expected_code", [intake_id])
    return tuple(
        Replacement(r["expected_code"], r["scanned_code"], r["document_ref"], UserId(r["resolved_by"])) for r in rows
    )


def load_triage(session: Session, intake_id: str) -> dict[str, Triage]:
    rows = session.all("SELECT * FROM triage WHERE intake_id = ?", [intake_id])
    return {
        r["pack_code"]: Triage(
            pack_code=r["pack_code"],
            damage=frozenset(DamageFlag(d) for d in json.loads(r["damage"])),
            insulation_mohm=r["insulation_mohm"],
            voltage_v=r["voltage_v"],
            soc_percent=r["soc_percent"],
            bms_codes=tuple(json.loads(r["bms_codes"])),
            risk_class=RiskClass(r["risk_class"]),
            quarantine_location=r["quarantine_location"],
            checked=frozenset(DamageFlag(d) for d in json.loads(r["checked"])),
            temperature_c=r["temperature_c"],
        )
        for r in rows
    }


def load_facts(session: Session, intake_id: str) -> IntakeFacts | None:
    """Everything the certificate rule reads, in the caller's transaction (so the rule and the insert agree)."""
    record = load_intake(session, intake_id)
    if record is None:
        return None
    return IntakeFacts(
        vehicle=record.vehicle,
        documents=record.documents,
        expected=load_expected(session, intake_id),
        scanned=load_scanned(session, intake_id),
        links_elsewhere=load_links_elsewhere(session, intake_id),
        replacements=load_replacements(session, intake_id),
        triage=load_triage(session, intake_id),
        photos=load_photo_kinds(session, intake_id),
    )


def load_photo_kinds(session: Session, intake_id: str) -> frozenset[PhotoKind]:
    rows = session.all("SELECT DISTINCT kind FROM intake_photos WHERE intake_id = ?", [intake_id])
    return frozenset(PhotoKind(r["kind"]) for r in rows)
