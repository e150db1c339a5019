"""The yard's USB-stick sync: write every undelivered batch (and the photos head office lacks) into one signed file,
and apply the signed receipt head office writes when it imports that file.

Events on a stick become "exported", not "delivered": only the receipt (head office's cursors, after its commit)
marks them delivered, so importing a receipt twice, overlapping sticks or a lost stick all end in the same state. The
receipt also carries head office's reference data newer than the yard holds, for a yard synced only by stick.
:class:`~dismantler_app.services.sync.service.SyncService` exposes both as ``export_bundle`` and ``import_receipt``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dismantler_app.services.sync.link import store_reference_page
from dismantler_app.services.sync.state import NotReady, ReceiptReport, SyncNotReady
from dismantler_app.storage import sync_store
from dismantler_app.sync.bundle import RECEIPT_KIND, write_bundle
from dismantler_app.sync.documents import open_document
from dismantler_app.sync.keys import load_verify_key

if TYPE_CHECKING:  # the rounds call into this module, never the other way round at run time
    from dismantler_app.services.sync.service import SyncService


def export_bundle(service: SyncService, path: Path) -> int:
    """Writes every undelivered batch (and photos head office lacks) to ``path``; returns the event count. The
    bundle says which reference data the yard holds, so head office's receipt brings back only what is newer."""
    link, site_id = service._sending_link(), service._site_id()
    bodies, hashes, events = [], [], 0
    for batch in service._batches_to_send(site_id):
        bodies.append(service._encode(batch, link))
        hashes.append(batch.batch_hash)
        events += len(batch.events)
    with service.store.read() as session:
        photo_hashes = sync_store.photos_to_upload(session, limit=10_000)
    write_bundle(
        Path(path),
        site_id=site_id,
        signing_key=service.signing_key,
        batches=bodies,
        photos=[(sha, service.photos.read(sha)) for sha in photo_hashes],
        created_at=service._now(),
        reference_after=int(link.get("reference_sequence") or 0),
    )
    with service.store.write_transaction() as session:
        sync_store.mark_exported(session, batch_hashes=hashes, path=str(path))
    return events


def import_receipt(service: SyncService, path: Path) -> ReceiptReport:
    """Applies head office's signed receipt: delivered up to its cursors, rejections to the problems list, and the
    reference data it carries (registered packs, the white list), so a yard synced only by stick has them."""
    link, site_id = service._link(), service._site_id()
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SyncNotReady(f"cannot read the receipt {path}: {exc}", code=NotReady.BAD_RECEIPT) from exc
    body = open_document(load_verify_key(link["hub_signing_key"]), RECEIPT_KIND, document)
    if body.get("site_id") != site_id:
        raise SyncNotReady("this receipt belongs to another yard's bundle", code=NotReady.BAD_RECEIPT)
    delivered = problems = 0
    rejections: list[dict[str, Any]] = []
    for epoch in body["epochs"]:
        d, p = service._apply_answer(epoch["db_epoch"], int(epoch["cursor"]), epoch["rejections"])
        delivered, problems = delivered + d, problems + p
        rejections += epoch["rejections"]
    with service.store.write_transaction() as session:
        for sha256 in body.get("photos", []):
            sync_store.mark_photo_uploaded(session, sha256, at=service._now())
    references = 0
    hub_key = load_verify_key(link["hub_signing_key"])
    for page in body.get("reference") or []:
        items, _ = store_reference_page(service.store, hub_key, page)
        references += len(items)
        service._check_own_revocation(items, site_id)
    return ReceiptReport(delivered, problems, tuple(rejections), references)


__all__ = ["export_bundle", "import_receipt"]
