"""A yard synced only by USB stick gets head office's reference data from the receipt: registered packs become
expected packs and the white list is enforced, exactly as for a yard online; each receipt brings only what is new."""

from __future__ import annotations

import json
from datetime import date

import pytest
from stdnum.cn import uscc

from dismantler_app.domain.records import ExpectedSource
from dismantler_app.hub.bundles import import_bundle_file
from dismantler_app.hub.database import connect
from dismantler_app.hub.reference import add_receiver, register_packs
from dismantler_app.services import handovers, intakes
from dismantler_app.services.errors import InvalidInput
from dismantler_app.storage import sync_store
from dismantler_app.storage.intakes import load_expected
from dismantler_app.sync.bundle import receipt_path_for
from dismantler_app.sync.documents import SignatureRefused
from tests.services.yard_setup import bev, pack_code

LISTED = "91440600MA4W00000" + uscc.calc_check_digit("91440600MA4W00000")
OTHER = "91310000MA1K00000" + uscc.calc_check_digit("91310000MA1K00000")


def _stick_round(yard, dsn, folder, name):
    """Export, import at head office, bring the receipt back: the whole trip of one stick."""
    stick = folder / name
    yard.sync.export_bundle(stick)
    import_bundle_file(dsn, stick)
    return yard.sync.import_receipt(receipt_path_for(stick))


def test_a_stick_only_yard_gets_registered_packs_and_the_white_list_from_the_receipt(yard, hub_db, tmp_path):
    dsn = hub_db[0]
    with connect(dsn, autocommit=True) as conn:
        register_packs(conn, vin=bev(3).vin, codes=[pack_code(31), pack_code(32)])
        add_receiver(conn, uscc=LISTED, name="广东邦普", category="comprehensive_utilisation")
    yard.intake(1)  # something to carry; the yard never pushes over HTTP

    first = _stick_round(yard, dsn, tmp_path, "one.dmb")
    assert first.reference_items == 2 and first.events_delivered > 0
    with yard.yard.store.read() as session:
        assert sync_store.registered_packs(session, bev(3).vin) == sorted([pack_code(31), pack_code(32)])
        assert set(sync_store.white_list(session)) == {LISTED}

    y = yard.yard
    known = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(3))
    with y.store.read() as session:
        expected = load_expected(session, known)
    assert expected.source is ExpectedSource.REGISTERED and len(expected.codes) == 2

    intake, _ = yard.certify(5)
    with pytest.raises(InvalidInput, match="not_white_listed"):
        handovers.hand_over_pack(
            y.ctx, y.operator, y.clock, intake, pack_code=pack_code(50), receiver_name="某公司",
            receiver_uscc=OTHER, handed_over_on=date(2026, 6, 1),
        )  # fmt: skip

    # The next stick says what the yard holds: its receipt carries only what head office published since.
    assert _stick_round(yard, dsn, tmp_path, "two.dmb").reference_items == 0
    with connect(dsn, autocommit=True) as conn:
        register_packs(conn, vin=bev(4).vin, codes=[pack_code(41)])
    assert _stick_round(yard, dsn, tmp_path, "three.dmb").reference_items == 1
    receipt = json.loads(receipt_path_for(tmp_path / "three.dmb").read_text(encoding="utf-8"))
    assert [item["key"] for page in receipt["body"]["reference"] for item in page["body"]["items"]] == [bev(4).vin]


def test_a_receipt_whose_reference_data_was_altered_is_refused_whole(yard, hub_db, tmp_path):
    dsn = hub_db[0]
    with connect(dsn, autocommit=True) as conn:
        register_packs(conn, vin=bev(3).vin, codes=[pack_code(31)])
    yard.intake(1)
    stick = tmp_path / "stick.dmb"
    yard.sync.export_bundle(stick)
    import_bundle_file(dsn, stick)
    path = receipt_path_for(stick)
    receipt = json.loads(path.read_text(encoding="utf-8"))
    receipt["body"]["reference"][0]["body"]["items"][0]["value"]["codes"] = [pack_code(99)]
    path.write_text(json.dumps(receipt, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SignatureRefused):
        yard.sync.import_receipt(path)
    with yard.yard.store.read() as session:
        assert sync_store.registered_packs(session, bev(3).vin) == []
    assert yard.sync.status().exported > 0  # nothing of the altered receipt was applied
