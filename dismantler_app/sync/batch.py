"""Batches: contiguous outbox ranges of one (site, epoch), cut at transaction boundaries, chained, signed.

The manifest lists every event hash; the batch hash covers the manifest's identity (site, epoch, range, event hashes,
previous batch hash), so it is also the idempotency key: a retry of the same batch carries the same hash, whatever
the transport did in between. The signature is Ed25519 over the batch hash, made with the yard's enrolment key.
Personal data is sealed per send (fresh ephemeral key), outside the hash, so resending never looks like tampering.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from dismantler_app.sync.keys import sign, verify
from dismantler_app.sync.sealing import Opener, Sealer, SealingError, has_personal_data, refuse_clear_personal_data
from dismantler_app.sync.wire import (
    GENESIS_BATCH_HASH,
    WIRE_VERSION,
    DbEpoch,
    SiteId,
    WireEvent,
    WireFormatError,
    canonical_json,
    sha256_hex,
)

DEFAULT_BATCH_EVENTS = 1000
MAX_BATCH_EVENTS = 10_000  # head office refuses larger batches (request size, transaction length)
_SIGNATURE_CONTEXT = b"dismantler-batch-v1:"


class BatchRefused(ValueError):
    """A batch head office must not accept: unsigned, altered, malformed. ``code`` is stable for the yard."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Manifest:
    site_id: SiteId
    db_epoch: DbEpoch
    epoch_first_sequence: int  # where this epoch's sequences start (a restored database continues numbering)
    first_sequence: int
    last_sequence: int
    event_hashes: tuple[str, ...]
    previous_batch_hash: str

    @property
    def batch_hash(self) -> str:
        body = canonical_json(
            [
                WIRE_VERSION,
                self.site_id,
                self.db_epoch,
                self.epoch_first_sequence,
                self.first_sequence,
                self.last_sequence,
                list(self.event_hashes),
                self.previous_batch_hash,
            ]
        )
        return sha256_hex(body.encode("utf-8"))

    def to_json(self) -> dict[str, Any]:
        return {
            "version": WIRE_VERSION,
            "site_id": self.site_id,
            "db_epoch": self.db_epoch,
            "epoch_first_sequence": self.epoch_first_sequence,
            "first_sequence": self.first_sequence,
            "last_sequence": self.last_sequence,
            "event_hashes": list(self.event_hashes),
            "previous_batch_hash": self.previous_batch_hash,
            "batch_hash": self.batch_hash,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Manifest:
        try:
            if data["version"] != WIRE_VERSION:
                raise BatchRefused("unsupported_version", f"wire version {data['version']!r}, expected {WIRE_VERSION}")
            manifest = cls(
                site_id=SiteId(_text(data["site_id"], "site_id")),
                db_epoch=DbEpoch(_text(data["db_epoch"], "db_epoch")),
                epoch_first_sequence=_positive(data["epoch_first_sequence"], "epoch_first_sequence"),
                first_sequence=_positive(data["first_sequence"], "first_sequence"),
                last_sequence=_positive(data["last_sequence"], "last_sequence"),
                event_hashes=tuple(_text(h, "event hash") for h in data["event_hashes"]),
                previous_batch_hash=_text(data["previous_batch_hash"], "previous_batch_hash"),
            )
            claimed = data["batch_hash"]
        except (KeyError, TypeError) as exc:
            raise BatchRefused("malformed", f"manifest field missing or of the wrong type: {exc}") from exc
        if claimed != manifest.batch_hash:
            raise BatchRefused("altered", "the manifest's batch hash does not match its contents")
        if manifest.last_sequence - manifest.first_sequence + 1 != len(manifest.event_hashes):
            raise BatchRefused("malformed", "the manifest's range and its event hashes disagree in length")
        if manifest.first_sequence < manifest.epoch_first_sequence:
            raise BatchRefused("malformed", "the batch starts before its epoch's first sequence")
        if len(manifest.event_hashes) > MAX_BATCH_EVENTS:
            raise BatchRefused("too_large", f"a batch holds at most {MAX_BATCH_EVENTS} events")
        return manifest


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 128:
        raise BatchRefused("malformed", f"{what} must be a non-empty string of at most 128 characters")
    return value


def _positive(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise BatchRefused("malformed", f"{what} must be a positive integer")
    return value


@dataclass(frozen=True)
class Batch:
    manifest: Manifest
    events: tuple[WireEvent, ...]

    @property
    def batch_hash(self) -> str:
        return self.manifest.batch_hash


def group_transactions(events: Sequence[WireEvent]) -> list[list[WireEvent]]:
    """Consecutive events sharing a non-empty ``tx_id`` form one transaction; an event without one stands alone."""
    groups: list[list[WireEvent]] = []
    for event in events:
        if groups and event.tx_id and groups[-1][-1].tx_id == event.tx_id:
            groups[-1].append(event)
        else:
            groups.append([event])
    return groups


def cut_batches(
    events: Sequence[WireEvent],
    *,
    epoch_first_sequence: int,
    previous_batch_hash: str = GENESIS_BATCH_HASH,
    max_events: int = DEFAULT_BATCH_EVENTS,
) -> list[Batch]:
    """Cuts contiguous events of one (site, epoch) into chained batches of whole transactions.

    A batch never splits a transaction, so head office applies a service call's events together or not at all; a
    transaction larger than ``max_events`` becomes a batch of its own (up to :data:`MAX_BATCH_EVENTS`).
    """
    if not events:
        return []
    first = events[0]
    for before, after in itertools.pairwise(events):
        if (after.site_id, after.db_epoch) != (first.site_id, first.db_epoch):
            raise ValueError("a batch run holds events of one site and one epoch only")
        if after.sequence != before.sequence + 1:
            raise ValueError(f"outbox sequences are not contiguous: {before.sequence} then {after.sequence}")
    batches: list[Batch] = []
    current: list[WireEvent] = []
    previous = previous_batch_hash

    def close() -> None:
        nonlocal previous, current
        manifest = Manifest(
            site_id=first.site_id,
            db_epoch=first.db_epoch,
            epoch_first_sequence=epoch_first_sequence,
            first_sequence=current[0].sequence,
            last_sequence=current[-1].sequence,
            event_hashes=tuple(event.hash for event in current),
            previous_batch_hash=previous,
        )
        batches.append(Batch(manifest=manifest, events=tuple(current)))
        previous = manifest.batch_hash
        current = []

    for group in group_transactions(events):
        if len(group) > MAX_BATCH_EVENTS:
            raise ValueError(f"one transaction wrote {len(group)} events; the wire format allows {MAX_BATCH_EVENTS}")
        if current and len(current) + len(group) > max_events:
            close()
        current.extend(group)
    if current:
        close()
    return batches


def batch_signature(key: Ed25519PrivateKey, batch_hash: str) -> str:
    return sign(key, _SIGNATURE_CONTEXT + batch_hash.encode("ascii"))


def encode_batch_bytes(
    batch: Batch,
    *,
    signing_key: Ed25519PrivateKey,
    hub_sealing_key: X25519PublicKey | None,
    audit: Mapping[str, Any] | None = None,
) -> bytes:
    """The signed JSON body of one batch as UTF-8 bytes (what goes over HTTP and into a bundle), personal data
    sealed to head office when its key is known. Each payload's canonical text is spliced in as it is. ``audit`` is
    the yard's signed audit head (:mod:`sync.audit_head`), outside the batch hash."""
    sealer = Sealer(hub_sealing_key) if hub_sealing_key is not None else None
    events = []
    for event in batch.events:
        if not has_personal_data(event.payload):
            events.append(event.json_text())
        elif sealer is None:
            raise ValueError("this yard has no head-office key to seal owner data with: enrol the yard first")
        else:
            sealed = sealer.seal_payload(event.payload, event_id=event.event_id)
            events.append(event.json_text(payload_json=canonical_json(sealed)))
    fields: dict[str, Any] = {
        "manifest": batch.manifest.to_json(),
        "signature": batch_signature(signing_key, batch.batch_hash),
        "sealing_key": sealer.ephemeral_key if sealer else "",
    }
    if audit is not None:
        fields["audit"] = dict(audit)
    head = canonical_json(fields)
    return (head[:-1] + ',"events":[' + ",".join(events) + "]}").encode("utf-8")


def encode_batch(
    batch: Batch,
    *,
    signing_key: Ed25519PrivateKey,
    hub_sealing_key: X25519PublicKey | None,
    audit: Mapping[str, Any] | None = None,
) -> dict:
    """The same body as :func:`encode_batch_bytes`, as a JSON object (for tests and tools that edit it)."""
    return json.loads(encode_batch_bytes(batch, signing_key=signing_key, hub_sealing_key=hub_sealing_key, audit=audit))


def decode_batch(
    body: Mapping[str, Any],
    *,
    verify_key_for: Callable[[SiteId], Ed25519PublicKey | None],
    sealing_private_key: X25519PrivateKey,
) -> Batch:
    """Head office's check of a batch body: signature, batch hash, every event hash, sealed fields. Raises
    :class:`BatchRefused` with a stable code; returns events with their personal data opened."""
    if not isinstance(body, Mapping) or not isinstance(body.get("manifest"), Mapping):
        raise BatchRefused("malformed", "the body must be a JSON object with a manifest")
    manifest = Manifest.from_json(body["manifest"])
    signature = body.get("signature")
    if not isinstance(signature, str) or not signature:
        raise BatchRefused("unsigned", "the batch carries no signature")
    key = verify_key_for(manifest.site_id)
    if key is None:
        raise BatchRefused("unknown_site", f"site {manifest.site_id} is not enrolled (or its key was revoked)")
    if not verify(key, _SIGNATURE_CONTEXT + manifest.batch_hash.encode("ascii"), signature):
        raise BatchRefused("bad_signature", "the signature does not match the site's enrolled key")
    raw_events = body.get("events")
    if not isinstance(raw_events, list) or len(raw_events) != len(manifest.event_hashes):
        raise BatchRefused("malformed", "the events do not match the manifest's range")
    sealing_key = body.get("sealing_key") or ""
    opener = None
    if sealing_key:
        try:
            opener = Opener(sealing_private_key, sealing_key)
        except (SealingError, ValueError) as exc:
            raise BatchRefused("altered", str(exc)) from exc
    events = _decode_events(raw_events, manifest, opener)
    return Batch(manifest=manifest, events=tuple(events))


def _decode_events(raw_events: Iterable[Any], manifest: Manifest, opener: Opener | None) -> list[WireEvent]:
    events: list[WireEvent] = []
    for offset, (raw, expected_hash) in enumerate(zip(raw_events, manifest.event_hashes, strict=True)):
        try:
            event = WireEvent.from_json(raw, site_id=manifest.site_id, db_epoch=manifest.db_epoch)
            refuse_clear_personal_data(event.payload, event_id=event.event_id)
            payload = opener.open_payload(event.payload, event_id=event.event_id) if opener else dict(event.payload)
        except (WireFormatError, SealingError, ValueError) as exc:
            raise BatchRefused("altered" if isinstance(exc, SealingError) else "malformed", str(exc)) from exc
        if event.sequence != manifest.first_sequence + offset:
            raise BatchRefused("malformed", f"event {event.event_id} is out of the manifest's order")
        opened = WireEvent(
            site_id=event.site_id,
            db_epoch=event.db_epoch,
            sequence=event.sequence,
            event_id=event.event_id,
            type=event.type,
            payload=payload,
            created_at=event.created_at,
            tx_id=event.tx_id,
        )
        if opened.hash != expected_hash:
            raise BatchRefused("altered", f"event {event.event_id} does not hash to the manifest's value")
        events.append(opened)
    return events
