"""The yard's policy: the settings the certificate rule reads, with the 2026 strict rule as the default.

Evidence for the defaults: China's Interim Measures on waste NEV power batteries (in force 2026-04-01) make an NEV
handed over without its traction battery a *vehicle-missing* case, and MOFCOM Implementation Rules 2020 Art. 20 give
a vehicle-missing case no scrapping certificate. The pre-2026 owner-statement path stays available only as a setting,
off by default. Every field is data so that a correction is a settings change, not a code change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum

from dismantler_app.domain.records import DocumentKind, Market


class HevHandling(StrEnum):
    """What the rule does with the (small) traction pack of a non-plug-in hybrid."""

    BLOCK_IF_REGISTERED = "block_if_registered"  # block only when head office registered packs for this VIN
    RECORD_ONLY = "record_only"  # packs are recorded but never block
    AS_NEV = "as_nev"  # treat like a new-energy vehicle


@dataclass(frozen=True)
class Policy:
    market: Market = Market.CN
    # The 2026 rule: a missing traction pack blocks the certificate. Turning it off is for yards outside its scope.
    battery_rule: bool = True
    owner_statement_allowed: bool = False
    swap_model_exempt: bool = True
    hev_handling: HevHandling = HevHandling.BLOCK_IF_REGISTERED
    # ISO 3779 makes the check digit mandatory for China and North America and optional in the EU.
    vin_check_digit_blocks: bool = True
    required_documents: frozenset[DocumentKind] = field(
        default_factory=lambda: frozenset(
            {DocumentKind.OWNER_ID, DocumentKind.REGISTRATION_CERTIFICATE, DocumentKind.DRIVING_LICENCE}
        )
    )
    require_mortgage_check: bool = True
    require_theft_check: bool = True
    # Intake step 5: every traction pack is triaged; abnormal packs must have a quarantine location.
    require_triage: bool = True
    # Receivers must be on the white list (2018 traceability rules: OEM outlets, compliant cascade-use and listed
    # comprehensive-utilisation enterprises); enforced once head office's list has reached the yard.
    require_white_listed_receiver: bool = True
    # Markets the yard reports to besides its own (domain/regulatory.py): off by default, so a Chinese yard makes no
    # NMVTIS file and no CoD register unless an admin turns the market on.
    extra_report_markets: frozenset[Market] = frozenset()

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, frozenset):
                value = sorted(v.value for v in value)
            elif isinstance(value, StrEnum):
                value = value.value
            out[f.name] = value
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Policy:
        """Reads a stored policy; unknown keys are ignored so that older apps can read newer settings."""
        base = default_policy(Market(str(data.get("market", Market.CN.value))))
        changes: dict[str, object] = {}
        for f in fields(cls):
            if f.name not in data or f.name == "market":
                continue
            raw = data[f.name]
            if f.name == "hev_handling":
                changes[f.name] = HevHandling(str(raw))
            elif f.name == "required_documents":
                changes[f.name] = frozenset(DocumentKind(str(v)) for v in raw)  # type: ignore[union-attr]
            elif f.name == "extra_report_markets":
                changes[f.name] = frozenset(Market(str(v)) for v in raw)  # type: ignore[union-attr]
            else:
                changes[f.name] = bool(raw)
        return replace(base, **changes)


def default_policy(market: Market) -> Policy:
    return Policy(market=market, vin_check_digit_blocks=market is not Market.EU)
