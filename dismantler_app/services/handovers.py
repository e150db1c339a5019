"""Pack outbound: handing a removed pack to a receiver (named, with a valid USCC), and the reports that follow."""

from __future__ import annotations

from datetime import date

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.identifiers import parse_uscc
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import IntakeStatus
from dismantler_app.domain.yard_time import local_day
from dismantler_app.services.context import Change, ServiceContext, change
from dismantler_app.services.errors import InvalidInput, InvalidState, NotFound
from dismantler_app.services.intakes import load_for_change, record_unlink
from dismantler_app.services.sync.reference import ReceiverStanding, receiver_standing
from dismantler_app.storage import certificates as certificate_rows
from dismantler_app.storage import packs as rows
from dismantler_app.storage.packs import Handover


def hand_over_pack(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    pack_code: str,
    receiver_name: str,
    receiver_uscc: str,
    handed_over_on: date,
) -> Handover:
    """Records a pack leaving the yard. Receivers must be enterprises with a USCC on head office's white list (2018
    traceability rules); until a list has reached the yard the handover is allowed and the audit row says so."""
    if not receiver_name.strip():
        raise InvalidInput("receiver_name", "empty")
    try:
        uscc = parse_uscc(receiver_uscc).code
    except CodeRejected as exc:
        raise InvalidInput("receiver_uscc", exc.reason.value, exc.detail) from exc
    with change(ctx, actor, clock, Action.HAND_OVER_PACK) as ch:
        yard = ch.yard()
        # The yard's own calendar day: at 07:00 in Shanghai it is still yesterday in UTC (domain/yard_time.py).
        if handed_over_on > local_day(ch.at, yard.zone):
            raise InvalidInput("handed_over_on", "in_future")
        standing = receiver_standing(ch, uscc)
        if standing is ReceiverStanding.NOT_LISTED and yard.policy.require_white_listed_receiver:
            raise InvalidInput("receiver_uscc", "not_white_listed", uscc)
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
            handed_over_on=handed_over_on,
            recorded_by=ch.user.id,
            at=ch.at,
        )
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
                "handed_over_on": handed_over_on.isoformat(),
                "white_list": standing.value,
            },
            event="pack.handed_over",
        )
        # The pack has left with the receiver: it no longer belongs to this vehicle, here or at head office.
        if rows.release_link(ch.session, pack_code, intake_id=intake_id, at=ch.at):
            record_unlink(ch, intake_id=intake_id, code=pack_code, reason="handed_over")
        return handover


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
