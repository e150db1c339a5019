"""Battery passport ids and GB/T 45565 codes read at the intake being worked on, on a real SQLite yard: kept beside a
GB/T 34014 pack or as a pack of their own, audited, sent to head office; the scan rules of record_scan (no intake,
read before the switch, belongs elsewhere) hold for them; a GB/T 45565 battery is a vehicle's pack only on a light
vehicle."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest

from dismantler_app.domain.records import Market, Powertrain, Vehicle
from dismantler_app.domain.scan_intent import SETTLE, Belonging
from dismantler_app.services import intakes, packs
from dismantler_app.services.errors import InvalidInput, Refusal, Refused
from dismantler_app.services.pack_identifiers import PackIdResult, record_gbt45565_scan, record_passport_scan
from dismantler_app.services.packs import ScanResult
from dismantler_app.storage.audit_check import verify_audit_chain
from dismantler_app.storage.outbox import list_events
from tests.services.yard_setup import YARD, Yard, bev, open_yard, pack_code

LABEL = "https://dpp.example-battery.eu/p/01/09506000134352/21/SN0001?17=351231"
PASSPORT = "https://id.gs1.org/01/09506000134352/21/SN0001"
GBT45565_PACK = "0A1BF2611K-000123"  # F: light-power pack
GBT45565_STORAGE = "0A1BK2611K-000777"  # K: energy-storage system


@pytest.fixture
def eu_yard(tmp_path: Path):
    opened = open_yard(tmp_path, profile=dataclasses.replace(YARD, market=Market.EU, code="HH01"))
    yield opened
    opened.close()


def _rows(yard: Yard) -> list[tuple[str, str]]:
    with yard.store.read() as session:
        return [(r["code"], r["passport_id"]) for r in session.all("SELECT code, passport_id FROM scanned_packs")]


def _events(yard: Yard, kind: str) -> list[dict]:
    with yard.store.read() as session:
        return [dict(e.payload) for e in list_events(session, limit=10_000) if e.type == kind]


def _active_links(yard: Yard) -> list[tuple[str, str]]:
    with yard.store.read() as session:
        rows = session.all("SELECT code, intake_id FROM pack_links WHERE unlinked_at IS NULL")
    return [(r["code"], r["intake_id"]) for r in rows]


def test_an_eu_pack_with_only_a_passport_is_recorded_by_its_passport_linked_audited_and_sent(eu_yard: Yard) -> None:
    y = eu_yard
    intake = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(1))
    outcome = record_passport_scan(y.ctx, y.operator, y.clock, intake, payload=f" ]Q1{LABEL}\r\n")
    assert (outcome.result, outcome.code, outcome.pack_code) == (PackIdResult.PACK_RECORDED, PASSPORT, PASSPORT)
    assert _rows(y) == [(PASSPORT, PASSPORT)]
    assert _active_links(y) == [(PASSPORT, intake)]
    [scanned] = _events(y, "pack.scanned")
    assert (scanned["code"], scanned["result"], scanned["code_kind"]) == (PASSPORT, "pack_recorded", "battery_passport")
    [recorded] = _events(y, "pack.passport_recorded")
    assert (recorded["passport_id"], recorded["pack_code"], recorded["intake_id"]) == (PASSPORT, PASSPORT, intake)
    assert recorded["link"] == LABEL  # as read, without the symbology identifier

    again = record_passport_scan(y.ctx, y.operator, y.clock, intake, payload=PASSPORT)  # another resolver's form
    assert again.result is PackIdResult.PASSPORT_ALREADY_KEPT and again.pack_code == PASSPORT
    assert len(_events(y, "pack.passport_recorded")) == 1 and len(_rows(y)) == 1
    assert verify_audit_chain(y.store).ok
    with y.store.read() as session:
        actions = [r["action"] for r in session.all("SELECT action FROM audit_log ORDER BY seq")]
    assert [a for a in actions if a in ("record_scan", "set_pack_passport_id")] == [
        "record_scan",
        "set_pack_passport_id",
    ]


def test_a_passport_serialised_with_a_scanned_gbt34014_code_is_kept_beside_it(eu_yard: Yard) -> None:
    y = eu_yard
    intake = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(2))
    code = pack_code(2)
    cx = f"cx:BAT-P60:{code}"
    # the GUI records the pack code found inside first (record_scan, unchanged), then the passport
    assert packs.record_scan(y.ctx, y.operator, y.clock, intake, payload=cx).result is ScanResult.PACK_RECORDED
    outcome = record_passport_scan(y.ctx, y.operator, y.clock, intake, payload=cx)
    assert (outcome.result, outcome.code, outcome.pack_code) == (PackIdResult.PASSPORT_KEPT, f"CX:BAT-P60:{code}", code)
    assert _rows(y) == [(code, f"CX:BAT-P60:{code}")]
    assert [e["pack_code"] for e in _events(y, "pack.passport_recorded")] == [code]


def test_a_passport_naming_a_pack_this_intake_does_not_hold_is_kept_nowhere(eu_yard: Yard) -> None:
    y = eu_yard
    intake = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(3))
    outcome = record_passport_scan(y.ctx, y.operator, y.clock, intake, payload=f"CX:BAT-P60:{pack_code(99)}")
    assert outcome.result is PackIdResult.PASSPORT_PACK_NOT_HERE
    assert _rows(y) == [] and _events(y, "pack.passport_recorded") == []


def test_the_scan_rules_hold_for_a_passport(eu_yard: Yard) -> None:
    y = eu_yard
    for nothing in (None, ""):
        with pytest.raises(Refused) as refused:
            record_passport_scan(y.ctx, y.operator, y.clock, nothing, payload=LABEL)
        assert refused.value.reason is Refusal.NO_INTAKE
    switched_at = y.clock.now()
    first = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(4))
    with pytest.raises(Refused) as refused:
        record_passport_scan(
            y.ctx, y.operator, y.clock, first, payload=LABEL, first_seen_at=switched_at, working_since=switched_at
        )
    assert refused.value.reason is Refusal.READ_BEFORE_INTAKE
    with pytest.raises(InvalidInput) as invalid:
        record_passport_scan(y.ctx, y.operator, y.clock, first, payload=LABEL.replace("4352", "4353"))
    assert (invalid.value.field, invalid.value.reason) == ("payload", "bad_check_digit")
    assert _rows(y) == []

    fresh = record_passport_scan(
        y.ctx, y.operator, y.clock, first, payload=LABEL, first_seen_at=switched_at + SETTLE, working_since=switched_at
    )
    assert fresh.result is PackIdResult.PACK_RECORDED
    second = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(5))
    stray = record_passport_scan(y.ctx, y.operator, y.clock, second, payload=LABEL)
    assert stray.result is PackIdResult.PACK_BELONGS_ELSEWHERE
    assert stray.place is not None and (stray.place.belonging, stray.place.intake_id) == (
        Belonging.LINKED_ELSEWHERE,
        first,
    )
    with pytest.raises(Refused) as unsaid:
        record_passport_scan(y.ctx, y.operator, y.clock, second, payload=LABEL, deliberate=True, reason=" ")
    assert (unsaid.value.reason, unsaid.value.field) == (Refusal.REQUIRED, "reason")
    meant = record_passport_scan(
        y.ctx, y.operator, y.clock, second, payload=LABEL, deliberate=True, reason="pack swapped in from the car"
    )
    assert meant.result is PackIdResult.PACK_LINKED_ELSEWHERE  # evidence only: one battery, one vehicle
    assert _active_links(y) == [(PASSPORT, first)]


def test_a_passport_pack_is_unlinked_by_its_passport_id(eu_yard: Yard) -> None:
    y = eu_yard
    intake = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(6))
    record_passport_scan(y.ctx, y.operator, y.clock, intake, payload=LABEL)
    packs.unlink_pack(y.ctx, y.operator, y.clock, intake, code=LABEL, reason="read from the next car's pack")
    assert _active_links(y) == [] and _rows(y) == []


def _e_motorcycle(serial: int) -> Vehicle:
    return dataclasses.replace(bev(serial), vehicle_type="普通二轮摩托车", powertrain=Powertrain.BEV)


def test_a_gbt45565_light_power_pack_is_kept_on_a_light_vehicle(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=_e_motorcycle(7))
    outcome = record_gbt45565_scan(yard.ctx, yard.operator, yard.clock, intake, payload=" 0a1bf2611k-000123\r\n")
    assert (outcome.result, outcome.code) == (PackIdResult.PACK_RECORDED, GBT45565_PACK)
    assert outcome.fields["segment"] == "light_power" and outcome.fields["level"] == "pack"
    assert _rows(yard) == [(GBT45565_PACK, "")]
    assert _active_links(yard) == [(GBT45565_PACK, intake)]
    [scanned] = _events(yard, "pack.scanned")
    assert (scanned["code"], scanned["code_kind"]) == (GBT45565_PACK, "gbt45565")
    again = record_gbt45565_scan(yard.ctx, yard.operator, yard.clock, intake, payload=GBT45565_PACK)
    assert again.result is PackIdResult.PACK_ALREADY_SCANNED


@pytest.mark.parametrize(
    ("vehicle", "payload"),
    [
        (bev(8), GBT45565_PACK),  # a car: an e-bike pack lying in it is not its traction battery
        (_e_motorcycle(8), GBT45565_STORAGE),  # a storage system is no vehicle's pack
    ],
)
def test_a_gbt45565_battery_that_is_not_the_vehicles_pack_is_named_and_nothing_is_written(
    yard: Yard, vehicle: Vehicle, payload: str
) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=vehicle)
    with yard.store.read() as session:
        audit_before = session.scalar("SELECT count(*) FROM audit_log")
    outcome = record_gbt45565_scan(yard.ctx, yard.operator, yard.clock, intake, payload=payload)
    assert (outcome.result, outcome.code) == (PackIdResult.NOT_A_VEHICLE_PACK, payload)
    assert outcome.fields["standard"] == "GB/T 45565-2025"
    assert _rows(yard) == []
    with yard.store.read() as session:
        assert session.scalar("SELECT count(*) FROM audit_log") == audit_before


def test_a_gbt45565_read_follows_the_scan_rules(yard: Yard) -> None:
    with pytest.raises(Refused):
        record_gbt45565_scan(yard.ctx, yard.operator, yard.clock, None, payload=GBT45565_PACK)
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=_e_motorcycle(9))
    early = yard.clock.now() - timedelta(seconds=1)
    with pytest.raises(Refused) as refused:
        record_gbt45565_scan(
            yard.ctx, yard.operator, yard.clock, intake, payload=GBT45565_PACK, first_seen_at=early,
            working_since=yard.clock.now(),
        )  # fmt: skip
    assert refused.value.reason is Refusal.READ_BEFORE_INTAKE
    with pytest.raises(InvalidInput):
        record_gbt45565_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(9))
    assert _rows(yard) == []
