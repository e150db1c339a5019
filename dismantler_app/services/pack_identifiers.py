"""Scans of a pack identifier other than a GB/T 34014 code, for the intake being worked on: an EU battery passport
id (the QR of Regulation (EU) 2023/1542 Art. 77) and a GB/T 45565-2025 lithium battery code.

Each follows the rules of a pack scan (``services/packs.py`` ``record_scan``, ``domain/scan_intent.py``): no
intake → :attr:`Refusal.NO_INTAKE`; a read first seen before the intake's work began (plus the settle time) →
:attr:`Refusal.READ_BEFORE_INTAKE`; a pack linked to, expected by or registered to another vehicle is not linked
unless ``deliberate`` with a ``reason`` (the operator's statement), and one actively linked elsewhere is only evidence.

**Passport** (:func:`record_passport_scan`), decided in this order (docs/regulatory/eu.md, "Packs known by their
passport"):

1. a pack of the intake already carries the id → nothing changes (:attr:`PackIdResult.PASSPORT_ALREADY_KEPT`);
2. a pack of the intake read by its GB/T 34014 code, without a passport, is the battery the passport is serialised
   with (``domain/pack_identity.py``) → the id is kept *beside* that code (:attr:`PackIdResult.PASSPORT_KEPT`);
3. otherwise the pack is known by its passport id alone: a scanned pack whose code *is* the canonical id, its
   ``passport_id`` the same (:attr:`PackIdResult.PACK_RECORDED`), linked to the vehicle like any pack, so "no
   battery, no certificate" and head office's one-battery-one-vehicle check hold for it unchanged.

Whenever an id is kept, it is audited (``set_pack_passport_id``) and head office is told with the event
``pack.passport_recorded`` (the same as :func:`~dismantler_app.services.battery_pass.set_pack_passport_id`).

**GB/T 45565** (:func:`record_gbt45565_scan`): kept as the vehicle's pack only when the battery can be its traction
battery (a light-power pack or system on a light vehicle, ``domain/pack_identity.py``); on anything else nothing is
written and the outcome says what the code is (:attr:`PackIdResult.NOT_A_VEHICLE_PACK`), for the page to show in
words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from dismantler_app.domain.battery_passport import PassportId
from dismantler_app.domain.classifier import classify, passport_of
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import Classification, CodeKind
from dismantler_app.domain.gbt45565 import parse_gbt45565_code
from dismantler_app.domain.pack_identity import gbt45565_is_vehicle_pack, passport_names_pack
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import PhotoHash, ScannedPack
from dismantler_app.domain.scan_intent import Belonging, PackPlace, place_of_pack, read_predates_intake
from dismantler_app.services.context import Change, ServiceContext, change
from dismantler_app.services.errors import InvalidInput, Refusal, Refused
from dismantler_app.services.intakes import EDITABLE, load_for_change
from dismantler_app.storage import intakes as intake_rows
from dismantler_app.storage import packs as rows
from dismantler_app.storage import regulatory_rows, sync_store
from dismantler_app.storage.intakes import IntakeRecord

__all__ = ["PackIdOutcome", "PackIdResult", "record_gbt45565_scan", "record_passport_scan"]

PASSPORT_EVENT = "pack.passport_recorded"


class PackIdResult(StrEnum):
    PASSPORT_KEPT = "passport_kept"  # kept beside the GB/T 34014 code of a pack of this intake
    PASSPORT_ALREADY_KEPT = "passport_already_kept"  # a pack of this intake carries it already
    PACK_RECORDED = "pack_recorded"  # a pack known by this identifier, linked to the vehicle
    PACK_ALREADY_SCANNED = "pack_already_scanned"
    PACK_LINKED_ELSEWHERE = "pack_linked_elsewhere"  # deliberate: kept as evidence, the link stays with the other
    PACK_BELONGS_ELSEWHERE = "pack_belongs_elsewhere"  # nothing written; ``place`` says where
    NOT_A_VEHICLE_PACK = "not_a_vehicle_pack"  # a GB/T 45565 battery that is not this vehicle's: nothing written
    PASSPORT_PACK_NOT_HERE = "passport_pack_not_here"  # names a GB/T 34014 pack this intake does not hold


@dataclass(frozen=True)
class PackIdOutcome:
    """``code`` is the identifier read (canonical); ``pack_code`` the pack it is on (the GB/T 34014 code it was kept
    beside, or the identifier itself); ``fields`` its decoded parts (``Classification.fields``) for the words."""

    result: PackIdResult
    kind: CodeKind
    code: str
    pack_code: str = ""
    fields: dict[str, object] = field(default_factory=dict)
    expected: bool | None = None
    place: PackPlace | None = None


def _check_timing(intake_id: str | None, first_seen_at: datetime | None, working_since: datetime | None) -> str:
    if not intake_id:
        raise Refused(Refusal.NO_INTAKE, field="intake")
    if first_seen_at is not None and working_since is not None and read_predates_intake(first_seen_at, working_since):
        raise Refused(
            Refusal.READ_BEFORE_INTAKE,
            field="payload",
            data={"first_seen_at": first_seen_at.isoformat(), "working_since": working_since.isoformat()},
        )
    return intake_id


def _classified(payload: str, kind: CodeKind) -> Classification:
    found = classify(payload)
    if found.kind is not kind or found.code is None:
        raise InvalidInput("payload", found.reason.value if found.reason else found.kind.value)
    return found


def record_passport_scan(
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
) -> PackIdOutcome:
    """Keeps a battery passport id read at the intake being worked on (see the module's docstring for the order)."""
    intake_id = _check_timing(intake_id, first_seen_at, working_since)
    _check_statement(deliberate, reason)
    passport = passport_of(payload)
    if passport is None:
        found = classify(payload)
        raise InvalidInput("payload", found.reason.value if found.reason else found.kind.value)
    kind, fields = CodeKind.BATTERY_PASSPORT, passport.fields()
    # A payload that holds a GB/T 34014 code (a Catena-X id serialised with it) names that pack, which record_scan
    # records: the passport goes beside it or nowhere, never on a pack of its own.
    holds_pack_code = classify(payload).kind is CodeKind.BATTERY
    with change(ctx, actor, clock, Action.RECORD_SCAN) as ch:
        intake = load_for_change(ch.session, intake_id, allowed=EDITABLE, action="record_passport_scan")
        passports = regulatory_rows.pack_passports(ch.session, intake_id)
        holder = next((code for code, kept in passports.items() if passport.id in (code, kept)), None)
        if holder is not None:
            return PackIdOutcome(PackIdResult.PASSPORT_ALREADY_KEPT, kind, passport.id, holder, fields)
        beside = next((c for c, kept in passports.items() if not kept and passport_names_pack(passport, c)), None)
        if beside is not None:
            _keep_passport(ch, intake_id, beside, passport)
            return PackIdOutcome(PackIdResult.PASSPORT_KEPT, kind, passport.id, beside, fields)
        if holds_pack_code:
            return PackIdOutcome(PackIdResult.PASSPORT_PACK_NOT_HERE, kind, passport.id, "", fields)
        found = Classification(payload, kind, passport.id, fields)
        outcome = _record_pack(
            ch,
            intake,
            found,
            payload=payload,
            symbology=symbology,
            photo_hash=photo_hash,
            deliberate=deliberate,
            reason=reason.strip(),
            station=ctx.station,
        )
        if outcome.result in (PackIdResult.PACK_RECORDED, PackIdResult.PACK_LINKED_ELSEWHERE):
            _keep_passport(ch, intake_id, passport.id, passport)
        return outcome


def record_gbt45565_scan(
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
) -> PackIdOutcome:
    """Records a GB/T 45565 code read at the intake being worked on as its pack when the battery can be the
    vehicle's traction battery; otherwise writes nothing and says what it is (see the module's docstring)."""
    intake_id = _check_timing(intake_id, first_seen_at, working_since)
    _check_statement(deliberate, reason)
    found = _classified(payload, CodeKind.GBT45565)
    code = parse_gbt45565_code(found.code or "")
    with change(ctx, actor, clock, Action.RECORD_SCAN) as ch:
        intake = load_for_change(ch.session, intake_id, allowed=EDITABLE, action="record_gbt45565_scan")
        if not gbt45565_is_vehicle_pack(code, intake.vehicle):
            return PackIdOutcome(PackIdResult.NOT_A_VEHICLE_PACK, found.kind, code.code, "", dict(found.fields))
        return _record_pack(
            ch,
            intake,
            found,
            payload=payload,
            symbology=symbology,
            photo_hash=photo_hash,
            deliberate=deliberate,
            reason=reason.strip(),
            station=ctx.station,
        )


def _check_statement(deliberate: bool, reason: str) -> None:
    # Taking a pack that belongs elsewhere is the operator's statement, and a statement needs its reason (as in
    # record_scan).
    if deliberate and not reason.strip():
        raise Refused(Refusal.REQUIRED, field="reason")


def _record_pack(
    ch: Change,
    intake: IntakeRecord,
    found: Classification,
    *,
    payload: str,
    symbology: str,
    photo_hash: PhotoHash | None,
    deliberate: bool,
    reason: str,
    station: str,
) -> PackIdOutcome:
    """A pack known by the identifier alone, recorded and linked as ``record_scan`` does a GB/T 34014 pack (the same
    audit action and ``pack.scanned`` event, so head office links it the same way)."""
    code, intake_id, vin = found.code or "", intake.id, intake.vehicle.vin
    fields = dict(found.fields)
    expected = intake_rows.load_expected(ch.session, intake_id)
    is_expected = (code in expected.codes) if expected and expected.codes else None
    if rows.find_scan(ch.session, intake_id, code) is not None:
        return PackIdOutcome(PackIdResult.PACK_ALREADY_SCANNED, found.kind, code, code, fields, is_expected)
    link = rows.find_active_link(ch.session, code)
    other = rows.expected_elsewhere(ch.session, code, intake_id=intake_id)
    place = place_of_pack(
        expected_here=bool(is_expected),
        vin_here=vin,
        linked_to=(link.intake_id, link.vin) if link is not None and link.intake_id != intake_id else None,
        expected_by=(other.intake_id, other.vin) if other is not None else None,
        registered_vins=tuple(sync_store.registered_vins_of(ch.session, code)),
    )
    if place.elsewhere and not deliberate:
        return PackIdOutcome(PackIdResult.PACK_BELONGS_ELSEWHERE, found.kind, code, "", fields, is_expected, place)
    scan = ScannedPack(
        code=code,
        raw_payload=payload,
        symbology=symbology,
        scanned_at=ch.at,
        station=station,
        operator=ch.user.id,
        photo_hash=photo_hash,
    )
    scan_id = rows.insert_scan(ch.session, intake_id, scan)
    if place.belonging is Belonging.LINKED_ELSEWHERE:
        result, other_vin = PackIdResult.PACK_LINKED_ELSEWHERE, place.vin
    else:
        rows.insert_link(ch.session, code=code, intake_id=intake_id, vin=vin, at=ch.at)
        result, other_vin = PackIdResult.PACK_RECORDED, None
    ch.record(
        "record_scan",
        entity="scanned_pack",
        entity_id=scan_id,
        before=None,
        after={
            "intake_id": intake_id,
            "vin": vin,
            "code": code,
            "code_kind": found.kind.value,
            "raw_payload": payload,
            "symbology": symbology,
            "station": station,
            "photo_sha256": photo_hash,
            "result": _SCAN_EVENT_RESULT[result],
            "other_vin": other_vin,
            "deliberate": deliberate,
            "reason": reason,
            "belonging": place.belonging.value,
        },
        event="pack.scanned",
    )
    return PackIdOutcome(result, found.kind, code, code, fields, is_expected, place)


# The ``result`` of the pack.scanned event, in record_scan's words (head office links on "pack_recorded").
_SCAN_EVENT_RESULT = {
    PackIdResult.PACK_RECORDED: "pack_recorded",
    PackIdResult.PACK_LINKED_ELSEWHERE: "pack_linked_elsewhere",
}


def _keep_passport(ch: Change, intake_id: str, pack_code: str, passport: PassportId) -> None:
    scan = regulatory_rows.scanned_pack(ch.session, intake_id, pack_code)
    assert scan is not None  # found or inserted in this transaction
    regulatory_rows.set_passport_id(ch.session, intake_id, pack_code, passport.id)
    ch.record(
        "set_pack_passport_id",
        entity="scanned_pack",
        entity_id=scan["id"],
        before={"passport_id": scan["passport_id"]},
        after={
            "intake_id": intake_id,
            "pack_code": pack_code,
            "passport_id": passport.id,
            "scheme": passport.scheme.value,
            "link": passport.link,
        },
        event=PASSPORT_EVENT,
    )
