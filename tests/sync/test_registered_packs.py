"""Head office's registered packs, fetched by sync, become an intake's expected packs on their own: when the intake
is created and when its VIN is corrected, in the same transaction, and the certificate rule holds the vehicle to
them."""

from __future__ import annotations

import dataclasses

import pytest

from dismantler_app.domain.eligibility import BlockCode
from dismantler_app.domain.records import ExpectedSource
from dismantler_app.hub.database import connect
from dismantler_app.hub.reference import register_packs
from dismantler_app.services import intakes, packs
from dismantler_app.services.errors import Refused
from dismantler_app.storage.intakes import load_expected
from dismantler_app.storage.outbox import list_events
from tests.services.yard_setup import add_required_photos, bev, complete_documents, measured, pack_code

REGISTERED = [pack_code(31), pack_code(32)]


@pytest.fixture
def registered(yard, hub_db):
    """Head office registers two packs for bev(3)'s VIN and the yard has fetched them in a push round."""
    with connect(hub_db[0], autocommit=True) as conn:
        register_packs(conn, vin=bev(3).vin, codes=REGISTERED)
    assert yard.sync.push(yard.client).reference_items == 1
    return yard


def _expected(yard, intake_id):
    with yard.yard.store.read() as session:
        return load_expected(session, intake_id)


def test_an_intake_created_for_a_registered_vin_expects_exactly_head_offices_packs(registered):
    y = registered.yard
    intake = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(3), documents=complete_documents())
    expected = _expected(registered, intake)
    assert expected.source is ExpectedSource.REGISTERED
    assert sorted(expected.codes) == sorted(REGISTERED)
    # ...written by the creating transaction itself: its event shares the intake.created event's transaction id.
    with y.store.read() as session:
        events = [e for e in list_events(session, limit=1000) if e.payload.get("entity_id") == intake]
    assert [e.type for e in events] == ["intake.created", "intake.expected_packs_set"]
    assert len({e.tx_id for e in events}) == 1


def test_the_rule_blocks_a_certificate_when_a_registered_pack_is_missing(registered):
    y = registered.yard
    intake = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(3), documents=complete_documents())
    only = REGISTERED[0]
    packs.record_scan(y.ctx, y.operator, y.clock, intake, payload=only)
    packs.triage_pack(y.ctx, y.operator, y.clock, intake, triage=measured(only))
    add_required_photos(y.ctx, y.operator, y.clock, intake)
    verdict = intakes.eligibility(y.ctx, y.supervisor, intake)
    missing = [r for r in verdict.reasons if r.code is BlockCode.PACK_MISSING]
    assert missing and REGISTERED[1] in str(missing)
    # the operator cannot even submit it: a missing pack is a fact at the gate, not a supervisor's decision
    with pytest.raises(Refused) as refused:
        intakes.submit_for_review(y.ctx, y.operator, y.clock, intake)
    assert [r.code for r in refused.value.blockers] == [BlockCode.PACK_MISSING]


def test_an_intake_for_a_vin_head_office_does_not_know_keeps_no_expectation(registered):
    y = registered.yard
    intake = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(4))
    assert _expected(registered, intake) is None
    assert BlockCode.EXPECTED_PACKS_UNKNOWN in intakes.eligibility(y.ctx, y.supervisor, intake).codes()


def test_correcting_the_vin_follows_head_offices_registration_both_ways(registered):
    y = registered.yard
    intake = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(4))
    assert _expected(registered, intake) is None

    intakes.update_vehicle(y.ctx, y.operator, y.clock, intake, vehicle=bev(3))
    expected = _expected(registered, intake)
    assert expected.source is ExpectedSource.REGISTERED and sorted(expected.codes) == sorted(REGISTERED)

    # Corrected again to a VIN head office registers nothing for: the old VIN's packs no longer apply.
    intakes.update_vehicle(y.ctx, y.operator, y.clock, intake, vehicle=dataclasses.replace(bev(4), plate="沪AD1"))
    assert _expected(registered, intake) is None


def test_a_declaration_is_replaced_by_the_registration_when_the_vin_is_corrected(registered):
    y = registered.yard
    intake = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(4))
    packs.declare_expected_packs(y.ctx, y.operator, y.clock, intake, codes=[pack_code(77)])
    intakes.update_vehicle(y.ctx, y.operator, y.clock, intake, vehicle=bev(3))
    expected = _expected(registered, intake)
    assert expected.source is ExpectedSource.REGISTERED and sorted(expected.codes) == sorted(REGISTERED)
