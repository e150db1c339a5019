"""Codes read from printed text (OCR): a battery code links without a question only when the vehicle expects it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dismantler_app.domain.scan_intent import SETTLE
from dismantler_app.services import intakes, packs
from dismantler_app.services.errors import Refusal, Refused
from dismantler_app.services.packs import ScanResult, ScanSource
from dismantler_app.storage.outbox import list_events
from tests.services.yard_setup import Yard, bev, pack_code


def _scanned(yard: Yard, intake: str) -> list[str]:
    return [p.code for p in intakes.intake_facts(yard.ctx, yard.operator, intake).scanned]


def _written(yard: Yard) -> tuple[int, int, int]:
    with yard.store.read() as session:
        return (
            session.scalar("SELECT count(*) FROM audit_log"),
            session.scalar("SELECT count(*) FROM scanned_packs"),
            session.scalar("SELECT count(*) FROM pack_links WHERE unlinked_at IS NULL"),
        )


def _scan_sources(yard: Yard) -> list[tuple[str, str]]:
    with yard.store.read() as session:
        events = [e for e in list_events(session, limit=100_000) if e.type == "pack.scanned"]
    return [(e.payload["code"], e.payload["source"]) for e in events]


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


def test_the_source_of_each_scan_goes_with_its_record_to_head_office(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(36))
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, intake, codes=[pack_code(36)])

    packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(36), source=ScanSource.TEXT)
    packs.confirm_text_scan(yard.ctx, yard.operator, yard.clock, intake, code=pack_code(37))
    packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(38))

    assert _scan_sources(yard) == [
        (pack_code(36), "text"),
        (pack_code(37), "text_confirmed"),
        (pack_code(38), "symbol"),
    ]


def test_a_text_read_while_no_intake_is_worked_is_refused_like_any_read(yard: Yard) -> None:
    before = _written(yard)
    for read in (
        lambda: packs.record_scan(yard.ctx, yard.operator, yard.clock, None, payload=pack_code(1), source="text"),
        lambda: packs.confirm_text_scan(yard.ctx, yard.operator, yard.clock, None, code=pack_code(1)),
    ):
        with pytest.raises(Refused) as refused:
            read()
        assert refused.value.reason is Refusal.NO_INTAKE
    assert _written(yard) == before


def test_an_expected_code_read_as_text_before_the_switch_is_refused_and_so_is_its_confirmation(yard: Yard) -> None:
    switched_at = yard.clock.now()
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(40))
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, intake, codes=[pack_code(40)])
    early = switched_at + SETTLE - timedelta(milliseconds=1)
    before = _written(yard)

    with pytest.raises(Refused) as refused:
        packs.record_scan(
            yard.ctx,
            yard.operator,
            yard.clock,
            intake,
            payload=pack_code(40),
            source=ScanSource.TEXT,
            first_seen_at=early,
            working_since=switched_at,
        )
    assert refused.value.reason is Refusal.READ_BEFORE_INTAKE
    with pytest.raises(Refused) as refused:
        packs.confirm_text_scan(
            yard.ctx,
            yard.operator,
            yard.clock,
            intake,
            code=pack_code(40),
            first_seen_at=early,
            working_since=switched_at,
        )
    assert refused.value.reason is Refusal.READ_BEFORE_INTAKE
    assert _written(yard) == before


def test_a_text_read_of_a_pack_linked_to_another_vehicle_is_not_linked_even_when_confirmed(yard: Yard) -> None:
    first = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(41))
    packs.record_scan(yard.ctx, yard.operator, yard.clock, first, payload=pack_code(41))
    second = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(42))
    # head office names the pack for this vehicle too: the text rule alone would let it through
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, second, codes=[pack_code(41)])
    before = _written(yard)

    read = packs.record_scan(yard.ctx, yard.operator, yard.clock, second, payload=pack_code(41), source="text")
    confirmed = packs.confirm_text_scan(yard.ctx, yard.operator, yard.clock, second, code=pack_code(41))

    assert read.result is ScanResult.PACK_BELONGS_ELSEWHERE
    assert confirmed.result is ScanResult.PACK_BELONGS_ELSEWHERE
    assert (confirmed.other_intake_id, confirmed.other_vin) == (first, bev(41).vin)
    assert _written(yard) == before
    assert _scanned(yard, second) == []
