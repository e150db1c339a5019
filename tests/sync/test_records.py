"""What the yard's services write reaches head office whole: one transaction per user action, owner data sealed,
released pack links, and head office's reference data back into the yard."""

from __future__ import annotations

import json
import zipfile
from collections import defaultdict
from datetime import date

import httpx
import pytest
from stdnum.cn import uscc

from dismantler_app.domain.records import Documents, ExpectedSource, Owner
from dismantler_app.hub.bundles import import_bundle_file
from dismantler_app.hub.database import connect
from dismantler_app.hub.reference import register_packs
from dismantler_app.services import handovers, intakes, packs
from dismantler_app.storage import sync_store
from dismantler_app.storage.intakes import load_expected
from dismantler_app.storage.outbox import list_events
from dismantler_app.sync.bundle import receipt_path_for
from dismantler_app.sync.documents import SignatureRefused
from tests.services.yard_setup import bev, pack_code
from tests.sync.yards import hub_rows, synced_yard

OWNER = Owner(
    name="王芳",
    id_number="11010519491231002X",
    phone="13800138000",
    address="北京市东城区",
    id_document_type="居民身份证",
)
RECEIVER_USCC = "91440600MA4W" + "00000" + uscc.calc_check_digit("91440600MA4W00000")


def _events(yard) -> list:
    with yard.yard.store.read() as session:
        return list_events(session, limit=10_000)


def test_events_of_one_user_action_share_a_transaction_id(yard):
    intake = intakes.create_intake(yard.yard.ctx, yard.yard.operator, yard.yard.clock, vehicle=bev(1))
    for n in range(3):
        packs.record_scan(yard.yard.ctx, yard.yard.operator, yard.yard.clock, intake, payload=pack_code(n))
    intakes.cancel_intake(yard.yard.ctx, yard.yard.supervisor, yard.yard.clock, intake)
    events = _events(yard)
    start = next(n for n, e in enumerate(events) if e.type == "intake.created")
    by_tx = defaultdict(list)
    for event in events[start:]:
        by_tx[event.tx_id].append(event.type)
    assert "" not in by_tx  # every event a change writes carries its transaction
    cancel = [types for types in by_tx.values() if "intake.cancelled" in types]
    assert cancel == [["pack.unlinked", "pack.unlinked", "pack.unlinked", "intake.cancelled"]]
    assert len(by_tx) == 5  # created, three scans, one cancellation


def test_batches_are_cut_only_between_transactions(yard, hub_db):
    for serial in range(4):
        intake = intakes.create_intake(yard.yard.ctx, yard.yard.operator, yard.yard.clock, vehicle=bev(serial))
        for n in range(4):
            packs.record_scan(
                yard.yard.ctx, yard.yard.operator, yard.yard.clock, intake, payload=pack_code(serial * 10 + n)
            )
        intakes.cancel_intake(yard.yard.ctx, yard.yard.supervisor, yard.yard.clock, intake)  # five events at once
    yard.sync.batch_events = 3
    yard.sync.cut_new_batches()
    with yard.yard.store.read() as session:
        batches = sync_store.open_batches(session)
    batch_of = {seq: b.batch_hash for b in batches for seq in range(b.first_sequence, b.last_sequence + 1)}
    spans = defaultdict(set)
    for event in _events(yard):
        spans[event.tx_id].add(batch_of[event.sequence])
    assert all(len(hashes) == 1 for hashes in spans.values())
    assert max(b.last_sequence - b.first_sequence + 1 for b in batches) == 5  # a transaction larger than a batch
    yard.sync.push(yard.client)
    assert yard.sync.status().pending == 0
    assert hub_rows(hub_db[0], "SELECT count(*) AS n FROM pack_links WHERE NOT unlinked")[0]["n"] == 0


def test_owner_data_travels_sealed_over_http_and_head_office_opens_it(yard, hub_db):
    intake = intakes.create_intake(yard.yard.ctx, yard.yard.operator, yard.yard.clock, vehicle=bev(1), owner=OWNER)
    yard.sync.cut_new_batches()
    (batch,) = yard.sync._open_batches(yard.sync._site_id())
    body = yard.sync._encode(batch, yard.sync._link()).decode("utf-8")
    for personal in (OWNER.id_number, OWNER.name, OWNER.phone, OWNER.address):
        assert personal not in body
    yard.sync.push(yard.client)
    (owner,) = hub_rows(hub_db[0], "SELECT intake_id, data FROM owners")
    assert owner["intake_id"] == intake
    assert owner["data"] == {
        "owner_name": OWNER.name,
        "owner_id_number": OWNER.id_number,
        "owner_phone": OWNER.phone,
        "owner_address": OWNER.address,
    }
    assert OWNER.id_number not in json.dumps(hub_rows(hub_db[0], "SELECT facts FROM vehicles"), ensure_ascii=False)
    corrected = Owner(name=OWNER.name, id_number="110105194912310037")
    intakes.record_documents(
        yard.yard.ctx, yard.yard.operator, yard.yard.clock, intake, documents=Documents(), owner=corrected
    )
    yard.sync.push(yard.client)
    data = hub_rows(hub_db[0], "SELECT data FROM owners")[0]["data"]
    assert data["owner_id_number"] == "110105194912310037" and data["owner_phone"] == ""


def test_owner_data_on_a_stick_is_sealed_and_opened_at_head_office(yard, hub_db, tmp_path):
    intakes.create_intake(yard.yard.ctx, yard.yard.operator, yard.yard.clock, vehicle=bev(1), owner=OWNER)
    stick = tmp_path / "stick.dmb"
    yard.sync.export_bundle(stick)
    with zipfile.ZipFile(stick) as archive:
        text = "".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    assert OWNER.id_number not in text and OWNER.name not in text and "sealed_personal" in text
    import_bundle_file(hub_db[0], stick)
    yard.sync.import_receipt(receipt_path_for(stick))
    assert hub_rows(hub_db[0], "SELECT data->>'owner_id_number' AS id FROM owners") == [{"id": OWNER.id_number}]


def test_a_pack_handed_over_in_one_yard_may_later_be_linked_in_another(yard, hub, hub_db, tmp_path):
    south = synced_yard(tmp_path / "south", hub_url=hub.url, dsn=hub_db[0], name="South")
    try:
        intake, _ = yard.certify(5)
        handed = pack_code(50)
        handovers.hand_over_pack(
            yard.yard.ctx, yard.yard.operator, yard.yard.clock, intake, pack_code=handed,
            receiver_name="广东邦普循环科技有限公司", receiver_uscc=RECEIVER_USCC, handed_over_on=date(2026, 6, 1),
        )  # fmt: skip
        cancelled = intakes.create_intake(yard.yard.ctx, yard.yard.operator, yard.yard.clock, vehicle=bev(6))
        packs.record_scan(yard.yard.ctx, yard.yard.operator, yard.yard.clock, cancelled, payload=pack_code(60))
        intakes.cancel_intake(yard.yard.ctx, yard.yard.supervisor, yard.yard.clock, cancelled)
        yard.sync.push(yard.client)

        south.intake(7, pack=50)  # the handed-over pack, rebuilt into another vehicle
        south.intake(8, pack=60)  # the pack of the cancelled intake
        report = south.sync.push(south.client)
        assert report.new_problems == 0 and south.sync.status().open_problems == 0
        active = hub_rows(
            hub_db[0], "SELECT code, site_id FROM pack_links WHERE NOT unlinked AND code = ANY(%s) ORDER BY code",
            [[handed, pack_code(60)]],
        )  # fmt: skip
        assert active == [
            {"code": handed, "site_id": south.sync._site_id()},
            {"code": pack_code(60), "site_id": south.sync._site_id()},
        ]
        # A pack still with its vehicle in the first yard is refused in the second, as before.
        yard.intake(9, pack=90)
        yard.sync.push(yard.client)
        south.intake(10, pack=90)
        assert south.sync.push(south.client).new_problems == 1
    finally:
        south.close()


def test_registered_packs_from_head_office_become_an_intakes_expected_packs(yard, hub, hub_db):
    codes = [pack_code(31), pack_code(32)]
    with connect(hub_db[0], autocommit=True) as conn:
        register_packs(conn, vin=bev(3).vin, codes=codes)
    report = yard.sync.push(yard.client)
    assert report.reference_items == 1
    assert yard.sync.push(yard.client).reference_items == 0  # only what is new is fetched
    with yard.yard.store.read() as session:
        assert sync_store.registered_packs(session, bev(3).vin) == sorted(codes)

    known = intakes.create_intake(yard.yard.ctx, yard.yard.operator, yard.yard.clock, vehicle=bev(3))
    unknown = intakes.create_intake(yard.yard.ctx, yard.yard.operator, yard.yard.clock, vehicle=bev(4))
    assert packs.expect_registered_packs(yard.yard.ctx, yard.yard.operator, yard.yard.clock, known) == tuple(
        sorted(codes)
    )
    assert packs.expect_registered_packs(yard.yard.ctx, yard.yard.operator, yard.yard.clock, unknown) == ()
    with yard.yard.store.read() as session:
        expected = load_expected(session, known)
        assert load_expected(session, unknown) is None
    assert expected.source is ExpectedSource.REGISTERED and sorted(expected.codes) == sorted(codes)
    outcome = packs.record_scan(yard.yard.ctx, yard.yard.operator, yard.yard.clock, known, payload=pack_code(33))
    assert outcome.expected is False  # a pack the registration does not name shows up as unexpected


def test_reference_data_signed_by_another_key_is_refused(yard, hub, hub_db):
    with connect(hub_db[0], autocommit=True) as conn:
        register_packs(conn, vin=bev(3).vin, codes=[pack_code(31)])
    with yard.yard.store.write_transaction() as session:
        session.execute("UPDATE sync_link SET hub_signing_key = ?", [yard.sync._link()["hub_sealing_key"]])
    with pytest.raises(SignatureRefused):
        yard.sync.fetch_reference(yard.client)
    with yard.yard.store.read() as session:
        assert sync_store.registered_packs(session, bev(3).vin) == []
    assert httpx.get(hub.url + "/health").status_code == 200
