"""Store benchmark: build a yard database of realistic size, then time lookups and a scan through the real service.

    python benchmarks/store_bench.py [--intakes 1000000] [--packs 1500000] [--out PATH.json] [--dir DIR]

The bulk build goes straight to the tables with executemany in large transactions (not the per-action service
path, which would take hours for a million intakes). Measured afterwards: lookup by VIN and by pack code through
``storage.search`` (target p95 <= 2 ms) and ``services.packs.record_scan`` with its audit row and outbox event under
``synchronous=FULL`` (target median <= 10 ms), and the file size.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argon2 import PasswordHasher

from dismantler_app.domain.battery_code import compose_battery_code
from dismantler_app.domain.clock import FixedClock
from dismantler_app.domain.records import Market, Role, Vehicle
from dismantler_app.domain.vin import compose_vin
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.intakes import create_intake
from dismantler_app.services.packs import record_scan
from dismantler_app.services.users import add_user, create_first_admin
from dismantler_app.storage.database import Store
from dismantler_app.storage.photos import PhotoStore
from dismantler_app.storage.search import search_intakes
from dismantler_app.storage.yard import YardProfile

BATCH = 50_000


def pack(serial: int) -> str:
    return compose_battery_code(
        manufacturer="001",
        level="P",
        battery_type="B",
        spec="01",
        traceability="BENCH01",
        production_date=date(2020 + serial % 6, 1 + serial % 12, 1 + serial % 28),
        serial=f"{serial % 10_000_000:07d}",
    ).replace("BENCH01", f"B{serial // 10_000_000:06d}")


def vin(serial: int) -> str:
    return compose_vin(f"LBV{serial // 100_000_000:05d}{serial % 100_000_000:08d}")


def build(store: Store, *, intakes: int, packs: int, user_id: str) -> float:
    started = time.perf_counter()
    conn = store.database().conn
    created = "2025-01-01T08:00:00+00:00"
    pack_serial = 0
    for start in range(0, intakes, BATCH):
        stop = min(intakes, start + BATCH)
        intake_rows, scan_rows, link_rows = [], [], []
        for i in range(start, stop):
            intake_id = f"{i:032x}"
            v = vin(i)
            intake_rows.append((intake_id, created, user_id, created, v, f"沪A{i % 100000:05d}"))
            # Spread the extra packs (packs - intakes) over the intakes: some vehicles carry two.
            n = 1 + (1 if (i * (packs - intakes)) // intakes != ((i + 1) * (packs - intakes)) // intakes else 0)
            for _ in range(n):
                code = pack(pack_serial)
                pid = f"{pack_serial:032x}"
                scan_rows.append((pid, intake_id, code, code, created, user_id))
                link_rows.append((pid, code, intake_id, v, created))
                pack_serial += 1
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO intakes (id, status, created_at, created_by, updated_at, vin, plate, powertrain, fuel) "
            "VALUES (?, 'certified', ?, ?, ?, ?, ?, 'bev', '9')",
            intake_rows,
        )
        conn.executemany(
            "INSERT INTO scanned_packs (id, intake_id, code, raw_payload, scanned_at, operator) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            scan_rows,
        )
        conn.executemany(
            "INSERT INTO pack_links (id, code, intake_id, vin, linked_at) VALUES (?, ?, ?, ?, ?)", link_rows
        )
        conn.execute("COMMIT")
        print(f"  built {stop:,} intakes, {pack_serial:,} packs", file=sys.stderr, flush=True)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    return time.perf_counter() - started


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--intakes", type=int, default=20_000)
    parser.add_argument("--packs", type=int, default=30_000)
    parser.add_argument("--lookups", type=int, default=2_000)
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--dir", type=Path, help="where to build the database (default: a temporary folder)")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    if args.packs < args.intakes:
        parser.error("--packs must be at least --intakes (every vehicle carries a pack)")
    work = args.dir or Path(tempfile.mkdtemp(prefix="store-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    db_path = work / "yard.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)

    store = Store.open(db_path)
    ctx = ServiceContext(
        store=store, photos=PhotoStore(work / "photos"), station="bench", password_hasher=PasswordHasher()
    )
    clock = FixedClock()
    yard = YardProfile(code="BN01", name="bench", market=Market.CN)
    admin = create_first_admin(ctx, clock, username="admin", password="bench-password", yard=yard)
    operator = add_user(ctx, admin, clock, username="op", password="bench-password", roles=frozenset({Role.OPERATOR}))

    build_s = build(store, intakes=args.intakes, packs=args.packs, user_id=admin.id)
    rng = random.Random(7)
    lookups: dict[str, list[float]] = {"vin": [], "pack_code": []}
    with store.read() as session:
        for _ in range(args.lookups):
            target = vin(rng.randrange(args.intakes))
            t = time.perf_counter()
            hits = search_intakes(session, vin=target)
            lookups["vin"].append((time.perf_counter() - t) * 1000)
            assert len(hits) == 1, target
            code = pack(rng.randrange(args.packs))
            t = time.perf_counter()
            hits = search_intakes(session, pack_code=code)
            lookups["pack_code"].append((time.perf_counter() - t) * 1000)
            assert len(hits) == 1, code

    scan_ms: list[float] = []
    intake = create_intake(ctx, operator, clock, vehicle=Vehicle(vin=vin(args.intakes + 1)))
    for i in range(args.scans):
        code = pack(args.packs + 1 + i)
        t = time.perf_counter()
        record_scan(ctx, operator, clock, intake, payload=code, symbology="datamatrix")
        scan_ms.append((time.perf_counter() - t) * 1000)
    store.database().conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()

    figures = {
        "intakes": args.intakes,
        "packs": args.packs,
        "build_seconds": round(build_s, 1),
        "lookup_vin_ms": {"p50": percentile(lookups["vin"], 50), "p95": percentile(lookups["vin"], 95)},
        "lookup_pack_code_ms": {
            "p50": percentile(lookups["pack_code"], 50),
            "p95": percentile(lookups["pack_code"], 95),
        },
        "record_scan_ms": {"median": statistics.median(scan_ms), "p95": percentile(scan_ms, 95)},
        "file_size_bytes": db_path.stat().st_size,
        "targets": {"lookup_p95_ms": 2.0, "record_scan_median_ms": 10.0},
    }
    figures["meets_targets"] = (
        figures["lookup_vin_ms"]["p95"] <= 2.0
        and figures["lookup_pack_code_ms"]["p95"] <= 2.0
        and figures["record_scan_ms"]["median"] <= 10.0
    )
    text = json.dumps(figures, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
