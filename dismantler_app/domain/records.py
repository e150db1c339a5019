"""The records of a yard as plain values: yards, users, intakes, vehicles, packs, triage, certificates.

These are the shapes the rule reads and the services pass around; the store maps them to tables. Identifiers are
``NewType`` strings (UUID hex for rows that travel to head office, so two yards never mint the same one).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NewType

YardId = NewType("YardId", str)
UserId = NewType("UserId", str)
IntakeId = NewType("IntakeId", str)
PackCode = NewType("PackCode", str)
VinText = NewType("VinText", str)
CertificateNumber = NewType("CertificateNumber", str)
PhotoHash = NewType("PhotoHash", str)


class Market(StrEnum):
    CN = "cn"
    EU = "eu"
    US = "us"


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Powertrain(StrEnum):
    # Not chosen yet: a vehicle opened from its VIN alone. The operator chooses; until then submitting, approving and
    # certifying are blocked (``BlockCode.POWERTRAIN_NOT_CHOSEN``), since the battery rule depends on it (issue 12).
    UNKNOWN = "unknown"
    ICE = "ice"
    HEV = "hev"
    PHEV = "phev"
    EREV = "erev"
    BEV = "bev"
    FCEV = "fcev"

    @property
    def is_new_energy(self) -> bool:
        """BEV, PHEV/EREV and FCEV carry a traction battery the 2026 rule applies to (FCEVs carry one too)."""
        return self in {Powertrain.BEV, Powertrain.PHEV, Powertrain.EREV, Powertrain.FCEV}


class Fuel(StrEnum):
    """Power type as the Chinese certificate codes it (1 petrol, 2 diesel, … 8 hybrid, 9 electric, A hydrogen)."""

    PETROL = "1"
    DIESEL = "2"
    GAS = "3"
    LPG = "4"
    NATURAL_GAS = "5"
    DUAL_FUEL = "6"
    OTHER = "7"
    HYBRID = "8"
    ELECTRIC = "9"
    HYDROGEN = "A"


class ExpectedSource(StrEnum):
    """Where the list of packs a vehicle should carry came from, most trusted first."""

    REGISTERED = "registered"  # head office reference data (traceability platform registration)
    MODEL = "model"  # model reference data: a count, not codes
    DECLARED = "declared"  # the vehicle documents or the operator; needs a supervisor's confirmation


class DocumentKind(StrEnum):
    OWNER_ID = "owner_id"
    REGISTRATION_CERTIFICATE = "registration_certificate"
    DRIVING_LICENCE = "driving_licence"
    PLATES = "plates"


class CheckState(StrEnum):
    """Outcome of an external check (mortgage register, theft register, identifier inspection)."""

    NOT_DONE = "not_done"
    CLEAR = "clear"
    FLAGGED = "flagged"


class IntakeStatus(StrEnum):
    OPEN = "open"
    SUBMITTED = "submitted"  # awaiting supervisor review
    APPROVED = "approved"
    CERTIFIED = "certified"
    CANCELLED = "cancelled"


class DamageFlag(StrEnum):
    VISIBLE_DAMAGE = "visible_damage"
    LEAK = "leak"
    SWELLING = "swelling"
    FIRE_HISTORY = "fire_history"
    FLOOD_HISTORY = "flood_history"


class RiskClass(StrEnum):
    NORMAL = "normal"
    ELEVATED = "elevated"
    HIGH = "high"

    @property
    def is_abnormal(self) -> bool:
        return self is not RiskClass.NORMAL


class PhotoKind(StrEnum):
    EXTERIOR = "exterior"
    VIN = "vin"
    BATTERY_LABEL = "battery_label"
    DAMAGE = "damage"
    AFTER_DISMANTLING = "after_dismantling"


class CertificateState(StrEnum):
    ISSUED = "issued"
    VOIDED = "voided"


@dataclass(frozen=True)
class Owner:
    name: str = ""
    id_number: str = ""  # personal data: shown masked, encrypted in transit to head office
    phone: str = ""
    address: str = ""
    nationality: str = ""  # EU certificate of destruction: the holder's nationality (Decision 2002/151/EC, Annex)
    id_document_type: str = ""  # CN certificate: which document the ID number is from (居民身份证, 营业执照, ...)


@dataclass(frozen=True)
class Vehicle:
    vin: str
    plate: str = ""
    vehicle_type: str = ""
    use_character: str = ""
    brand: str = ""
    model: str = ""
    engine_number: str = ""
    powertrain: Powertrain = Powertrain.BEV
    fuel: Fuel = Fuel.ELECTRIC
    registration_date: date | None = None
    curb_mass_kg: float | None = None
    weighed_mass_kg: float | None = None
    battery_swap_model: bool = False
    frame_present: bool = True
    engine_present: bool = True  # engine or drive motor
    # EU certificate of destruction (Decision 2002/151/EC, Annex): country of the registration mark and the vehicle
    # class of Directive 2007/46/EC (M1, N1, ...)
    registration_country: str = ""
    vehicle_class: str = ""
    # Chinese certificate (docs/regulatory/cn.md, "Certificate content"): the plate type (号牌种类, GA 36 names),
    # body colour, the number of the registration certificate (机动车登记证书编号), and the drive motor's number,
    # kept apart from the engine number so a battery-electric car is never certified with an engine number blank
    # that should have been its motor number.
    plate_type: str = ""
    body_colour: str = ""
    registration_certificate_number: str = ""
    motor_number: str = ""


class RegistrationDocumentFate(StrEnum):
    """What became of the registration document (EU certificate of destruction, Decision 2002/151/EC, Annex
    item 4: the document is surrendered with the vehicle, or the issuer states that it was destroyed)."""

    NOT_RECORDED = ""
    SURRENDERED = "surrendered"
    DESTROYED = "destroyed"


@dataclass(frozen=True)
class Documents:
    received: frozenset[DocumentKind] = frozenset()
    mortgage_check: CheckState = CheckState.NOT_DONE
    theft_check: CheckState = CheckState.NOT_DONE
    identifier_check: CheckState = CheckState.NOT_DONE  # stamped VIN/engine number inspected for forgery
    owner_statement_battery_missing: bool = False  # the pre-2026 path; only honoured when the policy allows it
    registration_document: RegistrationDocumentFate = RegistrationDocumentFate.NOT_RECORDED


@dataclass(frozen=True)
class ExpectedPacks:
    """What the vehicle should carry: codes when head office or documents name them, else a count."""

    source: ExpectedSource
    codes: tuple[str, ...] = ()
    count: int | None = None  # for MODEL/DECLARED sources without codes
    confirmed_by: UserId | None = None  # a supervisor, for DECLARED

    @property
    def expected_count(self) -> int:
        return len(self.codes) if self.codes else (self.count or 0)


@dataclass(frozen=True)
class ScannedPack:
    code: str
    raw_payload: str = ""
    symbology: str = ""
    scanned_at: datetime | None = None
    station: str = ""
    operator: UserId | None = None
    photo_hash: PhotoHash | None = None


@dataclass(frozen=True)
class PackLink:
    """A scanned pack that is actively linked to another vehicle (in this yard, or reported by head office)."""

    code: str
    other_vin: str
    other_yard: str = ""


@dataclass(frozen=True)
class Replacement:
    """A supervisor's resolution: the registered pack was replaced in repair by the scanned one."""

    expected_code: str
    scanned_code: str
    document_ref: str
    resolved_by: UserId | None = None


# The signs a triage form asks about, each answered yes or no by the operator (intake step 5, domain guide).
TRIAGE_SIGNS = (DamageFlag.VISIBLE_DAMAGE, DamageFlag.LEAK, DamageFlag.SWELLING)


@dataclass(frozen=True)
class Triage:
    """The safety triage of one pack. ``checked`` holds the signs the operator answered (yes or no); ``damage`` the
    ones answered yes (and any history flags). ``risk_class`` is the operator's explicit choice: None means not
    chosen, which the service refuses (a default would let Enter save "normal" with nothing looked at)."""

    pack_code: str
    damage: frozenset[DamageFlag] = frozenset()
    insulation_mohm: float | None = None
    voltage_v: float | None = None
    soc_percent: float | None = None
    bms_codes: tuple[str, ...] = ()
    risk_class: RiskClass | None = None
    quarantine_location: str = ""
    checked: frozenset[DamageFlag] = frozenset()
    temperature_c: float | None = None

    @classmethod
    def answered(
        cls,
        pack_code: str,
        *,
        risk_class: RiskClass,
        temperature_c: float,
        visible_damage: bool = False,
        leak: bool = False,
        swelling: bool = False,
        voltage_v: float | None = None,
        insulation_mohm: float | None = None,
        soc_percent: float | None = None,
        bms_codes: tuple[str, ...] = (),
        history: frozenset[DamageFlag] = frozenset(),
        quarantine_location: str = "",
    ) -> Triage:
        """A triage with every sign answered yes or no: the shape a completed form produces."""
        signs = {DamageFlag.VISIBLE_DAMAGE: visible_damage, DamageFlag.LEAK: leak, DamageFlag.SWELLING: swelling}
        return cls(
            pack_code=pack_code,
            damage=frozenset(flag for flag, yes in signs.items() if yes) | history,
            insulation_mohm=insulation_mohm,
            voltage_v=voltage_v,
            soc_percent=soc_percent,
            bms_codes=bms_codes,
            risk_class=risk_class,
            quarantine_location=quarantine_location,
            checked=frozenset(signs),
            temperature_c=temperature_c,
        )


@dataclass(frozen=True)
class IntakeFacts:
    """Everything the certificate rule looks at for one intake, gathered by the store in one read."""

    vehicle: Vehicle
    documents: Documents = field(default_factory=Documents)
    expected: ExpectedPacks | None = None
    scanned: tuple[ScannedPack, ...] = ()
    links_elsewhere: tuple[PackLink, ...] = ()
    replacements: tuple[Replacement, ...] = ()
    triage: Mapping[str, Triage] = field(default_factory=dict)
    photos: frozenset[PhotoKind] = frozenset()  # the purposes the intake's photos serve (removed ones left out)
