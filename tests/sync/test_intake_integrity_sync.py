"""The intake-integrity changes reach head office as their own events, over real HTTP into PostgreSQL: an unlinked
mistaken pack is released there too (so the vehicle it belongs to may take it, in any yard), a discarded intake is
cancelled, and a deleted photo (a kind head office does not project) is held without a sync problem."""

from __future__ import annotations

from dismantler_app.domain.records import PhotoKind
from dismantler_app.services import intakes, packs, photos
from dismantler_app.storage.outbox import list_events
from tests.services.yard_setup import bev, pack_code, photo_bytes
from tests.sync.yards import hub_rows, synced_yard


def test_unlink_discard_and_photo_delete_reach_head_office_without_problems(yard, hub, hub_db, tmp_path):
    y = yard.yard
    intake = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(1))
    packs.record_scan(y.ctx, y.operator, y.clock, intake, payload=pack_code(11))
    shot = photos.add_photo(y.ctx, y.operator, y.clock, intake, data=photo_bytes("exterior"), kind=PhotoKind.EXTERIOR)
    assert yard.sync.push(yard.client).new_problems == 0
    active = "SELECT code FROM pack_links WHERE NOT unlinked ORDER BY code"
    assert hub_rows(hub_db[0], active) == [{"code": pack_code(11)}]

    packs.unlink_pack(y.ctx, y.operator, y.clock, intake, code=pack_code(11), reason="label of the next car")
    photos.delete_photo(y.ctx, y.operator, y.clock, intake, sha256=shot, reason="wrong car")
    discarded = intakes.create_intake(y.ctx, y.operator, y.clock, vehicle=bev(2))
    packs.record_scan(y.ctx, y.operator, y.clock, discarded, payload=pack_code(22))
    intakes.discard_intake(y.ctx, y.operator, y.clock, discarded, reason="typed the wrong VIN")
    report = yard.sync.push(yard.client)

    assert report.new_problems == 0
    assert hub_rows(hub_db[0], active) == []
    status = hub_rows(hub_db[0], "SELECT status FROM vehicles WHERE intake_id = %s", [discarded])
    assert status == [{"status": "cancelled"}]
    kinds = {r["type"] for r in hub_rows(hub_db[0], "SELECT type FROM events")}
    assert {"pack.unlinked", "photo.deleted", "intake.cancelled"} <= kinds
    with y.store.read() as session:
        assert all(e.state.value == "delivered" for e in list_events(session, limit=10_000))

    # the pack the first yard let go is linked to its own vehicle in a second yard, with no conflict at head office
    south = synced_yard(tmp_path / "south", hub_url=hub.url, dsn=hub_db[0], name="South")
    try:
        south.intake(3, pack=11)
        assert south.sync.push(south.client).new_problems == 0
    finally:
        south.close()
