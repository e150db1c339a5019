"""Building a real yard database for tests: a temporary SQLite file in WAL, a fixed clock, real users and codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from argon2 import PasswordHasher

from dismantler_app.domain.battery_code import compose_battery_code
from dismantler_app.domain.clock import Clock, FixedClock
from dismantler_app.domain.permissions import User
from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import (
    CheckState,
    DocumentKind,
    Documents,
    Market,
    PhotoKind,
    Powertrain,
    RegistrationDocumentFate,
    RiskClass,
    Role,
    Triage,
    Vehicle,
)
from dismantler_app.domain.vin import compose_vin
from dismantler_app.services import photos
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.users import add_user, create_first_admin
from dismantler_app.storage.database import Store
from dismantler_app.storage.photos import PhotoStore
from dismantler_app.storage.yard import YardProfile

PASSWORD = "correct horse battery"
# Still argon2id, with a small memory cost so that each test can create its users quickly.
TEST_HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
YARD = YardProfile(
    code="SH01", name="上海拆解一厂", market=Market.CN, licence_number="沪拆001", uscc="91310114MA1GT0KX00"
)


def pack_code(serial: int, *, maker: str = "001") -> str:
    return compose_battery_code(
        manufacturer=maker,
        level="P",
        battery_type="E",
        spec="01",
        traceability="ABC1234",
        production_date=date(2021, 5, 17),
        serial=f"{serial:07d}",
    )


def vin(serial: int) -> str:
    return compose_vin(f"LSVAB2BR{serial:08d}")


def complete_documents() -> Documents:
    return Documents(
        received=frozenset(
            {DocumentKind.OWNER_ID, DocumentKind.REGISTRATION_CERTIFICATE, DocumentKind.DRIVING_LICENCE}
        ),
        mortgage_check=CheckState.CLEAR,
        theft_check=CheckState.CLEAR,
        identifier_check=CheckState.CLEAR,
        registration_document=RegistrationDocumentFate.SURRENDERED,  # EU certificate, Decision 2002/151/EC item 4
    )


# What the Chinese certificate requires of a battery-electric car beyond its VIN and plate
# (domain/certificate_requirements.py); a test of a missing field overrides one with "".
BEV_CERTIFICATE_FIELDS: dict[str, object] = {
    "plate_type": "小型新能源汽车",
    "body_colour": "白",
    "motor_number": "TZ200XSQ000001",
}


def bev(serial: int, **changes: object) -> Vehicle:
    own = {"plate": f"沪AD{serial:05d}", "registration_certificate_number": f"3100{serial:08d}"}
    fields = BEV_CERTIFICATE_FIELDS | own | {"powertrain": Powertrain.BEV} | changes
    return Vehicle(vin=vin(serial), **fields)  # type: ignore[arg-type]


def measured(code: str, *, risk_class: RiskClass = RiskClass.NORMAL, **changes: object) -> Triage:
    """A triage with every sign answered and every reading taken, as a completed form gives it."""
    readings: dict[str, object] = {"temperature_c": 21.5, "voltage_v": 352.0, "insulation_mohm": 50.0} | changes
    return Triage.answered(code, risk_class=risk_class, **readings)  # type: ignore[arg-type]


def photo_bytes(label: str) -> bytes:
    """A distinct (tiny, PNG-headed) photo per label: different bytes, different SHA-256."""
    return b"\x89PNG\r\n\x1a\n" + label.encode() * 64


REQUIRED_PHOTOS = (PhotoKind.EXTERIOR, PhotoKind.VIN, PhotoKind.BATTERY_LABEL)


def add_required_photos(
    ctx: ServiceContext, actor: User, clock: Clock, intake_id: str, *, kinds: tuple[PhotoKind, ...] = REQUIRED_PHOTOS
) -> list[str]:
    """The photos the default policy requires (whole exterior, VIN plate, battery label), one distinct frame each."""
    return [
        photos.add_photo(ctx, actor, clock, intake_id, data=photo_bytes(f"{intake_id}:{kind.value}"), kind=kind)
        for kind in kinds
    ]


def ready_intake(ctx: ServiceContext, operator: User, clock: Clock, serial: int) -> str:
    """An open intake with nothing left for the operator to do: documents, a declared and scanned pack, its triage
    and the required photos (the declaration still waits for a supervisor's confirmation, which submission allows)."""
    from dismantler_app.services import intakes, packs

    intake = intakes.create_intake(ctx, operator, clock, vehicle=bev(serial), documents=complete_documents())
    packs.declare_expected_packs(ctx, operator, clock, intake, codes=[pack_code(serial)])
    packs.record_scan(ctx, operator, clock, intake, payload=pack_code(serial))
    packs.triage_pack(ctx, operator, clock, intake, triage=measured(pack_code(serial)))
    add_required_photos(ctx, operator, clock, intake)
    return intake


@dataclass
class Yard:
    ctx: ServiceContext
    store: Store
    clock: FixedClock
    admin: User
    supervisor: User
    operator: User

    def close(self) -> None:
        self.store.close()


def open_yard(
    data_dir: Path, *, policy: Policy | None = None, busy_timeout_ms: int = 15_000, profile: YardProfile = YARD
) -> Yard:
    store = Store.open(data_dir / "yard.sqlite3", busy_timeout_ms=busy_timeout_ms)
    ctx = ServiceContext(
        store=store, photos=PhotoStore(data_dir / "photos"), station="gate-1", password_hasher=TEST_HASHER
    )
    clock = FixedClock()
    admin = create_first_admin(ctx, clock, username="admin", password=PASSWORD, yard=profile, policy=policy)
    supervisor = add_user(ctx, admin, clock, username="sup", password=PASSWORD, roles=frozenset({Role.SUPERVISOR}))
    operator = add_user(ctx, admin, clock, username="op", password=PASSWORD, roles=frozenset({Role.OPERATOR}))
    return Yard(ctx, store, clock, admin, supervisor, operator)


def number_parts(number: str) -> tuple[str, int, int]:
    """(yard code, year, sequence) of a certificate number, checking it carries a five-character series."""
    match = re.fullmatch(r"([A-Z0-9]+)-([0-9A-HJKMNP-TV-Z]{5})-(\d{4})-(\d{6})", number)
    assert match, f"{number!r} is not yard-series-year-sequence"
    return match.group(1), int(match.group(3)), int(match.group(4))
