"""The demo yard is built through the real services, and each of its vehicles is in the state its name says."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dismantler_app.composition import open_app_context
from dismantler_app.domain.clock import FixedClock
from dismantler_app.domain.eligibility import BlockCode
from dismantler_app.domain.identifiers import parse_uscc
from dismantler_app.domain.records import IntakeStatus
from dismantler_app.services import certificates, demo, intakes, packs, users
from dismantler_app.services.errors import InvalidState, Refusal, Refused
from dismantler_app.services.packs import ScanResult
from tests.services.yard_setup import TEST_HASHER, number_parts


@pytest.fixture
def seeded(tmp_path: Path):
    clock = FixedClock()
    app = open_app_context(tmp_path, clock=clock)
    ctx = dataclasses.replace(app.services, password_hasher=TEST_HASHER)
    yard = demo.seed_demo_yard(ctx, clock)
    yield ctx, clock, yard
    app.close()


def test_every_demo_case_is_in_the_state_and_has_the_verdict_it_is_named_for(seeded) -> None:
    ctx, _clock, yard = seeded
    viewer = yard.users["supervisor"]
    assert set(yard.intakes) == set(demo.DemoCase)
    for case, expected in demo.EXPECTED.items():
        intake = yard.intakes[case]
        verdict = intakes.eligibility(ctx, viewer, intake)
        assert intakes.get_intake(ctx, viewer, intake).status is expected.status, case
        assert verdict.codes() == set(expected.blocks), case
        assert {n.code for n in verdict.notes} == set(expected.notes), case
        assert verdict.eligible == (not expected.blocks), case


def test_each_demo_account_signs_in_with_the_password_shown(seeded) -> None:
    ctx, _clock, _yard = seeded
    for account in demo.DEMO_ACCOUNTS:
        user = users.authenticate(ctx, username=account.username, password=account.password)
        assert user.roles == account.roles


def test_scanning_the_camera_pack_clears_the_missing_pack_block(seeded) -> None:
    ctx, clock, yard = seeded
    op = yard.users["operator"]
    intake = yard.intakes[demo.DemoCase.MISSING_PACK]
    assert intakes.get_intake(ctx, op, intake).vehicle.vin == demo.CAMERA_VIN
    outcome = packs.record_scan(ctx, op, clock, intake, payload=demo.CAMERA_PACK)
    assert outcome.result is ScanResult.PACK_RECORDED and outcome.expected is True
    assert "pack_missing" not in {c.value for c in intakes.eligibility(ctx, op, intake).codes()}


def test_the_mismatch_is_refused_until_a_supervisor_resolves_it_then_certifies(seeded) -> None:
    ctx, clock, yard = seeded
    sup = yard.users["supervisor"]
    intake = yard.intakes[demo.DemoCase.MISMATCHED_PACK]
    with pytest.raises(Refused) as refused:  # a submitted mismatch waits for the supervisor, it is not approved
        intakes.approve(ctx, sup, clock, intake)
    assert refused.value.reason is Refusal.BLOCKED
    assert [b.code for b in refused.value.blockers] == [BlockCode.PACK_MISMATCH]
    with pytest.raises(InvalidState):  # never approved, so never certifiable
        certificates.issue_certificate(ctx, sup, clock, intake)
    facts = intakes.intake_facts(ctx, sup, intake)
    packs.resolve_mismatch(
        ctx,
        sup,
        clock,
        intake,
        expected_code=facts.expected.codes[0],
        scanned_code=facts.scanned[0].code,
        document_ref="维修单 R-2024-0815",
    )
    intakes.approve(ctx, sup, clock, intake)
    record = certificates.issue_certificate(ctx, sup, clock, intake)
    assert number_parts(record.number)[:2] == ("DEMO", 2026)


def test_the_complete_vehicle_certifies_at_once_and_the_ice_car_already_has_its_certificate(seeded) -> None:
    ctx, clock, yard = seeded
    sup = yard.users["supervisor"]
    record = certificates.issue_certificate(ctx, sup, clock, yard.intakes[demo.DemoCase.COMPLETE_NEV])
    assert record.number not in yard.certificate_numbers
    ice = certificates.get_certificate(ctx, sup, yard.certificate_numbers[0])
    assert ice.intake_id == yard.intakes[demo.DemoCase.ICE_VEHICLE]
    status = intakes.get_intake(ctx, sup, yard.intakes[demo.DemoCase.COMPLETE_NEV]).status
    assert status is IntakeStatus.CERTIFIED


def test_a_yard_already_set_up_is_not_seeded_twice(seeded) -> None:
    ctx, clock, _yard = seeded
    with pytest.raises(InvalidState):
        demo.seed_demo_yard(ctx, clock)


def test_the_demo_identifiers_pass_the_real_parsers() -> None:
    assert parse_uscc(demo.DEMO_YARD.uscc).code == demo.DEMO_YARD.uscc
    assert parse_uscc(demo.DEMO_RECEIVER_USCC).code == demo.DEMO_RECEIVER_USCC
    assert intakes.normalise_vin(demo.CAMERA_VIN) == demo.CAMERA_VIN
