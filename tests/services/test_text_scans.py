"""Codes read from printed text (OCR): a battery code links without a question only when the vehicle expects it."""

from __future__ import annotations

from dismantler_app.services import intakes, packs
from dismantler_app.services.packs import ScanResult, ScanSource
from tests.services.yard_setup import Yard, bev, pack_code


def _scanned(yard: Yard, intake: str) -> list[str]:
    return [p.code for p in intakes.intake_facts(yard.ctx, yard.operator, intake).scanned]


def test_a_text_read_battery_code_among_the_expected_codes_is_linked(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(30))
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, intake, codes=[pack_code(30)])

    outcome = packs.record_scan(
        yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(30), source=ScanSource.TEXT
    )

    assert outcome.result is ScanResult.PACK_RECORDED
    assert outcome.expected is True
    assert _scanned(yard, intake) == [pack_code(30)]


def test_a_text_read_battery_code_not_expected_is_only_a_suggestion_until_the_operator_confirms(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(31))
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, intake, codes=[pack_code(31)])
    misread = pack_code(32)  # one serial digit off: a plausible OCR misread that passes the grammar

    outcome = packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=misread, source="text")

    assert outcome.result is ScanResult.TEXT_SUGGESTED
    assert outcome.expected is False
    assert _scanned(yard, intake) == []

    confirmed = packs.confirm_text_scan(yard.ctx, yard.operator, yard.clock, intake, code=misread)

    assert confirmed.result is ScanResult.PACK_RECORDED
    assert _scanned(yard, intake) == [misread]


def test_a_text_read_battery_code_with_no_expected_codes_is_a_suggestion(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(33))

    outcome = packs.record_scan(
        yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(33), source=ScanSource.TEXT
    )

    assert outcome.result is ScanResult.TEXT_SUGGESTED
    assert _scanned(yard, intake) == []


def test_a_symbol_read_is_recorded_as_before_without_expected_codes(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(34))

    outcome = packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(34))

    assert outcome.result is ScanResult.PACK_RECORDED


def test_a_text_read_vin_counts_only_with_a_valid_check_digit(yard: Yard) -> None:
    vehicle = bev(35)
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=vehicle)
    good = vehicle.vin
    wrong_check = good[:8] + ("0" if good[8] != "0" else "1") + good[9:]

    refused = packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=wrong_check, source="text")
    matched = packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=good, source="text")

    assert refused.result is ScanResult.TEXT_SUGGESTED
    assert matched.result is ScanResult.VIN_MATCHES
