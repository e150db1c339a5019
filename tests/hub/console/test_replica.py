"""The console reads from a PostgreSQL streaming replica (primary + replica started on loopback, PostgreSQL's own
replication): yards write to the primary, the console shows their data once the replica has replayed it, its own
audit rows go to the primary, and a replica that is held back shows the older state, so the pages really come from
the replica. The stated lag: under a second on loopback (measured and printed); the test waits up to 30 s."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest

from benchmarks.pg_cluster import Replica, cluster
from dismantler_app.hub.auth import HubRole
from dismantler_app.hub.database import connect
from tests.hub.console.seed import PACK, seed_history
from tests.hub.servers import ThreadedHub, new_hub_database
from tests.hub.staff import add_staff, signed_in

STATED_LAG_S = 1.0
WAIT_S = 30.0

pytestmark = pytest.mark.slow


@pytest.fixture
def replica():
    server = Replica(cluster())
    yield server
    server.stop()


def _wait_for(check, timeout_s: float = WAIT_S) -> float:
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < timeout_s, "the replica did not show the new data"
        time.sleep(0.05)
    return time.monotonic() - started


def test_the_console_reads_a_streaming_replica_and_shows_what_yards_sent_to_the_primary(replica):
    dsn, _ = new_hub_database()
    read_dsn = replica.dsn(urlsplit(dsn).path.lstrip("/"))
    _wait_for(lambda: _reachable(read_dsn))
    with connect(read_dsn) as conn:
        assert conn.execute("SELECT pg_is_in_recovery() AS r").fetchone()["r"] is True
    hub = ThreadedHub(dsn, console_read_dsn=read_dsn)
    try:
        add_staff(dsn, "viewer1", role=HubRole.VIEWER)
        with signed_in(hub.url, "viewer1") as browser:
            with connect(read_dsn, autocommit=True) as standby:
                standby.execute("SELECT pg_wal_replay_pause()")
                seed_history(hub.url, dsn)  # yards write to the primary
                held_back = browser.get("/console/search", params={"q": PACK, "lang": "en"}).text
                assert "Pack handed over" not in held_back and "Nothing at head office matches" in held_back
                standby.execute("SELECT pg_wal_replay_resume()")
            lag = _wait_for(lambda: "Pack handed over" in browser.get("/console/search", params={"q": PACK}).text)
            print(f"replica lag seen by the console after replay resumed: {lag:.2f} s (stated: {STATED_LAG_S} s)")
    finally:
        hub.stop()
    with connect(dsn) as conn:  # the lookups were recorded on the primary (a replica cannot be written)
        looked_up = conn.execute("SELECT count(*) AS n FROM console_audit WHERE action = 'lookup'").fetchone()["n"]
    assert looked_up >= 1


def _reachable(dsn: str) -> bool:
    try:
        with connect(dsn) as conn:
            return (
                conn.execute("SELECT count(*) AS n FROM pg_tables WHERE tablename = 'console_audit'").fetchone()["n"]
                == 1
            )
    except Exception:
        return False
