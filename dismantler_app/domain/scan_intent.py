"""Intent before linking: whether a code the camera or scanner read may be linked to the intake being worked on.

A label left in the camera's view is read again and again (issue 12: a pack registered to vehicle 2 was linked to
whatever intake was open, within two seconds of pressing New vehicle). Two rules stop that:

- **Timing.** A read belongs to the intake being worked only if it was first seen after the operator started
  working on it, plus a settle time (:data:`SETTLE`) for the label of the previous vehicle still in view while the
  operator turns the camera away. The camera's confirmation of a code takes about a second of steady reads, so a
  read first seen inside the settle time was in view before the switch.
- **Where the pack belongs.** A pack this intake expects is linked. A pack actively linked to another intake, or
  expected for another intake in work, or registered by head office to another VIN, belongs elsewhere: the outcome
  says where, and nothing is linked unless the operator states deliberately that this pack is in this vehicle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

# Long enough for a label of the previous vehicle to leave the picture and for the confirmation window of the
# camera pipeline (about one second of steady reads) to pass; short enough not to be felt by the operator.
SETTLE = timedelta(seconds=2)


def read_predates_intake(first_seen_at: datetime, working_since: datetime, *, settle: timedelta = SETTLE) -> bool:
    """True when a read was first seen before the intake's work began (plus ``settle``): it must not carry over."""
    return first_seen_at < working_since + settle


class Belonging(StrEnum):
    HERE = "here"  # expected by this intake, or known nowhere else
    LINKED_ELSEWHERE = "linked_elsewhere"  # actively linked to another intake of this yard
    EXPECTED_ELSEWHERE = "expected_elsewhere"  # another intake in work expects it
    REGISTERED_ELSEWHERE = "registered_elsewhere"  # head office registers it to another VIN


@dataclass(frozen=True)
class PackPlace:
    """Where a pack belongs: ``belonging`` plus the other intake and VIN when it is elsewhere."""

    belonging: Belonging
    intake_id: str = ""
    vin: str = ""

    @property
    def elsewhere(self) -> bool:
        return self.belonging is not Belonging.HERE


def place_of_pack(
    *,
    expected_here: bool,
    vin_here: str,
    linked_to: tuple[str, str] | None,
    expected_by: tuple[str, str] | None,
    registered_vins: tuple[str, ...],
) -> PackPlace:
    """Decides where a read pack belongs. ``linked_to`` and ``expected_by`` are (intake id, VIN) of another intake;
    an active link elsewhere wins over everything (one battery, one vehicle), then this intake's own expectation."""
    if linked_to is not None:
        return PackPlace(Belonging.LINKED_ELSEWHERE, *linked_to)
    if expected_here:
        return PackPlace(Belonging.HERE)
    if expected_by is not None:
        return PackPlace(Belonging.EXPECTED_ELSEWHERE, *expected_by)
    others = [vin for vin in registered_vins if vin != vin_here]
    if others and vin_here not in registered_vins:
        return PackPlace(Belonging.REGISTERED_ELSEWHERE, "", others[0])
    return PackPlace(Belonging.HERE)
