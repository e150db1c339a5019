"""Which pack a passport id names, and when a GB/T 45565 battery is a vehicle's pack (domain/pack_identity.py)."""

from __future__ import annotations

import pytest
from hypothesis import given

from dismantler_app.domain.battery_passport import parse_passport_id
from dismantler_app.domain.gbt45565 import PRODUCT_TYPES, Level, Segment, parse_gbt45565_code
from dismantler_app.domain.pack_identity import gbt45565_is_vehicle_pack, is_light_vehicle, passport_names_pack
from dismantler_app.domain.records import Vehicle
from tests.strategies import battery_codes

CAR = Vehicle(vin="LSVAB2BR000000019", vehicle_type="小型普通客车", vehicle_class="M1")


@pytest.mark.parametrize(
    ("vehicle_type", "vehicle_class", "light"),
    [
        ("普通二轮摩托车", "", True),
        ("轻便二轮摩托车", "", True),
        ("低速货车", "", True),
        ("Electric Moped", "", True),
        ("", "L3e", True),
        ("", "l1e-B", True),
        ("小型普通客车", "", False),
        ("Passenger car", "M1", False),
        ("", "", False),
    ],
)
def test_a_light_vehicle_is_told_by_its_class_or_type(vehicle_type: str, vehicle_class: str, light: bool) -> None:
    vehicle = Vehicle(vin=CAR.vin, vehicle_type=vehicle_type, vehicle_class=vehicle_class)
    assert is_light_vehicle(vehicle) is light


@pytest.mark.parametrize("letter", sorted(PRODUCT_TYPES))
def test_only_a_light_power_pack_or_system_is_a_light_vehicles_pack(letter: str) -> None:
    code = parse_gbt45565_code(f"0A1B{letter}2611K-000123")
    moped = Vehicle(vin=CAR.vin, vehicle_class="L1e")
    expected = PRODUCT_TYPES[letter] in ((Segment.LIGHT_POWER, Level.PACK), (Segment.LIGHT_POWER, Level.SYSTEM))
    assert gbt45565_is_vehicle_pack(code, moped) is expected
    assert gbt45565_is_vehicle_pack(code, CAR) is False  # never a car's traction pack


@given(battery_codes())
def test_a_catena_x_passport_names_the_pack_whose_code_is_its_instance_id(code: str) -> None:
    assert passport_names_pack(parse_passport_id(f"CX:P60:{code.lower()}"), code)
    assert not passport_names_pack(parse_passport_id(f"CX:P60:{code}X"), code)
    assert not passport_names_pack(parse_passport_id("https://id.gs1.org/01/09506000134352/21/SN1"), code)
