"""The console's summaries (migration 0004): what ingest keeps batch by batch equals what the migration's backfill
makes from the events alone, so a head office upgraded with history shows the same pages as one that grew with it."""

from __future__ import annotations

from importlib import resources

from dismantler_app.hub.database import connect
from dismantler_app.hub.projections import StoredEvent
from dismantler_app.hub.summaries import summarise_events
from dismantler_app.sync.events import EventType

TABLES = (
    "console_handovers",
    "console_reports",
    "console_photos",
    "console_passports",
    "console_daily",
    "console_open_uploads",
)


def _backfill_sql() -> str:
    text = resources.files("dismantler_app.hub.migrations").joinpath("0004_console.sql").read_text(encoding="utf-8")
    return text.split("-- What a head office that ran before this version already holds.", 1)[1]


def _contents(conn) -> dict[str, list[tuple]]:
    return {t: sorted(tuple(r.values()) for r in conn.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}


def test_the_backfill_of_migration_0004_rebuilds_what_ingest_kept(hub_db, seeded):
    with connect(hub_db[0]) as conn:
        kept = _contents(conn)
        conn.execute(f"TRUNCATE {', '.join(TABLES)}")
        conn.execute(_backfill_sql())
        rebuilt = _contents(conn)
        conn.rollback()
    assert all(kept[t] for t in TABLES), {t: len(v) for t, v in kept.items()}
    assert rebuilt == kept


def test_the_monthly_share_counts_equal_the_handovers_and_its_backfill(hub_db, seeded):
    """Migration 0008: the counts ingest kept per yard, receiver and month equal both the handovers they count and
    what the migration's backfill makes of them; a handover received again adds nothing."""
    text = resources.files("dismantler_app.hub.migrations").joinpath("0008_console_share_by_month.sql")
    backfill = (
        "INSERT INTO console_share_monthly"
        + text.read_text(encoding="utf-8").split("INSERT INTO console_share_monthly", 1)[1]
    )
    query = "SELECT site_id, receiver_id, month, receiver_name, total, listed, unknown FROM console_share_monthly"
    with connect(hub_db[0]) as conn:
        held = conn.execute("SELECT * FROM console_handovers ORDER BY handover_id LIMIT 1").fetchone()
        payload = {
            "entity_id": held["handover_id"],
            "receiver_uscc": held["receiver_id"],
            "handed_over_on": held["handed_over_on"].isoformat(),
            "receiver_name": held["receiver_name"],
        }
        again = StoredEvent(held["site_id"], "epoch", 1, "again", EventType.PACK_HANDED_OVER, payload)
        summarise_events(conn, [again], [])
        kept = sorted(tuple(r.values()) for r in conn.execute(query).fetchall())
        counted = conn.execute(
            "SELECT count(*) AS n, count(*) FILTER (WHERE white_listed) AS listed FROM console_handovers"
        ).fetchone()
        conn.execute("TRUNCATE console_share_monthly")
        conn.execute(backfill)
        rebuilt = sorted(tuple(r.values()) for r in conn.execute(query).fetchall())
        conn.rollback()
    assert kept and rebuilt == kept
    assert (sum(r[4] for r in kept), sum(r[5] for r in kept)) == (counted["n"], counted["listed"])
