"""A yard in memory for hub tests: a key pair, a site id, an epoch and an outbox of wire events, enrolled over HTTP.

It is not a fake of anything under test: it is the minimum real client state (keys, events, chain) the hub needs
to be exercised end to end before the SQLite side takes part.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.domain.clock import FixedClock
from dismantler_app.sync.batch import Batch, cut_batches, encode_batch
from dismantler_app.sync.client import HubClient
from dismantler_app.sync.keys import load_sealing_public_key, public_key_text
from dismantler_app.sync.wire import GENESIS_BATCH_HASH, DbEpoch, EventId, SiteId, WireEvent


@dataclass
class YardDouble:
    hub_url: str
    token: str
    site_id: SiteId = field(default_factory=lambda: SiteId(uuid.uuid4().hex))
    epoch: DbEpoch = field(default_factory=lambda: DbEpoch(uuid.uuid4().hex))
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    events: list[WireEvent] = field(default_factory=list)
    epoch_first: int = 1
    previous_hash: str = GENESIS_BATCH_HASH

    def __post_init__(self) -> None:
        self.clock = FixedClock()
        self.client = HubClient(self.hub_url, clock=self.clock)
        answer = self.client.enrol(token=self.token, site_id=self.site_id, public_key=public_key_text(self.key))
        self.hub_sealing = load_sealing_public_key(answer["hub_sealing_key"])
        self.hub_signing_key = answer["hub_signing_key"]

    def record(self, event_type: str, payload: dict[str, Any], *, tx_id: str = "") -> WireEvent:
        sequence = self.events[-1].sequence + 1 if self.events else self.epoch_first
        event = WireEvent(
            site_id=self.site_id,
            db_epoch=self.epoch,
            sequence=sequence,
            event_id=EventId(uuid.uuid4().hex),
            type=event_type,
            payload=payload,
            created_at=self.clock.now().isoformat(),
            tx_id=tx_id,
        )
        self.events.append(event)
        return event

    def batches(self, events: list[WireEvent] | None = None, *, max_events: int = 1000) -> list[Batch]:
        chosen = self.events if events is None else events
        cut = cut_batches(chosen, epoch_first_sequence=self.epoch_first, max_events=max_events)
        return cut

    def body(self, batch: Batch) -> dict[str, Any]:
        return encode_batch(batch, signing_key=self.key, hub_sealing_key=self.hub_sealing)

    def push(self, batch: Batch) -> dict[str, Any]:
        return self.client.push_batch(self.body(batch))
