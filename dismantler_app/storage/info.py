"""What ``dismantler db info`` shows: where the database is, its schema version, epoch and row counts."""

from __future__ import annotations

from dismantler_app.storage.session import Transactional

COUNTED_TABLES = (
    "users",
    "intakes",
    "scanned_packs",
    "pack_links",
    "photos",
    "certificates",
    "pack_handovers",
    "audit_log",
    "outbox",
)


def database_info(store: Transactional) -> dict[str, object]:
    with store.read() as session:
        yard = session.one("SELECT code, name, site_id, db_epoch, certificate_series FROM yard WHERE singleton = 1")
        counts = {name: int(session.scalar(f"SELECT count(*) FROM {name}")) for name in COUNTED_TABLES}
        pending = int(session.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'"))
        version = int(session.scalar("PRAGMA user_version"))
    return {
        "path": str(store.path),
        "schema_version": version,
        "yard_code": yard["code"] if yard else None,
        "yard_name": yard["name"] if yard else None,
        "site_id": yard["site_id"] if yard else None,
        "db_epoch": yard["db_epoch"] if yard else None,
        # '' until the next certificate draws one (after set-up, a restore, or a move to another PC or folder)
        "certificate_series": yard["certificate_series"] if yard else None,
        "counts": counts,
        "outbox_pending": pending,
        "size_bytes": store.path.stat().st_size if store.path.exists() else 0,
    }
