"""The demonstration yard: its users, its vehicles in every state the rule knows, and the codes on its demo labels.

Everything is created through the same services an operator and a supervisor use (users, intakes, packs,
certificates), so the demo shows the real rule's verdicts and leaves a real audit trail and outbox, and it breaks the
moment a service changes in a way the demo does not follow (``tests/services/test_demo.py``).

The names, plates, VINs and pack codes are fictitious; VINs carry correct ISO 3779 check digits and pack codes follow
GB/T 34014-2017, so they pass the same parsers a real intake does. The camera labels in ``assets/demo`` (made by
``packaging/demo_assets.py``) carry :data:`CAMERA_VIN` and :data:`CAMERA_PACK`: the missing pack of the
:attr:`DemoCase.MISSING_PACK` vehicle, so pointing the virtual camera at it clears that block.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from PIL import Image, ImageDraw

from dismantler_app.domain.battery_code import compose_battery_code
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.eligibility import BlockCode, NoteCode
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import (
    CheckState,
    DocumentKind,
    Documents,
    Fuel,
    IntakeId,
    IntakeStatus,
    Market,
    Owner,
    PhotoKind,
    Powertrain,
    RiskClass,
    Role,
    Triage,
    Vehicle,
)
from dismantler_app.domain.vin import compose_vin
from dismantler_app.services import certificates, intakes, packs, photos
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.users import add_user, create_first_admin
from dismantler_app.storage import sync_store
from dismantler_app.storage.yard import YardProfile
from dismantler_app.sync.keys import public_key_text

# At least MIN_PASSWORD_LENGTH (8); shown on the sign-in screen in demo mode, so it must never guard real data.
DEMO_PASSWORD = "demo1234"
DEMO_YARD = YardProfile(
    code="DEMO",
    name="演示报废机动车回收拆解有限公司",
    market=Market.CN,
    licence_number="演示拆解资 2026-001",
    uscc="91310114MA1G00000W",  # check character computed with python-stdnum (GB 32100-2015)
    address="上海市嘉定区演示路1号",
)
# Where the packs of the demo vehicles go (a valid but fictitious USCC), for the hand-over step.
DEMO_RECEIVER_NAME = "演示动力电池综合利用有限公司"
DEMO_RECEIVER_USCC = "91440600MA4W000002"  # check character computed with python-stdnum
# The demo's head office: ".invalid" never resolves (RFC 2606 section 2), so "Sync now" says head office is unreachable
# instead of reaching anyone's server.
DEMO_HUB_URL = "https://head-office.demo.invalid"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    roles: frozenset[Role]
    display_name: str
    password: str = DEMO_PASSWORD


# One account per role, plus the yard owner who holds them all (the first admin always does).
DEMO_ACCOUNTS = (
    DemoAccount("admin", frozenset({Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR}), "王经理"),
    DemoAccount("supervisor", frozenset({Role.SUPERVISOR}), "李主管"),
    DemoAccount("operator", frozenset({Role.OPERATOR}), "张操作员"),
)


class DemoCase(StrEnum):
    COMPLETE_NEV = "complete_nev"  # every registered pack scanned and triaged; approved, ready to certify
    MISSING_PACK = "missing_pack"  # one of two registered packs not scanned yet: blocked, the camera has its label
    MISMATCHED_PACK = "mismatched_pack"  # a pack other than the registered one: blocked until a supervisor resolves
    ICE_VEHICLE = "ice_vehicle"  # petrol car, no traction battery: certified already
    SWAP_MODEL = "swap_model"  # battery-swap model delivered without a pack: exempt, noted


def demo_vin(serial: int) -> str:
    return compose_vin(f"LDEMA2BRJ{serial:07d}")  # J: model year 2018


def demo_pack(serial: int, *, maker: str = "001", battery_type: str = "E") -> str:
    return compose_battery_code(
        manufacturer=maker,
        level="P",
        battery_type=battery_type,
        spec="01",
        traceability="DEMO001",
        production_date=date(2021, 5, 17),
        serial=f"{serial:07d}",
    )


CAMERA_VIN = demo_vin(2)
CAMERA_PACK = demo_pack(202)


@dataclass(frozen=True)
class Expectation:
    """What the rule should say about a demo case: its status, the blocks and the notes (codes only)."""

    status: IntakeStatus
    blocks: frozenset[BlockCode] = frozenset()
    notes: frozenset[NoteCode] = frozenset()


EXPECTED: Mapping[DemoCase, Expectation] = {
    DemoCase.COMPLETE_NEV: Expectation(IntakeStatus.APPROVED),
    DemoCase.MISSING_PACK: Expectation(IntakeStatus.OPEN, blocks=frozenset({BlockCode.PACK_MISSING})),
    DemoCase.MISMATCHED_PACK: Expectation(IntakeStatus.SUBMITTED, blocks=frozenset({BlockCode.PACK_MISMATCH})),
    DemoCase.ICE_VEHICLE: Expectation(IntakeStatus.CERTIFIED),
    DemoCase.SWAP_MODEL: Expectation(IntakeStatus.SUBMITTED, notes=frozenset({NoteCode.SWAP_MODEL_EXEMPT})),
}


@dataclass(frozen=True)
class DemoYard:
    users: Mapping[str, User]
    intakes: Mapping[DemoCase, IntakeId]
    certificate_numbers: tuple[str, ...] = field(default=())


def _documents() -> Documents:
    return Documents(
        received=frozenset(
            {DocumentKind.OWNER_ID, DocumentKind.REGISTRATION_CERTIFICATE, DocumentKind.DRIVING_LICENCE}
        ),
        mortgage_check=CheckState.CLEAR,
        theft_check=CheckState.CLEAR,
        identifier_check=CheckState.CLEAR,
    )


def _owner(name: str, n: int) -> Owner:
    return Owner(
        name=name,
        id_number=f"310101********{n:04d}",
        phone=f"138****{n:04d}",
        address="上海市嘉定区演示路",
        id_document_type="居民身份证",
    )


def _bev(serial: int, *, brand: str, model: str, **changes: object) -> Vehicle:
    return Vehicle(
        vin=demo_vin(serial),
        plate=f"沪AD{serial:05d}",
        vehicle_type="小型普通客车",
        use_character="非营运",
        brand=brand,
        model=model,
        powertrain=Powertrain.BEV,
        fuel=Fuel.ELECTRIC,
        registration_date=date(2018, 3, serial),
        curb_mass_kg=1850.0,
        plate_type="小型新能源汽车",
        body_colour="白",
        registration_certificate_number=f"3100000{serial:05d}",
        motor_number=f"TZ220XS{serial:07d}",
        **changes,  # type: ignore[arg-type]
    )


class _Seeder:
    def __init__(self, ctx: ServiceContext, clock: Clock, users: Mapping[str, User]) -> None:
        self.ctx, self.clock = ctx, clock
        self.op, self.sup = users["operator"], users["supervisor"]

    def open(self, vehicle: Vehicle, owner: Owner) -> IntakeId:
        return intakes.create_intake(
            self.ctx, self.op, self.clock, vehicle=vehicle, owner=owner, documents=_documents()
        )

    def scan_and_triage(self, intake: IntakeId, codes: list[str]) -> None:
        for code in codes:
            packs.record_scan(self.ctx, self.op, self.clock, intake, payload=code, symbology="datamatrix")
            triage = Triage.answered(
                code,
                risk_class=RiskClass.NORMAL,
                temperature_c=18.5,
                insulation_mohm=52.0,
                voltage_v=352.0,
                soc_percent=38.0,
            )
            packs.triage_pack(self.ctx, self.op, self.clock, intake, triage=triage)

    def registered(self, intake: IntakeId, codes: list[str]) -> None:
        packs.load_registered_packs(self.ctx, self.sup, self.clock, intake, codes=codes)

    def photograph(self, intake: IntakeId, vin: str, kinds: tuple[PhotoKind, ...]) -> None:
        """The photos the policy requires, as plain captioned cards (the demo has no real vehicle to show)."""
        for kind in kinds:
            photos.add_photo(self.ctx, self.op, self.clock, intake, data=demo_photo(f"{kind.value}  {vin}"), kind=kind)


_ALL_PHOTOS = (PhotoKind.EXTERIOR, PhotoKind.VIN, PhotoKind.BATTERY_LABEL)
_VEHICLE_PHOTOS = (PhotoKind.EXTERIOR, PhotoKind.VIN)


def demo_photo(caption: str) -> bytes:
    """A small grey PNG card with ``caption``: a real image (thumbnails decode it), distinct per caption."""
    image = Image.new("RGB", (320, 200), (208, 212, 216))
    ImageDraw.Draw(image).text((12, 90), caption, fill=(32, 32, 32))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def seed_demo_yard(ctx: ServiceContext, clock: Clock) -> DemoYard:
    """Sets up an empty installation as the demo yard; raises ``InvalidState`` if it is already set up."""
    first, *others = DEMO_ACCOUNTS
    admin = create_first_admin(
        ctx, clock, username=first.username, password=first.password, yard=DEMO_YARD, display_name=first.display_name
    )
    users = {first.username: admin}
    for account in others:
        users[account.username] = add_user(
            ctx,
            admin,
            clock,
            username=account.username,
            password=account.password,
            roles=account.roles,
            display_name=account.display_name,
        )
    seed = _Seeder(ctx, clock, users)
    made: dict[DemoCase, IntakeId] = {}

    complete = seed.open(_bev(1, brand="比亚迪", model="BYD7009BEVA"), _owner("陈静", 1))
    seed.registered(complete, [demo_pack(101), demo_pack(102)])
    seed.scan_and_triage(complete, [demo_pack(101), demo_pack(102)])
    seed.photograph(complete, demo_vin(1), _ALL_PHOTOS)
    intakes.submit_for_review(ctx, seed.op, clock, complete)
    intakes.approve(ctx, seed.sup, clock, complete)
    made[DemoCase.COMPLETE_NEV] = complete

    missing = seed.open(_bev(2, brand="广汽埃安", model="GAM7000BEVA0A"), _owner("刘洋", 2))
    seed.registered(missing, [demo_pack(201), CAMERA_PACK])
    seed.scan_and_triage(missing, [demo_pack(201)])
    seed.photograph(missing, demo_vin(2), _ALL_PHOTOS)
    made[DemoCase.MISSING_PACK] = missing

    mismatched = seed.open(_bev(3, brand="吉利", model="MR7005BEV05"), _owner("赵敏", 3))
    # Registered by head office as pack 301; the car came back from a repair shop with pack 399 (maker 071).
    seed.registered(mismatched, [demo_pack(301)])
    seed.scan_and_triage(mismatched, [demo_pack(399, maker="071", battery_type="B")])
    seed.photograph(mismatched, demo_vin(3), _ALL_PHOTOS)
    intakes.submit_for_review(ctx, seed.op, clock, mismatched)
    made[DemoCase.MISMATCHED_PACK] = mismatched

    ice = Vehicle(
        vin=demo_vin(4),
        plate="沪B12345",
        vehicle_type="小型普通客车",
        use_character="非营运",
        brand="大众",
        model="SVW7182",
        engine_number="CSS123456",
        powertrain=Powertrain.ICE,
        fuel=Fuel.PETROL,
        registration_date=date(2009, 7, 1),
        curb_mass_kg=1320.0,
        plate_type="小型汽车",
        body_colour="黑",
        registration_certificate_number="310000000004",
    )
    petrol = seed.open(ice, _owner("孙丽", 4))
    seed.photograph(petrol, ice.vin, _VEHICLE_PHOTOS)
    intakes.submit_for_review(ctx, seed.op, clock, petrol)
    intakes.approve(ctx, seed.sup, clock, petrol)
    certificate = certificates.issue_certificate(ctx, seed.sup, clock, petrol)
    made[DemoCase.ICE_VEHICLE] = petrol

    swap = seed.open(_bev(5, brand="蔚来", model="NIO ES6", battery_swap_model=True), _owner("周杰", 5))
    seed.photograph(swap, demo_vin(5), _VEHICLE_PHOTOS)
    intakes.submit_for_review(ctx, seed.op, clock, swap)
    made[DemoCase.SWAP_MODEL] = swap

    return DemoYard(users=users, intakes=made, certificate_numbers=(certificate.number,))


def enrol_at_demo_head_office(ctx: ServiceContext, clock: Clock) -> str:
    """Enrols the demo yard at a head office that exists only in the demo, so that "Export for head office" writes a
    real signed USB bundle (export needs an enrolment: the batches are sealed to head office's key). Head office's
    keys are made here and their private halves dropped: nothing outside the demo can read or answer its bundles.
    Returns the head office address."""
    with ctx.store.write_transaction() as session:
        sync_store.save_enrolment(
            session,
            hub_url=DEMO_HUB_URL,
            signing_key=public_key_text(Ed25519PrivateKey.generate()),
            sealing_key=public_key_text(X25519PrivateKey.generate()),
            at=clock.now().isoformat(),
        )
    return DEMO_HUB_URL
