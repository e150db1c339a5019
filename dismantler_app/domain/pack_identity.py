"""Which pack an identifier other than a GB/T 34014 code names, and when a GB/T 45565 battery is a vehicle's pack.

- An EU battery passport id (:mod:`battery_passport`) names the same battery as a pack read by its GB/T 34014 code
  when the passport's serial (GS1 AI 21) or Catena-X ``partInstanceId`` *is* that code: a maker that prints both
  serialises the passport with the code (an assumption; nothing in Regulation (EU) 2023/1542 or GS1 requires it,
  so a passport whose serial is something else is another pack until the operator says otherwise).
- A GB/T 45565-2025 code names a consumer, light-power or storage battery; car traction packs stay under
  GB/T 34014 (GB/T 45565 clause 1). Such a battery is kept as a vehicle's pack only when it is a light-power pack
  or system (product types F, G) and the vehicle is a light vehicle: an L-category vehicle (Regulation (EU)
  No 168/2013: mopeds, motorcycles, tricycles, quadricycles) or a vehicle type whose words say so. On a car it is
  something else lying in the car (a power bank, an e-bike battery) and is never taken for its traction pack.
"""

from __future__ import annotations

from dismantler_app.domain.battery_passport import PassportId
from dismantler_app.domain.gbt45565 import Gbt45565Code, Level, Segment
from dismantler_app.domain.records import Vehicle

__all__ = ["LIGHT_VEHICLE_WORDS", "gbt45565_is_vehicle_pack", "is_light_vehicle", "passport_names_pack"]

# Words of a vehicle type (GA 802 names as the registration certificate writes them, or the English the yard types)
# that make it a light vehicle. A correction is a change to this table.
LIGHT_VEHICLE_WORDS = (
    "摩托",  # 普通/轻便 二轮/三轮 摩托车
    "电动自行车",
    "低速",  # 低速货车, 低速电动车
    "三轮",
    "四轮电动车",
    "motorcycle",
    "moped",
    "e-bike",
    "scooter",
    "tricycle",
    "quadricycle",
)
_LIGHT_POWER_LEVELS = frozenset({Level.PACK, Level.SYSTEM})


def is_light_vehicle(vehicle: Vehicle) -> bool:
    """An L-category vehicle (class ``L…``) or a vehicle type naming a light vehicle."""
    if vehicle.vehicle_class.strip().upper().startswith("L"):
        return True
    words = vehicle.vehicle_type.casefold()
    return any(word in words for word in LIGHT_VEHICLE_WORDS)


def gbt45565_is_vehicle_pack(code: Gbt45565Code, vehicle: Vehicle) -> bool:
    """True when the battery can be this vehicle's traction battery (see the module's docstring)."""
    return code.segment is Segment.LIGHT_POWER and code.level in _LIGHT_POWER_LEVELS and is_light_vehicle(vehicle)


def passport_names_pack(passport: PassportId, pack_code: str) -> bool:
    """True when the passport is serialised with the pack's GB/T 34014 code (see the module's docstring)."""
    instance = (passport.serial or passport.part_instance_id).strip().upper()
    return bool(instance) and instance == pack_code.strip().upper()
