"""Handing a pack over: the receiver must be on head office's white list once the yard holds one (a policy may
relax it), and "not in the future" is judged by the yard's own calendar day, not UTC's."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from stdnum.cn import uscc

from dismantler_app.domain.policy import Policy
from dismantler_app.hub.database import connect
from dismantler_app.hub.reference import add_receiver, remove_receiver
from dismantler_app.services import handovers
from dismantler_app.services.errors import InvalidInput
from dismantler_app.services.yard import update_policy, yard_record
from dismantler_app.storage.outbox import list_events
from tests.services.yard_setup import pack_code


def _uscc(body: str) -> str:
    return body + uscc.calc_check_digit(body)


LISTED = _uscc("91440600MA4W00000")
OTHER = _uscc("91310000MA1K00000")


def _hand_over(y, intake: str, code: str, receiver: str, *, on: date = date(2026, 6, 1)):
    return handovers.hand_over_pack(
        y.ctx, y.operator, y.clock, intake, pack_code=code, receiver_name="回收企业", receiver_uscc=receiver,
        handed_over_on=on,
    )  # fmt: skip


def _handover_events(y) -> list[dict]:
    with y.store.read() as session:
        return [dict(e.payload) for e in list_events(session, limit=10_000) if e.type == "pack.handed_over"]


def _publish(hub_db, action, **kwargs) -> None:
    with connect(hub_db[0], autocommit=True) as conn:
        action(conn, **kwargs)


def test_without_a_white_list_from_head_office_a_handover_is_allowed_and_noted(yard):
    intake, _ = yard.certify(1)
    _hand_over(yard.yard, intake, pack_code(10), OTHER)
    (event,) = _handover_events(yard.yard)
    assert event["receiver_uscc"] == OTHER and event["white_list"] == "no_list_yet"


def test_a_receiver_off_head_offices_white_list_is_refused(yard, hub_db):
    _publish(hub_db, add_receiver, uscc=LISTED, name="广东邦普循环科技有限公司", category="comprehensive_utilisation")
    yard.sync.push(yard.client)
    intake, _ = yard.certify(2, packs_count=2)
    with pytest.raises(InvalidInput) as refused:
        _hand_over(yard.yard, intake, pack_code(20), OTHER)
    assert (refused.value.field, refused.value.reason) == ("receiver_uscc", "not_white_listed")
    assert _handover_events(yard.yard) == []  # nothing of the refused handover was written

    _hand_over(yard.yard, intake, pack_code(20), LISTED)
    assert [e["white_list"] for e in _handover_events(yard.yard)] == ["listed"]


def test_a_receiver_head_office_removed_from_the_list_is_refused_after_the_next_fetch(yard, hub_db):
    _publish(hub_db, add_receiver, uscc=LISTED, name="广东邦普", category="cascade_use")
    yard.sync.push(yard.client)
    _publish(hub_db, remove_receiver, uscc=LISTED)
    yard.sync.push(yard.client)
    intake, _ = yard.certify(3)
    with pytest.raises(InvalidInput, match="not_white_listed"):
        _hand_over(yard.yard, intake, pack_code(30), LISTED)


def test_a_yard_policy_may_allow_receivers_off_the_list_and_the_event_says_so(yard, hub_db):
    _publish(hub_db, add_receiver, uscc=LISTED, name="广东邦普", category="cascade_use")
    yard.sync.push(yard.client)
    y = yard.yard
    relaxed = dataclasses.replace(yard_record(y.ctx, y.admin).policy, require_white_listed_receiver=False)
    update_policy(y.ctx, y.admin, y.clock, policy=relaxed)
    intake, _ = yard.certify(4)
    _hand_over(y, intake, pack_code(40), OTHER)
    assert [e["white_list"] for e in _handover_events(y)] == ["not_listed"]


def test_the_white_list_setting_defaults_to_on_and_survives_storage():
    assert Policy().require_white_listed_receiver is True
    assert Policy.from_json({"market": Policy().market.value}).require_white_listed_receiver is True
    stored = Policy(require_white_listed_receiver=False).to_json()
    assert Policy.from_json(stored).require_white_listed_receiver is False


def test_the_handover_date_is_checked_against_the_yards_local_day(yard):
    intake, _ = yard.certify(5, packs_count=2)
    # 23:30 UTC on 1 June is 07:30 on 2 June in Shanghai: a handover dated 2 June happened today, not tomorrow.
    yard.yard.clock.current = datetime(2026, 6, 1, 23, 30, tzinfo=UTC)
    _hand_over(yard.yard, intake, pack_code(50), OTHER, on=date(2026, 6, 2))
    with pytest.raises(InvalidInput) as refused:
        _hand_over(yard.yard, intake, pack_code(51), OTHER, on=date(2026, 6, 3))
    assert (refused.value.field, refused.value.reason) == ("handed_over_on", "in_future")
