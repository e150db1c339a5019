"""The yard's sync over real HTTP to a real head office: push, cursor truth, problems list, status, photos."""

from __future__ import annotations

import pytest

from dismantler_app.services.sync.state import Backoff, WorkerBusy, WorkerLock
from dismantler_app.storage import sync_store
from dismantler_app.storage.outbox import OutboxState, list_events
from tests.sync.yards import hub_rows, projections, synced_yard


def test_push_delivers_every_event_exactly_once(yard, hub_db):
    for serial in range(30):
        yard.intake(serial)
    report = yard.sync.push(yard.client)
    assert report.batches_sent >= 2  # 60+ events in batches of at most 50
    with yard.yard.store.read() as session:
        local = list_events(session, limit=10_000)
    assert {e.state for e in local} == {OutboxState.DELIVERED}
    held = hub_rows(hub_db[0], "SELECT event_id FROM events ORDER BY sequence")
    assert [r["event_id"] for r in held] == [e.event_id for e in local]
    assert len(projections(hub_db[0])["links"]) == 30
    again = yard.sync.push(yard.client)
    assert again.batches_sent == 0
    assert yard.sync.status().pending == 0


def test_a_pack_linked_in_another_yard_lands_in_the_problems_list_and_the_queue_moves_on(yard, hub, hub_db, tmp_path):
    south = synced_yard(tmp_path / "south", hub_url=hub.url, dsn=hub_db[0], name="South")
    try:
        yard.intake(1, pack=7)
        yard.sync.push(yard.client)
        south.intake(2, pack=7)
        south.intake(3)
        report = south.sync.push(south.client)
        assert report.new_problems == 1
        with south.yard.store.read() as session:
            (problem,) = sync_store.list_problems(session)
            assert problem["code"] == "pack_linked_elsewhere" and problem["other_yard"] == "North"
            assert {e.state for e in list_events(session, limit=1000)} == {OutboxState.DELIVERED}
        assert south.sync.status().open_problems == 1
    finally:
        south.close()


def test_photos_upload_once_and_resume(yard, hub_db):
    sha = yard.yard.ctx.photos.put(b"\xff\xd8" + bytes(range(256)) * 3000)
    with yard.yard.store.write_transaction() as session:
        session.execute(
            "INSERT INTO photos (sha256, size_bytes, media_type, stored_at) VALUES (?, ?, 'image/jpeg', ?)",
            [sha, 768_002, "2026-06-01T08:00:00+00:00"],
        )
    # A first attempt that stopped after one chunk:
    data = yard.yard.ctx.photos.read(sha)
    key, site = yard.key, yard.sync._site_id()
    yard.client._signed(key, site, "PUT", f"/v1/photos/{sha}?offset=0&size={len(data)}", data[:1000])
    assert yard.sync.upload_photos(yard.client, site) == 1
    stored = hub_rows(hub_db[0], "SELECT complete, length(data) AS n FROM photos WHERE sha256 = %s", [sha])
    assert stored == [{"complete": True, "n": len(data)}]
    assert yard.sync.upload_photos(yard.client, site) == 0


def test_one_sync_worker_per_database(yard):
    lock = WorkerLock(yard.yard.store.path)
    lock.acquire()
    try:
        with pytest.raises(WorkerBusy):
            WorkerLock(yard.yard.store.path).acquire()
    finally:
        lock.release()
    WorkerLock(yard.yard.store.path).acquire()


def test_backoff_grows_exponentially_with_jitter_and_a_cap():
    import random

    backoff = Backoff(base_s=5, cap_s=900)
    rng = random.Random(1)
    delays = [backoff.delay(n, rng) for n in range(1, 12)]
    assert 2.5 <= delays[0] <= 5 and 40 <= delays[4] <= 80
    assert all(450 <= d <= 900 for d in delays[8:])
    assert len({round(backoff.delay(3, rng), 6) for _ in range(20)}) > 1  # jitter
