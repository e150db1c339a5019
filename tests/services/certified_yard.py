"""A yard opened the way the app opens it (``open_app_context`` on a data folder) with certified intakes in it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from stdnum.cn import uscc

from dismantler_app.composition import AppContext, open_app_context
from dismantler_app.domain.clock import FixedClock
from dismantler_app.domain.permissions import User
from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import Owner, Role, Triage
from dismantler_app.services import certificates, intakes, packs
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.users import add_user, create_first_admin
from dismantler_app.storage.certificates import CertificateRecord
from dismantler_app.storage.users import find_user_by_name
from dismantler_app.storage.yard import YardProfile
from tests.services.yard_setup import PASSWORD, TEST_HASHER, YARD, bev, complete_documents, pack_code

OWNER = Owner(name="张伟", id_number="310101********1234", phone="138****8000", address="上海市黄浦区人民大道200号")
FULL_YARD = dataclasses.replace(YARD, address="上海市嘉定区安亭镇墨玉南路888号")


@dataclass
class CertifiedYard:
    app: AppContext
    ctx: ServiceContext
    clock: FixedClock
    admin: User
    supervisor: User
    operator: User

    def certify(
        self,
        serial: int,
        *,
        packs_count: int = 2,
        official_number: str = "",
        owner: Owner = OWNER,
        **vehicle_changes: object,
    ) -> CertificateRecord:
        """An intake with every registered pack scanned and triaged, approved and certified now."""
        ctx, op, sup, clock = self.ctx, self.operator, self.supervisor, self.clock
        codes = [pack_code(serial * 100 + n) for n in range(1, packs_count + 1)]
        facts = {"brand": "比亚迪", "model": "BYD7009BEVA", "vehicle_type": "小型普通客车", "curb_mass_kg": 1850.0}
        vehicle = bev(serial, **(facts | vehicle_changes))
        intake = intakes.create_intake(ctx, op, clock, vehicle=vehicle, owner=owner, documents=complete_documents())
        packs.load_registered_packs(ctx, sup, clock, intake, codes=codes)
        for code in codes:
            packs.record_scan(ctx, op, clock, intake, payload=code, symbology="datamatrix")
            packs.triage_pack(ctx, op, clock, intake, triage=Triage(pack_code=code, insulation_mohm=50.0))
        intakes.submit_for_review(ctx, op, clock, intake)
        intakes.approve(ctx, sup, clock, intake)
        return certificates.issue_certificate(ctx, sup, clock, intake, official_number=official_number)

    def close(self) -> None:
        self.app.close()


def open_certified_yard(
    data_dir: Path, *, profile: YardProfile = FULL_YARD, policy: Policy | None = None, reopen: bool = False
) -> CertifiedYard:
    """A new yard in ``data_dir``; ``reopen`` opens one made before (its users admin, sup, op) to add records."""
    clock = FixedClock()
    app = open_app_context(data_dir, clock=clock)
    # the app's argon2id parameters cost ~0.1 s a hash; the tests' cheaper argon2id verifies the same way
    ctx = dataclasses.replace(app.services, password_hasher=TEST_HASHER)
    if reopen:
        with app.store.read() as session:
            users = {name: find_user_by_name(session, name) for name in ("admin", "sup", "op")}
        admin, supervisor, operator = (users[n].user for n in ("admin", "sup", "op"))  # type: ignore[union-attr]
        return CertifiedYard(app, ctx, clock, admin, supervisor, operator)
    admin = create_first_admin(ctx, clock, username="admin", password=PASSWORD, yard=profile, policy=policy)
    supervisor = add_user(
        ctx, admin, clock, username="sup", password=PASSWORD, roles=frozenset({Role.SUPERVISOR}), display_name="李四"
    )
    operator = add_user(ctx, admin, clock, username="op", password=PASSWORD, roles=frozenset({Role.OPERATOR}))
    return CertifiedYard(app, ctx, clock, admin, supervisor, operator)


RECEIVER_NAME = "广东邦普循环科技有限公司"
RECEIVER_USCC = "91440600MA4W" + "00000" + uscc.calc_check_digit("91440600MA4W00000")
