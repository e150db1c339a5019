"""The other user actions: photos, handover, deadlines, search, user management, and the outbox's atomicity."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum.cn import uscc

from dismantler_app.domain.deadlines import DeadlineStatus
from dismantler_app.domain.records import PhotoKind, Role
from dismantler_app.services import certificates, handovers, intakes, packs, photos, queries, users
from dismantler_app.services.errors import AuthenticationFailed, InvalidInput, PermissionDenied
from dismantler_app.storage.outbox import list_events
from tests.services.yard_setup import (
    PASSWORD,
    Yard,
    add_required_photos,
    bev,
    complete_documents,
    measured,
    number_parts,
    pack_code,
    ready_intake,
)

RECEIVER_USCC = "91310000MA1K" + "00000" + uscc.calc_check_digit("91310000MA1K00000")
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4


def _certified(yard: Yard, serial: int) -> str:
    op, sup, clock, ctx = yard.operator, yard.supervisor, yard.clock, yard.ctx
    intake = intakes.create_intake(ctx, op, clock, vehicle=bev(serial), documents=complete_documents())
    packs.record_scan(ctx, op, clock, intake, payload=pack_code(serial))
    packs.declare_expected_packs(ctx, op, clock, intake, count=1)
    packs.confirm_declared_packs(ctx, sup, clock, intake)
    packs.triage_pack(ctx, op, clock, intake, triage=measured(pack_code(serial)))
    add_required_photos(ctx, op, clock, intake)
    intakes.submit_for_review(ctx, op, clock, intake)
    intakes.approve(ctx, sup, clock, intake)
    certificates.issue_certificate(ctx, sup, clock, intake)
    return intake


def test_a_photo_is_stored_once_under_its_sha256_however_often_it_is_added(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))

    first = photos.add_photo(yard.ctx, yard.operator, yard.clock, intake, data=JPEG, kind=PhotoKind.EXTERIOR)
    again = photos.add_photo(yard.ctx, yard.operator, yard.clock, intake, data=JPEG, kind=PhotoKind.EXTERIOR)

    assert first == again
    assert yard.ctx.photos.read(first) == JPEG
    assert len(list(yard.ctx.photos.root.rglob("*"))) == 2  # one folder, one file
    with pytest.raises(InvalidInput):
        photos.add_photo(yard.ctx, yard.operator, yard.clock, intake, data=b"text", kind=PhotoKind.VIN)


def test_handover_needs_a_valid_receiver_uscc_and_starts_a_15_working_day_deadline(yard: Yard) -> None:
    intake = _certified(yard, 2)
    with pytest.raises(InvalidInput) as bad:
        handovers.hand_over_pack(
            yard.ctx, yard.operator, yard.clock, intake, pack_code=pack_code(2), receiver_name="回收公司",
            receiver_uscc="91310000MA1K000001", handed_over_on=date(2026, 6, 1),
        )  # fmt: skip
    assert bad.value.field == "receiver_uscc"

    handovers.hand_over_pack(
        yard.ctx, yard.operator, yard.clock, intake, pack_code=pack_code(2), receiver_name="回收公司",
        receiver_uscc=RECEIVER_USCC, handed_over_on=date(2026, 6, 1),
    )  # fmt: skip
    due = queries.list_deadlines(yard.ctx, yard.operator, yard.clock)

    assert {d.kind.value for d in due} == {"vehicle_scrapped", "pack_outbound"}
    # 2026-06-01 is a Monday; the Dragon Boat Festival (2026-06-19) is a holiday, so 15 working days end on 06-23.
    assert {d.due for d in due} == {date(2026, 6, 23)}
    yard.clock.advance(days=30)
    assert {d.status for d in queries.list_deadlines(yard.ctx, yard.operator, yard.clock)} == {DeadlineStatus.OVERDUE}


def test_a_recorded_report_drops_off_the_deadline_list(yard: Yard) -> None:
    _certified(yard, 3)
    [item] = queries.list_deadlines(yard.ctx, yard.operator, yard.clock)

    handovers.record_report(
        yard.ctx, yard.supervisor, yard.clock, kind="certificate", subject=item.subject, reported_on=date(2026, 6, 2)
    )

    assert queries.list_deadlines(yard.ctx, yard.operator, yard.clock) == []


def test_search_finds_an_intake_by_vin_plate_pack_code_and_certificate_number(yard: Yard) -> None:
    intake = _certified(yard, 4)
    number = queries.search(yard.ctx, yard.operator, vin=bev(4).vin)[0].certificate_number
    assert number_parts(number) == ("SH01", 2026, 1)

    for criteria in (
        {"vin": bev(4).vin.lower()},
        {"plate": bev(4).plate},
        {"pack_code": pack_code(4)},
        {"certificate_number": number},
        {"created_from": date(2026, 6, 1), "created_to": date(2026, 6, 1)},
    ):
        assert [h.intake_id for h in queries.search(yard.ctx, yard.operator, **criteria)] == [intake], criteria
    assert queries.search(yard.ctx, yard.operator, created_from=date(2026, 6, 2)) == []


def test_a_disabled_user_can_neither_sign_in_nor_act(yard: Yard) -> None:
    users.disable_user(yard.ctx, yard.admin, yard.clock, user_id=yard.operator.id)

    with pytest.raises(AuthenticationFailed):
        users.authenticate(yard.ctx, username="op", password=PASSWORD)
    with pytest.raises(PermissionDenied):
        intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(5))


def test_roles_changed_after_sign_in_take_effect_at_once(yard: Yard) -> None:
    signed_in = users.authenticate(yard.ctx, username="op", password=PASSWORD)
    intake = ready_intake(yard.ctx, signed_in, yard.clock, 6)
    intakes.submit_for_review(yard.ctx, signed_in, yard.clock, intake)
    with pytest.raises(PermissionDenied):
        packs.confirm_declared_packs(yard.ctx, signed_in, yard.clock, intake)

    users.set_roles(yard.ctx, yard.admin, yard.clock, user_id=signed_in.id, roles=frozenset({Role.SUPERVISOR}))
    packs.confirm_declared_packs(yard.ctx, signed_in, yard.clock, intake)
    intakes.approve(yard.ctx, signed_in, yard.clock, intake)

    assert intakes.get_intake(yard.ctx, signed_in, intake).status.value == "approved"


def test_a_refused_action_leaves_no_audit_row_and_no_outbox_event(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(8))
    with yard.store.read() as session:
        before = (session.scalar("SELECT count(*) FROM audit_log"), len(list_events(session)))

    with pytest.raises(InvalidInput):
        packs.resolve_mismatch(
            yard.ctx, yard.supervisor, yard.clock, intake,
            expected_code=pack_code(8), scanned_code=pack_code(9), document_ref="WO-1",
        )  # fmt: skip

    with yard.store.read() as session:
        assert (session.scalar("SELECT count(*) FROM audit_log"), len(list_events(session))) == before


def test_search_by_date_uses_the_yards_local_day_not_the_utc_one(yard: Yard) -> None:
    yard.clock.advance(hours=15, minutes=30)  # 2026-06-01 23:30 UTC is 2026-06-02 07:30 in Shanghai
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(12))

    hits = queries.search(yard.ctx, yard.operator, created_from=date(2026, 6, 2), created_to=date(2026, 6, 2))
    assert [(h.intake_id, h.created_on) for h in hits] == [(intake, date(2026, 6, 2))]
    assert queries.search(yard.ctx, yard.operator, created_to=date(2026, 6, 1)) == []


def test_search_says_when_the_certificate_number_found_was_voided(yard: Yard) -> None:
    intake = _certified(yard, 13)
    number = queries.search(yard.ctx, yard.operator, vin=bev(13).vin)[0].certificate_number
    assert queries.search(yard.ctx, yard.operator, vin=bev(13).vin)[0].certificate_state == "issued"

    certificates.void_certificate(yard.ctx, yard.supervisor, yard.clock, number, reason="wrong plate")

    (hit,) = queries.search(yard.ctx, yard.operator, certificate_number=number)
    assert (hit.intake_id, hit.certificate_number, hit.certificate_state) == (intake, number, "voided")
