"""The sync worker's thread: it retries on its own timer with backoff while head office is down, delivers once
head office comes up, and at start-up takes head office's cursor as the truth instead of resending."""

from __future__ import annotations

import random
import re
import time

import httpx
import pytest

from benchmarks.pg_cluster import free_port
from dismantler_app.services.sync.state import Backoff
from dismantler_app.services.sync.worker import SyncWorker, WorkerBusy
from dismantler_app.storage import sync_store
from dismantler_app.sync.client import HubClient
from tests.hub.servers import ThreadedHub
from tests.hub.staff import metrics_token
from tests.sync.push_process import run_push_process
from tests.sync.yards import assert_exactly_once, hub_rows

FAST = Backoff(base_s=0.05, cap_s=0.4, idle_s=0.2)


def _wait(condition, *, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError("the worker did not get there in time")


def _link(yard) -> dict:
    with yard.yard.store.read() as session:
        return sync_store.load_link(session)


def test_the_worker_retries_with_backoff_until_head_office_comes_up(yard, hub_db):
    for serial in range(5):
        yard.intake(serial)
    port = free_port()  # nothing listens here yet
    client = HubClient(f"http://127.0.0.1:{port}", clock=yard.client.clock, timeout_s=2)
    worker = SyncWorker(yard.sync, yard.yard.store.path, client, backoff=FAST, rng=random.Random(3))
    worker.start()
    hub = None
    try:
        _wait(lambda: _link(yard)["failures"] >= 3)  # retried by the timer, without any new write
        assert "cannot reach head office" in _link(yard)["last_error"]
        assert yard.sync.status().pending > 0
        hub = ThreadedHub(hub_db[0], port=port)
        _wait(lambda: _link(yard)["failures"] == 0)  # the round that succeeded recorded itself
        assert _link(yard)["last_error"] == "" and yard.sync.status().pending == 0
        assert_exactly_once(yard, hub_db[0])
        yard.intake(9)
        worker.wake()  # a new record is sent without waiting for the idle timer
        _wait(lambda: yard.sync.status().pending == 0, timeout_s=5)
    finally:
        worker.stop()
        client.close()
        if hub is not None:
            hub.stop()


def test_at_start_up_the_worker_takes_head_offices_cursor_and_resends_nothing(yard, hub, hub_db, tmp_path):
    for serial in range(6):
        yard.intake(serial)
    # The yard's process died after head office committed its second batch and before the yard recorded it.
    assert run_push_process(yard, hub.url, tmp_path, point="after_hub_commit") < 0
    yard.sync.batch_events = 4  # the batches already cut stay as cut; new ones the same size
    held_before = hub_rows(hub_db[0], "SELECT count(*) AS n FROM events")[0]["n"]
    assert held_before == 8 and yard.sync.status().delivered == 4

    worker = SyncWorker(yard.sync, yard.yard.store.path, yard.client, backoff=FAST)
    worker.start()
    try:
        with pytest.raises(WorkerBusy):
            SyncWorker(yard.sync, yard.yard.store.path, yard.client).start()  # one worker per database
        _wait(lambda: yard.sync.status().pending == 0)
    finally:
        worker.stop()
    assert_exactly_once(yard, hub_db[0])
    with yard.yard.store.read() as session:
        batches = session.scalar("SELECT count(*) FROM sync_batches")
    bearer = {"Authorization": f"Bearer {metrics_token(hub_db[0])}"}
    ingested = re.search(r"hub_batches_ingested_total (\d+)", httpx.get(hub.url + "/metrics", headers=bearer).text)
    assert int(ingested.group(1)) == batches  # each batch reached head office once: none was sent again
