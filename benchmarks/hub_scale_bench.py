"""Head office at scale: 2,000 yards' events through the real ingest path, then the console's pages, for today's
non-partitioned events table (as before 0005) and the partitioned one (0005), in the same run on the same machine.

Each yard's history is made as a yard makes it (intake with the owner's data sealed to head office, pack linked,
certified, certificate, handover to a listed or an unlisted receiver, link released, upload recorded: 7 events per
vehicle, dated over the last year), cut into signed batches of ``--batch`` events, and given to head office as the
bytes of an HTTP body: ``loads_limited`` → ``receive_batch`` (signature, hashes, unsealing, ingest, projections,
summaries, one transaction per batch). ``--workers`` processes ingest yards side by side, as uvicorn's threads would.
The ingest rate is events / the slowest worker's time inside head office's code (making and signing the batches, the
yard's work, is left out); the wall time is printed too. Then each console page is fetched ``--rounds`` times over
HTTP by a signed-in browser session and its p95 printed.

Run: ``.venv/bin/python benchmarks/hub_scale_bench.py [--yards 2000] [--events 1000000] [--workers 2]``; writes
JSON to ``--out`` (default ``benchmarks/out/hub_scale.json``). The cluster runs with ``fsync=off``.

Besides the rate, the CPU seconds ingest took (the worker process and its PostgreSQL backend, both measured around
each batch) give events per CPU second: on a machine shared with other work the wall-clock rate follows the other
load, the CPU cost does not; on two free cores the rate can reach about twice that figure.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
import uvicorn
from argon2 import PasswordHasher
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from benchmarks.pg_cluster import cluster, free_port
from dismantler_app.hub.app import create_app
from dismantler_app.hub.auth import HubRole, add_user
from dismantler_app.hub.database import apply_migrations, connect
from dismantler_app.hub.ingest import receive_batch
from dismantler_app.hub.limits import loads_limited
from dismantler_app.hub.reference import add_receiver
from dismantler_app.hub.yards import create_enrolment_token, enrol_yard, ensure_hub_keys, load_hub_keys
from dismantler_app.sync.batch import cut_batches, encode_batch_bytes
from dismantler_app.sync.events import LOCAL_LINK_MADE, EventType
from dismantler_app.sync.keys import load_sealing_public_key, public_key_text
from dismantler_app.sync.wire import DbEpoch, EventId, SiteId, WireEvent

SCHEMAS = {"one events table (as before 0005)": False, "partitioned (0005, 64 partitions by yard)": True}
# Every migration, then ``events`` made one table again as 0001-0004 had it (with 0004's indexes): the code of this
# tree needs the later migrations (0006's certificate digests), so "before 0005" is this, not ``upto=4``.
UNPARTITION = """
CREATE TABLE events_one (LIKE events INCLUDING DEFAULTS, PRIMARY KEY (site_id, db_epoch, sequence),
    UNIQUE (event_id), FOREIGN KEY (site_id, db_epoch) REFERENCES cursors (site_id, db_epoch));
DROP TABLE events;
ALTER TABLE events_one RENAME TO events;
CREATE INDEX events_by_intake ON events (site_id, (coalesce(payload->>'intake_id', payload->>'entity_id')));
CREATE INDEX events_pack_scans_by_code ON events ((payload->>'code')) WHERE type = 'pack.scanned';
"""
LISTED, UNLISTED = "91310000MA1FL0000X", "91110000600037341L"
PASSWORD = "benchmark password"
PAGES = ("search", "share", "deadlines", "conflicts", "yards", "activity")


def _yard_events(site: str, epoch: str, n_events: int, seed: int, now: datetime) -> list[WireEvent]:
    rng = random.Random(seed)
    events: list[WireEvent] = []

    def add(event_type: str, payload: dict[str, Any], at: datetime) -> None:
        events.append(WireEvent(site_id=SiteId(site), db_epoch=DbEpoch(epoch), sequence=len(events) + 1,
                                event_id=EventId(uuid.uuid4().hex), type=event_type, payload=payload,
                                created_at=at.isoformat(), tx_id=""))  # fmt: skip

    vehicle = 0
    while len(events) < n_events:
        vehicle += 1
        at = now - timedelta(days=rng.uniform(0, 365))
        intake, vin = f"{site[:8]}-{vehicle}", f"LSV{seed:06d}{vehicle:08d}"[:17]
        code = f"{seed:08d}{vehicle:016d}"
        add(EventType.INTAKE_CREATED, {"entity_id": intake, "vehicle": {"vin": vin}, "owner_name": "张三"}, at)
        add(EventType.PACK_SCANNED, {"entity_id": f"s{vehicle}", "intake_id": intake, "vin": vin, "code": code,
                                     "result": LOCAL_LINK_MADE}, at)  # fmt: skip
        add("intake.certified", {"entity_id": intake}, at)
        number = f"C{seed}-{vehicle}"
        add(EventType.CERTIFICATE_ISSUED, {"entity_id": number, "number": number, "intake_id": intake, "vin": vin,
                                           "issued_at": at.isoformat()}, at)  # fmt: skip
        receiver = LISTED if rng.random() < 0.8 else UNLISTED
        add(EventType.PACK_HANDED_OVER, {"entity_id": f"h{vehicle}", "intake_id": intake, "pack_code": code,
                                         "receiver_name": "回收企业", "receiver_uscc": receiver, "receiver_duns": "",
                                         "handed_over_on": at.date().isoformat(), "white_list": "listed"},
            at)  # fmt: skip
        add(EventType.PACK_UNLINKED, {"entity_id": f"u{vehicle}", "intake_id": intake, "code": code,
                                      "reason": "handed_over"}, at)  # fmt: skip
        add("report.recorded", {"entity_id": f"r{vehicle}", "kind": "certificate", "subject": number,
                                "reported_on": at.date().isoformat()}, at)  # fmt: skip
    return events[:n_events]


def _backend_cpu_s(pid: int) -> float:
    """CPU seconds a PostgreSQL backend used (Linux ``/proc``; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _ingest_worker(args: tuple) -> tuple[int, float, list[str], float]:
    dsn, yards, per_yard, batch_events, now = args
    with connect(dsn, autocommit=True) as conn:
        keys = load_hub_keys(conn)
        sealing_public = load_sealing_public_key(keys.sealing_public)
        spent, count, codes, cpu = 0.0, 0, [], 0.0
        backend = conn.info.backend_pid
        for seed, site, key_bytes in yards:
            key = Ed25519PrivateKey.from_private_bytes(key_bytes)
            events = _yard_events(site, uuid.uuid4().hex, per_yard, seed, now)
            codes.append(events[1].payload["code"])
            for batch in cut_batches(events, epoch_first_sequence=1, max_events=batch_events):
                body = encode_batch_bytes(batch, signing_key=key, hub_sealing_key=sealing_public)
                started, cpu_started = time.perf_counter(), time.process_time() + _backend_cpu_s(backend)
                receive_batch(conn, sealing_key=keys.sealing, data=loads_limited(body), via="http")
                spent += time.perf_counter() - started
                cpu += time.process_time() + _backend_cpu_s(backend) - cpu_started
                count += len(batch.events)
    return count, spent, codes, cpu


def _enrol(dsn: str, n_yards: int) -> list[tuple[int, str, bytes]]:
    from cryptography.hazmat.primitives import serialization

    yards = []
    with connect(dsn, autocommit=True) as conn:
        for i in range(n_yards):
            key, site = Ed25519PrivateKey.generate(), uuid.uuid4().hex
            token = create_enrolment_token(conn, f"Yard {i:04d}")
            enrol_yard(conn, token=token, site_id=site, public_key=public_key_text(key))
            raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())  # fmt: skip
            yards.append((i + 1, site, raw))
    return yards


def _pages_p95(dsn: str, codes: list[str], rounds: int) -> dict[str, float]:
    with connect(dsn, autocommit=True) as conn:
        add_user(
            conn,
            "bench",
            PASSWORD,
            role=HubRole.ADMIN,
            hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
        )
        conn.execute("ANALYZE")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(dsn), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            httpx.get(url + "/health", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    found: dict[str, float] = {}
    try:
        with httpx.Client(base_url=url, timeout=120) as browser:
            csrf = browser.get("/signin").cookies.get("hub_csrf") or browser.cookies.get("hub_csrf")
            browser.post("/signin", data={"csrf": csrf, "name": "bench", "password": PASSWORD})
            rng = random.Random(1)
            for page in PAGES:
                times = []
                for _ in range(rounds + 1):
                    path = f"/console/search?q={rng.choice(codes)}" if page == "search" else f"/console/{page}"
                    started = time.perf_counter()
                    answer = browser.get(path)
                    times.append(time.perf_counter() - started)
                    assert answer.status_code == 200, (path, answer.status_code)
                times = sorted(times[1:])  # the first fetch warms the caches
                found[page] = 1000 * times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return found


def run_schema(label: str, partitioned: bool, args: argparse.Namespace) -> dict[str, Any]:
    dsn = cluster().new_database()
    apply_migrations(dsn)
    with connect(dsn, autocommit=True) as conn:
        if not partitioned:
            conn.execute(UNPARTITION)
        ensure_hub_keys(conn)
        add_receiver(conn, uscc=LISTED, name="上海回收利用有限公司", category="comprehensive_utilisation")
    yards = _enrol(dsn, args.yards)
    per_yard = max(1, args.events // args.yards)
    now = datetime.now(UTC)
    shares = [(dsn, yards[w :: args.workers], per_yard, args.batch, now) for w in range(args.workers)]
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(args.workers) as pool:
        results = pool.map(_ingest_worker, shares)
    wall = time.perf_counter() - started
    events = sum(r[0] for r in results)
    inside = max(r[1] for r in results)
    codes = [c for r in results for c in r[2]]
    rate = events / inside
    per_cpu_s = events / sum(r[3] for r in results)
    print(f"{label}: {events:,} events from {len(yards):,} yards in batches of {args.batch}: "
          f"{rate:,.0f} events/s inside head office ({wall:.0f} s wall with the yards' work); "
          f"{per_cpu_s:,.0f} events per CPU second (head office's process and its PostgreSQL backend)",
          flush=True)  # fmt: skip
    pages = _pages_p95(dsn, codes, args.rounds)
    for page, p95 in pages.items():
        print(f"  {page:10s} p95 {p95:7.1f} ms over {args.rounds} fetches", flush=True)
    return {"events": events, "yards": len(yards), "ingest_events_per_s": rate, "wall_s": wall,
            "ingest_events_per_cpu_s": per_cpu_s, "page_p95_ms": pages}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--yards", type=int, default=2000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=1000, help="events per batch (the yard's default)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out" / "hub_scale.json")
    args = parser.parse_args()
    report = {label: run_schema(label, partitioned, args) for label, partitioned in SCHEMAS.items()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "results": report}, indent=2))
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
