"""Intake actions: open an intake, correct the vehicle and documents, submit, approve, discard; read its facts.

Submit and approve are refused while the certificate rule's blockers stand, split by who can clear them
(``domain/intake_gates.py``): submit waits for the operator's, approve for all of them. A VIN whose check digit is
mandatory in the yard's market and wrong never becomes an intake.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.eligibility import Eligibility, Reason, certificate_eligibility
from dismantler_app.domain.intake_gates import Step, blockers_for
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import Documents, IntakeFacts, IntakeId, IntakeStatus, Owner, Vehicle
from dismantler_app.domain.vin import parse_vin
from dismantler_app.services.context import Change, ServiceContext, change, reading
from dismantler_app.services.errors import InvalidInput, InvalidState, NotFound, Refusal, Refused
from dismantler_app.services.sync.reference import apply_registered_packs
from dismantler_app.storage import intakes as rows
from dismantler_app.storage import packs as pack_rows
from dismantler_app.storage.intakes import IntakeRecord
from dismantler_app.storage.session import Session
from dismantler_app.storage.yard import load_yard

# Until a supervisor approves, the operator may still correct the intake.
EDITABLE = frozenset({IntakeStatus.OPEN, IntakeStatus.SUBMITTED})


def _vehicle_json(vehicle: Vehicle) -> dict[str, Any]:
    return rows.vehicle_columns(vehicle)


def _documents_json(documents: Documents) -> dict[str, Any]:
    return rows.documents_columns(documents)


def _owner_fields(owner: Owner | None) -> dict[str, Any]:
    """The owner's non-empty fields under the ``owner_*`` keys head office's projection reads."""
    return {key: value for key, value in rows.owner_columns(owner).items() if value} if owner else {}


def normalise_vin(text: str) -> str:
    """Upper-cases and strips a keyed-in VIN; a VIN with a bad check digit is kept (the rule decides by market)."""
    vin = "".join(text.split()).upper()
    if not vin:
        raise InvalidInput("vin", "empty")
    try:
        return parse_vin(vin).code
    except CodeRejected as exc:
        raise InvalidInput("vin", exc.reason.value, exc.detail) from exc


def check_vin_at_entry(vin: str, policy: Policy) -> None:
    """Refuses a VIN whose check digit is wrong where the yard's market makes it mandatory (ISO 3779: China and
    North America; the EU leaves it optional, and there the rule only notes it)."""
    parsed = parse_vin(vin)
    if not parsed.check_digit_ok and policy.vin_check_digit_blocks:
        raise Refused(
            Refusal.VIN_CHECK_DIGIT,
            field="vin",
            data={"vin": parsed.code, "found": parsed.check_char, "expected": parsed.expected_check_char},
        )


def load_for_change(session: Session, intake_id: str, *, allowed: frozenset[IntakeStatus], action: str) -> IntakeRecord:
    record = rows.load_intake(session, intake_id)
    if record is None:
        raise NotFound("intake", intake_id)
    if record.status not in allowed:
        raise InvalidState("intake", record.status.value, action)
    return record


def create_intake(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    *,
    vehicle: Vehicle,
    owner: Owner | None = None,
    documents: Documents | None = None,
) -> IntakeId:
    vehicle = dataclasses.replace(vehicle, vin=normalise_vin(vehicle.vin))
    intake_id = IntakeId(uuid.uuid4().hex)
    with change(ctx, actor, clock, Action.CREATE_INTAKE) as ch:
        check_vin_at_entry(vehicle.vin, ch.yard().policy)
        record = rows.insert_intake(
            ch.session,
            intake_id,
            vehicle=vehicle,
            owner=owner or Owner(),
            documents=documents or Documents(),
            created_by=ch.user.id,
            at=ch.at,
        )
        ch.record(
            "create_intake",
            entity="intake",
            entity_id=intake_id,
            before=None,
            after={"vehicle": _vehicle_json(record.vehicle), "documents": _documents_json(record.documents)},
            event="intake.created",
            # Owner details are personal data: under the owner_* keys sync seals them to head office's key
            # (sync/sealing.py); they never travel or sit on a stick in clear.
            payload={"vehicle": _vehicle_json(record.vehicle)} | _owner_fields(owner),
        )
        # Head office's registration for this VIN, when it has one, is what the vehicle must carry (domain guide,
        # intake step 3); it is set in this transaction so no intake exists without it, even for a moment.
        apply_registered_packs(ch, intake_id, vin=record.vehicle.vin)
    return intake_id


def update_vehicle(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str, *, vehicle: Vehicle) -> None:
    vehicle = dataclasses.replace(vehicle, vin=normalise_vin(vehicle.vin))
    with change(ctx, actor, clock, Action.EDIT_INTAKE) as ch:
        before = load_for_change(ch.session, intake_id, allowed=EDITABLE, action="update_vehicle")
        if vehicle.vin != before.vehicle.vin:
            check_vin_at_entry(vehicle.vin, ch.yard().policy)
        rows.update_intake(ch.session, intake_id, at=ch.at, **rows.vehicle_columns(vehicle))
        if vehicle.vin != before.vehicle.vin:
            pack_rows.relink_vin(ch.session, intake_id, vehicle.vin)
        ch.record(
            "update_vehicle",
            entity="intake",
            entity_id=intake_id,
            before=_vehicle_json(before.vehicle),
            after=_vehicle_json(vehicle),
            event="intake.vehicle_updated",
        )
        if vehicle.vin != before.vehicle.vin:
            apply_registered_packs(ch, intake_id, vin=vehicle.vin, previous_vin=before.vehicle.vin)


def record_documents(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    documents: Documents,
    owner: Owner | None = None,
) -> None:
    with change(ctx, actor, clock, Action.EDIT_INTAKE) as ch:
        before = load_for_change(ch.session, intake_id, allowed=EDITABLE, action="record_documents")
        columns = rows.documents_columns(documents)
        if owner is not None:
            columns.update(rows.owner_columns(owner))
        rows.update_intake(ch.session, intake_id, at=ch.at, **columns)
        ch.record(
            "record_documents",
            entity="intake",
            entity_id=intake_id,
            before=_documents_json(before.documents),
            after=_documents_json(documents) | ({"owner_changed": True} if owner is not None else {}),
            event="intake.documents_recorded",
            # every owner field, cleared ones too, so head office's copy follows the correction
            payload=_documents_json(documents) | (rows.owner_columns(owner) if owner is not None else {}),
        )


def _set_status(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    action: Action,
    allowed: frozenset[IntakeStatus],
    new_status: IntakeStatus,
    audit_action: str | None = None,
    gate: Step | None = None,
    reason: str = "",
) -> None:
    """``audit_action`` names the change in the audit log when it differs from the permission checked; ``gate`` is
    the step whose blockers must be clear (:attr:`Refusal.BLOCKED` with them otherwise); ``reason`` is stored with
    the change (a discard's)."""
    with change(ctx, actor, clock, action) as ch:
        before = load_for_change(ch.session, intake_id, allowed=allowed, action=audit_action or action.value)
        if gate is not None:
            facts = rows.load_facts(ch.session, intake_id)
            assert facts is not None  # loaded just above, in this transaction
            blockers = blockers_for(certificate_eligibility(facts, ch.yard().policy), gate)
            if blockers:
                raise Refused(Refusal.BLOCKED, data={"step": gate.value}, blockers=blockers)
        rows.update_intake(ch.session, intake_id, at=ch.at, status=new_status.value)
        released = []
        if new_status is IntakeStatus.CANCELLED:
            # A cancelled intake keeps its scans as history but no longer holds its packs.
            released = pack_rows.release_links(ch.session, intake_id, at=ch.at)
        for code in released:
            record_unlink(ch, intake_id=intake_id, code=code, reason="intake_cancelled")
        after: dict[str, Any] = {"status": new_status.value} | ({"reason": reason} if reason else {})
        ch.record(
            audit_action or action.value,
            entity="intake",
            entity_id=intake_id,
            before={"status": before.status.value},
            after=after,
            event=f"intake.{new_status.value}",
        )


def record_unlink(ch: Change, *, intake_id: str, code: str, reason: str, note: str = "") -> None:
    """Tells head office a pack link ended here, so the pack may later be linked in another yard without conflict.
    ``reason`` is a code (``intake_cancelled``, ``handed_over``, ``scan_withdrawn``); ``note`` the person's words."""
    payload = {"intake_id": intake_id, "code": code, "reason": reason} | ({"note": note} if note else {})
    ch.record(
        "release_pack_link",
        entity="pack_link",
        entity_id=f"{intake_id}:{code}",
        before={"intake_id": intake_id, "code": code},
        after=None,
        event="pack.unlinked",
        payload=payload,
    )


def submit_for_review(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str) -> None:
    """Refused (:attr:`Refusal.BLOCKED`) while a blocker the operator must clear stands; the ones a supervisor
    resolves (a pack mismatch with the repair document, ...) may go with it (``domain/intake_gates.py``)."""
    _set_status(
        ctx,
        actor,
        clock,
        intake_id,
        action=Action.SUBMIT_INTAKE,
        allowed=frozenset({IntakeStatus.OPEN}),
        new_status=IntakeStatus.SUBMITTED,
        gate=Step.SUBMIT,
    )


def approve(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str) -> None:
    """Refused (:attr:`Refusal.BLOCKED`) while any blocker stands: the supervisor resolves first, then approves."""
    _set_status(
        ctx,
        actor,
        clock,
        intake_id,
        action=Action.APPROVE_INTAKE,
        allowed=frozenset({IntakeStatus.SUBMITTED}),
        new_status=IntakeStatus.APPROVED,
        gate=Step.APPROVE,
    )


def reopen(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str) -> None:
    """A supervisor sends a submitted or approved intake back to the operator.

    The permission is the one for approving (whoever may approve may send back), but the history must not read
    "approved" for it, so the audit log names it ``reopen_intake``."""
    _set_status(
        ctx,
        actor,
        clock,
        intake_id,
        action=Action.APPROVE_INTAKE,
        allowed=frozenset({IntakeStatus.SUBMITTED, IntakeStatus.APPROVED}),
        new_status=IntakeStatus.OPEN,
        audit_action="reopen_intake",
    )


def discard_intake(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str, *, reason: str) -> None:
    """The operator throws away an open intake (a typo'd VIN, the wrong vehicle) until it is submitted; a reason is
    required (:attr:`Refusal.REQUIRED`, field ``reason``). It becomes ``cancelled``: its packs are released (each
    with a ``pack.unlinked`` event), it leaves every queue, and head office reads ``intake.cancelled`` with the
    reason. After submission it is refused (``InvalidState``): the supervisor sends it back first, or cancels it."""
    if not reason.strip():
        raise Refused(Refusal.REQUIRED, field="reason")
    _set_status(
        ctx,
        actor,
        clock,
        intake_id,
        action=Action.EDIT_INTAKE,
        allowed=frozenset({IntakeStatus.OPEN}),
        new_status=IntakeStatus.CANCELLED,
        audit_action="discard_intake",
        reason=reason.strip(),
    )


def cancel_intake(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str, *, reason: str = "") -> None:
    """A supervisor cancels an intake that is not certified (open, submitted or approved), for example a vehicle
    taken back by its owner. The operator's way, before submission, is :func:`discard_intake`."""
    _set_status(
        ctx,
        actor,
        clock,
        intake_id,
        action=Action.CANCEL_INTAKE,
        allowed=frozenset({IntakeStatus.OPEN, IntakeStatus.SUBMITTED, IntakeStatus.APPROVED}),
        new_status=IntakeStatus.CANCELLED,
        reason=reason.strip(),
    )


def get_intake(ctx: ServiceContext, actor: User, intake_id: str) -> IntakeRecord:
    with reading(ctx, actor) as session:
        record = rows.load_intake(session, intake_id)
    if record is None:
        raise NotFound("intake", intake_id)
    return record


def intake_facts(ctx: ServiceContext, actor: User, intake_id: str) -> IntakeFacts:
    with reading(ctx, actor) as session:
        facts = rows.load_facts(session, intake_id)
    if facts is None:
        raise NotFound("intake", intake_id)
    return facts


def eligibility(ctx: ServiceContext, actor: User, intake_id: str) -> Eligibility:
    """The rule's verdict as it stands now, for the screen (issuing computes it again in its own transaction)."""
    with reading(ctx, actor) as session:
        facts = rows.load_facts(session, intake_id)
        yard = load_yard(session)
    if facts is None:
        raise NotFound("intake", intake_id)
    if yard is None:
        raise NotFound("yard", "this installation")
    return certificate_eligibility(facts, yard.policy)


def step_blockers(ctx: ServiceContext, actor: User, intake_id: str, *, step: Step) -> tuple[Reason, ...]:
    """What stands between the intake and ``step`` now (empty: the step may go ahead), the very reasons the step's
    service refuses with, for a screen that disables the button and says why."""
    return blockers_for(eligibility(ctx, actor, intake_id), step)
