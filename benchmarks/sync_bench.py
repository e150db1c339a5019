"""Sync benchmarks on loopback with a real PostgreSQL and head office in its own uvicorn process.

1. Drain a backlog of N outbox events (default 100,000) from one yard to head office (events/s; target ≥ 5,000/s).
2. Twenty yards pushing at once (p95 batch latency; errors must be zero).
3. Export N events to a USB bundle, import it at head office, apply the receipt (seconds for each).

Run: ``.venv/bin/python benchmarks/sync_bench.py [--events 100000]`` (needs PostgreSQL's server binaries).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.domain.clock import SystemClock
from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import Market
from dismantler_app.hub.bundles import import_bundle_file
from dismantler_app.services.sync import SyncService
from dismantler_app.storage.database import Store
from dismantler_app.storage.outbox import append_event
from dismantler_app.storage.photos import PhotoStore
from dismantler_app.storage.yard import YardProfile, insert_yard
from dismantler_app.sync.bundle import receipt_path_for
from dismantler_app.sync.client import HubClient
from tests.hub.servers import ProcessHub, enrolment_token, new_hub_database
from tests.hub.yard_double import YardDouble


def make_yard(folder: Path, events: int, hub_url: str, dsn: str) -> SyncService:
    folder.mkdir(parents=True)
    store = Store.open(folder / "yard.sqlite3")
    clock = SystemClock()
    with store.write_transaction() as session:
        insert_yard(session, YardProfile(code="BM01", name="Bench", market=Market.CN), Policy())
    done = 0
    while done < events:
        with store.write_transaction() as session:
            for _ in range(min(10_000, events - done)):
                n = done
                append_event(
                    session,
                    event_type="pack.scanned",
                    payload={
                        "entity_id": uuid.uuid4().hex,
                        "intake_id": f"i{n // 2}",
                        "vin": f"VIN{n // 2:014d}",
                        "code": f"{n:024d}",
                        "result": "pack_recorded",
                    },
                    created_at=clock.now(),
                )
                done += 1
    sync = SyncService(
        store=store, photos=PhotoStore(folder / "photos"), signing_key=Ed25519PrivateKey.generate(), clock=clock
    )
    client = HubClient(hub_url, clock=clock)
    sync.enrol(client, token=enrolment_token(dsn, folder.name))
    client.close()
    return sync


def drain(events: int, root: Path) -> None:
    dsn, _ = new_hub_database()
    hub = ProcessHub(dsn)
    try:
        sync = make_yard(root / "drain", events, hub.url, dsn)
        client = HubClient(hub.url, clock=SystemClock(), timeout_s=120)
        started = time.perf_counter()
        report = sync.push(client)
        elapsed = time.perf_counter() - started
        assert sync.status().pending == 0
        print(
            f"drain: {events} events in {report.batches_sent} batches, {elapsed:.1f} s, "
            f"{events / elapsed:,.0f} events/s"
        )
    finally:
        hub.stop()


def concurrent(yards: int, per_yard: int) -> None:
    dsn, _ = new_hub_database()
    hub = ProcessHub(dsn)
    latencies: list[float] = []
    errors: list[Exception] = []
    lock = threading.Lock()

    def run(index: int) -> None:
        yard = YardDouble(hub.url, enrolment_token(dsn, f"yard-{index}"))
        for n in range(per_yard):
            yard.record(
                "pack.scanned",
                {
                    "entity_id": uuid.uuid4().hex,
                    "intake_id": f"{index}-{n // 2}",
                    "vin": f"V{index:02d}{n // 2:012d}",
                    "code": f"{index:04d}{n:020d}",
                    "result": "pack_recorded",
                },
            )
        for batch in yard.batches(max_events=500):
            started = time.perf_counter()
            try:
                yard.push(batch)
            except Exception as exc:  # counted and reported: the benchmark must show zero
                with lock:
                    errors.append(exc)
                continue
            with lock:
                latencies.append(time.perf_counter() - started)

    try:
        threads = [threading.Thread(target=run, args=(i,)) for i in range(yards)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else latencies[0]
        print(
            f"{yards} yards × {per_yard} events: {len(latencies)} batches of ≤500 in {elapsed:.1f} s, "
            f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, errors {len(errors)}"
        )
    finally:
        hub.stop()


def stick(events: int, root: Path) -> None:
    dsn, _ = new_hub_database()
    hub = ProcessHub(dsn)
    try:
        sync = make_yard(root / "stick", events, hub.url, dsn)
        path = root / "stick.dmb"
        t0 = time.perf_counter()
        sync.export_bundle(path)
        t1 = time.perf_counter()
        import_bundle_file(dsn, path)
        t2 = time.perf_counter()
        sync.import_receipt(receipt_path_for(path))
        t3 = time.perf_counter()
        assert sync.status().pending == 0
        size = path.stat().st_size / 1e6
        print(
            f"stick: {events} events, {size:.1f} MB; export {t1 - t0:.1f} s, hub import {t2 - t1:.1f} s "
            f"({events / (t2 - t1):,.0f} events/s), receipt {t3 - t2:.1f} s"
        )
    finally:
        hub.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--yards", type=int, default=20)
    parser.add_argument("--per-yard", type=int, default=2_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        drain(args.events, root)
        concurrent(args.yards, args.per_yard)
        stick(args.events, root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
