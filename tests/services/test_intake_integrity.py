"""A careless yard day refused by the services themselves (issue 12), on a real SQLite file: stray reads, a pack of
another vehicle, unlinking a mistaken pack, approve/submit with blockers, Enter-through triage, the same frame twice,
a typo'd VIN, discarding an intake. Each refusal is a code with the field, and leaves no record behind."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

import pytest

from dismantler_app.domain.eligibility import BlockCode, NoteCode
from dismantler_app.domain.intake_gates import Step
from dismantler_app.domain.policy import default_policy
from dismantler_app.domain.records import IntakeStatus, Market, PhotoKind, Powertrain, RiskClass, Triage, Vehicle
from dismantler_app.domain.scan_intent import SETTLE, Belonging
from dismantler_app.domain.vin import compose_vin
from dismantler_app.services import certificates, intakes, packs, photos, review, stock
from dismantler_app.services.errors import CertificateRefused, InvalidState, Refusal, Refused
from dismantler_app.services.packs import ScanResult
from dismantler_app.storage import sync_store
from dismantler_app.storage.audit_check import verify_audit_chain
from dismantler_app.storage.errors import ConstraintCode, ConstraintViolation
from dismantler_app.storage.outbox import list_events
from tests.services.yard_setup import (
    Yard,
    add_required_photos,
    bev,
    complete_documents,
    measured,
    open_yard,
    pack_code,
    photo_bytes,
    ready_intake,
    vin,
)


def _counts(yard: Yard) -> tuple[int, int, int, int]:
    with yard.store.read() as session:
        return (
            session.scalar("SELECT count(*) FROM audit_log"),
            len(list_events(session, limit=100_000)),
            session.scalar("SELECT count(*) FROM scanned_packs"),
            session.scalar("SELECT count(*) FROM pack_links WHERE unlinked_at IS NULL"),
        )


def _events(yard: Yard, kind: str) -> list[dict]:
    with yard.store.read() as session:
        return [dict(e.payload) for e in list_events(session, limit=100_000) if e.type == kind]


# --- 1. intent before linking -------------------------------------------------------------------------------------


def test_a_read_while_no_intake_is_worked_is_refused_and_writes_nothing(yard: Yard) -> None:
    before = _counts(yard)
    for nothing in (None, ""):
        with pytest.raises(Refused) as refused:
            packs.record_scan(yard.ctx, yard.operator, yard.clock, nothing, payload=pack_code(1))
        assert (refused.value.reason, refused.value.field) == (Refusal.NO_INTAKE, "intake")
    assert _counts(yard) == before


def test_a_read_first_seen_before_the_switch_never_carries_over_to_the_new_intake(yard: Yard) -> None:
    previous = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    packs.declare_expected_packs(yard.ctx, yard.operator, yard.clock, previous, codes=[pack_code(1)])
    yard.clock.advance(seconds=30)
    switched_at = yard.clock.now()  # F2: the operator starts on the next vehicle
    current = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(2))
    before = _counts(yard)

    # the label of the previous vehicle was in view since before the switch, and inside the settle time after it
    for first_seen in (switched_at - timedelta(seconds=5), switched_at + SETTLE - timedelta(milliseconds=1)):
        with pytest.raises(Refused) as refused:
            packs.record_scan(
                yard.ctx,
                yard.operator,
                yard.clock,
                current,
                payload=pack_code(2),
                first_seen_at=first_seen,
                working_since=switched_at,
            )
        assert (refused.value.reason, refused.value.field) == (Refusal.READ_BEFORE_INTAKE, "payload")
    assert _counts(yard) == before

    # a VIN label left in view is refused the same way (the camera reopening the previous vehicle)
    with pytest.raises(Refused):
        packs.record_scan(
            yard.ctx,
            yard.operator,
            yard.clock,
            current,
            payload=bev(1).vin,
            first_seen_at=switched_at,
            working_since=switched_at,
        )

    fresh = packs.record_scan(
        yard.ctx,
        yard.operator,
        yard.clock,
        current,
        payload=pack_code(2),
        first_seen_at=switched_at + SETTLE,
        working_since=switched_at,
    )
    assert fresh.result is ScanResult.PACK_RECORDED


def test_a_pack_expected_by_another_vehicle_is_shown_where_it_belongs_and_not_linked(yard: Yard) -> None:
    vehicle_2 = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(2))
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, vehicle_2, codes=[pack_code(202)])
    ready = ready_intake(yard.ctx, yard.operator, yard.clock, 5)
    verdict_before = intakes.eligibility(yard.ctx, yard.operator, ready)
    before = _counts(yard)

    outcome = packs.record_scan(yard.ctx, yard.operator, yard.clock, ready, payload=pack_code(202))

    assert outcome.result is ScanResult.PACK_BELONGS_ELSEWHERE
    assert outcome.place is not None and outcome.place.belonging is Belonging.EXPECTED_ELSEWHERE
    assert (outcome.other_intake_id, outcome.other_vin) == (vehicle_2, bev(2).vin)
    assert _counts(yard) == before  # nothing linked, nothing recorded
    assert intakes.eligibility(yard.ctx, yard.operator, ready) == verdict_before  # the ready vehicle stays ready

    # where it belongs it links at once
    there = packs.record_scan(yard.ctx, yard.operator, yard.clock, vehicle_2, payload=pack_code(202))
    assert there.result is ScanResult.PACK_RECORDED


def test_a_pack_linked_to_another_intake_is_never_linked_here_even_deliberately(yard: Yard) -> None:
    first = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    packs.record_scan(yard.ctx, yard.operator, yard.clock, first, payload=pack_code(1))
    second = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(2))

    stray = packs.record_scan(yard.ctx, yard.operator, yard.clock, second, payload=pack_code(1))
    assert stray.result is ScanResult.PACK_BELONGS_ELSEWHERE
    assert stray.place is not None and stray.place.belonging is Belonging.LINKED_ELSEWHERE
    assert (stray.other_intake_id, stray.other_vin) == (first, bev(1).vin)

    meant = packs.record_scan(
        yard.ctx,
        yard.operator,
        yard.clock,
        second,
        payload=pack_code(1),
        deliberate=True,
        reason="label read on the pack in this vehicle",
    )
    assert meant.result is ScanResult.PACK_LINKED_ELSEWHERE
    with yard.store.read() as session:
        links = session.all("SELECT intake_id FROM pack_links WHERE code = ? AND unlinked_at IS NULL", [pack_code(1)])
    assert links == [{"intake_id": first}]


def test_a_pack_head_office_registers_to_another_vin_is_not_linked_without_intent(yard: Yard) -> None:
    with yard.store.write_transaction() as session:
        sync_store.store_reference(
            session,
            [{"kind": "registered_packs", "key": vin(9), "sequence": 1, "value": {"codes": [pack_code(9)]}}],
            last_sequence=1,
        )
    here = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(3))

    outcome = packs.record_scan(yard.ctx, yard.operator, yard.clock, here, payload=pack_code(9))
    assert outcome.result is ScanResult.PACK_BELONGS_ELSEWHERE
    assert outcome.place is not None and outcome.place.belonging is Belonging.REGISTERED_ELSEWHERE
    assert (outcome.other_intake_id, outcome.other_vin) == (None, vin(9))

    typed = packs.record_scan(
        yard.ctx,
        yard.operator,
        yard.clock,
        here,
        payload=pack_code(9),
        deliberate=True,
        reason="label read on the pack in this vehicle",
    )
    assert typed.result is ScanResult.PACK_RECORDED

    # head office corrects its registration: the pack is no longer another vehicle's
    with yard.store.write_transaction() as session:
        sync_store.store_reference(
            session,
            [{"kind": "registered_packs", "key": vin(9), "sequence": 2, "value": {"codes": [pack_code(19)]}}],
            last_sequence=2,
        )
        assert sync_store.registered_vins_of(session, pack_code(9)) == []
        assert sync_store.registered_vins_of(session, f" {pack_code(19).lower()} ") == [vin(9)]


# --- 2. unlink ----------------------------------------------------------------------------------------------------


def test_a_typed_pack_of_another_vehicle_is_not_linked_and_a_deliberate_link_needs_a_reason(yard: Yard) -> None:
    vehicle_2 = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(2))
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, vehicle_2, codes=[pack_code(202)])
    here = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(5))
    before = _counts(yard)

    # typed by hand (no camera moments): still not permission to take another vehicle's pack
    typed = packs.record_scan(yard.ctx, yard.operator, yard.clock, here, payload=pack_code(202), symbology="manual")
    assert typed.result is ScanResult.PACK_BELONGS_ELSEWHERE
    assert (typed.other_intake_id, typed.other_vin) == (vehicle_2, bev(2).vin)
    # "this pack is in this vehicle" without saying why is refused by the service itself
    for blank in ("", "   "):
        with pytest.raises(Refused) as refused:
            packs.record_scan(
                yard.ctx, yard.operator, yard.clock, here, payload=pack_code(202), deliberate=True, reason=blank
            )
        assert (refused.value.reason, refused.value.field) == (Refusal.REQUIRED, "reason")
    assert _counts(yard) == before  # nothing written by any of the three

    meant = packs.record_scan(
        yard.ctx,
        yard.operator,
        yard.clock,
        here,
        payload=pack_code(202),
        deliberate=True,
        reason=" pack label checked ",
    )
    assert meant.result is ScanResult.PACK_RECORDED
    scanned = _events(yard, "pack.scanned")[-1]
    assert (scanned["intake_id"], scanned["code"], scanned["deliberate"], scanned["reason"]) == (
        here,
        pack_code(202),
        True,
        "pack label checked",
    )
    with yard.store.read() as session:
        audited = session.one(
            "SELECT action, after_json FROM audit_log WHERE action = 'record_scan' ORDER BY seq DESC LIMIT 1"
        )
    assert json.loads(audited["after_json"])["reason"] == "pack label checked"
    assert verify_audit_chain(yard.store).ok


def test_the_operator_unlinks_a_mistaken_pack_before_submission_with_a_reason_audited_and_synced(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    packs.record_scan(
        yard.ctx,
        yard.operator,
        yard.clock,
        intake,
        payload=pack_code(7),
        deliberate=True,
        reason="label read on the pack in this vehicle",
    )
    packs.triage_pack(yard.ctx, yard.operator, yard.clock, intake, triage=measured(pack_code(7)))

    with pytest.raises(Refused) as refused:
        packs.unlink_pack(yard.ctx, yard.operator, yard.clock, intake, code=pack_code(7), reason="  ")
    assert (refused.value.reason, refused.value.field) == (Refusal.REQUIRED, "reason")
    with pytest.raises(Refused) as refused:
        packs.unlink_pack(yard.ctx, yard.operator, yard.clock, intake, code=pack_code(8), reason="not here")
    assert refused.value.reason is Refusal.PACK_NOT_ON_INTAKE

    packs.unlink_pack(yard.ctx, yard.operator, yard.clock, intake, code=pack_code(7), reason="label on the bench")

    facts = intakes.intake_facts(yard.ctx, yard.operator, intake)
    assert facts.scanned == () and dict(facts.triage) == {}
    assert _events(yard, "pack.unlinked")[-1] | {"audit_seq": 0, "audit_hash": ""} == {
        "intake_id": intake,
        "code": pack_code(7),
        "reason": packs.UNLINK_REASON,
        "note": "label on the bench",
        "entity_id": f"{intake}:{pack_code(7)}",
        "actor": yard.operator.id,
        "audit_seq": 0,
        "audit_hash": "",
    }
    with yard.store.read() as session:
        kept = session.one("SELECT code, reason, withdrawn_by FROM withdrawn_scans WHERE intake_id = ?", [intake])
        assert session.scalar("SELECT count(*) FROM pack_links WHERE unlinked_at IS NULL") == 0
    assert kept == {"code": pack_code(7), "reason": "label on the bench", "withdrawn_by": yard.operator.id}
    # the pack is free for the vehicle it belongs to, and may come back here if it was right after all
    other = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(2))
    assert packs.record_scan(yard.ctx, yard.operator, yard.clock, other, payload=pack_code(7)).result is (
        ScanResult.PACK_RECORDED
    )
    assert verify_audit_chain(yard.store).ok


def test_a_mismatch_resolved_with_the_wrong_pack_is_resolved_again_after_unlinking_it(yard: Yard) -> None:
    ctx, op, sup, clock = yard.ctx, yard.operator, yard.supervisor, yard.clock
    intake = intakes.create_intake(ctx, op, clock, vehicle=bev(3), documents=complete_documents())
    packs.load_registered_packs(ctx, sup, clock, intake, codes=[pack_code(31)])
    packs.record_scan(
        ctx, op, clock, intake, payload=pack_code(38), deliberate=True, reason="label read on the pack in this vehicle"
    )  # the wrong label
    packs.resolve_mismatch(
        ctx, sup, clock, intake, expected_code=pack_code(31), scanned_code=pack_code(38), document_ref="R-1"
    )
    packs.unlink_pack(ctx, sup, clock, intake, code=pack_code(38), reason="label from the bench")
    assert intakes.intake_facts(ctx, sup, intake).replacements == ()

    packs.record_scan(
        ctx, op, clock, intake, payload=pack_code(39), deliberate=True, reason="label read on the pack in this vehicle"
    )
    packs.resolve_mismatch(
        ctx, sup, clock, intake, expected_code=pack_code(31), scanned_code=pack_code(39), document_ref="R-2"
    )
    notes = intakes.eligibility(ctx, sup, intake).notes
    assert [(n.code, n.data["scanned"]) for n in notes] == [(NoteCode.PACK_REPLACED, pack_code(39))]


def test_after_submission_only_a_supervisor_unlinks_and_never_after_certification(yard: Yard) -> None:
    intake = ready_intake(yard.ctx, yard.operator, yard.clock, 4)
    extra = pack_code(44)
    packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=extra)
    packs.triage_pack(yard.ctx, yard.operator, yard.clock, intake, triage=measured(extra))
    intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, intake)  # an unexpected pack is the supervisor's
    before = _counts(yard)

    with pytest.raises(Refused) as refused:
        packs.unlink_pack(yard.ctx, yard.operator, yard.clock, intake, code=extra, reason="wrong car")
    assert (refused.value.reason, refused.value.data) == (Refusal.SUPERVISOR_REQUIRED, {"status": "submitted"})
    assert _counts(yard) == before

    packs.unlink_pack(yard.ctx, yard.supervisor, yard.clock, intake, code=extra, reason="wrong car")
    packs.confirm_declared_packs(yard.ctx, yard.supervisor, yard.clock, intake)
    intakes.approve(yard.ctx, yard.supervisor, yard.clock, intake)
    certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake)
    with pytest.raises(InvalidState):
        packs.unlink_pack(yard.ctx, yard.supervisor, yard.clock, intake, code=pack_code(4), reason="too late")


# --- 3. approve / submit / certify refused while blockers exist ----------------------------------------------------


def test_submit_is_refused_while_the_operator_has_something_to_clear_naming_every_blocker(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    before = _counts(yard)

    with pytest.raises(Refused) as refused:
        intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, intake)

    assert refused.value.reason is Refusal.BLOCKED and refused.value.data == {"step": "submit"}
    codes = {b.code for b in refused.value.blockers}
    assert {BlockCode.DOCUMENTS_INCOMPLETE, BlockCode.EXPECTED_PACKS_UNKNOWN, BlockCode.PHOTO_MISSING} <= codes
    assert intakes.get_intake(yard.ctx, yard.operator, intake).status is IntakeStatus.OPEN
    assert _counts(yard) == before


def test_a_mismatch_may_be_submitted_but_not_approved_until_the_supervisor_resolves_it(yard: Yard) -> None:
    ctx, op, sup, clock = yard.ctx, yard.operator, yard.supervisor, yard.clock
    intake = intakes.create_intake(ctx, op, clock, vehicle=bev(3), documents=complete_documents())
    packs.load_registered_packs(ctx, sup, clock, intake, codes=[pack_code(31)])
    packs.record_scan(
        ctx, op, clock, intake, payload=pack_code(39), deliberate=True, reason="label read on the pack in this vehicle"
    )  # replaced in repair
    packs.triage_pack(ctx, op, clock, intake, triage=measured(pack_code(39)))
    add_required_photos(ctx, op, clock, intake)
    intakes.submit_for_review(ctx, op, clock, intake)

    with pytest.raises(Refused) as refused:
        intakes.approve(ctx, sup, clock, intake)
    assert [b.code for b in refused.value.blockers] == [BlockCode.PACK_MISMATCH]
    assert intakes.get_intake(ctx, sup, intake).status is IntakeStatus.SUBMITTED

    packs.resolve_mismatch(
        ctx, sup, clock, intake, expected_code=pack_code(31), scanned_code=pack_code(39), document_ref="R-0815"
    )
    intakes.approve(ctx, sup, clock, intake)
    assert certificates.issue_certificate(ctx, sup, clock, intake).number


def test_an_intake_with_many_problems_is_refused_at_every_step(tmp_path) -> None:
    """The issue's "8 problems": bad check digit (EU yard, so it could be entered), no documents, a pack of
    another vehicle kept as evidence. Nothing gets it past submission or approval."""
    eu = open_yard(tmp_path, policy=default_policy(Market.EU))
    try:
        owner_of_pack = intakes.create_intake(eu.ctx, eu.operator, eu.clock, vehicle=bev(1))
        packs.record_scan(eu.ctx, eu.operator, eu.clock, owner_of_pack, payload=pack_code(1))
        typo = dataclasses.replace(bev(2), vin=vin(2)[:8] + ("1" if vin(2)[8] != "1" else "2") + vin(2)[9:])
        intake = intakes.create_intake(eu.ctx, eu.operator, eu.clock, vehicle=typo)
        packs.record_scan(
            eu.ctx,
            eu.operator,
            eu.clock,
            intake,
            payload=pack_code(1),
            deliberate=True,
            reason="label read on the pack in this vehicle",
        )
        with pytest.raises(Refused) as refused:
            intakes.submit_for_review(eu.ctx, eu.operator, eu.clock, intake)
        assert refused.value.reason is Refusal.BLOCKED
        # the supervisor cannot approve it either (it cannot even reach the desk), nor certify it
        with pytest.raises(InvalidState):
            intakes.approve(eu.ctx, eu.supervisor, eu.clock, intake)
        with pytest.raises(InvalidState):
            certificates.issue_certificate(eu.ctx, eu.supervisor, eu.clock, intake)
        assert intakes.get_intake(eu.ctx, eu.operator, intake).status is IntakeStatus.OPEN
    finally:
        eu.close()


def test_certification_is_refused_when_a_required_photo_was_removed_after_approval(yard: Yard) -> None:
    intake = ready_intake(yard.ctx, yard.operator, yard.clock, 6)
    packs.confirm_declared_packs(yard.ctx, yard.supervisor, yard.clock, intake)
    intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, intake)
    intakes.approve(yard.ctx, yard.supervisor, yard.clock, intake)
    exterior = next(p for p in review.intake_photos(yard.ctx, yard.operator, intake) if p.kind is PhotoKind.EXTERIOR)
    photos.delete_photo(yard.ctx, yard.supervisor, yard.clock, intake, sha256=exterior.sha256, reason="blurred")

    with pytest.raises(CertificateRefused) as refused:
        certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake)
    assert [(r.code, dict(r.data)) for r in refused.value.reasons] == [(BlockCode.PHOTO_MISSING, {"kind": "exterior"})]


# --- 4. triage ----------------------------------------------------------------------------------------------------


def test_enter_through_triage_is_refused_naming_every_missing_field(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(1))
    before = _counts(yard)

    with pytest.raises(Refused) as refused:
        packs.triage_pack(yard.ctx, yard.operator, yard.clock, intake, triage=Triage(pack_code=pack_code(1)))
    assert refused.value.reason is Refusal.REQUIRED
    assert refused.value.fields == (
        "visible_damage",
        "leak",
        "swelling",
        "temperature_c",
        "voltage_v",
        "insulation_mohm",
        "risk_class",
    )

    # everything measured but the risk class left to a default: still refused, by name
    unchosen = dataclasses.replace(measured(pack_code(1)), risk_class=None)
    with pytest.raises(Refused) as refused:
        packs.triage_pack(yard.ctx, yard.operator, yard.clock, intake, triage=unchosen)
    assert refused.value.fields == ("risk_class",)
    assert _counts(yard) == before
    assert intakes.intake_facts(yard.ctx, yard.operator, intake).triage == {}


def test_a_yard_that_does_not_measure_insulation_is_not_asked_for_it(tmp_path) -> None:
    policy = dataclasses.replace(default_policy(Market.CN), triage_requires_insulation=False)
    yard = open_yard(tmp_path, policy=policy)
    try:
        intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
        packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(1))
        triage = Triage.answered(pack_code(1), risk_class=RiskClass.HIGH, temperature_c=41.0, voltage_v=330.0,
                                 swelling=True, quarantine_location="Q-2")  # fmt: skip
        packs.triage_pack(yard.ctx, yard.operator, yard.clock, intake, triage=triage)
        stored = intakes.intake_facts(yard.ctx, yard.operator, intake).triage[pack_code(1)]
        assert stored == triage
        held = stock.packs_in_stock(yard.ctx, yard.operator)
        assert [(p.pack_code, p.risk_class) for p in held] == [(pack_code(1), RiskClass.HIGH)]
    finally:
        yard.close()


# --- 5. photos ----------------------------------------------------------------------------------------------------


def test_the_same_frame_twice_is_one_photo_and_cannot_tick_a_second_purpose(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    frame = photo_bytes("one frame")
    first = photos.take_photo(yard.ctx, yard.operator, yard.clock, intake, data=frame, kind=PhotoKind.EXTERIOR)
    again = photos.take_photo(yard.ctx, yard.operator, yard.clock, intake, data=frame, kind=PhotoKind.EXTERIOR)
    assert (first.result, again.result) == (photos.PhotoResult.ADDED, photos.PhotoResult.ALREADY_ATTACHED)
    before = _counts(yard)

    with pytest.raises(Refused) as refused:
        photos.add_photo(yard.ctx, yard.operator, yard.clock, intake, data=frame, kind=PhotoKind.VIN)
    assert (refused.value.reason, refused.value.field, refused.value.data) == (
        Refusal.PHOTO_ALREADY_ATTACHED,
        "kind",
        {"kind": "exterior"},
    )
    assert _counts(yard) == before
    assert [p.kind for p in review.intake_photos(yard.ctx, yard.operator, intake)] == [PhotoKind.EXTERIOR]
    # the database holds it too, whatever a caller does
    with pytest.raises(ConstraintViolation) as violation, yard.store.write_transaction() as session:
        session.execute(
            "INSERT INTO intake_photos (intake_id, sha256, kind, taken_at, taken_by) VALUES (?, ?, 'vin', '', ?)",
            [intake, first.sha256, yard.operator.id],
        )
    assert violation.value.code is ConstraintCode.PHOTO_ALREADY_ATTACHED


def test_a_photo_is_deleted_audited_and_synced_before_certification_only(yard: Yard) -> None:
    intake = ready_intake(yard.ctx, yard.operator, yard.clock, 2)
    shots = review.intake_photos(yard.ctx, yard.operator, intake)
    vin_photo = next(p for p in shots if p.kind is PhotoKind.VIN)

    with pytest.raises(Refused) as refused:
        photos.delete_photo(yard.ctx, yard.operator, yard.clock, intake, sha256="0" * 64)
    assert refused.value.reason is Refusal.PHOTO_NOT_ATTACHED

    photos.delete_photo(yard.ctx, yard.operator, yard.clock, intake, sha256=vin_photo.sha256, reason="glare")
    assert vin_photo.sha256 not in {p.sha256 for p in review.intake_photos(yard.ctx, yard.operator, intake)}
    event = _events(yard, photos.PHOTO_DELETED)[-1]
    assert (event["intake_id"], event["sha256"], event["kinds"], event["reason"]) == (
        intake,
        vin_photo.sha256,
        ["vin"],
        "glare",
    )
    with yard.store.read() as session:
        assert session.scalar("SELECT reason FROM removed_photos WHERE sha256 = ?", [vin_photo.sha256]) == "glare"
    # the same frame may be taken again afterwards
    photos.add_photo(yard.ctx, yard.operator, yard.clock, intake, data=yard.ctx.photos.read(vin_photo.sha256),
                     kind=PhotoKind.VIN)  # fmt: skip

    packs.confirm_declared_packs(yard.ctx, yard.supervisor, yard.clock, intake)
    intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, intake)
    intakes.approve(yard.ctx, yard.supervisor, yard.clock, intake)
    certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake)
    with pytest.raises(InvalidState):
        photos.delete_photo(yard.ctx, yard.supervisor, yard.clock, intake, sha256=vin_photo.sha256)
    with pytest.raises(ConstraintViolation) as violation, yard.store.write_transaction() as session:
        session.execute("DELETE FROM intake_photos WHERE intake_id = ?", [intake])
    assert violation.value.code is ConstraintCode.PHOTO_KEPT_AFTER_CERTIFICATION


# --- 6. VIN check digit at entry ----------------------------------------------------------------------------------


def _typo(serial: int) -> str:
    good = vin(serial)
    return good[:8] + ("1" if good[8] != "1" else "2") + good[9:]


def test_a_vin_with_a_wrong_mandatory_check_digit_never_becomes_an_intake(yard: Yard) -> None:
    before = _counts(yard)
    with pytest.raises(Refused) as refused:
        intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=dataclasses.replace(bev(4), vin=_typo(4)))
    assert (refused.value.reason, refused.value.field) == (Refusal.VIN_CHECK_DIGIT, "vin")
    assert refused.value.data == {"vin": _typo(4), "found": _typo(4)[8], "expected": vin(4)[8]}
    assert _counts(yard) == before
    with yard.store.read() as session:
        assert session.scalar("SELECT count(*) FROM intakes") == 0

    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(4))
    with pytest.raises(Refused):  # a correction cannot bring the typo in either
        intakes.update_vehicle(
            yard.ctx, yard.operator, yard.clock, intake, vehicle=dataclasses.replace(bev(4), vin=_typo(4))
        )


def test_where_the_check_digit_is_optional_the_vin_is_accepted_with_a_note(tmp_path) -> None:
    eu = open_yard(tmp_path, policy=default_policy(Market.EU))
    try:
        text = compose_vin("WVWZZZ1K8W000001")
        typo = text[:8] + ("1" if text[8] != "1" else "2") + text[9:]
        intake = intakes.create_intake(eu.ctx, eu.operator, eu.clock, vehicle=dataclasses.replace(bev(1), vin=typo))
        notes = {n.code.value for n in intakes.eligibility(eu.ctx, eu.operator, intake).notes}
        assert "vin_check_digit_ignored" in notes
    finally:
        eu.close()


# --- 7. discard ---------------------------------------------------------------------------------------------------


def test_an_open_intake_is_discarded_with_a_reason_releasing_its_packs_and_leaving_every_queue(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(1))

    with pytest.raises(Refused) as refused:
        intakes.discard_intake(yard.ctx, yard.operator, yard.clock, intake, reason="")
    assert (refused.value.reason, refused.value.field) == (Refusal.REQUIRED, "reason")

    intakes.discard_intake(yard.ctx, yard.operator, yard.clock, intake, reason="typo in the VIN")

    assert intakes.get_intake(yard.ctx, yard.operator, intake).status is IntakeStatus.CANCELLED
    assert _events(yard, "intake.cancelled")[-1]["reason"] == "typo in the VIN"
    assert _events(yard, "pack.unlinked")[-1]["reason"] == "intake_cancelled"
    assert stock.packs_in_stock(yard.ctx, yard.operator) == []
    for queue in review.QueueFilter:
        assert intake not in {i.intake_id for i in review.review_queue(yard.ctx, yard.supervisor, queue=queue)}
    again = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(2))
    assert packs.record_scan(yard.ctx, yard.operator, yard.clock, again, payload=pack_code(1)).result is (
        ScanResult.PACK_RECORDED
    )


def test_a_submitted_intake_is_not_discarded_by_the_operator(yard: Yard) -> None:
    intake = ready_intake(yard.ctx, yard.operator, yard.clock, 3)
    intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, intake)
    with pytest.raises(InvalidState) as refused:
        intakes.discard_intake(yard.ctx, yard.operator, yard.clock, intake, reason="changed my mind")
    assert (refused.value.state, refused.value.action) == ("submitted", "discard_intake")
    assert intakes.get_intake(yard.ctx, yard.operator, intake).status is IntakeStatus.SUBMITTED


def test_the_screen_reads_the_same_blockers_the_step_is_refused_with(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    shown = intakes.step_blockers(yard.ctx, yard.operator, intake, step=Step.SUBMIT)
    with pytest.raises(Refused) as refused:
        intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, intake)
    assert shown == refused.value.blockers and shown
    ready = ready_intake(yard.ctx, yard.operator, yard.clock, 2)
    assert intakes.step_blockers(yard.ctx, yard.operator, ready, step=Step.SUBMIT) == ()
    assert [r.code for r in intakes.step_blockers(yard.ctx, yard.operator, ready, step=Step.APPROVE)] == [
        BlockCode.DECLARATION_UNCONFIRMED
    ]


# --- powertrain: chosen by the operator, never a default ----------------------------------------------------------


def test_submit_is_refused_while_the_powertrain_is_not_chosen_and_allowed_once_it_is(yard: Yard) -> None:
    intake = ready_intake(yard.ctx, yard.operator, yard.clock, 8)
    unchosen = dataclasses.replace(bev(8), powertrain=Powertrain.UNKNOWN)
    intakes.update_vehicle(yard.ctx, yard.operator, yard.clock, intake, vehicle=unchosen)
    # stored and read back as not chosen (not silently battery-electric)
    assert intakes.get_intake(yard.ctx, yard.operator, intake).vehicle.powertrain is Powertrain.UNKNOWN
    before = _counts(yard)

    with pytest.raises(Refused) as refused:
        intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, intake)
    assert refused.value.reason is Refusal.BLOCKED
    assert [b.code for b in refused.value.blockers] == [BlockCode.POWERTRAIN_NOT_CHOSEN]
    assert _counts(yard) == before
    assert intakes.get_intake(yard.ctx, yard.operator, intake).status is IntakeStatus.OPEN

    intakes.update_vehicle(yard.ctx, yard.operator, yard.clock, intake, vehicle=bev(8))
    intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, intake)
    assert intakes.get_intake(yard.ctx, yard.operator, intake).status is IntakeStatus.SUBMITTED
    assert verify_audit_chain(yard.store).ok


def test_a_vehicle_opened_from_its_vin_alone_has_no_powertrain_until_the_operator_chooses(yard: Yard) -> None:
    intake = intakes.create_intake(
        yard.ctx, yard.operator, yard.clock, vehicle=Vehicle(vin=vin(9), powertrain=Powertrain.UNKNOWN)
    )
    blockers = intakes.step_blockers(yard.ctx, yard.operator, intake, step=Step.SUBMIT)
    assert BlockCode.POWERTRAIN_NOT_CHOSEN in {b.code for b in blockers}
    with yard.store.read() as session:
        stored = session.one("SELECT powertrain, powertrain_unknown FROM intakes WHERE id = ?", [intake])
    assert stored == {"powertrain": "bev", "powertrain_unknown": 1}  # the strictest for the database's triggers
