"""What a certificate states, from the store: built from the intake when it is issued, frozen in its row, and read
back from that snapshot for every later print (copies, void notices, reports).

Certificates issued before the snapshot existed (schema 0003) have none; they are built from the intake as it is
now, as they always were, and are the only ones whose sheets can drift from the original.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from zoneinfo import ZoneInfo

from dismantler_app.domain.certificate import CertificateDocument, CertificateKind, IssuingFacility
from dismantler_app.domain.certificate_snapshot import document_from_snapshot
from dismantler_app.domain.records import CertificateNumber, CertificateState, Market, PackCode
from dismantler_app.domain.regulatory import battery_type_names
from dismantler_app.domain.yard_time import local_day_of_stamp
from dismantler_app.services.errors import NotFound
from dismantler_app.storage import certificate_reads as reads
from dismantler_app.storage.certificates import CertificateRecord
from dismantler_app.storage.intakes import load_intake
from dismantler_app.storage.session import Session
from dismantler_app.storage.users import load_user
from dismantler_app.storage.yard import YardProfile, YardRecord

_COUNTRY = {Market.CN: "CN", Market.EU: "", Market.US: "US"}


def document_at_issue(
    session: Session, *, yard: YardRecord, number: CertificateNumber, intake_id: str, issued_on: date, issued_by: str
) -> CertificateDocument:
    """The original as it is being issued, from the intake and the yard as they are inside the caller's transaction."""
    intake = load_intake(session, intake_id)
    if intake is None:
        raise NotFound("intake", intake_id)
    codes = reads.scanned_codes(session, intake_id)
    issuer = load_user(session, issued_by)
    return CertificateDocument(
        number=number,
        market=yard.profile.market,
        issued_on=issued_on,
        facility=_facility(yard.profile),
        vehicle=intake.vehicle,
        owner=intake.owner,
        pack_codes=tuple(PackCode(c) for c in codes),
        pack_types=tuple(_type_label(c) for c in codes),
        handover_date=local_day_of_stamp(intake.created_at, yard.zone),
        handler=(issuer.user.display_name or issuer.user.username) if issuer else "",
        registration_country=intake.vehicle.registration_country,
        vehicle_class=intake.vehicle.vehicle_class,
        holder_nationality=intake.owner.nationality,
    )


def stored_document(
    session: Session, record: CertificateRecord, yard: YardRecord, *, kind: CertificateKind, copy_number: int
) -> CertificateDocument:
    """The sheet ``kind`` of a stored certificate: its frozen content plus what was decided after issue."""
    if record.document_json is not None:
        original = document_from_snapshot(json.loads(record.document_json))
    else:
        original = document_at_issue(
            session,
            yard=yard,
            number=record.number,
            intake_id=record.intake_id,
            issued_on=record.issued_on,
            issued_by=record.issued_by,
        )
    voided = record.state is CertificateState.VOIDED
    return dataclasses.replace(
        original,
        kind=CertificateKind.VOID if voided else kind,
        reprint_count=copy_number,
        official_number=record.official_number,
        void_reason=(record.void_reason or "") if voided else "",
        voided_on=_voided_on(record, yard.zone) if voided else None,
    )


def _voided_on(record: CertificateRecord, zone: ZoneInfo) -> date | None:
    return local_day_of_stamp(record.voided_at, zone) if record.voided_at else None


def _facility(profile: YardProfile) -> IssuingFacility:
    return IssuingFacility(
        name=profile.name,
        code=profile.code,
        address=profile.address,
        phone=profile.phone,
        permit_number=profile.licence_number,
        permitting_authority=profile.permitting_authority,
        country=_COUNTRY[profile.market],
    )


def _type_label(code: str) -> str:
    zh, en = battery_type_names(code)
    return f"{zh} {en}".strip()
