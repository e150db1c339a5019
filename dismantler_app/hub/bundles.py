"""``hub import``: a yard's USB bundle through the same ingest path as HTTP, and the signed receipt written next to it.

Importing the same stick twice, or two sticks with overlapping ranges, ends in the same state: every batch goes
through the idempotent ingest, and the receipt reports head office's cursor (the truth), not what this stick held.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from psycopg.types.json import Jsonb

from dismantler_app.hub.database import connect
from dismantler_app.hub.ingest import receive_batch, site_state
from dismantler_app.hub.photos import append_chunk, photo_state
from dismantler_app.hub.reference import reference_pages
from dismantler_app.hub.yards import load_hub_keys, yard_verify_key
from dismantler_app.sync.batch import BatchRefused
from dismantler_app.sync.bundle import RECEIPT_KIND, BundleRefused, read_bundle, receipt_path_for, write_atomically
from dismantler_app.sync.documents import sign_document
from dismantler_app.sync.wire import SiteId


def import_bundle_file(dsn: str, path: Path) -> dict[str, Any]:
    """Imports ``path``; writes ``<path>.receipt.json`` (cursors, rejections, photos held and the reference data the
    yard lacks); returns the receipt body plus ``receipt_path``."""
    path = Path(path)
    with connect(dsn, autocommit=True) as conn:
        keys = load_hub_keys(conn)
        bundle = read_bundle(path, verify_key_for=lambda site: yard_verify_key(conn, SiteId(site)))
        lowest: dict[str, int] = {}
        for data in bundle.batches:
            if data.get("manifest", {}).get("site_id") != bundle.site_id:
                raise BundleRefused("a batch in the bundle belongs to another site than its index")
            try:
                result = receive_batch(conn, sealing_key=keys.sealing, data=data, via="bundle")
            except BatchRefused as exc:
                raise BundleRefused(f"batch refused ({exc.code}): {exc.detail}; batches before it were kept") from exc
            first = int(data["manifest"]["first_sequence"])
            lowest[result.db_epoch] = min(lowest.get(result.db_epoch, first), first)
        for sha256, data in bundle.photos:
            held = photo_state(conn, sha256)  # a photo partly uploaded over HTTP resumes where it stopped
            if not held.complete:
                append_chunk(
                    conn,
                    site_id=bundle.site_id,
                    sha256=sha256,
                    offset=held.received,
                    size=len(data),
                    chunk=data[held.received :],
                )
        state = site_state(conn, bundle.site_id, rejections_after={e: low - 1 for e, low in lowest.items()})
        body = {
            "site_id": bundle.site_id,
            "bundle_id": bundle.bundle_id,
            "imported_at": datetime.now(UTC).isoformat(),
            "epochs": [epoch for epoch in state["epochs"] if epoch["db_epoch"] in lowest],
            "photos": [sha256 for sha256, _ in bundle.photos if photo_state(conn, sha256).complete],
            # Head office's signed reference data newer than what the yard holds: a yard synced only by stick gets
            # registered packs, the white list and revoked keys this way (each page signed like over HTTP).
            "reference": reference_pages(conn, keys, after=bundle.reference_after),
        }
        receipt = sign_document(keys.signing, RECEIPT_KIND, body)
        with conn.transaction():
            conn.execute(
                "INSERT INTO bundle_imports (bundle_hash, site_id, receipt) VALUES (%s, %s, %s) "
                "ON CONFLICT (bundle_hash) DO UPDATE SET receipt = excluded.receipt, imported_at = now()",
                [_file_hash(path), bundle.site_id, Jsonb(body)],
            )
    target = receipt_path_for(path)
    write_atomically(target, lambda handle: handle.write(json.dumps(receipt, ensure_ascii=False).encode("utf-8")))
    return {**body, "receipt_path": str(target)}


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
