"""Certificate actions: issue (the rule computed and the content frozen in the same transaction), void with a
reason, record each print (the first one the original unless a copy is asked for, every later one a copy), and
enter the Ministry of Commerce's certificate number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dismantler_app.domain.certificate import CertificateKind
from dismantler_app.domain.certificate_requirements import certificate_form, missing_fields
from dismantler_app.domain.certificate_snapshot import snapshot_of
from dismantler_app.domain.certificate_statement import parse_statement
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.eligibility import BlockCode, Reason, certificate_eligibility
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import CertificateState, IntakeStatus
from dismantler_app.domain.yard_time import local_day
from dismantler_app.services.certificate_content import document_at_issue
from dismantler_app.services.context import ServiceContext, change, reading
from dismantler_app.services.errors import (
    CertificateIncomplete,
    CertificateRefused,
    InvalidInput,
    InvalidState,
    NotFound,
)
from dismantler_app.services.intakes import load_for_change
from dismantler_app.storage import certificates as rows
from dismantler_app.storage import intakes as intake_rows
from dismantler_app.storage.audit import canonical_json
from dismantler_app.storage.certificates import CertificateRecord
from dismantler_app.storage.errors import ConstraintCode, ConstraintViolation

# The database's own refusals, mapped back to the rule's codes (they should never fire: the rule runs first).
_DB_REFUSALS = {
    ConstraintCode.PACK_MISSING: BlockCode.PACK_MISSING,
    ConstraintCode.NO_TRACTION_PACK: BlockCode.NO_TRACTION_PACK,
    ConstraintCode.PACK_LINKED_ELSEWHERE: BlockCode.PACK_LINKED_ELSEWHERE,
}
# The number the Ministry of Commerce system prints on the official form: letters, digits and separators, as keyed
# from that form. Its exact format is not published here, so only the character set and a length bound are checked.
OFFICIAL_NUMBER = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-/]{0,39}")


@dataclass(frozen=True)
class PrintRecord:
    """Which sheet a print is: the original, or copy number ``copy_number`` (1, 2, ...)."""

    kind: CertificateKind
    copy_number: int = 0


def issue_certificate(
    ctx: ServiceContext, actor: User, clock: Clock, intake_id: str, *, official_number: str = ""
) -> CertificateRecord:
    """Issues the next certificate number for an approved intake, or raises :class:`CertificateRefused` (a
    blocker) or :class:`CertificateIncomplete` (a field the certificate's form requires is missing).

    The date of issue is the yard's local date (a certificate issued at 23:30 UTC is dated the next day in
    Shanghai), and so is the year in its number. Everything the certificate prints is frozen in its row in this
    same transaction: copies and void notices state what the original stated, whatever happens to the intake.
    """
    official = _checked_official_number(official_number)
    with change(ctx, actor, clock, Action.ISSUE_CERTIFICATE) as ch:
        yard = ch.yard()
        load_for_change(ch.session, intake_id, allowed=frozenset({IntakeStatus.APPROVED}), action="issue_certificate")
        facts = intake_rows.load_facts(ch.session, intake_id)
        assert facts is not None  # load_for_change found the intake in this transaction
        verdict = certificate_eligibility(facts, yard.policy)
        if not verdict.eligible:
            raise CertificateRefused(verdict.reasons)
        issued_on = local_day(ch.at, yard.zone)
        slot = rows.next_number(
            ch.session, yard_code=yard.profile.code, year=issued_on.year, place=rows.number_place(ctx.store.path)
        )
        document = document_at_issue(
            ch.session, yard=yard, number=slot.number, intake_id=intake_id, issued_on=issued_on, issued_by=ch.user.id
        )
        # the form's required fields, on exactly what the sheet would print; refused before anything is written
        missing = missing_fields(document)
        if missing:
            raise CertificateIncomplete(certificate_form(document), missing)
        snapshot = snapshot_of(document)
        try:
            record = rows.insert_certificate(
                ch.session,
                slot,
                intake_id,
                issued_by=ch.user.id,
                at=ch.at,
                issued_on=issued_on,
                swap_exempt=facts.vehicle.battery_swap_model and yard.policy.swap_model_exempt,
                document_json=canonical_json(snapshot),
                official_number=official,
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
                "issued_on": issued_on.isoformat(),
                # the digest of the frozen content: head office tells two certificates under one number apart by it
                "content_digest": parse_statement(snapshot["statement"].encode("ascii")).content_digest,
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
            after={"state": CertificateState.VOIDED.value, "reason": reason.strip(), "intake_id": record.intake_id},
            event="certificate.voided",
        )


def record_prints(
    ctx: ServiceContext, actor: User, clock: Clock, numbers: Sequence[str], *, copy: bool = False
) -> dict[str, PrintRecord]:
    """Records one print of each issued certificate in ``numbers`` (one transaction) and says which sheet it is.

    A certificate whose original was never printed prints as the original, unless the caller asks for a copy.
    Once the original is printed, every later print is a copy with the next copy number, whatever the caller asks:
    there is one original. Voided certificates are left out (they print as void notices and count nothing).
    The print is recorded before the sheet is rendered, so a print that fails afterwards still counts: an extra
    copy number shows up as a gap, a missing one would hide a copy.
    """
    prints: dict[str, PrintRecord] = {}
    with change(ctx, actor, clock, Action.REPRINT_CERTIFICATE) as ch:
        for number in dict.fromkeys(numbers):
            record = rows.load_certificate(ch.session, number)
            if record is None:
                raise NotFound("certificate", number)
            if record.state is CertificateState.VOIDED:
                continue
            if not copy and rows.mark_original_printed(ch.session, number, printed_by=ch.user.id, at=ch.at):
                prints[number] = PrintRecord(CertificateKind.ORIGINAL)
                ch.record(
                    "print_original_certificate",
                    entity="certificate",
                    entity_id=number,
                    before={"original_printed_at": None},
                    after={"original_printed_at": ch.at.isoformat()},
                )
                continue
            count = rows.add_reprint(ch.session, number)
            prints[number] = PrintRecord(CertificateKind.COPY, count)
            ch.record(
                "reprint_certificate",
                entity="certificate",
                entity_id=number,
                before={"reprint_count": record.reprint_count},
                after={"reprint_count": count},
            )
    return prints


def set_official_number(ctx: ServiceContext, actor: User, clock: Clock, number: str, *, official_number: str) -> None:
    """The supervisor enters (or corrects) the number the Ministry of Commerce system gave this certificate; later
    prints show it. It is not part of the signed statement, so correcting it never changes the QR code."""
    official = _checked_official_number(official_number)
    with change(ctx, actor, clock, Action.ISSUE_CERTIFICATE) as ch:
        record = rows.load_certificate(ch.session, number)
        if record is None:
            raise NotFound("certificate", number)
        if record.state is CertificateState.VOIDED:
            raise InvalidState("certificate", record.state.value, "set_official_number")
        if official == record.official_number:
            return
        rows.set_official_number(ch.session, number, official)
        ch.record(
            "set_official_number",
            entity="certificate",
            entity_id=number,
            before={"official_number": record.official_number},
            after={"official_number": official},
            event="certificate.official_number_set",
        )


def _checked_official_number(text: str) -> str:
    cleaned = "".join(text.split())
    if cleaned and not OFFICIAL_NUMBER.fullmatch(cleaned):
        raise InvalidInput(
            "official_number", "bad_format", "letters, digits, '-' and '/', at most 40, as printed on the form"
        )
    return cleaned


def get_certificate(ctx: ServiceContext, actor: User, number: str) -> CertificateRecord:
    with reading(ctx, actor) as session:
        record = rows.load_certificate(session, number)
    if record is None:
        raise NotFound("certificate", number)
    return record
