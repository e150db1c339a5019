"""Yard-wide actions: set-up state, the profile check the wizard uses, the admin's policy and details changes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from stdnum.cn import uscc as stdnum_uscc

from dismantler_app.domain.clock import FixedClock
from dismantler_app.domain.policy import HevHandling, default_policy
from dismantler_app.domain.records import Market
from dismantler_app.services import users, yard
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.errors import InvalidInput, PermissionDenied
from dismantler_app.storage.audit_check import verify_audit_chain
from dismantler_app.storage.database import Store
from dismantler_app.storage.outbox import list_events
from dismantler_app.storage.photos import PhotoStore
from dismantler_app.storage.yard import YardProfile
from tests.services.certified_yard import open_certified_yard
from tests.services.yard_setup import PASSWORD, TEST_HASHER, YARD, Yard, number_parts
from tests.strategies import usccs

USCC = "91310000MA1K35EW0" + stdnum_uscc.calc_check_digit("91310000MA1K35EW0")


def test_a_fresh_database_is_not_set_up_until_the_first_admin_exists(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "yard.sqlite3")
    try:
        ctx = ServiceContext(store=store, photos=PhotoStore(tmp_path / "photos"), password_hasher=TEST_HASHER)
        assert not yard.is_set_up(ctx)
        users.create_first_admin(ctx, FixedClock(), username="boss", password=PASSWORD, yard=YARD)
        assert yard.is_set_up(ctx)
    finally:
        store.close()


def test_the_profile_check_normalises_and_requires_a_valid_uscc_for_a_chinese_yard() -> None:
    profile = YardProfile(code=" sh02 ", name=" 浦东拆解 ", market=Market.CN, uscc=USCC.lower(), address=" 上海 ")
    checked = yard.checked_profile(profile)
    assert (checked.code, checked.name, checked.uscc, checked.address) == ("SH02", "浦东拆解", USCC, "上海")
    with pytest.raises(InvalidInput) as missing:
        yard.checked_profile(dataclasses.replace(profile, uscc=""))
    assert missing.value.field == "yard.uscc"
    with pytest.raises(InvalidInput) as wrong:
        yard.checked_profile(dataclasses.replace(profile, uscc=USCC[:-1] + "1"))
    assert (wrong.value.field, wrong.value.reason) == ("yard.uscc", "bad_checksum")
    with pytest.raises(InvalidInput) as bad_code:
        yard.checked_profile(dataclasses.replace(profile, code="SH-01"))
    assert bad_code.value.field == "yard.code"
    # An EU yard has no USCC; leaving it empty is fine there.
    assert yard.checked_profile(dataclasses.replace(profile, market=Market.EU, uscc="")).uscc == ""


@given(usccs())
def test_every_valid_uscc_passes_the_profile_check(code: str) -> None:
    profile = YardProfile(code="SH01", name="yard", market=Market.CN, uscc=code)
    assert yard.checked_profile(profile).uscc == code


def test_an_admin_changes_the_policy_with_audit_and_an_outbox_event(yard_db: Yard) -> None:
    before = yard.yard_record(yard_db.ctx, yard_db.admin).policy
    changed = dataclasses.replace(before, owner_statement_allowed=True, hev_handling=HevHandling.RECORD_ONLY)
    yard.update_policy(yard_db.ctx, yard_db.admin, yard_db.clock, policy=changed)
    assert yard.yard_record(yard_db.ctx, yard_db.admin).policy == changed
    with yard_db.store.read() as session:
        events = [e for e in list_events(session) if e.type == "yard.policy_updated"]
    assert len(events) == 1
    assert events[0].payload["owner_statement_allowed"] is True
    assert events[0].payload["actor"] == yard_db.admin.id
    assert verify_audit_chain(yard_db.store).ok
    # Saving the same policy again changes nothing and sends nothing.
    yard.update_policy(yard_db.ctx, yard_db.admin, yard_db.clock, policy=changed)
    with yard_db.store.read() as session:
        assert len([e for e in list_events(session) if e.type == "yard.policy_updated"]) == 1


def test_only_an_admin_may_change_the_policy_and_the_market_stays_the_yards(yard_db: Yard) -> None:
    policy = dataclasses.replace(default_policy(Market.CN), battery_rule=False)
    for user in (yard_db.operator, yard_db.supervisor):
        with pytest.raises(PermissionDenied):
            yard.update_policy(yard_db.ctx, user, yard_db.clock, policy=policy)
    with pytest.raises(InvalidInput) as other_market:
        yard.update_policy(yard_db.ctx, yard_db.admin, yard_db.clock, policy=default_policy(Market.EU))
    assert other_market.value.field == "policy.market"
    assert yard.yard_record(yard_db.ctx, yard_db.admin).policy.battery_rule is True


def _details_events(store: Store) -> list[dict]:
    with store.read() as session:
        return [e.payload for e in list_events(session) if e.type == "yard.details_updated"]


def test_an_admin_corrects_the_yard_details_with_audit_and_an_outbox_event(yard_db: Yard) -> None:
    entered = dataclasses.replace(
        YARD, name=" 上海拆解一厂（嘉定） ", uscc=USCC.lower(), address="上海市嘉定区", phone="021-5959 0000",
        licence_number="沪拆002", timezone="Asia/Shanghai",
    )  # fmt: skip
    stored = yard.update_yard_details(yard_db.ctx, yard_db.admin, yard_db.clock, profile=entered)
    assert (stored.name, stored.uscc, stored.phone) == ("上海拆解一厂（嘉定）", USCC, "021-5959 0000")
    assert yard.yard_record(yard_db.ctx, yard_db.admin).profile == stored
    events = _details_events(yard_db.store)
    assert len(events) == 1
    assert (events[0]["name"], events[0]["licence_number"], events[0]["actor"]) == (
        "上海拆解一厂（嘉定）", "沪拆002", yard_db.admin.id,
    )  # fmt: skip
    with yard_db.store.read() as session:
        audit = session.one("SELECT * FROM audit_log WHERE action = 'update_yard_details'")
    assert audit is not None and "沪拆001" in audit["before_json"] and "沪拆002" in audit["after_json"]
    assert verify_audit_chain(yard_db.store).ok
    # Saving what is already stored changes nothing and sends nothing.
    yard.update_yard_details(yard_db.ctx, yard_db.admin, yard_db.clock, profile=stored)
    assert len(_details_events(yard_db.store)) == 1


def test_only_an_admin_may_change_the_details_and_bad_details_are_refused(yard_db: Yard) -> None:
    good = dataclasses.replace(YARD, uscc=USCC, name="新名字")
    for user in (yard_db.operator, yard_db.supervisor):
        with pytest.raises(PermissionDenied):
            yard.update_yard_details(yard_db.ctx, user, yard_db.clock, profile=good)
    refusals = {
        "yard.market": dataclasses.replace(good, market=Market.EU),
        "yard.code": dataclasses.replace(good, code="S"),
        "yard.name": dataclasses.replace(good, name="  "),
        "yard.uscc": dataclasses.replace(good, uscc=""),
        "yard.timezone": dataclasses.replace(good, timezone="Asia/Atlantis"),
    }
    for field, profile in refusals.items():
        with pytest.raises(InvalidInput) as refused:
            yard.update_yard_details(yard_db.ctx, yard_db.admin, yard_db.clock, profile=profile)
        assert refused.value.field == field
    assert yard.yard_record(yard_db.ctx, yard_db.admin).profile.name == YARD.name
    assert _details_events(yard_db.store) == []


def test_the_yard_code_is_kept_for_the_rest_of_a_year_with_certificates(tmp_path: Path) -> None:
    certified = open_certified_yard(tmp_path)
    try:
        ctx, admin, clock = certified.ctx, certified.admin, certified.clock
        profile = dataclasses.replace(yard.yard_record(ctx, admin).profile, uscc=USCC)
        # no certificate yet this year: the code may still change
        profile = yard.update_yard_details(ctx, admin, clock, profile=dataclasses.replace(profile, code="SH02"))
        number = certified.certify(1).number
        assert number_parts(number)[:2] == ("SH02", 2026)
        with pytest.raises(InvalidInput) as refused:
            yard.update_yard_details(ctx, admin, clock, profile=dataclasses.replace(profile, code="SH03"))
        assert (refused.value.field, refused.value.reason) == ("yard.code", "certificates_issued_this_year")
        assert "2027" in refused.value.detail
        # other details may still be corrected
        assert yard.update_yard_details(ctx, admin, clock, profile=dataclasses.replace(profile, phone="110")).phone
        # the first of January in Shanghai is still 31 December in UTC at 16:30
        clock.current = clock.current.replace(year=2026, month=12, day=31, hour=16, minute=30)
        renamed = yard.update_yard_details(ctx, admin, clock, profile=dataclasses.replace(profile, code="SH03"))
        assert renamed.code == "SH03"
        assert number_parts(certified.certify(2).number) == ("SH03", 2027, 1)
    finally:
        certified.close()


@pytest.fixture
def yard_db(yard: Yard) -> Yard:
    return yard
