"""The rule at the heart of the yard: may this intake get its scrapping certificate, and if not, why.

``certificate_eligibility`` returns every reason at once (the operator fixes them all in one pass), each as a code
plus data; the GUI turns codes into translated words. Evidence: MOFCOM Implementation Rules 2020 Art. 20–21 (what
blocks a certificate) and the Interim Measures on waste NEV power batteries, in force 2026-04-01 (an NEV without its
traction battery is a vehicle-missing case). Notes record what let a vehicle through (an exemption, a resolved
replacement) so that it is visible on screen and on the certificate, never silent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.policy import HevHandling, Policy
from dismantler_app.domain.records import (
    CheckState,
    ExpectedSource,
    IntakeFacts,
    PhotoKind,
    Powertrain,
    Triage,
)
from dismantler_app.domain.vin import parse_vin


class BlockCode(StrEnum):
    VIN_INVALID = "vin_invalid"
    VIN_CHECK_DIGIT = "vin_check_digit"
    DOCUMENTS_INCOMPLETE = "documents_incomplete"
    CHECK_PENDING = "check_pending"
    MORTGAGED = "mortgaged"
    SUSPECTED_STOLEN = "suspected_stolen"
    IDENTIFIERS_SUSPECT = "identifiers_suspect"
    FRAME_MISSING = "frame_missing"
    ENGINE_MISSING = "engine_missing"
    EXPECTED_PACKS_UNKNOWN = "expected_packs_unknown"
    DECLARATION_UNCONFIRMED = "declaration_unconfirmed"
    NO_TRACTION_PACK = "no_traction_pack"
    PACK_MISSING = "pack_missing"
    PACK_UNEXPECTED = "pack_unexpected"
    PACK_MISMATCH = "pack_mismatch"
    PACK_LINKED_ELSEWHERE = "pack_linked_elsewhere"
    TRIAGE_MISSING = "triage_missing"
    QUARANTINE_MISSING = "quarantine_missing"
    PHOTO_MISSING = "photo_missing"
    POWERTRAIN_NOT_CHOSEN = "powertrain_not_chosen"


class NoteCode(StrEnum):
    SWAP_MODEL_EXEMPT = "swap_model_exempt"
    OWNER_STATEMENT_USED = "owner_statement_used"
    OWNER_STATEMENT_NOT_ACCEPTED = "owner_statement_not_accepted"
    PACK_REPLACED = "pack_replaced"
    PACK_ADDITIONAL = "pack_additional"
    VIN_CHECK_DIGIT_IGNORED = "vin_check_digit_ignored"
    BATTERY_RULE_NOT_APPLIED = "battery_rule_not_applied"


@dataclass(frozen=True)
class Reason:
    code: BlockCode | NoteCode
    data: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {"code": self.code.value, "data": dict(self.data)}


@dataclass(frozen=True)
class Eligibility:
    reasons: tuple[Reason, ...] = ()
    notes: tuple[Reason, ...] = ()

    @property
    def eligible(self) -> bool:
        return not self.reasons

    def codes(self) -> set[BlockCode | NoteCode]:
        return {r.code for r in self.reasons}

    def to_json(self) -> dict[str, object]:
        return {
            "eligible": self.eligible,
            "reasons": [r.to_json() for r in self.reasons],
            "notes": [n.to_json() for n in self.notes],
        }


@dataclass
class _Verdict:
    reasons: list[Reason] = field(default_factory=list)
    notes: list[Reason] = field(default_factory=list)

    def block(self, code: BlockCode, **data: object) -> None:
        self.reasons.append(Reason(code, {k: str(v) for k, v in data.items()}))

    def note(self, code: NoteCode, **data: object) -> None:
        self.notes.append(Reason(code, {k: str(v) for k, v in data.items()}))


def certificate_eligibility(facts: IntakeFacts, policy: Policy) -> Eligibility:
    verdict = _Verdict()
    _check_vin(facts, policy, verdict)
    _check_documents(facts, policy, verdict)
    _check_vehicle_parts(facts, verdict)
    _check_packs(facts, policy, verdict)
    _check_triage(facts, policy, verdict)
    _check_photos(facts, policy, verdict)
    return Eligibility(tuple(verdict.reasons), tuple(verdict.notes))


def _check_vin(facts: IntakeFacts, policy: Policy, verdict: _Verdict) -> None:
    try:
        vin = parse_vin(facts.vehicle.vin)
    except CodeRejected as exc:
        verdict.block(BlockCode.VIN_INVALID, vin=facts.vehicle.vin, reason=exc.reason.value)
        return
    if not vin.check_digit_ok:
        found = {"vin": vin.code, "found": vin.check_char, "expected": vin.expected_check_char}
        if policy.vin_check_digit_blocks:
            verdict.block(BlockCode.VIN_CHECK_DIGIT, **found)
        else:
            verdict.note(NoteCode.VIN_CHECK_DIGIT_IGNORED, **found)


def _check_documents(facts: IntakeFacts, policy: Policy, verdict: _Verdict) -> None:
    docs = facts.documents
    missing = sorted(d.value for d in policy.required_documents - docs.received)
    if missing:
        verdict.block(BlockCode.DOCUMENTS_INCOMPLETE, missing=",".join(missing))
    checks = (
        ("mortgage", docs.mortgage_check, policy.require_mortgage_check, BlockCode.MORTGAGED),
        ("theft", docs.theft_check, policy.require_theft_check, BlockCode.SUSPECTED_STOLEN),
        ("identifiers", docs.identifier_check, False, BlockCode.IDENTIFIERS_SUSPECT),
    )
    for name, state, required, flagged_code in checks:
        if state is CheckState.FLAGGED:
            verdict.block(flagged_code)
        elif state is CheckState.NOT_DONE and required:
            verdict.block(BlockCode.CHECK_PENDING, check=name)


def _check_vehicle_parts(facts: IntakeFacts, verdict: _Verdict) -> None:
    if facts.vehicle.powertrain is Powertrain.UNKNOWN:
        verdict.block(BlockCode.POWERTRAIN_NOT_CHOSEN)
    if not facts.vehicle.frame_present:
        verdict.block(BlockCode.FRAME_MISSING)
    if not facts.vehicle.engine_present:
        verdict.block(BlockCode.ENGINE_MISSING)


def _battery_rule_applies(facts: IntakeFacts, policy: Policy) -> tuple[bool, bool]:
    """Returns (the rule applies, at least one traction pack is required)."""
    powertrain = facts.vehicle.powertrain
    if powertrain.is_new_energy:
        return True, True
    if powertrain is Powertrain.HEV:
        if policy.hev_handling is HevHandling.AS_NEV:
            return True, True
        registered = facts.expected is not None and facts.expected.source is ExpectedSource.REGISTERED
        if policy.hev_handling is HevHandling.BLOCK_IF_REGISTERED and registered and facts.expected.codes:
            return True, False
    return False, False


def _check_packs(facts: IntakeFacts, policy: Policy, verdict: _Verdict) -> None:
    # A pack belongs to at most one vehicle: this blocks whatever the powertrain or exemption.
    for link in facts.links_elsewhere:
        verdict.block(
            BlockCode.PACK_LINKED_ELSEWHERE,
            pack=link.code,
            other_vin=link.other_vin,
            other_yard=link.other_yard,
        )
    applies, needs_a_pack = _battery_rule_applies(facts, policy)
    if not policy.battery_rule and applies:
        verdict.note(NoteCode.BATTERY_RULE_NOT_APPLIED)
        return
    if not applies:
        return
    if facts.vehicle.battery_swap_model and policy.swap_model_exempt:
        verdict.note(NoteCode.SWAP_MODEL_EXEMPT)
        return
    if facts.documents.owner_statement_battery_missing:
        if policy.owner_statement_allowed:
            verdict.note(NoteCode.OWNER_STATEMENT_USED)
            return
        verdict.note(NoteCode.OWNER_STATEMENT_NOT_ACCEPTED)

    scanned = list(dict.fromkeys(p.code for p in facts.scanned))
    expected = facts.expected
    if expected is None:
        verdict.block(BlockCode.EXPECTED_PACKS_UNKNOWN)
    else:
        if expected.source is ExpectedSource.DECLARED and expected.confirmed_by is None:
            verdict.block(BlockCode.DECLARATION_UNCONFIRMED)
        if expected.codes:
            _compare_codes(expected.codes, scanned, facts, verdict)
        else:
            _compare_count(expected.expected_count, scanned, verdict)
    if needs_a_pack and not scanned:
        verdict.block(BlockCode.NO_TRACTION_PACK)


def _compare_codes(expected: Iterable[str], scanned: list[str], facts: IntakeFacts, verdict: _Verdict) -> None:
    expected = list(dict.fromkeys(expected))
    resolved_expected: set[str] = set()
    resolved_scanned: set[str] = set()
    for rep in facts.replacements:
        if rep.scanned_code not in scanned or not rep.document_ref.strip():
            continue
        if rep.expected_code in expected:
            resolved_expected.add(rep.expected_code)
            resolved_scanned.add(rep.scanned_code)
            verdict.note(
                NoteCode.PACK_REPLACED,
                expected=rep.expected_code,
                scanned=rep.scanned_code,
                document_ref=rep.document_ref,
            )
        elif not rep.expected_code:
            resolved_scanned.add(rep.scanned_code)
            verdict.note(NoteCode.PACK_ADDITIONAL, scanned=rep.scanned_code, document_ref=rep.document_ref)
    missing = [c for c in expected if c not in scanned and c not in resolved_expected]
    extra = [c for c in scanned if c not in expected and c not in resolved_scanned]
    # A registered pack absent while an unknown one is present is most often a pack replaced in repair: show the
    # pair as a mismatch that a supervisor resolves with the replacement record, never silently.
    for exp, got in zip(missing, extra, strict=False):
        verdict.block(BlockCode.PACK_MISMATCH, expected=exp, scanned=got)
    pairs = min(len(missing), len(extra))
    for code in missing[pairs:]:
        verdict.block(BlockCode.PACK_MISSING, expected=code)
    for code in extra[pairs:]:
        verdict.block(BlockCode.PACK_UNEXPECTED, scanned=code)


def _compare_count(expected_count: int, scanned: list[str], verdict: _Verdict) -> None:
    if len(scanned) < expected_count:
        verdict.block(BlockCode.PACK_MISSING, expected_count=expected_count, scanned_count=len(scanned))
    elif len(scanned) > expected_count:
        verdict.block(BlockCode.PACK_UNEXPECTED, expected_count=expected_count, scanned_count=len(scanned))


def _check_triage(facts: IntakeFacts, policy: Policy, verdict: _Verdict) -> None:
    if not policy.require_triage:
        return
    for code in dict.fromkeys(p.code for p in facts.scanned):
        triage = facts.triage.get(code)
        if triage is None:
            verdict.block(BlockCode.TRIAGE_MISSING, pack=code)
        elif _abnormal(triage) and not triage.quarantine_location.strip():
            risk = triage.risk_class.value if triage.risk_class else ""
            verdict.block(BlockCode.QUARANTINE_MISSING, pack=code, risk_class=risk)


def _abnormal(triage: Triage) -> bool:
    return bool(triage.damage) or triage.risk_class is None or triage.risk_class.is_abnormal


def _check_photos(facts: IntakeFacts, policy: Policy, verdict: _Verdict) -> None:
    """Intake step 4: the photos the yard's policy requires, one reason per missing purpose."""
    required = set(policy.required_photos)
    if not facts.scanned:
        required.discard(PhotoKind.BATTERY_LABEL)  # a petrol car (or a pack not scanned yet) has no label to show
    for kind in sorted(required - facts.photos, key=lambda k: k.value):
        verdict.block(BlockCode.PHOTO_MISSING, kind=kind.value)
