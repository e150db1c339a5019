"""Which blockers stop which step, what a triage must answer, and where a read pack belongs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.domain.eligibility import BlockCode, Eligibility, Reason
from dismantler_app.domain.intake_gates import SUPERVISOR_RESOLVES, Step, blockers_for, missing_triage_fields
from dismantler_app.domain.policy import default_policy
from dismantler_app.domain.records import DamageFlag, Market, RiskClass, Triage
from dismantler_app.domain.scan_intent import SETTLE, Belonging, place_of_pack, read_predates_intake

CN = default_policy(Market.CN)


def _verdict(*codes: BlockCode) -> Eligibility:
    return Eligibility(tuple(Reason(code) for code in codes))


def test_submit_waits_only_for_the_operator_and_approve_and_certify_for_everything() -> None:
    verdict = _verdict(BlockCode.PACK_MISMATCH, BlockCode.PHOTO_MISSING, BlockCode.DECLARATION_UNCONFIRMED)
    assert [r.code for r in blockers_for(verdict, Step.SUBMIT)] == [BlockCode.PHOTO_MISSING]
    assert blockers_for(verdict, Step.APPROVE) == verdict.reasons
    assert blockers_for(verdict, Step.CERTIFY) == verdict.reasons
    assert blockers_for(_verdict(BlockCode.PACK_MISMATCH), Step.SUBMIT) == ()


@given(st.sets(st.sampled_from(list(BlockCode))))
def test_every_blocker_stops_approval_and_only_the_supervisors_pass_submission(codes: set[BlockCode]) -> None:
    verdict = _verdict(*sorted(codes))
    assert {r.code for r in blockers_for(verdict, Step.APPROVE)} == codes
    assert {r.code for r in blockers_for(verdict, Step.SUBMIT)} == codes - SUPERVISOR_RESOLVES


def test_a_blank_triage_names_every_field_and_a_complete_one_none() -> None:
    assert missing_triage_fields(Triage(pack_code="P"), CN) == (
        "visible_damage",
        "leak",
        "swelling",
        "temperature_c",
        "voltage_v",
        "insulation_mohm",
        "risk_class",
    )
    complete = Triage.answered("P", risk_class=RiskClass.NORMAL, temperature_c=20.0, voltage_v=1.0, insulation_mohm=1.0)
    assert missing_triage_fields(complete, CN) == ()
    assert missing_triage_fields(replace(complete, risk_class=None), CN) == ("risk_class",)
    relaxed = replace(CN, triage_requires_voltage=False, triage_requires_insulation=False)
    assert missing_triage_fields(replace(complete, voltage_v=None, insulation_mohm=None), relaxed) == ()


def test_a_sign_answered_yes_is_both_checked_and_damage() -> None:
    triage = Triage.answered("P", risk_class=RiskClass.HIGH, temperature_c=55.0, leak=True)
    assert triage.damage == {DamageFlag.LEAK}
    assert triage.checked == {DamageFlag.VISIBLE_DAMAGE, DamageFlag.LEAK, DamageFlag.SWELLING}


NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


@given(st.integers(min_value=-600_000, max_value=600_000))
def test_a_read_counts_only_when_first_seen_after_the_switch_and_the_settle_time(offset_ms: int) -> None:
    first_seen = NOW + timedelta(milliseconds=offset_ms)
    assert read_predates_intake(first_seen, NOW) is (first_seen < NOW + SETTLE)


def test_an_active_link_elsewhere_wins_then_this_intakes_expectation_then_the_others() -> None:
    linked = place_of_pack(
        expected_here=True, vin_here="V1", linked_to=("i2", "V2"), expected_by=("i3", "V3"), registered_vins=()
    )
    assert (linked.belonging, linked.intake_id, linked.vin) == (Belonging.LINKED_ELSEWHERE, "i2", "V2")
    here = place_of_pack(
        expected_here=True, vin_here="V1", linked_to=None, expected_by=("i3", "V3"), registered_vins=("V9",)
    )
    assert here.belonging is Belonging.HERE and not here.elsewhere
    expected = place_of_pack(
        expected_here=False, vin_here="V1", linked_to=None, expected_by=("i3", "V3"), registered_vins=()
    )
    assert (expected.belonging, expected.intake_id) == (Belonging.EXPECTED_ELSEWHERE, "i3")
    registered = place_of_pack(
        expected_here=False, vin_here="V1", linked_to=None, expected_by=None, registered_vins=("V9",)
    )
    assert (registered.belonging, registered.vin) == (Belonging.REGISTERED_ELSEWHERE, "V9")
    ours = place_of_pack(expected_here=False, vin_here="V1", linked_to=None, expected_by=None, registered_vins=("V1",))
    assert ours.belonging is Belonging.HERE
    unknown = place_of_pack(expected_here=False, vin_here="V1", linked_to=None, expected_by=None, registered_vins=())
    assert unknown.belonging is Belonging.HERE
