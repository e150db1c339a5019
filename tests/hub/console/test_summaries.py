"""The console's summaries (migration 0004): what ingest keeps batch by batch equals what the migration's backfill
makes from the events alone, so a head office upgraded with history shows the same pages as one that grew with it."""

from __future__ import annotations

from importlib import resources

from dismantler_app.hub.database import connect

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
