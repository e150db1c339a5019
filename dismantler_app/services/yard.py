"""The yard as a whole: whether this installation is set up yet, its details as recorded, and its policy.

Changing the details or the policy is an admin's action (``Action.MANAGE_YARD``), checked against the user as
stored now, audited with the before and after values, and sent to head office through the outbox in the same
transaction: the policy decides which vehicles get a certificate, the details are printed on it, and head office
must be able to see under which rules and names they were issued.
"""

from __future__ import annotations

import dataclasses
import re

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.identifiers import parse_uscc
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import Market
from dismantler_app.domain.yard_time import UnknownTimezone, local_day, yard_zone
from dismantler_app.services.context import ServiceContext, change, reading
from dismantler_app.services.errors import InvalidInput, NotFound
from dismantler_app.storage import users as user_rows
from dismantler_app.storage.yard import (
    YardProfile,
    YardRecord,
    certificates_issued_in,
    load_yard,
    save_policy,
    save_profile,
)

# Printed in certificate numbers (SH01-2026-000123); services/users.py and the schema check the same shape.
YARD_CODE = re.compile(r"[A-Z0-9]{2,8}")
MAX_NAME_LENGTH = 120


def is_set_up(ctx: ServiceContext) -> bool:
    """True once the first run recorded the yard and its first admin (no sign-in needed to ask)."""
    with ctx.store.read() as session:
        return load_yard(session) is not None and user_rows.count_users(session) > 0


def checked_profile(profile: YardProfile) -> YardProfile:
    """The profile trimmed and checked as the first-run wizard and the settings page enter it.

    The USCC (GB 32100-2015) is required for a Chinese yard: the certificate and the traceability reports name the
    recycling enterprise by it. Elsewhere it may be left empty, but a code that is given must be valid.
    """
    code = "".join(profile.code.split()).upper()
    if not YARD_CODE.fullmatch(code):
        raise InvalidInput("yard.code", "bad_format", "2-8 upper-case letters and digits, e.g. SH01")
    name = profile.name.strip()
    if not name:
        raise InvalidInput("yard.name", "empty")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput("yard.name", "too_long", f"at most {MAX_NAME_LENGTH} characters")
    uscc = "".join(profile.uscc.split()).upper()
    if uscc or profile.market is Market.CN:
        try:
            uscc = parse_uscc(uscc).code
        except CodeRejected as exc:
            raise InvalidInput("yard.uscc", exc.reason.value, exc.detail) from exc
    # The zone dates every certificate and deadline (domain/yard_time.py): an unknown name is refused here rather
    # than at the first certificate.
    timezone = profile.zone_name.strip()
    try:
        yard_zone(timezone)
    except UnknownTimezone as exc:
        raise InvalidInput("yard.timezone", "unknown", str(exc)) from exc
    return dataclasses.replace(
        profile,
        code=code,
        name=name,
        uscc=uscc,
        licence_number=profile.licence_number.strip(),
        address=profile.address.strip(),
        phone=profile.phone.strip(),
        permitting_authority=profile.permitting_authority.strip(),
        timezone=timezone,
        treatment_facility_name=profile.treatment_facility_name.strip(),
        treatment_facility_address=profile.treatment_facility_address.strip(),
        treatment_facility_permit=profile.treatment_facility_permit.strip(),
    )


def yard_record(ctx: ServiceContext, actor: User) -> YardRecord:
    with reading(ctx, actor) as session:
        record = load_yard(session)
    if record is None:
        raise NotFound("yard", "this installation")
    return record


def update_policy(ctx: ServiceContext, actor: User, clock: Clock, *, policy: Policy) -> None:
    """An admin changes the rules the certificate check applies. The market stays the yard's own."""
    with change(ctx, actor, clock, Action.MANAGE_YARD) as ch:
        yard = ch.yard()
        if policy.market is not yard.profile.market:
            raise InvalidInput("policy.market", "differs_from_yard", f"this yard's market is {yard.profile.market}")
        if policy == yard.policy:
            return
        save_policy(ch.session, policy)
        ch.record(
            "update_policy",
            entity="yard",
            entity_id=yard.yard_id,
            before=yard.policy.to_json(),
            after=policy.to_json(),
            event="yard.policy_updated",
        )


def _profile_json(profile: YardProfile) -> dict[str, str]:
    return {
        "code": profile.code,
        "name": profile.name,
        "market": profile.market.value,
        "licence_number": profile.licence_number,
        "uscc": profile.uscc,
        "address": profile.address,
        "phone": profile.phone,
        "permitting_authority": profile.permitting_authority,
        "timezone": profile.zone_name,
        "treatment_facility_name": profile.treatment_facility_name,
        "treatment_facility_address": profile.treatment_facility_address,
        "treatment_facility_permit": profile.treatment_facility_permit,
    }


def update_yard_details(ctx: ServiceContext, actor: User, clock: Clock, *, profile: YardProfile) -> YardProfile:
    """An admin corrects the yard's details after set-up; returns them as stored (trimmed, checked).

    The market stays the one chosen at set-up (the policy and the rules follow it). The yard code is printed in
    every certificate number (``SH01-2026-000123``) and the numbers count per code and year: once a certificate was
    issued this year (the yard's local calendar), a new code would start a second series in the same year, so the
    change is refused until the next 1 January.
    """
    checked = checked_profile(profile)
    with change(ctx, actor, clock, Action.MANAGE_YARD) as ch:
        yard = ch.yard()
        current = yard.profile
        if checked.market is not current.market:
            raise InvalidInput("yard.market", "differs_from_yard", f"this yard's market is {current.market}")
        if checked == dataclasses.replace(current, timezone=current.zone_name):
            return checked
        if checked.code != current.code:
            year = local_day(ch.at, yard.zone).year
            issued = certificates_issued_in(ch.session, year)
            if issued:
                raise InvalidInput(
                    "yard.code",
                    "certificates_issued_this_year",
                    f"{issued} certificate(s) numbered {current.code}-{year}-… were issued in {year}; "
                    f"the code can change from 1 January {year + 1}",
                )
        save_profile(ch.session, checked)
        ch.record(
            "update_yard_details",
            entity="yard",
            entity_id=yard.yard_id,
            before=_profile_json(current),
            after=_profile_json(checked),
            event="yard.details_updated",
        )
    return checked
