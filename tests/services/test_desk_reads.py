"""Read services for the desk, records and stock on a real yard: the review queue, an intake's full history (audit
rows named in five different ways), packs in stock, the user list, and who may read them."""

from __future__ import annotations

from datetime import date

import pytest

from dismantler_app.domain.records import IntakeStatus, PhotoKind, RiskClass
from dismantler_app.services import certificates, handovers, history, intakes, packs, photos, review, stock
from dismantler_app.services.errors import NotFound, PermissionDenied
from dismantler_app.services.review import QueueFilter
from dismantler_app.services.user_directory import list_users
from tests.services.certified_yard import RECEIVER_USCC
from tests.services.yard_setup import (
    Yard,
    add_required_photos,
    bev,
    complete_documents,
    measured,
    pack_code,
    ready_intake,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def _certified(yard: Yard, serial: int) -> tuple[str, str]:
    ctx, op, sup, clock = yard.ctx, yard.operator, yard.supervisor, yard.clock
    intake_id = intakes.create_intake(ctx, op, clock, vehicle=bev(serial), documents=complete_documents())
    codes = [pack_code(serial * 10 + 1), pack_code(serial * 10 + 2)]
    packs.load_registered_packs(ctx, sup, clock, intake_id, codes=codes)
    for code in codes:
        packs.record_scan(ctx, op, clock, intake_id, payload=code)
    packs.triage_pack(ctx, op, clock, intake_id, triage=measured(codes[0]))
    packs.triage_pack(
        ctx,
        op,
        clock,
        intake_id,
        triage=measured(codes[1], risk_class=RiskClass.HIGH, quarantine_location="Q-1"),
    )
    photos.add_photo(ctx, op, clock, intake_id, data=PNG, kind=PhotoKind.BATTERY_LABEL, pack_code=codes[0])
    add_required_photos(ctx, op, clock, intake_id, kinds=(PhotoKind.EXTERIOR, PhotoKind.VIN))
    intakes.submit_for_review(ctx, op, clock, intake_id)
    intakes.approve(ctx, sup, clock, intake_id)
    number = certificates.issue_certificate(ctx, sup, clock, intake_id).number
    certificates.record_prints(ctx, sup, clock, [number], copy=True)
    return intake_id, number


def test_the_queue_holds_what_awaits_a_supervisor_and_certified_ones_apart(yard: Yard) -> None:
    ctx, op, sup, clock = yard.ctx, yard.operator, yard.supervisor, yard.clock
    open_one = intakes.create_intake(ctx, op, clock, vehicle=bev(1))
    submitted = ready_intake(ctx, op, clock, 2)
    intakes.submit_for_review(ctx, op, clock, submitted)
    certified, number = _certified(yard, 3)
    awaiting = review.review_queue(ctx, sup)
    assert [i.intake_id for i in awaiting] == [submitted]
    assert awaiting[0].status is IntakeStatus.SUBMITTED and awaiting[0].scanned_count == 1
    done = review.review_queue(ctx, sup, queue=QueueFilter.CERTIFIED)
    assert [(i.intake_id, i.certificate_number, i.scanned_count) for i in done] == [(certified, number, 2)]
    assert open_one not in {i.intake_id for i in awaiting + done}
    with pytest.raises(PermissionDenied):
        review.review_queue(ctx, op)


def test_history_gathers_every_audit_row_that_belongs_to_the_intake(yard: Yard) -> None:
    intake_id, number = _certified(yard, 4)
    other, _ = _certified(yard, 5)
    handovers.hand_over_pack(
        yard.ctx,
        yard.operator,
        yard.clock,
        intake_id,
        pack_code=pack_code(41),
        receiver_name="回收企业",
        receiver_uscc=RECEIVER_USCC,
        handed_over_on=date(2026, 6, 1),
    )
    entries = history.intake_history(yard.ctx, yard.operator, intake_id)
    assert [e.action for e in entries] == [
        "create_intake",
        "load_registered_packs",
        "record_scan",
        "record_scan",
        "triage_pack",
        "triage_pack",
        "add_photo",
        "add_photo",
        "add_photo",
        "submit_intake",
        "approve_intake",
        "issue_certificate",
        "reprint_certificate",
        "hand_over_pack",
    ]
    assert [e.seq for e in entries] == sorted(e.seq for e in entries)
    assert {e.actor_name for e in entries} == {"op", "sup"}
    assert entries[-2].entity_id == number
    assert all(other not in e.entity_id for e in entries)  # nothing of the other intake leaks in
    with pytest.raises(NotFound):
        history.intake_history(yard.ctx, yard.operator, "no-such-intake")


def test_stock_lists_packs_held_here_abnormal_first_until_handed_over(yard: Yard) -> None:
    intake_id, _ = _certified(yard, 6)
    held = stock.packs_in_stock(yard.ctx, yard.operator)
    assert [(p.pack_code, p.risk_class, p.location) for p in held] == [
        (pack_code(62), RiskClass.HIGH, "Q-1"),
        (pack_code(61), RiskClass.NORMAL, ""),
    ]
    handovers.hand_over_pack(
        yard.ctx,
        yard.operator,
        yard.clock,
        intake_id,
        pack_code=pack_code(62),
        receiver_name="回收企业",
        receiver_uscc=RECEIVER_USCC,
        handed_over_on=date(2026, 6, 1),
    )
    assert [p.pack_code for p in stock.packs_in_stock(yard.ctx, yard.operator)] == [pack_code(61)]


def test_a_pack_linked_to_another_vehicle_is_not_stock_of_this_one(yard: Yard) -> None:
    ctx, op, clock = yard.ctx, yard.operator, yard.clock
    first = intakes.create_intake(ctx, op, clock, vehicle=bev(7))
    second = intakes.create_intake(ctx, op, clock, vehicle=bev(8))
    packs.record_scan(ctx, op, clock, first, payload=pack_code(71))
    packs.record_scan(ctx, op, clock, second, payload=pack_code(71))  # evidence only: linked to the first
    held = stock.packs_in_stock(ctx, op)
    assert [(p.intake_id, p.pack_code) for p in held] == [(first, pack_code(71))]


def test_photos_and_users_are_read_with_the_right_permission(yard: Yard) -> None:
    intake_id, _ = _certified(yard, 9)
    attached = review.intake_photos(yard.ctx, yard.operator, intake_id)
    assert sorted((p.kind, p.pack_code) for p in attached) == [
        (PhotoKind.BATTERY_LABEL, pack_code(91)),
        (PhotoKind.EXTERIOR, ""),
        (PhotoKind.VIN, ""),
    ]
    label = next(p for p in attached if p.kind is PhotoKind.BATTERY_LABEL)
    assert review.photo_bytes(yard.ctx, yard.operator, label.sha256) == PNG
    with pytest.raises(NotFound):
        review.photo_bytes(yard.ctx, yard.operator, "0" * 64)
    assert [u.username for u in list_users(yard.ctx, yard.admin)] == ["admin", "op", "sup"]
    with pytest.raises(PermissionDenied):
        list_users(yard.ctx, yard.supervisor)
