"""The yard row: who this installation is (name, licence, USCC, market), its policy, and its sync identity.

``site_id`` names the installation to head office; ``db_epoch`` changes whenever the database is restored from a
backup, so that outbox sequences minted after a restore never collide with ones already sent.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import Market
from dismantler_app.domain.yard_time import default_timezone, yard_zone
from dismantler_app.storage.audit import canonical_json
from dismantler_app.storage.session import Session


@dataclass(frozen=True)
class YardProfile:
    code: str  # short yard code printed in certificate numbers, e.g. SH01
    name: str
    market: Market
    licence_number: str = ""
    uscc: str = ""
    address: str = ""
    phone: str = ""
    permitting_authority: str = ""  # EU: the authority that issued the treatment permit
    timezone: str = ""  # IANA name; empty means the market's default (domain/yard_time.py)
    # EU: a collector issues certificates of destruction on behalf of the treatment facility it delivers to
    # (Decision 2002/151/EC, Annex): that facility's name, address and permit. Empty name: the yard is the facility.
    treatment_facility_name: str = ""
    treatment_facility_address: str = ""
    treatment_facility_permit: str = ""

    @property
    def is_collector(self) -> bool:
        """Whether this yard issues certificates as a collector on behalf of a treatment facility."""
        return bool(self.treatment_facility_name.strip())

    @property
    def zone_name(self) -> str:
        """The IANA zone whose calendar dates this yard's certificates, batches, deadlines and reports."""
        return self.timezone or default_timezone(self.market)


@dataclass(frozen=True)
class YardRecord:
    yard_id: str
    profile: YardProfile
    policy: Policy
    site_id: str
    db_epoch: str

    @property
    def zone(self) -> ZoneInfo:
        """The yard's time zone; a stored name the zone database does not know raises ``UnknownTimezone``."""
        return yard_zone(self.profile.zone_name)


def new_epoch() -> str:
    return uuid.uuid4().hex


def insert_yard(session: Session, profile: YardProfile, policy: Policy) -> YardRecord:
    record = YardRecord(
        yard_id=uuid.uuid4().hex, profile=profile, policy=policy, site_id=uuid.uuid4().hex, db_epoch=new_epoch()
    )
    session.insert(
        "yard",
        {
            "singleton": 1,
            "yard_id": record.yard_id,
            "code": profile.code,
            "name": profile.name,
            "licence_number": profile.licence_number,
            "uscc": profile.uscc,
            "address": profile.address,
            "phone": profile.phone,
            "permitting_authority": profile.permitting_authority,
            "timezone": profile.zone_name,
            "treatment_facility_name": profile.treatment_facility_name,
            "treatment_facility_address": profile.treatment_facility_address,
            "treatment_facility_permit": profile.treatment_facility_permit,
            "market": profile.market.value,
            "policies_json": canonical_json(policy.to_json()),
            "site_id": record.site_id,
            "db_epoch": record.db_epoch,
        },
    )
    return record


def load_yard(session: Session) -> YardRecord | None:
    row = session.one("SELECT * FROM yard WHERE singleton = 1")
    if row is None:
        return None
    profile = YardProfile(
        code=row["code"],
        name=row["name"],
        market=Market(row["market"]),
        licence_number=row["licence_number"],
        uscc=row["uscc"],
        address=row["address"],
        phone=row["phone"],
        permitting_authority=row["permitting_authority"],
        timezone=row["timezone"],
        treatment_facility_name=row["treatment_facility_name"],
        treatment_facility_address=row["treatment_facility_address"],
        treatment_facility_permit=row["treatment_facility_permit"],
    )
    return YardRecord(
        yard_id=row["yard_id"],
        profile=profile,
        policy=Policy.from_json(json.loads(row["policies_json"])),
        site_id=row["site_id"],
        db_epoch=row["db_epoch"],
    )


def save_profile(session: Session, profile: YardProfile) -> None:
    """Writes the yard's details (name, code, licence, USCC, address, phone, authority, time zone, and the
    treatment facility a collector issues for).

    The market is not written: it decides the policy's defaults and which rules apply, so it is fixed at set-up.
    """
    session.execute(
        "UPDATE yard SET code = ?, name = ?, licence_number = ?, uscc = ?, address = ?, phone = ?, "
        "permitting_authority = ?, timezone = ?, treatment_facility_name = ?, treatment_facility_address = ?, "
        "treatment_facility_permit = ? WHERE singleton = 1",
        [
            profile.code,
            profile.name,
            profile.licence_number,
            profile.uscc,
            profile.address,
            profile.phone,
            profile.permitting_authority,
            profile.zone_name,
            profile.treatment_facility_name,
            profile.treatment_facility_address,
            profile.treatment_facility_permit,
        ],
    )


def certificates_issued_in(session: Session, year: int) -> int:
    """How many certificates carry a date of issue in ``year`` (the yard's local calendar, as printed)."""
    return int(
        session.scalar(
            "SELECT count(*) FROM certificates WHERE issued_on >= ? AND issued_on < ?",
            [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"],
        )
        or 0
    )


def save_policy(session: Session, policy: Policy) -> None:
    session.execute("UPDATE yard SET policies_json = ? WHERE singleton = 1", [canonical_json(policy.to_json())])


def set_epoch(session: Session, epoch: str) -> None:
    session.execute("UPDATE yard SET db_epoch = ? WHERE singleton = 1", [epoch])
