"""The yard's audit head is anchored at head office (issue 13): a tail cut off the chain with ``audit_head`` rewritten,
or an anchored row rewritten with the whole chain recomputed after it, is noticed at the next sync and reaches the
yard as a problem; a restore is told apart and shown to head office as a restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dismantler_app.services.context import ServiceContext
from dismantler_app.services.intakes import create_intake
from dismantler_app.services.sync.service import SyncService
from dismantler_app.storage import sync_store
from dismantler_app.storage.audit import link_hash
from dismantler_app.storage.audit_check import verify_audit_chain
from dismantler_app.storage.backup import backup_to, restore_from
from dismantler_app.storage.database import Store
from tests.services.yard_setup import TEST_HASHER, bev
from tests.sync.yards import SyncedYard, hub_rows, push_until_done, synced_yard


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _notices(dsn: str) -> list[str]:
    return [row["kind"] for row in hub_rows(dsn, "SELECT kind FROM audit_notices ORDER BY id")]


def _yard_problem_codes(yard: SyncedYard) -> set[str]:
    with yard.yard.store.read() as session:
        return {problem["code"] for problem in sync_store.list_problems(session)}


def _last_seq(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]


def test_an_honest_yard_anchors_its_head_without_notices(yard, hub_db):
    for serial in range(3):
        yard.intake(serial)
        yard.sync.push(yard.client)
    anchors = hub_rows(hub_db[0], "SELECT seq FROM audit_anchors ORDER BY seq")
    assert [a["seq"] for a in anchors] == sorted({a["seq"] for a in anchors}) and len(anchors) == 3
    assert anchors[-1]["seq"] == _last_seq(yard.yard.store.path)
    assert _notices(hub_db[0]) == [] and _yard_problem_codes(yard) == set()
    assert verify_audit_chain(yard.yard.store).ok


def test_a_cut_audit_tail_with_a_rewritten_head_is_refused_at_the_next_sync(yard, hub_db):
    for serial in range(3):
        yard.intake(serial)
        yard.sync.push(yard.client)
    path = yard.yard.store.path
    keep = _last_seq(path) - 12
    _sql(
        path,
        "DROP TRIGGER audit_log_no_delete",
        f"DELETE FROM audit_log WHERE seq > {keep}",
        f"UPDATE audit_head SET last_seq = {keep}, last_hash = (SELECT hash FROM audit_log WHERE seq = {keep})",
        "DELETE FROM audit_anchors_sent",  # the forger also removes what the yard remembers of head office
    )
    yard.intake(3)
    yard.sync.push(yard.client)
    assert "rewound" in _notices(hub_db[0]) or "rewritten" in _notices(hub_db[0])
    assert _yard_problem_codes(yard) & {"audit_rewound", "audit_rewritten"}
    assert not verify_audit_chain(yard.yard.store).ok  # and the yard's own check says so too


def test_an_anchored_row_rewritten_with_the_chain_recomputed_is_caught_by_head_office(yard, hub_db):
    yard.intake(0)
    yard.sync.push(yard.client)
    path = yard.yard.store.path
    # Rewrite an early row and recompute every hash after it, as a forger who knows the format would, and forget
    # every head sent to head office: the yard's chain verifies again on its own.
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = 'somebody else' WHERE seq = 2")
        previous = conn.execute("SELECT hash FROM audit_log WHERE seq = 1").fetchone()[0]
        for row in conn.execute("SELECT * FROM audit_log WHERE seq >= 2 ORDER BY seq").fetchall():
            digest = link_hash(previous, dict(row))
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", [previous, digest, row["seq"]])
            previous = digest
        conn.execute("UPDATE audit_head SET last_hash = ?", [previous])
        conn.execute("DELETE FROM audit_anchors_sent")
    finally:
        conn.close()
    assert verify_audit_chain(yard.yard.store).ok  # nothing left at the yard to show it

    yard.intake(1)
    yard.sync.push(yard.client)
    assert "rewritten" in _notices(hub_db[0])
    assert "audit_rewritten" in _yard_problem_codes(yard)


def test_a_restore_is_shown_as_a_restore_and_not_as_tampering(hub, hub_db, tmp_path):
    yard = synced_yard(tmp_path / "yard", hub_url=hub.url, dsn=hub_db[0], name="North")
    yard.intake(0)
    yard.sync.push(yard.client)
    backup = backup_to(yard.yard.store, tmp_path / "backup.sqlite3")
    for serial in (1, 2):
        yard.intake(serial)
        yard.sync.push(yard.client)
    path, key, clock, photos = yard.yard.store.path, yard.key, yard.yard.clock, yard.yard.ctx.photos
    yard.yard.store.close()

    restore_from(backup, path)
    store = Store.open(path)
    try:
        yard.yard.ctx = ServiceContext(store=store, photos=photos, station="gate-1", password_hasher=TEST_HASHER)
        yard.yard.store = store
        yard.sync = SyncService(store=store, photos=photos, signing_key=key, clock=clock, batch_events=50)
        yard.intake(3)
        push_until_done(yard.sync, yard.client)
        yard.intake(4)
        push_until_done(yard.sync, yard.client)
        assert _notices(hub_db[0]) == ["restored"]
        assert not _yard_problem_codes(yard) & {"audit_rewound", "audit_rewritten"}
        report = verify_audit_chain(store)
        assert report.ok, report
        superseded = hub_rows(hub_db[0], "SELECT count(*) AS n FROM audit_anchors WHERE superseded_at IS NOT NULL")
        assert superseded[0]["n"] == 2  # the heads of the two pushes the restore rewound past
    finally:
        yard.client.close()
        store.close()


def test_the_old_pc_still_sending_after_a_restore_is_noticed(hub, hub_db, tmp_path):
    yard = synced_yard(tmp_path / "yard", hub_url=hub.url, dsn=hub_db[0], name="North")
    yard.intake(0)
    yard.sync.push(yard.client)
    backup = backup_to(yard.yard.store, tmp_path / "backup.sqlite3")
    yard.intake(1)
    yard.sync.push(yard.client)
    # A second PC restores the backup (a new lineage) and syncs; the first PC keeps working on the old chain.
    second = tmp_path / "second.sqlite3"
    restore_from(backup, second)
    store = Store.open(second)
    try:
        sync = SyncService(store=store, photos=yard.yard.ctx.photos, signing_key=yard.key, clock=yard.yard.clock)
        ctx = ServiceContext(store=store, photos=yard.yard.ctx.photos, station="gate-2", password_hasher=TEST_HASHER)
        create_intake(ctx, yard.yard.operator, yard.yard.clock, vehicle=bev(9))
        sync.push(yard.client)
    finally:
        store.close()
    yard.intake(2)
    yard.sync.push(yard.client)
    assert _notices(hub_db[0])[:1] == ["restored"] and "rewound" in _notices(hub_db[0])
    assert "audit_rewound" in _yard_problem_codes(yard)
    yard.close()
