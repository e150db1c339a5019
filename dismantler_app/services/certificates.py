"""Certificate actions: issue (the rule computed in the same transaction), void with a reason, count reprints."""

from __future__ import annotations

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.eligibility import BlockCode, Reason, certificate_eligibility
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import CertificateState, IntakeStatus
from dismantler_app.services.context import ServiceContext, change, reading
from dismantler_app.services.errors import CertificateRefused, InvalidInput, InvalidState, NotFound
from dismantler_app.services.intakes import load_for_change
from dismantler_app.storage import certificates as rows
from dismantler_app.storage import intakes as intake_rows
from dismantler_app.storage.certificates import CertificateRecord
from dismantler_app.storage.errors import ConstraintCode, ConstraintViolation

# The database's own refusals, mapped back to the rule's codes (they should never fire: the rule runs first).
_DB_REFUSALS = {
    ConstraintCode.PACK_MISSING: BlockCode.PACK_MISSING,
    ConstraintCode.NO_TRACTION_PACK: BlockCode.NO_TRACTION_PACK,
    ConstraintCode.PACK_LINKED_ELSEWHERE: BlockCode.PACK_LINKED_ELSEWHERE,
}


def issue_certificate(ctx: ServiceContext, actor: User, clock: Clock, intake_id: str) -> CertificateRecord:
    """Issues the next certificate number for an approved intake, or raises :class:`CertificateRefused`."""
    with change(ctx, actor, clock, Action.ISSUE_CERTIFICATE) as ch:
        yard = ch.yard()
        load_for_change(ch.session, intake_id, allowed=frozenset({IntakeStatus.APPROVED}), action="issue_certificate")
        facts = intake_rows.load_facts(ch.session, intake_id)
        assert facts is not None  # load_for_change found the intake in this transaction
        verdict = certificate_eligibility(facts, yard.policy)
        if not verdict.eligible:
            raise CertificateRefused(verdict.reasons)
        try:
            record = rows.insert_next_certificate(
                ch.session,
                intake_id,
                yard_code=yard.profile.code,
                year=ch.at.year,
                issued_by=ch.user.id,
                at=ch.at,
                swap_exempt=facts.vehicle.battery_swap_model and yard.policy.swap_model_exempt,
            )
        except ConstraintViolation as exc:
            if exc.code in _DB_REFUSALS:
                raise CertificateRefused([Reason(_DB_REFUSALS[exc.code], {"source": "database"})]) from exc
            raise
        intake_rows.update_intake(ch.session, intake_id, at=ch.at, status=IntakeStatus.CERTIFIED.value)
        ch.record(
            "issue_certificate",
            entity="certificate",
            entity_id=record.number,
            before=None,
            after={
                "number": record.number,
                "intake_id": intake_id,
                "vin": facts.vehicle.vin,
                "pack_codes": [p.code for p in facts.scanned],
                "notes": [n.to_json() for n in verdict.notes],
                "swap_model_exempt": record.swap_model_exempt,
            },
            event="certificate.issued",
        )
        return record


def void_certificate(ctx: ServiceContext, actor: User, clock: Clock, number: str, *, reason: str) -> None:
    """Voids a certificate; the intake goes back to approved so a corrected certificate can be issued."""
    if not reason.strip():
        raise InvalidInput("reason", "empty")
    with change(ctx, actor, clock, Action.VOID_CERTIFICATE) as ch:
        record = rows.load_certificate(ch.session, number)
        if record is None:
            raise NotFound("certificate", number)
        if record.state is CertificateState.VOIDED:
            raise InvalidState("certificate", record.state.value, "void")
        rows.void(ch.session, number, reason=reason.strip(), voided_by=ch.user.id, at=ch.at)
        intake_rows.update_intake(ch.session, record.intake_id, at=ch.at, status=IntakeStatus.APPROVED.value)
        ch.record(
            "void_certificate",
            entity="certificate",
            entity_id=number,
            before={"state": record.state.value},
            after={"state": CertificateState.VOIDED.value, "reason": reason.strip()},
            event="certificate.voided",
        )


def record_reprint(ctx: ServiceContext, actor: User, clock: Clock, number: str) -> int:
    """Counts a reprint (each copy says which print it is); returns the new count."""
    with change(ctx, actor, clock, Action.REPRINT_CERTIFICATE) as ch:
        record = rows.load_certificate(ch.session, number)
        if record is None:
            raise NotFound("certificate", number)
        if record.state is CertificateState.VOIDED:
            raise InvalidState("certificate", record.state.value, "reprint")
        count = rows.add_reprint(ch.session, number)
        ch.record(
            "reprint_certificate",
            entity="certificate",
            entity_id=number,
            before={"reprint_count": record.reprint_count},
            after={"reprint_count": count},
        )
        return count


def get_certificate(ctx: ServiceContext, actor: User, number: str) -> CertificateRecord:
    with reading(ctx, actor) as session:
        record = rows.load_certificate(session, number)
    if record is None:
        raise NotFound("certificate", number)
    return record
