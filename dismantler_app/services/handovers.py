"""Pack outbound: handing a removed pack to a receiver (named, with a valid USCC or D-U-N-S number, of a type the
traceability platform knows), and the reports that follow."""

from __future__ import annotations

from datetime import date

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.receivers import ReceiverIdScheme, ReceiverType, parse_receiver_id
from dismantler_app.domain.records import IntakeStatus
from dismantler_app.domain.yard_time import local_day
from dismantler_app.services.context import Change, ServiceContext, change
from dismantler_app.services.errors import InvalidInput, InvalidState, NotFound
from dismantler_app.services.intakes import load_for_change, record_unlink
from dismantler_app.services.sync.reference import ReceiverStanding, receiver_standing
from dismantler_app.storage import certificates as certificate_rows
from dismantler_app.storage import packs as rows
from dismantler_app.storage import regulatory_rows
from dismantler_app.storage.packs import Handover

MAX_TEXT = 200  # pack model and destination: a label's words, not a document


def hand_over_pack(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    pack_code: str,
    receiver_name: str,
    receiver_uscc: str = "",
    handed_over_on: date,
    receiver_duns: str = "",
    receiver_type: ReceiverType | str | None = None,
    pack_model: str = "",
    quantity: int = 1,
    destination: str = "",
) -> Handover:
    """Records a pack leaving the yard. The receiver is named by its USCC or, for an enterprise without one, its
    D-U-N-S number (exactly one of the two). Receivers must be on head office's white list (2018 traceability rules);
    until a list has reached the yard the handover is allowed and the audit row says so.

    Receiver type, pack model, quantity and destination (MOFCOM 2020 implementing rules) may be given now or later
    with :func:`complete_handover`; the *pack outbound* upload refuses a handover that lacks them."""
    if not receiver_name.strip():
        raise InvalidInput("receiver_name", "empty")
    receiver = _receiver_id(receiver_uscc, receiver_duns)
    kind, model, place = _details(receiver_type, pack_model, quantity, destination)
    uscc = receiver.code if receiver.scheme is ReceiverIdScheme.USCC else ""
    duns = receiver.code if receiver.scheme is ReceiverIdScheme.DUNS else ""
    with change(ctx, actor, clock, Action.HAND_OVER_PACK) as ch:
        yard = ch.yard()
        # The yard's own calendar day: at 07:00 in Shanghai it is still yesterday in UTC (domain/yard_time.py).
        if handed_over_on > local_day(ch.at, yard.zone):
            raise InvalidInput("handed_over_on", "in_future")
        # Head office's list is keyed by the receiver's identifier, whichever scheme it is.
        standing = receiver_standing(ch, receiver.code)
        if standing is ReceiverStanding.NOT_LISTED and yard.policy.require_white_listed_receiver:
            field = "receiver_uscc" if uscc else "receiver_duns"
            raise InvalidInput(field, "not_white_listed", receiver.code)
        load_for_change(ch.session, intake_id, allowed=frozenset({IntakeStatus.CERTIFIED}), action="hand_over_pack")
        if rows.find_scan(ch.session, intake_id, pack_code) is None:
            raise NotFound("scanned_pack", pack_code)
        if rows.find_handover(ch.session, intake_id, pack_code) is not None:
            raise InvalidState("pack", "handed_over", "hand_over_pack")
        handover = rows.insert_handover(
            ch.session,
            intake_id,
            pack_code=pack_code,
            receiver_name=receiver_name.strip(),
            receiver_uscc=uscc,
            receiver_duns=duns,
            receiver_type=kind,
            pack_model=model,
            quantity=quantity,
            destination=place,
            handed_over_on=handed_over_on,
            recorded_by=ch.user.id,
            at=ch.at,
        )
        # Head office reads receiver_uscc (white list, hub/projections/packs.py); the other keys travel for its records.
        ch.record(
            "hand_over_pack",
            entity="pack_handover",
            entity_id=handover.id,
            before=None,
            after={
                "intake_id": intake_id,
                "pack_code": pack_code,
                "receiver_name": handover.receiver_name,
                "receiver_uscc": uscc,
                "receiver_duns": duns,
                "receiver_type": kind,
                "pack_model": model,
                "quantity": quantity,
                "destination": place,
                "handed_over_on": handed_over_on.isoformat(),
                "white_list": standing.value,
            },
            event="pack.handed_over",
        )
        # The pack has left with the receiver: it no longer belongs to this vehicle, here or at head office.
        if rows.release_link(ch.session, pack_code, intake_id=intake_id, at=ch.at):
            record_unlink(ch, intake_id=intake_id, code=pack_code, reason="handed_over")
        return handover


def complete_handover(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    handover_id: str,
    *,
    receiver_type: ReceiverType | str,
    pack_model: str,
    quantity: int = 1,
    destination: str,
) -> None:
    """Fills in (or corrects) the platform fields of a recorded handover: what a handover recorded before they were
    asked for lacks, and what the *pack outbound* upload names when it refuses a row."""
    kind, model, place = _details(receiver_type, pack_model, quantity, destination)
    for field, value in (("receiver_type", kind), ("pack_model", model), ("destination", place)):
        if not value:
            raise InvalidInput(field, "empty")
    with change(ctx, actor, clock, Action.HAND_OVER_PACK) as ch:
        before = regulatory_rows.load_handover(ch.session, handover_id)
        if before is None:
            raise NotFound("pack_handover", handover_id)
        regulatory_rows.update_handover_details(
            ch.session, handover_id, receiver_type=kind, pack_model=model, quantity=quantity, destination=place
        )
        keys = ("receiver_type", "pack_model", "quantity", "destination")
        ch.record(
            "complete_handover",
            entity="pack_handover",
            entity_id=handover_id,
            before={k: before[k] for k in keys},
            after={"receiver_type": kind, "pack_model": model, "quantity": quantity, "destination": place},
            event="pack.handover_completed",
        )


def _receiver_id(uscc: str, duns: str):
    """The one identifier given, validated: a USCC in full, a D-U-N-S number by its form (domain/receivers.py)."""
    given = [(scheme, text) for scheme, text in ((ReceiverIdScheme.USCC, uscc), (ReceiverIdScheme.DUNS, duns))
             if text.strip()]  # fmt: skip
    if not given:
        raise InvalidInput("receiver_uscc", "empty", "give the receiver's USCC or its D-U-N-S number")
    if len(given) > 1:
        raise InvalidInput("receiver_duns", "both_given", "give the USCC or the D-U-N-S number, not both")
    scheme, text = given[0]
    try:
        return parse_receiver_id(text, scheme)
    except CodeRejected as exc:
        raise InvalidInput(f"receiver_{scheme.value}", exc.reason.value, exc.detail) from exc


def _details(
    receiver_type: ReceiverType | str | None, pack_model: str, quantity: int, destination: str
) -> tuple[str, str, str]:
    kind = ""
    if receiver_type:
        try:
            kind = ReceiverType(receiver_type).value
        except ValueError as exc:
            choices = ", ".join(t.value for t in ReceiverType)
            raise InvalidInput("receiver_type", "unknown", f"one of {choices}") from exc
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        raise InvalidInput("quantity", "not_a_count", "a whole number of packs, 1 or more")
    model, place = pack_model.strip(), destination.strip()
    for field, value in (("pack_model", model), ("destination", place)):
        if len(value) > MAX_TEXT:
            raise InvalidInput(field, "too_long", f"at most {MAX_TEXT} characters")
    return kind, model, place


def record_report(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    *,
    kind: str,
    subject: str,
    reported_on: date,
    reference: str = "",
) -> None:
    """Notes that a traceability report was uploaded (certificate number or handover id as ``subject``)."""
    if kind not in ("certificate", "pack_outbound"):
        raise InvalidInput("kind", "unknown", "certificate or pack_outbound")
    with change(ctx, actor, clock, Action.RECORD_REPORT) as ch:
        record_one_report(ch, kind=kind, subject=subject, reported_on=reported_on, reference=reference)


def record_one_report(ch: Change, *, kind: str, subject: str, reported_on: date, reference: str) -> None:
    """Inside an action's transaction: the report row, its audit row and the event head office sees."""
    report_id = certificate_rows.insert_report(
        ch.session,
        kind=kind,
        subject=subject,
        reported_on=reported_on,
        reference=reference,
        recorded_by=ch.user.id,
        at=ch.at,
    )
    ch.record(
        "record_report",
        entity="report",
        entity_id=report_id,
        before=None,
        after={"kind": kind, "subject": subject, "reported_on": reported_on.isoformat(), "reference": reference},
        event="report.recorded",
    )
