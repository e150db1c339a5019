"""Fault injection: a flaky network, head office killed mid-transaction, an old backup restored, a skewed clock.
After each: every event exactly once at head office, nothing lost at the yard, projections as in a clean run."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from dismantler_app.services.context import ServiceContext
from dismantler_app.services.sync.service import SyncService
from dismantler_app.storage.backup import backup_to, restore_from
from dismantler_app.storage.database import Store
from dismantler_app.sync.client import HubClient, HubUnreachable
from tests.hub.servers import ProcessHub, new_hub_database
from tests.services.yard_setup import TEST_HASHER
from tests.sync.flaky_proxy import FlakyProxy
from tests.sync.yards import assert_exactly_once, hub_rows, projections, push_until_done, synced_yard


@dataclass
class SkewedClock:
    skew: timedelta

    def now(self) -> datetime:
        return datetime.now(UTC) + self.skew


def test_a_flaky_network_loses_and_duplicates_nothing(hub, hub_db, tmp_path, clean_projections):
    proxy = FlakyProxy(hub.url, seed=11)
    yard = synced_yard(tmp_path / "yard", hub_url=hub.url, dsn=hub_db[0], name="North")
    flaky = HubClient(proxy.url, clock=yard.client.clock, timeout_s=5)
    yard.sync.batch_events = 3  # many small batches: many chances for the link to misbehave
    try:
        for serial in range(12):
            yard.intake(serial)
        push_until_done(yard.sync, flaky)
        proxy.flush()  # late copies of old requests arrive after everything
        push_until_done(yard.sync, flaky)
        assert sum(proxy.faults.get(f, 0) for f in ("drop_before", "drop_after", "duplicate", "reorder")) >= 3
        assert_exactly_once(yard, hub_db[0])
        assert projections(hub_db[0]) == clean_projections
    finally:
        flaky.close()
        proxy.stop()
        yard.close()


def test_head_office_killed_mid_transaction_loses_nothing(tmp_path, clean_projections):
    dsn, _ = new_hub_database()
    hub = ProcessHub(dsn)
    yard = synced_yard(tmp_path / "yard", hub_url=hub.url, dsn=dsn, name="North")
    try:
        for serial in range(12):
            yard.intake(serial)
        for serial in range(100, 400):
            yard.intake(serial)
        failed: list[Exception] = []

        def push() -> None:
            try:
                yard.sync.push(HubClient(hub.url, clock=yard.client.clock))
            except HubUnreachable as exc:
                failed.append(exc)

        yard.sync.batch_events = 10  # many short transactions: the kill lands inside one of them
        worker = threading.Thread(target=push)
        worker.start()
        time.sleep(0.5)
        hub.kill()
        worker.join(timeout=60)
        assert failed, "the push finished before head office was killed: the test did not inject its fault"
        hub.start()
        push_until_done(yard.sync, HubClient(hub.url, clock=yard.client.clock))
        assert_exactly_once(yard, dsn)
        clean_vins = {v["vin"] for v in clean_projections["vehicles"]}
        held = [v for v in projections(dsn)["vehicles"] if v["vin"] in clean_vins]
        assert held == clean_projections["vehicles"]
    finally:
        yard.close()
        hub.stop()


@pytest.mark.parametrize("hours", [-2, 2])
def test_a_yard_clock_off_by_two_hours_still_syncs(hub, hub_db, tmp_path, hours, clean_projections):
    yard = synced_yard(tmp_path / "yard", hub_url=hub.url, dsn=hub_db[0], name="North")
    skewed = HubClient(hub.url, clock=SkewedClock(timedelta(hours=hours)))
    try:
        yard.yard.clock.advance(hours=hours)
        for serial in range(12):
            yard.intake(serial)
        push_until_done(yard.sync, skewed)
        assert_exactly_once(yard, hub_db[0])
        assert projections(hub_db[0]) == clean_projections
    finally:
        skewed.close()
        yard.close()


def test_an_old_backup_restored_sends_nothing_twice_and_loses_nothing(hub, hub_db, tmp_path):
    data = tmp_path / "yard"
    yard = synced_yard(data, hub_url=hub.url, dsn=hub_db[0], name="North")
    for serial in range(3):
        yard.intake(serial)
    backup = backup_to(yard.yard.store, tmp_path / "backup.sqlite3")
    for serial in range(3, 6):
        yard.intake(serial)
    yard.sync.push(yard.client)
    before = hub_rows(hub_db[0], "SELECT count(*) AS n FROM events")[0]["n"]
    path, key, clock, photos = yard.yard.store.path, yard.key, yard.yard.clock, yard.yard.ctx.photos
    yard.yard.store.close()

    restore_from(backup, path)  # the three later intakes are gone from the yard, not from head office
    store = Store.open(path)
    try:
        sync = SyncService(store=store, photos=photos, signing_key=key, clock=clock, batch_events=50)
        yard.yard.ctx = ServiceContext(store=store, photos=photos, station="gate-1", password_hasher=TEST_HASHER)
        yard.yard.store, yard.sync = store, sync
        for serial in range(6, 9):
            yard.intake(serial)
        push_until_done(sync, yard.client)
        assert_exactly_once(yard, hub_db[0])
        after = hub_rows(hub_db[0], "SELECT count(*) AS n FROM events")[0]["n"]
        assert after == before + 6  # only the three new intakes (two events each), in the new epoch
        assert len(hub_rows(hub_db[0], "SELECT 1 FROM cursors")) == 2
        assert len(projections(hub_db[0])["links"]) == 9
    finally:
        yard.client.close()
        store.close()
