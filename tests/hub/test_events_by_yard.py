"""Migration 0005 partitions the events table by yard: what an earlier head office held is carried over, ingest and
the console's lookups go on working, and a yard's events live in one partition (real PostgreSQL)."""

from __future__ import annotations

import re

from benchmarks.pg_cluster import cluster
from dismantler_app.hub.database import apply_migrations, connect, migration_scripts
from dismantler_app.hub.yards import ensure_hub_keys
from dismantler_app.sync.events import LOCAL_LINK_MADE, EventType
from tests.hub.servers import ThreadedHub, enrolment_token
from tests.hub.yard_double import YardDouble

PARTITIONED = 5


def _scans(yard: YardDouble, first: int, n: int) -> None:
    for i in range(first, first + n):
        yard.record(EventType.PACK_SCANNED, {"entity_id": f"s{i}", "intake_id": "i1", "vin": "LSVAU2180N2183456",
                                             "code": f"{i:024d}", "result": LOCAL_LINK_MADE})  # fmt: skip


def test_events_held_before_the_partitioning_are_carried_over_and_ingest_goes_on():
    dsn = cluster().new_database()
    apply_migrations(dsn, upto=PARTITIONED - 1)
    with connect(dsn, autocommit=True) as conn:
        ensure_hub_keys(conn)
    hub = ThreadedHub(dsn)
    try:
        yard = YardDouble(hub.url, enrolment_token(dsn, "North"))
        _scans(yard, 1, 30)
        yard.push(yard.batches(max_events=30)[0])
    finally:
        hub.stop()

    assert apply_migrations(dsn) == len(migration_scripts())

    with connect(dsn) as conn:
        kind = conn.execute("SELECT relkind FROM pg_class WHERE relname = 'events'").fetchone()["relkind"]
        parts = conn.execute("SELECT tableoid::regclass::text AS part, count(*) AS n FROM events GROUP BY 1").fetchall()
    assert kind == "p" and len(parts) == 1 and parts[0]["n"] == 30 and parts[0]["part"].startswith("events_y")

    hub = ThreadedHub(dsn, port=hub.port)  # the same address the yard enrolled with
    try:
        _scans(yard, 31, 5)
        first, second = yard.batches(max_events=30)
        assert yard.push(first)["cursor"] == 30  # a resend of what was held before: taken as a duplicate
        answer = yard.push(second)
    finally:
        hub.stop()
    assert answer["cursor"] == 35 and answer["rejections"] == []
    with connect(dsn) as conn:
        held = conn.execute("SELECT count(*) AS n FROM events WHERE site_id = %s", [yard.site_id]).fetchone()["n"]
        found = conn.execute(
            "EXPLAIN SELECT * FROM events WHERE site_id = %s AND db_epoch = %s AND sequence > 30",
            [yard.site_id, yard.epoch],
        ).fetchall()
    assert held == 35
    plan = " ".join(row["QUERY PLAN"] for row in found)
    assert len(set(re.findall(r" on (events_y\d+)", plan))) == 1, plan  # pruned to the yard's one partition
