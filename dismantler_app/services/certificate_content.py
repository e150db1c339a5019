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

from dismantler_app.domain.certificate import (
    FORM_VERSION,
    SURRENDERABLE,
    CertificateDocument,
    CertificateKind,
    IssuingFacility,
    as_first_form,
)
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
        form_version=FORM_VERSION,
        surrendered=tuple(k for k in SURRENDERABLE if k in {d.value for d in intake.documents.received}),
        registration_document=intake.documents.registration_document.value,
        treatment_facility=_treatment_facility(yard.profile),
    )


def stored_document(
    session: Session, record: CertificateRecord, yard: YardRecord, *, kind: CertificateKind, copy_number: int
) -> CertificateDocument:
    """The sheet ``kind`` of a stored certificate: its frozen content plus what was decided after issue."""
    if record.document_json is not None:
        original = document_from_snapshot(json.loads(record.document_json))
    else:  # issued before 0003: printed on form 1, and still printed so
        original = as_first_form(
            document_at_issue(
                session,
                yard=yard,
                number=record.number,
                intake_id=record.intake_id,
                issued_on=record.issued_on,
                issued_by=record.issued_by,
            )
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
        uscc=profile.uscc,
    )


def _treatment_facility(profile: YardProfile) -> IssuingFacility | None:
    """The treatment facility an EU collector issues for (Decision 2002/151/EC, Annex); None when the yard is the
    treatment facility itself."""
    if profile.market is not Market.EU or not profile.is_collector:
        return None
    return IssuingFacility(
        name=profile.treatment_facility_name,
        code=profile.code,
        address=profile.treatment_facility_address,
        permit_number=profile.treatment_facility_permit,
    )


def _type_label(code: str) -> str:
    zh, en = battery_type_names(code)
    return f"{zh} {en}".strip()
