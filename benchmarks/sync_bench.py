"""Sync benchmarks on loopback with a real PostgreSQL and head office in its own uvicorn process.

1. Drain a backlog of N outbox events (default 100,000) from one yard to head office (events/s; target ≥ 5,000/s).
2. Twenty yards pushing at once, each its own SQLite database (p95 batch latency; errors must be zero).
3. Export N events to a USB bundle, import it at head office, apply the receipt (seconds for each).

Run: ``.venv/bin/python benchmarks/sync_bench.py [--events 100000]`` (needs PostgreSQL's server binaries). The
cluster runs with ``fsync=off`` (see ``pg_cluster.py``): the figures measure sync, not the disk.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from benchmarks.pg_cluster import cluster, free_port
from dismantler_app.domain.clock import SystemClock
from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import Market
from dismantler_app.hub.bundles import import_bundle_file
from dismantler_app.hub.database import apply_migrations, connect
from dismantler_app.hub.yards import create_enrolment_token, ensure_hub_keys
from dismantler_app.services.sync.service import SyncService
from dismantler_app.storage.database import Store
from dismantler_app.storage.outbox import append_event
from dismantler_app.storage.photos import PhotoStore
from dismantler_app.storage.yard import YardProfile, insert_yard
from dismantler_app.sync.bundle import receipt_path_for
from dismantler_app.sync.client import HubClient


class Hub:
    """``dismantler hub serve`` on a fresh, migrated database, in its own process."""

    def __init__(self) -> None:
        self.dsn = cluster().new_database()
        apply_migrations(self.dsn)
        with connect(self.dsn, autocommit=True) as conn:
            ensure_hub_keys(conn)
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        argv = [sys.executable, "-m", "dismantler_app", "hub", "serve", "--db", self.dsn, "--port", str(port)]
        self.process = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.1)

    def token(self, name: str) -> str:
        with connect(self.dsn, autocommit=True) as conn:
            return create_enrolment_token(conn, name)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def make_yard(folder: Path, events: int, hub: Hub, *, batch_events: int = 1000) -> SyncService:
    """A yard database with ``events`` pack scans queued (as the services write them), enrolled at ``hub``."""
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
                        "intake_id": f"{folder.name}-{n // 2}",
                        "vin": f"V{folder.name[-6:]:>6}{n // 2:010d}",
                        "code": f"{folder.name[-6:]:>6}{n:018d}",
                        "result": "pack_recorded",
                    },
                    created_at=clock.now(),
                    tx_id=uuid.uuid4().hex,
                )
                done += 1
    sync = SyncService(
        store=store,
        photos=PhotoStore(folder / "photos"),
        signing_key=Ed25519PrivateKey.generate(),
        clock=clock,
        batch_events=batch_events,
    )
    client = HubClient(hub.url, clock=clock)
    sync.enrol(client, token=hub.token(folder.name))
    client.close()
    return sync


class TimedClient(HubClient):
    """Records how long each batch took from sending to head office's committed answer."""

    def __init__(self, *args: Any, latencies: list[float], lock: threading.Lock, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.latencies, self.lock = latencies, lock

    def push_batch_bytes(self, content: bytes, *, batch_hash: str) -> dict[str, Any]:
        started = time.perf_counter()
        answer = super().push_batch_bytes(content, batch_hash=batch_hash)
        with self.lock:
            self.latencies.append(time.perf_counter() - started)
        return answer


def drain(events: int, root: Path) -> None:
    hub = Hub()
    try:
        sync = make_yard(root / "drain", events, hub)
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


def concurrent(yards: int, per_yard: int, root: Path, batch_events: int) -> None:
    hub = Hub()
    latencies: list[float] = []
    errors: list[Exception] = []
    lock = threading.Lock()
    try:
        syncs = [make_yard(root / f"yard-{i:06d}", per_yard, hub, batch_events=batch_events) for i in range(yards)]

        def run(sync: SyncService) -> None:
            client = TimedClient(hub.url, clock=SystemClock(), timeout_s=120, latencies=latencies, lock=lock)
            try:
                sync.push(client)
                assert sync.status().pending == 0
            except Exception as exc:  # counted and reported: the benchmark must show zero
                with lock:
                    errors.append(exc)
            finally:
                client.close()

        threads = [threading.Thread(target=run, args=(sync,)) for sync in syncs]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        p95 = statistics.quantiles(latencies, n=20)[-1]
        print(
            f"{yards} yards × {per_yard} events: {len(latencies)} batches of ≤{batch_events} in {elapsed:.1f} s "
            f"({yards * per_yard / elapsed:,.0f} events/s), p50 {statistics.median(latencies) * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, errors {len(errors)}"
        )
    finally:
        hub.stop()


def stick(events: int, root: Path) -> None:
    hub = Hub()
    try:
        sync = make_yard(root / "stick", events, hub)
        path = root / "stick.dmb"
        t0 = time.perf_counter()
        sync.export_bundle(path)
        t1 = time.perf_counter()
        import_bundle_file(hub.dsn, path)
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
    parser.add_argument("--yard-batch", type=int, default=500, help="batch size of the concurrent yards")
    parser.add_argument("--only", choices=["drain", "concurrent", "stick"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        if args.only in (None, "drain"):
            drain(args.events, root)
        if args.only in (None, "concurrent"):
            concurrent(args.yards, args.per_yard, root, args.yard_batch)
        if args.only in (None, "stick"):
            stick(args.events, root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
