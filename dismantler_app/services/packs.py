"""Pack actions: what the vehicle should carry, scans, unlinking a mistaken pack, triage, the supervisor's
resolution of a replaced pack.

Intent before linking (``domain/scan_intent.py``): a read is linked only to the intake being worked, only when it
was first seen after that intake's work began, and only when the pack can belong there. A pack linked to, expected
by or registered to another vehicle is reported with where it belongs and not linked, unless the operator states
deliberately that it is in this vehicle; even then a pack actively linked elsewhere is only recorded as evidence:
one battery belongs to at most one vehicle at a time (domain guide), and the database's partial unique index holds
that even if this code had a bug.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from dismantler_app.domain.battery_code import find_battery_code
from dismantler_app.domain.classifier import classify
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import CodeKind, CodeRejected, RejectReason
from dismantler_app.domain.intake_gates import missing_triage_fields
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import ExpectedSource, IntakeStatus, PhotoHash, ScannedPack, Triage
from dismantler_app.domain.scan_intent import Belonging, PackPlace, place_of_pack, read_predates_intake
from dismantler_app.services.context import Change, ServiceContext, change, checked_user
from dismantler_app.services.errors import InvalidInput, InvalidState, NotFound, PermissionDenied, Refusal, Refused
from dismantler_app.services.intakes import EDITABLE, load_for_change, record_unlink
from dismantler_app.services.sync.reference import apply_registered_packs
from dismantler_app.services.sync.reference import write_expected as _write_expected
from dismantler_app.storage import intakes as intake_rows
from dismantler_app.storage import packs as rows
from dismantler_app.storage import sync_store


def _pack_code(text: str, field: str) -> str:
    try:
        return find_battery_code(text).code
    except CodeRejected as exc:
        # A pack known by its battery passport id or GB/T 45565 code (services/pack_identifiers.py).
        other = classify(text)
        if other.kind in (CodeKind.BATTERY_PASSPORT, CodeKind.GBT45565) and other.code:
            return other.code
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
    PACK_LINKED_ELSEWHERE = "pack_linked_elsewhere"  # deliberate: recorded as evidence, link left with the other
    PACK_BELONGS_ELSEWHERE = "pack_belongs_elsewhere"  # not linked, nothing written; ``place`` says where it belongs
    VIN_MATCHES = "vin_matches"
    VIN_MISMATCH = "vin_mismatch"


@dataclass(frozen=True)
class ScanOutcome:
    result: ScanResult
    code: str
    expected: bool | None = None  # for packs: named in the expected codes (None when only a count is known)
    other_vin: str | None = None
    warnings: tuple[str, ...] = ()
    other_intake_id: str | None = None  # the intake of this yard the pack belongs to, when it is elsewhere
    place: PackPlace | None = None  # for packs: where the pack belongs (``HERE`` when it was linked here)


def record_scan(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str | None,
    *,
    payload: str,
    symbology: str = "",
    photo_hash: PhotoHash | None = None,
    first_seen_at: datetime | None = None,
    working_since: datetime | None = None,
    deliberate: bool = False,
    reason: str = "",
    source: ScanSource = ScanSource.SYMBOL,
) -> ScanOutcome:
    """Records what the scanner or camera read for the intake being worked on: a battery code (found inside the
    payload) or the vehicle's VIN.

    ``intake_id`` None (no intake being worked) is refused (:attr:`Refusal.NO_INTAKE`). With ``first_seen_at`` (when
    the camera or scanner first saw the code) and ``working_since`` (when the operator started working on this
    intake), a read first seen before ``working_since`` plus the settle time is refused
    (:attr:`Refusal.READ_BEFORE_INTAKE`): it was in view before the switch. A pack that belongs elsewhere is not
    linked (:attr:`ScanResult.PACK_BELONGS_ELSEWHERE`, nothing written), however it was read (a typed code is not
    permission: one mistyped character can name another vehicle's pack). Only ``deliberate`` (the operator confirmed
    that this pack is in this vehicle) takes it, and that statement needs its ``reason`` (:attr:`Refusal.REQUIRED`,
    field ``reason``), kept in the audit row and the event.

    ``source`` :attr:`ScanSource.TEXT` (OCR of the printed code) obeys all of the above and decides less: a VIN
    only with a valid check digit, a battery code only when it is one of the codes expected for the vehicle; any
    other text read comes back as :attr:`ScanResult.TEXT_SUGGESTED` with nothing written, for the operator to
    confirm against the label (:func:`confirm_text_scan`)."""
    if not intake_id:
        raise Refused(Refusal.NO_INTAKE, field="intake")
    if deliberate and not reason.strip():
        raise Refused(Refusal.REQUIRED, field="reason")
    if first_seen_at is not None and working_since is not None and read_predates_intake(first_seen_at, working_since):
        raise Refused(
            Refusal.READ_BEFORE_INTAKE,
            field="payload",
            data={"first_seen_at": first_seen_at.isoformat(), "working_since": working_since.isoformat()},
        )
    source = ScanSource(source)
    found = classify(payload, strict=source is ScanSource.TEXT)
    if found.kind not in (CodeKind.BATTERY, CodeKind.VIN) or found.code is None:
        if source is ScanSource.TEXT and found.reason is RejectReason.BAD_CHECK_DIGIT:
            return ScanOutcome(ScanResult.TEXT_SUGGESTED, payload.strip().upper())  # a VIN the text cannot decide
        raise InvalidInput("payload", (found.reason.value if found.reason else found.kind.value))
    with change(ctx, actor, clock, Action.RECORD_SCAN) as ch:
        intake = load_for_change(ch.session, intake_id, allowed=EDITABLE, action="record_scan")
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
        if source is ScanSource.TEXT and not is_expected:  # text has no check character: only an expected code
            return ScanOutcome(ScanResult.TEXT_SUGGESTED, code, is_expected, warnings=found.warnings)
        if rows.find_scan(ch.session, intake_id, code) is not None:
            return ScanOutcome(ScanResult.PACK_ALREADY_SCANNED, code, is_expected, warnings=found.warnings)
        place = _place_of(ch, code, intake_id=intake_id, vin=intake.vehicle.vin, expected_here=bool(is_expected))
        if place.elsewhere and not deliberate:
            return ScanOutcome(
                ScanResult.PACK_BELONGS_ELSEWHERE,
                code,
                is_expected,
                place.vin or None,
                found.warnings,
                place.intake_id or None,
                place,
            )
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
        if place.belonging is Belonging.LINKED_ELSEWHERE:
            result, other_vin = ScanResult.PACK_LINKED_ELSEWHERE, place.vin
        else:
            rows.insert_link(ch.session, code=code, intake_id=intake_id, vin=intake.vehicle.vin, at=ch.at)
            result, other_vin = ScanResult.PACK_RECORDED, None
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
                "deliberate": deliberate,
                "reason": reason.strip() if deliberate else "",
                "belonging": place.belonging.value,
                "source": source.value,
            },
            event="pack.scanned",
        )
        return ScanOutcome(result, code, is_expected, other_vin, found.warnings, place.intake_id or None, place)


def _place_of(ch: Change, code: str, *, intake_id: str, vin: str, expected_here: bool) -> PackPlace:
    link = rows.find_active_link(ch.session, code)
    expected_by = rows.expected_elsewhere(ch.session, code, intake_id=intake_id)
    return place_of_pack(
        expected_here=expected_here,
        vin_here=vin,
        linked_to=(link.intake_id, link.vin) if link is not None and link.intake_id != intake_id else None,
        expected_by=(expected_by.intake_id, expected_by.vin) if expected_by is not None else None,
        registered_vins=tuple(sync_store.registered_vins_of(ch.session, code)),
    )


# Before submission the intake is the operator's; after it, what was submitted is the supervisor's to change.
_OPERATOR_UNLINKS = frozenset({IntakeStatus.OPEN})
_SUPERVISOR_UNLINKS = frozenset({IntakeStatus.OPEN, IntakeStatus.SUBMITTED, IntakeStatus.APPROVED})


def unlink_pack(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str, *, code: str, reason: str) -> None:
    """Takes a mistaken pack off an intake: the scan moves to the withdrawn scans (kept as evidence), its triage
    goes with it, and the pack's link ends, so it can be linked to the vehicle it belongs to. The operator may do
    it before submission; afterwards only a supervisor (:attr:`Refusal.SUPERVISOR_REQUIRED`); never on a certified
    intake. A resolution that named the pack goes with it (the mismatch can be resolved again with the right pack).
    A reason is required (:attr:`Refusal.REQUIRED`, field ``reason``). Audited, and head office is told with
    its own ``pack.unlinked`` event (reason ``scan_withdrawn``), which releases the pack there too."""
    if not reason.strip():
        raise Refused(Refusal.REQUIRED, field="reason")
    code = _pack_code(code, "code")
    with change(ctx, actor, clock, Action.RECORD_SCAN) as ch:
        intake = load_for_change(ch.session, intake_id, allowed=_SUPERVISOR_UNLINKS, action="unlink_pack")
        if intake.status not in _OPERATOR_UNLINKS:
            try:
                checked_user(ch.session, actor, Action.RESOLVE_MISMATCH)
            except PermissionDenied as exc:
                raise Refused(Refusal.SUPERVISOR_REQUIRED, field="code", data={"status": intake.status.value}) from exc
        if rows.find_scan(ch.session, intake_id, code) is None:
            raise Refused(Refusal.PACK_NOT_ON_INTAKE, field="code", data={"code": code})
        withdrawn = rows.withdraw_scan(ch.session, intake_id, code, by=ch.user.id, reason=reason, at=ch.at)
        linked = rows.release_link(ch.session, code, intake_id=intake_id, at=ch.at)
        ch.record(
            "unlink_pack",
            entity="scanned_pack",
            entity_id=withdrawn.scan["id"],
            before={
                "intake_id": intake_id,
                "code": code,
                "linked": linked,
                "status": intake.status.value,
                "replacements": withdrawn.replacements,
            },
            after={"withdrawn": True, "reason": reason.strip()},
        )
        record_unlink(ch, intake_id=intake_id, code=code, reason=UNLINK_REASON, note=reason.strip())


UNLINK_REASON = "scan_withdrawn"  # the ``reason`` of the pack.unlinked event for a mistaken pack taken off


def confirm_text_scan(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str | None,
    *,
    code: str,
    photo_hash: PhotoHash | None = None,
    first_seen_at: datetime | None = None,
    working_since: datetime | None = None,
) -> ScanOutcome:
    """The operator compared a code read from printed text (shown beside its crop) with the label and confirmed it
    with one key: recorded as a scan with source ``text_confirmed`` by every rule of :func:`record_scan` (no intake,
    read before the intake, already scanned, a pack belonging elsewhere is not linked: confirming what the label
    says is not confirming where the pack belongs). The code must be a battery code or a VIN as it stands; no
    correction is applied here."""
    return record_scan(
        ctx,
        actor,
        clock,
        intake_id,
        payload=code,
        photo_hash=photo_hash,
        first_seen_at=first_seen_at,
        working_since=working_since,
        source=ScanSource.TEXT_CONFIRMED,
    )


def triage_pack(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str, *, triage: Triage) -> None:
    """Records the safety triage of a scanned pack. Every sign answered (visible damage, leak, swelling), the
    temperature, the readings the yard's policy asks for (voltage, insulation) and an explicit risk class, else
    :attr:`Refusal.REQUIRED` naming every missing field (``missing_triage_fields``); an abnormal pack must name its
    quarantine location."""
    if triage.risk_class is not None and triage.risk_class.is_abnormal and not triage.quarantine_location.strip():
        raise InvalidInput("quarantine_location", "required_for_abnormal_pack")
    if triage.soc_percent is not None and not 0 <= triage.soc_percent <= 100:
        raise InvalidInput("soc_percent", "out_of_range", "0-100")
    if triage.insulation_mohm is not None and triage.insulation_mohm < 0:
        raise InvalidInput("insulation_mohm", "negative")
    with change(ctx, actor, clock, Action.TRIAGE_PACK) as ch:
        missing = missing_triage_fields(triage, ch.yard().policy)
        if missing:
            raise Refused(Refusal.REQUIRED, fields=missing)
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
        "risk_class": triage.risk_class.value if triage.risk_class else None,
        "quarantine_location": triage.quarantine_location,
        "checked": sorted(d.value for d in triage.checked),
        "temperature_c": triage.temperature_c,
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
