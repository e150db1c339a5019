"""The yard's side of sync: cut the outbox into signed batches, push them (or put them on a stick), and mark events
delivered only on head office's word (an answer after its commit, its cursor, or a signed receipt).

Order of a round: ask head office's state and mark everything up to its cursor delivered (so a crash between its
commit and ours costs nothing), cut new batches of whole transactions, send open batches in sequence order, record
rejections in the sync problems list (the queue moves on), upload photos head office lacks. :class:`SyncWorker`
runs rounds on a timer with backoff, one per database (``services/sync_worker.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.domain.clock import Clock
from dismantler_app.services.sync_link import (
    SITE_REVOKED,
    own_key_revoked,
    revocation_message,
    store_reference_page,
)
from dismantler_app.services.sync_state import NotReady, SyncStatus, error_text, read_status
from dismantler_app.storage import sync_store
from dismantler_app.storage.audit import audit_anchor, record_anchor_sent
from dismantler_app.storage.photos import PhotoStore
from dismantler_app.storage.session import Transactional
from dismantler_app.storage.yard import load_yard
from dismantler_app.sync.audit_head import AuditHead, sign_audit_head
from dismantler_app.sync.batch import DEFAULT_BATCH_EVENTS, Batch, Manifest, cut_batches, encode_batch_bytes
from dismantler_app.sync.client import HubClient, HubRefused
from dismantler_app.sync.keys import load_sealing_public_key, load_verify_key, public_key_text
from dismantler_app.sync.wire import GENESIS_BATCH_HASH, DbEpoch, EventId, SiteId, WireEvent

CUT_CHUNK = 20_000
_log = logging.getLogger(__name__)


class SyncNotReady(RuntimeError):
    """The yard cannot sync yet (not set up, not enrolled, revoked); the message says what to do, ``code`` says why
    (a :class:`NotReady` value; "" from callers that give none)."""

    def __init__(self, message: str, *, code: str = "") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PushReport:
    batches_sent: int = 0
    events_delivered: int = 0
    new_problems: int = 0
    photos_uploaded: int = 0
    reference_items: int = 0


@dataclass(frozen=True)
class ReceiptReport:
    events_delivered: int
    new_problems: int
    rejections: tuple[dict[str, Any], ...]
    reference_items: int = 0


def _wire(row: sync_store.OutboxRow) -> WireEvent:
    return WireEvent(
        site_id=SiteId(row.site_id),
        db_epoch=DbEpoch(row.db_epoch),
        sequence=row.sequence,
        event_id=EventId(row.event_id),
        type=row.type,
        payload=row.payload,
        created_at=row.created_at,
        tx_id=row.tx_id,
        payload_text=row.payload_json,
    )


@dataclass
class SyncService:
    store: Transactional
    photos: PhotoStore
    signing_key: Ed25519PrivateKey
    clock: Clock
    batch_events: int = DEFAULT_BATCH_EVENTS
    # The newest audit head head office holds for this yard, as its state said at the start of the round.
    hub_audit_anchor: int = field(default=0, init=False, repr=False)

    def _now(self) -> str:
        return self.clock.now().isoformat()

    def _site_id(self) -> str:
        with self.store.read() as session:
            yard = load_yard(session)
        if yard is None:
            raise SyncNotReady("the yard is not set up yet: create it before syncing", code=NotReady.NOT_SET_UP)
        return yard.site_id

    def _link(self) -> dict[str, Any]:
        with self.store.read() as session:
            link = sync_store.load_link(session)
        if not link.get("enrolled_at"):
            message = "this yard is not enrolled: run 'dismantler sync enrol TOKEN --hub URL' first"
            raise SyncNotReady(message, code=NotReady.NOT_ENROLLED)
        return link

    def _sending_link(self) -> dict[str, Any]:
        """The link, refused when head office revoked this yard's key: a revoked yard sends nothing more."""
        link = self._link()
        if link.get("revoked_at"):
            raise SyncNotReady(revocation_message(link), code=NotReady.REVOKED)
        return link

    def _note_revocation(self, detail: str) -> SyncNotReady:
        with self.store.write_transaction() as session:
            sync_store.record_revocation(
                session, at=self._now(), detail=detail, error=error_text(NotReady.REVOKED, detail)
            )
            link = sync_store.load_link(session)
        _log.warning("head office revoked this yard's key: %s", detail)
        return SyncNotReady(revocation_message(link), code=NotReady.REVOKED)

    def status(self) -> SyncStatus:
        with self.store.read() as session:
            return read_status(session)

    def enrol(self, client: HubClient, *, token: str, hub_ca_path: Path | None = None) -> str:
        """Registers this yard's key with head office; stores its URL and, for a private CA, the CA file's absolute
        path, so later pushes (the CLI, the desktop worker) need neither."""
        site_id = self._site_id()
        answer = client.enrol(token=token, site_id=site_id, public_key=public_key_text(self.signing_key))
        with self.store.write_transaction() as session:
            sync_store.save_enrolment(
                session,
                hub_url=client.base_url,
                signing_key=answer["hub_signing_key"],
                sealing_key=answer["hub_sealing_key"],
                at=self._now(),
                hub_ca_path=str(Path(hub_ca_path).resolve()) if hub_ca_path else "",
            )
        return str(answer["yard_name"])

    def _apply_answer(
        self, db_epoch: str, cursor: int, rejections: list[dict[str, Any]], *, anchored: AuditHead | None = None
    ) -> tuple[int, int]:
        """Records head office's answer in one transaction; ``anchored`` is the audit head it accepted with it."""
        with self.store.write_transaction() as session:
            delivered = sync_store.mark_delivered(session, db_epoch=db_epoch, upto=cursor, at=self._now())
            problems = sync_store.record_problems(session, db_epoch=db_epoch, rejections=rejections, at=self._now())
            if anchored is not None:
                record_anchor_sent(session, seq=anchored.seq, digest=anchored.hash, at=self.clock.now())
        return delivered, problems

    def reconcile(self, client: HubClient) -> tuple[int, int]:
        """Head office's cursor is the truth: marks everything up to it delivered and lists its rejections."""
        site_id = self._site_id()
        with self.store.read() as session:
            after = {epoch: row["hub_cursor"] for epoch, row in sync_store.epochs(session).items()}
        try:
            state = client.site_state(self.signing_key, site_id, after=after)
        except HubRefused as exc:
            if exc.code == SITE_REVOKED:
                raise self._note_revocation(exc.detail) from exc
            raise
        self.hub_audit_anchor = int(state.get("audit_anchor_seq") or 0)
        delivered = problems = 0
        for epoch in state["epochs"]:
            d, p = self._apply_answer(epoch["db_epoch"], int(epoch["cursor"]), epoch["rejections"])
            delivered, problems = delivered + d, problems + p
        return delivered, problems

    def cut_new_batches(self) -> int:
        """Cuts undelivered events not yet in a batch into chained batches of whole transactions; returns how many."""
        return sum(1 for _ in self._cut())

    def _cut(self) -> Iterator[Batch]:
        """Cuts chunk by chunk, committing each chunk's batch rows, and yields the batches just cut with their
        events, so a push sends them without reading and hashing every event a second time."""
        with self.store.write_transaction() as session:
            sync_store.note_epochs(session)
        while True:
            made: list[Batch] = []
            with self.store.write_transaction() as session:
                firsts = {epoch: row["first_sequence"] for epoch, row in sync_store.epochs(session).items()}
                progress = 0
                for epoch, _ in sync_store.undelivered_epochs(session):
                    rows = sync_store.uncut_events(session, db_epoch=epoch, limit=CUT_CHUNK)
                    events = [_wire(row) for row in rows]
                    if len(rows) == CUT_CHUNK and events[-1].tx_id:
                        # The chunk may end inside a transaction: leave that transaction for the next chunk.
                        tail = events[-1].tx_id
                        trimmed = [e for e in events if e.tx_id != tail]
                        events = trimmed or events
                    previous = sync_store.last_batch_hash(session, db_epoch=epoch) or GENESIS_BATCH_HASH
                    for batch in cut_batches(
                        events,
                        epoch_first_sequence=firsts[epoch],
                        previous_batch_hash=previous,
                        max_events=self.batch_events,
                    ):
                        m = batch.manifest
                        sync_store.insert_batch(
                            session,
                            batch_hash=batch.batch_hash,
                            db_epoch=epoch,
                            first=m.first_sequence,
                            last=m.last_sequence,
                            previous=m.previous_batch_hash,
                            at=self._now(),
                        )
                        made.append(batch)
                    progress += len(events)
            if progress == 0:
                return
            yield from made

    def _batches_to_send(self, site_id: str) -> Iterator[Batch]:
        """Every unacknowledged batch in order: those cut before (read back and checked), then new ones."""
        yield from self._open_batches(site_id)
        yield from self._cut()

    def _open_batches(self, site_id: str) -> Iterator[Batch]:
        """Batches head office has not acknowledged, in order; each one's events are read when it is reached, and
        checked against the hash the batch was cut with."""
        with self.store.read() as session:
            firsts = {epoch: row["first_sequence"] for epoch, row in sync_store.epochs(session).items()}
            rows = sync_store.open_batches(session)
        for row in rows:
            with self.store.read() as session:
                stored = sync_store.events_between(
                    session, db_epoch=row.db_epoch, first=row.first_sequence, last=row.last_sequence
                )
            events = tuple(_wire(e) for e in stored)
            manifest = Manifest(
                site_id=SiteId(site_id),
                db_epoch=DbEpoch(row.db_epoch),
                epoch_first_sequence=firsts[row.db_epoch],
                first_sequence=row.first_sequence,
                last_sequence=row.last_sequence,
                event_hashes=tuple(e.hash for e in events),
                previous_batch_hash=row.previous_batch_hash,
            )
            if manifest.batch_hash != row.batch_hash:
                raise RuntimeError(
                    f"outbox events {row.first_sequence}-{row.last_sequence} changed after their batch was cut; "
                    "run 'dismantler audit verify' and call support"
                )
            yield Batch(manifest=manifest, events=events)

    def _audit_head(self, batch: Batch) -> AuditHead:
        with self.store.read() as session:
            anchor = audit_anchor(session, checkpoint_seq=self.hub_audit_anchor)
        m = batch.manifest
        return AuditHead(
            site_id=m.site_id,
            db_epoch=m.db_epoch,
            seq=anchor.seq,
            hash=anchor.hash,
            checkpoint_seq=anchor.checkpoint_seq,
            checkpoint_hash=anchor.checkpoint_hash,
            lineage=anchor.lineage,
            restored_at_seq=anchor.restored_at_seq,
        )

    def _encode(self, batch: Batch, link: dict[str, Any], head: AuditHead | None = None) -> bytes:
        """The batch's body, with the audit chain's head signed alongside (head office anchors it)."""
        sealing = load_sealing_public_key(link["hub_sealing_key"]) if link.get("hub_sealing_key") else None
        audit = sign_audit_head(self.signing_key, head or self._audit_head(batch))
        return encode_batch_bytes(batch, signing_key=self.signing_key, hub_sealing_key=sealing, audit=audit)

    def push(self, client: HubClient) -> PushReport:
        """One round over HTTP. Raises :class:`HubUnreachable` (retry later) or :class:`HubRefused`.

        Batches go one at a time, in order, each after the previous answer was recorded; while one is in flight the
        next is read, checked and encoded (measured: preparing took 45% of a round's time when it did not overlap).
        """
        link, site_id = self._sending_link(), self._site_id()
        delivered, problems = self.reconcile(client)
        sent = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-send") as sender:
            in_flight: tuple[Batch, Future[dict[str, Any]], AuditHead] | None = None
            for batch in self._batches_to_send(site_id):
                head = self._audit_head(batch)
                body = self._encode(batch, link, head)
                if in_flight is not None:
                    d, p = self._settle(*in_flight)
                    delivered, problems = delivered + d, problems + p
                in_flight = (batch, sender.submit(client.push_batch_bytes, body, batch_hash=batch.batch_hash), head)
                sent += 1
            if in_flight is not None:
                d, p = self._settle(*in_flight)
                delivered, problems = delivered + d, problems + p
        uploaded = self.upload_photos(client, site_id)
        references = self.fetch_reference(client)
        with self.store.write_transaction() as session:
            sync_store.record_attempt(session, at=self._now())
        return PushReport(sent, delivered, problems, uploaded, references)

    def _settle(self, batch: Batch, answer: Future[dict[str, Any]], head: AuditHead) -> tuple[int, int]:
        """Waits for head office's answer to ``batch`` and records it (delivered up to its cursor, rejections, the
        audit head it now holds: the checkpoint of the next batch)."""
        result = answer.result()
        first = batch.events[0].event_id
        refused = {"audit_rewound", "audit_rewritten"}
        accepted = not any(r.get("code") in refused and r.get("event_id") == first for r in result["rejections"])
        d, p = self._apply_answer(
            batch.manifest.db_epoch, int(result["cursor"]), result["rejections"], anchored=head if accepted else None
        )
        if int(result["cursor"]) < batch.manifest.last_sequence:
            raise HubRefused(409, "held_past_gap", "head office holds this batch past a gap; retrying later")
        return d, p

    def fetch_reference(self, client: HubClient) -> int:
        """Fetches head office's reference data published since the last page held (registered packs per VIN, the
        receivers' white list, revoked keys), checks head office's signature on each page and stores it."""
        link, site_id = self._link(), self._site_id()
        hub_key = load_verify_key(link["hub_signing_key"])
        after, fetched = int(link.get("reference_sequence") or 0), 0
        while True:
            document = client.reference(self.signing_key, site_id, after=after)
            body = document.get("body") if isinstance(document, dict) else None
            if not isinstance(body, dict) or body.get("after") != after:
                raise HubRefused(409, "reference_mismatch", "head office sent another page than the one asked for")
            items, last = store_reference_page(self.store, hub_key, document)
            if not items:
                return fetched
            self._check_own_revocation(items, site_id)
            after, fetched = last, fetched + len(items)

    def _check_own_revocation(self, items: list[dict[str, Any]], site_id: str) -> None:
        if own_key_revoked(items, site_id=site_id, public_key=public_key_text(self.signing_key)):
            raise self._note_revocation("this yard's key is listed as revoked in head office's reference data")

    def upload_photos(self, client: HubClient, site_id: str) -> int:
        uploaded = 0
        with self.store.read() as session:
            wanted = sync_store.photos_to_upload(session, limit=1000)
        for sha256 in wanted:
            if client.upload_photo(self.signing_key, site_id, sha256=sha256, data=self.photos.read(sha256)):
                with self.store.write_transaction() as session:
                    sync_store.mark_photo_uploaded(session, sha256, at=self._now())
                uploaded += 1
        return uploaded

    def export_bundle(self, path: Path) -> int:
        """Writes every undelivered batch to a file for a USB stick; returns the event count (``sync_stick.py``)."""
        # Imported here: the stick module builds on this one.
        from dismantler_app.services.sync_stick import export_bundle

        return export_bundle(self, path)

    def import_receipt(self, path: Path) -> ReceiptReport:
        """Applies head office's signed receipt for an exported file (``sync_stick.py``)."""
        from dismantler_app.services.sync_stick import import_receipt

        return import_receipt(self, path)


__all__ = ["NotReady", "PushReport", "ReceiptReport", "SyncNotReady", "SyncService"]
