"""Pack actions: what the vehicle should carry, scans, triage, the supervisor's resolution of a replaced pack.

A pack scanned here while actively linked to another vehicle is recorded as evidence and reported, never re-linked:
one battery belongs to at most one vehicle at a time (domain guide), and the database's partial unique index holds
that even if this code had a bug.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from dismantler_app.domain.battery_code import find_battery_code
from dismantler_app.domain.classifier import classify
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import CodeKind, CodeRejected, RejectReason
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import ExpectedSource, IntakeStatus, PhotoHash, ScannedPack, Triage
from dismantler_app.services.context import ServiceContext, change
from dismantler_app.services.errors import InvalidInput, InvalidState, NotFound
from dismantler_app.services.intakes import EDITABLE, load_for_change
from dismantler_app.services.sync_reference import apply_registered_packs
from dismantler_app.services.sync_reference import write_expected as _write_expected
from dismantler_app.storage import intakes as intake_rows
from dismantler_app.storage import packs as rows


def _pack_code(text: str, field: str) -> str:
    try:
        return find_battery_code(text).code
    except CodeRejected as exc:
        raise InvalidInput(field, exc.reason.value, exc.detail) from exc


def _set_expected(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    action: Action,
    source: ExpectedSource,
    codes: Sequence[str],
    count: int | None,
) -> None:
    normalised = sorted({_pack_code(c, "codes") for c in codes})
    if count is not None and count < 0:
        raise InvalidInput("count", "negative")
    if not normalised and count is None:
        raise InvalidInput("codes", "empty", "give the pack codes or a count")
    with change(ctx, actor, clock, action) as ch:
        load_for_change(ch.session, intake_id, allowed=EDITABLE, action=action.value)
        _write_expected(ch, intake_id, action=action, source=source, codes=normalised, count=count)


def declare_expected_packs(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    codes: Sequence[str] = (),
    count: int | None = None,
) -> None:
    """The operator records what the documents say the vehicle carries; a supervisor must confirm it."""
    _set_expected(
        ctx,
        actor,
        clock,
        intake_id,
        action=Action.DECLARE_PACKS,
        source=ExpectedSource.DECLARED,
        codes=codes,
        count=count,
    )


def load_registered_packs(
    ctx: ServiceContext, actor: User, clock: Clock, intake_id: str, *, codes: Sequence[str]
) -> None:
    """Head office's reference data for this VIN (the traceability platform's registration)."""
    if not codes:
        raise InvalidInput("codes", "empty")
    _set_expected(
        ctx,
        actor,
        clock,
        intake_id,
        action=Action.LOAD_REGISTERED_PACKS,
        source=ExpectedSource.REGISTERED,
        codes=codes,
        count=None,
    )


def expect_registered_packs(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str) -> tuple[str, ...]:
    """When head office's reference data (fetched by sync, signed by head office) registers packs for the intake's
    VIN, they become its expected packs, source REGISTERED. Returns them; () when head office knows none and the
    documents' declaration stays the way. An operator may run it: the codes come from head office, not from them.
    Creating an intake or correcting its VIN does the same on its own (``services/intakes.py``)."""
    with change(ctx, actor, clock, Action.EDIT_INTAKE) as ch:
        intake = load_for_change(ch.session, intake_id, allowed=EDITABLE, action="expect_registered_packs")
        return apply_registered_packs(ch, intake_id, vin=intake.vehicle.vin)


def confirm_declared_packs(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str) -> None:
    with change(ctx, actor, clock, Action.CONFIRM_DECLARED_PACKS) as ch:
        load_for_change(ch.session, intake_id, allowed=EDITABLE, action="confirm_declared_packs")
        expected = intake_rows.load_expected(ch.session, intake_id)
        if expected is None or expected.source is not ExpectedSource.DECLARED:
            raise InvalidState("expected_packs", expected.source.value if expected else "none", "confirm")
        rows.confirm_expected(ch.session, intake_id, confirmed_by=ch.user.id, at=ch.at)
        ch.record(
            "confirm_declared_packs",
            entity="expected_packs",
            entity_id=intake_id,
            before={"confirmed_by": expected.confirmed_by},
            after={"confirmed_by": ch.user.id},
            event="intake.expected_packs_confirmed",
        )


class ScanSource(StrEnum):
    """How a code reached the service. Text (OCR) has no check character for battery codes, so it decides less."""

    SYMBOL = "symbol"  # a barcode, QR or Data Matrix, or the handheld scanner
    TEXT = "text"  # printed text read by OCR
    TEXT_CONFIRMED = "text_confirmed"  # a text read the operator confirmed against the label


class ScanResult(StrEnum):
    TEXT_SUGGESTED = "text_suggested"  # read from text and not decided by it: nothing recorded, the operator confirms
    PACK_RECORDED = "pack_recorded"
    PACK_ALREADY_SCANNED = "pack_already_scanned"
    PACK_LINKED_ELSEWHERE = "pack_linked_elsewhere"  # recorded as evidence, link left with the other vehicle
    VIN_MATCHES = "vin_matches"
    VIN_MISMATCH = "vin_mismatch"


@dataclass(frozen=True)
class ScanOutcome:
    result: ScanResult
    code: str
    expected: bool | None = None  # for packs: named in the expected codes (None when only a count is known)
    other_vin: str | None = None
    warnings: tuple[str, ...] = ()


def record_scan(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    payload: str,
    symbology: str = "",
    photo_hash: PhotoHash | None = None,
    source: ScanSource = ScanSource.SYMBOL,
) -> ScanOutcome:
    """Records what the scanner or camera read: a battery code (found inside the payload) or the vehicle's VIN.

    ``source=TEXT`` (OCR): a battery code is recorded only when it is one of the codes expected for the vehicle,
    a VIN only with a valid check digit; anything else comes back as ``TEXT_SUGGESTED`` with nothing recorded, for
    the operator to confirm (:func:`confirm_text_scan`)."""
    source = ScanSource(source)
    found = classify(payload, strict=source is ScanSource.TEXT)
    if found.kind not in (CodeKind.BATTERY, CodeKind.VIN) or found.code is None:
        if source is ScanSource.TEXT and found.reason is RejectReason.BAD_CHECK_DIGIT:
            return ScanOutcome(ScanResult.TEXT_SUGGESTED, payload.strip().upper())  # a VIN the text cannot decide
        raise InvalidInput("payload", (found.reason.value if found.reason else found.kind.value))
    with change(ctx, actor, clock, Action.RECORD_SCAN) as ch:
        intake = load_for_change(ch.session, intake_id, allowed=EDITABLE, action="record_scan")
        if source is ScanSource.TEXT and found.kind is CodeKind.BATTERY:
            expected = intake_rows.load_expected(ch.session, intake_id)
            if not (expected and expected.codes and found.code in expected.codes):
                return ScanOutcome(ScanResult.TEXT_SUGGESTED, found.code, False if expected else None)
        if found.kind is CodeKind.VIN:
            result = ScanResult.VIN_MATCHES if found.code == intake.vehicle.vin else ScanResult.VIN_MISMATCH
            ch.record(
                "scan_vin",
                entity="intake",
                entity_id=intake_id,
                before=None,
                after={"vin": found.code, "raw_payload": payload, "result": result.value, "source": source.value},
            )
            return ScanOutcome(result, found.code, warnings=found.warnings)
        code = found.code
        expected = intake_rows.load_expected(ch.session, intake_id)
        is_expected = (code in expected.codes) if expected and expected.codes else None
        if rows.find_scan(ch.session, intake_id, code) is not None:
            return ScanOutcome(ScanResult.PACK_ALREADY_SCANNED, code, is_expected, warnings=found.warnings)
        scan = ScannedPack(
            code=code,
            raw_payload=payload,
            symbology=symbology,
            scanned_at=ch.at,
            station=ctx.station,
            operator=ch.user.id,
            photo_hash=photo_hash,
        )
        scan_id = rows.insert_scan(ch.session, intake_id, scan)
        link = rows.find_active_link(ch.session, code)
        if link is None:
            rows.insert_link(ch.session, code=code, intake_id=intake_id, vin=intake.vehicle.vin, at=ch.at)
            result, other_vin = ScanResult.PACK_RECORDED, None
        else:
            result, other_vin = ScanResult.PACK_LINKED_ELSEWHERE, link.vin
        ch.record(
            "record_scan",
            entity="scanned_pack",
            entity_id=scan_id,
            before=None,
            after={
                "intake_id": intake_id,
                "vin": intake.vehicle.vin,
                "code": code,
                "raw_payload": payload,
                "symbology": symbology,
                "station": ctx.station,
                "photo_sha256": photo_hash,
                "result": result.value,
                "other_vin": other_vin,
                "source": source.value,
            },
            event="pack.scanned",
        )
        return ScanOutcome(result, code, is_expected, other_vin, found.warnings)


def confirm_text_scan(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    code: str,
    photo_hash: PhotoHash | None = None,
) -> ScanOutcome:
    """The operator compared a code read from printed text (shown beside its crop) with the label and confirmed it:
    recorded as a scan with source ``text_confirmed``, by the same rules as any scan (linked elsewhere, already
    scanned). The code must be a battery code or a VIN as it stands; no correction is applied here."""
    return record_scan(
        ctx,
        actor,
        clock,
        intake_id,
        payload=code,
        symbology="",
        photo_hash=photo_hash,
        source=ScanSource.TEXT_CONFIRMED,
    )


def triage_pack(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str, *, triage: Triage) -> None:
    """Records the safety triage of a scanned pack; an abnormal pack must name its quarantine location."""
    if triage.risk_class.is_abnormal and not triage.quarantine_location.strip():
        raise InvalidInput("quarantine_location", "required_for_abnormal_pack")
    if triage.soc_percent is not None and not 0 <= triage.soc_percent <= 100:
        raise InvalidInput("soc_percent", "out_of_range", "0-100")
    if triage.insulation_mohm is not None and triage.insulation_mohm < 0:
        raise InvalidInput("insulation_mohm", "negative")
    with change(ctx, actor, clock, Action.TRIAGE_PACK) as ch:
        load_for_change(
            ch.session,
            intake_id,
            allowed=EDITABLE | {IntakeStatus.APPROVED, IntakeStatus.CERTIFIED},
            action="triage_pack",
        )
        if rows.find_scan(ch.session, intake_id, triage.pack_code) is None:
            raise NotFound("scanned_pack", triage.pack_code)
        before = intake_rows.load_triage(ch.session, intake_id).get(triage.pack_code)
        rows.upsert_triage(ch.session, intake_id, triage, triaged_by=ch.user.id, at=ch.at)
        ch.record(
            "triage_pack",
            entity="triage",
            entity_id=f"{intake_id}:{triage.pack_code}",
            before=_triage_json(before) if before else None,
            after=_triage_json(triage),
            event="pack.triaged",
        )


def _triage_json(triage: Triage) -> dict[str, object]:
    return {
        "pack_code": triage.pack_code,
        "damage": sorted(d.value for d in triage.damage),
        "insulation_mohm": triage.insulation_mohm,
        "voltage_v": triage.voltage_v,
        "soc_percent": triage.soc_percent,
        "bms_codes": list(triage.bms_codes),
        "risk_class": triage.risk_class.value,
        "quarantine_location": triage.quarantine_location,
    }


def resolve_mismatch(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    expected_code: str,
    scanned_code: str,
    document_ref: str,
) -> None:
    """A supervisor records that the registered pack was replaced in repair by the scanned one (with the document)."""
    if not document_ref.strip():
        raise InvalidInput("document_ref", "empty")
    expected_code = _pack_code(expected_code, "expected_code")
    scanned_code = _pack_code(scanned_code, "scanned_code")
    with change(ctx, actor, clock, Action.RESOLVE_MISMATCH) as ch:
        load_for_change(ch.session, intake_id, allowed=EDITABLE, action="resolve_mismatch")
        expected = intake_rows.load_expected(ch.session, intake_id)
        if expected is None or expected_code not in expected.codes:
            raise InvalidInput("expected_code", "not_expected")
        if rows.find_scan(ch.session, intake_id, scanned_code) is None:
            raise InvalidInput("scanned_code", "not_scanned")
        rows.insert_replacement(
            ch.session,
            intake_id,
            expected_code=expected_code,
            scanned_code=scanned_code,
            document_ref=document_ref.strip(),
            resolved_by=ch.user.id,
            at=ch.at,
        )
        ch.record(
            "resolve_mismatch",
            entity="replacement",
            entity_id=f"{intake_id}:{expected_code}",
            before=None,
            after={"expected_code": expected_code, "scanned_code": scanned_code, "document_ref": document_ref},
            event="pack.replacement_resolved",
        )
